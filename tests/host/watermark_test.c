// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/watermark_test.c - the numbers behind the allocator's
 * decisions: min_free_kbytes, each zone's min/low/high watermarks, the
 * lowmem reserves, the per-CPU list sizes, and __zone_watermark_ok()'s
 * verdicts - for several memory sizes, booted on a host arena.
 * Linux counterpart: none in-tree; the formulas are v5.19's,
 * recomputed here independently of mm/mm_init.c:
 *
 *   min_free_kbytes = clamp(int_sqrt(lowmem_kbytes * 16), 128, 262144)
 *     lowmem_kbytes: managed pages of the zones GFP_USER may use
 *   min[zone]  = (min_free_kbytes / 4) * managed[zone] / sum(managed)
 *   gap        = max(min[zone] / 4, managed[zone] * scale_factor / 10000)
 *   low = min + gap, high = min + 2 * gap
 *   lowmem_reserve[i][j] = sum(managed[i+1..j]) / lowmem_reserve_ratio[i]
 *   batch = rounddown_pow_of_two(b + b / 2) - 1,
 *     b = max(1, min(managed / 1024, 256) / 4)
 *   high (pcp) = max(low / cpus of the node, 4 * batch)
 */
#include <string.h>
#include <linux/kernel.h>
#include <linux/sizes.h>
#include <linux/mm.h>
#include <linux/gfp.h>
#include "../expect_math.h"
#include <kunit/test.h>
#include <asm/page.h>
#include "internal.h"
#include "mm_host.h"
#include "host.h"

#define PAGES(bytes)	((unsigned long)((bytes) >> PAGE_SHIFT))

static unsigned long pow2_floor(unsigned long n)
{
	unsigned long p = 1;

	while (p * 2 <= n)
		p *= 2;
	return p;
}

static int expect_batch(unsigned long managed)
{
	long b = min(managed / 1024, 256UL) / 4;

	if (b < 1)
		b = 1;
	return pow2_floor(b + b / 2) - 1;
}

static unsigned long managed(struct zone *zone)
{
	return zone_managed_pages(zone);
}

/* min_free_kbytes as computed at boot (no user value). */
static int expect_min_free_kbytes(void)
{
	unsigned long lowmem_pages = 0;
	int i;
	long v;

	for (i = 0; i < host_mm_nr_zones(); i++)
		if (zone_idx(host_mm_zone(i)) <= ZONE_NORMAL)
			lowmem_pages += managed(host_mm_zone(i));
	v = isqrt(lowmem_pages * (PAGE_SIZE >> 10) * 16);
	return clamp(v, 128L, 262144L);
}

/*
 * Every populated zone's watermarks, reserves and pcp sizes against the
 * formulas, for the given min_free_kbytes. @movable_is_lowmem: v5.19
 * shares min_free_kbytes over every zone but highmem, Movable
 * included.
 */
static void check_zone_numbers(struct kunit *test, int mfk)
{
	unsigned long pages_min = mfk >> (PAGE_SHIFT - 10), lowmem = 0;
	unsigned long totalreserve = 0;
	int i, j, k, n = host_mm_nr_zones();

	for (i = 0; i < n; i++)
		lowmem += managed(host_mm_zone(i));

	for (i = 0; i < n; i++) {
		struct zone *z = host_mm_zone(i);
		pg_data_t *pgdat = z->zone_pgdat;
		unsigned long m = managed(z), min, gap, low, high;
		long maxres = 0;
		int batch, cpus, pcp_high;
		unsigned int cpu;

		min = (unsigned long)((u64)pages_min * m / lowmem);
		gap = max(min / 4, m / 10000 * watermark_scale_factor +
			  m % 10000 * watermark_scale_factor / 10000);
		low = min + gap;
		high = min + 2 * gap;
		KUNIT_EXPECT_EQ(test, z->_watermark[WMARK_MIN], min);
		KUNIT_EXPECT_EQ(test, z->_watermark[WMARK_LOW], low);
		KUNIT_EXPECT_EQ(test, z->_watermark[WMARK_HIGH], high);
		KUNIT_EXPECT_EQ(test, z->watermark_boost, 0);
		if (z->_watermark[WMARK_MIN] != min)
			kunit_info(test, "zone %s (node %d): managed %lu", z->name,
				   z->node, m);

		/* lowmem_reserve against every higher zone of the node */
		for (j = 0; j < MAX_NR_ZONES; j++) {
			int ratio = sysctl_lowmem_reserve_ratio[zone_idx(z)];
			unsigned long above = 0;
			long expect = 0;

			for (k = zone_idx(z) + 1; k <= j; k++)
				above += managed(&pgdat->node_zones[k]);
			if (j > zone_idx(z) && ratio && m)
				expect = above / ratio;
			KUNIT_EXPECT_EQ(test, z->lowmem_reserve[j], expect);
			if (j >= zone_idx(z))
				maxres = max(maxres, expect);
		}
		totalreserve += min((unsigned long)maxres + high, m);

		/* per-CPU lists: high is the low mark split over the node's CPUs */
		batch = max(1, expect_batch(m));
		cpus = z->node == 0 ? nr_cpu_ids : 0;
		if (!cpus)
			cpus = num_online_cpus();
		pcp_high = max((int)(low / cpus), batch * 4);
		KUNIT_EXPECT_EQ(test, zone_batchsize(z), expect_batch(m));
		for_each_possible_cpu(cpu) {
			struct per_cpu_pages *pcp = per_cpu_ptr(z->per_cpu_pageset, cpu);

			KUNIT_EXPECT_EQ(test, pcp->batch, batch);
			KUNIT_EXPECT_EQ(test, pcp->high, pcp_high);
		}
	}
	KUNIT_EXPECT_EQ(test, totalreserve_pages, totalreserve);
}

