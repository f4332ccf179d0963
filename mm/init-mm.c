// SPDX-License-Identifier: GPL-2.0
/*
 * mm/init-mm.c - init_mm, the kernel's address space.
 * Linux: mm/init-mm.c. Its pgd is swapper_pg_dir, the table TTBR1 holds
 * once paging_init() has built the final kernel mappings.
 */
#include <linux/mm_types.h>
#include <asm/pgtable.h>

struct mm_struct init_mm = {
	.pgd = swapper_pg_dir,
	.name = "init_mm",
};
