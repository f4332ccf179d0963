// SPDX-License-Identifier: GPL-2.0
/*
 * mm/mm_init.c - from memblock's list of ranges to nodes, zones, struct
 * pages and a buddy allocator that owns all free memory.
 * Linux: mm/mm_init.c (v6.x), which v5.19 - the version followed here -
 * still had in mm/page_alloc.c and mm/memblock.c. Names, order and
 * formulas are v5.19's.
 *
 * What it teaches, in boot order:
 *   free_area_init()      zone boundaries, ZONE_MOVABLE (movablecore=),
 *                         per node: spanned/present pages, mem_map,
 *                         free lists, pageblock bitmap; then memmap_init()
 *                         gives every struct page its zone, node, refcount
 *                         and PG_reserved
 *   build_all_zonelists() where an allocation on each node may look
 *   memblock_free_all()   the hand-over: every free memblock range goes to
 *                         the buddy allocator in the largest aligned blocks
 *   setup_per_cpu_pageset(), init_per_zone_wmark_min()
 *                         per-CPU list sizes, min_free_kbytes, the
 *                         min/low/high watermarks, lowmem_reserve
 *
 * Simplified (Linux also does X; we skip it because Y):
 * - FLATMEM only: one mem_map for all RAM (holes included) and each node's
 *   node_mem_map points into it. Linux on arm64 uses SPARSEMEM/vmemmap;
 *   FLATMEM keeps pfn_to_page() a subtraction a student can follow in GDB.
 * - pg_data_t lives in static storage (Linux's !NUMA contig_page_data),
 *   one per possible node, and free_area_init() points node_data[] at it;
 *   NUMA Linux allocates each online node's from memblock on that node.
 * - mem_init() is here: Linux's is per-architecture, and arm64's adds only
 *   swiotlb set-up to memblock_free_all().
 * - movablecore=: Linux's find_zone_movable_pfns_for_nodes() spreads the
 *   remaining "kernelcore" evenly across nodes in several passes; we give
 *   each node an equal share of movablecore, taken from the top of the
 *   node's pages in the highest populated zone (Linux's movable_zone), and
 *   round the start up to MAX_ORDER_NR_PAGES as Linux does. One node (the
 *   usual case) comes out as in Linux. No kernelcore=, no mirror.
 * - No deferred struct page init, no memory hotplug, no page_ext, no
 *   zone_seqlock (zones never resize).
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/sizes.h>
#include <linux/init.h>
#include <linux/memblock.h>
#include <linux/panic.h>
#include <linux/mm.h>
#include <linux/bitops.h>
#include <linux/cache.h>
#include <linux/log2.h>
#include <linux/topology.h>
#include <linux/percpu.h>
#include "internal.h"

/* A per-CPU list before setup_per_cpu_pageset(): every free goes straight
 * to the buddy lists, every allocation takes one page. */
#define BOOT_PAGESET_HIGH	0
#define BOOT_PAGESET_BATCH	1
#define MIN_FREE_KBYTES_MAX	262144	/* 65536 before v5.8 */

/* One struct page per 4 KB: its size is the memmap's share of RAM. */
BUILD_BUG_ON(sizeof(struct page) > 64);

/* ---- the globals Linux keeps in mm/memory.c, page_alloc.c, mm_init.c ---- */

struct page *mem_map;
unsigned long max_mapnr;
unsigned long mem_map_pfn_offset;
unsigned long max_pfn, min_low_pfn, max_low_pfn;

static pg_data_t contig_page_data[MAX_NUMNODES];
struct pglist_data *node_data[MAX_NUMNODES] = {
	&contig_page_data[0], &contig_page_data[1],
	&contig_page_data[2], &contig_page_data[3],
};
BUILD_BUG_ON(MAX_NUMNODES != 4);

unsigned long node_online_map;

const char *const zone_names[MAX_NR_ZONES] = {
	[ZONE_DMA32]	= "DMA32",
	[ZONE_NORMAL]	= "Normal",
	[ZONE_MOVABLE]	= "Movable",
};

unsigned long totalram;		/* Linux: _totalram_pages */
unsigned long nr_kernel_pages, nr_all_pages;
unsigned long movablecore_pages;
static unsigned long movablecore_percent;

/*
 * Watermark tunables (Linux: mm/page_alloc.c, /proc/sys/vm/...).
 * min_free_kbytes starts at Linux's 1024 and is computed at boot.
 */
int min_free_kbytes = 1024;
int user_min_free_kbytes = -1;
int watermark_scale_factor = 10;
int watermark_boost_factor = 15000;
static int percpu_pagelist_high_fraction;
unsigned long totalreserve_pages;

/*
 * How much of a lower zone an allocation that could have used a higher
 * zone must leave: 1/ratio of the pages of the zones above (v5.19 values;
 * the last zone has nothing above it).
 */
int sysctl_lowmem_reserve_ratio[MAX_NR_ZONES] = {
	[ZONE_DMA32]	= 256,
	[ZONE_NORMAL]	= 32,
	[ZONE_MOVABLE]	= 0,
};

/* "min_free_kbytes=": stands for Linux's sysctl.vm.min_free_kbytes=. */
static int boot_min_free_kbytes = -1;

unsigned long totalram_pages(void)
{
	return READ_ONCE(totalram);
}

/* ---- boot parameters ---- */

/* movablecore=<size>[KMG] or movablecore=<n>% (Linux: cmdline_parse_core) */
static int __init cmdline_parse_movablecore(char *p)
{
	char *endptr;
	unsigned long long val;

	if (!p)
		return -EINVAL;
	val = simple_strtoull(p, &endptr, 0);
	if (*endptr == '%') {
		movablecore_percent = min_t(unsigned long long, val, 100);
		movablecore_pages = 0;
	} else {
		movablecore_pages = memparse(p, &p) >> PAGE_SHIFT;
		movablecore_percent = 0;
	}
	return 0;
}
early_param("movablecore", cmdline_parse_movablecore);

static int __init cmdline_parse_min_free_kbytes(char *p)
{
	int val;

	if (!p || kstrtoint(p, 0, &val) || val < 0)
		return -EINVAL;
	boot_min_free_kbytes = val;
	return 0;
}
early_param("min_free_kbytes", cmdline_parse_min_free_kbytes);

