# docs/walkthroughs/08-cow.gdb - chapter 08, section 4: one page of
# /bin/cow followed through fork, a copy and a reuse.
#
#   python3 docs/walkthroughs/drive.py --echo \
#       docs/walkthroughs/08-cow.gdb 'exec /bin/cow'
#
# cow maps 16 pages (64 KiB, its only anonymous VMA of that size), fills
# them with 'P' and forks several times: the first two children only read,
# the third writes 'C'; later the parent writes 'Q' while a child shares
# the pages, and 'R' once it is alone again.

# The first fork: the parent's side of the buffer.
break copy_page_range if src_vma->vm_file == 0 && src_vma->vm_end - src_vma->vm_start == 0x10000
continue
bt 5
set $buf = src_vma->vm_start
p/x $buf
lx-ps
translate-vm $buf 2

# copy_present_pte() on the buffer's first page: get_page() has run,
# __page_dup_rmap() (under page_try_dup_anon_rmap()) is next. Keep the
# page for later.
break __page_dup_rmap
continue
bt 2
set $page = page
delete

# The fork done, the child about to be woken: both sides.
tbreak wake_up_new_task
continue
lx-ps
translate-vm $buf 2
translate-vm $buf 3
lx-page $page

# The first copy of the page: a child writes to it.
break wp_page_copy if vmf->address >= $buf && vmf->address < $buf + 0x10000
continue
bt 4
p $lx_current().pid
p/x vmf->address
p/x vmf->orig_pte
lx-page vmf->page
finish
translate-vm $buf
lx-page $page

# The parent alone again: a reuse.
delete
break wp_page_reuse if vmf->address >= $buf && vmf->address < $buf + 0x10000
continue
bt 3
p $lx_current().pid
lx-ps
lx-page vmf->page
delete
continue
