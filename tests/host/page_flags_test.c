// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/page_flags_test.c - SetPageFoo/ClearPageFoo are atomic
 * (suite page_flags). Two host threads stand in for two CPUs, each
 * toggling its own PG_* bit in one shared page->flags word that also
 * holds a zone number: with plain read-modify-writes one thread's store
 * of a stale word wipes the other's bit; with Linux's atomic bitops
 * (include/linux/page-flags.h) nothing is lost.
 * Linux counterpart: none; lib/test_bitops.c checks single-threaded
 * results only.
 */
/* libc's sched_yield() is not the kernel's syscall of that name */
#define sched_yield	libc_sched_yield
#include <pthread.h>
#undef sched_yield
#include <linux/kernel.h>
#include <linux/page-flags.h>
#include <kunit/test.h>

#define ROUNDS	100
#define TOGGLES	50000

/*
 * Both threads start each round together, so their loops overlap even on
 * a busy machine that would otherwise run one after the other.
 */
static pthread_barrier_t start;

struct toggler {
	struct page *page;
	int bit;
	int other;	/* the other thread's bit */
	long lost;	/* times our own bit was not as we had just left it */
	long overlap;	/* times we saw the other thread's bit set */
};

static void *toggle_own_bit(void *arg)
{
	struct toggler *t = arg;
	unsigned long mask = 1UL << t->bit;
	int i;

	for (i = 0; i < ROUNDS * TOGGLES; i++) {
		if (i % TOGGLES == 0)
			pthread_barrier_wait(&start);
		if (t->bit == PG_dirty)
			SetPageDirty(t->page);
		else
			SetPageReferenced(t->page);
		if (!(READ_ONCE(t->page->flags) & mask))
			t->lost++;
		if (READ_ONCE(t->page->flags) & (1UL << t->other))
			t->overlap++;
		if (t->bit == PG_dirty)
			ClearPageDirty(t->page);
		else
			ClearPageReferenced(t->page);
		if (READ_ONCE(t->page->flags) & mask)
			t->lost++;
	}
	return NULL;
}

static void page_flags_atomic_on_two_cpus(struct kunit *test)
{
	static struct page page;
	struct toggler a = { &page, PG_dirty, PG_referenced, 0, 0 };
	struct toggler b = { &page, PG_referenced, PG_dirty, 0, 0 };
	pthread_t ta, tb;

	page.flags = 2UL << ZONES_PGSHIFT;
	pthread_barrier_init(&start, NULL, 2);
	KUNIT_ASSERT_EQ(test, pthread_create(&ta, NULL, toggle_own_bit, &a), 0);
	KUNIT_ASSERT_EQ(test, pthread_create(&tb, NULL, toggle_own_bit, &b), 0);
	pthread_join(ta, NULL);
	pthread_join(tb, NULL);
	pthread_barrier_destroy(&start);
	/* a machine that never ran the two at once proves nothing */
	if (!a.overlap && !b.overlap)
		kunit_skip(test, "the two threads never overlapped");
	KUNIT_EXPECT_EQ(test, a.lost, 0L);
	KUNIT_EXPECT_EQ(test, b.lost, 0L);
	KUNIT_EXPECT_EQ(test, page.flags, 2UL << ZONES_PGSHIFT);
}

/* TestSet/TestClear return the old bit and leave the new one */
static void page_flags_test_and_set(struct kunit *test)
{
	struct page page = { .flags = 1UL << ZONES_PGSHIFT };

	KUNIT_EXPECT_FALSE(test, TestSetPageLRU(&page));
	KUNIT_EXPECT_TRUE(test, PageLRU(&page));
	KUNIT_EXPECT_TRUE(test, TestSetPageLRU(&page));
	KUNIT_EXPECT_TRUE(test, TestClearPageLRU(&page));
	KUNIT_EXPECT_FALSE(test, PageLRU(&page));
	KUNIT_EXPECT_FALSE(test, TestClearPageLRU(&page));
	KUNIT_EXPECT_EQ(test, page.flags, 1UL << ZONES_PGSHIFT);
}

static struct kunit_case page_flags_cases[] = {
	KUNIT_CASE(page_flags_atomic_on_two_cpus),
	KUNIT_CASE(page_flags_test_and_set),
	{}
};

static struct kunit_suite page_flags_suite = {
	.name = "page_flags",
	.test_cases = page_flags_cases,
};
kunit_test_suite(page_flags_suite);
