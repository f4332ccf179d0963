// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/mm_host.c - a host "machine" for the page allocator's tests:
 * boot the real mm/ code over an arena standing for physical memory, track
 * what the tests allocate, and check every invariant of the buddy
 * allocator's state against that tracking.
 *
 * The boot does what arm64 Linux does between memblock and the first
 * alloc_pages(): the arch part (nodes from memblock, zone limits:
 * arch/arm64/mm/init.c zone_sizes_init) and then, in start_kernel()'s
 * order, free_area_init(), build_all_zonelists(), mem_init() ->
 * memblock_free_all(), setup_per_cpu_pageset(), and the core_initcall
 * init_per_zone_wmark_min(). Boot parameters are applied by setting the
 * variables their handlers set (the host binary has no .init.setup walker).
 *
 * Linux has no host harness for the page allocator (its tests run in a
 * kernel); tools/testing/memblock is the model for resetting global state
 * between cases.
 */
#include <stdlib.h>
#include <string.h>
#include <linux/kernel.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/jiffies.h>
#include <linux/gfp.h>
#include <linux/sizes.h>
#include <kunit/test.h>
#include <linux/smp.h>
#include <linux/percpu.h>
#include <linux/topology.h>
#include <asm/page.h>
#include "internal.h"
#include "mm_host.h"
#include "host.h"

/* Per-pfn bookkeeping over the whole arena. */
static unsigned long arena_pfn, arena_pages;
static u8 *hm_order;	/* order + 1 at the head of each tracked block */
static u8 *hm_leak;	/* order + 1 at the head of each leaked block */
static u8 *hm_state;	/* checker scratch: what claimed each page */
static unsigned long hm_tracked_pages;

enum { ST_NONE, ST_FREE, ST_PCP, ST_ALLOC, ST_LEAK };
static const char *const st_names[] = {
	"nothing", "a free block", "a pcp list", "an allocation", "a leak",
};

/* Tunables as the program started: every boot starts from them. */
static bool defaults_saved;
static int def_min_free_kbytes, def_user_min_free_kbytes;
static int def_watermark_scale_factor, def_watermark_boost_factor;
static int def_lowmem_reserve_ratio[MAX_NR_ZONES];

static void save_or_restore_tunables(void)
{
	if (!defaults_saved) {
		def_min_free_kbytes = min_free_kbytes;
		def_user_min_free_kbytes = user_min_free_kbytes;
		def_watermark_scale_factor = watermark_scale_factor;
		def_watermark_boost_factor = watermark_boost_factor;
		memcpy(def_lowmem_reserve_ratio, sysctl_lowmem_reserve_ratio,
		       sizeof(def_lowmem_reserve_ratio));
		defaults_saved = true;
		return;
	}
	min_free_kbytes = def_min_free_kbytes;
	user_min_free_kbytes = def_user_min_free_kbytes;
	watermark_scale_factor = def_watermark_scale_factor;
	watermark_boost_factor = def_watermark_boost_factor;
	memcpy(sysctl_lowmem_reserve_ratio, def_lowmem_reserve_ratio,
	       sizeof(def_lowmem_reserve_ratio));
}

static bool pfn_in_arena(unsigned long pfn)
{
	return pfn >= arena_pfn && pfn - arena_pfn < arena_pages;
}

static unsigned long idx(unsigned long pfn)
{
	return pfn - arena_pfn;
}

/* ---- boot and teardown ---- */

/* arm64's max_zone_phys() (arch/arm64/mm/init.c), for DMA32 */
static phys_addr_t host_max_zone_phys(unsigned int zone_bits)
{
	phys_addr_t zone_mask = (1ULL << zone_bits) - 1;
	phys_addr_t phys_start = memblock_start_of_DRAM();

	if (phys_start > U32_MAX)
		zone_mask = PHYS_ADDR_MAX;
	else if (phys_start > zone_mask)
		zone_mask = U32_MAX;
	return min(zone_mask, memblock_end_of_DRAM() - 1) + 1;
}

/*
 * arm64's bootmem_init() -> zone_sizes_init(): ZONE_DMA32 ends at 4 GiB
 * (or at the end of RAM), ZONE_NORMAL at max_pfn; ZONE_MOVABLE's entry
 * stays 0, free_area_init() carves it out when movablecore= asks.
 */
/*
 * What boot_cpu_init(), smp_init_cpus() and setup_nr_cpu_ids() leave
 * for a device tree of @nr CPUs without numa-node-id: CPUs 0..nr-1
 * possible and on node 0, only CPU 0 online.
 */
