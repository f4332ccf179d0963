# docs/walkthroughs/01-walk.gdb - chapter 01, sections 9 and 10: setup_arch()
# switches both TTBRs; then the walk of start_kernel's address through
# swapper_pg_dir, by hand and with translate-vm (the shell's pt command).
#
#   python3 docs/walkthroughs/drive.py docs/walkthroughs/01-walk.gdb
set pagination off
set trace-commands on
break setup_arch
continue
# the boot tables: init_idmap_pg_dir, init_pg_dir
info registers TTBR0_EL1 TTBR1_EL1
finish
# after paging_init(): reserved_pg_dir, swapper_pg_dir
info registers TTBR0_EL1 TTBR1_EL1
p/x (unsigned long)&reserved_pg_dir - kimage_voffset
p/x (unsigned long)&swapper_pg_dir - kimage_voffset
# the walk by hand: the four indices, then one table after the other,
# each read through the linear map (__va(pa) = pa - memstart_addr + PAGE_OFFSET)
set $va = (unsigned long)start_kernel
printf "va %#lx: pgd %lu, pud %lu, pmd %lu, pte %lu, offset %#lx\n", $va, ($va >> 39) & 511, ($va >> 30) & 511, ($va >> 21) & 511, ($va >> 12) & 511, $va & 0xfff
set $lm = 0xffff000000000000 - memstart_addr
set $pgd = swapper_pg_dir[($va >> 39) & 511].pgd
set $pud = ((unsigned long *)(($pgd & 0xfffffffff000) + $lm))[($va >> 30) & 511]
set $pmd = ((unsigned long *)(($pud & 0xfffffffff000) + $lm))[($va >> 21) & 511]
set $pte = ((unsigned long *)(($pmd & 0xfffffffff000) + $lm))[($va >> 12) & 511]
printf "pgd %#lx, pud %#lx, pmd %#lx, pte %#lx\n", $pgd, $pud, $pmd, $pte
printf "pa %#lx; __pa_symbol gives %#lx\n", ($pte & 0xfffffffff000) | ($va & 0xfff), $va - kimage_voffset
# the same walk, decoded
translate-vm start_kernel
delete
continue
