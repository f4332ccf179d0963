# docs/walkthroughs/01-entry.gdb - chapter 01, section 1: QEMU's boot stub,
# the registers the image starts with, and the Image header QEMU read.
#
#   python3 docs/walkthroughs/drive.py docs/walkthroughs/01-entry.gdb
#   VIRT=1 python3 docs/walkthroughs/drive.py docs/walkthroughs/01-entry.gdb
#
# QEMU is halted at its first instruction (GDB shows "0x40000000 in ?? ()").
set pagination off
set trace-commands on
# QEMU's boot stub, at the start of RAM
x/6i $pc
# the two literals it loads: the DTB's address, then the image's
x/2gx 0x40000018
# the image's first instruction (MMU off: a physical address)
break *0x40200000
continue
info registers x0 x1 x2 x3 cpsr SCTLR TTBR0_EL1 TTBR1_EL1
# the 64-byte Image header (Documentation/arm64/booting.rst)
x/16wx $pc
delete
continue
