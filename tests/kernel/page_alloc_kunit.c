// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/page_alloc_kunit.c - the page allocator on the memory the
 * kernel booted with: taking every page there is and giving it all back
 * leaves buddyinfo exactly as it was; the API's variants
 * (__GFP_ZERO, get_zeroed_page, alloc_pages_exact, __get_free_pages,
 * compound pages) do what they say; a bad page or a wrong order is
 * reported and the kernel carries on. Suite warn_alloc: a failing loop's
 * reports are rate-limited.
 * Linux counterpart: none in-tree for the buddy allocator itself
 * (lib/test_meminit.c checks init_on_alloc/free the same way). The exact
 * splits, merges and fallbacks are tested on the host:
 * tests/host/page_alloc_test.c.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/gfp.h>
#include <linux/list.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/console.h>
#include <linux/jiffies.h>
#include <linux/ratelimit.h>
#include <kunit/test.h>
#include <tinymm/test_hooks.h>
#include "internal.h"

#define MAX_ZONES_TESTED	(MAX_NUMNODES * MAX_NR_ZONES)

/* buddyinfo, per populated zone: blocks per order and NR_FREE_PAGES */
struct buddyinfo {
	int nr;
	unsigned long nr_free[MAX_ZONES_TESTED][MAX_ORDER];
	unsigned long free_pages[MAX_ZONES_TESTED];
};

static void buddyinfo_snapshot(struct buddyinfo *b)
{
	struct zone *zone;
	int o;

	b->nr = 0;
	for_each_populated_zone(zone) {
		for (o = 0; o < MAX_ORDER; o++)
			b->nr_free[b->nr][o] = zone->free_area[o].nr_free;
		b->free_pages[b->nr] = zone_page_state_snapshot(zone, NR_FREE_PAGES);
		b->nr++;
	}
}

static bool buddyinfo_equal(struct kunit *test, const struct buddyinfo *a,
			    const struct buddyinfo *b)
{
	bool ok = a->nr == b->nr;
	int i, o;

	for (i = 0; ok && i < a->nr; i++) {
		for (o = 0; o < MAX_ORDER; o++)
			if (a->nr_free[i][o] != b->nr_free[i][o]) {
				KUNIT_FAIL(test, "zone #%d order %d: %lu blocks, was %lu",
					   i, o, b->nr_free[i][o], a->nr_free[i][o]);
				ok = false;
			}
		if (a->free_pages[i] != b->free_pages[i]) {
			KUNIT_FAIL(test, "zone #%d: %lu free pages, was %lu", i,
				   b->free_pages[i], a->free_pages[i]);
			ok = false;
		}
	}
	return ok;
}

/* Free pages, wherever they are: buddy lists and every pcp list. */
static unsigned long all_free_pages(void)
{
	unsigned long n = nr_free_pages_exact();
	struct zone *zone;
	unsigned int cpu;

	for_each_populated_zone(zone)
		for_each_possible_cpu(cpu)
			n += per_cpu_ptr(zone->per_cpu_pageset, cpu)->count;
	return n;
}

/* Blocks we hold, chained through page->lru, their order in ->private. */
static void hold(struct list_head *held, struct page *page, unsigned int order)
{
	page->private = order;
	list_add(&page->lru, held);
}

static unsigned long release_all(struct list_head *held)
{
	struct page *page, *next;
	unsigned long pages = 0;

	list_for_each_entry_safe(page, next, held, lru) {
		unsigned int order = page->private;

		list_del(&page->lru);
		page->private = 0;
		__free_pages(page, order);
		pages += 1UL << order;
	}
	return pages;
}

/*
 * Take every page the allocator gives out - the largest blocks first,
 * until even order 0 fails at the watermarks - then free everything: the
 * free lists have the same number of blocks of each order as before.
 */
