// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/mm/pgd.c - the top level of a user address space's page
 * tables. Linux: the same file.
 *
 * What it teaches: a new mm starts with nothing but an empty pgd; every
 * lower table is allocated by the first fault under it (__pud_alloc and
 * friends in mm/memory.c). TTBR0 points at this page while the mm runs.
 * Simplified: with 4 KB pages and 48-bit VAs the pgd is exactly one page,
 * so Linux's kmem_cache for smaller pgds is never needed.
 */
#include <linux/mm.h>
#include <linux/gfp.h>
#include <asm/pgalloc.h>

/*
 * pgd_alloc - a zeroed top-level table for @mm (mm_alloc() calls it
 * through mm_alloc_pgd()). Returns NULL when no page is free. Process
 * context; may sleep in Linux (GFP_KERNEL).
 */
pgd_t *pgd_alloc(struct mm_struct *mm)
{
	return (pgd_t *)__get_free_page(GFP_PGTABLE_USER);
}

/* The lower tables are gone already (free_pgtables on exit). */
void pgd_free(struct mm_struct *mm, pgd_t *pgd)
{
	free_page((unsigned long)pgd);
}