static void host_init_cpus(unsigned int nr)
{
	unsigned int cpu;

	cpumask_clear(&__cpu_possible_mask);
	cpumask_clear(&__cpu_present_mask);
	cpumask_clear(&__cpu_online_mask);
	cpumask_clear(&__cpu_active_mask);
	boot_cpu_init();
	for (cpu = 0; cpu < NR_CPUS; cpu++) {
		early_map_cpu_to_node(cpu, 0);
		cpumask_clear_cpu(cpu, &node_to_cpumask_map[0]);
	}
	for (cpu = 0; cpu < nr && cpu < NR_CPUS; cpu++) {
		set_cpu_possible(cpu, true);
		early_map_cpu_to_node(cpu, 0);
	}
	setup_nr_cpu_ids();
}

static void host_bootmem_init(void)
{
	unsigned long max_zone_pfns[MAX_NR_ZONES] = { 0 };
	unsigned long min = PFN_UP(memblock_start_of_DRAM());
	unsigned long max = PFN_DOWN(memblock_end_of_DRAM());

	max_pfn = max_low_pfn = max;
	min_low_pfn = min;
	max_zone_pfns[ZONE_DMA32] = PFN_DOWN(host_max_zone_phys(32));
	max_zone_pfns[ZONE_NORMAL] = max;
	free_area_init(max_zone_pfns);
}

int host_mm_boot(phys_addr_t base, u64 size, const struct host_mm_opts *opts)
{
	static const struct host_mm_opts none;
	unsigned int cpu;
	int i;

	if (!opts)
		opts = &none;
	host_mm_teardown();
	save_or_restore_tunables();
	/* a new machine, later: no rate-limit window of the last one is open */
	jiffies += 60 * HZ;

	__memblock_reset();
	host_mem_init(base, size);
	arena_pfn = PFN_DOWN(base);
	arena_pages = size >> PAGE_SHIFT;
	hm_order = calloc(arena_pages, 1);
	hm_leak = calloc(arena_pages, 1);
	hm_state = calloc(arena_pages, 1);
	if (!hm_order || !hm_leak || !hm_state)
		abort();

	/* the arch part: memory, nodes, reservations (setup_arch) */
	if (opts->nr_nodes) {
		for (i = 0; i < opts->nr_nodes; i++)
			memblock_add_node(opts->nodes[i].base, opts->nodes[i].size,
					  opts->nodes[i].nid, MEMBLOCK_NONE);
	} else {
		memblock_add(base, size);
		/* arm64 numa_init() without NUMA information: all node 0 */
		memblock_set_node(0, PHYS_ADDR_MAX, &memblock.memory, 0);
	}
	for (i = 0; i < opts->nr_holes; i++)
		memblock_remove(opts->holes[i].base, opts->holes[i].size);
	for (i = 0; i < opts->nr_reserved; i++)
		memblock_reserve(opts->reserved[i].base, opts->reserved[i].size);
	for (i = 0; i < (int)memblock.memory.cnt; i++)
		node_set_online(memblock.memory.regions[i].nid);
	/* the end of paging_init(): the region arrays may grow from here */
	memblock_allow_resize();

	/* boot parameters */
	movablecore_pages = opts->movablecore_pages;
	page_poisoning_enabled = opts->page_poison;
	init_on_alloc = opts->init_on_alloc;
	init_on_free = opts->init_on_free;
	host_init_cpus(opts->nr_cpus ? opts->nr_cpus : 1);

	/* setup_arch() -> bootmem_init() */
	host_bootmem_init();
	/* start_kernel(), in its order */
	setup_per_cpu_areas();
	smp_prepare_boot_cpu();
	for_each_possible_cpu(cpu)	/* smp_prepare_cpus() */
		per_cpu(cpu_number, cpu) = cpu;
	build_all_zonelists(NULL);
	mem_init();
	setup_per_cpu_pageset();
	init_per_zone_wmark_min();	/* postcore_initcall */
	/*
	 * min_free_kbytes=: what init_per_zone_wmark_min() does with the
	 * value the early_param handler saved (mm/mm_init.c)
	 */
	if (opts->user_min_free_kbytes) {
		min_free_kbytes = user_min_free_kbytes =
			opts->user_min_free_kbytes;
		setup_per_zone_wmarks();
	}
	return 0;
}

