# docs/walkthroughs/01-fixmap.gdb - chapter 01, section 7: the fixmap
# slots, and the UART's slot before and after pl011_console_remap(), run
# right after vmalloc_init(), moves the console to an ioremap() and
# clears the slot.
#
#   python3 docs/walkthroughs/drive.py docs/walkthroughs/01-fixmap.gdb
set pagination off
set trace-commands on
# enum fixed_addresses: slot numbers; __fix_to_virt(i) = FIXADDR_TOP - i * 4 KB
p/d FIX_FDT_END
p/d FIX_FDT
p/d FIX_EARLYCON_MEM_BASE
p/d FIX_PTE
p/d FIX_PGD
break pl011_console_remap
continue
# the console still writes through its fixmap slot
p pl011_base
set $slot = (unsigned long)pl011_base & ~0xfff
translate-vm $slot
finish
# after pl011_console_remap(): the slot is empty, the UART is in vmalloc space
translate-vm $slot
p pl011_base
translate-vm pl011_base
delete
continue
