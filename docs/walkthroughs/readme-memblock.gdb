# The README's GDB session: stop in start_kernel, step over setup_arch(),
# watch memblock fill up, read a system register QEMU exposes.
# Run: python3 docs/walkthroughs/drive.py --echo docs/walkthroughs/readme-memblock.gdb
set pagination off
break start_kernel
continue
p memblock.memory.cnt
next
next
p memblock.memory.cnt
lx-memblock
info registers TTBR1_EL1
delete
continue
