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

#endif
