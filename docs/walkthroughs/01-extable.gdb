# docs/walkthroughs/01-extable.gdb - chapter 01, section 12.1: the
# exception table, read from the ELF file (no QEMU needed).
#
#   gdb-multiarch -q -batch -nx build/kernel.elf -x docs/walkthroughs/01-extable.gdb
set pagination off
set trace-commands on
p __stop___ex_table - __start___ex_table
p __start___ex_table[0]
# each field is an offset from the field itself
set $insn = (unsigned long)&__start___ex_table[0].insn + __start___ex_table[0].insn
set $fixup = (unsigned long)&__start___ex_table[0].fixup + __start___ex_table[0].fixup
x/i $insn
x/2i $fixup