/* ======================= zone and node geometry ======================= */

static unsigned long arch_zone_lowest_possible_pfn[MAX_NR_ZONES];
static unsigned long arch_zone_highest_possible_pfn[MAX_NR_ZONES];
static unsigned long zone_movable_pfn[MAX_NUMNODES];
/* the zone ZONE_MOVABLE takes its pages from */
static int movable_zone;

static void __init get_pfn_range_for_nid(int nid, unsigned long *start_pfn,
					 unsigned long *end_pfn)
{
	unsigned long this_start, this_end;
	int i;

	*start_pfn = ULONG_MAX;
	*end_pfn = 0;
	for_each_mem_pfn_range(i, nid, &this_start, &this_end, NULL) {
		*start_pfn = min(*start_pfn, this_start);
		*end_pfn = max(*end_pfn, this_end);
	}
	if (*start_pfn == ULONG_MAX)
		*start_pfn = 0;
}

/* Pages of node @nid that exist in [start_pfn, end_pfn). */
static unsigned long __init present_pages_in_range(int nid,
						   unsigned long start_pfn,
						   unsigned long end_pfn)
{
	unsigned long s, e, nr = 0;
	int i;

	for_each_mem_pfn_range(i, nid, &s, &e, NULL) {
		s = clamp(s, start_pfn, end_pfn);
		e = clamp(e, start_pfn, end_pfn);
		nr += e - s;
	}
	return nr;
}

/* The highest zone below ZONE_MOVABLE that has any memory. */
static void __init find_usable_zone_for_movable(void)
{
	int zone_index;

	for (zone_index = MAX_NR_ZONES - 1; zone_index >= 0; zone_index--) {
		if (zone_index == ZONE_MOVABLE)
			continue;
		if (arch_zone_highest_possible_pfn[zone_index] >
		    arch_zone_lowest_possible_pfn[zone_index])
			break;
	}
	movable_zone = zone_index < 0 ? 0 : zone_index;
}

/*
 * movablecore= pages become ZONE_MOVABLE: per node, an equal share taken
 * from the top of the node's part of movable_zone (see the file comment
 * for how Linux differs with several nodes).
 */
static void __init find_zone_movable_pfns_for_nodes(void)
{
	unsigned long lo, hi, totalpages = 0, required, share;
	unsigned long start_pfn, end_pfn, avail;
	int nid, usable_nodes = 0;

	memset(zone_movable_pfn, 0, sizeof(zone_movable_pfn));
	find_usable_zone_for_movable();
	lo = arch_zone_lowest_possible_pfn[movable_zone];
	hi = arch_zone_highest_possible_pfn[movable_zone];

	for_each_online_node(nid)
		totalpages += present_pages_in_range(nid, 0, ULONG_MAX);
	if (movablecore_percent)
		required = totalpages * movablecore_percent / 100;
	else
		required = movablecore_pages;
	if (!required)
		return;
	/* Linux: with no kernelcore left, there is no ZONE_MOVABLE at all */
	required = round_up(required, MAX_ORDER_NR_PAGES);
	if (required >= totalpages)
		return;

	for_each_online_node(nid)
		if (present_pages_in_range(nid, lo, hi))
			usable_nodes++;
	if (!usable_nodes)
		return;
	share = DIV_ROUND_UP(required, usable_nodes);

	for_each_online_node(nid) {
		unsigned long keep, s, e;
		int i;

		get_pfn_range_for_nid(nid, &start_pfn, &end_pfn);
		avail = present_pages_in_range(nid, lo, hi);
		if (!avail)
			continue;
		/* kernelcore: the node's pages of movable_zone that stay */
		keep = avail - min(share, avail);
		start_pfn = lo;
		for_each_mem_pfn_range(i, nid, &s, &e, NULL) {
			s = clamp(s, lo, hi);
			e = clamp(e, lo, hi);
			if (s == e)
				continue;
			start_pfn = s + min(keep, e - s);
			if (keep <= e - s)
				break;
			keep -= e - s;
		}
		/* Linux: align the start of ZONE_MOVABLE on MAX_ORDER_NR_PAGES */
		start_pfn = round_up(start_pfn, MAX_ORDER_NR_PAGES);
		if (start_pfn < min(end_pfn, hi))
			zone_movable_pfn[nid] = start_pfn;
	}
}

/* Shrink the other zones around ZONE_MOVABLE (v5.19's function). */
static void __init adjust_zone_range_for_zone_movable(int nid,
					unsigned long zone_type,
					unsigned long node_start_pfn,
					unsigned long node_end_pfn,
					unsigned long *zone_start_pfn,
					unsigned long *zone_end_pfn)
{
	if (!zone_movable_pfn[nid])
		return;
	if (zone_type == ZONE_MOVABLE) {
		*zone_start_pfn = zone_movable_pfn[nid];
		*zone_end_pfn = min(node_end_pfn,
				    arch_zone_highest_possible_pfn[movable_zone]);
	} else if (*zone_start_pfn < zone_movable_pfn[nid] &&
		   *zone_end_pfn > zone_movable_pfn[nid]) {
		*zone_end_pfn = zone_movable_pfn[nid];
	} else if (*zone_start_pfn >= zone_movable_pfn[nid]) {
		*zone_start_pfn = *zone_end_pfn;
	}
}

static unsigned long __init zone_spanned_pages_in_node(int nid,
					unsigned long zone_type,
					unsigned long node_start_pfn,
					unsigned long node_end_pfn,
					unsigned long *zone_start_pfn,
					unsigned long *zone_end_pfn)
{
	unsigned long zone_low = arch_zone_lowest_possible_pfn[zone_type];
	unsigned long zone_high = arch_zone_highest_possible_pfn[zone_type];

	*zone_start_pfn = *zone_end_pfn = 0;
	if (!node_start_pfn && !node_end_pfn)
		return 0;

	*zone_start_pfn = clamp(node_start_pfn, zone_low, zone_high);
	*zone_end_pfn = clamp(node_end_pfn, zone_low, zone_high);
	adjust_zone_range_for_zone_movable(nid, zone_type, node_start_pfn,
					   node_end_pfn, zone_start_pfn,
					   zone_end_pfn);

	if (*zone_end_pfn < node_start_pfn || *zone_start_pfn > node_end_pfn)
		return 0;
	*zone_end_pfn = min(*zone_end_pfn, node_end_pfn);
	*zone_start_pfn = max(*zone_start_pfn, node_start_pfn);
	if (*zone_start_pfn >= *zone_end_pfn)
		return 0;
	return *zone_end_pfn - *zone_start_pfn;
}

