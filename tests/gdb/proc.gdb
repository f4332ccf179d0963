# tests/gdb/proc.gdb - page-table walks and processes under GDB, sourced
# by boot.gdb after slab.gdb, before it detaches. The runner
# (tests/run_tests.py --gdb) goes on typing after slab.gdb's commands:
# pt 0 start_kernel (kernel text), pt 0 <linear-map address of the page
# "alloc 4" got>, pt 0 <an ioremap address from vmallocinfo>; then
# exec /bin/sleep 1000 &, ps, maps <pid>, pt <pid> 0x400000,
# pt <pid> <heap address>, kill <pid>, wait, poweroff.
#
# Why the comparison is exact: GDB stops at the entry of show_pt_walk(),
# which the shell's pt calls after its header line and before the walk,
# with the address in its argument; translate-vm walks the same tables
# (swapper_pg_dir, which nothing changes meanwhile) from GDB, so its lines
# must be the ones the kernel prints once GDB lets it go on. The kernel
# text address also checks the walk against the arithmetic of
# __pa_symbol(): pa = va - kimage_voffset.
# "gdbtest: <name>" lines mark sections for the runner.

delete
break show_pt_walk
continue
echo gdbtest: translate-vm-text\n
translate-vm addr
printf "gdbtest: pa_symbol=0x%lx\n", (unsigned long)start_kernel - kimage_voffset
continue
echo gdbtest: translate-vm-linear\n
translate-vm addr
echo gdbtest: continue\n
continue
echo gdbtest: translate-vm-vmalloc\n
translate-vm addr
echo gdbtest: proc-end\n
delete

# A user process: the runner has started "exec /bin/sleep 1000 &" and
# typed ps; GDB stops where its "maps <pid>" is about to print, and where
# "pt <pid> 0x400000" (the program text) and "pt <pid> <its heap>" are
# about to walk. lx-ps, lx-maps and translate-vm must print the kernel's
# text for the same, unchanging state: the process sleeps meanwhile.
# $lx_current() (SP_EL0) must be the shell, renamed "pt" while it runs pt.
break proc_pid_maps_show
continue
echo gdbtest: lx-ps\n
lx-ps
echo gdbtest: lx-maps\n
python import linux.tasks; gdb.execute('lx-maps %d' % int(linux.tasks.task_of_mm(gdb.parse_and_eval('(struct mm_struct *)v'))['pid']))
echo gdbtest: continue\n
delete
break show_pt_walk
continue
printf "gdbtest: current=%d %s\n", $lx_current().pid, $lx_current().comm
echo gdbtest: translate-vm-user-text\n
python import linux.tasks; gdb.execute('translate-vm %d %d' % (int(gdb.parse_and_eval('addr')), int(linux.tasks.task_of_mm(gdb.parse_and_eval('mm'))['pid'])))
echo gdbtest: continue\n
continue
echo gdbtest: translate-vm-user-heap\n
python import linux.tasks; gdb.execute('translate-vm %d %d' % (int(gdb.parse_and_eval('addr')), int(linux.tasks.task_of_mm(gdb.parse_and_eval('mm'))['pid'])))
echo gdbtest: proc-user-end\n
delete
