// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/zone_kunit.c - nodes, zones and struct pages as the booted
 * kernel built them from the device tree's memory: sizes that add up,
 * DMA32 below 4 GiB and Normal above (with -m 5G), the zonelist order,
 * watermarks equal to v5.19's formulas, and the pfn/page/address
 * conversions over every zone.
 * Linux counterpart: none in-tree (mm_init has a debug check,
 * mminit_verify_zonelist(), for part of this). The same formulas are
 * tested on made-up memory sizes on the host: tests/host/watermark_test.c.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/gfp.h>
#include <linux/memblock.h>
#include <linux/sizes.h>
#include "../expect_math.h"
#include <kunit/test.h>
#include "internal.h"
#include <tinymm/test_hooks.h>

#define FOUR_GIB_PFN	(SZ_4G >> PAGE_SHIFT)

#define for_each_test_zone(nid, zt, zone)				\
	for_each_online_node(nid)					\
		for (zt = 0; zt < MAX_NR_ZONES; zt++)			\
			if (!populated_zone(zone = &NODE_DATA(nid)->node_zones[zt])) \
				;					\
			else

/*
 * Each node's zones lie inside the node, in order, without overlap;
 * spanned >= present >= managed; present pages add up to memblock's RAM
 * and managed pages to totalram_pages().
 */
static void zones_sizes_consistent(struct kunit *test)
{
	unsigned long present = 0, managed = 0, node_present;
	struct zone *zone;
	int nid, zt;

	for_each_online_node(nid) {
		pg_data_t *pgdat = NODE_DATA(nid);
		unsigned long prev_end = pgdat->node_start_pfn;

		node_present = 0;
		KUNIT_EXPECT_EQ(test, pgdat->node_id, nid);
		for (zt = 0; zt < MAX_NR_ZONES; zt++) {
			zone = &pgdat->node_zones[zt];
			if (!populated_zone(zone))
				continue;
			KUNIT_EXPECT_PTR_EQ(test, zone->zone_pgdat, pgdat);
			KUNIT_EXPECT_EQ(test, zone->node, nid);
			KUNIT_EXPECT_GE(test, zone->zone_start_pfn, prev_end);
			KUNIT_EXPECT_LE(test, zone_end_pfn(zone), pgdat_end_pfn(pgdat));
			KUNIT_EXPECT_GE(test, zone->spanned_pages, zone->present_pages);
			KUNIT_EXPECT_GE(test, zone->present_pages,
					zone_managed_pages(zone));
			KUNIT_EXPECT_GT(test, zone_managed_pages(zone), 0);
			prev_end = zone_end_pfn(zone);
			node_present += zone->present_pages;
			managed += zone_managed_pages(zone);
		}
		KUNIT_EXPECT_EQ(test, pgdat->node_present_pages, node_present);
		present += node_present;
	}
	KUNIT_EXPECT_EQ(test, present, memblock_phys_mem_size() >> PAGE_SHIFT);
	KUNIT_EXPECT_EQ(test, managed, totalram_pages());
	/* memblock kept the kernel, the DTB, page tables and the memmap */
	KUNIT_EXPECT_LT(test, managed, present);
	KUNIT_EXPECT_GE(test, managed, present - present / 8);
	/* no zone straddles 4 GiB */
	for_each_test_zone(nid, zt, zone)
		KUNIT_EXPECT_TRUE(test, zone_end_pfn(zone) <= FOUR_GIB_PFN ||
				  zone->zone_start_pfn >= FOUR_GIB_PFN);
}

/*
 * DMA32 ends at 4 GiB. With more RAM than fits below it (-m 5G) Normal
 * holds the rest; GFP_DMA32 pages always come from below 4 GiB, and
 * GFP_KERNEL ones from Normal first.
 */