/* spanned: first to last pfn; present: spanned minus memblock's holes */
static void __init calculate_node_totalpages(struct pglist_data *pgdat,
					     unsigned long node_start_pfn,
					     unsigned long node_end_pfn)
{
	unsigned long realtotalpages = 0, totalpages = 0;
	enum zone_type i;

	for (i = 0; i < MAX_NR_ZONES; i++) {
		struct zone *zone = pgdat->node_zones + i;
		unsigned long zone_start_pfn, zone_end_pfn, size, real_size;

		size = zone_spanned_pages_in_node(pgdat->node_id, i,
						  node_start_pfn, node_end_pfn,
						  &zone_start_pfn,
						  &zone_end_pfn);
		real_size = size ? present_pages_in_range(pgdat->node_id,
							  zone_start_pfn,
							  zone_end_pfn) : 0;
		zone->zone_start_pfn = size ? zone_start_pfn : 0;
		zone->spanned_pages = size;
		zone->present_pages = real_size;
		totalpages += size;
		realtotalpages += real_size;
	}
	pgdat->node_spanned_pages = totalpages;
	pgdat->node_present_pages = realtotalpages;
	pr_debug("On node %d totalpages: %lu\n", pgdat->node_id,
		 realtotalpages);
}

/* struct pages a zone's span costs (FLATMEM: holes have them too) */
static unsigned long __init calc_memmap_size(unsigned long spanned_pages,
					     unsigned long present_pages)
{
	return PAGE_ALIGN(spanned_pages * sizeof(struct page)) >> PAGE_SHIFT;
}

/*
 * Bytes of pageblock bitmap for a zone: NR_PAGEBLOCK_BITS per pageblock,
 * counted from the pageblock the zone starts in (Linux's usemap_size).
 */
static unsigned long __init usemap_size(unsigned long zone_start_pfn,
					unsigned long zonesize)
{
	unsigned long usemapsize;

	zonesize += zone_start_pfn & (pageblock_nr_pages - 1);
	usemapsize = round_up(zonesize, pageblock_nr_pages);
	usemapsize = usemapsize >> pageblock_order;
	usemapsize *= NR_PAGEBLOCK_BITS;
	usemapsize = round_up(usemapsize, 8 * sizeof(unsigned long));
	return usemapsize / 8;
}

static void __init setup_usemap(struct zone *zone)
{
	unsigned long usemapsize = usemap_size(zone->zone_start_pfn,
					       zone->spanned_pages);

	zone->pageblock_flags = NULL;
	if (!usemapsize)
		return;
	zone->pageblock_flags = memblock_alloc_node(usemapsize, SMP_CACHE_BYTES,
						    zone_to_nid(zone));
	if (!zone->pageblock_flags)
		panic("Failed to allocate %lu bytes for zone %s pageblock flags on node %d\n",
		      usemapsize, zone->name, zone_to_nid(zone));
}

/* ---- per-CPU page lists ---- */

/*
 * Every zone starts out on these (zone_pcp_init()), shared by all zones:
 * high 0 sends every free straight to the buddy lists, so they never hold
 * a page, and allocations take one page at a time. NUMA events counted on
 * boot_zonestats before setup_per_cpu_pageset() are lost, as in Linux.
 */
static DEFINE_PER_CPU(struct per_cpu_pages, boot_pageset);
static DEFINE_PER_CPU(struct per_cpu_zonestat, boot_zonestats);
/* Every node's counters until setup_per_cpu_pageset(): threshold 0. */
static DEFINE_PER_CPU(struct per_cpu_nodestat, boot_nodestats);

static void per_cpu_pages_init(struct per_cpu_pages *pcp,
			       struct per_cpu_zonestat *pzstats)
{
	int pindex;

	memset(pcp, 0, sizeof(*pcp));
	memset(pzstats, 0, sizeof(*pzstats));
	for (pindex = 0; pindex < NR_PCP_LISTS; pindex++)
		INIT_LIST_HEAD(&pcp->lists[pindex]);
	pcp->high = BOOT_PAGESET_HIGH;
	pcp->batch = BOOT_PAGESET_BATCH;
	pcp->free_factor = 0;
}

/*
 * Linux's build_all_zonelists_init() part: the boot pagesets' lists,
 * made in each CPU's unit (they cannot be made before
 * setup_per_cpu_areas(), or every CPU's copy would point into the
 * template).
 */
static void __init boot_pagesets_init(void)
{
	unsigned int cpu;

	for_each_possible_cpu(cpu) {
		per_cpu_pages_init(&per_cpu(boot_pageset, cpu),
				   &per_cpu(boot_zonestats, cpu));
		memset(&per_cpu(boot_nodestats, cpu), 0,
		       sizeof(struct per_cpu_nodestat));
	}
}

void zone_pcp_init(struct zone *zone)
{
	zone->per_cpu_pageset = &boot_pageset;
	zone->per_cpu_zonestats = &boot_zonestats;
	if (populated_zone(zone))
		pr_debug("  %s zone: %lu pages, LIFO batch:%u\n", zone->name,
			 zone->present_pages, zone_batchsize(zone));
}

/*
 * Pages moved between a per-CPU list and the buddy lists at a time:
 * ~0.1% of the zone or 1 MB, whichever is smaller, /4, then clamped to
 * 2^n - 1 (v5.19; a power of two was found to alias badly in caches).
 */
int zone_batchsize(struct zone *zone)
{
	int batch;

	batch = min(zone_managed_pages(zone) >> 10, SZ_1M / PAGE_SIZE);
	batch /= 4;		/* we effectively *= 4 below */
	if (batch < 1)
		batch = 1;
	batch = rounddown_pow_of_two(batch + batch / 2) - 1;
	return batch;
}

/*
 * How many pages a per-CPU list may hold before it frees a batch: the low
 * watermark split across the node's CPUs, but at least 4 batches (v5.19).
 */
