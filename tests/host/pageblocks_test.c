// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/pageblocks_test.c - the pageblocks text
 * (tinymm/shell/pageblock_shell.c) on a host arena, where the memory layout is chosen: a hole, a reserved
 * range, a pageblock whose type changes, an allocation. Each column of the
 * text is checked against what the case set up.
 * Linux counterpart: none (the text is tinymm's own).
 *
 * The host arena holds no kernel image or device tree, so K and D never
 * appear here; the shell test (tests/run_tests.py) checks them on a real
 * boot, against the memblock dump.
 */
#include <stdio.h>
#include <string.h>
#include <linux/kernel.h>
#include <linux/sizes.h>
#include <linux/mm.h>
#include <linux/gfp.h>
#include <linux/memblock.h>
#include <kunit/test.h>
#include <asm/page.h>
#include <tinymm/shell.h>
#include "internal.h"
#include "mm_host.h"
#include "host.h"

/* 64 MB below 4 GiB: one zone, 32 pageblocks */
#define PB_BASE		((phys_addr_t)0x40000000)
#define PB_SIZE		((u64)SZ_64M)
#define PB_PFN(n)	(PFN_DOWN(PB_BASE) + (n) * pageblock_nr_pages)
/* a 4 MB hole from 3 pages into the 9th pageblock: 0x41003000-0x41403000 */
#define HOLE_BASE	(PB_BASE + SZ_16M + 3 * PAGE_SIZE)
#define HOLE_SIZE	((phys_addr_t)SZ_4M)
/* 0x2000 bytes from 0x100 into the 5th pageblock: 3 pages, in part */
#define RSV_BASE	(PB_BASE + SZ_8M + 0x100)
#define RSV_SIZE	((phys_addr_t)0x2000)

struct pb_line {
	unsigned long pfn;
	int node;
	char zone[16], mt[16], flags[8];
	unsigned int free, rsvd;
};

static int nr_lines;
static struct pb_line lines[64];

/* Run pageblocks_show() and parse its text into lines[]. */
static bool show_pageblocks(struct kunit *test)
{
	static const char header[] =
		"Page block order: 9\nPages per block:  512\n\n"
		"       pfn node zone     migratetype   free  rsvd flags\n";
	const char *p;

	host_log_clear();
	host_show(pageblocks_show, NULL);
	p = host_log_text();
	if (strncmp(p, header, strlen(header))) {
		KUNIT_FAIL(test, "no header: %.80s", p);
		return false;
	}
	p += strlen(header) - 1;
	for (nr_lines = 0; p && *++p && nr_lines < (int)ARRAY_SIZE(lines);
	     nr_lines++, p = strchr(p, '\n')) {
		struct pb_line *l = &lines[nr_lines];

		if (sscanf(p, "%lx %d %15s %15s %u %u %7s", &l->pfn, &l->node,
			   l->zone, l->mt, &l->free, &l->rsvd, l->flags) != 7) {
			KUNIT_FAIL(test, "bad line: %.80s", p);
			return false;
		}
	}
	return true;
}

/* The line for @pfn; a missing one reads as free ~0, flags "none". */
static struct pb_line *line_of(unsigned long pfn)
{
	static struct pb_line missing;
	int i;

	for (i = 0; i < nr_lines; i++)
		if (lines[i].pfn == pfn)
			return &lines[i];
	missing = (struct pb_line){ .pfn = pfn, .free = ~0u, .rsvd = ~0u };
	memcpy(missing.flags, "none", 5);
	return &missing;
}

static int boot_with_hole(struct kunit *test)
{
	struct host_mm_opts opts = {
		.nr_holes = 1,
		.holes = { { HOLE_BASE, HOLE_SIZE } },
		.nr_reserved = 1,
		.reserved = { { RSV_BASE, RSV_SIZE } },
	};

	return host_mm_boot(PB_BASE, PB_SIZE, &opts);
}

static void mm_exit(struct kunit *test)
{
	host_mm_teardown();
}

/*
 * One line per pageblock, in pfn order; H exactly where the hole is, M
 * where mem_map is, R on the reserved range (3 pages: it reaches into a
 * third one); every free page of the zone counted once, an order-10
 * block as 512 in each of its pageblocks.
 */
static void pageblocks_layout(struct kunit *test)
{
	struct zone *zone = host_mm_zone(0);
	unsigned long map_start = PFN_DOWN(__pa(mem_map));
	unsigned long map_end = PFN_UP(__pa(mem_map + max_mapnr));
	unsigned long free = 0, rsvd = 0;
	int i;

	KUNIT_ASSERT_TRUE(test, show_pageblocks(test));
	KUNIT_ASSERT_EQ(test, nr_lines, 32);
	for (i = 0; i < nr_lines; i++) {
		struct pb_line *l = &lines[i];
		unsigned long end = l->pfn + pageblock_nr_pages;
		bool hole = l->pfn < PFN_UP(HOLE_BASE + HOLE_SIZE) &&
			    end > PFN_DOWN(HOLE_BASE);
		bool map = l->pfn < map_end && end > map_start;

		KUNIT_EXPECT_EQ(test, l->pfn, PB_PFN(i));
		KUNIT_EXPECT_EQ(test, l->node, 0);
		KUNIT_EXPECT_STREQ(test, l->zone, "DMA32");
		/*
		 * memmap_init_range() marks a pageblock Movable at its first
		 * pfn, as Linux does: one that starts in the hole keeps 0
		 */
		KUNIT_EXPECT_STREQ(test, l->mt, i == 9 || i == 10 ?
				   "Unmovable" : "Movable");
		KUNIT_EXPECT_EQ(test, l->flags[0], '-');	/* no image */
		KUNIT_EXPECT_EQ(test, l->flags[1], '-');	/* no DTB */
		KUNIT_EXPECT_EQ(test, l->flags[2], map ? 'M' : '-');
		KUNIT_EXPECT_EQ(test, l->flags[4], hole ? 'H' : '-');
		if (!hole && !map && l->pfn != PB_PFN(4)) {
			KUNIT_EXPECT_STREQ(test, l->flags, "-----");
			KUNIT_EXPECT_EQ(test, l->free, 512);
			KUNIT_EXPECT_EQ(test, l->rsvd, 0);
		}
		free += l->free;
		rsvd += l->rsvd;
	}
	/* the hole: 509 pages of the 9th block, all of the 10th, 3 of the 11th */
	KUNIT_EXPECT_EQ(test, line_of(PB_PFN(8))->free, 3);
	KUNIT_EXPECT_EQ(test, line_of(PB_PFN(9))->free, 0);
	KUNIT_EXPECT_EQ(test, line_of(PB_PFN(10))->free, 509);
	KUNIT_EXPECT_EQ(test, line_of(PB_PFN(9))->rsvd, 0);
	KUNIT_EXPECT_STREQ(test, line_of(PB_PFN(4))->flags, "---R-");
	KUNIT_EXPECT_EQ(test, line_of(PB_PFN(4))->rsvd, 3);
	KUNIT_EXPECT_EQ(test, line_of(PB_PFN(4))->free, 509);
	KUNIT_EXPECT_EQ(test, free, zone_page_state_snapshot(zone, NR_FREE_PAGES));
	KUNIT_EXPECT_EQ(test, rsvd, zone->present_pages - zone_managed_pages(zone));
}

/* The columns follow the allocator: a type change, an allocation. */
static void pageblocks_follow_allocator(struct kunit *test)
{
	unsigned int before[32];
	struct page *page;
	unsigned long i;
	int n;

	KUNIT_ASSERT_TRUE(test, show_pageblocks(test));
	KUNIT_ASSERT_EQ(test, nr_lines, 32);
	for (n = 0; n < 32; n++)
		before[n] = lines[n].free;
	set_pageblock_migratetype(pfn_to_page(PB_PFN(2)), MIGRATE_RECLAIMABLE);
	page = hm_alloc(GFP_HIGHUSER_MOVABLE | __GFP_NOWARN, 4);
	KUNIT_ASSERT_NOT_NULL(test, page);
	i = (page_to_pfn(page) - PB_PFN(0)) >> pageblock_order;
	KUNIT_ASSERT_LT(test, i, 32);
	KUNIT_ASSERT_TRUE(test, show_pageblocks(test));
	KUNIT_EXPECT_STREQ(test, lines[2].mt, "Reclaimable");
	KUNIT_EXPECT_STREQ(test, lines[1].mt, "Movable");
	for (n = 0; n < 32; n++)
		KUNIT_EXPECT_EQ(test, lines[n].free,
				before[n] - (n == (int)i ? 16 : 0));
	hm_free(page);
	KUNIT_ASSERT_TRUE(test, show_pageblocks(test));
	KUNIT_EXPECT_EQ(test, lines[i].free, before[i]);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
}

static struct kunit_case pageblocks_cases[] = {
	KUNIT_CASE(pageblocks_layout),
	KUNIT_CASE(pageblocks_follow_allocator),
	{}
};

static struct kunit_suite pageblocks_suite = {
	.name = "pageblocks",
	.init = boot_with_hole,
	.exit = mm_exit,
	.test_cases = pageblocks_cases,
};
kunit_test_suite(pageblocks_suite);