void host_mm_teardown(void)
{
	/* free_area_init() re-initialises node_data[]; nothing is online */
	node_online_map = 0;
	mem_map = NULL;
	max_mapnr = 0;
	page_group_by_mobility_disabled = 0;
	page_poisoning_enabled = false;
	init_on_alloc = init_on_free = false;
	movablecore_pages = 0;
	totalreserve_pages = 0;
	/* the units lie in the arena: back to the template */
	memset(__per_cpu_offset, 0, sizeof(__per_cpu_offset));
	set_my_cpu_offset(0);
	__memblock_reset();
	host_mem_exit();
	free(hm_order);
	free(hm_leak);
	free(hm_state);
	hm_order = hm_leak = hm_state = NULL;
	arena_pfn = arena_pages = 0;
	hm_tracked_pages = 0;
}

/* ---- zones ---- */

int host_mm_nr_zones(void)
{
	int nid, z, n = 0;

	for_each_online_node(nid)
		for (z = 0; z < MAX_NR_ZONES; z++)
			n += populated_zone(&NODE_DATA(nid)->node_zones[z]);
	return n;
}

struct zone *host_mm_zone(int i)
{
	int nid, z;

	for_each_online_node(nid)
		for (z = 0; z < MAX_NR_ZONES; z++) {
			struct zone *zone = &NODE_DATA(nid)->node_zones[z];

			if (populated_zone(zone) && i-- == 0)
				return zone;
		}
	return NULL;
}

struct zone *host_mm_zone_of(enum zone_type type)
{
	struct zone *zone = &NODE_DATA(first_online_node)->node_zones[type];

	return populated_zone(zone) ? zone : NULL;
}

unsigned long host_mm_pcp_count(struct zone *zone)
{
	unsigned long n = 0;
	unsigned int cpu;

	for_each_possible_cpu(cpu)
		n += per_cpu_ptr(zone->per_cpu_pageset, cpu)->count;
	return n;
}

void host_mm_no_watermarks(void)
{
	int i, n = host_mm_nr_zones();

	for (i = 0; i < n; i++) {
		struct zone *zone = host_mm_zone(i);

		memset(zone->_watermark, 0, sizeof(zone->_watermark));
		memset(zone->lowmem_reserve, 0, sizeof(zone->lowmem_reserve));
		zone->watermark_boost = 0;
	}
	watermark_boost_factor = 0;
}

/* ---- tracking ---- */

void host_mm_track(struct page *page, unsigned int order)
{
	unsigned long pfn = page_to_pfn(page);

	if (!pfn_in_arena(pfn) || hm_order[idx(pfn)])
		abort();	/* a test bug, or the same block handed out twice */
	hm_order[idx(pfn)] = order + 1;
	hm_tracked_pages += 1UL << order;
}

int host_mm_untrack(struct page *page)
{
	unsigned long pfn = page_to_pfn(page);
	int order;

	if (!pfn_in_arena(pfn) || !hm_order[idx(pfn)])
		return -1;
	order = hm_order[idx(pfn)] - 1;
	hm_order[idx(pfn)] = 0;
	hm_tracked_pages -= 1UL << order;
	return order;
}

int host_mm_tracked_order(unsigned long pfn)
{
	if (!pfn_in_arena(pfn))
		return -1;
	return (int)hm_order[idx(pfn)] - 1;
}

void host_mm_leak(struct page *page, unsigned int order)
{
	unsigned long pfn = page_to_pfn(page);

	if (pfn_in_arena(pfn))
		hm_leak[idx(pfn)] = order + 1;
}

unsigned long host_mm_nr_tracked_pages(void)
{
	return hm_tracked_pages;
}

struct page *hm_alloc(gfp_t gfp, unsigned int order)
{
	struct page *page = alloc_pages(gfp, order);

	if (page)
		host_mm_track(page, order);
	return page;
}

void hm_free(struct page *page)
{
	int order = host_mm_untrack(page);

	if (order < 0)
		abort();
	__free_pages(page, order);
}

unsigned long hm_free_range(unsigned long pfn, unsigned long nr)
{
	unsigned long p, freed = 0;

	for (p = pfn; p < pfn + nr; p++) {
		int order = host_mm_tracked_order(p);

		if (order < 0)
			continue;
		hm_free(pfn_to_page(p));
		freed += 1UL << order;
	}
	return freed;
}

void hm_free_all(void)
{
	unsigned long i;

	for (i = 0; i < arena_pages; i++)
		if (hm_order[i])
			hm_free(pfn_to_page(arena_pfn + i));
	drain_all_pages(NULL);
}