int zone_highsize(struct zone *zone, int batch, int cpu_online)
{
	unsigned long total_pages;
	int high, nr_split_cpus;

	if (!percpu_pagelist_high_fraction)
		total_pages = low_wmark_pages(zone);
	else
		total_pages = zone_managed_pages(zone) /
			      percpu_pagelist_high_fraction;

	nr_split_cpus = nr_cpus_node(zone_to_nid(zone)) + cpu_online;
	if (!nr_split_cpus)
		nr_split_cpus = num_online_cpus();
	high = total_pages / nr_split_cpus;
	high = max(high, batch << 2);
	return high;
}

static void __zone_set_pageset_high_and_batch(struct zone *zone,
					      unsigned long high,
					      unsigned long batch)
{
	struct per_cpu_pages *pcp;
	int cpu;

	for_each_possible_cpu(cpu) {
		pcp = per_cpu_ptr(zone->per_cpu_pageset, cpu);
		WRITE_ONCE(pcp->batch, batch);
		WRITE_ONCE(pcp->high, high);
	}
}

static void zone_set_pageset_high_and_batch(struct zone *zone, int cpu_online)
{
	int new_batch = max(1, zone_batchsize(zone));
	int new_high = zone_highsize(zone, new_batch, cpu_online);

	__zone_set_pageset_high_and_batch(zone, new_high, new_batch);
}

/* Re-size the per-CPU lists after the zone or its watermarks changed. */
void zone_pcp_update(struct zone *zone, int cpu_online)
{
	zone_set_pageset_high_and_batch(zone, cpu_online);
}

/* Each zone's own pagesets, sized for its watermarks. */
static void setup_zone_pageset(struct zone *zone)
{
	unsigned int cpu;

	zone->per_cpu_pageset = alloc_percpu(struct per_cpu_pages);
	zone->per_cpu_zonestats = alloc_percpu(struct per_cpu_zonestat);
	if (!zone->per_cpu_pageset || !zone->per_cpu_zonestats)
		panic("%s: out of per-CPU memory\n", __func__);
	for_each_possible_cpu(cpu)
		per_cpu_pages_init(per_cpu_ptr(zone->per_cpu_pageset, cpu),
				   per_cpu_ptr(zone->per_cpu_zonestats, cpu));
	zone_set_pageset_high_and_batch(zone, 0);
}

/*
 * Move every populated zone off the boot pagesets onto its own, once
 * the per-CPU allocator and the zones' sizes are known, then each node
 * off boot_nodestats. The boot structures' deltas are all 0 (threshold
 * 0 folds every update at once), so nothing is lost in the move.
 */
void __init setup_per_cpu_pageset(void)
{
	struct pglist_data *pgdat;
	struct zone *zone;
	int nid;

	for_each_populated_zone(zone)
		setup_zone_pageset(zone);
	for_each_online_node(nid) {
		pgdat = NODE_DATA(nid);
		if (!pgdat)
			continue;
		pgdat->per_cpu_nodestats = alloc_percpu(struct per_cpu_nodestat);
		if (!pgdat->per_cpu_nodestats)
			panic("%s: out of per-CPU memory\n", __func__);
	}
}

/* ---- struct page initialisation ---- */

static void __init zone_init_free_lists(struct zone *zone)
{
	unsigned int order, t;

	for (order = 0; order < MAX_ORDER; order++) {
		for (t = 0; t < MIGRATE_TYPES; t++)
			INIT_LIST_HEAD(&zone->free_area[order].free_list[t]);
		zone->free_area[order].nr_free = 0;
	}
}

static void __init zone_init_internals(struct zone *zone, enum zone_type idx,
				       int nid, unsigned long remaining_pages)
{
	int i;

	atomic_long_set(&zone->managed_pages, remaining_pages);
	zone->node = nid;
	zone->name = zone_names[idx];
	zone->zone_pgdat = NODE_DATA(nid);
	spin_lock_init(&zone->lock);
	for (i = 0; i < NR_VM_ZONE_STAT_ITEMS; i++)
		atomic_long_set(&zone->vm_stat[i], 0);
	zone_pcp_init(zone);
}

static void __init init_currently_empty_zone(struct zone *zone,
					     unsigned long zone_start_pfn,
					     unsigned long size)
{
	struct pglist_data *pgdat = zone->zone_pgdat;
	int zone_idx = zone_idx(zone) + 1;

	if (zone_idx > pgdat->nr_zones)
		pgdat->nr_zones = zone_idx;
	zone->zone_start_pfn = zone_start_pfn;
	zone_init_free_lists(zone);
}

/*
 * managed_pages starts as an estimate - present minus the memmap's own
 * pages - so the zonelist "Total pages" line and anything sized before
 * the hand-over see sensible numbers; memblock_free_all() zeroes it and
 * counts what it really frees (v5.19's free_area_init_core).
 */
static void __init free_area_init_core(struct pglist_data *pgdat)
{
	int nid = pgdat->node_id;
	enum zone_type j;

	for (j = 0; j < MAX_NR_ZONES; j++) {
		struct zone *zone = pgdat->node_zones + j;
		unsigned long size, freesize, memmap_pages;

		size = zone->spanned_pages;
		freesize = zone->present_pages;

		memmap_pages = calc_memmap_size(size, freesize);
		if (freesize >= memmap_pages) {
			freesize -= memmap_pages;
			if (memmap_pages)
				pr_debug("  %s zone: %lu pages used for memmap\n",
					 zone_names[j], memmap_pages);
		} else {
			pr_warn("  %s zone: %lu memmap pages exceeds freesize %lu\n",
				zone_names[j], memmap_pages, freesize);
		}
		nr_kernel_pages += freesize;
		nr_all_pages += freesize;

		zone_init_internals(zone, j, nid, freesize);
		if (!size) {
			/*
			 * Linux leaves an empty zone's free lists untouched;
			 * ours are set up anyway, so code that walks every
			 * zone finds empty lists rather than NULL pointers.
			 */
			zone_init_free_lists(zone);
			continue;
		}
		setup_usemap(zone);
		init_currently_empty_zone(zone, zone->zone_start_pfn, size);
	}
}

/*
 * FLATMEM: one array of struct page from the lowest pfn of any node,
 * rounded down, to the highest, rounded up, both to MAX_ORDER_NR_PAGES,
 * so a buddy's pfn (pfn ^ (1 << order)) always has a struct page to look
 * at (Linux's alloc_node_mem_map for node 0; "mem_map = node 0's map").
 */
