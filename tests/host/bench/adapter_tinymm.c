// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/bench/adapter_tinymm.c - tinymm's own allocators as bench
 * adapters, built from the same mm/ sources as the host tests (here with
 * -O2 and without sanitizers): the real boot of tests/host/mm_host.c on an
 * arena, then
 *   tinymm-buddy    alloc_pages(GFP_KERNEL, order) / __free_pages(),
 *                   through the per-CPU lists for order <= 3 as in Linux;
 *   tinymm-nopcp    the same with every pcp list's high = 0, batch = 1, so
 *                   each page goes to the zone's free lists under
 *                   zone->lock (tests/bench/page_alloc_bench.c's
 *                   page_alloc_order0_buddy does the same);
 *   tinymm-kmalloc  kmalloc()/kfree() after kmem_cache_init().
 * Also the memory-overhead figures (struct page, mem_map, the kmalloc
 * caches' slabs) and the self-check suite host_bench, which proves the
 * workloads leave every allocator as they found it.
 *
 * Linux counterpart: none (see bench.c). One CPU, as the host tests boot.
 */
#include <stdlib.h>
#include <string.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/gfp.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <linux/sizes.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <kunit/test.h>
#include "slab.h"
#include "internal.h"
#include "../mm_host.h"
#include "bench.h"

/* QEMU virt's RAM base, so addresses look like a real boot's */
#define BENCH_RAM_BASE	((phys_addr_t)0x40000000)

static int tinymm_boot(size_t size)
{
	return host_mm_boot(BENCH_RAM_BASE, size, NULL);
}

/* ---- tinymm-buddy ---- */

static int buddy_init(void *arena, size_t size)
{
	return tinymm_boot(size);
}

static void *buddy_alloc(unsigned int order)
{
	struct page *page = alloc_pages(GFP_KERNEL, order);

	return page ? page_address(page) : NULL;
}

static void buddy_free(void *p, unsigned int order)
{
	__free_pages(virt_to_page(p), order);
}

static long buddy_free_pages(void)
{
	drain_all_pages(NULL);
	return nr_free_pages();
}

static void tinymm_exit(void)
{
	host_mm_teardown();
}

const struct alloc_adapter tinymm_buddy_adapter = {
	.name = "tinymm-buddy",
	.what = "alloc_pages(GFP_KERNEL, order) / __free_pages(), pcp lists on",
	.own_arena = true,
	.init = buddy_init,
	.alloc = buddy_alloc,
	.free = buddy_free,
	.free_pages = buddy_free_pages,
	.exit = tinymm_exit,
};

/* ---- tinymm-nopcp ---- */

static int nopcp_init(void *arena, size_t size)
{
	struct zone *zone;
	int ret = tinymm_boot(size);

	if (ret)
		return ret;
	drain_all_pages(NULL);
	for_each_populated_zone(zone) {
		struct per_cpu_pages *pcp = this_cpu_ptr(zone->per_cpu_pageset);

		pcp->high = 0;
		pcp->batch = 1;
	}
	return 0;
}

const struct alloc_adapter tinymm_nopcp_adapter = {
	.name = "tinymm-nopcp",
	.what = "the same, pcp high = 0 / batch = 1: every page via zone->lock",
	.own_arena = true,
	.init = nopcp_init,
	.alloc = buddy_alloc,
	.free = buddy_free,
	.free_pages = buddy_free_pages,
	.exit = tinymm_exit,
};

/* ---- tinymm-kmalloc ---- */

static int kmalloc_init(void *arena, size_t size)
{
	int ret = tinymm_boot(size);

	if (ret)
		return ret;
	slub_debug = 0;
	kmem_cache_init();
	return 0;
}

static void *kmalloc_alloc_bytes(size_t size)
{
	return kmalloc(size, GFP_KERNEL);
}

static void kmalloc_free_bytes(void *p, size_t size)
{
	kfree(p);
}

/* Empty every array cache and give free slabs back: then pages count. */
static long kmalloc_free_pages(void)
{
	struct kmem_cache *s;

	list_for_each_entry(s, &slab_caches, list)
		kmem_cache_shrink(s);
	return buddy_free_pages();
}

const struct alloc_adapter tinymm_kmalloc_adapter = {
	.name = "tinymm-kmalloc",
	.what = "kmalloc(size, GFP_KERNEL) / kfree() (SLAB, kmalloc-8 ... -8192)",
	.own_arena = true,
	.init = kmalloc_init,
	.alloc_bytes = kmalloc_alloc_bytes,
	.free_bytes = kmalloc_free_bytes,
	.free_pages = kmalloc_free_pages,
	.exit = tinymm_exit,
};

/* ---- memory overhead ---- */

static void slab_cache_figures(struct kmem_cache *s, struct bench_slab_cache *c)
{
	struct slabinfo si;
	size_t left_over;

	get_slabinfo(s, &si);
	strscpy(c->name, s->name, sizeof(c->name));
	c->active_objs = si.active_objs;
	c->num_objs = si.num_objs;
	c->num_slabs = si.num_slabs;
	c->object_size = s->object_size;
	c->size = s->size;
	c->objperslab = s->num;
	c->pagesperslab = 1U << s->gfporder;
	cache_estimate(s->gfporder, s->size, s->flags, &left_over);
	c->leftover = left_over;
	c->waste = si.num_objs * s->size - si.active_objs * s->object_size;
}

int tinymm_overhead(size_t arena_size, unsigned long slots,
		    unsigned long steps, struct bench_overhead *o)
{
	struct bench_objects b;
	unsigned long i;
	int ret;

	ret = kmalloc_init(NULL, arena_size);
	if (ret)
		return ret;
	if (bench_objects_init(&b, slots)) {
		tinymm_exit();
		return -ENOMEM;
	}
	for (i = 0; i < steps; i++)
		bench_objects_step(&tinymm_kmalloc_adapter, &b);

	o->sizeof_struct_page = sizeof(struct page);
	o->arena_pages = arena_size >> PAGE_SHIFT;
	o->mem_map_pages = max_mapnr;
	o->mem_map_bytes = max_mapnr * sizeof(struct page);
	o->managed_pages = totalram_pages();
	for (i = 0; i <= KMALLOC_SHIFT_HIGH && o->nr_caches < BENCH_MAX_CACHES; i++) {
		struct kmem_cache *s = kmalloc_caches[KMALLOC_NORMAL][i];
		struct bench_slab_cache *c = &o->caches[o->nr_caches];

		if (!s)
			continue;
		slab_cache_figures(s, c);
		o->slab_bytes += c->num_slabs * c->pagesperslab * PAGE_SIZE;
		o->nr_caches++;
	}
	o->live_objects = b.live;
	for (i = 0; i < b.slots; i++) {
		if (!b.ptr[i])
			continue;
		o->requested_bytes += b.size[i];
		o->rounded_bytes += ksize(b.ptr[i]);
	}
	bench_objects_free_all(&tinymm_kmalloc_adapter, &b);
	bench_objects_exit(&b);
	tinymm_exit();
	return 0;
}

/* ---- self-check: tinymm-host-bench --check ---- */

#define CHECK_SIZE	((size_t)SZ_64M)

/* KUNIT_EXPECT_EQ with a word on which adapter and workload it was */
#define EXPECT_EQ_WHAT(test, l, r, fmt, ...) do {			\
	long long __a = (long long)(l), __b = (long long)(r);		\
									\
	if (__a != __b)							\
		KUNIT_FAIL(test, "%s is %lld, expected %lld: " fmt,	\
			   #l, __a, __b, ##__VA_ARGS__);		\
} while (0)
#define CHECK_ITERS	3000

/* Each workload must give back every page, and leave the buddy state sound. */
static void check_page_adapter(struct kunit *test, const struct alloc_adapter *a)
{
	unsigned int i;
	double ns;

	KUNIT_ASSERT_EQ(test, a->init(NULL, CHECK_SIZE), 0);
	for (i = 0; i < bench_nr_workloads; i++) {
		const struct bench_workload *w = &bench_workloads[i];
		long before;

		if (w->kind != BENCH_PAGES)
			continue;
		before = a->free_pages();
		EXPECT_EQ_WHAT(test, w->run(a, CHECK_ITERS, w->arg, &ns), 0UL,
				    "%s %s: allocations failed", a->name, w->name);
		EXPECT_EQ_WHAT(test, a->free_pages(), before, "%s %s",
				    a->name, w->name);
		KUNIT_EXPECT_TRUE(test, host_mm_check(test));
		KUNIT_EXPECT_GT(test, ns, 0.0);
	}
	a->exit();
}

static void host_bench_buddy(struct kunit *test)
{
	check_page_adapter(test, &tinymm_buddy_adapter);
}

static void host_bench_nopcp(struct kunit *test)
{
	struct zone *zone;

	KUNIT_ASSERT_EQ(test, tinymm_nopcp_adapter.init(NULL, CHECK_SIZE), 0);
	/* the bypass holds: a freed page goes straight back to the zone */
	__free_pages(alloc_pages(GFP_KERNEL, 0), 0);
	for_each_populated_zone(zone)
		KUNIT_EXPECT_EQ(test, host_mm_pcp_count(zone), 0UL);
	tinymm_nopcp_adapter.exit();
	check_page_adapter(test, &tinymm_nopcp_adapter);
}

static void host_bench_kmalloc(struct kunit *test)
{
	const struct alloc_adapter *a = &tinymm_kmalloc_adapter;
	unsigned long reports;
	unsigned int i;
	double ns;

	KUNIT_ASSERT_EQ(test, a->init(NULL, CHECK_SIZE), 0);
	reports = slab_nr_reports;
	for (i = 0; i < bench_nr_workloads; i++) {
		const struct bench_workload *w = &bench_workloads[i];
		long before;

		if (w->kind != BENCH_BYTES)
			continue;
		before = a->free_pages();
		EXPECT_EQ_WHAT(test, w->run(a, CHECK_ITERS, w->arg, &ns), 0UL,
				    "%s: allocations failed", w->name);
		EXPECT_EQ_WHAT(test, a->free_pages(), before, "%s", w->name);
	}
	KUNIT_EXPECT_EQ(test, slab_nr_reports, reports);
	a->exit();
}

/*
 * The baseline allocator has no other test: fill its arena with blocks of
 * mixed orders until it refuses, and check each is aligned, inside the
 * arena, and overlaps no other (every page carries its block's number).
 */
static void host_bench_bitmap(struct kunit *test)
{
	const struct alloc_adapter *a = &bitmap_first_fit_adapter;
	size_t size = CHECK_SIZE;
	unsigned char *arena = aligned_alloc(SZ_2M, size);
	unsigned long nblocks = 0, i, j, pages = 0;
	unsigned int *order;
	void **blk;
	long initial;
	double ns;

	KUNIT_ASSERT_NOT_NULL(test, arena);
	blk = calloc(size >> PAGE_SHIFT, sizeof(*blk));
	order = calloc(size >> PAGE_SHIFT, sizeof(*order));
	KUNIT_ASSERT_TRUE(test, blk && order);
	KUNIT_ASSERT_EQ(test, a->init(arena, size), 0);
	initial = a->free_pages();
	KUNIT_EXPECT_EQ(test, initial, (long)(size >> PAGE_SHIFT) - 1);

	for (j = 0; ; j++) {
		unsigned int o = (j * 7) % 10;
		void *p = a->alloc(o);

		if (!p)
			p = a->alloc(o = 0);
		if (!p)
			break;
		KUNIT_EXPECT_TRUE(test, (unsigned char *)p >= arena + PAGE_SIZE);
		KUNIT_EXPECT_TRUE(test, (unsigned char *)p + (PAGE_SIZE << o) <=
				  arena + size);
		KUNIT_EXPECT_EQ(test, ((unsigned long)p >> PAGE_SHIFT) &
				((1UL << o) - 1), 0UL);
		for (i = 0; i < (1UL << o); i++)
			*(unsigned long *)((unsigned char *)p + i * PAGE_SIZE) = nblocks;
		blk[nblocks] = p;
		order[nblocks++] = o;
		pages += 1UL << o;
	}
	KUNIT_EXPECT_EQ(test, a->free_pages(), 0L);
	KUNIT_EXPECT_EQ(test, (long)pages, initial);
	for (j = 0; j < nblocks; j++) {
		for (i = 0; i < (1UL << order[j]); i++)
			KUNIT_EXPECT_EQ(test, *(unsigned long *)((unsigned char *)blk[j] +
								 i * PAGE_SIZE), j);
		a->free(blk[j], order[j]);
	}
	KUNIT_EXPECT_EQ(test, a->free_pages(), initial);

	for (i = 0; i < bench_nr_workloads; i++) {
		const struct bench_workload *w = &bench_workloads[i];

		if (w->kind != BENCH_PAGES)
			continue;
		EXPECT_EQ_WHAT(test, w->run(a, CHECK_ITERS, w->arg, &ns), 0UL,
				    "%s", w->name);
		EXPECT_EQ_WHAT(test, a->free_pages(), initial, "%s", w->name);
	}
	a->exit();
	free(blk);
	free(order);
	free(arena);
}

static void host_bench_overhead(struct kunit *test)
{
	struct bench_overhead o;
	int i;

	memset(&o, 0, sizeof(o));
	KUNIT_ASSERT_EQ(test, tinymm_overhead(CHECK_SIZE, 4096, 50000, &o), 0);
	KUNIT_EXPECT_LE(test, o.sizeof_struct_page, (size_t)64);
	/* 64 MiB at 1 GiB: mem_map covers exactly the arena's pages */
	KUNIT_EXPECT_EQ(test, o.mem_map_pages, (unsigned long)(CHECK_SIZE >> PAGE_SHIFT));
	KUNIT_EXPECT_EQ(test, o.mem_map_bytes, o.mem_map_pages * sizeof(struct page));
	KUNIT_EXPECT_LT(test, o.managed_pages, o.arena_pages);
	KUNIT_EXPECT_GT(test, o.live_objects, 1000UL);
	KUNIT_EXPECT_LT(test, o.requested_bytes, o.rounded_bytes);
	KUNIT_EXPECT_LT(test, o.rounded_bytes, o.slab_bytes);
	KUNIT_EXPECT_EQ(test, o.nr_caches, KMALLOC_SHIFT_HIGH - KMALLOC_SHIFT_LOW + 3);
	for (i = 0; i < o.nr_caches; i++) {
		KUNIT_EXPECT_LE(test, o.caches[i].active_objs, o.caches[i].num_objs);
		KUNIT_EXPECT_LT(test, o.caches[i].leftover,
				(unsigned long)o.caches[i].pagesperslab * PAGE_SIZE);
	}
}

static struct kunit_case host_bench_cases[] = {
	KUNIT_CASE(host_bench_buddy),
	KUNIT_CASE(host_bench_nopcp),
	KUNIT_CASE(host_bench_kmalloc),
	KUNIT_CASE(host_bench_bitmap),
	KUNIT_CASE(host_bench_overhead),
	{}
};

static struct kunit_suite host_bench_suite = {
	.name = "host_bench",
	.test_cases = host_bench_cases,
};
kunit_test_suite(host_bench_suite);
