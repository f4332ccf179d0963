# docs/walkthroughs/06-cost.gdb - chapter 06, section 10: the instructions
# of one vmalloc(4096) and its vfree(), single-stepped from the shell.
#   python3 docs/walkthroughs/drive.py docs/walkthroughs/06-cost.gdb \
#       "vmalloc 4096" "vfree 0"
set pagination off
source docs/walkthroughs/05-count.py
break cmd_vmalloc
continue
tbreak *vmalloc
continue
count-insns
delete
break cmd_vfree
continue
tbreak *vfree
continue
count-insns
delete
continue