static void boot_and_check(struct kunit *test, phys_addr_t base, u64 size,
			   const struct host_mm_opts *opts)
{
	int mfk;

	KUNIT_ASSERT_EQ(test, host_mm_boot(base, size, opts), 0);
	mfk = expect_min_free_kbytes();
	KUNIT_EXPECT_EQ(test, min_free_kbytes, mfk);
	check_zone_numbers(test, mfk);
	kunit_info(test, "%4llu MB: min_free_kbytes %d, zone 0 min/low/high %lu/%lu/%lu, batch %d high %d",
		   (unsigned long long)(size >> 20), min_free_kbytes,
		   host_mm_zone(0)->_watermark[WMARK_MIN],
		   host_mm_zone(0)->_watermark[WMARK_LOW],
		   host_mm_zone(0)->_watermark[WMARK_HIGH],
		   per_cpu_ptr(host_mm_zone(0)->per_cpu_pageset, 0)->batch,
		   per_cpu_ptr(host_mm_zone(0)->per_cpu_pageset, 0)->high);
}

static void wmark_exit(struct kunit *test)
{
	host_mm_teardown();
}

static void watermarks_64M(struct kunit *test)
{
	boot_and_check(test, 0x40000000, SZ_64M, NULL);
	/* the known values: 64 MB less memmap -> sqrt(~64.6 MB * 16) KB */
	KUNIT_EXPECT_GE(test, min_free_kbytes, 1000);
	KUNIT_EXPECT_LE(test, min_free_kbytes, 1024);
	KUNIT_EXPECT_EQ(test, per_cpu_ptr(host_mm_zone(0)->per_cpu_pageset, 0)->batch, 3);
}

static void watermarks_512M(struct kunit *test)
{
	boot_and_check(test, 0x40000000, SZ_512M, NULL);
}

static void watermarks_1G(struct kunit *test)
{
	boot_and_check(test, 0x40000000, SZ_1G, NULL);
	/* Linux's table: 1 GB of lowmem gives about 4 MB */
	KUNIT_EXPECT_GE(test, min_free_kbytes, 4000);
	KUNIT_EXPECT_LE(test, min_free_kbytes, 4096);
	KUNIT_EXPECT_EQ(test, per_cpu_ptr(host_mm_zone(0)->per_cpu_pageset, 0)->batch, 63);
}

/* DMA32 and Normal, 256 MB each: min shared out 1:1, reserves set. */
static void watermarks_dma32_and_normal(struct kunit *test)
{
	boot_and_check(test, 0xF0000000, SZ_512M, NULL);
	KUNIT_ASSERT_EQ(test, host_mm_nr_zones(), 2);
	KUNIT_EXPECT_GT(test, host_mm_zone(0)->lowmem_reserve[ZONE_NORMAL], 0);
}