static void __init alloc_mem_map(void)
{
	unsigned long start = ULONG_MAX, end = 0, s, e, size;
	int i;

	for_each_mem_pfn_range(i, MAX_NUMNODES, &s, &e, NULL) {
		start = min(start, s);
		end = max(end, e);
	}
	if (start >= end)
		panic("free_area_init: no memory\n");
	start = round_down(start, MAX_ORDER_NR_PAGES);
	end = ALIGN(end, MAX_ORDER_NR_PAGES);
	size = (end - start) * sizeof(struct page);
	mem_map = memblock_alloc_try_nid_raw(size, SMP_CACHE_BYTES,
					     MEMBLOCK_LOW_LIMIT,
					     MEMBLOCK_ALLOC_ACCESSIBLE,
					     first_online_node);
	if (!mem_map)
		panic("Failed to allocate %lu bytes for the memory map\n", size);
	mem_map_pfn_offset = start;
	max_mapnr = end - start;
}

static void __init free_area_init_node(int nid)
{
	pg_data_t *pgdat = NODE_DATA(nid);
	unsigned long start_pfn, end_pfn;

	get_pfn_range_for_nid(nid, &start_pfn, &end_pfn);
	pgdat->node_id = nid;
	pgdat->node_start_pfn = start_pfn;

	if (start_pfn != end_pfn)
		pr_info("Initmem setup node %d [mem %#018Lx-%#018Lx]\n", nid,
			(unsigned long long)start_pfn << PAGE_SHIFT,
			end_pfn ? ((unsigned long long)end_pfn << PAGE_SHIFT) - 1 : 0);
	else
		pr_info("Initmem setup node %d as memoryless\n", nid);

	calculate_node_totalpages(pgdat, start_pfn, end_pfn);
	if (pgdat->node_spanned_pages)
		pgdat->node_mem_map = pfn_to_page(start_pfn);
	pgdat->per_cpu_nodestats = &boot_nodestats;
	free_area_init_core(pgdat);
}

/*
 * Linux's __init_single_page(): a blank page of @zone on @nid, one
 * reference, no mappings (_mapcount -1, i.e. no page type), on no list.
 */
static void __init __init_single_page(struct page *page, unsigned long pfn,
				      unsigned long zone, int nid)
{
	memset(page, 0, sizeof(*page));
	set_page_links(page, zone, nid);
	init_page_count(page);
	page_mapcount_reset(page);
	INIT_LIST_HEAD(&page->lru);
}

/*
 * Every page starts PG_reserved: what memblock_free_all() hands to the
 * buddy allocator loses it in __free_pages_core(), the rest (kernel image,
 * memblock allocations, NOMAP) keeps it. Linux sets PG_reserved on just
 * the reserved ranges (memmap_init_reserved_pages()); the result is the
 * same. Each pageblock starts MIGRATE_MOVABLE, as in Linux.
 */
static void __init memmap_init_range(unsigned long size, int nid,
				     unsigned long zone,
				     unsigned long start_pfn,
				     unsigned long zone_end_pfn,
				     int migratetype)
{
	unsigned long pfn, end_pfn = start_pfn + size;

	for (pfn = start_pfn; pfn < end_pfn; pfn++) {
		struct page *page = pfn_to_page(pfn);

		__init_single_page(page, pfn, zone, nid);
		__SetPageReserved(page);
		if (IS_ALIGNED(pfn, pageblock_nr_pages))
			set_pageblock_migratetype(page, migratetype);
	}
}

/* struct pages for holes: they exist (FLATMEM) but are never RAM. */
static void __init init_unavailable_range(unsigned long spfn,
					  unsigned long epfn,
					  int zone, int node)
{
	unsigned long pfn;
	u64 pgcnt = 0;

	for (pfn = spfn; pfn < epfn; pfn++) {
		if (!pfn_valid(ALIGN_DOWN(pfn, pageblock_nr_pages))) {
			pfn = ALIGN_DOWN(pfn, pageblock_nr_pages) +
			      pageblock_nr_pages - 1;
			continue;
		}
		__init_single_page(pfn_to_page(pfn), pfn, zone, node);
		__SetPageReserved(pfn_to_page(pfn));
		pgcnt++;
	}
	if (pgcnt)
		pr_info("On node %d, zone %s: %llu pages in unavailable ranges\n",
			node, zone_names[zone], (unsigned long long)pgcnt);
}

static void __init memmap_init_zone_range(struct zone *zone,
					  unsigned long start_pfn,
					  unsigned long end_pfn,
					  unsigned long *hole_pfn)
{
	unsigned long zone_start_pfn = zone->zone_start_pfn;
	unsigned long zone_end_pfn = zone_start_pfn + zone->spanned_pages;
	int nid = zone_to_nid(zone), zone_id = zone_idx(zone);

	start_pfn = clamp(start_pfn, zone_start_pfn, zone_end_pfn);
	end_pfn = clamp(end_pfn, zone_start_pfn, zone_end_pfn);
	if (start_pfn >= end_pfn)
		return;

	memmap_init_range(end_pfn - start_pfn, nid, zone_id, start_pfn,
			  zone_end_pfn, MIGRATE_MOVABLE);
	if (*hole_pfn < start_pfn)
		init_unavailable_range(*hole_pfn, start_pfn, zone_id, nid);
	*hole_pfn = end_pfn;
}

/*
 * Every struct page of mem_map, in pfn order: RAM in its zone, holes (and
 * the rounding at either end of mem_map) as reserved pages of the zone
 * next to them. Linux with SPARSEMEM does the same up to a section end.
 */
static void __init memmap_init(void)
{
	unsigned long start_pfn, end_pfn, hole_pfn = mem_map_pfn_offset;
	int i, j, zone_id = 0, nid = first_online_node;

	for_each_mem_pfn_range(i, MAX_NUMNODES, &start_pfn, &end_pfn, &nid) {
		struct pglist_data *node = NODE_DATA(nid);

		for (j = 0; j < MAX_NR_ZONES; j++) {
			struct zone *zone = node->node_zones + j;

			if (!populated_zone(zone))
				continue;
			memmap_init_zone_range(zone, start_pfn, end_pfn,
					       &hole_pfn);
			zone_id = j;
		}
	}
	init_unavailable_range(hole_pfn, mem_map_pfn_offset + max_mapnr,
			       zone_id, nid);
}

