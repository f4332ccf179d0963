# tests/gdb/memmap.gdb - the picture of physical memory under GDB,
# sourced by boot.gdb after proc.gdb, before it detaches. The runner
# (tests/run_tests.py --gdb) types pageblocks after proc.gdb's commands.
#
# Why the comparison is exact: GDB stops at the entry of cmd_pageblocks,
# before it prints anything, and nothing allocates or frees between that
# stop and the text (the command walks and prints only), so lx-pageblocks,
# which reads the zones, their free lists and pageblock bitmaps, memblock
# and the symbols for the image, the DTB and mem_map, must print what the
# kernel prints once GDB lets it go on.
# "gdbtest: <name>" lines mark sections for the runner.

delete
break cmd_pageblocks
continue
echo gdbtest: lx-pageblocks\n
lx-pageblocks
echo gdbtest: memmap-end\n
delete
