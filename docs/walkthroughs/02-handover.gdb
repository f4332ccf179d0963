# docs/walkthroughs/02-handover.gdb - chapter 02, section 7: memblock
# hands its free memory to the buddy allocator. Every block
# memblock_free_all() frees goes through __free_pages_core(page, order);
# this prints the ones smaller than 4 MB (order < 10), then buddyinfo at
# the "Memory:" line (mem_init_print_info), right after the hand-over.
#
#   python3 docs/walkthroughs/drive.py docs/walkthroughs/02-handover.gdb
set pagination off
dprintf __free_pages_core, "pfn %#lx order %u\n", (page - mem_map) + mem_map_pfn_offset, order
condition 1 order < 10
break mem_init_print_info
continue
lx-buddyinfo
delete
continue
