// SPDX-License-Identifier: GPL-2.0
/*
 * tests/bench/page_alloc_bench.c - what an allocation and a free cost,
 * in instructions: through the per-CPU lists, and through the buddy
 * lists (pcp high/batch forced to 0/1 so every page goes to the zone).
 * The buddy figure depends on the free lists boot leaves behind: if the
 * freed page's buddy is free, every free merges and every allocation
 * splits again. Compare it only between kernels that boot alike.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <tinymm/bench.h>
#include "internal.h"

static unsigned long alloc_free_loop(unsigned long iters, gfp_t gfp,
				     unsigned int order)
{
	unsigned long i;

	for (i = 0; i < iters; i++) {
		struct page *page = alloc_pages(gfp, order);

		if (!page)
			return i;
		__free_pages(page, order);
	}
	return iters;
}

static unsigned long pcp_order0(unsigned long iters)
{
	return alloc_free_loop(iters, GFP_KERNEL, 0);
}

static struct bench bench_pcp_order0 = {
	.name = "page_alloc_order0_pcp", .unit = "insn/op",
	.run = pcp_order0, .iters = 20000,
};
BENCH(bench_pcp_order0);

/* Make every pcp list pass straight through to the buddy lists. */
static int saved_high[MAX_NUMNODES][MAX_NR_ZONES];
static int saved_batch[MAX_NUMNODES][MAX_NR_ZONES];

static void pcp_bypass_on(void)
{
	struct zone *zone;

	drain_all_pages(NULL);
	for_each_populated_zone(zone) {
		struct per_cpu_pages *pcp = this_cpu_ptr(zone->per_cpu_pageset);

		saved_high[zone->node][zone_idx(zone)] = pcp->high;
		saved_batch[zone->node][zone_idx(zone)] = pcp->batch;
		pcp->high = 0;
		pcp->batch = 1;
	}
}

static void pcp_bypass_off(void)
{
	struct zone *zone;

	for_each_populated_zone(zone) {
		struct per_cpu_pages *pcp = this_cpu_ptr(zone->per_cpu_pageset);

		pcp->high = saved_high[zone->node][zone_idx(zone)];
		pcp->batch = saved_batch[zone->node][zone_idx(zone)];
	}
}

static struct bench bench_buddy_order0 = {
	.name = "page_alloc_order0_buddy", .unit = "insn/op",
	.run = pcp_order0, .setup = pcp_bypass_on,
	.teardown = pcp_bypass_off, .iters = 20000,
};
BENCH(bench_buddy_order0);

static unsigned long order3(unsigned long iters)
{
	return alloc_free_loop(iters, GFP_KERNEL, 3);
}

static struct bench bench_order3 = {
	.name = "page_alloc_order3_pcp", .unit = "insn/op",
	.run = order3, .iters = 10000,
};
BENCH(bench_order3);

static unsigned long order9(unsigned long iters)
{
	return alloc_free_loop(iters, GFP_KERNEL, 9);
}

static struct bench bench_order9 = {
	.name = "page_alloc_order9_buddy", .unit = "insn/op",
	.run = order9, .iters = 5000,
};
BENCH(bench_order9);

static unsigned long zeroed_order0(unsigned long iters)
{
	return alloc_free_loop(iters, GFP_KERNEL | __GFP_ZERO, 0);
}

static struct bench bench_zeroed = {
	.name = "page_alloc_order0_zeroed", .unit = "insn/op",
	.run = zeroed_order0, .iters = 5000,
};
BENCH(bench_zeroed);
