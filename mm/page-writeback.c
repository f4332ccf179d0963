// SPDX-License-Identifier: GPL-2.0
/*
 * mm/page-writeback.c - how many dirty page-cache pages the system lets
 * build up before writers are made to write back (nr_dirty_threshold)
 * and before background writeback starts (nr_dirty_background_threshold).
 * Linux v5.19: mm/page-writeback.c (global_dirtyable_memory,
 * domain_dirty_limits, global_dirty_limits).
 *
 * What it teaches: the limits are fractions (vm.dirty_ratio 20%,
 * vm.dirty_background_ratio 10%) of "dirtyable" memory, which is the free
 * pages above the reserves plus the file LRU pages, not of all RAM: a
 * machine full of anonymous memory may dirty little.
 *
 * Simplified: tinymm has no writeback, so nothing throttles on these numbers;
 * /proc/vmstat prints them. Linux also honours vm.dirty_bytes and
 * vm.dirty_background_bytes (0 by default, so the ratios apply), raises
 * both limits by a quarter for real-time tasks (tinymm has none), and
 * leaves highmem out (arm64 has none).
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/vmstat.h>
#include "internal.h"

int vm_dirty_ratio = 20;
int dirty_background_ratio = 10;

/*
 * Free pages minus totalreserve_pages (what the watermarks and
 * lowmem_reserve keep back), plus the file pages on the LRU lists; never
 * 0. Linux v5.19: global_dirtyable_memory().
 */
static unsigned long global_dirtyable_memory(void)
{
	unsigned long x;

	x = global_zone_page_state(NR_FREE_PAGES);
	x -= min(x, totalreserve_pages);
	x += global_node_page_state(NR_INACTIVE_FILE);
	x += global_node_page_state(NR_ACTIVE_FILE);
	return x + 1;
}

/*
 * global_dirty_limits - the background and the hard dirty limits, in
 * pages, for the whole system. The ratios are scaled to per-PAGE_SIZE
 * first, as Linux's domain_dirty_limits() does for precision; a
 * background limit not below the hard one is halved to it. Caller holds
 * nothing; never sleeps.
 */
void global_dirty_limits(unsigned long *pbackground, unsigned long *pdirty)
{
	unsigned long available_memory = global_dirtyable_memory();
	unsigned long ratio = (vm_dirty_ratio * PAGE_SIZE) / 100;
	unsigned long bg_ratio = (dirty_background_ratio * PAGE_SIZE) / 100;
	unsigned long thresh = (ratio * available_memory) / PAGE_SIZE;
	unsigned long bg_thresh = (bg_ratio * available_memory) / PAGE_SIZE;

	if (bg_thresh >= thresh)
		bg_thresh = thresh / 2;
	*pbackground = bg_thresh;
	*pdirty = thresh;
}
