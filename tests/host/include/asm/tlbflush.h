/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Host twin of asm/tlbflush.h: there is no TLB, so a flush only records
 * the range, letting tests check that unmapping flushes what it unmapped.
 * host_tlb_flush_* are defined in tests/host/vmalloc_test.c.
 */
#ifndef __ASM_TLBFLUSH_H
#define __ASM_TLBFLUSH_H

#include <linux/types.h>

extern unsigned long host_tlb_flush_count;
extern u64 host_tlb_flush_start, host_tlb_flush_end;

static inline void flush_tlb_all(void)
{
	host_tlb_flush_count++;
	host_tlb_flush_start = 0;
	host_tlb_flush_end = ~0ULL;
}

static inline void flush_tlb_kernel_range(u64 start, u64 end)
{
	host_tlb_flush_count++;
	host_tlb_flush_start = start;
	host_tlb_flush_end = end;
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
	host_tlb_flush_count++;
	host_tlb_flush_mm_count++;
	host_tlb_flush_start = 0;
	host_tlb_flush_end = ~0ULL;
}

static inline void flush_tlb_page(struct vm_area_struct *vma, u64 uaddr)
{
	host_tlb_flush_count++;
	host_tlb_flush_start = uaddr;
	host_tlb_flush_end = uaddr + PAGE_SIZE;
}

static inline void flush_tlb_range(struct vm_area_struct *vma, u64 start,
				   u64 end)
{
	host_tlb_flush_count++;
	host_tlb_flush_start = start;
	host_tlb_flush_end = end;
}

#endif
