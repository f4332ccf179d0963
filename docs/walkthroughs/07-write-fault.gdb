# docs/walkthroughs/07-write-fault.gdb - chapter 07, section 9: one write
# fault, from the data abort to the new pte.
#
#   python3 docs/walkthroughs/drive.py --echo \
#       docs/walkthroughs/07-write-fault.gdb 'exec /bin/demo'
#
# Stops at demo's first write to its heap (0x404000, where demo says its
# heap starts), decodes where it came from, walks the page tables before
# and after do_anonymous_page(), and looks at the new page. The faulting
# pc is read from the pt_regs el0_sync saved: by the time GDB stops, a timer
# interrupt may have taken an exception of its own and rewritten ELR_EL1.
break handle_mm_fault if (flags & 1) && address >= 0x404000 && address < 0x415000
continue
bt 6
info registers ESR_EL1 FAR_EL1
p/x regs->pc
add-symbol-file build/user/demo
x/i regs->pc
set $addr = address
translate-vm $addr
break page_add_new_anon_rmap
continue
bt 3
set $page = page
lx-page $page
frame 4
finish
translate-vm $addr
lx-page $page
p $lx_current().min_flt
p $lx_current().mm->rss_stat
delete
continue