static void watermarks_two_nodes(struct kunit *test)
{
	struct host_mm_opts opts = {
		.nr_nodes = 2,
		.nodes = {
			{ 0x40000000, SZ_128M, 0 },
			{ 0x48000000, SZ_128M, 1 },
		},
	};

	boot_and_check(test, 0x40000000, SZ_256M, &opts);
	KUNIT_EXPECT_EQ(test, host_mm_nr_zones(), 2);
}

/*
 * With movablecore=, v5.19 counts ZONE_MOVABLE as lowmem in
 * __setup_per_zone_wmarks(): it gets its proportional share of
 * min_free_kbytes like any zone but highmem (the cap at managed/1024
 * clamped to 32..128 came after v5.19, with the same test as highmem).
 */
static void watermarks_movable_zone(struct kunit *test)
{
	struct host_mm_opts opts = { .movablecore_pages = PAGES(SZ_32M) };

	boot_and_check(test, 0xFC000000, SZ_128M, &opts);
	KUNIT_ASSERT_EQ(test, host_mm_nr_zones(), 3);
}

/* watermark_scale_factor widens the gaps; pcp high follows low. */
static void watermarks_scale_factor(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, host_mm_boot(0xFC000000, SZ_128M, NULL), 0);
	watermark_scale_factor = 100;
	setup_per_zone_wmarks();
	check_zone_numbers(test, min_free_kbytes);
	watermark_scale_factor = 1000;
	setup_per_zone_wmarks();
	check_zone_numbers(test, min_free_kbytes);
	KUNIT_EXPECT_GT(test, host_mm_zone(0)->_watermark[WMARK_LOW],
			host_mm_zone(0)->_watermark[WMARK_MIN] +
			managed(host_mm_zone(0)) / 11);
	watermark_scale_factor = 10;
}

/* min_free_kbytes=8192 replaces the computed value, and the marks follow. */
static void watermarks_min_free_kbytes_param(struct kunit *test)
{
	struct host_mm_opts opts = { .user_min_free_kbytes = 8192 };

	KUNIT_ASSERT_EQ(test, host_mm_boot(0xFC000000, SZ_128M, &opts), 0);
	KUNIT_EXPECT_EQ(test, min_free_kbytes, 8192);
	check_zone_numbers(test, 8192);

	/* a recalculation keeps a larger user value, and says so */
	host_log_clear();
	init_per_zone_wmark_min();
	KUNIT_EXPECT_EQ(test, min_free_kbytes, 8192);
	KUNIT_EXPECT_TRUE(test, strstr(host_log_text(),
				       "min_free_kbytes is not updated to") != NULL);
	check_zone_numbers(test, 8192);
}

/*
 * The clamp to 128..262144 KB (v5.8 raised the top from 65536), with
 * managed counts made up for the purpose.
 */
static void watermarks_min_free_kbytes_clamped(struct kunit *test)
{
	struct zone *zone;
	unsigned long real;

	KUNIT_ASSERT_EQ(test, host_mm_boot(0x40000000, SZ_64M, NULL), 0);
	zone = host_mm_zone(0);
	real = managed(zone);

	/* 1 TiB: sqrt(2^30 KB * 16) = 131072, past the old 65536 cap */
	memset(zone->_watermark, 0, sizeof(zone->_watermark));
	atomic_long_set(&zone->managed_pages, PAGES(1ULL << 40));
	init_per_zone_wmark_min();
	KUNIT_EXPECT_EQ(test, min_free_kbytes, 131072);

	/* 16 TiB: sqrt(2^34 KB * 16) = 524288 -> 262144 */
	memset(zone->_watermark, 0, sizeof(zone->_watermark));
	atomic_long_set(&zone->managed_pages, PAGES(16ULL << 40));
	init_per_zone_wmark_min();
	KUNIT_EXPECT_EQ(test, min_free_kbytes, 262144);

	/* 900 KB: sqrt(14400) = 120 -> 128 */
	memset(zone->_watermark, 0, sizeof(zone->_watermark));
	atomic_long_set(&zone->managed_pages, 225);
	init_per_zone_wmark_min();
	KUNIT_EXPECT_EQ(test, min_free_kbytes, 128);
	check_zone_numbers(test, 128);

	atomic_long_set(&zone->managed_pages, real);
}

/*
 * A worked example: lowmem_reserve_ratio 256 and 32 for the two
 * lower zones, zones of 8 MB, 64 MB and 256 MB (2048, 16384 and 65536
 * pages): the lowest keeps 16384/256 = 64 pages from the middle zone's
 * allocations and (65536 + 16384)/256 = 320 from the top zone's, the
 * middle one 65536/32 = 2048 from the top zone's.
 */
