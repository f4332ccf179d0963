// SPDX-License-Identifier: GPL-2.0
/*
 * mm/vmscan.c - page reclaim. Linux: mm/vmscan.c.
 * tinymm has no LRU lists, kswapd or direct reclaim; Linux reclaims
 * here. What exists is the hook the allocator calls when a zone
 * falls below its low watermark, so the wake-ups can be counted and seen.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include "internal.h"
#include "slab.h"

/*
 * Linux wakes the node's kswapd thread, which reclaims until every zone is
 * above high + boost and then clears the boost. With nothing reclaimable
 * yet, we count the wake-up and clear the boost at once.
 */
void wakeup_kswapd(struct zone *zone, gfp_t gfp_flags, int order,
		   enum zone_type highest_zoneidx)
{
	unsigned long flags;

	if (!managed_zone(zone))
		return;
	spin_lock_irqsave(&zone->lock, flags);
	zone->zone_pgdat->kswapd_wakeups++;
	zone->watermark_boost = 0;
	spin_unlock_irqrestore(&zone->lock, flags);
}

/*
 * Give every slab cache's empty slabs back to the page allocator. Linux:
 * drop_slab(), what `echo 2 > /proc/sys/vm/drop_caches` runs (through the
 * shrinkers; tinymm's slab caches are shrunk directly).
 */
void drop_slab(void)
{
	struct kmem_cache *s;

	list_for_each_entry(s, &slab_caches, list)
		kmem_cache_shrink(s);
}
