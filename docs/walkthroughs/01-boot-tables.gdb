# docs/walkthroughs/01-boot-tables.gdb - chapter 01, section 3: the two
# tables early_map_kernel() built with the MMU off, read at start_kernel.
# An entry holds the next table's physical address; the pools are in the
# image, so physical + kimage_voffset is where GDB can read them.
#
#   python3 docs/walkthroughs/drive.py docs/walkthroughs/01-boot-tables.gdb
set pagination off
break start_kernel
continue
set $kv = kimage_voffset
printf "TTBR0_EL1 = %#lx, init_idmap_pg_dir at %#lx\n", $TTBR0_EL1, (unsigned long)&init_idmap_pg_dir - $kv
printf "TTBR1_EL1 = %#lx, init_pg_dir at %#lx\n", $TTBR1_EL1, (unsigned long)&init_pg_dir - $kv
printf "image: %lu pages\n", ((unsigned long)&_end - (unsigned long)&_text + 4095) / 4096
# the identity map (TTBR0): VA = PA, where QEMU loaded the image
set $va = (unsigned long)&_text - $kv
printf "identity map, VA %#lx\n", $va
set $t = (unsigned long *)&init_idmap_pg_dir
printf "  pgd[%lu] = 0x%016lx\n", ($va >> 39) & 511, $t[($va >> 39) & 511]
set $t = (unsigned long *)(($t[($va >> 39) & 511] & 0xfffffffff000) + $kv)
printf "  pud[%lu] = 0x%016lx\n", ($va >> 30) & 511, $t[($va >> 30) & 511]
set $t = (unsigned long *)(($t[($va >> 30) & 511] & 0xfffffffff000) + $kv)
printf "  pmd[%lu] = 0x%016lx\n", ($va >> 21) & 511, $t[($va >> 21) & 511]
# the kernel map (TTBR1): the image at KIMAGE_VADDR, 4 KB pages
set $va = (unsigned long)&_text
set $last = ((unsigned long)&_end - 1 - $va) >> 12
printf "kernel map, VA %#lx\n", $va
set $t = (unsigned long *)&init_pg_dir
printf "  pgd[%lu] = 0x%016lx\n", ($va >> 39) & 511, $t[($va >> 39) & 511]
set $t = (unsigned long *)(($t[($va >> 39) & 511] & 0xfffffffff000) + $kv)
printf "  pud[%lu] = 0x%016lx\n", ($va >> 30) & 511, $t[($va >> 30) & 511]
set $t = (unsigned long *)(($t[($va >> 30) & 511] & 0xfffffffff000) + $kv)
printf "  pmd[%lu] = 0x%016lx\n", ($va >> 21) & 511, $t[($va >> 21) & 511]
set $t = (unsigned long *)(($t[($va >> 21) & 511] & 0xfffffffff000) + $kv)
printf "  pte[0] = 0x%016lx, pte[1] = 0x%016lx, ...\n", $t[0], $t[1]
printf "  pte[%lu] = 0x%016lx, pte[%lu] = 0x%016lx\n", $last, $t[$last], $last + 1, $t[$last + 1]
delete
continue
