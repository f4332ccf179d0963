# tests/gdb/boot.gdb - batch GDB test, run by tests/run_tests.py --gdb:
#   gdb-multiarch -batch -nx build/kernel.elf -x tools/gdb/vmlinux-gdb.py \
#       -ex 'target remote :PORT' -x tests/gdb/boot.gdb
# Stops at start_kernel, steps until setup_arch has filled memblock, then
# runs the lx-* helpers; then tests/gdb/mm.gdb stops in __alloc_pages,
# tests/gdb/slab.gdb in vmallocinfo_show, tests/gdb/proc.gdb in
# show_pt_walk and tests/gdb/memmap.gdb in cmd_pageblocks.
# "gdbtest: <name>" lines mark sections for the runner, which checks them
# against the QEMU console log of the same boot.
set pagination off
set confirm off
set print pretty off

break start_kernel
continue
frame
info line *$pc

# Step over setup_arch() (and whatever precedes it) a bounded number of times.
set $steps = 0
while memblock.memory.total_size == 0 && $steps < 20
  next
  set $steps = $steps + 1
end
printf "gdbtest: steps=%d\n", $steps
printf "gdbtest: memory.cnt=%lu\n", memblock.memory.cnt

echo gdbtest: lx-version\n
lx-version
echo gdbtest: lx-cmdline\n
lx-cmdline
echo gdbtest: lx-memblock\n
lx-memblock
echo gdbtest: lx-dmesg\n
lx-dmesg
echo gdbtest: end\n
python import linux.dmesg; linux.dmesg.selftest()

# The page allocator part: breakpoints in the shell's commands.
source tests/gdb/mm.gdb
# Slab and vmalloc: a breakpoint in the shell's vmallocinfo.
source tests/gdb/slab.gdb
# Page-table walks: translate-vm against the shell's pt.
source tests/gdb/proc.gdb
# The pageblocks picture: lx-pageblocks against the shell's pageblocks.
source tests/gdb/memmap.gdb

# Let the kernel run on; the runner types the rest, then "poweroff".
detach