unsigned long hm_grab_all(unsigned int max_order)
{
	const gfp_t gfp = GFP_HIGHUSER_MOVABLE | __GFP_MEMALLOC |
			  __GFP_NOWARN | __GFP_NORETRY;
	unsigned long taken = 0;
	int order;

	for (order = max_order; order >= 0; order--)
		while (hm_alloc(gfp, order))
			taken += 1UL << order;
	return taken;
}

/* ---- free-list helpers ---- */

unsigned long hm_list_len(struct zone *zone, unsigned int order, int mt)
{
	struct list_head *head = &zone->free_area[order].free_list[mt];
	struct list_head *pos;
	unsigned long n = 0;

	for (pos = head->next; pos != head && n <= arena_pages; pos = pos->next)
		n++;
	return n;
}

bool hm_on_free_list(struct zone *zone, unsigned long pfn, unsigned int order,
		     int mt)
{
	struct list_head *head = &zone->free_area[order].free_list[mt];
	struct page *page;

	list_for_each_entry(page, head, lru)
		if (page_to_pfn(page) == pfn)
			return true;
	return false;
}

/* ---- snapshots ---- */

void host_mm_snapshot(struct host_mm_snap *s)
{
	int i, o, mt;

	memset(s, 0, sizeof(*s));
	s->nr_zones = host_mm_nr_zones();
	for (i = 0; i < s->nr_zones; i++) {
		struct zone *zone = host_mm_zone(i);

		for (o = 0; o < MAX_ORDER; o++) {
			s->nr_free[i][o] = zone->free_area[o].nr_free;
			for (mt = 0; mt < MIGRATE_TYPES; mt++)
				s->nr_type[i][o][mt] = hm_list_len(zone, o, mt);
		}
		/* the zone's counter with every CPU's unfolded delta */
		s->free_pages[i] = zone_page_state_snapshot(zone, NR_FREE_PAGES);
		s->pcp_count[i] = host_mm_pcp_count(zone);
	}
}

bool host_mm_snap_equal(struct kunit *test, const struct host_mm_snap *a,
			const struct host_mm_snap *b, bool per_type)
{
	bool ok = a->nr_zones == b->nr_zones;
	int i, o, mt;

	if (!ok)
		KUNIT_FAIL(test, "zones: %d vs %d", a->nr_zones, b->nr_zones);
	for (i = 0; ok && i < a->nr_zones; i++) {
		const char *name = host_mm_zone(i)->name;

		if (a->free_pages[i] != b->free_pages[i] ||
		    a->pcp_count[i] != b->pcp_count[i]) {
			KUNIT_FAIL(test, "zone %s: free %ld vs %ld, pcp %ld vs %ld",
				   name, a->free_pages[i], b->free_pages[i],
				   a->pcp_count[i], b->pcp_count[i]);
			ok = false;
		}
		for (o = 0; o < MAX_ORDER; o++) {
			if (a->nr_free[i][o] != b->nr_free[i][o]) {
				KUNIT_FAIL(test, "zone %s order %d: nr_free %lu vs %lu",
					   name, o, a->nr_free[i][o],
					   b->nr_free[i][o]);
				ok = false;
			}
			for (mt = 0; per_type && mt < MIGRATE_TYPES; mt++)
				if (a->nr_type[i][o][mt] != b->nr_type[i][o][mt]) {
					KUNIT_FAIL(test, "zone %s order %d %s: %lu vs %lu",
						   name, o, migratetype_names[mt],
						   a->nr_type[i][o][mt],
						   b->nr_type[i][o][mt]);
					ok = false;
				}
		}
	}
	return ok;
}

/* ---- the invariant checker ---- */

struct check_ctx {
	struct kunit *test;
	int errors;
};

#define CHECK_MAX_REPORTS	12

#define check_fail(c, fmt, ...) do {					\
	if ((c)->errors++ < CHECK_MAX_REPORTS)				\
		KUNIT_FAIL((c)->test, "mm check: " fmt, ##__VA_ARGS__);	\
} while (0)

static bool page_ptr_ok(struct page *page)
{
	return page >= mem_map && page < mem_map + max_mapnr;
}