static void watermarks_lowmem_reserve_worked_example(struct kunit *test)
{
	struct host_mm_opts opts = { .movablecore_pages = PAGES(SZ_16M) };
	static const unsigned long fake[MAX_NR_ZONES] = { 2048, 16384, 65536 };
	unsigned long real[MAX_NR_ZONES];
	pg_data_t *pgdat;
	int i;

	KUNIT_EXPECT_EQ(test, sysctl_lowmem_reserve_ratio[ZONE_DMA32], 256);
	KUNIT_EXPECT_EQ(test, sysctl_lowmem_reserve_ratio[ZONE_NORMAL], 32);
	KUNIT_EXPECT_EQ(test, sysctl_lowmem_reserve_ratio[ZONE_MOVABLE], 0);
	KUNIT_ASSERT_EQ(test, host_mm_boot(0xFC000000, SZ_128M, &opts), 0);
	pgdat = NODE_DATA(0);
	for (i = 0; i < MAX_NR_ZONES; i++) {
		KUNIT_ASSERT_TRUE(test, populated_zone(&pgdat->node_zones[i]));
		real[i] = managed(&pgdat->node_zones[i]);
		atomic_long_set(&pgdat->node_zones[i].managed_pages, fake[i]);
	}
	setup_per_zone_lowmem_reserve();
	KUNIT_EXPECT_EQ(test, pgdat->node_zones[ZONE_DMA32].lowmem_reserve[ZONE_DMA32], 0);
	KUNIT_EXPECT_EQ(test, pgdat->node_zones[ZONE_DMA32].lowmem_reserve[ZONE_NORMAL], 64);
	KUNIT_EXPECT_EQ(test, pgdat->node_zones[ZONE_DMA32].lowmem_reserve[ZONE_MOVABLE], 320);
	KUNIT_EXPECT_EQ(test, pgdat->node_zones[ZONE_NORMAL].lowmem_reserve[ZONE_MOVABLE], 2048);
	KUNIT_EXPECT_EQ(test, pgdat->node_zones[ZONE_NORMAL].lowmem_reserve[ZONE_NORMAL], 0);
	KUNIT_EXPECT_EQ(test, pgdat->node_zones[ZONE_MOVABLE].lowmem_reserve[ZONE_MOVABLE], 0);

	/* a ratio of 0 turns a zone's reserve off */
	sysctl_lowmem_reserve_ratio[ZONE_NORMAL] = 0;
	setup_per_zone_lowmem_reserve();
	KUNIT_EXPECT_EQ(test, pgdat->node_zones[ZONE_NORMAL].lowmem_reserve[ZONE_MOVABLE], 0);
	KUNIT_EXPECT_EQ(test, pgdat->node_zones[ZONE_DMA32].lowmem_reserve[ZONE_MOVABLE], 320);
	sysctl_lowmem_reserve_ratio[ZONE_NORMAL] = 32;

	for (i = 0; i < MAX_NR_ZONES; i++)
		atomic_long_set(&pgdat->node_zones[i].managed_pages, real[i]);
}

/*
 * __zone_watermark_ok(): free pages must stay above the mark plus the
 * lowmem reserve; ALLOC_HIGH takes half the mark off, ALLOC_HARDER a
 * quarter of what is left (ALLOC_OOM half), and without ALLOC_HARDER the
 * highatomic reserve doesn't count as free.
 */
