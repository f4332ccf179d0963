// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/page_alloc_test.c - the buddy allocator (mm/page_alloc.c and
 * the boot in mm/mm_init.c) on a host arena, with ASan and UBSan.
 * Linux counterpart: none in-tree (mm/page_alloc.c is exercised by
 * running kernels); the states and expectations are Linux v5.19's.
 *
 * Every case boots a fresh "machine" (tests/host/mm_host.c) and ends with
 * the invariant checker: each page is in exactly one free block, pcp list,
 * allocation, leak or reservation, and every counter equals its list.
 * Exact states are set up through the allocator itself: take everything
 * (hm_grab_all), then free precisely the blocks a case needs.
 *
 * Suites: buddy (split, merge, fallback, stealing, highatomic, compound,
 * zones, out of memory), pcp (per-CPU lists), bad_page (every bad-page
 * report, page poisoning, init_on_alloc/free), buddy_stress (a seeded
 * million-operation random workload).
 */
#include <string.h>
#include <stdlib.h>
#include <linux/kernel.h>
#include <linux/sizes.h>
#include <linux/mm.h>
#include <linux/gfp.h>
#include <linux/memblock.h>
#include <linux/ratelimit.h>
#include <linux/sched.h>
#include <kunit/test.h>
#include <asm/page.h>
#include "internal.h"
#include "mm_host.h"
#include "host.h"

/* 64 MB below 4 GiB: one zone, DMA32 (no NOFRAGMENT, no zone fallback) */
#define SMALL_BASE	((phys_addr_t)0x40000000)
#define SMALL_SIZE	((u64)SZ_64M)
/* 128 MB across 4 GiB: DMA32 and Normal, 64 MB each */
#define SPLIT_BASE	((phys_addr_t)0xFC000000)
#define SPLIT_SIZE	((u64)SZ_128M)

#define MOV	(GFP_HIGHUSER_MOVABLE | __GFP_NOWARN)
#define UNMOV	(GFP_KERNEL | __GFP_NOWARN)

static struct zone *zone0(void)
{
	return host_mm_zone(0);
}

static long free_pages_of(struct zone *zone)
{
	return zone_page_state_snapshot(zone, NR_FREE_PAGES);
}

static int pb_type(unsigned long pfn)
{
	return get_pageblock_migratetype(pfn_to_page(pfn));
}

static void set_pb_type(unsigned long pfn, int mt)
{
	set_pageblock_migratetype(pfn_to_page(pfn), mt);
}

/* Pages on every list of one migrate type, all orders. */
static unsigned long pages_on_type(struct zone *zone, int mt)
{
	unsigned long n = 0;
	int o;

	for (o = 0; o < MAX_ORDER; o++)
		n += hm_list_len(zone, o, mt) << o;
	return n;
}

/*
 * The @nth pageblock (from the zone start) made entirely of tracked
 * blocks of @order; 0 if there is none.
 */
static unsigned long tracked_pageblock(struct zone *zone, unsigned int order,
				       int nth)
{
	unsigned long pfn, off;

	for (pfn = round_up(zone->zone_start_pfn, pageblock_nr_pages);
	     pfn + pageblock_nr_pages <= zone_end_pfn(zone);
	     pfn += pageblock_nr_pages) {
		for (off = 0; off < pageblock_nr_pages; off += 1UL << order)
			if (host_mm_tracked_order(pfn + off) != (int)order)
				break;
		if (off == pageblock_nr_pages && nth-- == 0)
			return pfn;
	}
	return 0;
}

/* Free the tracked blocks at @pb + i * 2^order for the listed i. */
static void free_blocks_at(unsigned long pb, unsigned int order,
			   const int *idx, int n)
{
	int i;

	for (i = 0; i < n; i++)
		hm_free(pfn_to_page(pb + ((unsigned long)idx[i] << order)));
}

static bool log_has(const char *s)
{
	return strstr(host_log_text(), s) != NULL;
}

static int boot_small(struct kunit *test)
{
	host_log_clear();
	return host_mm_boot(SMALL_BASE, SMALL_SIZE, NULL);
}

static void mm_exit(struct kunit *test)
{
	host_mm_teardown();
}

/* ================================ buddy ================================ */

/*
 * After the hand-over every free page is in the largest naturally aligned
 * block memblock's free ranges allow, all MIGRATE_MOVABLE, and nothing
 * sits on a per-CPU list yet.
 */