/* Claim [pfn, pfn + 2^order) for @st; complain about any double claim. */
static void claim(struct check_ctx *c, struct zone *zone, unsigned long pfn,
		  unsigned int order, int st)
{
	unsigned long i, n = 1UL << order;

	if (pfn < zone->zone_start_pfn || pfn + n > zone_end_pfn(zone) ||
	    !pfn_in_arena(pfn) || !pfn_in_arena(pfn + n - 1)) {
		check_fail(c, "%s pfn %#lx order %u outside zone %s [%#lx, %#lx)",
			   st_names[st], pfn, order, zone->name,
			   zone->zone_start_pfn, zone_end_pfn(zone));
		return;
	}
	for (i = 0; i < n; i++) {
		u8 *s = &hm_state[idx(pfn + i)];

		if (*s != ST_NONE) {
			check_fail(c, "pfn %#lx is in %s and in %s (block %#lx order %u)",
				   pfn + i, st_names[*s], st_names[st], pfn,
				   order);
			return;
		}
		*s = st;
	}
}

static unsigned long check_free_lists(struct check_ctx *c, struct zone *zone)
{
	unsigned long free_pages = 0;
	unsigned int order;
	int mt;

	for (order = 0; order < MAX_ORDER; order++) {
		unsigned long blocks = 0;

		for (mt = 0; mt < MIGRATE_TYPES; mt++) {
			struct list_head *head = &zone->free_area[order].free_list[mt];
			struct list_head *pos;
			unsigned long n = 0;

			for (pos = head->next; pos != head; pos = pos->next) {
				struct page *page = list_entry(pos, struct page, lru);
				unsigned long pfn, i;

				if (!page_ptr_ok(page) || ++n > zone->spanned_pages) {
					check_fail(c, "zone %s order %u %s: corrupt list",
						   zone->name, order,
						   migratetype_names[mt]);
					break;
				}
				pfn = page_to_pfn(page);
				if (!PageBuddy(page) || buddy_order(page) != order)
					check_fail(c, "pfn %#lx on free_area[%u] %s: PageBuddy %d order %u",
						   pfn, order, migratetype_names[mt],
						   PageBuddy(page), buddy_order(page));
				if (!IS_ALIGNED(pfn, 1UL << order))
					check_fail(c, "pfn %#lx on free_area[%u] not aligned",
						   pfn, order);
				if (page_zone(page) != zone)
					check_fail(c, "pfn %#lx on zone %s's list belongs to %s",
						   pfn, zone->name, page_zone(page)->name);
				if (page_ref_count(page) != 0)
					check_fail(c, "free pfn %#lx has refcount %d",
						   pfn, page_ref_count(page));
				/* only the head of a free block is marked */
				for (i = 1; i < (1UL << order) &&
				     pfn_in_arena(pfn + i); i++)
					if (PageBuddy(page + i)) {
						check_fail(c, "pfn %#lx inside free block %#lx order %u is PageBuddy",
							   pfn + i, pfn, order);
						break;
					}
				claim(c, zone, pfn, order, ST_FREE);
				blocks++;
				free_pages += 1UL << order;
			}
			/* tinymm isolates nothing */
			if (mt == MIGRATE_ISOLATE && n)
				check_fail(c, "zone %s: %lu blocks on the ISOLATE list",
					   zone->name, n);
		}
		if (blocks != zone->free_area[order].nr_free)
			check_fail(c, "zone %s order %u: nr_free %lu but %lu blocks listed",
				   zone->name, order,
				   zone->free_area[order].nr_free, blocks);
	}
	return free_pages;
}

static unsigned long check_pcp_lists(struct check_ctx *c, struct zone *zone)
{
	unsigned long total = 0;
	unsigned int cpu;

	for_each_possible_cpu(cpu) {
		struct per_cpu_pages *pcp = per_cpu_ptr(zone->per_cpu_pageset, cpu);
		long pages = 0;
		int pindex;

		for (pindex = 0; pindex < NR_PCP_LISTS; pindex++) {
			/* Linux's order_to_pindex(): MIGRATE_PCPTYPES * order + mt */
			unsigned int order = pindex / MIGRATE_PCPTYPES;
			struct list_head *head = &pcp->lists[pindex];
			struct list_head *pos;
			unsigned long n = 0;

			for (pos = head->next; pos != head; pos = pos->next) {
				struct page *page = list_entry(pos, struct page, lru);
				unsigned long pfn;

				if (!page_ptr_ok(page) || ++n > zone->spanned_pages) {
					check_fail(c, "zone %s cpu %u pcp list %d: corrupt",
						   zone->name, cpu, pindex);
					break;
				}
				pfn = page_to_pfn(page);
				if (PageBuddy(page) || page_ref_count(page) != 0)
					check_fail(c, "pcp pfn %#lx: PageBuddy %d refcount %d",
						   pfn, PageBuddy(page),
						   page_ref_count(page));
				if (!IS_ALIGNED(pfn, 1UL << order))
					check_fail(c, "pcp pfn %#lx order %u not aligned",
						   pfn, order);
				if (page_zone(page) != zone)
					check_fail(c, "pcp pfn %#lx of zone %s on %s's list",
						   pfn, page_zone(page)->name, zone->name);
				claim(c, zone, pfn, order, ST_PCP);
				pages += 1L << order;
			}
		}
		if (pages != pcp->count)
			check_fail(c, "zone %s cpu %u: pcp count %d but %ld pages listed",
				   zone->name, cpu, pcp->count, pages);
		total += pages;
	}
	return total;
}