static void watermarks_watermark_ok_reductions(struct kunit *test)
{
	struct zone *z;
	const unsigned long mark = 1000;
	static const struct {
		unsigned int flags;
		long threshold;		/* ok iff free > threshold */
	} cases[] = {
		{ 0, 1000 },
		{ ALLOC_HIGH, 500 },
		{ ALLOC_HARDER, 750 },
		{ ALLOC_HIGH | ALLOC_HARDER, 375 },
		{ ALLOC_OOM, 500 },
		{ ALLOC_HIGH | ALLOC_OOM, 250 },
		{ ALLOC_WMARK_MIN, 1000 },	/* the mark is the caller's */
	};
	unsigned int i;

	KUNIT_ASSERT_EQ(test, host_mm_boot(0x40000000, SZ_64M, NULL), 0);
	z = host_mm_zone(0);
	memset(z->lowmem_reserve, 0, sizeof(z->lowmem_reserve));
	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		long t = cases[i].threshold;

		KUNIT_EXPECT_TRUE(test, __zone_watermark_ok(z, 0, mark, ZONE_NORMAL,
							    cases[i].flags, t + 1));
		KUNIT_EXPECT_FALSE(test, __zone_watermark_ok(z, 0, mark, ZONE_NORMAL,
							     cases[i].flags, t));
	}

	/* the lowmem reserve of the requester's highest zone is added */
	z->lowmem_reserve[ZONE_NORMAL] = 100;
	KUNIT_EXPECT_FALSE(test, __zone_watermark_ok(z, 0, mark, ZONE_NORMAL, 0, 1100));
	KUNIT_EXPECT_TRUE(test, __zone_watermark_ok(z, 0, mark, ZONE_NORMAL, 0, 1101));
	KUNIT_EXPECT_TRUE(test, __zone_watermark_ok(z, 0, mark, ZONE_DMA32, 0, 1001));
	z->lowmem_reserve[ZONE_NORMAL] = 0;

	/* the highatomic reserve is usable only with ALLOC_HARDER */
	z->nr_reserved_highatomic = 200;
	KUNIT_EXPECT_FALSE(test, __zone_watermark_ok(z, 0, mark, ZONE_NORMAL, 0, 1200));
	KUNIT_EXPECT_TRUE(test, __zone_watermark_ok(z, 0, mark, ZONE_NORMAL, 0, 1201));
	KUNIT_EXPECT_TRUE(test, __zone_watermark_ok(z, 0, mark, ZONE_NORMAL,
						    ALLOC_HARDER, 751));
	z->nr_reserved_highatomic = 0;

	/* order n: all but one page of the block don't count */
	KUNIT_EXPECT_FALSE(test, __zone_watermark_ok(z, 3, mark, ZONE_NORMAL, 0, 1007));
	KUNIT_EXPECT_TRUE(test, __zone_watermark_ok(z, 3, mark, ZONE_NORMAL, 0, 1008));
	/* zone_watermark_ok() is the same test on NR_FREE_PAGES */
	KUNIT_EXPECT_TRUE(test, zone_watermark_ok(z, 0, zone_page_state(z, NR_FREE_PAGES) - 1,
						  ZONE_NORMAL, 0));
	KUNIT_EXPECT_FALSE(test, zone_watermark_ok(z, 0, zone_page_state(z, NR_FREE_PAGES),
						   ZONE_NORMAL, 0));
}

/*
 * A high-order check also wants a free block of at least that order on a
 * list the request may use: any mobility type, or HIGHATOMIC with
 * ALLOC_HARDER.
 */
