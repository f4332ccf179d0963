// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/slab_test.c - the SLAB allocator (mm/slab.c, mm/slab_common.c)
 * on the host: the real page allocator booted on an arena (mm_host.c),
 * then kmem_cache_init() as start_kernel runs it.
 *
 * - slab_order: num / gfporder / on- or off-slab freelist / colour for
 *   several sizes, the values Linux's calculate_slab_order gives with our
 *   parameters (2-byte freelist index and a state byte per object, as
 *   CONFIG_DEBUG_SLAB_LEAK's layout; no OBJFREELIST, slab_max_order 1);
 * - colouring, refill and flush by batchcount, the shared array;
 * - the kmalloc API edges (ZERO_SIZE_PTR, kfree(NULL), kcalloc overflow,
 *   krealloc, ksize, kmalloc_large);
 * - kmem_cache_destroy with objects left (reported, cache kept);
 * - misuse with no debug flags (double, deep and repeated frees, an
 *   interior pointer, the wrong cache, krealloc of freed memory, a large
 *   double free, addresses outside the arena): reported, and the objects
 *   handed out after are distinct and the counts exact;
 * - a seeded 1,000,000-operation stress over 12 caches and every kmalloc
 *   size: no object handed out twice (a hash of live objects and a fill
 *   pattern checked at free), alignment, ctors, slabinfo counts equal to
 *   what is live, and every page back in the buddy allocator at the end.
 * Linux has no host test of SLAB; its in-kernel counterpart is
 * lib/slub_kunit.c (tests/kernel/slab_kunit.c here).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/gfp.h>
#include <linux/slab.h>
#include <linux/sizes.h>
#include <kunit/test.h>
#include "slab.h"
#include "internal.h"
#include "mm_host.h"
#include "host.h"
#include <tinymm/test_hooks.h>

#define SLAB_BASE	((phys_addr_t)0x40000000)
#define SLAB_SIZE	((u64)SZ_64M)

/* The kernel's clock (arch/arm64/kernel/time.c) for STORE_USER's ages. */
__weak u64 local_clock(void)
{
	return 0;
}

static int slab_boot(unsigned int nr_cpus)
{
	struct host_mm_opts opts = { .nr_cpus = nr_cpus };
	int ret;

	host_log_clear();
	ret = host_mm_boot(SLAB_BASE, SLAB_SIZE, &opts);
	if (ret)
		return ret;
	slub_debug = 0;
	kmem_cache_init();
	return 0;
}

static int slab_test_init(struct kunit *test)
{
	return slab_boot(1);
}

static void slab_test_exit(struct kunit *test)
{
	host_mm_teardown();
}

static unsigned long free_pages_now(void)
{
	drain_all_pages(NULL);
	vm_stat_fold_all_cpus();
	return nr_free_pages();
}

/* ---- calculate_slab_order ---- */

struct order_case {
	unsigned int size, align;
	slab_flags_t flags;
	unsigned int num, gfporder, colour;
	bool off_slab;
};

/*
 * Worked from Linux's algorithm, each object costing 3 freelist bytes (a
 * 2-byte index, a state byte; the whole rounded to 2): e.g. 3000 bytes:
 * off-slab order 0 holds 1 object wasting 1096 (> 1/8), order 1 holds 2
 * wasting 2192 - which holds the 6-byte freelist, so on-slab: 8192 / 3003
 * = 2, left 8192 - 6000 - 6 = 2186, colour 2186 / 64 = 34. 128 bytes: an
 * off-slab freelist of 32 * 3 bytes needs kmalloc-96, more than half an
 * object, so on-slab: 4096 / 131 = 31, left 4096 - 3968 - 94 = 34.
 */
static const struct order_case order_cases[] = {
	{ 64,   0, 0,                  61, 0,  0, false },
	{ 96,   0, 0,                  41, 0,  0, false },
	{ 128,  0, 0,                  31, 0,  0, false },
	{ 100,  0, SLAB_HWCACHE_ALIGN, 31, 0,  0, false },
	{ 256,  0, 0,                  16, 0,  0, true },
	{ 1024, 0, 0,                   4, 0,  0, true },
	{ 3000, 0, 0,                   2, 1, 34, false },
	{ 4096, 0, 0,                   1, 0,  0, true },
	{ 8192, 0, 0,                   1, 1,  0, true },
	{ 24,   0, 0,                 151, 0,  0, false },
	{ 200, 64, 0,                  16, 0,  0, true },
};

static void slab_order(struct kunit *test)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(order_cases); i++) {
		const struct order_case *c = &order_cases[i];
		struct kmem_cache *s;

		s = kmem_cache_create("order_test", c->size, c->align,
				      c->flags, NULL);
		KUNIT_ASSERT_NOT_NULL(test, s);
		KUNIT_EXPECT_EQ(test, s->num, c->num);
		KUNIT_EXPECT_EQ(test, s->gfporder, c->gfporder);
		KUNIT_EXPECT_EQ(test, s->colour, c->colour);
		KUNIT_EXPECT_EQ(test, !!OFF_SLAB(s), c->off_slab);
		KUNIT_EXPECT_EQ(test, s->freelist_size,
				ALIGN(c->num * 3, sizeof(freelist_idx_t)));
		if (s->num != c->num || s->gfporder != c->gfporder ||
		    !!OFF_SLAB(s) != c->off_slab || s->colour != c->colour)
			kunit_info(test, "size %u: num %u order %u off %d colour %zu",
				   c->size, s->num, s->gfporder, !!OFF_SLAB(s),
				   s->colour);
		kmem_cache_destroy(s);
	}
	/* the boot caches, as slabinfo shows them */
	KUNIT_EXPECT_EQ(test, kmalloc_caches[0][3]->num, 372u);	/* kmalloc-8 */
	KUNIT_EXPECT_EQ(test, kmalloc_caches[0][13]->gfporder, 1u);	/* 8k */
}

