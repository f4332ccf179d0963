// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/mempool_kunit.c - a mempool keeps min_nr elements for the
 * moment its allocator fails: with an alloc_fn that fails on demand, the
 * pool hands out exactly its reserve, then NULL (tinymm can't sleep and
 * wait as Linux does), and frees refill the reserve before anything goes
 * back to the allocator. Linux has no mempool KUnit suite; its users
 * (the block layer) are the test there.
 */
#include <linux/kernel.h>
#include <linux/mempool.h>
#include <linux/slab.h>
#include <kunit/test.h>

#define MIN_NR	4

static bool fail_allocs;
static int nr_underlying;	/* elements alive in the allocator */

static void *flaky_alloc(gfp_t gfp, void *pool_data)
{
	void *p;

	if (fail_allocs)
		return NULL;
	p = kmalloc((size_t)pool_data, gfp);
	if (p)
		nr_underlying++;
	return p;
}

static void flaky_free(void *element, void *pool_data)
{
	nr_underlying--;
	kfree(element);
}

static void mempool_keeps_min_nr(struct kunit *test)
{
	mempool_t *pool;
	void *got[MIN_NR + 2];
	int i;

	fail_allocs = false;
	nr_underlying = 0;
	pool = mempool_create(MIN_NR, flaky_alloc, flaky_free, (void *)64);
	KUNIT_ASSERT_NOT_NULL(test, pool);
	KUNIT_EXPECT_EQ(test, pool->curr_nr, MIN_NR);
	KUNIT_EXPECT_EQ(test, nr_underlying, MIN_NR);

	/* the allocator works: the reserve is untouched */
	got[0] = mempool_alloc(pool, GFP_KERNEL);
	KUNIT_EXPECT_NOT_NULL(test, got[0]);
	KUNIT_EXPECT_EQ(test, pool->curr_nr, MIN_NR);
	mempool_free(got[0], pool);	/* reserve full: back underneath */
	KUNIT_EXPECT_EQ(test, nr_underlying, MIN_NR);

	/* the allocator fails: min_nr elements still come, then NULL */
	fail_allocs = true;
	for (i = 0; i < MIN_NR; i++) {
		got[i] = mempool_alloc(pool, GFP_KERNEL);
		KUNIT_EXPECT_NOT_NULL(test, got[i]);
	}
	KUNIT_EXPECT_EQ(test, pool->curr_nr, 0);
	KUNIT_EXPECT_NULL(test, mempool_alloc(pool, GFP_KERNEL));
	KUNIT_EXPECT_NULL(test, mempool_alloc(pool, GFP_ATOMIC));

	/* frees refill the reserve first */
	for (i = 0; i < MIN_NR; i++)
		mempool_free(got[i], pool);
	KUNIT_EXPECT_EQ(test, pool->curr_nr, MIN_NR);
	KUNIT_EXPECT_EQ(test, nr_underlying, MIN_NR);
	got[0] = mempool_alloc(pool, GFP_KERNEL);
	KUNIT_EXPECT_NOT_NULL(test, got[0]);
	mempool_free(got[0], pool);

	/* resize: shrinking gives the surplus back */
	fail_allocs = false;
	KUNIT_EXPECT_EQ(test, mempool_resize(pool, 2), 0);
	KUNIT_EXPECT_EQ(test, pool->curr_nr, 2);
	KUNIT_EXPECT_EQ(test, nr_underlying, 2);
	KUNIT_EXPECT_EQ(test, mempool_resize(pool, 6), 0);
	KUNIT_EXPECT_EQ(test, pool->curr_nr, 6);
	mempool_destroy(pool);
	KUNIT_EXPECT_EQ(test, nr_underlying, 0);
}

/* The slab and kmalloc pool constructors */
static void mempool_slab_and_kmalloc(struct kunit *test)
{
	struct kmem_cache *s = kmem_cache_create("mempool_test", 100, 0, 0, NULL);
	mempool_t *sp, *kp;
	void *a, *b;

	KUNIT_ASSERT_NOT_NULL(test, s);
	sp = mempool_create_slab_pool(3, s);
	kp = mempool_create_kmalloc_pool(3, 200);
	KUNIT_ASSERT_TRUE(test, sp && kp);
	a = mempool_alloc(sp, GFP_KERNEL);
	b = mempool_alloc(kp, GFP_KERNEL);
	KUNIT_EXPECT_TRUE(test, a && b);
	KUNIT_EXPECT_EQ(test, ksize(b), 256u);
	mempool_free(a, sp);
	mempool_free(b, kp);
	mempool_destroy(sp);
	mempool_destroy(kp);
	kmem_cache_destroy(s);
}

static struct kunit_case mempool_cases[] = {
	KUNIT_CASE(mempool_keeps_min_nr),
	KUNIT_CASE(mempool_slab_and_kmalloc),
	{}
};

/* tests/host/mempool_test.c runs these cases on the host with its own boot */
#ifndef MEMPOOL_CASES_ONLY
static struct kunit_suite mempool_suite = {
	.name = "mempool",
	.test_cases = mempool_cases,
};
kunit_test_suite(mempool_suite);
#endif
