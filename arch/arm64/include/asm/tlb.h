/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/tlb.h - arm64's half of the mmu_gather: how a gathered range is
 * flushed, and how a page-table page is handed to the batch.
 * Linux: arch/arm64/include/asm/tlb.h.
 * Simplified: no last-level-only or per-level (TTL) flush hints; every
 * level's table page is counted in NR_PAGETABLE, so the pud level
 * has the destructor too (Linux accounts pte and pmd tables only).
 */
#ifndef __ASM_TLB_H
#define __ASM_TLB_H

#include <linux/mm.h>
#include <asm/tlbflush.h>
#include <asm-generic/tlb.h>

/* The whole ASID when the mm is going (exit), else the gathered range. */
static inline void tlb_flush(struct mmu_gather *tlb)
{
	struct vm_area_struct vma = { .vm_mm = tlb->mm };

	if (tlb->fullmm)
		flush_tlb_mm(tlb->mm);
	else
		flush_tlb_range(&vma, tlb->start, tlb->end);
}

static inline void __pte_free_tlb(struct mmu_gather *tlb, struct page *pte,
				  unsigned long addr)
{
	pgtable_page_dtor(pte);
	tlb_remove_table(tlb, pte);
}

static inline void __pmd_free_tlb(struct mmu_gather *tlb, pmd_t *pmdp,
				  unsigned long addr)
{
	struct page *page = virt_to_page(pmdp);

	pgtable_page_dtor(page);
	tlb_remove_table(tlb, page);
}

static inline void __pud_free_tlb(struct mmu_gather *tlb, pud_t *pudp,
				  unsigned long addr)
{
	struct page *page = virt_to_page(pudp);

	pgtable_page_dtor(page);
	tlb_remove_table(tlb, page);
}

#endif /* __ASM_TLB_H */
