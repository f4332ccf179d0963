# tests/gdb/slab.gdb - slab and vmalloc under GDB, sourced by boot.gdb
# after mm.gdb, before it detaches. The runner (tests/run_tests.py --gdb)
# goes on typing after mm.gdb's commands: slabinfo, vmallocinfo, poweroff.
#
# Why the comparison is exact: GDB stops at the entry of vmallocinfo_show,
# which the shell calls for "vmallocinfo" before printing anything. Nothing
# ran between the kernel's slabinfo dump and that stop but the shell
# reading one line (no allocation, and cache_reap has no timer), so
# lx-slabinfo must print what "slabinfo" just printed, and lx-vmallocinfo
# what "vmallocinfo" prints once GDB lets the kernel go on.
# "gdbtest: <name>" lines mark sections for the runner.

delete
break vmallocinfo_show
continue
echo gdbtest: lx-slabinfo\n
lx-slabinfo
echo gdbtest: lx-vmallocinfo\n
lx-vmallocinfo
echo gdbtest: slab-end\n
delete