/* The freelist sits at the slab's end, or in a kmalloc object. */
static void slab_freelist_placement(struct kunit *test)
{
	struct kmem_cache *on = kmem_cache_create("on", 64, 0, 0, NULL);
	struct kmem_cache *off = kmem_cache_create("off", 1024, 0, 0, NULL);
	void *a = kmem_cache_alloc(on, GFP_KERNEL);
	void *b = kmem_cache_alloc(off, GFP_KERNEL);
	struct page *pa = virt_to_head_page(a), *pb = virt_to_head_page(b);
	struct page *fl;

	KUNIT_ASSERT_TRUE(test, a && b);
	KUNIT_EXPECT_TRUE(test, PageSlab(pa));
	KUNIT_EXPECT_PTR_EQ(test, pa->slab_cache, on);
	KUNIT_EXPECT_PTR_EQ(test, pa->freelist,
			    (char *)page_address(pa) + PAGE_SIZE - on->freelist_size);
	fl = virt_to_head_page(pb->freelist);
	KUNIT_EXPECT_TRUE(test, PageSlab(fl));
	KUNIT_EXPECT_PTR_EQ(test, fl->slab_cache, off->freelist_cache);
	/* 4 objects: 4 indexes and 4 state bytes, 12 bytes: kmalloc-16 */
	KUNIT_EXPECT_PTR_EQ(test, off->freelist_cache, kmalloc_caches[0][4]);
	kmem_cache_free(on, a);
	kmem_cache_free(off, b);
	kmem_cache_destroy(on);
	kmem_cache_destroy(off);
}

/* Successive slabs start colour_off further in, wrapping at colour. */
static void slab_colouring(struct kunit *test)
{
	struct kmem_cache *s = kmem_cache_create("colour", 3000, 0, 0, NULL);
	static void *objs[200];
	struct page *last = NULL;
	unsigned int i, slabs = 0;

	KUNIT_ASSERT_NOT_NULL(test, s);
	KUNIT_ASSERT_EQ(test, s->colour, 34u);
	for (i = 0; i < ARRAY_SIZE(objs); i++) {
		struct page *page;

		objs[i] = kmem_cache_alloc(s, GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, objs[i]);
		page = virt_to_head_page(objs[i]);
		if (page == last)
			continue;
		last = page;
		slabs++;
		/* colour_next is advanced before use: the first slab gets 1 */
		KUNIT_EXPECT_EQ(test, (unsigned long)((char *)page->s_mem -
						      (char *)page_address(page)),
				(unsigned long)(slabs % 34) * s->colour_off);
	}
	KUNIT_EXPECT_GE(test, slabs, 70u);
	for (i = 0; i < ARRAY_SIZE(objs); i++)
		kmem_cache_free(s, objs[i]);
	kmem_cache_destroy(s);
}

/* Refill: 16 when cold, then batchcount; flush: batchcount at limit. */
static void slab_refill_flush(struct kunit *test)
{
	struct kmem_cache *s = kmem_cache_create("batch", 64, 0, 0, NULL);
	static void *objs[300];
	struct array_cache *ac;
	unsigned int i;

	KUNIT_ASSERT_NOT_NULL(test, s);
	KUNIT_EXPECT_EQ(test, s->limit, 120u);
	KUNIT_EXPECT_EQ(test, s->batchcount, 60u);
	KUNIT_EXPECT_EQ(test, s->shared, 0u);	/* one CPU: no shared array */
	ac = cpu_cache_get(s);
	objs[0] = kmem_cache_alloc(s, GFP_KERNEL);
	KUNIT_EXPECT_EQ(test, ac->avail, 15u);	/* BATCHREFILL_LIMIT - 1 */
	for (i = 1; i < 16; i++)
		objs[i] = kmem_cache_alloc(s, GFP_KERNEL);
	KUNIT_EXPECT_EQ(test, ac->avail, 0u);
	/*
	 * Touched: up to a full batch of 60, but only from slabs already
	 * there - the 45 left in the first one; refill grows only when it
	 * found nothing (Linux's cache_alloc_refill).
	 */
	objs[16] = kmem_cache_alloc(s, GFP_KERNEL);
	KUNIT_EXPECT_EQ(test, ac->avail, 44u);
	for (i = 17; i < 300; i++)
		objs[i] = kmem_cache_alloc(s, GFP_KERNEL);
	drain_cpu_caches(s);
	KUNIT_EXPECT_EQ(test, ac->avail, 0u);
	for (i = 0; i < 120; i++)
		kmem_cache_free(s, objs[i]);
	KUNIT_EXPECT_EQ(test, ac->avail, 120u);
	kmem_cache_free(s, objs[120]);
	KUNIT_EXPECT_EQ(test, ac->avail, 61u);	/* 60 flushed, then pushed */
	for (i = 121; i < 300; i++)
		kmem_cache_free(s, objs[i]);
	kmem_cache_destroy(s);
}