static void watermarks_watermark_ok_high_order(struct kunit *test)
{
	struct zone *z;
	unsigned long pfn, pb = 0;

	KUNIT_ASSERT_EQ(test, host_mm_boot(0x40000000, SZ_64M, NULL), 0);
	z = host_mm_zone(0);
	KUNIT_EXPECT_TRUE(test, __zone_watermark_ok(z, 10, 0, ZONE_NORMAL, 0, 100000));

	/* only single pages free: nothing of order 1 or more */
	hm_grab_all(0);
	for (pfn = z->zone_start_pfn + 1024; pfn < z->zone_start_pfn + 2048; pfn += 2)
		hm_free(pfn_to_page(pfn));
	drain_all_pages(NULL);
	KUNIT_EXPECT_TRUE(test, __zone_watermark_ok(z, 0, 0, ZONE_NORMAL, 0, 100000));
	KUNIT_EXPECT_FALSE(test, __zone_watermark_ok(z, 1, 0, ZONE_NORMAL, 0, 100000));
	KUNIT_EXPECT_FALSE(test, __zone_watermark_ok(z, 1, 0, ZONE_NORMAL,
						     ALLOC_HARDER, 100000));

	/* an order-3 block on the HIGHATOMIC list: only for ALLOC_HARDER */
	for (pfn = round_up(z->zone_start_pfn + 4096, pageblock_nr_pages);
	     pfn < zone_end_pfn(z); pfn += pageblock_nr_pages)
		if (host_mm_tracked_order(pfn) == 0) {
			pb = pfn;
			break;
		}
	KUNIT_ASSERT_NE(test, pb, 0);
	set_pageblock_migratetype(pfn_to_page(pb), MIGRATE_HIGHATOMIC);
	for (pfn = pb; pfn < pb + 8; pfn++)
		hm_free(pfn_to_page(pfn));
	drain_all_pages(NULL);
	KUNIT_ASSERT_EQ(test, hm_list_len(z, 3, MIGRATE_HIGHATOMIC), 1);
	KUNIT_EXPECT_FALSE(test, __zone_watermark_ok(z, 2, 0, ZONE_NORMAL, 0, 100000));
	KUNIT_EXPECT_TRUE(test, __zone_watermark_ok(z, 2, 0, ZONE_NORMAL,
						    ALLOC_HARDER, 100000));
	KUNIT_EXPECT_TRUE(test, __zone_watermark_ok(z, 3, 0, ZONE_NORMAL,
						    ALLOC_OOM, 100000));
	KUNIT_EXPECT_FALSE(test, __zone_watermark_ok(z, 4, 0, ZONE_NORMAL,
						     ALLOC_HARDER, 100000));
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

/* zone_batchsize() over made-up zone sizes, and zone_highsize(). */
static void watermarks_pcp_batch_and_high_formula(struct kunit *test)
{
	static const unsigned long sizes[] = {
		0, 100, 1023, 1024, 4096, 6144, 16384, 65536, 200000,
		262144, 1 << 20, 5UL << 20,
	};
	struct zone *z;
	unsigned long real;
	unsigned int i;

	KUNIT_ASSERT_EQ(test, host_mm_boot(0x40000000, SZ_64M, NULL), 0);
	z = host_mm_zone(0);
	real = managed(z);
	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		atomic_long_set(&z->managed_pages, sizes[i]);
		KUNIT_EXPECT_EQ(test, zone_batchsize(z), expect_batch(sizes[i]));
	}
	/* known points: 1 GB zone -> 63, 64 MB -> 3, tiny -> 0 (then 1) */
	atomic_long_set(&z->managed_pages, 262144);
	KUNIT_EXPECT_EQ(test, zone_batchsize(z), 63);
	atomic_long_set(&z->managed_pages, 16384);
	KUNIT_EXPECT_EQ(test, zone_batchsize(z), 3);
	atomic_long_set(&z->managed_pages, 100);
	KUNIT_EXPECT_EQ(test, zone_batchsize(z), 0);
	atomic_long_set(&z->managed_pages, real);

	/* high: the low mark, at least 4 batches */
	KUNIT_EXPECT_EQ(test, zone_highsize(z, 3, 0),
			max((int)low_wmark_pages(z), 12));
	KUNIT_EXPECT_EQ(test, zone_highsize(z, 1000, 0), 4000);
}

/* Four CPUs on the node: each list gets a quarter of the low mark. */
static void watermarks_pcp_sizes_four_cpus(struct kunit *test)
{
	struct host_mm_opts opts = { .nr_cpus = 4 };

	boot_and_check(test, 0x40000000, SZ_256M, &opts);
	KUNIT_EXPECT_EQ(test, per_cpu_ptr(host_mm_zone(0)->per_cpu_pageset, 3)->high,
			max((int)low_wmark_pages(host_mm_zone(0)) / 4,
			    4 * per_cpu_ptr(host_mm_zone(0)->per_cpu_pageset, 3)->batch));
}

static struct kunit_case watermark_cases[] = {
	KUNIT_CASE(watermarks_64M),
	KUNIT_CASE(watermarks_512M),
	KUNIT_CASE(watermarks_1G),
	KUNIT_CASE(watermarks_dma32_and_normal),
	KUNIT_CASE(watermarks_two_nodes),
	KUNIT_CASE(watermarks_movable_zone),
	KUNIT_CASE(watermarks_scale_factor),
	KUNIT_CASE(watermarks_min_free_kbytes_param),
	KUNIT_CASE(watermarks_min_free_kbytes_clamped),
	KUNIT_CASE(watermarks_lowmem_reserve_worked_example),
	KUNIT_CASE(watermarks_watermark_ok_reductions),
	KUNIT_CASE(watermarks_watermark_ok_high_order),
	KUNIT_CASE(watermarks_pcp_batch_and_high_formula),
	KUNIT_CASE(watermarks_pcp_sizes_four_cpus),
	{}
};

static struct kunit_suite watermark_suite = {
	.name = "watermarks",
	.exit = wmark_exit,
	.test_cases = watermark_cases,
};
kunit_test_suite(watermark_suite);