static void check_zone(struct check_ctx *c, struct zone *zone)
{
	unsigned long start = zone->zone_start_pfn, end = zone_end_pfn(zone);
	unsigned long pfn, free_pages, pcp_pages, reserved = 0, used = 0;
	long nr_free_stat;

	if (start < arena_pfn || end > arena_pfn + arena_pages) {
		check_fail(c, "zone %s [%#lx, %#lx) outside the arena",
			   zone->name, start, end);
		return;
	}
	memset(hm_state + idx(start), ST_NONE, end - start);

	free_pages = check_free_lists(c, zone);
	nr_free_stat = zone_page_state_snapshot(zone, NR_FREE_PAGES);
	if (nr_free_stat != (long)free_pages)
		check_fail(c, "zone %s: NR_FREE_PAGES %ld but %lu pages on the free lists",
			   zone->name, nr_free_stat, free_pages);
	pcp_pages = check_pcp_lists(c, zone);

	for (pfn = start; pfn < end; pfn++) {
		unsigned int o;

		if (hm_order[idx(pfn)]) {
			o = hm_order[idx(pfn)] - 1;
			if (page_ref_count(pfn_to_page(pfn)) <= 0)
				check_fail(c, "allocated pfn %#lx order %u has refcount %d",
					   pfn, o, page_ref_count(pfn_to_page(pfn)));
			claim(c, zone, pfn, o, ST_ALLOC);
		}
		if (hm_leak[idx(pfn)])
			claim(c, zone, pfn, hm_leak[idx(pfn)] - 1, ST_LEAK);
	}
	for (pfn = start; pfn < end; pfn++) {
		struct page *page = pfn_to_page(pfn);
		u8 st = hm_state[idx(pfn)];

		if (st == ST_NONE) {
			if (!PageReserved(page))
				check_fail(c, "pfn %#lx of zone %s: not free, not on a pcp list, not allocated, not reserved (refcount %d flags %#lx)",
					   pfn, zone->name, page_ref_count(page),
					   page->flags);
			reserved++;
		} else {
			/* a leaked page may be one freed with PG_reserved set */
			if (PageReserved(page) && st != ST_LEAK)
				check_fail(c, "pfn %#lx is PG_reserved and in %s",
					   pfn, st_names[st]);
			if (st != ST_ALLOC && page_zone(page) != zone)
				check_fail(c, "pfn %#lx in zone %s's span has zone %s",
					   pfn, zone->name, page_zone(page)->name);
			used++;
		}
	}
	if (reserved != zone->spanned_pages - zone_managed_pages(zone))
		check_fail(c, "zone %s: %lu reserved pages, spanned %lu - managed %lu = %lu",
			   zone->name, reserved, zone->spanned_pages,
			   zone_managed_pages(zone),
			   zone->spanned_pages - zone_managed_pages(zone));
	(void)used;
	(void)pcp_pages;

	/* every pageblock has a valid type; nothing is isolated */
	for (pfn = round_down(start, pageblock_nr_pages); pfn < end;
	     pfn += pageblock_nr_pages) {
		unsigned long p = max(pfn, start);
		int mt = get_pageblock_migratetype(pfn_to_page(p));

		if (mt < 0 || mt >= MIGRATE_ISOLATE)
			check_fail(c, "pageblock at pfn %#lx has type %d", p, mt);
	}
}

bool host_mm_check(struct kunit *test)
{
	struct check_ctx c = { .test = test };
	int i, n = host_mm_nr_zones();

	for (i = 0; i < n; i++)
		check_zone(&c, host_mm_zone(i));
	if (c.errors > CHECK_MAX_REPORTS)
		KUNIT_FAIL(test, "mm check: %d more problems not shown",
			   c.errors - CHECK_MAX_REPORTS);
	return c.errors == 0;
}
