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
 * A page is cleaned once per write: PG_dcache_clean (asm/cacheflush.h)
 * remembers it, so a fork or a second process mapping the same text pays
 * nothing. Simplified: Linux invalidates the I-cache by VA (ic ivau)
 * where the cache allows it; we invalidate all of it (ic ialluis).
 */
#include <linux/mm.h>
#include <asm/cacheflush.h>
#include <asm/pgtable.h>

static unsigned long dcache_line_size(void)
{
	u64 ctr;

	asm volatile("mrs %0, ctr_el0" : "=r" (ctr));
	return 4UL << ((ctr >> 16) & 0xf);	/* DminLine: log2 of words */
}

void __sync_icache_dcache(pte_t pteval)
{
	struct page *page = pfn_to_page(pte_pfn(pteval));
	unsigned long addr = (unsigned long)page_address(page);
	unsigned long end = addr + PAGE_SIZE, line = dcache_line_size();

	if (PageDcacheClean(page))
		return;
	for (addr &= ~(line - 1); addr < end; addr += line)
		asm volatile("dc cvau, %0" : : "r" (addr) : "memory");
	asm volatile("dsb ish\n\tic ialluis\n\tdsb ish\n\tisb" : : : "memory");
	SetPageDcacheClean(page);
}