static void buddy_boot_state(struct kunit *test)
{
	struct zone *zone = zone0();
	unsigned long expect[MAX_ORDER] = { 0 }, total = 0;
	phys_addr_t start, end;
	unsigned long pfn;
	u64 i;
	int o, mt;

	for_each_free_mem_range(i, NUMA_NO_NODE, MEMBLOCK_NONE, &start, &end,
				NULL) {
		unsigned long s = PFN_UP(start), e = PFN_DOWN(end);

		while (s < e) {
			o = min(MAX_ORDER - 1, (int)__ffs(s));
			while (s + (1UL << o) > e)
				o--;
			expect[o]++;
			total += 1UL << o;
			s += 1UL << o;
		}
	}
	for (o = 0; o < MAX_ORDER; o++)
		KUNIT_EXPECT_EQ(test, zone->free_area[o].nr_free, expect[o]);
	KUNIT_EXPECT_GT(test, expect[MAX_ORDER - 1], 10);
	KUNIT_EXPECT_EQ(test, free_pages_of(zone), total);
	KUNIT_EXPECT_EQ(test, zone_managed_pages(zone), total);
	KUNIT_EXPECT_EQ(test, totalram_pages(), total);
	KUNIT_EXPECT_EQ(test, host_mm_pcp_count(zone), 0);
	for (o = 0; o < MAX_ORDER; o++)
		for (mt = 0; mt < MIGRATE_TYPES; mt++)
			if (mt != MIGRATE_MOVABLE)
				KUNIT_EXPECT_EQ(test, hm_list_len(zone, o, mt), 0);
	for (pfn = zone->zone_start_pfn; pfn < zone_end_pfn(zone);
	     pfn += pageblock_nr_pages)
		KUNIT_EXPECT_EQ(test, pb_type(pfn), MIGRATE_MOVABLE);
	KUNIT_EXPECT_EQ(test, zone->nr_reserved_highatomic, 0);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/*
 * Only one free block, of order 8: an order-4 request splits it and
 * expand() leaves exactly one block of each order 4..7 - the upper halves.
 */
static void buddy_split_exact(struct kunit *test)
{
	struct zone *zone = zone0();
	struct page *page;
	unsigned long blk;
	int o;

	hm_grab_all(8);
	KUNIT_ASSERT_EQ(test, free_pages_of(zone), 0);
	blk = tracked_pageblock(zone, 8, 3);
	KUNIT_ASSERT_NE(test, blk, 0);
	hm_free(pfn_to_page(blk));
	host_mm_no_watermarks();
	for (o = 0; o < MAX_ORDER; o++)
		KUNIT_ASSERT_EQ(test, zone->free_area[o].nr_free, o == 8);

	page = hm_alloc(MOV, 4);
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_EQ(test, page_to_pfn(page), blk);
	for (o = 0; o < MAX_ORDER; o++)
		KUNIT_EXPECT_EQ(test, zone->free_area[o].nr_free,
				o >= 4 && o <= 7);
	for (o = 4; o <= 7; o++) {
		struct page *half = pfn_to_page(blk + (1UL << o));

		KUNIT_EXPECT_TRUE(test, PageBuddy(half));
		KUNIT_EXPECT_EQ(test, buddy_order(half), o);
		KUNIT_EXPECT_TRUE(test, hm_on_free_list(zone, blk + (1UL << o), o,
							MIGRATE_MOVABLE));
	}
	KUNIT_EXPECT_FALSE(test, PageBuddy(page));
	KUNIT_EXPECT_EQ(test, page_ref_count(page), 1);
	KUNIT_EXPECT_EQ(test, free_pages_of(zone), 256 - 16);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/*
 * Freeing a block whose buddy (pfn ^ 2^order) is free merges them, again
 * and again; a free neighbour that is not the buddy does not merge.
 */
static void buddy_merge_exact(struct kunit *test)
{
	struct zone *zone = zone0();
	unsigned long p;

	hm_grab_all(4);
	p = tracked_pageblock(zone, 4, 2);
	KUNIT_ASSERT_NE(test, p, 0);

	hm_free(pfn_to_page(p));			/* [p, p+16) */
	KUNIT_EXPECT_EQ(test, zone->free_area[4].nr_free, 1);
	hm_free(pfn_to_page(p + 32));			/* not p's buddy */
	KUNIT_EXPECT_EQ(test, zone->free_area[4].nr_free, 2);
	KUNIT_EXPECT_EQ(test, zone->free_area[5].nr_free, 0);

	hm_free(pfn_to_page(p + 16));			/* p's buddy: order 5 */
	KUNIT_EXPECT_EQ(test, zone->free_area[4].nr_free, 1);
	KUNIT_EXPECT_EQ(test, zone->free_area[5].nr_free, 1);
	KUNIT_EXPECT_TRUE(test, PageBuddy(pfn_to_page(p)));
	KUNIT_EXPECT_EQ(test, buddy_order(pfn_to_page(p)), 5);
	KUNIT_EXPECT_FALSE(test, PageBuddy(pfn_to_page(p + 16)));

	/* p+48 merges with p+32, and that order-5 block with p's: order 6 */
	hm_free(pfn_to_page(p + 48));
	KUNIT_EXPECT_EQ(test, zone->free_area[4].nr_free, 0);
	KUNIT_EXPECT_EQ(test, zone->free_area[5].nr_free, 0);
	KUNIT_EXPECT_EQ(test, zone->free_area[6].nr_free, 1);
	KUNIT_EXPECT_EQ(test, buddy_order(pfn_to_page(p)), 6);
	KUNIT_EXPECT_FALSE(test, PageBuddy(pfn_to_page(p + 32)));
	KUNIT_EXPECT_FALSE(test, PageBuddy(pfn_to_page(p + 48)));
	KUNIT_EXPECT_EQ(test, free_pages_of(zone), 64);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/* Adjacent blocks that are not buddies stay apart, in either order. */
static void buddy_merge_non_buddies(struct kunit *test)
{
	struct zone *zone = zone0();
	unsigned long q;

	hm_grab_all(4);
	q = tracked_pageblock(zone, 4, 1);
	KUNIT_ASSERT_NE(test, q, 0);
	/* q+16 and q+32 touch, but q+16's buddy is q and q+32's is q+48 */
	hm_free(pfn_to_page(q + 32));
	hm_free(pfn_to_page(q + 16));
	KUNIT_EXPECT_EQ(test, zone->free_area[4].nr_free, 2);
	KUNIT_EXPECT_EQ(test, zone->free_area[5].nr_free, 0);
	KUNIT_EXPECT_EQ(test, buddy_order(pfn_to_page(q + 16)), 4);
	KUNIT_EXPECT_EQ(test, buddy_order(pfn_to_page(q + 32)), 4);
	/* different orders never merge: q+48 is order 4, q+64..q+127 order 6 */
	hm_free_range(q + 64, 64);
	KUNIT_EXPECT_EQ(test, zone->free_area[6].nr_free, 1);
	KUNIT_EXPECT_EQ(test, zone->free_area[4].nr_free, 2);
	KUNIT_EXPECT_EQ(test, zone->free_area[7].nr_free, 0);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/* Two free order-10 buddies stay two blocks: MAX_ORDER - 1 is the top. */
static void buddy_merge_stops_at_max_order(struct kunit *test)
{
	struct zone *zone = zone0();
	unsigned long pfn, found = 0;

	hm_grab_all(MAX_ORDER - 1);
	for (pfn = round_up(zone->zone_start_pfn, 2 * MAX_ORDER_NR_PAGES);
	     pfn + 2 * MAX_ORDER_NR_PAGES <= zone_end_pfn(zone);
	     pfn += 2 * MAX_ORDER_NR_PAGES)
		if (host_mm_tracked_order(pfn) == MAX_ORDER - 1 &&
		    host_mm_tracked_order(pfn + MAX_ORDER_NR_PAGES) ==
		    MAX_ORDER - 1) {
			found = pfn;
			break;
		}
	KUNIT_ASSERT_NE(test, found, 0);
	hm_free(pfn_to_page(found + MAX_ORDER_NR_PAGES));
	hm_free(pfn_to_page(found));
	KUNIT_EXPECT_EQ(test, zone->free_area[MAX_ORDER - 1].nr_free, 2);
	KUNIT_EXPECT_EQ(test, buddy_order(pfn_to_page(found)), MAX_ORDER - 1);
	KUNIT_EXPECT_TRUE(test, PageBuddy(pfn_to_page(found + MAX_ORDER_NR_PAGES)));
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/*
 * Two nodes meeting at a pfn that is 16 mod 32: the order-4 block ending
 * node 0 and the one starting node 1 are buddies by pfn arithmetic, but
 * in different zones, so page_is_buddy() must refuse to merge them.
 * Node 0's last 16 pages are kept reserved through boot (memblock would
 * put its own allocations there) and then handed over exactly as
 * memblock_free_all() does, next to node 1's free first block.
 */
static void buddy_merge_stops_at_zone_boundary(struct kunit *test)
{
	const phys_addr_t split = SMALL_BASE + SZ_32M + SZ_64K;
	struct host_mm_opts opts = {
		.nr_nodes = 2,
		.nodes = {
			{ SMALL_BASE, split - SMALL_BASE, 0 },
			{ split, SMALL_BASE + SMALL_SIZE - split, 1 },
		},
		.nr_reserved = 1,
		.reserved = { { split - SZ_64K, SZ_64K } },
	};
	unsigned long b = PFN_DOWN(split);
	struct zone *z0, *z1;
	struct page *lo, *hi;

	KUNIT_ASSERT_EQ(test, host_mm_boot(SMALL_BASE, SMALL_SIZE, &opts), 0);
	KUNIT_ASSERT_EQ(test, host_mm_nr_zones(), 2);
	z0 = &NODE_DATA(0)->node_zones[ZONE_DMA32];
	z1 = &NODE_DATA(1)->node_zones[ZONE_DMA32];
	KUNIT_ASSERT_EQ(test, zone_end_pfn(z0), b);
	KUNIT_ASSERT_EQ(test, z1->zone_start_pfn, b);
	KUNIT_ASSERT_EQ(test, __find_buddy_pfn(b - 16, 4), b);
	lo = pfn_to_page(b - 16);
	hi = pfn_to_page(b);
	KUNIT_ASSERT_TRUE(test, PageReserved(lo));
	KUNIT_ASSERT_TRUE(test, PageBuddy(hi));
	KUNIT_ASSERT_EQ(test, buddy_order(hi), 4);

	__free_pages_core(lo, 4);
	KUNIT_EXPECT_TRUE(test, PageBuddy(lo) && PageBuddy(hi));
	KUNIT_EXPECT_EQ(test, buddy_order(lo), 4);
	KUNIT_EXPECT_EQ(test, buddy_order(hi), 4);
	/* (node 1's partial first pageblock is never given a type: 0) */
	KUNIT_EXPECT_TRUE(test, hm_on_free_list(z0, b - 16, 4, pb_type(b - 16)));
	KUNIT_EXPECT_TRUE(test, hm_on_free_list(z1, b, 4, pb_type(b)));
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));

	/* and freed again, node 1's block first */
	hm_grab_all(4);
	KUNIT_ASSERT_EQ(test, host_mm_tracked_order(b - 16), 4);
	KUNIT_ASSERT_EQ(test, host_mm_tracked_order(b), 4);
	hm_free(hi);
	hm_free(lo);
	KUNIT_EXPECT_EQ(test, z0->free_area[4].nr_free, 1);
	KUNIT_EXPECT_EQ(test, z1->free_area[4].nr_free, 1);
	KUNIT_EXPECT_EQ(test, z0->free_area[5].nr_free + z1->free_area[5].nr_free, 0);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/*
 * v5.19 __free_one_page(): from pageblock_order up, a block of a type
 * without fallbacks (HIGHATOMIC, ISOLATE) merges only with a buddy
 * pageblock of the same type (migratetype_is_mergeable), so the
 * highatomic reserve stays a separate, correctly counted block.
 */
static void buddy_merge_keeps_highatomic_apart(struct kunit *test)
{
	struct zone *zone = zone0();
	unsigned long pfn, p = 0;

	hm_grab_all(pageblock_order);
	for (pfn = round_up(zone->zone_start_pfn, MAX_ORDER_NR_PAGES);
	     pfn + MAX_ORDER_NR_PAGES <= zone_end_pfn(zone);
	     pfn += MAX_ORDER_NR_PAGES)
		if (host_mm_tracked_order(pfn) == pageblock_order &&
		    host_mm_tracked_order(pfn + pageblock_nr_pages) ==
		    pageblock_order) {
			p = pfn;
			break;
		}
	KUNIT_ASSERT_NE(test, p, 0);
	set_pb_type(p, MIGRATE_HIGHATOMIC);
	zone->nr_reserved_highatomic += pageblock_nr_pages;

	hm_free(pfn_to_page(p));
	hm_free(pfn_to_page(p + pageblock_nr_pages));
	KUNIT_EXPECT_EQ(test, zone->free_area[MAX_ORDER - 1].nr_free, 0);
	KUNIT_EXPECT_EQ(test, zone->free_area[pageblock_order].nr_free, 2);
	KUNIT_EXPECT_TRUE(test, hm_on_free_list(zone, p, pageblock_order,
						MIGRATE_HIGHATOMIC));
	KUNIT_EXPECT_TRUE(test, hm_on_free_list(zone, p + pageblock_nr_pages,
						pageblock_order,
						MIGRATE_MOVABLE));
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/*
 * fallbacks[MIGRATE_UNMOVABLE] = { RECLAIMABLE, MOVABLE }: with no
 * unmovable block free, an unmovable request takes a reclaimable
 * pageblock first, and a movable one only when none is left. Whole free
 * pageblocks are taken over (their type changes).
 */
static void buddy_fallback_reclaimable_first(struct kunit *test)
{
	struct zone *zone = zone0();
	struct page *page;
	unsigned long r, m;
	int i;

	hm_grab_all(pageblock_order);
	r = tracked_pageblock(zone, pageblock_order, 2);
	m = tracked_pageblock(zone, pageblock_order, 5);
	KUNIT_ASSERT_TRUE(test, r && m);
	set_pb_type(r, MIGRATE_RECLAIMABLE);
	hm_free(pfn_to_page(m));
	hm_free(pfn_to_page(r));
	host_mm_no_watermarks();
	KUNIT_ASSERT_TRUE(test, hm_on_free_list(zone, r, pageblock_order,
						MIGRATE_RECLAIMABLE));
	KUNIT_ASSERT_TRUE(test, hm_on_free_list(zone, m, pageblock_order,
						MIGRATE_MOVABLE));

	/* order 4: past the pcp lists, one __rmqueue() per allocation */
	for (i = 0; i < 32; i++) {
		page = hm_alloc(UNMOV, 4);
		KUNIT_ASSERT_NOT_NULL(test, page);
		KUNIT_EXPECT_EQ(test, round_down(page_to_pfn(page),
						 pageblock_nr_pages), r);
		if (i == 0) {
			KUNIT_EXPECT_EQ(test, pb_type(r), MIGRATE_UNMOVABLE);
			KUNIT_EXPECT_EQ(test, pb_type(m), MIGRATE_MOVABLE);
			KUNIT_EXPECT_EQ(test, pages_on_type(zone, MIGRATE_UNMOVABLE),
					pageblock_nr_pages - 16);
		}
	}
	KUNIT_EXPECT_TRUE(test, hm_on_free_list(zone, m, pageblock_order,
						MIGRATE_MOVABLE));
	/* the reclaimable block is used up: now the movable one */
	page = hm_alloc(UNMOV, 4);
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_EQ(test, round_down(page_to_pfn(page), pageblock_nr_pages), m);
	KUNIT_EXPECT_EQ(test, pb_type(m), MIGRATE_UNMOVABLE);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/*
 * __rmqueue_fallback() searches from the highest order down: a whole free
 * movable pageblock is preferred to a small movable block elsewhere.
 */
static void buddy_fallback_highest_order_first(struct kunit *test)
{
	static const int all[32] = {
		0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
		17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
	};
	static const int one[1] = { 7 };
	struct zone *zone = zone0();
	unsigned long m1, m2;
	struct page *page;

	hm_grab_all(4);
	m1 = tracked_pageblock(zone, 4, 1);
	m2 = tracked_pageblock(zone, 4, 4);
	KUNIT_ASSERT_TRUE(test, m1 && m2);
	free_blocks_at(m1, 4, one, 1);		/* order 4 at m1 + 112 */
	free_blocks_at(m2, 4, all, 32);		/* all of m2: order 9 */
	host_mm_no_watermarks();
	KUNIT_ASSERT_TRUE(test, hm_on_free_list(zone, m2, pageblock_order,
						MIGRATE_MOVABLE));

	page = hm_alloc(UNMOV, 0);
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_EQ(test, round_down(page_to_pfn(page), pageblock_nr_pages), m2);
	KUNIT_EXPECT_EQ(test, pb_type(m2), MIGRATE_UNMOVABLE);
	KUNIT_EXPECT_EQ(test, pb_type(m1), MIGRATE_MOVABLE);
	KUNIT_EXPECT_TRUE(test, hm_on_free_list(zone, m1 + 112, 4,
						MIGRATE_MOVABLE));
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/*
 * A small movable request can't claim another type's pageblock
 * (can_steal_fallback: order < pageblock_order / 2), so rather than split
 * the biggest foreign block it takes the smallest that fits (find_smallest)
 * and leaves the pageblock types alone.
 */
static void buddy_fallback_movable_takes_smallest(struct kunit *test)
{
	static const int four[4] = { 0, 1, 2, 3 };
	static const int one[1] = { 10 };
	struct zone *zone = zone0();
	unsigned long u1, u2;
	struct page *page;

	hm_grab_all(1);
	u1 = tracked_pageblock(zone, 1, 1);
	u2 = tracked_pageblock(zone, 1, 3);
	KUNIT_ASSERT_TRUE(test, u1 && u2);
	set_pb_type(u1, MIGRATE_UNMOVABLE);
	set_pb_type(u2, MIGRATE_UNMOVABLE);
	free_blocks_at(u1, 1, one, 1);		/* order 1 at u1 + 20 */
	free_blocks_at(u2, 1, four, 4);		/* order 3 at u2 */
	drain_all_pages(NULL);
	host_mm_no_watermarks();
	KUNIT_ASSERT_TRUE(test, hm_on_free_list(zone, u1 + 20, 1, MIGRATE_UNMOVABLE));
	KUNIT_ASSERT_TRUE(test, hm_on_free_list(zone, u2, 3, MIGRATE_UNMOVABLE));

	page = hm_alloc(MOV, 0);
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_EQ(test, round_down(page_to_pfn(page), 2), u1 + 20);
	KUNIT_EXPECT_EQ(test, pb_type(u1), MIGRATE_UNMOVABLE);
	KUNIT_EXPECT_EQ(test, pb_type(u2), MIGRATE_UNMOVABLE);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/*
 * steal_suitable_fallback(): an unmovable request falling back into a
 * movable pageblock whose free + "alike" (allocated, not on an LRU) pages
 * are at least half of it converts the whole pageblock, and every free
 * block in it moves to the unmovable lists.
 */
static void buddy_steal_claims_pageblock(struct kunit *test)
{
	static const int blocks[11] = { 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 30 };
	struct zone *zone = zone0();
	struct page *page;
	unsigned long m;

	hm_grab_all(4);
	m = tracked_pageblock(zone, 4, 3);
	KUNIT_ASSERT_NE(test, m, 0);
	free_blocks_at(m, 4, blocks, 11);	/* orders 7, 5, 4: 176 pages */
	host_mm_no_watermarks();
	KUNIT_ASSERT_TRUE(test, hm_on_free_list(zone, m, 7, MIGRATE_MOVABLE));
	KUNIT_ASSERT_TRUE(test, hm_on_free_list(zone, m + 256, 5, MIGRATE_MOVABLE));
	KUNIT_ASSERT_TRUE(test, hm_on_free_list(zone, m + 480, 4, MIGRATE_MOVABLE));

	page = hm_alloc(UNMOV, 4);
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_EQ(test, pb_type(m), MIGRATE_UNMOVABLE);
	/* after the steal, the smallest unmovable block that fits is used */
	KUNIT_EXPECT_EQ(test, page_to_pfn(page), m + 480);
	KUNIT_EXPECT_TRUE(test, hm_on_free_list(zone, m, 7, MIGRATE_UNMOVABLE));
	KUNIT_EXPECT_TRUE(test, hm_on_free_list(zone, m + 256, 5,
						MIGRATE_UNMOVABLE));
	KUNIT_EXPECT_EQ(test, pages_on_type(zone, MIGRATE_MOVABLE), 0);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/*
 * ...but a pageblock mostly holding movable (LRU) pages keeps its type:
 * the free pages the request needs are moved to the unmovable lists, the
 * pageblock stays MIGRATE_MOVABLE.
 */
static void buddy_steal_keeps_mostly_movable_pageblock(struct kunit *test)
{
	static const int blocks[4] = { 0, 1, 2, 3 };
	struct zone *zone = zone0();
	struct page *page;
	unsigned long m, pfn;

	hm_grab_all(4);
	m = tracked_pageblock(zone, 4, 2);
	KUNIT_ASSERT_NE(test, m, 0);
	free_blocks_at(m, 4, blocks, 4);	/* order 6 at m: 64 pages */
	for (pfn = m + 64; pfn < m + pageblock_nr_pages; pfn++)
		SetPageLRU(pfn_to_page(pfn));
	host_mm_no_watermarks();

	page = hm_alloc(UNMOV, 4);
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_EQ(test, page_to_pfn(page), m);
	KUNIT_EXPECT_EQ(test, pb_type(m), MIGRATE_MOVABLE);
	KUNIT_EXPECT_TRUE(test, hm_on_free_list(zone, m + 32, 5, MIGRATE_UNMOVABLE));
	KUNIT_EXPECT_TRUE(test, hm_on_free_list(zone, m + 16, 4, MIGRATE_UNMOVABLE));
	for (pfn = m + 64; pfn < m + pageblock_nr_pages; pfn++)
		ClearPageLRU(pfn_to_page(pfn));
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/*
 * A high-order atomic allocation that succeeds only in the slow path
 * (below the low watermark) reserves its pageblock as MIGRATE_HIGHATOMIC;
 * ordinary allocations can neither count nor take those pages, a later
 * high-order GFP_ATOMIC request can.
 */
static void buddy_highatomic_reserve(struct kunit *test)
{
	struct zone *zone = zone0();
	unsigned long wakeups = NODE_DATA(0)->kswapd_wakeups, pb, pfn;
	long free = free_pages_of(zone);
	struct page *page;

	/* below low, above min: the fast path fails, the slow path doesn't */
	zone->_watermark[WMARK_MIN] = 0;
	zone->_watermark[WMARK_LOW] = free + 100;
	zone->_watermark[WMARK_HIGH] = free + 100;
	page = hm_alloc(GFP_ATOMIC | __GFP_NOWARN, 4);
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_GT(test, NODE_DATA(0)->kswapd_wakeups, wakeups);
	pb = round_down(page_to_pfn(page), pageblock_nr_pages);
	KUNIT_EXPECT_EQ(test, pb_type(pb), MIGRATE_HIGHATOMIC);
	KUNIT_EXPECT_EQ(test, zone->nr_reserved_highatomic, pageblock_nr_pages);
	KUNIT_EXPECT_EQ(test, pages_on_type(zone, MIGRATE_HIGHATOMIC),
			pageblock_nr_pages - 16);

	/* ordinary allocations don't get the reserve, even ignoring marks */
	host_mm_no_watermarks();
	hm_grab_all(MAX_ORDER - 1);
	for (pfn = pb; pfn < pb + pageblock_nr_pages; pfn++)
		if (pfn != page_to_pfn(page))
			KUNIT_EXPECT_EQ(test, host_mm_tracked_order(pfn), -1);
	KUNIT_EXPECT_EQ(test, free_pages_of(zone), pageblock_nr_pages - 16);
	KUNIT_EXPECT_NULL(test, alloc_pages(UNMOV | __GFP_NORETRY, 0));
	KUNIT_EXPECT_FALSE(test, zone_watermark_ok(zone, 0, 0, ZONE_NORMAL, 0));
	KUNIT_EXPECT_TRUE(test, zone_watermark_ok(zone, 0, 0, ZONE_NORMAL,
						  ALLOC_HARDER));
	/* v5.19: order-0 requests (the pcp path) never use the reserve */
	KUNIT_EXPECT_NULL(test, alloc_pages(GFP_ATOMIC | __GFP_NOWARN, 0));

	page = hm_alloc(GFP_ATOMIC | __GFP_NOWARN, 4);
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_EQ(test, round_down(page_to_pfn(page), pageblock_nr_pages), pb);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/* __GFP_COMP order 3: head, tails pointing at it, one refcount for all. */
static void buddy_compound_page(struct kunit *test)
{
	struct host_mm_snap before, after;
	struct page *page;
	int i;

	drain_all_pages(NULL);
	host_mm_snapshot(&before);
	page = alloc_pages(GFP_KERNEL | __GFP_COMP, 3);
	KUNIT_ASSERT_NOT_NULL(test, page);
	host_mm_track(page, 3);
	KUNIT_EXPECT_TRUE(test, PageHead(page));
	KUNIT_EXPECT_FALSE(test, PageTail(page));
	KUNIT_EXPECT_EQ(test, compound_order(page), 3);
	KUNIT_EXPECT_EQ(test, compound_nr(page), 8);
	for (i = 1; i < 8; i++) {
		KUNIT_EXPECT_TRUE(test, PageTail(page + i));
		KUNIT_EXPECT_FALSE(test, PageHead(page + i));
		KUNIT_EXPECT_PTR_EQ(test, compound_head(page + i), page);
		KUNIT_EXPECT_EQ(test, page_count(page + i), 1);
	}
	/* references through any page land on the head */
	get_page(page + 5);
	KUNIT_EXPECT_EQ(test, page_ref_count(page), 2);
	put_page(page + 3);
	KUNIT_EXPECT_EQ(test, page_ref_count(page), 1);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));

	/* the last put_page() frees all 8 pages */
	host_mm_untrack(page);
	put_page(page + 7);
	drain_all_pages(NULL);
	host_mm_snapshot(&after);
	/* per order only: the unmovable request may have stolen a pageblock */
	host_mm_snap_equal(test, &before, &after, false);
	KUNIT_EXPECT_FALSE(test, PageHead(page));
	for (i = 1; i < 8; i++)
		KUNIT_EXPECT_FALSE(test, PageTail(page + i));
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/* A compound page beyond the pcp orders; a non-compound one has no head. */
static void buddy_compound_high_order(struct kunit *test)
{
	struct host_mm_snap before, after;
	struct page *page, *plain;

	host_mm_snapshot(&before);
	page = alloc_pages(MOV | __GFP_COMP, 6);
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_EQ(test, compound_order(page), 6);
	KUNIT_EXPECT_PTR_EQ(test, compound_head(page + 63), page);
	plain = hm_alloc(MOV, 3);
	KUNIT_ASSERT_NOT_NULL(test, plain);
	KUNIT_EXPECT_FALSE(test, PageHead(plain));
	KUNIT_EXPECT_FALSE(test, PageTail(plain + 1));
	KUNIT_EXPECT_EQ(test, compound_order(plain), 0);
	hm_free(plain);
	put_page(page);
	drain_all_pages(NULL);
	host_mm_snapshot(&after);
	host_mm_snap_equal(test, &before, &after, true);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/*
 * Out of memory: at the watermark an ordinary request fails, and the
 * failure changes nothing; reserves remain for those allowed to dip in.
 */
static void buddy_oom_changes_nothing(struct kunit *test)
{
	struct zone *zone = zone0();
	struct host_mm_snap before, after;
	unsigned long n = 0;

	while (hm_alloc(MOV | __GFP_NORETRY, 0))
		n++;
	KUNIT_EXPECT_GT(test, n, 10000);
	drain_all_pages(NULL);
	/* what is left is at most what the watermark keeps back */
	KUNIT_EXPECT_LE(test, free_pages_of(zone),
			low_wmark_pages(zone) + zone->lowmem_reserve[ZONE_MOVABLE]);
	KUNIT_EXPECT_GT(test, free_pages_of(zone), 0);

	host_mm_snapshot(&before);
	KUNIT_EXPECT_NULL(test, alloc_pages(MOV | __GFP_NORETRY, 0));
	KUNIT_EXPECT_NULL(test, alloc_pages(MOV | __GFP_NORETRY, 3));
	KUNIT_EXPECT_NULL(test, alloc_pages(MOV | __GFP_NORETRY, 7));
	KUNIT_EXPECT_NULL(test, alloc_pages(UNMOV, 0));
	KUNIT_EXPECT_NULL(test, alloc_pages(GFP_NOWAIT | __GFP_NOWARN, 0));
	host_mm_snapshot(&after);
	host_mm_snap_equal(test, &before, &after, true);
	KUNIT_EXPECT_FALSE(test, log_has("page allocation failure"));

	/* __GFP_HIGH (GFP_ATOMIC) may go below the mark, MEMALLOC further */
	KUNIT_EXPECT_NOT_NULL(test, hm_alloc(GFP_ATOMIC | __GFP_NOWARN, 0));
	KUNIT_EXPECT_NOT_NULL(test, hm_alloc(MOV | __GFP_MEMALLOC, 0));
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/* Plenty free but only single pages: every higher order fails cleanly. */
static void make_fragmented(struct kunit *test)
{
	unsigned long pfn, n;
	struct zone *zone = zone0();

	n = hm_grab_all(0);
	KUNIT_ASSERT_GT(test, n, 15000);
	for (pfn = zone->zone_start_pfn; pfn < zone_end_pfn(zone); pfn += 2)
		if (host_mm_tracked_order(pfn) == 0)
			hm_free(pfn_to_page(pfn));
	drain_all_pages(NULL);
}

static void buddy_oom_fragmented(struct kunit *test)
{
	struct zone *zone = zone0();
	struct host_mm_snap before, after;
	int o;

	make_fragmented(test);
	KUNIT_EXPECT_GT(test, free_pages_of(zone), 7000);
	KUNIT_EXPECT_EQ(test, zone->free_area[0].nr_free, free_pages_of(zone));
	host_mm_snapshot(&before);
	for (o = 1; o < MAX_ORDER; o++) {
		KUNIT_EXPECT_NULL(test, alloc_pages(MOV | __GFP_NORETRY, o));
		KUNIT_EXPECT_NULL(test, alloc_pages(UNMOV, o));
	}
	KUNIT_EXPECT_NULL(test, alloc_pages(GFP_ATOMIC | __GFP_NOWARN, 4));
	host_mm_snapshot(&after);
	host_mm_snap_equal(test, &before, &after, true);
	KUNIT_EXPECT_EQ(test, zone->nr_reserved_highatomic, 0);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/* warn_alloc()'s line, exactly; __GFP_NOWARN silences it. */
static void buddy_oom_warning(struct kunit *test)
{
	make_fragmented(test);
	host_log_clear();
	KUNIT_EXPECT_NULL(test, alloc_pages(GFP_KERNEL | __GFP_NORETRY, 2));
	KUNIT_EXPECT_TRUE(test, log_has(": page allocation failure: order:2, mode:0x10cc0(GFP_KERNEL|__GFP_NORETRY)"));
	host_log_clear();
	KUNIT_EXPECT_NULL(test, alloc_pages(GFP_KERNEL | __GFP_NORETRY |
					    __GFP_NOWARN, 2));
	KUNIT_EXPECT_FALSE(test, log_has("page allocation failure"));
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

static int log_count(const char *s)
{
	const char *p = host_log_text();
	int n = 0;

	while ((p = strstr(p, s)) != NULL) {
		n++;
		p += strlen(s);
	}
	return n;
}

/*
 * A loop of failing allocations: warn_alloc() reports the first
 * DEFAULT_RATELIMIT_BURST in a DEFAULT_RATELIMIT_INTERVAL window and
 * holds back the rest; the first failure after the window says how many
 * ("warn_alloc: 40 callbacks suppressed") and is reported again.
 */
static void buddy_oom_warning_ratelimited(struct kunit *test)
{
	const char *report = ": page allocation failure: order:2,";
	int i;

	make_fragmented(test);
	host_log_clear();
	for (i = 0; i < 50; i++) {
		KUNIT_EXPECT_NULL(test, alloc_pages(GFP_KERNEL | __GFP_NORETRY, 2));
		if (i == DEFAULT_RATELIMIT_BURST - 1) {
			KUNIT_EXPECT_EQ(test, log_count(report),
					DEFAULT_RATELIMIT_BURST);
			host_log_clear();
		}
	}
	KUNIT_EXPECT_EQ(test, log_count(report), 0);
	KUNIT_EXPECT_FALSE(test, log_has("callbacks suppressed"));

	/* still inside the window */
	jiffies += DEFAULT_RATELIMIT_INTERVAL - 1;
	KUNIT_EXPECT_NULL(test, alloc_pages(GFP_KERNEL | __GFP_NORETRY, 2));
	KUNIT_EXPECT_EQ(test, log_count(report), 0);

	jiffies += 2;
	KUNIT_EXPECT_NULL(test, alloc_pages(GFP_KERNEL | __GFP_NORETRY, 2));
	KUNIT_EXPECT_EQ(test, log_count("warn_alloc: 41 callbacks suppressed\n"), 1);
	KUNIT_EXPECT_EQ(test, log_count(report), 1);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/* order >= MAX_ORDER: NULL, and a WARN unless __GFP_NOWARN. */
static void buddy_order_too_large(struct kunit *test)
{
	int warns = host_warn_count;
	struct host_mm_snap before, after;

	host_mm_snapshot(&before);
	KUNIT_EXPECT_NULL(test, alloc_pages(GFP_KERNEL | __GFP_NOWARN, MAX_ORDER));
	KUNIT_EXPECT_EQ(test, host_warn_count, warns);
	KUNIT_EXPECT_NULL(test, alloc_pages(GFP_KERNEL, MAX_ORDER));
	KUNIT_EXPECT_EQ(test, host_warn_count, warns + 1);
	KUNIT_EXPECT_NULL(test, alloc_pages(GFP_KERNEL | __GFP_NOWARN, 40));
	KUNIT_EXPECT_EQ(test, __get_free_pages(GFP_KERNEL | __GFP_NOWARN, MAX_ORDER), 0);
	host_mm_snapshot(&after);
	host_mm_snap_equal(test, &before, &after, true);
}

/*
 * Two zones: GFP_KERNEL prefers Normal and falls back to DMA32, but not
 * into DMA32's lowmem_reserve, which GFP_DMA32 requests may still use;
 * GFP_DMA32 never gets a page above 4 GiB.
 */
static void buddy_zone_fallback(struct kunit *test)
{
	struct zonelist *zl;
	struct zone *dma32, *normal;
	struct page *page;
	unsigned long n_dma = 0;
	long reserve;

	KUNIT_ASSERT_EQ(test, host_mm_boot(SPLIT_BASE, SPLIT_SIZE, NULL), 0);
	dma32 = host_mm_zone_of(ZONE_DMA32);
	normal = host_mm_zone_of(ZONE_NORMAL);
	KUNIT_ASSERT_TRUE(test, dma32 && normal);
	KUNIT_EXPECT_EQ(test, zone_end_pfn(dma32), PFN_DOWN(SZ_4G));
	KUNIT_EXPECT_EQ(test, normal->zone_start_pfn, PFN_DOWN(SZ_4G));

	zl = node_zonelist(0, GFP_KERNEL);
	KUNIT_EXPECT_PTR_EQ(test, zl->_zonerefs[0].zone, normal);
	KUNIT_EXPECT_PTR_EQ(test, zl->_zonerefs[1].zone, dma32);
	KUNIT_EXPECT_NULL(test, zl->_zonerefs[2].zone);
	KUNIT_EXPECT_PTR_EQ(test, first_zones_zonelist(zl, ZONE_DMA32)->zone, dma32);

	page = hm_alloc(UNMOV, 0);
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_PTR_EQ(test, page_zone(page), normal);
	page = hm_alloc(UNMOV | __GFP_DMA32, 0);
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_PTR_EQ(test, page_zone(page), dma32);

	/* use up Normal, then DMA32 down to its reserve against Normal */
	while (hm_alloc(UNMOV | __GFP_NORETRY, 0))
		;
	reserve = dma32->lowmem_reserve[ZONE_NORMAL];
	KUNIT_EXPECT_GT(test, reserve, 0);
	KUNIT_EXPECT_LE(test, free_pages_of(normal), low_wmark_pages(normal));
	KUNIT_EXPECT_GT(test, free_pages_of(dma32), min_wmark_pages(dma32) +
			reserve / 2);
	while ((page = hm_alloc(UNMOV | __GFP_DMA32 | __GFP_NORETRY, 0))) {
		KUNIT_EXPECT_LE(test, page_to_phys(page) + PAGE_SIZE, SZ_4G);
		n_dma++;
	}
	KUNIT_EXPECT_GE(test, n_dma, reserve / 2);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/*
 * vmstat's pgalloc_<zone> counts pages by the zone they came from, from
 * the per-CPU lists (order 0) and the buddy lists (order 4) alike;
 * numa_hit/numa_local count allocations (not pages) on the node asked
 * for; pgfree counts the pages freed.
 */
static void buddy_vmstat_pgalloc_by_zone(struct kunit *test)
{
	unsigned long ev0[NR_VM_EVENT_ITEMS], ev1[NR_VM_EVENT_ITEMS];
	unsigned long hit_dma32, hit_normal;
	struct zone *dma32, *normal;
	struct page *a, *b;

	KUNIT_ASSERT_EQ(test, host_mm_boot(SPLIT_BASE, SPLIT_SIZE, NULL), 0);
	dma32 = host_mm_zone_of(ZONE_DMA32);
	normal = host_mm_zone_of(ZONE_NORMAL);
	KUNIT_ASSERT_TRUE(test, dma32 && normal);
	hit_dma32 = zone_numa_event_state(dma32, NUMA_HIT);
	hit_normal = zone_numa_event_state(normal, NUMA_HIT);
	all_vm_events(ev0);

	a = hm_alloc(UNMOV, 0);
	b = hm_alloc(UNMOV | __GFP_DMA32, 4);
	KUNIT_ASSERT_TRUE(test, a && b);
	KUNIT_EXPECT_PTR_EQ(test, page_zone(a), normal);
	KUNIT_EXPECT_PTR_EQ(test, page_zone(b), dma32);
	all_vm_events(ev1);
	KUNIT_EXPECT_EQ(test, ev1[PGALLOC_NORMAL] - ev0[PGALLOC_NORMAL], 1UL);
	KUNIT_EXPECT_EQ(test, ev1[PGALLOC_DMA32] - ev0[PGALLOC_DMA32], 16UL);
	KUNIT_EXPECT_EQ(test, ev1[PGALLOC_MOVABLE] - ev0[PGALLOC_MOVABLE], 0UL);
	KUNIT_EXPECT_EQ(test, zone_numa_event_state(normal, NUMA_HIT), hit_normal + 1);
	KUNIT_EXPECT_EQ(test, zone_numa_event_state(dma32, NUMA_HIT), hit_dma32 + 1);
	KUNIT_EXPECT_EQ(test, zone_numa_event_state(dma32, NUMA_LOCAL), hit_dma32 + 1);
	/* one node: never a miss, a foreign or an other-node allocation */
	KUNIT_EXPECT_EQ(test, global_numa_event_state(NUMA_MISS), 0UL);
	KUNIT_EXPECT_EQ(test, global_numa_event_state(NUMA_FOREIGN), 0UL);
	KUNIT_EXPECT_EQ(test, global_numa_event_state(NUMA_OTHER), 0UL);

	hm_free(a);
	hm_free(b);
	all_vm_events(ev0);
	KUNIT_EXPECT_EQ(test, ev0[PGFREE] - ev1[PGFREE], 17UL);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/*
 * movablecore=: ZONE_MOVABLE at the top of the highest zone, starting on
 * a MAX_ORDER boundary, first in the zonelist, and only for __GFP_MOVABLE
 * with __GFP_HIGHMEM (GFP_HIGHUSER_MOVABLE); GFP_KERNEL never gets it.
 */
static void buddy_movable_zone(struct kunit *test)
{
	struct host_mm_opts opts = { .movablecore_pages = SZ_32M >> PAGE_SHIFT };
	struct zone *movable, *normal;
	struct page *page;
	int i;

	KUNIT_ASSERT_EQ(test, host_mm_boot(SPLIT_BASE, SPLIT_SIZE, &opts), 0);
	KUNIT_ASSERT_EQ(test, host_mm_nr_zones(), 3);
	movable = host_mm_zone_of(ZONE_MOVABLE);
	normal = host_mm_zone_of(ZONE_NORMAL);
	KUNIT_ASSERT_TRUE(test, movable && normal);
	KUNIT_EXPECT_EQ(test, movable->zone_start_pfn % MAX_ORDER_NR_PAGES, 0);
	KUNIT_EXPECT_EQ(test, zone_end_pfn(normal), movable->zone_start_pfn);
	KUNIT_EXPECT_EQ(test, zone_end_pfn(movable), PFN_DOWN(SPLIT_BASE + SPLIT_SIZE));
	KUNIT_EXPECT_EQ(test, movable->spanned_pages, SZ_32M >> PAGE_SHIFT);
	KUNIT_EXPECT_PTR_EQ(test, node_zonelist(0, MOV)->_zonerefs[0].zone, movable);

	page = hm_alloc(MOV, 0);
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_PTR_EQ(test, page_zone(page), movable);
	for (i = 0; i < 2000; i++) {
		page = hm_alloc(UNMOV, i % 4);
		KUNIT_ASSERT_NOT_NULL(test, page);
		KUNIT_EXPECT_NE(test, page_zonenum(page), ZONE_MOVABLE);
	}
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/* A hole in the middle of a zone: its pages are reserved, never handed out. */
static void buddy_zone_with_hole(struct kunit *test)
{
	struct host_mm_opts opts = {
		.nr_holes = 1,
		.holes = { { SMALL_BASE + SZ_16M + 3 * PAGE_SIZE, SZ_4M } },
	};
	unsigned long hole = PFN_DOWN(SMALL_BASE + SZ_16M) + 3, pfn;
	struct zone *zone;

	KUNIT_ASSERT_EQ(test, host_mm_boot(SMALL_BASE, SMALL_SIZE, &opts), 0);
	zone = zone0();
	KUNIT_EXPECT_EQ(test, zone->spanned_pages, SMALL_SIZE >> PAGE_SHIFT);
	KUNIT_EXPECT_EQ(test, zone->present_pages,
			(SMALL_SIZE - SZ_4M) >> PAGE_SHIFT);
	for (pfn = hole; pfn < hole + (SZ_4M >> PAGE_SHIFT); pfn++)
		if (!PageReserved(pfn_to_page(pfn)) || PageBuddy(pfn_to_page(pfn))) {
			KUNIT_FAIL(test, "hole pfn %#lx is not a reserved page", pfn);
			break;
		}
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
	hm_grab_all(MAX_ORDER - 1);
	KUNIT_EXPECT_EQ(test, free_pages_of(zone), 0);
	for (pfn = hole; pfn < hole + (SZ_4M >> PAGE_SHIFT); pfn++)
		KUNIT_EXPECT_EQ(test, host_mm_tracked_order(pfn), -1);
	hm_free_all();
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

static struct kunit_case buddy_cases[] = {
	KUNIT_CASE(buddy_boot_state),
	KUNIT_CASE(buddy_split_exact),
	KUNIT_CASE(buddy_merge_exact),
	KUNIT_CASE(buddy_merge_non_buddies),
	KUNIT_CASE(buddy_merge_stops_at_max_order),
	KUNIT_CASE(buddy_merge_stops_at_zone_boundary),
	KUNIT_CASE(buddy_merge_keeps_highatomic_apart),
	KUNIT_CASE(buddy_fallback_reclaimable_first),
	KUNIT_CASE(buddy_fallback_highest_order_first),
	KUNIT_CASE(buddy_fallback_movable_takes_smallest),
	KUNIT_CASE(buddy_steal_claims_pageblock),
	KUNIT_CASE(buddy_steal_keeps_mostly_movable_pageblock),
	KUNIT_CASE(buddy_highatomic_reserve),
	KUNIT_CASE(buddy_compound_page),
	KUNIT_CASE(buddy_compound_high_order),
	KUNIT_CASE(buddy_oom_changes_nothing),
	KUNIT_CASE(buddy_oom_fragmented),
	KUNIT_CASE(buddy_oom_warning),
	KUNIT_CASE(buddy_oom_warning_ratelimited),
	KUNIT_CASE(buddy_order_too_large),
	KUNIT_CASE(buddy_zone_fallback),
	KUNIT_CASE(buddy_vmstat_pgalloc_by_zone),
	KUNIT_CASE(buddy_movable_zone),
	KUNIT_CASE(buddy_zone_with_hole),
	{}
};

static struct kunit_suite buddy_suite = {
	.name = "buddy",
	.init = boot_small,
	.exit = mm_exit,
	.test_cases = buddy_cases,
};
kunit_test_suite(buddy_suite);

/* ================================= pcp ================================= */

static struct per_cpu_pages *pcp0(struct zone *zone)
{
	return per_cpu_ptr(zone->per_cpu_pageset, 0);
}

/* Linux's order_to_pindex() */
static struct list_head *pcp_list(struct zone *zone, int mt, int order)
{
	return &pcp0(zone)->lists[MIGRATE_PCPTYPES * order + mt];
}

/* An order-0 free goes to the per-CPU list, not to the buddy lists. */
static void pcp_free_goes_to_list(struct kunit *test)
{
	struct zone *zone = zone0();
	struct per_cpu_pages *pcp = pcp0(zone);
	struct page *page, *again;
	long free;
	int count;

	drain_all_pages(NULL);
	page = hm_alloc(MOV, 0);
	KUNIT_ASSERT_NOT_NULL(test, page);
	count = pcp->count;
	free = free_pages_of(zone);
	hm_free(page);
	KUNIT_EXPECT_EQ(test, pcp->count, count + 1);
	KUNIT_EXPECT_EQ(test, free_pages_of(zone), free);
	KUNIT_EXPECT_FALSE(test, PageBuddy(page));
	KUNIT_EXPECT_EQ(test, page_ref_count(page), 0);
	KUNIT_EXPECT_PTR_EQ(test, list_first_entry(pcp_list(zone, MIGRATE_MOVABLE, 0),
						   struct page, lru), page);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
	/* the hot page comes straight back */
	again = hm_alloc(MOV, 0);
	KUNIT_EXPECT_PTR_EQ(test, again, page);
	KUNIT_EXPECT_EQ(test, pcp->count, count);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/* Bits of n, the state of free_area[] after taking pages from 2^k. */
static void expect_free_area_bits(struct kunit *test, struct zone *zone,
				  unsigned long n)
{
	int o;

	for (o = 0; o < MAX_ORDER; o++)
		KUNIT_EXPECT_EQ(test, zone->free_area[o].nr_free, (n >> o) & 1);
}

/*
 * An allocation from an empty pcp list refills it with pcp->batch pages
 * (rmqueue_bulk), each split off the one free pageblock in turn: what
 * stays free is 512 - batch pages, as the binary digits of that number.
 * Bigger orders refill max(batch >> order, 2) blocks.
 */
static void pcp_refill_batch(struct kunit *test)
{
	struct zone *zone = zone0();
	struct per_cpu_pages *pcp = pcp0(zone);
	unsigned long pb, taken;
	struct page *page;
	int batch = pcp->batch, b1, b3;

	KUNIT_ASSERT_GT(test, batch, 1);
	hm_grab_all(pageblock_order);
	pb = tracked_pageblock(zone, pageblock_order, 1);
	KUNIT_ASSERT_NE(test, pb, 0);
	hm_free(pfn_to_page(pb));
	drain_all_pages(NULL);
	host_mm_no_watermarks();
	KUNIT_ASSERT_EQ(test, pcp->count, 0);

	page = hm_alloc(MOV, 0);
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_EQ(test, page_to_pfn(page), pb);
	KUNIT_EXPECT_EQ(test, pcp->count, batch - 1);
	KUNIT_EXPECT_EQ(test, free_pages_of(zone), pageblock_nr_pages - batch);
	expect_free_area_bits(test, zone, pageblock_nr_pages - batch);
	taken = batch;

	b1 = max(batch >> 1, 2);
	page = hm_alloc(MOV, 1);
	KUNIT_ASSERT_NOT_NULL(test, page);
	taken += 2 * b1;
	KUNIT_EXPECT_EQ(test, pcp->count, taken - 1 - 2);
	KUNIT_EXPECT_EQ(test, free_pages_of(zone), pageblock_nr_pages - taken);

	b3 = max(batch >> 3, 2);
	page = hm_alloc(MOV, 3);
	KUNIT_ASSERT_NOT_NULL(test, page);
	taken += 8 * b3;
	KUNIT_EXPECT_EQ(test, pcp->count, taken - 1 - 2 - 8);
	KUNIT_EXPECT_EQ(test, free_pages_of(zone), pageblock_nr_pages - taken);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/*
 * free_unref_page_commit(): when count reaches high, free_pcppages_bulk()
 * returns nr_pcp_free() pages to the buddy lists: batch the first time,
 * doubling (free_factor) while frees keep coming without allocations,
 * never leaving fewer than batch (v5.19).
 */
static void pcp_high_flushes_batch(struct kunit *test)
{
	struct zone *zone = zone0();
	struct per_cpu_pages *pcp = pcp0(zone);
	int high = pcp->high, batch = pcp->batch, ff = 0, flushes = 0;
	struct page **pages;
	int i, n = 3 * high;

	KUNIT_ASSERT_GT(test, high, 2 * batch);
	pages = calloc(n, sizeof(*pages));
	KUNIT_ASSERT_NOT_NULL(test, pages);
	for (i = 0; i < n; i++) {
		pages[i] = hm_alloc(MOV, 0);
		KUNIT_ASSERT_NOT_NULL(test, pages[i]);
	}
	drain_all_pages(NULL);
	KUNIT_EXPECT_EQ(test, pcp->free_factor, 0);

	for (i = 0; i < n; i++) {
		int count = pcp->count, expect = count + 1;
		long free = free_pages_of(zone), flushed = 0;

		hm_free(pages[i]);
		if (expect >= high) {
			int to_free = batch << ff;

			if (to_free < high - batch)
				ff++;
			to_free = clamp(to_free, batch, high - batch);
			flushed = min(to_free, expect);
			expect -= flushed;
			if (!flushes++) {
				KUNIT_EXPECT_EQ(test, flushed, batch);
				KUNIT_EXPECT_EQ(test, pcp->count, high - batch);
			}
		}
		if (pcp->count != expect ||
		    free_pages_of(zone) != free + flushed) {
			KUNIT_FAIL(test, "free %d: pcp count %d (expected %d), free pages +%ld (expected +%ld)",
				   i, pcp->count, expect,
				   free_pages_of(zone) - free, flushed);
			break;
		}
		KUNIT_EXPECT_LT(test, pcp->count, high);
	}
	KUNIT_EXPECT_GE(test, flushes, 2);
	free(pages);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/*
 * drain_local_pages() empties the lists, and then the buddy lists are
 * exactly as if the pcp lists had never existed: everything merged back.
 */
static void pcp_drain_restores_buddy_state(struct kunit *test)
{
	struct zone *zone = zone0();
	struct host_mm_snap before, after;
	struct page *live[512];
	int nlive = 0, i, pindex;
	u64 rnd = 12345;

	drain_all_pages(NULL);
	host_mm_snapshot(&before);
	for (i = 0; i < 4000; i++) {
		u64 r = hm_rand(&rnd);

		if (nlive < 512 && (!nlive || r % 3)) {
			live[nlive] = hm_alloc(MOV, (r >> 8) % 4);
			KUNIT_ASSERT_NOT_NULL(test, live[nlive]);
			nlive++;
		} else {
			int j = (r >> 16) % nlive;

			hm_free(live[j]);
			live[j] = live[--nlive];
		}
	}
	while (nlive)
		hm_free(live[--nlive]);
	KUNIT_EXPECT_GT(test, pcp0(zone)->count, 0);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));

	drain_local_pages(zone);
	KUNIT_EXPECT_EQ(test, pcp0(zone)->count, 0);
	for (pindex = 0; pindex < NR_PCP_LISTS; pindex++)
		KUNIT_EXPECT_TRUE(test, list_empty(&pcp0(zone)->lists[pindex]));
	host_mm_snapshot(&after);
	host_mm_snap_equal(test, &before, &after, true);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/* Orders 1..3 have their own lists; order 4 bypasses them. */
static void pcp_orders(struct kunit *test)
{
	struct zone *zone = zone0();
	struct per_cpu_pages *pcp = pcp0(zone);
	struct page *p3, *p4;
	long free;
	int count;

	drain_all_pages(NULL);
	p3 = hm_alloc(MOV, 3);
	p4 = hm_alloc(MOV, 4);
	KUNIT_ASSERT_TRUE(test, p3 && p4);
	count = pcp->count;
	free = free_pages_of(zone);
	hm_free(p3);
	KUNIT_EXPECT_EQ(test, pcp->count, count + 8);
	KUNIT_EXPECT_PTR_EQ(test, list_first_entry(pcp_list(zone, MIGRATE_MOVABLE, 3),
						   struct page, lru), p3);
	KUNIT_EXPECT_EQ(test, free_pages_of(zone), free);
	hm_free(p4);
	KUNIT_EXPECT_EQ(test, pcp->count, count + 8);
	KUNIT_EXPECT_EQ(test, free_pages_of(zone), free + 16);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/* Each possible CPU has its own lists, sized alike, drained by drain_all. */
static void pcp_per_cpu(struct kunit *test)
{
	struct host_mm_opts opts = { .nr_cpus = 2 };
	struct zone *zone;
	struct per_cpu_pages *p0, *p1;

	KUNIT_ASSERT_EQ(test, host_mm_boot(SMALL_BASE, SMALL_SIZE, &opts), 0);
	zone = zone0();
	p0 = per_cpu_ptr(zone->per_cpu_pageset, 0);
	p1 = per_cpu_ptr(zone->per_cpu_pageset, 1);
	KUNIT_EXPECT_EQ(test, p0->batch, p1->batch);
	KUNIT_EXPECT_EQ(test, p0->high, p1->high);
	KUNIT_ASSERT_NOT_NULL(test, hm_alloc(MOV, 0));
	KUNIT_EXPECT_GT(test, p0->count, 0);
	KUNIT_EXPECT_EQ(test, p1->count, 0);
	drain_all_pages(zone);
	KUNIT_EXPECT_EQ(test, p0->count, 0);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

static struct kunit_case pcp_cases[] = {
	KUNIT_CASE(pcp_free_goes_to_list),
	KUNIT_CASE(pcp_refill_batch),
	KUNIT_CASE(pcp_high_flushes_batch),
	KUNIT_CASE(pcp_drain_restores_buddy_state),
	KUNIT_CASE(pcp_orders),
	KUNIT_CASE(pcp_per_cpu),
	{}
};

static struct kunit_suite pcp_suite = {
	.name = "pcp",
	.init = boot_small,
	.exit = mm_exit,
	.test_cases = pcp_cases,
};
kunit_test_suite(pcp_suite);

/* =============================== bad_page =============================== */

/* "BUG: Bad page state in process %s  pfn:%05lx" and the reason. */
static void expect_report(struct kunit *test, unsigned long pfn,
			  const char *reason)
{
	char line[128];

	snprintf(line, sizeof(line),
		 "BUG: Bad page state in process %s  pfn:%05lx\n",
		 current_comm(), pfn);
	KUNIT_EXPECT_TRUE(test, log_has(line));
	if (reason) {
		snprintf(line, sizeof(line), "page dumped because: %s", reason);
		KUNIT_EXPECT_TRUE(test, log_has(line));
	}
	if (!log_has(line))
		kunit_info(test, "log: %s", host_log_text());
}

/* Free pages counted both ways, pcp lists included. */
static long all_free(void)
{
	struct zone *zone = zone0();

	return free_pages_of(zone) + host_mm_pcp_count(zone);
}

enum bad_kind { BAD_MAPCOUNT, BAD_MAPPING, BAD_REFCOUNT, BAD_FLAG };

/*
 * Free a corrupted page: the report names it and the reason, the page is
 * not freed (free counts unchanged), nr_bad_pages counts it, the checker
 * still passes with the page leaked.
 */
static void free_bad_page(struct kunit *test, enum bad_kind kind, int flag,
			  const char *reason)
{
	unsigned long bad = nr_bad_pages;
	struct page *page = hm_alloc(MOV, 0);
	long free;

	KUNIT_ASSERT_NOT_NULL(test, page);
	drain_all_pages(NULL);
	free = all_free();
	host_log_clear();
	host_mm_untrack(page);
	switch (kind) {
	case BAD_MAPCOUNT:
		atomic_set(&page->_mapcount, 0);
		break;
	case BAD_MAPPING:
		page->mapping = (struct address_space *)0x1000;
		break;
	case BAD_REFCOUNT:
		break;
	case BAD_FLAG:
		page->flags |= 1UL << flag;
		break;
	}
	if (kind == BAD_REFCOUNT)
		free_unref_page(page, 0);	/* still referenced */
	else
		__free_pages(page, 0);
	expect_report(test, page_to_pfn(page), reason);
	KUNIT_EXPECT_EQ(test, nr_bad_pages, bad + 1);
	drain_all_pages(NULL);
	KUNIT_EXPECT_EQ(test, all_free(), free);
	KUNIT_EXPECT_FALSE(test, PageBuddy(page));
	host_mm_leak(page, 0);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

static void bad_page_mapcount(struct kunit *test)
{
	free_bad_page(test, BAD_MAPCOUNT, 0, "nonzero mapcount");
}

static void bad_page_mapping(struct kunit *test)
{
	free_bad_page(test, BAD_MAPPING, 0, "non-NULL mapping");
}

static void bad_page_refcount(struct kunit *test)
{
	free_bad_page(test, BAD_REFCOUNT, 0, "nonzero _refcount");
}

static void bad_page_flags(struct kunit *test)
{
	int flag;

	for (flag = 0; flag < __NR_PAGEFLAGS; flag++)
		if (PAGE_FLAGS_CHECK_AT_FREE & (1UL << flag))
			free_bad_page(test, BAD_FLAG, flag,
				      "PAGE_FLAGS_CHECK_AT_FREE flag(s) set");
	/* a flag not in the set is simply cleared on the way in */
	{
		struct page *page = hm_alloc(MOV, 0);
		unsigned long bad = nr_bad_pages;

		KUNIT_ASSERT_NOT_NULL(test, page);
		SetPageReferenced(page);
		hm_free(page);
		KUNIT_EXPECT_EQ(test, nr_bad_pages, bad);
		KUNIT_EXPECT_FALSE(test, PageReferenced(page));
	}
}

/* A page memblock kept (PG_reserved) is never taken in by a free. */
static void bad_page_reserved(struct kunit *test)
{
	struct host_mm_opts opts = {
		.nr_reserved = 1,
		.reserved = { { SMALL_BASE + SZ_8M, SZ_1M } },
	};
	unsigned long pfn = PFN_DOWN(SMALL_BASE + SZ_8M) + 5;
	struct page *page;
	long free;

	KUNIT_ASSERT_EQ(test, host_mm_boot(SMALL_BASE, SMALL_SIZE, &opts), 0);
	page = pfn_to_page(pfn);
	KUNIT_ASSERT_TRUE(test, PageReserved(page));
	free = all_free();
	host_log_clear();
	__free_pages(page, 0);
	expect_report(test, pfn, NULL);
	drain_all_pages(NULL);
	KUNIT_EXPECT_EQ(test, all_free(), free);
	KUNIT_EXPECT_TRUE(test, PageReserved(page));
	KUNIT_EXPECT_FALSE(test, PageBuddy(page));
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/* Freeing the same page twice: reported, and the free lists don't change. */
static void bad_page_double_free(struct kunit *test)
{
	struct host_mm_snap before, after;
	struct page *page;
	int order;

	for (order = 0; order <= 5; order += 5) {
		page = hm_alloc(MOV, order);
		KUNIT_ASSERT_NOT_NULL(test, page);
		hm_free(page);
		host_mm_snapshot(&before);
		host_log_clear();
		__free_pages(page, order);		/* on a pcp/buddy list */
		expect_report(test, page_to_pfn(page), NULL);
		host_mm_snapshot(&after);
		host_mm_snap_equal(test, &before, &after, true);
		KUNIT_EXPECT_TRUE(test, host_mm_check(test));

		drain_all_pages(NULL);
		host_mm_snapshot(&before);
		host_log_clear();
		__free_pages(page, order);		/* merged in the buddy lists */
		expect_report(test, page_to_pfn(page), NULL);
		host_mm_snapshot(&after);
		host_mm_snap_equal(test, &before, &after, true);
		KUNIT_EXPECT_TRUE(test, host_mm_check(test));
	}
}

/*
 * A compound page freed with the wrong order (smaller, then larger): the
 * report, and the reference is kept, so the right free that follows gives
 * back every page and nothing counts as bad.
 */
static void bad_page_wrong_order_compound(struct kunit *test)
{
	static const unsigned int orders[][2] = { { 3, 2 }, { 2, 3 } };
	unsigned long bad = nr_bad_pages;
	struct page *page;
	long free;
	int i;

	for (i = 0; i < ARRAY_SIZE(orders); i++) {
		drain_all_pages(NULL);
		free = all_free();
		page = alloc_pages(MOV | __GFP_COMP, orders[i][0]);
		KUNIT_ASSERT_NOT_NULL(test, page);
		host_mm_track(page, orders[i][0]);
		host_log_clear();
		__free_pages(page, orders[i][1]);
		expect_report(test, page_to_pfn(page),
			      "VM_BUG_ON_PAGE(compound && compound_order(page) != order)");
		KUNIT_EXPECT_EQ(test, page_ref_count(page), 1);
		KUNIT_EXPECT_TRUE(test, PageHead(page));
		KUNIT_EXPECT_TRUE(test, host_mm_check(test));

		host_log_clear();
		hm_free(page);
		KUNIT_EXPECT_FALSE(test, log_has("BUG: Bad page state"));
		drain_all_pages(NULL);
		KUNIT_EXPECT_EQ(test, all_free(), free);
		KUNIT_EXPECT_EQ(test, nr_bad_pages, bad);
		KUNIT_EXPECT_TRUE(test, host_mm_check(test));
	}
}

/* Free the order-2 block at @pfn as order 3: refused, nothing changes. */
static void free_plain_as_order3(struct kunit *test, unsigned long pfn)
{
	struct host_mm_snap before, after;

	host_mm_snapshot(&before);
	host_log_clear();
	__free_pages(pfn_to_page(pfn), 3);
	expect_report(test, pfn, "freed as order 3, allocated as order 2");
	host_mm_snapshot(&after);
	host_mm_snap_equal(test, &before, &after, true);
	KUNIT_EXPECT_EQ(test, page_ref_count(pfn_to_page(pfn)), 1);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/*
 * A plain (non-compound) order-2 block freed as order 3, whatever its
 * buddy is doing - allocated, on a pcp list, free in the buddy lists:
 * its pages carry no sign of the order, only the order recorded at
 * allocation tells. Each time the report, no change, and the right free
 * afterwards makes the free count exact. Freed too small (as order 1),
 * the same. A holder of the first page keeps an order-0 page.
 */
static void bad_page_wrong_order_plain(struct kunit *test)
{
	enum { BUDDY_ALLOCATED, BUDDY_ON_PCP, BUDDY_FREE, NR_STATES };
	struct zone *zone = zone0();
	unsigned long bad = nr_bad_pages, pb, pfn;
	long free, freed = 0;
	struct page *page;
	int state;

	hm_grab_all(2);
	pb = tracked_pageblock(zone, 2, 0);
	KUNIT_ASSERT_NE(test, pb, 0);
	free = all_free();

	for (state = 0; state < NR_STATES; state++) {
		pfn = pb + 8 * state;
		if (state != BUDDY_ALLOCATED) {
			hm_free(pfn_to_page(pfn + 4));
			freed += 4;
		}
		if (state == BUDDY_FREE)
			drain_all_pages(NULL);
		free_plain_as_order3(test, pfn);
		hm_free(pfn_to_page(pfn));
		freed += 4;
		drain_all_pages(NULL);
		KUNIT_EXPECT_EQ(test, all_free(), free + freed);
	}

	/* too small an order */
	pfn = pb + 24;
	page = pfn_to_page(pfn);
	host_log_clear();
	__free_pages(page, 1);
	expect_report(test, pfn, "freed as order 1, allocated as order 2");
	KUNIT_EXPECT_EQ(test, page_ref_count(page), 1);
	hm_free(page);
	drain_all_pages(NULL);
	KUNIT_EXPECT_EQ(test, all_free(), free + 24);

	/* someone else holds the first page: the rest goes now, it stays */
	pfn = pb + 28;
	page = pfn_to_page(pfn);
	get_page(page);
	hm_free(page);
	host_mm_track(page, 0);
	drain_all_pages(NULL);
	KUNIT_EXPECT_EQ(test, all_free(), free + 27);
	host_log_clear();
	hm_free(page);
	KUNIT_EXPECT_FALSE(test, log_has("BUG: Bad page state"));
	drain_all_pages(NULL);
	KUNIT_EXPECT_EQ(test, all_free(), free + 28);
	KUNIT_EXPECT_EQ(test, nr_bad_pages, bad);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/* A compound page with a corrupted tail: the whole block stays out. */
static void bad_page_compound_tail(struct kunit *test)
{
	struct page *page = alloc_pages(MOV | __GFP_COMP, 2);
	long free;

	KUNIT_ASSERT_NOT_NULL(test, page);
	drain_all_pages(NULL);
	free = all_free();
	host_log_clear();
	page[2].mapping = NULL;		/* tails hold TAIL_MAPPING */
	put_page(page);
	expect_report(test, page_to_pfn(page + 2), "corrupted mapping in tail page");
	drain_all_pages(NULL);
	KUNIT_EXPECT_EQ(test, all_free(), free);
	host_mm_leak(page, 2);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/*
 * A free page found in a bad state when it is allocated: reported with
 * PAGE_FLAGS_CHECK_AT_PREP, the block is left out, the next one is used.
 */
static void bad_page_at_alloc(struct kunit *test)
{
	struct zone *zone = zone0();
	struct page *blk = list_first_entry(
		&zone->free_area[MAX_ORDER - 1].free_list[MIGRATE_MOVABLE],
		struct page, lru);
	unsigned long bad = nr_bad_pages;

	KUNIT_ASSERT_EQ(test, buddy_order(blk), MAX_ORDER - 1);
	SetPageSlab(blk + 5);
	host_log_clear();
	hm_grab_all(MAX_ORDER - 1);
	expect_report(test, page_to_pfn(blk + 5), "PAGE_FLAGS_CHECK_AT_PREP flag(s) set");
	KUNIT_EXPECT_EQ(test, nr_bad_pages, bad + 1);
	KUNIT_EXPECT_EQ(test, host_mm_tracked_order(page_to_pfn(blk)), -1);
	KUNIT_EXPECT_EQ(test, free_pages_of(zone), 0);
	host_mm_leak(blk, MAX_ORDER - 1);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

static bool filled_with(const void *p, int c, size_t n)
{
	const unsigned char *b = p;
	size_t i;

	for (i = 0; i < n; i++)
		if (b[i] != c)
			return false;
	return true;
}

/* page_poison=1: free memory holds 0xaa, from the hand-over on. */
static void bad_page_poison_fills_free_pages(struct kunit *test)
{
	struct host_mm_opts opts = { .page_poison = true };
	struct zone *zone;
	struct page *blk, *page;

	KUNIT_ASSERT_EQ(test, host_mm_boot(SMALL_BASE, SMALL_SIZE, &opts), 0);
	zone = zone0();
	blk = list_last_entry(&zone->free_area[MAX_ORDER - 1].free_list[MIGRATE_MOVABLE],
			      struct page, lru);
	KUNIT_EXPECT_TRUE(test, filled_with(page_address(blk), PAGE_POISON,
					    PAGE_SIZE << (MAX_ORDER - 1)));
	host_log_clear();
	page = hm_alloc(MOV, 0);
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_FALSE(test, log_has("pagealloc:"));
	memset(page_address(page), 0x11, PAGE_SIZE);
	hm_free(page);
	KUNIT_EXPECT_TRUE(test, filled_with(page_address(page), PAGE_POISON, PAGE_SIZE));
	/* __GFP_ZERO still zeroes */
	page = hm_alloc(MOV | __GFP_ZERO, 0);
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_TRUE(test, filled_with(page_address(page), 0, PAGE_SIZE));
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/* A write to a freed page is found when the page is allocated again. */
static void bad_page_poison_detects_corruption(struct kunit *test)
{
	struct host_mm_opts opts = { .page_poison = true };
	struct page *page, *again;
	unsigned char *p;

	KUNIT_ASSERT_EQ(test, host_mm_boot(SMALL_BASE, SMALL_SIZE, &opts), 0);
	page = hm_alloc(MOV, 0);
	KUNIT_ASSERT_NOT_NULL(test, page);
	hm_free(page);
	p = page_address(page);
	memset(p + 100, 0, 8);			/* use after free */
	host_log_clear();
	again = hm_alloc(MOV, 0);
	KUNIT_ASSERT_PTR_EQ(test, again, page);	/* the hot pcp page */
	KUNIT_EXPECT_TRUE(test, log_has("pagealloc: memory corruption"));
	KUNIT_EXPECT_TRUE(test, log_has("page dumped because: pagealloc: corrupted page details"));

	/* one flipped bit reads as a hardware error */
	hm_free(again);
	p[200] ^= 0x04;
	host_log_clear();
	again = hm_alloc(MOV, 0);
	KUNIT_ASSERT_PTR_EQ(test, again, page);
	KUNIT_EXPECT_TRUE(test, log_has("pagealloc: single bit error"));
	KUNIT_EXPECT_FALSE(test, log_has("pagealloc: memory corruption"));
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/* init_on_free=1 zeroes on free; init_on_alloc=1 on allocation. */
static void bad_page_init_on_free_and_alloc(struct kunit *test)
{
	struct host_mm_opts on_free = { .init_on_free = true };
	struct host_mm_opts on_alloc = { .init_on_alloc = true };
	struct page *page, *again;

	KUNIT_ASSERT_EQ(test, host_mm_boot(SMALL_BASE, SMALL_SIZE, &on_free), 0);
	page = hm_alloc(MOV, 0);
	KUNIT_ASSERT_NOT_NULL(test, page);
	memset(page_address(page), 0x33, PAGE_SIZE);
	hm_free(page);
	KUNIT_EXPECT_TRUE(test, filled_with(page_address(page), 0, PAGE_SIZE));

	KUNIT_ASSERT_EQ(test, host_mm_boot(SMALL_BASE, SMALL_SIZE, &on_alloc), 0);
	page = hm_alloc(MOV, 0);
	KUNIT_ASSERT_NOT_NULL(test, page);
	memset(page_address(page), 0x44, PAGE_SIZE);
	hm_free(page);
	KUNIT_EXPECT_TRUE(test, filled_with(page_address(page), 0x44, PAGE_SIZE));
	again = hm_alloc(MOV, 0);
	KUNIT_ASSERT_PTR_EQ(test, again, page);
	KUNIT_EXPECT_TRUE(test, filled_with(page_address(page), 0, PAGE_SIZE));

	/* neither: the old contents come back, unless __GFP_ZERO */
	KUNIT_ASSERT_EQ(test, host_mm_boot(SMALL_BASE, SMALL_SIZE, NULL), 0);
	page = hm_alloc(MOV, 0);
	KUNIT_ASSERT_NOT_NULL(test, page);
	memset(page_address(page), 0x55, PAGE_SIZE);
	hm_free(page);
	again = hm_alloc(MOV, 0);
	KUNIT_ASSERT_PTR_EQ(test, again, page);
	KUNIT_EXPECT_TRUE(test, filled_with(page_address(page), 0x55, PAGE_SIZE));
	hm_free(again);
	again = hm_alloc(MOV | __GFP_ZERO, 0);
	KUNIT_ASSERT_PTR_EQ(test, again, page);
	KUNIT_EXPECT_TRUE(test, filled_with(page_address(page), 0, PAGE_SIZE));
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

static struct kunit_case bad_page_cases[] = {
	KUNIT_CASE(bad_page_mapcount),
	KUNIT_CASE(bad_page_mapping),
	KUNIT_CASE(bad_page_refcount),
	KUNIT_CASE(bad_page_flags),
	KUNIT_CASE(bad_page_reserved),
	KUNIT_CASE(bad_page_double_free),
	KUNIT_CASE(bad_page_wrong_order_compound),
	KUNIT_CASE(bad_page_wrong_order_plain),
	KUNIT_CASE(bad_page_compound_tail),
	KUNIT_CASE(bad_page_at_alloc),
	KUNIT_CASE(bad_page_poison_fills_free_pages),
	KUNIT_CASE(bad_page_poison_detects_corruption),
	KUNIT_CASE(bad_page_init_on_free_and_alloc),
	{}
};

static struct kunit_suite bad_page_suite = {
	.name = "bad_page",
	.init = boot_small,
	.exit = mm_exit,
	.test_cases = bad_page_cases,
};
kunit_test_suite(bad_page_suite);

/* ============================= buddy_stress ============================= */

#define STRESS_OPS		1000000
#define STRESS_CHECK_EVERY	1000
#define STRESS_MAX_LIVE		32768

struct live_block {
	struct page *page;
	u64 tag;
	u8 order;
	u8 compound;
};

/* Orders 0..10, mostly small: 50% order 0, 20% 1, ... 1% each of 9, 10. */
static unsigned int stress_order(u64 r)
{
	static const u8 cdf[MAX_ORDER] = { 50, 70, 80, 86, 90, 93, 95, 97, 98, 99, 100 };
	unsigned int o, x = r % 100;

	for (o = 0; x >= cdf[o]; o++)
		;
	return o;
}

/*
 * The gfp mix. GFP_ATOMIC only at order 0: a high-order atomic request
 * that succeeds in the slow path reserves a MIGRATE_HIGHATOMIC pageblock,
 * which by design (v5.19) never merges with its neighbour again, so the
 * end state could not equal the start; the reserve has its own case.
 */
static gfp_t stress_gfp(u64 r, unsigned int *order)
{
	static const gfp_t kinds[10] = {
		GFP_KERNEL, GFP_KERNEL, GFP_KERNEL,
		GFP_HIGHUSER_MOVABLE, GFP_HIGHUSER_MOVABLE, GFP_HIGHUSER_MOVABLE,
		GFP_KERNEL | __GFP_RECLAIMABLE,
		GFP_ATOMIC,
		GFP_KERNEL | __GFP_DMA32,
		GFP_NOWAIT | __GFP_MOVABLE,
	};
	gfp_t gfp = kinds[r % 10] | __GFP_NOWARN;

	if (kinds[r % 10] == GFP_ATOMIC)
		*order = 0;
	if (*order && (r >> 8) % 4 == 0)
		gfp |= __GFP_COMP;
	if (*order <= 2 && (r >> 12) % 16 == 0)
		gfp |= __GFP_ZERO;
	return gfp;
}

static void stress_tag(struct live_block *b)
{
	u64 *first = page_address(b->page);
	u64 *last = page_address(b->page + (1UL << b->order) - 1);

	first[1] = b->tag;
	last[2] = ~b->tag;
}

static bool stress_tag_ok(struct live_block *b)
{
	u64 *first = page_address(b->page);
	u64 *last = page_address(b->page + (1UL << b->order) - 1);

	return first[1] == b->tag && last[2] == ~b->tag;
}

/*
 * >= 1,000,000 seeded operations over two zones with the invariant
 * checker every 1000; occupancy swings between 30% and 100% of memory so
 * fallbacks, steals, watermarks and failures all happen. At the end all
 * memory is back and each zone's free_area[] holds, order by order, the
 * same number of blocks as after boot (summed over migrate types: a
 * stolen pageblock keeps its new type, in Linux too, but blocks of all
 * three mobility types merge freely), with NR_FREE_PAGES equal.
 */
static void buddy_stress_random(struct kunit *test)
{
	static const int target_pct[4] = { 30, 90, 50, 100 };
	const u64 seed = 0x7e57ab1e5eedULL;
	struct host_mm_snap before, after;
	unsigned long managed = 0, live_pages = 0, changed_blocks = 0, pfn;
	unsigned long allocs = 0, frees = 0, failures = 0, bad = 0;
	struct live_block *live;
	int nlive = 0, i;
	u64 rnd = seed, op;

	KUNIT_ASSERT_EQ(test, host_mm_boot(SPLIT_BASE, SPLIT_SIZE, NULL), 0);
	kunit_info(test, "seed %#llx, %d operations", (unsigned long long)seed,
		   STRESS_OPS);
	live = calloc(STRESS_MAX_LIVE, sizeof(*live));
	KUNIT_ASSERT_NOT_NULL(test, live);
	for (i = 0; i < host_mm_nr_zones(); i++)
		managed += zone_managed_pages(host_mm_zone(i));
	host_mm_snapshot(&before);

	/* a million operations that did something; failed allocations extra */
	for (op = 0; allocs + frees < STRESS_OPS; op++) {
		u64 r = hm_rand(&rnd);
		unsigned long target = managed * target_pct[(op / 50000) % 4] / 100;
		bool alloc = !nlive || (nlive < STRESS_MAX_LIVE &&
				       r % 100 < (live_pages < target ? 70 : 30));

		if (alloc) {
			unsigned int order = stress_order(r >> 8);
			gfp_t gfp = stress_gfp(r >> 20, &order);
			struct live_block *b = &live[nlive];

			b->page = alloc_pages(gfp, order);
			if (!b->page) {
				failures++;
				goto check;
			}
			b->order = order;
			b->compound = !!(gfp & __GFP_COMP);
			b->tag = op;
			if (!IS_ALIGNED(page_to_pfn(b->page), 1UL << order) ||
			    ((gfp & __GFP_DMA32) &&
			     page_to_phys(b->page + (1UL << order) - 1) >= SZ_4G) ||
			    (b->compound && compound_order(b->page) != order) ||
			    ((gfp & __GFP_ZERO) &&
			     !filled_with(page_address(b->page), 0, PAGE_SIZE)))
				bad++;
			host_mm_track(b->page, order);
			stress_tag(b);
			live_pages += 1UL << order;
			nlive++;
			allocs++;
		} else {
			struct live_block *b = &live[(r >> 8) % nlive];

			if (!stress_tag_ok(b))
				bad++;
			host_mm_untrack(b->page);
			if (b->compound && (r >> 40) % 2)
				put_page(b->page + ((r >> 41) % (1UL << b->order)));
			else
				__free_pages(b->page, b->order);
			live_pages -= 1UL << b->order;
			*b = live[--nlive];
			frees++;
		}
check:
		if (op % STRESS_CHECK_EVERY == STRESS_CHECK_EVERY - 1 &&
		    (!host_mm_check(test) || bad)) {
			KUNIT_FAIL(test, "after operation %llu (seed %#llx): %lu bad blocks",
				   (unsigned long long)op,
				   (unsigned long long)seed, bad);
			break;
		}
	}

	while (nlive) {
		struct live_block *b = &live[--nlive];

		KUNIT_EXPECT_TRUE(test, stress_tag_ok(b));
		host_mm_untrack(b->page);
		__free_pages(b->page, b->order);
	}
	free(live);
	drain_all_pages(NULL);
	host_mm_snapshot(&after);
	KUNIT_EXPECT_TRUE(test, host_mm_snap_equal(test, &before, &after, false));
	for (i = 0; i < host_mm_nr_zones(); i++) {
		struct zone *zone = host_mm_zone(i);

		KUNIT_EXPECT_EQ(test, zone->nr_reserved_highatomic, 0);
		for (pfn = zone->zone_start_pfn; pfn < zone_end_pfn(zone);
		     pfn += pageblock_nr_pages)
			changed_blocks += pb_type(pfn) != MIGRATE_MOVABLE;
	}
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
	kunit_info(test, "%lu allocations (+%lu failed), %lu frees, %llu checks, %lu pageblocks changed type",
		   allocs, failures, frees,
		   (unsigned long long)op / STRESS_CHECK_EVERY, changed_blocks);
}

static struct kunit_case buddy_stress_cases[] = {
	KUNIT_CASE(buddy_stress_random),
	{}
};

static struct kunit_suite buddy_stress_suite = {
	.name = "buddy_stress",
	.init = NULL,
	.exit = mm_exit,
	.test_cases = buddy_stress_cases,
};
kunit_test_suite(buddy_stress_suite);
