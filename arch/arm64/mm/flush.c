// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/mm/flush.c - keeping the instruction cache coherent with
 * pages written as data. Linux: the same file (__sync_icache_dcache,
 * caches_clean_inval_pou).
 *
 * Arm's instruction cache does not snoop the data cache: code written by
 * stores (a page-cache page filled by memcpy, a copy-on-write copy) must
 * be cleaned from the D-cache to the point of unification and the stale
 * I-cache lines invalidated before it runs. QEMU's TCG has no caches, so
 * tests can't see this go wrong; real hardware and KVM would.
 * Simplified: Linux invalidates the I-cache by VA (ic ivau) where the
 * cache allows it and remembers clean pages in PG_dcache_clean; we
 * invalidate the whole I-cache (ic ialluis) each time.
 */
#include <linux/mm.h>
#include <asm/pgtable.h>

static unsigned long dcache_line_size(void)
{
	u64 ctr;

	asm volatile("mrs %0, ctr_el0" : "=r" (ctr));
	return 4UL << ((ctr >> 16) & 0xf);	/* DminLine: log2 of words */
}

void __sync_icache_dcache(pte_t pteval)
{
	unsigned long addr = (unsigned long)page_address(pfn_to_page(pte_pfn(pteval)));
	unsigned long end = addr + PAGE_SIZE, line = dcache_line_size();

	for (addr &= ~(line - 1); addr < end; addr += line)
		asm volatile("dc cvau, %0" : : "r" (addr) : "memory");
	asm volatile("dsb ish\n\tic ialluis\n\tdsb ish\n\tisb" : : : "memory");
}
