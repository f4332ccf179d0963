// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/antifrag_kunit.c - grouping pages by mobility, measured.
 * Linux counterpart: none in-tree; this is the experiment behind Mel
 * Gorman's anti-fragmentation work (v2.6.24), in miniature.
 *
 * One fixed workload: 16384 movable pages (GFP_HIGHUSER_MOVABLE: user
 * memory that could be migrated) with one unmovable page (GFP_KERNEL:
 * kernel memory that stays put) after every 32 - the way kernel
 * allocations come scattered among user ones on a real machine. It runs
 * twice on the boot memory: with grouping by mobility (each kind of page
 * from pageblocks of its own migrate type) and with it disabled
 * (page_group_by_mobility_disabled = 1: everything is "unmovable", one
 * set of lists). After each run we count
 *   mixed:  pageblocks holding both kinds of the workload's pages;
 *   order9: how many 2 MB (order-9) blocks can be allocated once the
 *           movable pages are freed again - what huge pages or a
 *           compaction-free DMA buffer would find.
 * Grouping must do better on both. Everything is freed afterwards, so
 * later suites see the same free memory (pageblocks stolen on the way
 * keep their new type, as in Linux).
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/gfp.h>
#include <linux/list.h>
#include <linux/string.h>
#include <kunit/test.h>
#include "internal.h"
#include <tinymm/test_hooks.h>

#define AF_MOVABLE	16384
#define AF_EVERY	32	/* one unmovable page per 32 movable ones */
#define AF_MAX_BLOCKS	8192	/* pageblocks of up to 16 GB of mem_map */

#define AF_GFP_MOVABLE	(GFP_HIGHUSER_MOVABLE | __GFP_NOWARN | __GFP_NORETRY)
#define AF_GFP_UNMOVABLE (GFP_KERNEL | __GFP_NOWARN | __GFP_NORETRY)

struct af_result {
	int movable, unmovable;	/* pages the workload got */
	int mixed;		/* pageblocks with both kinds */
	int unmovable_blocks;	/* pageblocks with unmovable ones */
	int order9;		/* order-9 allocations that then succeeded */
};

/* per pageblock of mem_map: bit 0 movable pages, bit 1 unmovable */
static u8 af_blocks[AF_MAX_BLOCKS];

static void af_mark(struct list_head *pages, u8 bit)
{
	struct page *page;

	list_for_each_entry(page, pages, lru) {
		unsigned long i = (page_to_pfn(page) - mem_map_pfn_offset) >>
				  pageblock_order;

		if (i < AF_MAX_BLOCKS)
			af_blocks[i] |= bit;
	}
}

static void af_free_list(struct list_head *pages, unsigned int order)
{
	struct page *page, *next;

	list_for_each_entry_safe(page, next, pages, lru) {
		list_del(&page->lru);
		__free_pages(page, order);
	}
}

static void af_run(bool grouping, struct af_result *r)
{
	int saved = page_group_by_mobility_disabled;
	LIST_HEAD(movable);
	LIST_HEAD(unmovable);
	LIST_HEAD(huge);
	struct page *page;
	unsigned long i;

	memset(r, 0, sizeof(*r));
	drain_all_pages(NULL);
	page_group_by_mobility_disabled = !grouping;
	for (i = 0; i < AF_MOVABLE; i++) {
		page = alloc_page(AF_GFP_MOVABLE);
		if (!page)
			break;
		list_add(&page->lru, &movable);
		r->movable++;
		if (i % AF_EVERY == AF_EVERY - 1) {
			page = alloc_page(AF_GFP_UNMOVABLE);
			if (!page)
				break;
			list_add(&page->lru, &unmovable);
			r->unmovable++;
		}
	}
	page_group_by_mobility_disabled = saved;

	memset(af_blocks, 0, sizeof(af_blocks));
	af_mark(&movable, 1);
	af_mark(&unmovable, 2);
	for (i = 0; i < AF_MAX_BLOCKS; i++) {
		r->mixed += af_blocks[i] == 3;
		r->unmovable_blocks += !!(af_blocks[i] & 2);
	}

	/* the movable pages go away; how many 2 MB blocks are there now? */
	af_free_list(&movable, 0);
	drain_all_pages(NULL);
	while ((page = alloc_pages(AF_GFP_MOVABLE, pageblock_order))) {
		list_add(&page->lru, &huge);
		r->order9++;
	}
	af_free_list(&huge, pageblock_order);
	af_free_list(&unmovable, 0);
	drain_all_pages(NULL);
}

static void antifrag_grouping_by_mobility(struct kunit *test)
{
	struct af_result on, off;
	unsigned long free_before;

	drain_all_pages(NULL);
	free_before = nr_free_pages_exact();
	KUNIT_ASSERT_LT(test, (max_mapnr >> pageblock_order), AF_MAX_BLOCKS);
	if (page_group_by_mobility_disabled)
		kunit_skip(test, "too little memory: grouping by mobility is off");
	af_run(true, &on);
	af_run(false, &off);
	KUNIT_EXPECT_EQ(test, page_group_by_mobility_disabled, 0);
	kunit_info(test, "grouping on: mixed=%d order9=%d; off: mixed=%d order9=%d",
		   on.mixed, on.order9, off.mixed, off.order9);
	kunit_info(test, "(%d movable + %d unmovable pages; unmovable ones in %d vs %d pageblocks)",
		   on.movable, on.unmovable, on.unmovable_blocks,
		   off.unmovable_blocks);

	/* the same workload ran both times */
	KUNIT_EXPECT_EQ(test, on.movable, AF_MOVABLE);
	KUNIT_EXPECT_EQ(test, off.movable, AF_MOVABLE);
	KUNIT_EXPECT_EQ(test, on.unmovable, AF_MOVABLE / AF_EVERY);
	KUNIT_EXPECT_EQ(test, off.unmovable, AF_MOVABLE / AF_EVERY);
	/* grouping keeps the kinds apart and large blocks free */
	KUNIT_EXPECT_LT(test, on.mixed, off.mixed);
	KUNIT_EXPECT_GT(test, on.order9, off.order9);
	KUNIT_EXPECT_LT(test, on.unmovable_blocks, off.unmovable_blocks);
	/* 16896 pages interleaved fill 33 pageblocks: all mixed without it */
	KUNIT_EXPECT_GE(test, off.mixed, (AF_MOVABLE + AF_MOVABLE / AF_EVERY) /
				(int)pageblock_nr_pages - 1);
	KUNIT_EXPECT_LE(test, on.mixed, 2);
	/* and everything came back */
	KUNIT_EXPECT_EQ(test, nr_free_pages_exact(), free_before);
}

static struct kunit_case antifrag_cases[] = {
	KUNIT_CASE(antifrag_grouping_by_mobility),
	{}
};

static struct kunit_suite antifrag_suite = {
	.name = "antifrag",
	.test_cases = antifrag_cases,
};
kunit_test_suite(antifrag_suite);
