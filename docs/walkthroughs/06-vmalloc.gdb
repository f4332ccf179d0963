# docs/walkthroughs/06-vmalloc.gdb - chapter 06, section 11: one vmalloc()
# from the free-tree search to a pte, then a new page table.
#   python3 docs/walkthroughs/drive.py docs/walkthroughs/06-vmalloc.gdb \
#       "vmalloc 4096" "vmalloc 16384" "vmalloc 4096" "vmalloc 8192" \
#       "vmalloc 4096" "vfree 1" "vfree 3" vmallocinfo "vmalloc 8192" \
#       "vmalloc 2M" vmallocinfo
set pagination off
source docs/walkthroughs/06-vmalloc.py
# the first vmap area of all, during boot
tbreak alloc_vmap_area
continue
bt
# after the holes are made (section 4)
break cmd_vmallocinfo
continue
free-tree
delete
# vmalloc 8192: the search
break alloc_vmap_area
continue
bt 5
finish
p/x $->va_start
lx-vmallocinfo
free-tree
delete
# the first pte written for it
break-text mm/vmalloc.c w->nr++;
continue
p/x addr
p/x *pte
p w->pages[w->nr]
lx-page_to_pfn w->pages[w->nr]
bt 7
delete
# vmalloc 2M: a new pte table
# (GFP_PGTABLE_KERNEL: 0xdc0), then the set_pmd() that hooks it in
break __get_free_pages if gfp_mask == 0xdc0
continue
bt 3
finish
set $table = $
p/x $table
next
next
next
p/x *pmd
lx-page $table
delete
continue
