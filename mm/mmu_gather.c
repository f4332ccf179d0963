// SPDX-License-Identifier: GPL-2.0
/*
 * mm/mmu_gather.c - batching what an unmap frees until the TLB has
 * forgotten it. Linux: mm/mmu_gather.c of v5.19.
 *
 * What it teaches: zapping a pte does not make its page free to reuse.
 * Another CPU, or this one, may still hold the old translation in its TLB
 * and write through it. So zap_pte_range() and free_pgtables() put the
 * pages and page-table pages into an mmu_gather, widen the range to flush,
 * and the batch goes back to the allocator only after tlb_flush() (on
 * exit the whole ASID at once: tlb_gather_mmu_fullmm). A full batch is
 * flushed and freed early, so the gather never needs to allocate.
 *
 * Simplified, and why: one fixed array for pages and tables (Linux
 * chains page batches allocated on the fly and frees tables after an RCU
 * grace period, for lockless walkers like gup_fast, which tinymm lacks);
 * no nested gathers (tlb->mm_users races) and no delayed rmap removal.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <asm/tlb.h>

/*
 * tlb_gather_mmu - start gathering for an unmap of part of @mm. The
 * caller holds @mm's mmap_lock, which keeps its VMAs still, or is
 * tearing down an mm nobody else uses (exit_mmap).
 */
void tlb_gather_mmu(struct mmu_gather *tlb, struct mm_struct *mm)
{
	tlb->mm = mm;
	tlb->fullmm = 0;
	tlb->freed_tables = 0;
	tlb->nr = 0;
	tlb->start = TASK_SIZE;
	tlb->end = 0;
}

/* The whole address space is going (exit_mmap): one flush of the ASID. */
void tlb_gather_mmu_fullmm(struct mmu_gather *tlb, struct mm_struct *mm)
{
	tlb_gather_mmu(tlb, mm);
	tlb->fullmm = 1;
	tlb->start = 0;
	tlb->end = TASK_SIZE;
}

static void tlb_flush_mmu_tlbonly(struct mmu_gather *tlb)
{
	if (!tlb->end)
		return;
	tlb_flush(tlb);
	tlb->start = TASK_SIZE;
	tlb->end = 0;
	tlb->freed_tables = 0;
}

/* Flush, then let the gathered pages and page tables go. */
void tlb_flush_mmu(struct mmu_gather *tlb)
{
	unsigned int i;

	tlb_flush_mmu_tlbonly(tlb);
	for (i = 0; i < tlb->nr; i++)
		put_page(tlb->pages[i]);
	tlb->nr = 0;
}

/* End of the unmap: nothing gathered outlives this flush. */
void tlb_finish_mmu(struct mmu_gather *tlb)
{
	tlb_flush_mmu(tlb);
}

/*
 * __tlb_remove_page_size - gather @page, whose last pte in this range is
 * gone; the gather's put_page() drops that pte's reference after the
 * flush. Returns true when the batch is full: the caller must
 * tlb_flush_mmu() before gathering more. Called under the pte lock.
 */
bool __tlb_remove_page_size(struct mmu_gather *tlb, struct page *page,
			    int page_size)
{
	tlb->pages[tlb->nr++] = page;
	return tlb->nr == MMU_GATHER_BUNDLE;
}

/*
 * A page-table page (struct page *, its destructor already run) joins
 * the batch; a full batch is flushed and freed at once.
 */
void tlb_remove_table(struct mmu_gather *tlb, void *table)
{
	if (__tlb_remove_page(tlb, table))
		tlb_flush_mmu(tlb);
}