/* With two CPUs a flush fills the node's shared array, a refill empties it. */
static void slab_shared_array(struct kunit *test)
{
	struct kmem_cache *s;
	struct kmem_cache_node *n;
	static void *objs[200];
	struct array_cache *ac;
	unsigned int i;

	KUNIT_ASSERT_EQ(test, slab_boot(2), 0);
	s = kmem_cache_create("shared", 64, 0, 0, NULL);
	KUNIT_ASSERT_NOT_NULL(test, s);
	KUNIT_EXPECT_EQ(test, s->shared, 8u);
	n = get_node(s, 0);
	KUNIT_ASSERT_NOT_NULL(test, n->shared);
	KUNIT_EXPECT_EQ(test, n->shared->limit, 8u * 60);
	KUNIT_EXPECT_EQ(test, n->free_limit, 3u * 60 + 61);
	for (i = 0; i < 200; i++)
		objs[i] = kmem_cache_alloc(s, GFP_KERNEL);
	drain_cpu_caches(s);
	ac = cpu_cache_get(s);
	for (i = 0; i < 121; i++)
		kmem_cache_free(s, objs[i]);
	KUNIT_EXPECT_EQ(test, n->shared->avail, 60u);
	KUNIT_EXPECT_EQ(test, ac->avail, 61u);
	ac->touched = 1;
	ac->avail = 0;			/* pretend this CPU used them */
	objs[0] = kmem_cache_alloc(s, GFP_KERNEL);	/* from shared */
	KUNIT_EXPECT_EQ(test, n->shared->avail, 0u);
	KUNIT_EXPECT_EQ(test, ac->avail, 59u);
	/* objects "used" above: the test lost track; shrink can't free all */
	KUNIT_EXPECT_EQ(test, kmem_cache_shrink(s), 1);
}

/*
 * An object's state byte address travels with it through the shared
 * array: a double free is caught there, and objects refilled from it are
 * marked handed out by the pop, so freeing them again is no double free.
 */
static void slab_shared_array_states(struct kunit *test)
{
	unsigned long reports = slab_nr_reports;
	static void *objs[200];
	struct kmem_cache *s;
	unsigned int i;

	KUNIT_ASSERT_EQ(test, slab_boot(2), 0);
	reports = slab_nr_reports;
	s = kmem_cache_create("shared_states", 64, 0, 0, NULL);
	KUNIT_ASSERT_NOT_NULL(test, s);
	for (i = 0; i < 200; i++)
		objs[i] = kmem_cache_alloc(s, GFP_KERNEL);
	drain_cpu_caches(s);
	for (i = 0; i < 121; i++)	/* 0..59 go on to the shared array */
		kmem_cache_free(s, objs[i]);
	KUNIT_ASSERT_EQ(test, get_node(s, 0)->shared->avail, 60u);
	kmem_cache_free(s, objs[5]);
	KUNIT_EXPECT_EQ(test, slab_nr_reports, reports + 1);
	/* 61 from this CPU's array, then 60 refilled from the shared one */
	for (i = 0; i < 121; i++)
		objs[i] = kmem_cache_alloc(s, GFP_KERNEL);
	KUNIT_EXPECT_EQ(test, get_node(s, 0)->shared->avail, 0u);
	for (i = 0; i < 200; i++)
		kmem_cache_free(s, objs[i]);
	KUNIT_EXPECT_EQ(test, slab_nr_reports, reports + 1);
	kmem_cache_free(s, objs[7]);
	KUNIT_EXPECT_EQ(test, slab_nr_reports, reports + 2);
	KUNIT_EXPECT_EQ(test, kmem_cache_shrink(s), 0);
	kmem_cache_destroy(s);
}

/* ---- the kmalloc API ---- */

