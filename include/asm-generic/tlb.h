/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm-generic/tlb.h - the mmu_gather: the pages and page-table pages an
 * unmap frees are gathered, and go back to the allocator only after the
 * TLB has been flushed, so no CPU can still reach one through a stale
 * translation when it is reused. Linux: include/asm-generic/tlb.h; the
 * functions are in mm/mmu_gather.c, the arch's flush in asm/tlb.h.
 * Simplified: one fixed batch for pages and tables alike (Linux chains
 * batches of pages and frees tables apart, after an RCU grace period, for
 * lockless page-table walkers); no range granularity tracking
 * (cleared_ptes, cleared_pmds, ...), so every flush is by page.
 */
#ifndef __ASM_GENERIC_TLB_H
#define __ASM_GENERIC_TLB_H

#include <linux/kernel.h>
#include <linux/mm_types.h>

#define MMU_GATHER_BUNDLE	64
struct mmu_gather {
	struct mm_struct *mm;
	unsigned long start, end;	/* the range to flush */
	unsigned int fullmm : 1;	/* the whole mm is going (exit) */
	unsigned int freed_tables : 1;	/* page-table pages in the batch */
	unsigned int nr;
	struct page *pages[MMU_GATHER_BUNDLE];
};

/* mm/mmu_gather.c */
void tlb_gather_mmu(struct mmu_gather *tlb, struct mm_struct *mm);
void tlb_gather_mmu_fullmm(struct mmu_gather *tlb, struct mm_struct *mm);
void tlb_finish_mmu(struct mmu_gather *tlb);
void tlb_flush_mmu(struct mmu_gather *tlb);
bool __tlb_remove_page_size(struct mmu_gather *tlb, struct page *page,
			    int page_size);
void tlb_remove_table(struct mmu_gather *tlb, void *table);

/* Widen the range the next flush covers. */
static inline void __tlb_adjust_range(struct mmu_gather *tlb,
				      unsigned long address,
				      unsigned int range_size)
{
	tlb->start = min(tlb->start, address);
	tlb->end = max(tlb->end, address + range_size);
}

/* True when the batch is full: the caller flushes before going on. */
static inline bool __tlb_remove_page(struct mmu_gather *tlb,
				     struct page *page)
{
	return __tlb_remove_page_size(tlb, page, PAGE_SIZE);
}

/*
 * A page-table page leaves the tables: its range must be flushed, walk
 * caches included (freed_tables), before the arch's __*_free_tlb() hands
 * it to the batch. Linux: tlb_flush_pmd_range() and friends.
 */
static inline void tlb_flush_pgtable_range(struct mmu_gather *tlb,
					   unsigned long address)
{
	__tlb_adjust_range(tlb, address, PAGE_SIZE);
	tlb->freed_tables = 1;
}

#define pte_free_tlb(tlb, ptep, address) \
	do { tlb_flush_pgtable_range(tlb, address); \
	     __pte_free_tlb(tlb, ptep, address); } while (0)
#define pmd_free_tlb(tlb, pmdp, address) \
	do { tlb_flush_pgtable_range(tlb, address); \
	     __pmd_free_tlb(tlb, pmdp, address); } while (0)
#define pud_free_tlb(tlb, pudp, address) \
	do { tlb_flush_pgtable_range(tlb, address); \
	     __pud_free_tlb(tlb, pudp, address); } while (0)

#endif /* __ASM_GENERIC_TLB_H */
