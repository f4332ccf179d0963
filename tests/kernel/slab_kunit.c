// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/slab_kunit.c - the slab allocator finds corruption, says
 * so in Linux's report shape, and carries on: each case corrupts an object
 * of a fresh debug cache and expects an exact number of
 * "BUG <cache> (<taint>): ..." reports, then checks the cache still
 * allocates and frees and that slabinfo agrees with what is live.
 * Linux counterpart: lib/slub_kunit.c (test_clobber_zone,
 * test_next_pointer, test_first_word, test_clobber_50th_byte,
 * test_clobber_redzone_free) - SLUB's, as the reports are SLUB-shaped.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/console.h>
#include <linux/string.h>
#include <linux/poison.h>
#include <kunit/test.h>
#include "../../mm/slab.h"

struct slab_case {
	struct kmem_cache *s;
	unsigned long reports;
	u64 log;
	char taint[32];		/* print_tainted() before the case */
};

static int slab_kunit_init(struct kunit *test)
{
	static struct slab_case c;

	c.s = NULL;
	c.reports = slab_nr_reports;
	c.log = printk_log_pos();
	strscpy(c.taint, print_tainted(), sizeof(c.taint));
	test->priv = &c;
	return 0;
}

static struct kmem_cache *test_cache(struct kunit *test, slab_flags_t flags)
{
	struct slab_case *c = test->priv;

	c->s = kmem_cache_create("TestSlab", 64, 0, flags, NULL);
	return c->s;
}

static unsigned long new_reports(struct kunit *test)
{
	struct slab_case *c = test->priv;

	return slab_nr_reports - c->reports;
}

static bool logged(struct kunit *test, const char *text)
{
	struct slab_case *c = test->priv;

	return printk_log_contains(c->log, text);
}

/* "BUG TestSlab (<taint>): <what>", the taint as the case began */
static bool logged_bug(struct kunit *test, const char *what)
{
	struct slab_case *c = test->priv;
	char line[96];

	scnprintf(line, sizeof(line), "BUG TestSlab (%s): %s", c->taint, what);
	return logged(test, line);
}

/* The cache is still sound: allocate and free, and count what is live. */
static void check_usable(struct kunit *test, struct kmem_cache *s,
			 unsigned long live)
{
	struct slabinfo si = { 0 };
	void *objs[8];
	int i;

	for (i = 0; i < 8; i++) {
		objs[i] = kmem_cache_alloc(s, GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, objs[i]);
		memset(objs[i], 0x33, 64);
	}
	for (i = 0; i < 8; i++)
		kmem_cache_free(s, objs[i]);
	drain_cpu_caches(s);
	get_slabinfo(s, &si);
	KUNIT_EXPECT_EQ(test, si.active_objs, live + s->num_taken_out);
}

static void slab_kunit_exit(struct kunit *test)
{
	struct slab_case *c = test->priv;

	if (c->s)
		kmem_cache_destroy(c->s);
}

