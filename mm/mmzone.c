// SPDX-License-Identifier: GPL-2.0
/*
 * mm/mmzone.c - walking zones: every zone of every online node, and the
 * zones of a zonelist an allocation may use.
 * Linux: mm/mmzone.c (next_online_pgdat, next_zone, __next_zones_zonelist)
 * and include/linux/mmzone.h (next_zones_zonelist, first_zones_zonelist).
 *
 * A zonelist is an array of zonerefs, best zone first, ended by one whose
 * zone is NULL (and zone_idx 0, so the "skip zones above the highest
 * usable index" loop below always stops there). An allocation that may
 * only use zones up to highest_zoneidx - GFP_DMA32 stops at DMA32 - skips
 * the others as it walks.
 *
 * Simplified: no nodemask filtering (cpusets and mempolicies come later);
 * Linux's versions take a nodemask_t * as their third argument.
 */
#include <linux/kernel.h>
#include <linux/mmzone.h>

static struct pglist_data *next_online_pgdat(struct pglist_data *pgdat)
{
	int nid;

	for (nid = pgdat->node_id + 1; nid < MAX_NUMNODES; nid++)
		if (node_online(nid))
			return NODE_DATA(nid);
	return NULL;
}

/* The zone after @zone: the next in its node, else the next node's first. */
struct zone *next_zone(struct zone *zone)
{
	pg_data_t *pgdat = zone->zone_pgdat;

	if (zone < pgdat->node_zones + MAX_NR_ZONES - 1)
		return zone + 1;
	pgdat = next_online_pgdat(pgdat);
	return pgdat ? pgdat->node_zones : NULL;
}

/* @z itself if usable, else the next zoneref at or below highest_zoneidx. */
struct zoneref *next_zones_zonelist(struct zoneref *z,
				    enum zone_type highest_zoneidx)
{
	while (zonelist_zone_idx(z) > highest_zoneidx)
		z++;
	return z;
}

struct zoneref *first_zones_zonelist(struct zonelist *zonelist,
				     enum zone_type highest_zoneidx)
{
	return next_zones_zonelist(zonelist->_zonerefs, highest_zoneidx);
}
