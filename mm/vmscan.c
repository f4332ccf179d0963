// SPDX-License-Identifier: GPL-2.0
/*
 * mm/vmscan.c - page reclaim. Linux: mm/vmscan.c.
 * Reclaim does not exist yet (a later issue adds LRU lists, kswapd and
 * direct reclaim). What exists is the hook the allocator calls when a zone
 * falls below its low watermark, so the wake-ups can be counted and seen.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include "internal.h"

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
