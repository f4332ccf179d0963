/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/mm_types.h - struct mm_struct, the description of an address space.
 * Linux: include/linux/mm_types.h. Only the kernel's own address space,
 * init_mm, exists so far, and it needs only its page-table root; VMAs, RSS
 * counters and the rest arrive with user address spaces.
 */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/types.h>
#include <asm/pgtable.h>

struct mm_struct {
	pgd_t *pgd;		/* top-level table (swapper_pg_dir for init_mm) */
	const char *name;
};

extern struct mm_struct init_mm;

#endif
