// SPDX-License-Identifier: GPL-2.0
/*
 * mm/init-mm.c - init_mm, the kernel's address space.
 * Linux: mm/init-mm.c. Its pgd is swapper_pg_dir, the table TTBR1 holds
 * once paging_init() has built the final kernel mappings. It has no VMAs
 * (kernel mappings are not VMAs); the counts follow Linux: two users (the
 * boot task and "being the active_mm of kernel threads"), one reference.
 */
#include <linux/mm_types.h>
#include <linux/mmap_lock.h>
#include <linux/atomic.h>
#include <asm/pgtable.h>

struct mm_struct init_mm = {
	.mm_rb = RB_ROOT,
	.pgd = swapper_pg_dir,
	.mm_users = ATOMIC_INIT(2),
	.mm_count = ATOMIC_INIT(1),
	.page_table_lock = __SPIN_LOCK_UNLOCKED(init_mm.page_table_lock),
	MMAP_LOCK_INITIALIZER(init_mm)
	.name = "init_mm",
};