/*
 * Memory the device tree gave no node (or only some regions one): all of
 * it is node 0, as Linux's dummy_numa_init() decides. The arch did this
 * already (arm64_numa_init); host tests call free_area_init() directly.
 */
static void __init check_memblock_nids(void)
{
	struct memblock_region *r;

	for_each_mem_region(r) {
		if (r->nid < 0 || r->nid >= MAX_NUMNODES) {
			memblock_set_node(0, PHYS_ADDR_MAX, &memblock.memory, 0);
			return;
		}
	}
}

/**
 * free_area_init - nodes, zones and struct pages from memblock
 * @max_zone_pfn: the pfn each zone ends at (ZONE_MOVABLE's is ignored:
 *	it is carved out of the highest zone by movablecore=)
 */
void __init free_area_init(unsigned long *max_zone_pfn)
{
	unsigned long start_pfn, end_pfn;
	int i, nid, zone;

	check_memblock_nids();
	/* Start from nothing, so tests can build the model again. */
	memset(contig_page_data, 0, sizeof(contig_page_data));
	for (nid = 0; nid < MAX_NUMNODES; nid++)
		node_data[nid] = &contig_page_data[nid];
	node_online_map = 0;
	totalram = 0;
	nr_kernel_pages = nr_all_pages = 0;
	totalreserve_pages = 0;
	for (nid = 0; nid < MAX_NUMNODES; nid++)
		NODE_DATA(nid)->node_id = nid;
	/* A node is online when it has memory. */
	for_each_mem_pfn_range(i, MAX_NUMNODES, &start_pfn, &end_pfn, &nid)
		node_set_online(nid);
	/*
	 * arm64's bootmem_init() has set these already, to the same values
	 * (as Linux's does); set here too so every caller, host tests with
	 * one memory layout after another included, gets a consistent model.
	 */
	min_low_pfn = PFN_UP(memblock_start_of_DRAM());
	max_pfn = max_low_pfn = PFN_DOWN(memblock_end_of_DRAM());

	/* Zones follow each other from the first pfn of RAM upwards. */
	memset(arch_zone_lowest_possible_pfn, 0,
	       sizeof(arch_zone_lowest_possible_pfn));
	memset(arch_zone_highest_possible_pfn, 0,
	       sizeof(arch_zone_highest_possible_pfn));
	start_pfn = PHYS_PFN(memblock_start_of_DRAM());
	for (zone = 0; zone < MAX_NR_ZONES; zone++) {
		if (zone == ZONE_MOVABLE)
			continue;
		end_pfn = max(max_zone_pfn[zone], start_pfn);
		arch_zone_lowest_possible_pfn[zone] = start_pfn;
		arch_zone_highest_possible_pfn[zone] = end_pfn;
		start_pfn = end_pfn;
	}

	find_zone_movable_pfns_for_nodes();

	pr_info("Zone ranges:\n");
	for (zone = 0; zone < MAX_NR_ZONES; zone++) {
		if (zone == ZONE_MOVABLE)
			continue;
		pr_info("  %-8s ", zone_names[zone]);
		if (arch_zone_lowest_possible_pfn[zone] ==
		    arch_zone_highest_possible_pfn[zone])
			pr_cont("empty\n");
		else
			pr_cont("[mem %#018Lx-%#018Lx]\n",
				(unsigned long long)arch_zone_lowest_possible_pfn[zone]
					<< PAGE_SHIFT,
				((unsigned long long)arch_zone_highest_possible_pfn[zone]
					<< PAGE_SHIFT) - 1);
	}

	pr_info("Movable zone start for each node\n");
	for (nid = 0; nid < MAX_NUMNODES; nid++) {
		if (zone_movable_pfn[nid])
			pr_info("  Node %d: %#018Lx\n", nid,
				(unsigned long long)zone_movable_pfn[nid] << PAGE_SHIFT);
	}

	pr_info("Early memory node ranges\n");
	for_each_mem_pfn_range(i, MAX_NUMNODES, &start_pfn, &end_pfn, &nid)
		pr_info("  node %3d: [mem %#018Lx-%#018Lx]\n", nid,
			(unsigned long long)start_pfn << PAGE_SHIFT,
			((unsigned long long)end_pfn << PAGE_SHIFT) - 1);

	alloc_mem_map();
	for_each_online_node(nid)
		free_area_init_node(nid);
	memmap_init();
}

/* ============================ zonelists ============================ */

static int node_load[MAX_NUMNODES];

/*
 * The nearest node not yet in @used_node_mask: lowest distance; among
 * equals, nodes above us before nodes below, nodes without CPUs before
 * nodes with, less loaded before more (v5.19's find_next_best_node).
 */
static int find_next_best_node(int node, unsigned long *used_node_mask)
{
	int n, val, min_val = INT_MAX, best_node = NUMA_NO_NODE;

	if (!(*used_node_mask & (1UL << node))) {
		*used_node_mask |= 1UL << node;
		return node;
	}
	for_each_online_node(n) {
		if (*used_node_mask & (1UL << n))
			continue;
		val = node_distance(node, n);
		val += (n < node);
		if (nr_cpus_node(n))
			val += PENALTY_FOR_NODE_WITH_CPUS;
		val *= MAX_NUMNODES;
		val += node_load[n];
		if (val < min_val) {
			min_val = val;
			best_node = n;
		}
	}
	if (best_node >= 0)
		*used_node_mask |= 1UL << best_node;
	return best_node;
}

static void zoneref_set_zone(struct zone *zone, struct zoneref *zoneref)
{
	zoneref->zone = zone;
	zoneref->zone_idx = zone_idx(zone);
}

/* A node's populated zones, highest first: Movable, Normal, DMA32. */
static int build_zonerefs_node(pg_data_t *pgdat, struct zoneref *zonerefs)
{
	enum zone_type zone_type = MAX_NR_ZONES;
	int nr_zones = 0;

	do {
		struct zone *zone;

		zone_type--;
		zone = pgdat->node_zones + zone_type;
		if (populated_zone(zone))
			zoneref_set_zone(zone, &zonerefs[nr_zones++]);
	} while (zone_type);
	return nr_zones;
}

