/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/pgalloc.h - allocating user page-table pages and hooking them into
 * the level above. Linux: arch/arm64/include/asm/pgalloc.h with
 * include/asm-generic/pgalloc.h (GFP_PGTABLE_USER).
 * Every table entry of a user table carries PXNTable: nothing below it is
 * ever kernel-executable. Simplified: 4 KB pages, 48-bit VAs, so every
 * level, the pgd included, is one zeroed page; no pud/pmd ctor hooks.
 */
#ifndef __ASM_PGALLOC_H
#define __ASM_PGALLOC_H

#include <linux/mm.h>
#include <asm/pgtable.h>
#include <asm-generic/pgalloc.h>

/* arch/arm64/mm/pgd.c */
pgd_t *pgd_alloc(struct mm_struct *mm);
void pgd_free(struct mm_struct *mm, pgd_t *pgd);

static inline void pmd_populate(struct mm_struct *mm, pmd_t *pmdp,
				struct page *pte_page)
{
	set_pmd(pmdp, __pmd(page_to_phys(pte_page) | PMD_TYPE_TABLE |
			    PMD_TABLE_PXN));
}

static inline void pud_populate(struct mm_struct *mm, pud_t *pudp,
				pmd_t *pmdp)
{
	set_pud(pudp, __pud(__pa(pmdp) | PUD_TYPE_TABLE | PMD_TABLE_PXN));
}

/* p4d is folded: its entry is the pgd entry. */
static inline void p4d_populate(struct mm_struct *mm, p4d_t *p4dp,
				pud_t *pudp)
{
	set_pgd((pgd_t *)p4dp, __pgd(__pa(pudp) | PUD_TYPE_TABLE |
				     PMD_TABLE_PXN));
}

#endif /* __ASM_PGALLOC_H */
