# tests/gdb/mm.gdb - the page allocator under GDB, sourced by boot.gdb
# before it detaches. The runner (tests/run_tests.py --gdb) types into the
# shell, as each prompt appears: buddyinfo, pagetypeinfo, zoneinfo,
# alloc 4, page <pfn>, free 0, buddyinfo, poweroff.
#
# Why the comparison is exact: GDB stops in __alloc_pages for "alloc 4",
# the first allocation since the shell ran its first command (opening the
# terminal before that may grow a slab), so the free lists, counters
# and per-CPU lists are those the kernel just printed for the three dumps;
# lx-buddyinfo/lx-pagetypeinfo/lx-zoneinfo must print the same text. Then
# GDB stops where the shell records the new page (mm_shell_remember) and
# lx-page prints what the shell's "page <pfn>" prints after GDB detaches.
# "gdbtest: <name>" lines mark sections for the runner.

delete
break shell_exec
continue
delete
break __alloc_pages
continue
echo gdbtest: alloc-frame\n
frame

echo gdbtest: lx-buddyinfo\n
lx-buddyinfo
echo gdbtest: lx-pagetypeinfo\n
lx-pagetypeinfo
echo gdbtest: lx-zoneinfo\n
lx-zoneinfo
echo gdbtest: to-mm_shell_remember\n

delete
break mm_shell_remember
continue
echo gdbtest: lx-page\n
lx-page page
echo gdbtest: conversions\n
lx-page_to_pfn page
set $pfn = (unsigned long)(page - mem_map) + mem_map_pfn_offset
lx-pfn_to_page $pfn
python
out = gdb.execute('lx-page_address page', to_string=True)
gdb.write(out)
gdb.execute('lx-virt_to_page ' + out.split('= ')[1].strip())
end
echo gdbtest: mm-end\n
delete