static void build_zonelists_in_node_order(pg_data_t *pgdat, int *node_order,
					  unsigned int nr_nodes)
{
	struct zoneref *zonerefs;
	unsigned int i;

	zonerefs = pgdat->node_zonelists[ZONELIST_FALLBACK]._zonerefs;
	for (i = 0; i < nr_nodes; i++)
		zonerefs += build_zonerefs_node(NODE_DATA(node_order[i]),
						zonerefs);
	zonerefs->zone = NULL;
	zonerefs->zone_idx = 0;
}

/* __GFP_THISNODE: this node's zones only */
static void build_thisnode_zonelists(pg_data_t *pgdat)
{
	struct zoneref *zonerefs;
	int nr_zones;

	zonerefs = pgdat->node_zonelists[ZONELIST_NOFALLBACK]._zonerefs;
	nr_zones = build_zonerefs_node(pgdat, zonerefs);
	zonerefs += nr_zones;
	zonerefs->zone = NULL;
	zonerefs->zone_idx = 0;
}

static void build_zonelists(pg_data_t *pgdat)
{
	int node_order[MAX_NUMNODES];
	unsigned long used_mask = 0;
	int node, nr_nodes = 0, local_node, prev_node;

	local_node = pgdat->node_id;
	prev_node = local_node;
	while ((node = find_next_best_node(local_node, &used_mask)) >= 0) {
		/* spread the next equally distant node round-robin */
		if (node_distance(local_node, node) !=
		    node_distance(local_node, prev_node))
			node_load[node] += 1;
		node_order[nr_nodes++] = node;
		prev_node = node;
	}
	build_zonelists_in_node_order(pgdat, node_order, nr_nodes);
	build_thisnode_zonelists(pgdat);

	pr_info("Fallback order for Node %d: ", local_node);
	for (node = 0; node < nr_nodes; node++)
		pr_cont("%d ", node_order[node]);
	pr_cont("\n");
}

/*
 * Pages above the high watermark in the zones at or below @offset, over
 * this CPU's node's fallback list (which reaches every node).
 */
static unsigned long nr_free_zone_pages(int offset)
{
	struct zonelist *zonelist = node_zonelist(numa_node_id(), GFP_KERNEL);
	unsigned long sum = 0;
	struct zoneref *z;
	struct zone *zone;

	for_each_zone_zonelist(zone, z, zonelist, offset) {
		unsigned long size = zone_managed_pages(zone);
		unsigned long high = high_wmark_pages(zone);

		if (size > high)
			sum += size - high;
	}
	return sum;
}

/* Pages in the zones GFP_USER may use, above their high watermarks. */
unsigned long nr_free_buffer_pages(void)
{
	return nr_free_zone_pages(gfp_zone(GFP_USER));
}

/*
 * Linux rebuilds one node's lists on memory hotplug; tinymm has no
 * hotplug, so @pgdat is ignored and every online node is built, as at
 * Linux's boot.
 */
void build_all_zonelists(pg_data_t *pgdat)
{
	unsigned long vm_total_pages;
	unsigned int nr_online_nodes = 0;
	int nid;

	memset(node_load, 0, sizeof(node_load));
	boot_pagesets_init();
	for_each_online_node(nid) {
		build_zonelists(NODE_DATA(nid));
		nr_online_nodes++;
	}

	vm_total_pages = nr_free_zone_pages(gfp_zone(GFP_HIGHUSER_MOVABLE));
	/*
	 * Too few pageblocks for grouping by mobility to keep them apart:
	 * turn it off (Linux's test, made once for the whole system).
	 */
	if (vm_total_pages < (pageblock_nr_pages * MIGRATE_TYPES))
		page_group_by_mobility_disabled = 1;
	else
		page_group_by_mobility_disabled = 0;

	pr_info("Built %u zonelists, mobility grouping %s.  Total pages: %ld\n",
		nr_online_nodes,
		page_group_by_mobility_disabled ? "off" : "on",
		(long)vm_total_pages);
}

/* =========================== the hand-over =========================== */

void __init memblock_free_pages(struct page *page, unsigned long pfn,
				unsigned int order)
{
	__free_pages_core(page, order);
}

/* [start, end) in the largest naturally aligned blocks, up to MAX_ORDER-1. */
static void __init __free_pages_memory(unsigned long start, unsigned long end)
{
	int order;

	while (start < end) {
		order = start ? min_t(unsigned long, MAX_ORDER - 1, __ffs(start))
			      : MAX_ORDER - 1;
		while (start + (1UL << order) > end)
			order--;
		memblock_free_pages(pfn_to_page(start), start, order);
		start += 1UL << order;
	}
}

static unsigned long __init __free_memory_core(phys_addr_t start,
					       phys_addr_t end)
{
	unsigned long start_pfn = PFN_UP(start);
	unsigned long end_pfn = min_t(unsigned long, PFN_DOWN(end),
				      max_low_pfn);

	if (start_pfn >= end_pfn)
		return 0;
	__free_pages_memory(start_pfn, end_pfn);
	return end_pfn - start_pfn;
}

/* Drop the estimates: from here managed counts what was really freed. */
static void __init reset_all_zones_managed_pages(void)
{
	struct zone *z;
	int nid;

	for_each_online_node(nid)
		for (z = NODE_DATA(nid)->node_zones;
		     z < NODE_DATA(nid)->node_zones + MAX_NR_ZONES; z++)
			atomic_long_set(&z->managed_pages, 0);
}

/*
 * Every free memblock range (memory minus reserved, NOMAP left out) to
 * the buddy allocator; from then on memblock allocations are a bug and
 * warn (tinymm's memblock_mark_handed_over()). Linux: mm/memblock.c,
 * memblock_free_all() + free_low_memory_core_early().
 */
void __init memblock_free_all(void)
{
	unsigned long count = 0;
	phys_addr_t start, end;
	u64 i;

	reset_all_zones_managed_pages();
	for_each_free_mem_range(i, NUMA_NO_NODE, MEMBLOCK_NONE, &start, &end,
				NULL)
		count += __free_memory_core(start, end);
	totalram += count;	/* Linux: totalram_pages_add(pages) */
	memblock_mark_handed_over();
}