static void slab_kmalloc_api(struct kunit *test)
{
	unsigned long before;
	char *p, *q;
	size_t i;

	KUNIT_EXPECT_PTR_EQ(test, kmalloc(0, GFP_KERNEL), ZERO_SIZE_PTR);
	KUNIT_EXPECT_TRUE(test, ZERO_OR_NULL_PTR(ZERO_SIZE_PTR));
	KUNIT_EXPECT_TRUE(test, ZERO_OR_NULL_PTR(NULL));
	kfree(NULL);
	kfree(ZERO_SIZE_PTR);
	KUNIT_EXPECT_EQ(test, ksize(ZERO_SIZE_PTR), 0u);

	KUNIT_EXPECT_NULL(test, kcalloc(SIZE_MAX / 2, 4, GFP_KERNEL));
	KUNIT_EXPECT_NULL(test, kmalloc_array(1UL << 33, 1UL << 33, GFP_KERNEL));
	p = kcalloc(10, 10, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_EQ(test, ksize(p), 128u);
	for (i = 0; i < 100; i++)
		KUNIT_EXPECT_EQ(test, p[i], 0);
	kfree(p);

	/* kmalloc_index / roundup as Linux: 65..96 -> 96, 129..192 -> 192 */
	KUNIT_EXPECT_EQ(test, kmalloc_index(1), 3);
	KUNIT_EXPECT_EQ(test, kmalloc_index(65), 1);
	KUNIT_EXPECT_EQ(test, kmalloc_index(97), 7);
	KUNIT_EXPECT_EQ(test, kmalloc_index(129), 2);
	KUNIT_EXPECT_EQ(test, kmalloc_index(193), 8);
	KUNIT_EXPECT_EQ(test, kmalloc_index(8192), 13);
	KUNIT_EXPECT_EQ(test, kmalloc_size_roundup(65), 96u);
	KUNIT_EXPECT_EQ(test, kmalloc_size_roundup(100), 128u);
	KUNIT_EXPECT_EQ(test, kmalloc_size_roundup(9000), 16384u);
	KUNIT_EXPECT_STREQ(test, kmalloc_slab(1000, 0)->name, "kmalloc-1k");

	/* krealloc: grow keeps the bytes, shrink within ksize stays put */
	p = kmalloc(20, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_EQ(test, ksize(p), 32u);
	for (i = 0; i < 20; i++)
		p[i] = (char)i;
	q = krealloc(p, 30, GFP_KERNEL);
	KUNIT_EXPECT_PTR_EQ(test, q, p);
	p = krealloc(q, 5000, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_EQ(test, ksize(p), 8192u);
	for (i = 0; i < 20; i++)
		KUNIT_EXPECT_EQ(test, p[i], (char)i);
	q = krealloc(p, 10, GFP_KERNEL);	/* shrink: same object */
	KUNIT_EXPECT_PTR_EQ(test, q, p);
	KUNIT_EXPECT_PTR_EQ(test, krealloc(q, 0, GFP_KERNEL), ZERO_SIZE_PTR);
	p = krealloc(NULL, 40, GFP_KERNEL);
	KUNIT_EXPECT_EQ(test, ksize(p), 64u);
	kfree(p);

	/* kmalloc_large: a compound page straight from the buddy allocator */
	drop_slab();
	before = free_pages_now();
	p = kmalloc(100000, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_FALSE(test, PageSlab(virt_to_head_page(p)));
	KUNIT_EXPECT_TRUE(test, PageHead(virt_to_head_page(p)));
	KUNIT_EXPECT_EQ(test, ksize(p), 131072u);
	KUNIT_EXPECT_PTR_EQ(test, virt_to_head_page(p + 70000),
			    virt_to_head_page(p));
	KUNIT_EXPECT_EQ(test, free_pages_now(), before - 32);
	kfree(p + 0);
	KUNIT_EXPECT_EQ(test, free_pages_now(), before);
	KUNIT_EXPECT_NULL(test, kmalloc(64UL << 20, GFP_KERNEL | __GFP_NOWARN));
}

/* Objects left at destroy: reported SLUB-style, and the cache stays. */
static void slab_destroy_leftovers(struct kunit *test)
{
	struct kmem_cache *s = kmem_cache_create("leaky", 128, 0, 0, NULL);
	unsigned long reports = slab_nr_reports;
	struct kmem_cache *c;
	bool listed = false;
	char bug[128];
	void *a, *b;

	KUNIT_ASSERT_NOT_NULL(test, s);
	a = kmem_cache_alloc(s, GFP_KERNEL);
	b = kmem_cache_alloc(s, GFP_KERNEL);
	kmem_cache_free(s, b);
	/* the banner carries the taint as it is when the report is made */
	snprintf(bug, sizeof(bug), "BUG leaky (%s): Objects remaining in leaky on __kmem_cache_shutdown()",
		 print_tainted());
	host_log_clear();
	kmem_cache_destroy(s);
	KUNIT_EXPECT_TRUE(test, strstr(host_log_text(), bug) != NULL);
	KUNIT_EXPECT_TRUE(test, strstr(host_log_text(),
		"kmem_cache_destroy leaky: Slab cache still has objects") != NULL);
	KUNIT_EXPECT_EQ(test, slab_nr_reports, reports + 1);
	list_for_each_entry(c, &slab_caches, list)
		listed |= c == s;
	KUNIT_EXPECT_TRUE(test, listed);
	/* still usable, and destroyable once empty */
	b = kmem_cache_alloc(s, GFP_KERNEL);
	KUNIT_EXPECT_NOT_NULL(test, b);
	kmem_cache_free(s, a);
	kmem_cache_free(s, b);
	kmem_cache_destroy(s);
	listed = false;
	list_for_each_entry(c, &slab_caches, list)
		listed |= c == s;
	KUNIT_EXPECT_FALSE(test, listed);
}

/* slabinfo's text: Linux's header and row format */
static void slab_slabinfo_format(struct kunit *test)
{
	host_log_clear();
	host_show(slabinfo_show, NULL);
	KUNIT_EXPECT_TRUE(test, strstr(host_log_text(), "slabinfo - version: 2.1\n# name            <active_objs> <num_objs> <objsize> <objperslab> <pagesperslab> : tunables <limit> <batchcount> <sharedfactor> : slabdata <active_slabs> <num_slabs> <sharedavail>\n") != NULL);
	/*
	 * After boot only each cache's node structure is kmalloc()ed (14
	 * caches, node 0): the array caches live in per-CPU memory.
	 */
	KUNIT_EXPECT_TRUE(test, strstr(host_log_text(),
		"\nkmalloc-128           14     31    128   31    1 : tunables  120   60    0 : slabdata      1      1      0\n") != NULL);
}

/* ---- the stress ---- */

#define NR_SLOTS	16384
#define HASH_SIZE	65536	/* power of two, > 2 * NR_SLOTS */
#define NR_TEST_CACHES	12
#define STRESS_OPS	1000000

struct slot {
	u8 *p;
	unsigned int size;
	int cache;		/* index into caches[], or -1: kmalloc */
};

static struct slot slots[NR_SLOTS];
static u8 **live;		/* open-addressing set of live pointers */

static unsigned long hash_ptr(const void *p)
{
	return ((unsigned long)p * 0x9E3779B97F4A7C15UL) >> 48;
}

static bool live_insert(const void *p)
{
	unsigned long h = hash_ptr(p) & (HASH_SIZE - 1);

	while (live[h]) {
		if (live[h] == p)
			return false;
		h = (h + 1) & (HASH_SIZE - 1);
	}
	live[h] = (u8 *)p;
	return true;
}

static bool live_remove(const void *p)
{
	unsigned long h = hash_ptr(p) & (HASH_SIZE - 1), j;

	while (live[h] != p) {
		if (!live[h])
			return false;
		h = (h + 1) & (HASH_SIZE - 1);
	}
	/* backward-shift deletion keeps the probe chains intact */
	live[h] = NULL;
	for (j = (h + 1) & (HASH_SIZE - 1); live[j];
	     j = (j + 1) & (HASH_SIZE - 1)) {
		u8 *q = live[j];

		live[j] = NULL;
		live_insert(q);
	}
	return true;
}

#define CTOR_MAGIC	0xc7

static void stress_ctor(void *obj)
{
	memset(obj, CTOR_MAGIC, 16);
}

static const struct {
	unsigned int size, align;
	slab_flags_t flags;
	bool ctor;
} stress_specs[NR_TEST_CACHES] = {
	{ 8, 0, 0, false },
	{ 24, 0, SLAB_HWCACHE_ALIGN, false },
	{ 40, 8, 0, true },
	{ 64, 64, 0, false },
	{ 100, 0, SLAB_HWCACHE_ALIGN, true },
	{ 200, 32, 0, false },
	{ 333, 0, SLAB_RECLAIM_ACCOUNT, false },
	{ 640, 128, 0, true },
	{ 1500, 0, SLAB_HWCACHE_ALIGN, false },
	{ 3000, 0, 0, false },
	{ 4096, 4096, 0, false },
	{ 7000, 0, SLAB_RECLAIM_ACCOUNT, true },
};

static struct kmem_cache *caches[NR_TEST_CACHES];
static long live_in_cache[NR_TEST_CACHES];
static long live_in_kmalloc[KMALLOC_SHIFT_HIGH + 1];
static unsigned long base_active[KMALLOC_SHIFT_HIGH + 1];

static unsigned long cached_objs(struct kmem_cache *s)
{
	struct slabinfo si = { 0 };
	unsigned long n;
	unsigned int cpu;

	get_slabinfo(s, &si);
	n = si.shared_avail;
	for_each_possible_cpu(cpu)
		n += per_cpu_ptr(s->cpu_cache, cpu)->avail;
	return n;
}

static unsigned long active_objs(struct kmem_cache *s)
{
	struct slabinfo si = { 0 };

	get_slabinfo(s, &si);
	return si.active_objs;
}

/* Off-slab caches keep one freelist per slab in a kmalloc cache. */
static unsigned long freelist_objs(struct kmem_cache *s)
{
	struct kmem_cache *c;
	unsigned long n = 0;

	list_for_each_entry(c, &slab_caches, list) {
		struct slabinfo si = { 0 };

		if (!OFF_SLAB(c) || c->freelist_cache != s)
			continue;
		get_slabinfo(c, &si);
		n += si.num_slabs;
	}
	return n;
}

static bool check_counts(struct kunit *test)
{
	bool ok = true;
	int i;

	for (i = 0; i < NR_TEST_CACHES; i++) {
		unsigned long want = live_in_cache[i] + cached_objs(caches[i]);

		if (active_objs(caches[i]) != want) {
			KUNIT_FAIL(test, "%s: active_objs %lu, live+cached %lu",
				   caches[i]->name, active_objs(caches[i]), want);
			ok = false;
		}
	}
	for (i = KMALLOC_SHIFT_LOW - 2; i <= KMALLOC_SHIFT_HIGH; i++) {
		struct kmem_cache *s = kmalloc_caches[0][i];
		unsigned long want;

		if (!s || i == 0)
			continue;
		want = base_active[i] + live_in_kmalloc[i] + cached_objs(s) +
		       freelist_objs(s);
		if (active_objs(s) != want) {
			KUNIT_FAIL(test, "%s: active_objs %lu, want %lu",
				   s->name, active_objs(s), want);
			ok = false;
		}
	}
	return ok;
}

static void fill(struct slot *sl, unsigned int id)
{
	unsigned int from = sl->cache >= 0 && stress_specs[sl->cache].ctor ? 16 : 0;

	if (sl->size > from)
		memset(sl->p + from, (u8)id, sl->size - from);
}

static bool intact(struct slot *sl, unsigned int id)
{
	unsigned int i, from = 0;

	if (sl->cache >= 0 && stress_specs[sl->cache].ctor) {
		for (i = 0; i < 16; i++)
			if (sl->p[i] != CTOR_MAGIC)
				return false;
		from = 16;
	}
	for (i = from; i < sl->size; i++)
		if (sl->p[i] != (u8)id)
			return false;
	return true;
}

static void slab_stress(struct kunit *test)
{
	unsigned long start_free, start_slab, ops, fails = 0;
	u64 seed = 0x5eed51ab;
	struct timespec t0, t1;
	unsigned int i;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	live = calloc(HASH_SIZE, sizeof(*live));
	KUNIT_ASSERT_NOT_NULL(test, live);
	memset(slots, 0, sizeof(slots));
	memset(live_in_cache, 0, sizeof(live_in_cache));
	memset(live_in_kmalloc, 0, sizeof(live_in_kmalloc));

	drop_slab();
	start_free = free_pages_now();
	start_slab = global_node_page_state_settled(NR_SLAB_UNRECLAIMABLE_B) + global_node_page_state_settled(NR_SLAB_RECLAIMABLE_B);

	for (i = 0; i < NR_TEST_CACHES; i++) {
		char name[24];

		snprintf(name, sizeof(name), "stress-%u", stress_specs[i].size);
		caches[i] = kmem_cache_create(name, stress_specs[i].size,
					      stress_specs[i].align,
					      stress_specs[i].flags,
					      stress_specs[i].ctor ? stress_ctor : NULL);
		KUNIT_ASSERT_NOT_NULL(test, caches[i]);
	}
	/* what the kmalloc caches hold for the slab layer itself */
	drop_slab();
	for (i = 1; i <= KMALLOC_SHIFT_HIGH; i++)
		if (kmalloc_caches[0][i])
			base_active[i] = active_objs(kmalloc_caches[0][i]) -
				freelist_objs(kmalloc_caches[0][i]);

	for (ops = 0; ops < STRESS_OPS; ops++) {
		unsigned int id = hm_rand(&seed) % NR_SLOTS;
		struct slot *sl = &slots[id];
		u64 r = hm_rand(&seed);

		if (sl->p) {
			KUNIT_ASSERT_TRUE(test, intact(sl, id));
			KUNIT_ASSERT_TRUE(test, live_remove(sl->p));
			if (sl->cache >= 0) {
				if (stress_specs[sl->cache].ctor)
					stress_ctor(sl->p);
				kmem_cache_free(caches[sl->cache], sl->p);
				live_in_cache[sl->cache]--;
			} else {
				int idx = sl->size <= KMALLOC_MAX_CACHE_SIZE ?
					  kmalloc_index(sl->size) : -1;

				kfree(sl->p);
				if (idx > 0)
					live_in_kmalloc[idx]--;
			}
			sl->p = NULL;
			continue;
		}
		if (r & 1) {
			int c = (r >> 1) % NR_TEST_CACHES;
			unsigned int align = caches[c]->align;

			sl->p = kmem_cache_alloc(caches[c], GFP_KERNEL);
			sl->cache = c;
			sl->size = stress_specs[c].size;
			if (!sl->p) {
				fails++;
				continue;
			}
			KUNIT_ASSERT_EQ(test, (unsigned long)__pa(sl->p) % align, 0ul);
			if (stress_specs[c].align)
				KUNIT_ASSERT_EQ(test, (unsigned long)__pa(sl->p) %
						stress_specs[c].align, 0ul);
			if (stress_specs[c].ctor)
				KUNIT_ASSERT_TRUE(test, sl->p[0] == CTOR_MAGIC &&
						  sl->p[15] == CTOR_MAGIC);
			live_in_cache[c]++;
		} else {
			/* every kmalloc size, and now and then a large one */
			unsigned int size = (r >> 8) % 64 ? 1 + (r >> 16) % 8192 :
					    8193 + (r >> 16) % 40000;
			int idx = size <= KMALLOC_MAX_CACHE_SIZE ?
				  kmalloc_index(size) : -1;

			sl->p = kmalloc(size, GFP_KERNEL);
			sl->cache = -1;
			sl->size = size;
			if (!sl->p) {
				fails++;
				continue;
			}
			KUNIT_ASSERT_EQ(test, (unsigned long)__pa(sl->p) % 8, 0ul);
			if (idx > 2)	/* power-of-two caches: natural alignment */
				KUNIT_ASSERT_EQ(test, (unsigned long)__pa(sl->p) %
						(1UL << idx), 0ul);
			KUNIT_ASSERT_GE(test, ksize(sl->p), (size_t)size);
			if (idx > 0)
				live_in_kmalloc[idx]++;
		}
		/* handed out twice? */
		KUNIT_ASSERT_TRUE(test, live_insert(sl->p));
		fill(sl, id);
		if (ops % 100000 == 0)
			KUNIT_ASSERT_TRUE(test, check_counts(test));
		if (ops % 250000 == 0)
			cache_reap();
	}
	KUNIT_EXPECT_EQ(test, fails, 0ul);
	KUNIT_EXPECT_TRUE(test, check_counts(test));
	/* drained arrays: slabinfo's active objects are exactly the live ones */
	for (i = 0; i < NR_TEST_CACHES; i++) {
		drain_cpu_caches(caches[i]);
		KUNIT_EXPECT_EQ(test, active_objs(caches[i]),
				(unsigned long)live_in_cache[i]);
	}

	for (i = 0; i < NR_SLOTS; i++) {
		struct slot *sl = &slots[i];

		if (!sl->p)
			continue;
		KUNIT_EXPECT_TRUE(test, intact(sl, i));
		if (sl->cache >= 0)
			kmem_cache_free(caches[sl->cache], sl->p);
		else
			kfree(sl->p);
		sl->p = NULL;
	}
	for (i = 0; i < NR_TEST_CACHES; i++)
		kmem_cache_destroy(caches[i]);
	drop_slab();
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_SLAB_UNRECLAIMABLE_B) + global_node_page_state_settled(NR_SLAB_RECLAIMABLE_B),
			start_slab);
	KUNIT_EXPECT_EQ(test, free_pages_now(), start_free);
	KUNIT_EXPECT_EQ(test, slab_nr_reports, 0ul);
	free(live);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	kunit_info(test, "%d ops in %ld ms", STRESS_OPS,
		   (long)((t1.tv_sec - t0.tv_sec) * 1000 +
			  (t1.tv_nsec - t0.tv_nsec) / 1000000));
}

/* ---- misuse: reported, and nothing changes ---- */

extern int host_warn_count;

static unsigned long active_now(struct kmem_cache *s)
{
	struct slabinfo si = { 0 };

	drain_cpu_caches(s);
	get_slabinfo(s, &si);
	return si.active_objs;
}

/* 200 objects of @s: pairwise apart by a whole object, then freed. */
static bool distinct_objects(struct kmem_cache *s)
{
	static char *objs[200];
	unsigned int i, j, size = s->object_size;
	bool ok = true;

	for (i = 0; i < ARRAY_SIZE(objs); i++) {
		objs[i] = kmem_cache_alloc(s, GFP_KERNEL);
		if (!objs[i])
			return false;
		memset(objs[i], 0x5c, size);
	}
	for (i = 0; i < ARRAY_SIZE(objs); i++)
		for (j = i + 1; j < ARRAY_SIZE(objs); j++)
			if (objs[i] < objs[j] + size && objs[j] < objs[i] + size)
				ok = false;
	for (i = 0; i < ARRAY_SIZE(objs); i++)
		kmem_cache_free(s, objs[i]);
	return ok;
}

static int a_global;

static void slab_misuse(struct kunit *test)
{
	struct kmem_cache *k64 = kmalloc_slab(64, 0), *k128 = kmalloc_slab(128, 0);
	struct kmem_cache *a = kmem_cache_create("misuse_a", 64, 0, 0, NULL);
	struct kmem_cache *b = kmem_cache_create("misuse_b", 64, 0, 0, NULL);
	unsigned long a64 = active_now(k64), a128 = active_now(k128);
	unsigned long slab, free;
	int warns;
	char *p, *q, *others[10];
	int i;

	KUNIT_ASSERT_TRUE(test, a && b);
	/* double kfree, at the top of the array cache and deeper */
	p = kmalloc(64, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	kfree(p);
	kfree(p);
	for (i = 0; i < 10; i++)
		others[i] = kmalloc(64, GFP_KERNEL);
	for (i = 0; i < 10; i++)
		kfree(others[i]);
	kfree(p);
	drain_cpu_caches(k64);
	kfree(p);
	KUNIT_EXPECT_EQ(test, slab_nr_reports, 3ul);
	KUNIT_EXPECT_TRUE(test, strstr(host_log_text(), "slab: double free detected in cache 'kmalloc-64'") != NULL);
	KUNIT_EXPECT_TRUE(test, get_taint() & (1UL << TAINT_BAD_PAGE));
	KUNIT_EXPECT_TRUE(test, distinct_objects(k64));
	KUNIT_EXPECT_EQ(test, active_now(k64), a64);

	/* an interior pointer, then the real free */
	p = kmalloc(128, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	kfree(p + 8);
	KUNIT_EXPECT_EQ(test, slab_nr_reports, 4ul);
	KUNIT_EXPECT_EQ(test, active_now(k128), a128 + 1);
	kfree(p);
	KUNIT_EXPECT_TRUE(test, distinct_objects(k128));
	KUNIT_EXPECT_EQ(test, active_now(k128), a128);

	/* double kmem_cache_free; krealloc of a freed object */
	p = kmem_cache_alloc(a, GFP_KERNEL);
	kmem_cache_free(a, p);
	kmem_cache_free(a, p);
	KUNIT_EXPECT_NULL(test, krealloc(p, 16, GFP_KERNEL));
	KUNIT_EXPECT_EQ(test, slab_nr_reports, 6ul);

	/* the wrong cache: a warning, and the object goes home to a */
	host_log_clear();
	p = kmem_cache_alloc(a, GFP_KERNEL);
	kmem_cache_free(b, p);
	KUNIT_EXPECT_TRUE(test, strstr(host_log_text(), "cache_from_obj: Wrong slab cache. misuse_b but object is from misuse_a") != NULL);
	KUNIT_EXPECT_EQ(test, active_now(a), 0ul);
	KUNIT_EXPECT_EQ(test, active_now(b), 0ul);
	KUNIT_EXPECT_TRUE(test, distinct_objects(a));
	KUNIT_EXPECT_TRUE(test, distinct_objects(b));

	/* large kmalloc freed twice: Slab counted once */
	slab = global_node_page_state_settled(NR_SLAB_UNRECLAIMABLE_B);
	free = free_pages_now();
	p = kmalloc(16384, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	kfree(p);
	kfree(p);
	kfree(p);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_SLAB_UNRECLAIMABLE_B), slab);
	KUNIT_EXPECT_EQ(test, free_pages_now(), free);

	/* outside the arena, the host's linear map */
	host_log_clear();
	warns = host_warn_count;
	kfree(&a_global);
	kmem_cache_free(a, &a_global);
	KUNIT_EXPECT_EQ(test, ksize(&a_global), 0u);
	KUNIT_EXPECT_NULL(test, krealloc(&a_global, 8, GFP_KERNEL));
	KUNIT_EXPECT_TRUE(test, strstr(host_log_text(), "virt_to_phys used for non-linear address") != NULL);
	KUNIT_EXPECT_EQ(test, host_warn_count, warns + 4);
	KUNIT_EXPECT_EQ(test, slab_nr_reports, 6ul);

	/* a thousand double frees: all caught, the cache still sound */
	q = kmalloc(64, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, q);
	kfree(q);
	for (i = 0; i < 1000; i++)
		kfree(q);
	KUNIT_EXPECT_EQ(test, slab_nr_reports, 1006ul);
	KUNIT_EXPECT_TRUE(test, distinct_objects(k64));
	KUNIT_EXPECT_EQ(test, active_now(k64), a64);
	host_log_clear();
	host_show(slabinfo_show, NULL);
	KUNIT_EXPECT_TRUE(test, strstr(host_log_text(), "\nmisuse_a ") != NULL);
	kmem_cache_destroy(a);
	kmem_cache_destroy(b);
	KUNIT_EXPECT_EQ(test, slab_nr_reports, 1006ul);
}

static struct kunit_case slab_cases[] = {
	KUNIT_CASE(slab_order),
	KUNIT_CASE(slab_freelist_placement),
	KUNIT_CASE(slab_colouring),
	KUNIT_CASE(slab_refill_flush),
	KUNIT_CASE(slab_shared_array),
	KUNIT_CASE(slab_shared_array_states),
	KUNIT_CASE(slab_kmalloc_api),
	KUNIT_CASE(slab_destroy_leftovers),
	KUNIT_CASE(slab_slabinfo_format),
	KUNIT_CASE(slab_stress),
	KUNIT_CASE(slab_misuse),
	{}
};

static struct kunit_suite slab_suite = {
	.name = "slab",
	.init = slab_test_init,
	.exit = slab_test_exit,
	.test_cases = slab_cases,
};
kunit_test_suite(slab_suite);