static void zones_dma32_below_4g(struct kunit *test)
{
	struct zone *dma32 = &NODE_DATA(0)->node_zones[ZONE_DMA32];
	struct zone *normal = &NODE_DATA(0)->node_zones[ZONE_NORMAL];
	LIST_HEAD(pages);
	struct page *page, *next;
	int i, n = 0, bad = 0;

	KUNIT_ASSERT_TRUE(test, populated_zone(dma32));
	KUNIT_EXPECT_LE(test, zone_end_pfn(dma32), FOUR_GIB_PFN);
	for (i = 0; i < 3000; i++) {
		unsigned int order = i % 10 == 9 ? 4 : 0;

		page = alloc_pages(GFP_DMA32 | GFP_KERNEL | __GFP_NOWARN, order);
		if (!page)
			break;
		page->private = order;
		list_add(&page->lru, &pages);
		n++;
		if (page_to_phys(page) + (PAGE_SIZE << order) > SZ_4G ||
		    page_zonenum(page) != ZONE_DMA32)
			bad++;
	}
	KUNIT_EXPECT_EQ(test, n, 3000);
	KUNIT_EXPECT_EQ(test, bad, 0);
	list_for_each_entry_safe(page, next, &pages, lru) {
		unsigned int order = page->private;

		list_del(&page->lru);
		page->private = 0;
		__free_pages(page, order);
	}

	if (max_pfn <= FOUR_GIB_PFN)
		kunit_skip(test, "all RAM is below 4 GiB: no ZONE_NORMAL (boot with -m 5G)");
	KUNIT_ASSERT_TRUE(test, populated_zone(normal));
	KUNIT_EXPECT_EQ(test, normal->zone_start_pfn, FOUR_GIB_PFN);
	KUNIT_EXPECT_EQ(test, zone_end_pfn(dma32), FOUR_GIB_PFN);
	page = alloc_page(GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_EQ(test, page_zonenum(page), ZONE_NORMAL);
	KUNIT_EXPECT_GE(test, page_to_phys(page), SZ_4G);
	__free_page(page);
}

/*
 * The fallback list: this node's zones from the highest down, then the
 * other nodes'; an allocation stops at its highest usable zone.
 */
static void zones_zonelist_order(struct kunit *test)
{
	struct zonelist *zl = node_zonelist(0, GFP_KERNEL);
	int prev_idx = MAX_NR_ZONES, local = 0, listed = 0, populated = 0;
	int node0 = 0, nid, zt;
	struct zoneref *z;
	struct zone *zone;

	for_each_test_zone(nid, zt, zone) {
		populated++;
		node0 += nid == 0;
	}
	/* node 0's own zones come first, highest zone first */
	for (z = zl->_zonerefs; z->zone && z->zone->node == 0; z++) {
		KUNIT_EXPECT_LT(test, z->zone_idx, prev_idx);
		KUNIT_EXPECT_EQ(test, zone_idx(z->zone), z->zone_idx);
		prev_idx = z->zone_idx;
		local++;
	}
	KUNIT_EXPECT_EQ(test, local, node0);
	/* then every other node's populated zones, each once */
	for (z = zl->_zonerefs; z->zone; z++)
		listed++;
	KUNIT_EXPECT_EQ(test, listed, populated);

	zone = first_zones_zonelist(zl, ZONE_DMA32)->zone;
	KUNIT_ASSERT_NOT_NULL(test, zone);
	KUNIT_EXPECT_EQ(test, zone_idx(zone), ZONE_DMA32);
	if (populated_zone(&NODE_DATA(0)->node_zones[ZONE_NORMAL]))
		KUNIT_EXPECT_PTR_EQ(test, zl->_zonerefs[0].zone,
				    &NODE_DATA(0)->node_zones[ZONE_NORMAL]);
}

/*
 * On the memory this kernel booted with: min_free_kbytes =
 * clamp(int_sqrt(lowmem_kbytes * 16), 128, 65536), each zone's min its
 * share by managed pages, low/high one and two gaps of
 * max(min / 4, managed * watermark_scale_factor / 10000) above it.
 */
static void zones_watermarks_formula(struct kunit *test)
{
	unsigned long lowmem = 0, all = 0, pages_min;
	struct zone *zone;
	int nid, zt;

	for_each_test_zone(nid, zt, zone) {
		if (zt <= ZONE_NORMAL)
			lowmem += zone_managed_pages(zone);
		all += zone_managed_pages(zone);
	}
	if (user_min_free_kbytes < 0)
		KUNIT_EXPECT_EQ(test, min_free_kbytes,
				clamp((long)isqrt(lowmem * 4 * 16), 128L, 65536L));
	pages_min = min_free_kbytes >> (PAGE_SHIFT - 10);
	for_each_test_zone(nid, zt, zone) {
		unsigned long m = zone_managed_pages(zone);
		unsigned long min = (u64)pages_min * m / all;
		unsigned long gap = max(min / 4, m / 10000 * watermark_scale_factor +
					m % 10000 * watermark_scale_factor / 10000);

		KUNIT_EXPECT_EQ(test, zone->_watermark[WMARK_MIN], min);
		KUNIT_EXPECT_EQ(test, zone->_watermark[WMARK_LOW], min + gap);
		KUNIT_EXPECT_EQ(test, zone->_watermark[WMARK_HIGH], min + 2 * gap);
		KUNIT_EXPECT_LT(test, high_wmark_pages(zone), m / 10);
		if (zt < ZONE_NORMAL &&
		    populated_zone(&NODE_DATA(nid)->node_zones[ZONE_NORMAL]))
			KUNIT_EXPECT_EQ(test, zone->lowmem_reserve[ZONE_NORMAL],
					zone_managed_pages(&NODE_DATA(nid)->node_zones[ZONE_NORMAL]) /
					sysctl_lowmem_reserve_ratio[zt]);
		kunit_info(test, "node %d %s: managed %lu min %lu low %lu high %lu batch %d high %d",
			   nid, zone->name, m, zone->_watermark[WMARK_MIN],
			   zone->_watermark[WMARK_LOW], zone->_watermark[WMARK_HIGH],
			   this_cpu_ptr(zone->per_cpu_pageset)->batch,
			   this_cpu_ptr(zone->per_cpu_pageset)->high);
	}
}

/* One struct page per 4 KB: at most 64 bytes (1.6% of RAM). */
static void zones_struct_page_size(struct kunit *test)
{
	KUNIT_EXPECT_LE(test, sizeof(struct page), 64);
	KUNIT_EXPECT_EQ(test, sizeof(struct page) % sizeof(long), 0);
}

/* pfn -> page -> pfn, page -> address -> page, zone and node from flags */
static bool pfn_roundtrip_ok(struct kunit *test, struct zone *zone,
			     unsigned long pfn)
{
	struct page *page = pfn_to_page(pfn);
	void *addr = page_address(page);

	if (pfn_valid(pfn) && page_to_pfn(page) == pfn &&
	    virt_to_page(addr) == page && virt_to_pfn(addr) == pfn &&
	    page_to_virt(page) == addr && page_to_phys(page) == PFN_PHYS(pfn) &&
	    page_zone(page) == zone && page_to_nid(page) == zone->node)
		return true;
	KUNIT_FAIL(test, "pfn %#lx: page %p -> pfn %#lx, addr %p -> page %p, zone %s node %d",
		   pfn, page, page_to_pfn(page), addr, virt_to_page(addr),
		   page_zone(page)->name, page_to_nid(page));
	return false;
}

/* At 4096 points of every zone, and its first and last page. */
static void zones_pfn_page_roundtrip(struct kunit *test)
{
	struct zone *zone;
	int nid, zt, bad = 0, n = 0;

	for_each_test_zone(nid, zt, zone) {
		unsigned long step = max(1UL, zone->spanned_pages / 4096), pfn;

		for (pfn = zone->zone_start_pfn; pfn < zone_end_pfn(zone) && bad < 5;
		     pfn += step, n++)
			bad += !pfn_roundtrip_ok(test, zone, pfn);
		bad += !pfn_roundtrip_ok(test, zone, zone_end_pfn(zone) - 1);
	}
	KUNIT_EXPECT_EQ(test, bad, 0);
	KUNIT_EXPECT_GE(test, n, 4096);
	KUNIT_EXPECT_FALSE(test, pfn_valid(mem_map_pfn_offset + max_mapnr));
	KUNIT_EXPECT_FALSE(test, pfn_valid(mem_map_pfn_offset - 1));
}

/* Free counters: each zone's NR_FREE_PAGES sums to nr_free_pages_exact(). */
static void zones_free_counters(struct kunit *test)
{
	unsigned long sum = 0;
	struct sysinfo si;
	struct zone *zone;
	int nid, zt, o;

	drain_all_pages(NULL);
	for_each_test_zone(nid, zt, zone) {
		unsigned long pages = 0;

		for (o = 0; o < MAX_ORDER; o++)
			pages += zone->free_area[o].nr_free << o;
		KUNIT_EXPECT_EQ(test, zone_page_state_snapshot(zone, NR_FREE_PAGES), pages);
		KUNIT_EXPECT_LE(test, pages, zone_managed_pages(zone));
		sum += pages;
	}
	KUNIT_EXPECT_EQ(test, nr_free_pages_exact(), sum);
	si_meminfo(&si);
	KUNIT_EXPECT_EQ(test, si.totalram, totalram_pages());
	KUNIT_EXPECT_EQ(test, si.freeram, sum);
	KUNIT_EXPECT_EQ(test, si.mem_unit, PAGE_SIZE);
}

static struct kunit_case zone_cases[] = {
	KUNIT_CASE(zones_sizes_consistent),
	KUNIT_CASE(zones_dma32_below_4g),
	KUNIT_CASE(zones_zonelist_order),
	KUNIT_CASE(zones_watermarks_formula),
	KUNIT_CASE(zones_struct_page_size),
	KUNIT_CASE(zones_pfn_page_roundtrip),
	KUNIT_CASE(zones_free_counters),
	{}
};

static struct kunit_suite zone_suite = {
	.name = "zones",
	.test_cases = zone_cases,
};
kunit_test_suite(zone_suite);