/* One byte past a 64-byte object lands in its red zone: found at free. */
static void test_clobber_zone(struct kunit *test)
{
	struct kmem_cache *s = test_cache(test, SLAB_RED_ZONE);
	u8 *p;

	KUNIT_ASSERT_NOT_NULL(test, s);
	p = kmem_cache_alloc(s, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	p[64] = 0x12;
	kmem_cache_free(s, p);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
	KUNIT_EXPECT_TRUE(test, logged_bug(test, "Redzone overwritten"));
	KUNIT_EXPECT_TRUE(test, logged(test, "First byte 0x12 instead of 0x"));
	KUNIT_EXPECT_TRUE(test, logged(test, "FIX TestSlab: Marking object"));
	KUNIT_EXPECT_EQ(test, s->num_taken_out, 1ul);
	check_usable(test, s, 0);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
}

/* Written after free: the poison is checked when it is handed out again. */
static void test_write_after_free(struct kunit *test)
{
	struct kmem_cache *s = test_cache(test, SLAB_POISON | SLAB_STORE_USER |
					  SLAB_RED_ZONE);
	u8 *p, *q;

	KUNIT_ASSERT_NOT_NULL(test, s);
	p = kmem_cache_alloc(s, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_EQ(test, p[0], POISON_INUSE);
	kmem_cache_free(s, p);
	KUNIT_EXPECT_EQ(test, p[0], POISON_FREE);
	KUNIT_EXPECT_EQ(test, p[63], POISON_END);
	p[50] = 0x9a;
	q = kmem_cache_alloc(s, GFP_KERNEL);	/* LIFO: p was next */
	KUNIT_ASSERT_NOT_NULL(test, q);
	KUNIT_EXPECT_NE(test, (uintptr_t)q, (uintptr_t)p);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
	KUNIT_EXPECT_TRUE(test, logged_bug(test, "Poison overwritten"));
	KUNIT_EXPECT_TRUE(test, logged(test, "First byte 0x9a instead of 0x6b"));
	KUNIT_EXPECT_TRUE(test, logged(test, "INFO: Allocated in "));
	KUNIT_EXPECT_TRUE(test, logged(test, "INFO: Freed in "));
	KUNIT_EXPECT_TRUE(test, logged(test, "Object   "));
	kmem_cache_free(s, q);
	check_usable(test, s, 0);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
}

/* A freelist entry pointing nowhere: the slab's freelist is isolated. */
static void test_corrupt_freelist(struct kunit *test)
{
	struct kmem_cache *s = test_cache(test, SLAB_CONSISTENCY_CHECKS);
	struct page *page;
	void *p, *q;

	KUNIT_ASSERT_NOT_NULL(test, s);
	p = kmem_cache_alloc(s, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	drain_cpu_caches(s);		/* the rest back on the slab's freelist */
	page = virt_to_head_page(p);
	KUNIT_ASSERT_EQ(test, page->active, 1u);
	((freelist_idx_t *)page->freelist)[page->active] = 0xffff;
	q = kmem_cache_alloc(s, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, q);
	KUNIT_EXPECT_NE(test, (uintptr_t)virt_to_head_page(q), (uintptr_t)page);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
	KUNIT_EXPECT_TRUE(test, logged_bug(test, "Freepointer corrupt"));
	KUNIT_EXPECT_TRUE(test, logged(test, "FIX TestSlab: Isolate corrupted freelist"));
	KUNIT_EXPECT_EQ(test, s->num_taken_out, (unsigned long)s->num - 1);
	kmem_cache_free(s, p);
	kmem_cache_free(s, q);
	check_usable(test, s, 0);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
}

static void double_free(struct kunit *test, slab_flags_t flags)
{
	struct kmem_cache *s = test_cache(test, flags);
	void *p, *other, *again, *next;

	KUNIT_ASSERT_NOT_NULL(test, s);
	p = kmem_cache_alloc(s, GFP_KERNEL);
	other = kmem_cache_alloc(s, GFP_KERNEL);
	KUNIT_ASSERT_TRUE(test, p && other);
	kmem_cache_free(s, p);
	kmem_cache_free(s, p);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
	KUNIT_EXPECT_TRUE(test, logged_bug(test, "Object already free"));
	/* p is handed out once, not twice */
	again = kmem_cache_alloc(s, GFP_KERNEL);
	next = kmem_cache_alloc(s, GFP_KERNEL);
	KUNIT_EXPECT_PTR_EQ(test, again, p);
	KUNIT_EXPECT_NE(test, (uintptr_t)next, (uintptr_t)p);
	kmem_cache_free(s, again);
	kmem_cache_free(s, next);
	kmem_cache_free(s, other);
	check_usable(test, s, 0);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
}

/* Freed twice: the red zones already say "inactive" the second time. */
static void test_double_free_redzone(struct kunit *test)
{
	double_free(test, SLAB_RED_ZONE);
}

/* Without red zones the sanity checks search the arrays and freelist. */
static void test_double_free_checks(struct kunit *test)
{
	double_free(test, SLAB_CONSISTENCY_CHECKS);
}

/* A pointer into the middle of an object is refused, the object kept. */
static void test_free_middle(struct kunit *test)
{
	struct kmem_cache *s = test_cache(test, SLAB_CONSISTENCY_CHECKS |
					  SLAB_RED_ZONE);
	u8 *p;

	KUNIT_ASSERT_NOT_NULL(test, s);
	p = kmem_cache_alloc(s, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	kmem_cache_free(s, p + 8);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
	KUNIT_EXPECT_TRUE(test, logged_bug(test, "Invalid object pointer"));
	kmem_cache_free(s, p);		/* the real free still works */
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
	check_usable(test, s, 0);
}

/* Clean use of a fully debugged cache reports nothing. */
static void test_clean(struct kunit *test)
{
	struct kmem_cache *s = test_cache(test, SLAB_CONSISTENCY_CHECKS |
					  SLAB_RED_ZONE | SLAB_POISON |
					  SLAB_STORE_USER);

	KUNIT_ASSERT_NOT_NULL(test, s);
	check_usable(test, s, 0);
	KUNIT_EXPECT_EQ(test, new_reports(test), 0ul);
}

static struct kunit_case slab_kunit_cases[] = {
	KUNIT_CASE(test_clean),
	KUNIT_CASE(test_clobber_zone),
	KUNIT_CASE(test_write_after_free),
	KUNIT_CASE(test_corrupt_freelist),
	KUNIT_CASE(test_double_free_redzone),
	KUNIT_CASE(test_double_free_checks),
	KUNIT_CASE(test_free_middle),
	{}
};

static struct kunit_suite slab_kunit_suite = {
	.name = "slub_test",
	.init = slab_kunit_init,
	.exit = slab_kunit_exit,
	.test_cases = slab_kunit_cases,
};
kunit_test_suite(slab_kunit_suite);