static void page_alloc_all_then_free_restores_buddyinfo(struct kunit *test)
{
	const gfp_t gfp = GFP_HIGHUSER_MOVABLE | __GFP_NOWARN | __GFP_NORETRY;
	struct buddyinfo before, after;
	unsigned long taken = 0, per_order[MAX_ORDER] = { 0 }, freed;
	LIST_HEAD(held);
	struct page *page;
	int order;

	drain_all_pages(NULL);
	buddyinfo_snapshot(&before);
	for (order = MAX_ORDER - 1; order >= 0; order--)
		while ((page = alloc_pages(gfp, order))) {
			hold(&held, page, order);
			taken += 1UL << order;
			per_order[order]++;
		}
	KUNIT_EXPECT_GT(test, taken, before.free_pages[0] / 2);
	KUNIT_EXPECT_LT(test, nr_free_pages_exact(), totalram_pages() / 20);
	kunit_info(test, "took %lu pages (%lu order-10 blocks, %lu order-0 pages), %lu left free",
		   taken, per_order[MAX_ORDER - 1], per_order[0], nr_free_pages_exact());
	freed = release_all(&held);
	KUNIT_EXPECT_EQ(test, freed, taken);
	drain_all_pages(NULL);
	buddyinfo_snapshot(&after);
	buddyinfo_equal(test, &before, &after);
}

static bool page_is_filled(struct page *page, int c)
{
	const unsigned char *p = page_address(page);
	int i;

	for (i = 0; i < PAGE_SIZE; i++)
		if (p[i] != c)
			return false;
	return true;
}

/* __GFP_ZERO and get_zeroed_page() hand out zeroes, whatever was there. */
static void page_alloc_gfp_zero(struct kunit *test)
{
	struct page *page, *again;
	unsigned long addr;

	page = alloc_page(GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, page);
	memset(page_address(page), 0x5a, PAGE_SIZE);
	__free_page(page);
	again = alloc_page(GFP_KERNEL | __GFP_ZERO);
	KUNIT_ASSERT_NOT_NULL(test, again);
	KUNIT_EXPECT_PTR_EQ(test, again, page);	/* the hot pcp page */
	KUNIT_EXPECT_TRUE(test, page_is_filled(again, 0));
	memset(page_address(again), 0xa5, PAGE_SIZE);
	__free_page(again);

	addr = get_zeroed_page(GFP_KERNEL);
	KUNIT_ASSERT_NE(test, addr, 0);
	KUNIT_EXPECT_TRUE(test, page_is_filled(virt_to_page((void *)addr), 0));
	free_page(addr);
}

