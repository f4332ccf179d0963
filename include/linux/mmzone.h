/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/mmzone.h - nodes, zones and the buddy allocator's free areas.
 * Linux: include/linux/mmzone.h (as of v5.19).
 *
 *   pg_data_t (one per NUMA node)
 *     node_zones[ZONE_DMA32, ZONE_NORMAL, ZONE_MOVABLE]
 *       free_area[order 0..10]
 *         free_list[migrate type]  -> struct page.lru of each free block
 *       per_cpu_pageset (per CPU)  -> lists of order 0..3 pages per type
 *       _watermark[min, low, high], lowmem_reserve[], pageblock_flags
 *     node_zonelists[]: the zones to try, best first
 *
 * Simplified: no ZONE_DMA or ZONE_HIGHMEM (arm64 with 48-bit VAs has no
 * highmem; we model CONFIG_ZONE_DMA=n, where arm64 puts the RAM below 4 GiB
 * in DMA32; v5.19's defconfig puts it in ZONE_DMA instead), no CMA, no
 * zone_device, no LRU vectors (nothing reclaims).
 */
#ifndef _LINUX_MMZONE_H
#define _LINUX_MMZONE_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/smp.h>
#include <linux/numa.h>

#define MAX_ORDER		11	/* orders 0..10: up to 4 MB blocks */
#define MAX_ORDER_NR_PAGES	(1 << (MAX_ORDER - 1))
#define PAGE_ALLOC_COSTLY_ORDER	3

/* A pageblock is 2 MB (one PMD): the unit migrate types are tracked in. */
#define pageblock_order		9
#define pageblock_nr_pages	(1UL << pageblock_order)
#define NR_PAGEBLOCK_BITS	4	/* 3 bits migrate type + 1 skip bit */

enum migratetype {
	MIGRATE_UNMOVABLE,
	MIGRATE_MOVABLE,
	MIGRATE_RECLAIMABLE,
	MIGRATE_PCPTYPES,	/* the number of types on the pcp lists */
	MIGRATE_HIGHATOMIC = MIGRATE_PCPTYPES,
	MIGRATE_ISOLATE,	/* can't allocate from here */
	MIGRATE_TYPES
};

extern const char *const migratetype_names[MIGRATE_TYPES];
extern int page_group_by_mobility_disabled;

#define is_migrate_highatomic(mt)	((mt) == MIGRATE_HIGHATOMIC)
#define is_migrate_isolate(mt)		((mt) == MIGRATE_ISOLATE)

struct free_area {
	struct list_head free_list[MIGRATE_TYPES];
	unsigned long nr_free;		/* blocks of this order, all types */
};

static inline bool free_area_empty(struct free_area *area, int migratetype)
{
	return list_empty(&area->free_list[migratetype]);
}

enum zone_stat_item {
	NR_FREE_PAGES,
	NR_ZONE_LRU_BASE,
	NR_ZONE_INACTIVE_ANON = NR_ZONE_LRU_BASE,
	NR_ZONE_ACTIVE_ANON,
	NR_ZONE_INACTIVE_FILE,
	NR_ZONE_ACTIVE_FILE,
	NR_ZONE_UNEVICTABLE,
	NR_ZONE_WRITE_PENDING,
	NR_MLOCK,
	NR_BOUNCE,
	NR_FREE_CMA_PAGES,
	NR_VM_ZONE_STAT_ITEMS
};

/* Per zone, counted at allocation by zone_statistics() (CONFIG_NUMA). */
enum numa_stat_item {
	NUMA_HIT,		/* allocated on the node asked for */
	NUMA_MISS,		/* allocated here though another node was asked */
	NUMA_FOREIGN,		/* asked for here, allocated elsewhere */
	NUMA_INTERLEAVE_HIT,	/* the interleave policy chose this zone */
	NUMA_LOCAL,		/* allocated on the allocating CPU's node */
	NUMA_OTHER,		/* allocated on another CPU's node */
	NR_VM_NUMA_EVENT_ITEMS
};

/*
 * Per node (pgdat->vm_stat), v5.19's list for an arm64 defconfig kernel
 * (SWAP and NUMA_BALANCING, no SHADOW_CALL_STACK). The slab counters are
 * named in bytes, as Linux's memcg ones are, but node counts are pages.
 */
enum node_stat_item {
	NR_LRU_BASE,
	NR_INACTIVE_ANON = NR_LRU_BASE,	/* in the order of the LRU lists */
	NR_ACTIVE_ANON,
	NR_INACTIVE_FILE,
	NR_ACTIVE_FILE,
	NR_UNEVICTABLE,
	NR_SLAB_RECLAIMABLE_B,
	NR_SLAB_UNRECLAIMABLE_B,
	NR_ISOLATED_ANON,
	NR_ISOLATED_FILE,
	WORKINGSET_NODES,
	WORKINGSET_REFAULT_BASE,
	WORKINGSET_REFAULT_ANON = WORKINGSET_REFAULT_BASE,
	WORKINGSET_REFAULT_FILE,
	WORKINGSET_ACTIVATE_BASE,
	WORKINGSET_ACTIVATE_ANON = WORKINGSET_ACTIVATE_BASE,
	WORKINGSET_ACTIVATE_FILE,
	WORKINGSET_RESTORE_BASE,
	WORKINGSET_RESTORE_ANON = WORKINGSET_RESTORE_BASE,
	WORKINGSET_RESTORE_FILE,
	WORKINGSET_NODERECLAIM,
	NR_ANON_MAPPED,		/* anonymous pages mapped by some pte */
	NR_FILE_MAPPED,		/* page-cache pages mapped by some pte */
	NR_FILE_PAGES,		/* pages in the page cache (shmem too) */
	NR_FILE_DIRTY,
	NR_WRITEBACK,
	NR_WRITEBACK_TEMP,
	NR_SHMEM,		/* shmem pages, also in NR_FILE_PAGES */
	NR_SHMEM_THPS,
	NR_SHMEM_PMDMAPPED,
	NR_FILE_THPS,
	NR_FILE_PMDMAPPED,
	NR_ANON_THPS,
	NR_VMSCAN_WRITE,
	NR_VMSCAN_IMMEDIATE,
	NR_DIRTIED,
	NR_WRITTEN,
	NR_THROTTLED_WRITTEN,
	NR_KERNEL_MISC_RECLAIMABLE,
	NR_FOLL_PIN_ACQUIRED,
	NR_FOLL_PIN_RELEASED,
	NR_KERNEL_STACK_KB,	/* in kB, not pages */
	NR_PAGETABLE,		/* user page-table pages */
	NR_SWAPCACHE,
	PGPROMOTE_SUCCESS,
	NR_VM_NODE_STAT_ITEMS
};

/*
 * Linux's LRU lists, in NR_LRU_BASE's order. tinymm keeps no LRU lists
 * (nothing reclaims mapped or cached pages), so their counters stay 0.
 */
#define LRU_BASE	0
#define LRU_ACTIVE	1
#define LRU_FILE	2

enum lru_list {
	LRU_INACTIVE_ANON = LRU_BASE,
	LRU_ACTIVE_ANON = LRU_BASE + LRU_ACTIVE,
	LRU_INACTIVE_FILE = LRU_BASE + LRU_FILE,
	LRU_ACTIVE_FILE = LRU_BASE + LRU_FILE + LRU_ACTIVE,
	LRU_UNEVICTABLE,
	NR_LRU_LISTS
};

/* The two lines /proc/vmstat computes when read (global_dirty_limits). */
enum writeback_stat_item {
	NR_DIRTY_THRESHOLD,
	NR_DIRTY_BG_THRESHOLD,
	NR_VM_WRITEBACK_STAT_ITEMS
};

enum zone_watermarks {
	WMARK_MIN,
	WMARK_LOW,
	WMARK_HIGH,
	NR_WMARK
};

/*
 * Per-CPU lists hold order 0..PAGE_ALLOC_COSTLY_ORDER pages, one list per
 * (migrate type, order), as Linux since v5.14 (before, order 0 only).
 */
#define NR_PCP_LISTS	(MIGRATE_PCPTYPES * (PAGE_ALLOC_COSTLY_ORDER + 1))

struct per_cpu_pages {
	int count;		/* pages on all the lists */
	int high;		/* free to the buddy lists above this */
	int batch;		/* how many to move at a time */
	short free_factor;	/* batch scaling as frees run ahead of allocs */
	struct list_head lists[NR_PCP_LISTS];
};

/*
 * A zone's per-CPU statistics: each CPU's not yet folded deltas of the
 * zone counters (vm_stat_diff, folded into zone->vm_stat once one passes
 * stat_threshold, or by the CPU's periodic refresh), and its NUMA events.
 */
struct per_cpu_zonestat {
	s8 vm_stat_diff[NR_VM_ZONE_STAT_ITEMS];
	s8 stat_threshold;
	unsigned long vm_numa_event[NR_VM_NUMA_EVENT_ITEMS];
};

/* The same for a node's counters (pgdat->per_cpu_nodestats). */
struct per_cpu_nodestat {
	s8 stat_threshold;
	s8 vm_node_stat_diff[NR_VM_NODE_STAT_ITEMS];
};

enum zone_type {
	ZONE_DMA32,		/* below 4 GiB: for 32-bit DMA devices */
	ZONE_NORMAL,
	ZONE_MOVABLE,		/* only movable pages: made by movablecore= */
	__MAX_NR_ZONES
};
#define MAX_NR_ZONES	__MAX_NR_ZONES

struct pglist_data;

struct zone {
	/* read-mostly: the allocator's fast path */
	unsigned long _watermark[NR_WMARK];
	unsigned long watermark_boost;
	unsigned long nr_reserved_highatomic;
	/* pages held back from allocations that could use higher zones */
	long lowmem_reserve[MAX_NR_ZONES];
	int node;
	struct pglist_data *zone_pgdat;
	/* per-CPU pointers (alloc_percpu): this_cpu_ptr() for this CPU's */
	struct per_cpu_pages __percpu *per_cpu_pageset;
	struct per_cpu_zonestat __percpu *per_cpu_zonestats;
	unsigned long *pageblock_flags;	/* NR_PAGEBLOCK_BITS per pageblock */

	unsigned long zone_start_pfn;
	/*
	 * spanned = end - start pfn (holes included); present = pages that
	 * exist; managed = present minus reserved = what the buddy allocator
	 * got from memblock.
	 */
	atomic_long_t managed_pages;
	unsigned long spanned_pages;
	unsigned long present_pages;
	const char *name;

	/* write-intensive: under lock */
	spinlock_t lock;
	struct free_area free_area[MAX_ORDER];
	unsigned long flags;
	/*
	 * Above this many free pages the CPUs' unfolded deltas cannot hide a
	 * breach of the min watermark; below it zone_watermark_ok_safe()
	 * adds them up (0: they never can).
	 */
	unsigned long percpu_drift_mark;
	atomic_long_t vm_stat[NR_VM_ZONE_STAT_ITEMS];
};

/* zone->flags bit numbers, for set_bit()/test_bit() (linux/bitops.h) */
enum zone_flags {
	ZONE_BOOSTED_WATERMARK,		/* a fallback boosted it: wake kswapd */
};

#define min_wmark_pages(z)	((z)->_watermark[WMARK_MIN] + (z)->watermark_boost)
#define low_wmark_pages(z)	((z)->_watermark[WMARK_LOW] + (z)->watermark_boost)
#define high_wmark_pages(z)	((z)->_watermark[WMARK_HIGH] + (z)->watermark_boost)
#define wmark_pages(z, i)	((z)->_watermark[i] + (z)->watermark_boost)

static inline unsigned long zone_managed_pages(struct zone *zone)
{
	return (unsigned long)READ_ONCE(zone->managed_pages.counter);
}

static inline unsigned long zone_end_pfn(const struct zone *zone)
{
	return zone->zone_start_pfn + zone->spanned_pages;
}

static inline bool zone_spans_pfn(const struct zone *zone, unsigned long pfn)
{
	return zone->zone_start_pfn <= pfn && pfn < zone_end_pfn(zone);
}

static inline bool populated_zone(struct zone *zone)
{
	return zone->present_pages;
}

static inline bool managed_zone(struct zone *zone)
{
	return zone_managed_pages(zone);
}

/* ---- zonelists: where an allocation may look, best zone first ---- */

#define MAX_ZONES_PER_ZONELIST	(MAX_NUMNODES * MAX_NR_ZONES)

enum {
	ZONELIST_FALLBACK,	/* this node's zones, then other nodes' */
	ZONELIST_NOFALLBACK,	/* this node only (__GFP_THISNODE) */
	MAX_ZONELISTS
};

struct zoneref {
	struct zone *zone;
	int zone_idx;
};

struct zonelist {
	struct zoneref _zonerefs[MAX_ZONES_PER_ZONELIST + 1];
};

typedef struct pglist_data {
	struct zone node_zones[MAX_NR_ZONES];
	struct zonelist node_zonelists[MAX_ZONELISTS];
	int nr_zones;			/* populated zones */
	struct page *node_mem_map;	/* FLATMEM: this node's struct pages */
	unsigned long node_start_pfn;
	unsigned long node_present_pages;
	unsigned long node_spanned_pages;
	int node_id;
	unsigned long totalreserve_pages;
	struct per_cpu_nodestat __percpu *per_cpu_nodestats;
	atomic_long_t vm_stat[NR_VM_NODE_STAT_ITEMS];
	unsigned long kswapd_wakeups;	/* counts wakeup_kswapd() until reclaim exists */
} pg_data_t;

extern struct pglist_data *node_data[MAX_NUMNODES];
#define NODE_DATA(nid)		(node_data[(nid)])

#define zone_idx(zone)		((zone) - (zone)->zone_pgdat->node_zones)
#define pgdat_end_pfn(pgdat)	((pgdat)->node_start_pfn + (pgdat)->node_spanned_pages)

static inline int zone_to_nid(struct zone *zone)
{
	return zone->node;
}

static inline struct zone *zonelist_zone(struct zoneref *zoneref)
{
	return zoneref->zone;
}

static inline int zonelist_zone_idx(struct zoneref *zoneref)
{
	return zoneref->zone_idx;
}

/* The first zoneref at or below highest_zoneidx (Linux: mmzone.c). */
struct zoneref *first_zones_zonelist(struct zonelist *zonelist,
				     enum zone_type highest_zoneidx);
struct zoneref *next_zones_zonelist(struct zoneref *z,
				    enum zone_type highest_zoneidx);

#define for_each_zone_zonelist(zone, z, zlist, highidx)			\
	for (z = first_zones_zonelist(zlist, highidx), zone = zonelist_zone(z); \
	     zone;							\
	     z = next_zones_zonelist(++z, highidx), zone = zonelist_zone(z))

#define for_next_zone_zonelist(zone, z, highidx)			\
	for (z = next_zones_zonelist(z, highidx), zone = zonelist_zone(z); \
	     zone;							\
	     z = next_zones_zonelist(++z, highidx), zone = zonelist_zone(z))

/* Every zone of every online node, populated or not. */
struct zone *next_zone(struct zone *zone);
#define for_each_zone(zone)						\
	for (zone = (NODE_DATA(first_online_node))->node_zones;		\
	     zone; zone = next_zone(zone))
#define for_each_populated_zone(zone)					\
	for_each_zone(zone)						\
		if (!populated_zone(zone))				\
			; /* do nothing */				\
		else

extern const char *const zone_names[MAX_NR_ZONES];

/* mm/vmscan.c: ask kswapd to reclaim (a counter until reclaim exists) */
void wakeup_kswapd(struct zone *zone, gfp_t gfp_flags, int order,
		   enum zone_type highest_zoneidx);

#endif /* _LINUX_MMZONE_H */
