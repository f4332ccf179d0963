# docs/walkthroughs/01-mmu-on.gdb - chapter 01, sections 2, 4 and 5: the
# MMU registers as __cpu_setup left them, the MMU switched on, the jump to
# the high addresses and what __primary_switched stores.
#
#   python3 docs/walkthroughs/drive.py docs/walkthroughs/01-mmu-on.gdb
#   CPU=cortex-a53 python3 docs/walkthroughs/drive.py docs/walkthroughs/01-mmu-on.gdb
set pagination off
set trace-commands on
# __enable_mmu runs at its physical address: the load address plus its
# offset in the image
break *(0x40200000 + ((unsigned long)&__enable_mmu - (unsigned long)&_text))
break __primary_switched
break start_kernel
continue
# __enable_mmu(x0 = the SCTLR value, x1 = TTBR0, x2 = TTBR1)
info registers x0 x1 x2 SCTLR MAIR_EL1 TCR_EL1
x/5i $pc
stepi 4
# the MMU is on; the next instruction comes from the same address
info registers SCTLR pc
continue
info registers pc TTBR0_EL1 TTBR1_EL1
continue
# what __primary_switched stored before it called start_kernel
p/x kimage_voffset
p/x (unsigned long)&_text - kimage_voffset
p/x __fdt_pointer
p/x __boot_cpu_mode
info symbol $VBAR
delete
continue