/* 5 pages and a byte: exactly 6 pages, each its own page, given back. */
static void page_alloc_exact(struct kunit *test)
{
	const size_t size = 5 * PAGE_SIZE + 1;
	unsigned long before;
	char *p;
	int i;

	drain_all_pages(NULL);
	before = all_free_pages();
	p = alloc_pages_exact(size, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_TRUE(test, IS_ALIGNED((unsigned long)p, 8 * PAGE_SIZE));
	KUNIT_EXPECT_EQ(test, all_free_pages(), before - 6);
	for (i = 0; i < 6; i++) {
		struct page *page = virt_to_page(p + i * PAGE_SIZE);

		KUNIT_EXPECT_EQ(test, page_ref_count(page), 1);
		KUNIT_EXPECT_FALSE(test, PageHead(page) || PageTail(page));
	}
	memset(p, 0x77, size);
	free_pages_exact(p, size);
	KUNIT_EXPECT_EQ(test, all_free_pages(), before);
}

/* __get_free_pages(): an aligned linear-map address; free_pages() by it. */
static void page_alloc_get_free_pages(struct kunit *test)
{
	unsigned long before, addr;
	struct page *page;

	drain_all_pages(NULL);
	before = all_free_pages();
	addr = __get_free_pages(GFP_KERNEL, 2);
	KUNIT_ASSERT_NE(test, addr, 0);
	KUNIT_EXPECT_TRUE(test, IS_ALIGNED(addr, 4 * PAGE_SIZE));
	page = virt_to_page((void *)addr);
	KUNIT_EXPECT_EQ(test, (unsigned long)page_address(page), addr);
	KUNIT_EXPECT_EQ(test, page_ref_count(page), 1);
	KUNIT_EXPECT_EQ(test, all_free_pages(), before - 4);
	memset((void *)addr, 0, 4 * PAGE_SIZE);
	free_pages(addr, 2);
	KUNIT_EXPECT_EQ(test, all_free_pages(), before);
	addr = __get_free_page(GFP_KERNEL);
	KUNIT_ASSERT_NE(test, addr, 0);
	free_page(addr);
	KUNIT_EXPECT_EQ(test, all_free_pages(), before);
}

/* __GFP_COMP: a head and tails; the last put_page() frees them all. */
static void page_alloc_compound(struct kunit *test)
{
	unsigned long before;
	struct page *page;
	int i;

	drain_all_pages(NULL);
	before = all_free_pages();
	page = alloc_pages(GFP_KERNEL | __GFP_COMP, 4);
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_TRUE(test, PageHead(page));
	KUNIT_EXPECT_EQ(test, compound_order(page), 4);
	for (i = 1; i < 16; i++)
		if (!PageTail(page + i) || compound_head(page + i) != page) {
			KUNIT_FAIL(test, "page %d of the compound page is no tail of it", i);
			break;
		}
	get_page(page + 9);
	KUNIT_EXPECT_EQ(test, page_count(page), 2);
	put_page(page);
	KUNIT_EXPECT_EQ(test, all_free_pages(), before - 16);
	put_page(page + 1);
	KUNIT_EXPECT_EQ(test, all_free_pages(), before);
}

/*
 * A page freed with PG_slab still set: "BUG: Bad page state" with the
 * pfn and the reason, the page is kept out of the free lists, and the
 * kernel (and this case) carry on; likewise a double free.
 */
static void page_alloc_bad_page_reported(struct kunit *test)
{
	unsigned long bad = nr_bad_pages, before;
	struct page *page, *other;
	char line[96];
	u64 pos;

	page = alloc_page(GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, page);
	drain_all_pages(NULL);
	before = all_free_pages();
	SetPageSlab(page);
	pos = printk_log_pos();
	__free_page(page);
	snprintf(line, sizeof(line), "BUG: Bad page state in process %s  pfn:%05lx",
		 current_comm(), page_to_pfn(page));
	KUNIT_EXPECT_TRUE(test, printk_log_contains(pos, line));
	KUNIT_EXPECT_TRUE(test, printk_log_contains(pos,
		"page dumped because: PAGE_FLAGS_CHECK_AT_FREE flag(s) set"));
	KUNIT_EXPECT_EQ(test, nr_bad_pages, bad + 1);
	drain_all_pages(NULL);
	KUNIT_EXPECT_EQ(test, all_free_pages(), before);
	KUNIT_EXPECT_FALSE(test, PageBuddy(page));
	/* the page is leaked on purpose, as Linux leaks it */

	/* the allocator still works */
	other = alloc_page(GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, other);
	__free_page(other);

	/* a double free is caught too, and changes nothing */
	drain_all_pages(NULL);
	before = all_free_pages();
	pos = printk_log_pos();
	__free_page(other);
	snprintf(line, sizeof(line), "pfn:%05lx", page_to_pfn(other));
	KUNIT_EXPECT_TRUE(test, printk_log_contains(pos, "BUG: Bad page state in process"));
	KUNIT_EXPECT_TRUE(test, printk_log_contains(pos, line));
	KUNIT_EXPECT_EQ(test, all_free_pages(), before);
}

/*
 * Free a fresh block of @order (allocated with @gfp) as @wrong: the
 * report names @reason and the reference is kept, so the right free
 * afterwards gives every page back.
 */
static void free_wrong_then_right(struct kunit *test, gfp_t gfp,
				  unsigned int order, unsigned int wrong,
				  const char *reason)
{
	unsigned long before;
	struct page *page;
	u64 pos;

	drain_all_pages(NULL);
	before = all_free_pages();
	page = alloc_pages(gfp, order);
	KUNIT_ASSERT_NOT_NULL(test, page);
	pos = printk_log_pos();
	__free_pages(page, wrong);
	KUNIT_EXPECT_TRUE(test, printk_log_contains(pos, reason));
	KUNIT_EXPECT_EQ(test, page_ref_count(page), 1);
	__free_pages(page, order);
	drain_all_pages(NULL);
	KUNIT_EXPECT_EQ(test, all_free_pages(), before);
}

/*
 * Freed with the wrong order - a compound page as a smaller one, a plain
 * block as a bigger one: recovered, and no page counts as bad.
 */
static void page_alloc_wrong_order_recovered(struct kunit *test)
{
	unsigned long bad = nr_bad_pages;

	free_wrong_then_right(test, GFP_KERNEL | __GFP_COMP, 3, 2,
		"page dumped because: VM_BUG_ON_PAGE(compound && compound_order(page) != order)");
	free_wrong_then_right(test, GFP_KERNEL, 2, 3,
		"page dumped because: freed as order 3, allocated as order 2");
	KUNIT_EXPECT_EQ(test, nr_bad_pages, bad);
}

/*
 * A request that keeps failing: warn_alloc() reports at most
 * DEFAULT_RATELIMIT_BURST failures per DEFAULT_RATELIMIT_INTERVAL (the
 * loop may straddle one window boundary, and more if it is slow).
 */
static void warn_alloc_failure_reports_ratelimited(struct kunit *test)
{
	const gfp_t gfp = GFP_HIGHUSER_MOVABLE | __GFP_NORETRY;
	const int calls = 3 * DEFAULT_RATELIMIT_BURST;
	unsigned long start = jiffies, windows;
	int i, reports = 0;
	LIST_HEAD(held);
	struct page *page;
	u64 pos;

	while ((page = alloc_pages(gfp | __GFP_NOWARN, MAX_ORDER - 1)))
		hold(&held, page, MAX_ORDER - 1);
	for (i = 0; i < calls; i++) {
		pos = printk_log_pos();
		KUNIT_EXPECT_NULL(test, alloc_pages(gfp, MAX_ORDER - 1));
		if (printk_log_contains(pos, "page allocation failure: order:10"))
			reports++;
	}
	windows = (jiffies - start) / DEFAULT_RATELIMIT_INTERVAL + 2;
	release_all(&held);
	kunit_info(test, "%d of %d failures reported in %lu jiffies", reports,
		   calls, jiffies - start);
	KUNIT_EXPECT_LE(test, reports, windows * DEFAULT_RATELIMIT_BURST);
	KUNIT_EXPECT_LT(test, reports, calls);
}

static struct kunit_case page_alloc_cases[] = {
	KUNIT_CASE(page_alloc_all_then_free_restores_buddyinfo),
	KUNIT_CASE(page_alloc_gfp_zero),
	KUNIT_CASE(page_alloc_exact),
	KUNIT_CASE(page_alloc_get_free_pages),
	KUNIT_CASE(page_alloc_compound),
	KUNIT_CASE(page_alloc_bad_page_reported),
	KUNIT_CASE(page_alloc_wrong_order_recovered),
	{}
};

static struct kunit_suite page_alloc_suite = {
	.name = "page_alloc",
	.test_cases = page_alloc_cases,
};
kunit_test_suite(page_alloc_suite);

/* A suite of its own: its ten failure reports would bury page_alloc's. */
static struct kunit_case warn_alloc_cases[] = {
	KUNIT_CASE(warn_alloc_failure_reports_ratelimited),
	{}
};

static struct kunit_suite warn_alloc_suite = {
	.name = "warn_alloc",
	.test_cases = warn_alloc_cases,
};
kunit_test_suite(warn_alloc_suite);