/*
 * Linux: each architecture's mem_init(); arm64's is memblock_free_all()
 * plus swiotlb set-up, which tinymm lacks, so the generic part lives here
 * (where the host tests can call it too).
 */
void __init mem_init(void)
{
	memblock_free_all();
}

/* ============================ watermarks ============================ */

/*
 * min_free_kbytes = sqrt(lowmem_kbytes * 16): it grows with the square
 * root of memory (1 GB -> 4 MB, 4 GB -> 8 MB, 16 GB -> 16 MB).
 */
static void calculate_min_free_kbytes(void)
{
	unsigned long lowmem_kbytes;
	int new_min_free_kbytes;

	lowmem_kbytes = nr_free_buffer_pages() * (PAGE_SIZE >> 10);
	new_min_free_kbytes = int_sqrt(lowmem_kbytes * 16);

	if (new_min_free_kbytes > user_min_free_kbytes)
		min_free_kbytes = clamp(new_min_free_kbytes, 128,
					MIN_FREE_KBYTES_MAX);
	else
		pr_warn("min_free_kbytes is not updated to %d because user defined value %d is preferred\n",
			new_min_free_kbytes, user_min_free_kbytes);
}

/* Per node: the largest reserve of each zone plus its high watermark. */
void calculate_totalreserve_pages(void)
{
	struct pglist_data *pgdat;
	unsigned long reserve_pages = 0;
	enum zone_type i, j;
	int nid;

	for_each_online_node(nid) {
		pgdat = NODE_DATA(nid);
		pgdat->totalreserve_pages = 0;
		for (i = 0; i < MAX_NR_ZONES; i++) {
			struct zone *zone = pgdat->node_zones + i;
			unsigned long managed_pages = zone_managed_pages(zone);
			long max = 0;

			for (j = i; j < MAX_NR_ZONES; j++)
				if (zone->lowmem_reserve[j] > max)
					max = zone->lowmem_reserve[j];
			/* the high watermark counts as reserved */
			max += high_wmark_pages(zone);
			if (max > (long)managed_pages)
				max = managed_pages;
			pgdat->totalreserve_pages += max;
			reserve_pages += max;
		}
	}
	totalreserve_pages = reserve_pages;
}

/*
 * zone i keeps lowmem_reserve[j] pages from allocations that could have
 * used zone j > i: (managed pages of zones i+1..j) / ratio[i]. A worked
 * example, zones of 2048/16384/65536 pages with ratios 256/32: 64, 320
 * for the lowest zone, 2048 for the middle one.
 */
void setup_per_zone_lowmem_reserve(void)
{
	struct pglist_data *pgdat;
	enum zone_type i, j;
	int nid;

	for_each_online_node(nid) {
		pgdat = NODE_DATA(nid);
		for (i = 0; i < MAX_NR_ZONES - 1; i++) {
			struct zone *zone = &pgdat->node_zones[i];
			int ratio = sysctl_lowmem_reserve_ratio[i];
			bool clear = !ratio || !zone_managed_pages(zone);
			unsigned long managed_pages = 0;

			for (j = i + 1; j < MAX_NR_ZONES; j++) {
				struct zone *upper_zone = &pgdat->node_zones[j];

				managed_pages += zone_managed_pages(upper_zone);
				if (clear)
					zone->lowmem_reserve[j] = 0;
				else
					zone->lowmem_reserve[j] =
						managed_pages / ratio;
			}
		}
	}
	calculate_totalreserve_pages();
}

/*
 * min: min_free_kbytes shared out in proportion to managed pages.
 * low and high: min plus one and two gaps of
 * max(min/4, managed * watermark_scale_factor / 10000).
 */
static void __setup_per_zone_wmarks(void)
{
	unsigned long pages_min = min_free_kbytes >> (PAGE_SHIFT - 10);
	unsigned long lowmem_pages = 0;
	struct zone *zone;
	unsigned long flags;

	/*
	 * v5.19 gives a capped minimum only to ZONE_HIGHMEM,
	 * which 64-bit arm64 doesn't have: every zone, Movable included,
	 * gets its share. (From v6.1 Linux caps ZONE_MOVABLE's minimum too.)
	 */
	for_each_zone(zone)
		lowmem_pages += zone_managed_pages(zone);

	for_each_zone(zone) {
		u64 tmp;

		spin_lock_irqsave(&zone->lock, flags);
		tmp = (u64)pages_min * zone_managed_pages(zone);
		tmp = lowmem_pages ? tmp / lowmem_pages : 0;
		zone->_watermark[WMARK_MIN] = tmp;

		tmp = max_t(u64, tmp >> 2,
			    mult_frac(zone_managed_pages(zone),
				      watermark_scale_factor, 10000));

		zone->watermark_boost = 0;
		zone->_watermark[WMARK_LOW] = min_wmark_pages(zone) + tmp;
		zone->_watermark[WMARK_HIGH] = min_wmark_pages(zone) + tmp * 2;
		spin_unlock_irqrestore(&zone->lock, flags);
	}

	calculate_totalreserve_pages();
}

/*
 * The watermarks from min_free_kbytes; then the per-CPU lists, whose high
 * mark is the low watermark, are re-sized (Linux: zone_pcp_update()).
 */
void setup_per_zone_wmarks(void)
{
	static DEFINE_SPINLOCK(lock);
	struct zone *zone;

	spin_lock(&lock);
	__setup_per_zone_wmarks();
	spin_unlock(&lock);

	for_each_zone(zone)
		zone_pcp_update(zone, 0);
}

/*
 * Linux runs this as a postcore_initcall, after start_kernel() has set up
 * the per-CPU lists; start_kernel() calls it at that point. A
 * min_free_kbytes= boot parameter is then applied as Linux applies
 * sysctl.vm.min_free_kbytes= after the initcalls: it becomes the user's
 * value (kept by later recalculations unless they compute more).
 */
void __init init_per_zone_wmark_min(void)
{
	calculate_min_free_kbytes();
	setup_per_zone_wmarks();
	refresh_zone_stat_thresholds();
	setup_per_zone_lowmem_reserve();

	if (boot_min_free_kbytes >= 0) {
		min_free_kbytes = user_min_free_kbytes = boot_min_free_kbytes;
		boot_min_free_kbytes = -1;
		setup_per_zone_wmarks();
	}
}
