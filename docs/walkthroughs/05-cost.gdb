# docs/walkthroughs/05-cost.gdb - chapter 05, section 13: instructions per
# call, counted by single-stepping kmalloc(64), kfree(), alloc_pages() and
# __free_pages() from the shell.
#   python3 docs/walkthroughs/drive.py docs/walkthroughs/05-cost.gdb \
#       "kmalloc 64" "kfree 0" "alloc 0" "free 0"
set pagination off
source docs/walkthroughs/05-count.py
break cmd_kmalloc
continue
tbreak *__kmalloc
continue
count-insns
delete
break cmd_kfree
continue
tbreak *kfree
continue
count-insns
delete
break cmd_alloc
continue
tbreak *__alloc_pages
continue
count-insns
delete
break cmd_free
continue
tbreak *__free_pages
continue
count-insns
delete
continue
