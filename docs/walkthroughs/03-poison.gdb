# 03-poison.gdb - a write after free, caught by page_poison=1 (chapter 03, section 8).
# python3 docs/walkthroughs/drive.py --bootargs page_poison=1 --console \
#     docs/walkthroughs/03-poison.gdb "alloc 0" "free 0" "alloc 0"
set pagination off
break mm_shell_remember
continue
set $page = page
delete
break free_unref_page
continue
finish
set $va = 0xffff000000000000 + ((((unsigned long)($page - mem_map)) + mem_map_pfn_offset) << 12) - memstart_addr
printf "page %#lx is free and poisoned: %#x; write 0x41 at %#lx\n", (unsigned long)$va, *(unsigned char *)($va + 0x123), $va + 0x123
set var *(unsigned char *)($va + 0x123) = 0x41
delete
continue
