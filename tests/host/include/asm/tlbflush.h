/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Host twin of asm/tlbflush.h: there is no TLB, so a flush only records
 * the range, letting tests check that unmapping flushes what it unmapped.
 * host_tlb_flush_* are defined in tests/host/vmalloc_test.c. Host CPU
 * threads may flush at once: each record is one atomic store (a start and
 * end of two flushes may then mix; only single-threaded tests read them).
 */
#ifndef __ASM_TLBFLUSH_H
#define __ASM_TLBFLUSH_H

#include <linux/types.h>

extern unsigned long host_tlb_flush_count;
extern u64 host_tlb_flush_start, host_tlb_flush_end;

static inline void host_tlb_flush_record(u64 start, u64 end)
{
	__atomic_fetch_add(&host_tlb_flush_count, 1, __ATOMIC_RELAXED);
	__atomic_store_n(&host_tlb_flush_start, start, __ATOMIC_RELAXED);
	__atomic_store_n(&host_tlb_flush_end, end, __ATOMIC_RELAXED);
}

static inline void flush_tlb_all(void)
{
	host_tlb_flush_record(0, ~0ULL);
}

static inline void flush_tlb_kernel_range(u64 start, u64 end)
{
	host_tlb_flush_record(start, end);
}

/*
 * User address spaces: flushes by ASID. host_tlb_flush_mm_count counts
 * whole-mm flushes; page and range flushes record their range as above.
 */
#include <asm/page.h>
#include <linux/mm_types.h>

extern unsigned long host_tlb_flush_mm_count;

static inline void flush_tlb_mm(struct mm_struct *mm)
{
	__atomic_fetch_add(&host_tlb_flush_mm_count, 1, __ATOMIC_RELAXED);
	host_tlb_flush_record(0, ~0ULL);
}

static inline void flush_tlb_page(struct vm_area_struct *vma, u64 uaddr)
{
	host_tlb_flush_record(uaddr, uaddr + PAGE_SIZE);
}

static inline void flush_tlb_range(struct vm_area_struct *vma, u64 start,
				   u64 end)
{
	host_tlb_flush_record(start, end);
}

#endif
