/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/cacheflush.h - keeping the instruction cache coherent with pages
 * the kernel writes. Linux: arch/arm64/include/asm/cacheflush.h.
 *
 * PG_dcache_clean (arm64's name for PG_arch_1) says a page's bytes have
 * been cleaned to the point of unification since the kernel last wrote
 * it, so mapping it executable again (another process, a fork) needs no
 * cache maintenance. A freshly allocated page has the flag clear; a
 * kernel write to a page-cache page clears it (flush_dcache_page).
 */
#ifndef __ASM_CACHEFLUSH_H
#define __ASM_CACHEFLUSH_H

#include <linux/mm_types.h>
#include <linux/page-flags.h>

#define PG_dcache_clean	PG_arch_1
PAGEFLAG(DcacheClean, dcache_clean)

/* the kernel wrote to a page user space may have mapped */
static inline void flush_dcache_page(struct page *page)
{
	ClearPageDcacheClean(page);
}

#endif
