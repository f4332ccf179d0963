/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm-generic/pgalloc.h - what page-table pages are allocated with.
 * Linux: the same file (which also holds the generic pte/pmd/pud_alloc_one
 * helpers; tinymm's walkers allocate their tables where they walk).
 * A table page must start zeroed: every entry of a new table is invalid.
 */
#ifndef __ASM_GENERIC_PGALLOC_H
#define __ASM_GENERIC_PGALLOC_H

#include <linux/gfp.h>

#define GFP_PGTABLE_KERNEL	(GFP_KERNEL | __GFP_ZERO)
#define GFP_PGTABLE_USER	(GFP_PGTABLE_KERNEL | __GFP_ACCOUNT)

#endif /* __ASM_GENERIC_PGALLOC_H */
