# docs/walkthroughs/06-tree.gdb - chapter 06, section 4: the free tree at
# the first vmallocinfo command and at the second, with the busy areas
# between them.
#   python3 docs/walkthroughs/drive.py docs/walkthroughs/06-tree.gdb \
#       vmallocinfo "vmalloc 4096" "vmalloc 16384" "vmalloc 4096" \
#       "vmalloc 8192" "vmalloc 4096" "vfree 1" "vfree 3" vmallocinfo
set pagination off
source docs/walkthroughs/06-vmalloc.py
break cmd_vmallocinfo
commands
silent
lx-vmallocinfo
free-tree
continue
end
continue
