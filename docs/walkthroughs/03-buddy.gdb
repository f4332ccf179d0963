# 03-buddy.gdb - one split and two merges, seen from GDB (chapter 03, section 10).
# From the top of the tree, after make:
#   python3 docs/walkthroughs/drive.py docs/walkthroughs/03-buddy.gdb \
#       "alloc 5 GFP_KERNEL|__GFP_RECLAIMABLE" "alloc 5 GFP_KERNEL|__GFP_RECLAIMABLE" \
#       "free 0" "free 1"
set pagination off
break shell_run
continue
lx-buddyinfo
delete
# the first alloc 5: no Reclaimable block, so two calls
break __rmqueue_smallest
continue
bt 6
finish
continue
finish
p $->_refcount
delete
# every merge: a breakpoint on the line "combined_pfn = buddy_pfn & pfn;"
# of __free_one_page(), found by its text
python gdb.execute('break mm/page_alloc.c:%d' % next(n for n, l in enumerate(open('mm/page_alloc.c'), 1) if 'combined_pfn = buddy_pfn & pfn;' in l))
commands
silent
printf "  merge with the free buddy at pfn %#lx\n", (unsigned long)(buddy - mem_map) + mem_map_pfn_offset
continue
end
break __free_one_page
commands
silent
printf "__free_one_page(pfn %#lx, order %u, migratetype %d)\n", pfn, order, migratetype
continue
end
# stop as each free starts, and at the poweroff after the last one
break cmd_free
continue
lx-buddyinfo
continue
lx-buddyinfo
break cmd_poweroff
continue
lx-buddyinfo
delete
continue
