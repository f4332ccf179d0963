// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/memblock_test.c - host unit tests for mm/memblock.c.
 * Linux counterpart: tools/testing/memblock (basic_api.c, alloc_api.c,
 * alloc_nid_api.c), which likewise runs the real mm/memblock.c in user space
 * and resets the global memblock before each test.
 *
 * Every case starts from an empty memblock (__memblock_reset()) and a 64 MB
 * zeroed arena standing for physical memory at ARENA_BASE, so the zeroing
 * done by memblock_alloc() and the grown region arrays touch real bytes
 * under AddressSanitizer.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/sizes.h>
#include <linux/memblock.h>
#include <kunit/test.h>
#include <asm/page.h>
#include "host.h"

#define ARENA_BASE	((phys_addr_t)0x40000000)
#define ARENA_SIZE	((phys_addr_t)SZ_64M)
#define ARENA_END	(ARENA_BASE + ARENA_SIZE)
#define ARENA_PAGES	(ARENA_SIZE / PAGE_SIZE)

static struct memblock_region *mem_rgn(int i)
{
	return &memblock.memory.regions[i];
}

static struct memblock_region *rsv_rgn(int i)
{
	return &memblock.reserved.regions[i];
}

/*
 * Linux never leaves a memblock_type without regions: an empty one holds a
 * single zero-size region at 0, counted in cnt but not in total_size. Its
 * node is MAX_NUMNODES ("unknown") once a removal has recreated it.
 */
static void expect_dummy_only(struct kunit *test, struct memblock_type *t)
{
	KUNIT_EXPECT_EQ(test, t->cnt, 1);
	KUNIT_EXPECT_EQ(test, t->regions[0].base, 0);
	KUNIT_EXPECT_EQ(test, t->regions[0].size, 0);
	KUNIT_EXPECT_EQ(test, t->regions[0].flags, MEMBLOCK_NONE);
	KUNIT_EXPECT_EQ(test, t->total_size, 0);
}

/* A copy of both arrays, to prove a failed call changed nothing. */
struct mb_snapshot {
	unsigned long cnt[2];
	phys_addr_t total[2];
	struct memblock_region r[2][16];
};

static void mb_snapshot(struct mb_snapshot *s)
{
	struct memblock_type *t[2] = { &memblock.memory, &memblock.reserved };
	int i;

	memset(s, 0, sizeof(*s));
	for (i = 0; i < 2; i++) {
		s->cnt[i] = t[i]->cnt;
		s->total[i] = t[i]->total_size;
		memcpy(s->r[i], t[i]->regions,
		       min_t(unsigned long, t[i]->cnt, 16) * sizeof(s->r[i][0]));
	}
}

/*
 * Sorted, non-overlapping, non-empty (but for the dummy region of an empty
 * array), and total_size adds up.
 */
static bool mb_type_consistent(struct memblock_type *type)
{
	phys_addr_t sum = 0;
	unsigned long i;

	if (type->cnt == 1 && !type->regions[0].size)
		return !type->total_size;
	for (i = 0; i < type->cnt; i++) {
		if (!type->regions[i].size)
			return false;
		if (i && type->regions[i - 1].base + type->regions[i - 1].size >
			 type->regions[i].base)
			return false;
		sum += type->regions[i].size;
	}
	return sum == type->total_size && type->cnt <= type->max;
}

static int memblock_test_init(struct kunit *test)
{
	__memblock_reset();
	host_mem_init(ARENA_BASE, ARENA_SIZE);
	host_log_clear();
	return 0;
}

static void memblock_test_exit(struct kunit *test)
{
	__memblock_reset();
	host_mem_exit();
}

/* ---- the empty array's dummy region ---- */

/* A fresh memblock_type is one dummy; the first range fills it. */
static void memblock_host_empty_has_dummy(struct kunit *test)
{
	expect_dummy_only(test, &memblock.memory);
	expect_dummy_only(test, &memblock.reserved);
	KUNIT_EXPECT_EQ(test, memblock_start_of_DRAM(), 0);
	KUNIT_EXPECT_EQ(test, memblock_end_of_DRAM(), 0);
	KUNIT_EXPECT_FALSE(test, memblock_is_memory(0));
	KUNIT_EXPECT_FALSE(test, memblock_is_reserved(0));

	/* The first range takes the dummy's place: cnt stays 1. */
	KUNIT_ASSERT_EQ(test, memblock_add_node(ARENA_BASE + SZ_1M, SZ_2M, 1,
						MEMBLOCK_NOMAP), 0);
	KUNIT_EXPECT_EQ(test, memblock.memory.cnt, 1);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->base, ARENA_BASE + SZ_1M);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->size, SZ_2M);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->nid, 1);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->flags, MEMBLOCK_NOMAP);
	KUNIT_EXPECT_EQ(test, memblock.memory.total_size, SZ_2M);

	KUNIT_ASSERT_EQ(test, memblock_reserve(ARENA_BASE, SZ_4K), 0);
	KUNIT_EXPECT_EQ(test, memblock.reserved.cnt, 1);
	KUNIT_EXPECT_EQ(test, rsv_rgn(0)->base, ARENA_BASE);
	KUNIT_EXPECT_EQ(test, rsv_rgn(0)->size, SZ_4K);
	KUNIT_EXPECT_EQ(test, memblock.reserved.total_size, SZ_4K);
	/* A zero-size range is no region: the dummy stays. */
	memblock_reserve(ARENA_BASE, 0);
	memblock_add(ARENA_BASE, 0);
	KUNIT_EXPECT_EQ(test, memblock.reserved.cnt, 1);
	KUNIT_EXPECT_EQ(test, memblock.memory.cnt, 1);
}

/* Removing (or freeing) the last region brings the dummy back. */
static void memblock_host_remove_last_restores_dummy(struct kunit *test)
{
	memblock_add_node(ARENA_BASE, SZ_2M, 0, MEMBLOCK_NONE);
	memblock_add_node(ARENA_BASE + SZ_4M, SZ_2M, 0, MEMBLOCK_NONE);
	KUNIT_ASSERT_EQ(test, memblock_remove(ARENA_BASE, SZ_2M), 0);
	KUNIT_ASSERT_EQ(test, memblock.memory.cnt, 1);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->base, ARENA_BASE + SZ_4M);
	KUNIT_ASSERT_EQ(test, memblock_remove(ARENA_BASE + SZ_4M, SZ_2M), 0);
	expect_dummy_only(test, &memblock.memory);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->nid, MAX_NUMNODES);

	memblock_reserve(ARENA_BASE, SZ_8K);
	KUNIT_ASSERT_EQ(test, memblock_phys_free(ARENA_BASE, SZ_8K), 0);
	expect_dummy_only(test, &memblock.reserved);
	KUNIT_EXPECT_EQ(test, rsv_rgn(0)->nid, MAX_NUMNODES);

	/* And the dummy is filled again, not added to. */
	memblock_add(ARENA_BASE + SZ_8M, SZ_1M);
	KUNIT_EXPECT_EQ(test, memblock.memory.cnt, 1);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->base, ARENA_BASE + SZ_8M);
	KUNIT_EXPECT_EQ(test, memblock.memory.total_size, SZ_1M);
}

/* Walking an empty memblock: nothing free; trimming keeps the dummy. */
static void memblock_host_empty_walks(struct kunit *test)
{
	phys_addr_t start, end;
	int found = 0;
	u64 i;

	for_each_free_mem_range(i, NUMA_NO_NODE, MEMBLOCK_NONE, &start, &end,
				NULL)
		found++;
	for_each_free_mem_range_reverse(i, NUMA_NO_NODE, MEMBLOCK_NONE,
					&start, &end, NULL)
		found++;
	KUNIT_EXPECT_EQ(test, found, 0);
	KUNIT_EXPECT_EQ(test, memblock_phys_alloc(SZ_4K, SZ_4K), 0);
	expect_dummy_only(test, &memblock.reserved);

	memblock_trim_memory(SZ_2M);
	expect_dummy_only(test, &memblock.memory);
	/* Trimming away the only region returns to the dummy too. */
	memblock_add(ARENA_BASE + SZ_4K, SZ_1M);
	memblock_trim_memory(SZ_2M);
	expect_dummy_only(test, &memblock.memory);
}

/* Linux prints the dummy like any region (on node 0 while never touched). */
static void memblock_host_dump_empty(struct kunit *test)
{
	memblock_add_node(ARENA_BASE, SZ_64K, 0, MEMBLOCK_NONE);
	host_log_clear();
	memblock_dump_all();
	KUNIT_EXPECT_NOT_NULL(test, strstr(host_log_text(),
		" memory.cnt  = 0x1\n"
		" memory[0x0]\t[0x0000000040000000-0x000000004000ffff], "
		"0x0000000000010000 bytes on node 0 flags: 0x0\n"
		" reserved.cnt  = 0x1\n"
		" reserved[0x0]\t[0x0000000000000000-0xffffffffffffffff], "
		"0x0000000000000000 bytes on node 0 flags: 0x0\n"));
}

/* ---- adding, merging, removing ---- */

/* The same range twice, and ranges overlapping either end of a region. */
static void memblock_host_add_twice_and_overlaps(struct kunit *test)
{
	memblock_add(ARENA_BASE + SZ_4M, SZ_4M);
	memblock_add(ARENA_BASE + SZ_4M, SZ_4M);
	KUNIT_EXPECT_EQ(test, memblock.memory.cnt, 1);
	KUNIT_EXPECT_EQ(test, memblock.memory.total_size, SZ_4M);

	/* Overlapping the bottom: the region grows down. */
	memblock_add(ARENA_BASE + SZ_2M, SZ_4M);
	KUNIT_EXPECT_EQ(test, memblock.memory.cnt, 1);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->base, ARENA_BASE + SZ_2M);
	KUNIT_EXPECT_EQ(test, memblock.memory.total_size, 6 * SZ_1M);

	/* Overlapping the top: it grows up. */
	memblock_add(ARENA_BASE + 7 * SZ_1M, SZ_4M);
	KUNIT_EXPECT_EQ(test, memblock.memory.cnt, 1);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->size, 9 * SZ_1M);
	KUNIT_EXPECT_EQ(test, memblock.memory.total_size, 9 * SZ_1M);

	/* Overlapping both ends of a reserved region with a free in between. */
	memblock_reserve(ARENA_BASE, SZ_2M);
	memblock_phys_free(ARENA_BASE + SZ_1M, SZ_2M);
	KUNIT_EXPECT_EQ(test, memblock.reserved.cnt, 1);
	KUNIT_EXPECT_EQ(test, rsv_rgn(0)->size, SZ_1M);
	KUNIT_EXPECT_TRUE(test, mb_type_consistent(&memblock.memory));
	KUNIT_EXPECT_TRUE(test, mb_type_consistent(&memblock.reserved));
}

static void memblock_host_add_merges_adjacent(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, memblock_add(ARENA_BASE + SZ_1M, SZ_1M), 0);
	KUNIT_ASSERT_EQ(test, memblock_add(ARENA_BASE + SZ_4M, SZ_1M), 0);
	/* Added out of order: the array is kept sorted. */
	KUNIT_ASSERT_EQ(test, memblock.memory.cnt, 2);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->base, ARENA_BASE + SZ_1M);
	KUNIT_EXPECT_EQ(test, mem_rgn(1)->base, ARENA_BASE + SZ_4M);

	/* Touching below the first and above it: all three become one. */
	memblock_add(ARENA_BASE, SZ_1M);
	memblock_add(ARENA_BASE + SZ_2M, SZ_2M);
	KUNIT_ASSERT_EQ(test, memblock.memory.cnt, 1);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->base, ARENA_BASE);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->size, 5 * SZ_1M);
	KUNIT_EXPECT_EQ(test, memblock.memory.total_size, 5 * SZ_1M);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->nid, MAX_NUMNODES);
}

static void memblock_host_add_overlapping(struct kunit *test)
{
	int warns = host_warn_count;

	memblock_add(ARENA_BASE, SZ_2M);
	memblock_add(ARENA_BASE + SZ_1M, SZ_2M);
	KUNIT_ASSERT_EQ(test, memblock.memory.cnt, 1);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->size, 3 * SZ_1M);
	KUNIT_EXPECT_EQ(test, memblock.memory.total_size, 3 * SZ_1M);

	/* Fully inside: nothing changes. */
	memblock_add(ARENA_BASE + SZ_512K, SZ_512K);
	KUNIT_EXPECT_EQ(test, memblock.memory.cnt, 1);
	KUNIT_EXPECT_EQ(test, memblock.memory.total_size, 3 * SZ_1M);

	/* Spanning a hole and two regions: only the hole is new. */
	memblock_add(ARENA_BASE + SZ_8M, SZ_1M);
	KUNIT_ASSERT_EQ(test, memblock.memory.cnt, 2);
	memblock_add(ARENA_BASE + SZ_2M, SZ_8M);
	KUNIT_ASSERT_EQ(test, memblock.memory.cnt, 1);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->base, ARENA_BASE);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->size, 10 * SZ_1M);
	KUNIT_EXPECT_EQ(test, memblock.memory.total_size, 10 * SZ_1M);
	/* Overlaps that agree on node and flags are not worth a warning. */
	KUNIT_EXPECT_EQ(test, host_warn_count, warns);
}

static void memblock_host_add_node_not_merged(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, memblock_add_node(ARENA_BASE, SZ_1M, 0,
						MEMBLOCK_NONE), 0);
	memblock_add_node(ARENA_BASE + SZ_1M, SZ_1M, 1, MEMBLOCK_NONE);
	memblock_add_node(ARENA_BASE + SZ_2M, SZ_1M, 1, MEMBLOCK_HOTPLUG);
	KUNIT_ASSERT_EQ(test, memblock.memory.cnt, 3);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->nid, 0);
	KUNIT_EXPECT_EQ(test, mem_rgn(1)->nid, 1);
	KUNIT_EXPECT_EQ(test, mem_rgn(2)->nid, 1);
	KUNIT_EXPECT_EQ(test, mem_rgn(1)->flags, MEMBLOCK_NONE);
	KUNIT_EXPECT_EQ(test, mem_rgn(2)->flags, MEMBLOCK_HOTPLUG);
	KUNIT_EXPECT_EQ(test, memblock.memory.total_size, 3 * SZ_1M);

	/* Same node and flags as the middle one: merges with it only. */
	memblock_clear_hotplug(ARENA_BASE + SZ_2M, SZ_1M);
	KUNIT_ASSERT_EQ(test, memblock.memory.cnt, 2);
	KUNIT_EXPECT_EQ(test, mem_rgn(1)->size, SZ_2M);
}

static void memblock_host_remove_middle(struct kunit *test)
{
	memblock_add(ARENA_BASE, SZ_4M);
	KUNIT_ASSERT_EQ(test, memblock_remove(ARENA_BASE + SZ_1M, SZ_1M), 0);
	KUNIT_ASSERT_EQ(test, memblock.memory.cnt, 2);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->base, ARENA_BASE);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->size, SZ_1M);
	KUNIT_EXPECT_EQ(test, mem_rgn(1)->base, ARENA_BASE + SZ_2M);
	KUNIT_EXPECT_EQ(test, mem_rgn(1)->size, SZ_2M);
	KUNIT_EXPECT_EQ(test, memblock.memory.total_size, 3 * SZ_1M);
	/* Both halves keep the node of the original region. */
	KUNIT_EXPECT_EQ(test, mem_rgn(1)->nid, MAX_NUMNODES);
}

static void memblock_host_remove_across_regions(struct kunit *test)
{
	memblock_add(ARENA_BASE, SZ_2M);
	memblock_add(ARENA_BASE + SZ_4M, SZ_2M);
	memblock_add(ARENA_BASE + SZ_8M, SZ_2M);
	/* From the middle of the first to the middle of the third. */
	memblock_remove(ARENA_BASE + SZ_1M, SZ_8M);
	KUNIT_ASSERT_EQ(test, memblock.memory.cnt, 2);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->base, ARENA_BASE);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->size, SZ_1M);
	KUNIT_EXPECT_EQ(test, mem_rgn(1)->base, ARENA_BASE + 9 * SZ_1M);
	KUNIT_EXPECT_EQ(test, mem_rgn(1)->size, SZ_1M);
	KUNIT_EXPECT_EQ(test, memblock.memory.total_size, SZ_2M);

	/* Removing a hole is a no-op; removing everything empties it. */
	memblock_remove(ARENA_BASE + SZ_2M, SZ_2M);
	KUNIT_EXPECT_EQ(test, memblock.memory.cnt, 2);
	memblock_remove(0, ARENA_END);
	expect_dummy_only(test, &memblock.memory);
}

static void memblock_host_reserve_merges(struct kunit *test)
{
	memblock_add(ARENA_BASE, ARENA_SIZE);
	memblock_reserve(ARENA_BASE + SZ_1M, SZ_64K);
	memblock_reserve(ARENA_BASE + SZ_1M + SZ_64K, SZ_64K);
	memblock_reserve(ARENA_BASE + SZ_1M + SZ_32K, SZ_128K);
	KUNIT_ASSERT_EQ(test, memblock.reserved.cnt, 1);
	KUNIT_EXPECT_EQ(test, rsv_rgn(0)->base, ARENA_BASE + SZ_1M);
	KUNIT_EXPECT_EQ(test, rsv_rgn(0)->size, SZ_128K + SZ_32K);
	KUNIT_EXPECT_EQ(test, memblock_reserved_size(), SZ_128K + SZ_32K);
	/* Reserving does not touch memory. */
	KUNIT_EXPECT_EQ(test, memblock.memory.cnt, 1);
	KUNIT_EXPECT_EQ(test, memblock_phys_mem_size(), ARENA_SIZE);
}

static void memblock_host_free_splits_reserved(struct kunit *test)
{
	memblock_add(ARENA_BASE, ARENA_SIZE);
	memblock_reserve(ARENA_BASE, SZ_4M);
	KUNIT_ASSERT_EQ(test, memblock_phys_free(ARENA_BASE + SZ_1M, SZ_1M), 0);
	KUNIT_ASSERT_EQ(test, memblock.reserved.cnt, 2);
	KUNIT_EXPECT_EQ(test, rsv_rgn(1)->base, ARENA_BASE + SZ_2M);
	KUNIT_EXPECT_EQ(test, memblock_reserved_size(), 3 * SZ_1M);

	/* memblock_free() takes the linear-map pointer. */
	memblock_free(__va(ARENA_BASE + SZ_2M), SZ_2M);
	KUNIT_ASSERT_EQ(test, memblock.reserved.cnt, 1);
	KUNIT_EXPECT_EQ(test, memblock_reserved_size(), SZ_1M);
	memblock_free(NULL, SZ_1M);
	KUNIT_EXPECT_EQ(test, memblock_reserved_size(), SZ_1M);
}

static void memblock_host_queries(struct kunit *test)
{
	memblock_add(ARENA_BASE, SZ_4M);
	memblock_add(ARENA_BASE + SZ_8M, SZ_4M);
	memblock_reserve(ARENA_BASE + SZ_1M, SZ_1M);

	KUNIT_EXPECT_TRUE(test, memblock_is_memory(ARENA_BASE));
	KUNIT_EXPECT_TRUE(test, memblock_is_memory(ARENA_BASE + SZ_4M - 1));
	KUNIT_EXPECT_FALSE(test, memblock_is_memory(ARENA_BASE + SZ_4M));
	KUNIT_EXPECT_FALSE(test, memblock_is_memory(ARENA_BASE - 1));
	KUNIT_EXPECT_TRUE(test, memblock_is_memory(ARENA_BASE + SZ_8M));
	KUNIT_EXPECT_FALSE(test, memblock_is_memory(ARENA_BASE + SZ_16M));

	KUNIT_EXPECT_TRUE(test, memblock_is_reserved(ARENA_BASE + SZ_1M));
	KUNIT_EXPECT_TRUE(test, memblock_is_reserved(ARENA_BASE + SZ_2M - 1));
	KUNIT_EXPECT_FALSE(test, memblock_is_reserved(ARENA_BASE + SZ_2M));
	KUNIT_EXPECT_FALSE(test, memblock_is_reserved(ARENA_BASE));

	KUNIT_EXPECT_TRUE(test, memblock_is_region_memory(ARENA_BASE, SZ_4M));
	KUNIT_EXPECT_FALSE(test, memblock_is_region_memory(ARENA_BASE, SZ_4M + 1));
	KUNIT_EXPECT_FALSE(test, memblock_is_region_memory(ARENA_BASE + SZ_2M,
							    SZ_8M));
	KUNIT_EXPECT_FALSE(test, memblock_is_region_memory(ARENA_BASE + SZ_4M,
							    SZ_4K));

	KUNIT_EXPECT_TRUE(test, memblock_overlaps_region(&memblock.reserved,
			  ARENA_BASE, SZ_1M + 1));
	KUNIT_EXPECT_FALSE(test, memblock_overlaps_region(&memblock.reserved,
			   ARENA_BASE, SZ_1M));
	KUNIT_EXPECT_FALSE(test, memblock_overlaps_region(&memblock.memory,
			   ARENA_BASE + SZ_4M, SZ_4M));
	KUNIT_EXPECT_TRUE(test, memblock_overlaps_region(&memblock.memory,
			  ARENA_BASE + SZ_4M, SZ_4M + 1));
	/* A size that would wrap past the top is capped, not wrapped. */
	KUNIT_EXPECT_TRUE(test, memblock_overlaps_region(&memblock.memory,
			  ARENA_BASE + SZ_8M, PHYS_ADDR_MAX));
}

static void memblock_host_dram_bounds(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, memblock_end_of_DRAM(), 0);
	memblock_add(ARENA_BASE + SZ_16M, SZ_8M);
	memblock_add(ARENA_BASE + SZ_1M, SZ_2M);
	memblock_reserve(ARENA_BASE + SZ_1M, SZ_1M);
	KUNIT_EXPECT_EQ(test, memblock_start_of_DRAM(), ARENA_BASE + SZ_1M);
	KUNIT_EXPECT_EQ(test, memblock_end_of_DRAM(), ARENA_BASE + SZ_16M + SZ_8M);
	/* Reserved memory is still memory. */
	KUNIT_EXPECT_EQ(test, memblock_phys_mem_size(), SZ_8M + SZ_2M);
	KUNIT_EXPECT_EQ(test, memblock_reserved_size(), SZ_1M);
}

/* ---- allocation ---- */

static void memblock_host_alloc_top_down(struct kunit *test)
{
	phys_addr_t a, b;

	memblock_add(ARENA_BASE, ARENA_SIZE);
	KUNIT_EXPECT_FALSE(test, memblock_bottom_up());
	a = memblock_phys_alloc(SZ_4K, SZ_4K);
	b = memblock_phys_alloc(SZ_4K, SZ_4K);
	KUNIT_EXPECT_EQ(test, a, ARENA_END - SZ_4K);
	KUNIT_EXPECT_EQ(test, b, ARENA_END - SZ_8K);
	KUNIT_EXPECT_TRUE(test, memblock_is_reserved(a));
	KUNIT_EXPECT_TRUE(test, memblock_is_reserved(b));
	/* The two reservations touch, so they merge. */
	KUNIT_EXPECT_EQ(test, memblock.reserved.cnt, 1);
	KUNIT_EXPECT_EQ(test, memblock_reserved_size(), SZ_8K);
}

static void memblock_host_alloc_bottom_up(struct kunit *test)
{
	phys_addr_t a, b;

	memblock_add(ARENA_BASE, ARENA_SIZE);
	memblock_set_bottom_up(true);
	KUNIT_EXPECT_TRUE(test, memblock_bottom_up());
	a = memblock_phys_alloc(SZ_4K, SZ_4K);
	b = memblock_phys_alloc(SZ_8K, SZ_4K);
	KUNIT_EXPECT_EQ(test, a, ARENA_BASE);
	KUNIT_EXPECT_EQ(test, b, ARENA_BASE + SZ_4K);
	KUNIT_EXPECT_EQ(test, memblock.reserved.cnt, 1);
	KUNIT_EXPECT_EQ(test, memblock_reserved_size(), SZ_8K + SZ_4K);
}

static void memblock_host_alloc_never_page_zero(struct kunit *test)
{
	/* Address 0 means failure, so the first page is never handed out. */
	memblock_set_bottom_up(true);
	memblock_add(0, SZ_64K);
	KUNIT_EXPECT_EQ(test, memblock_phys_alloc(SZ_4K, SZ_4K), PAGE_SIZE);
}

static void memblock_host_alloc_alignment(struct kunit *test)
{
	phys_addr_t a;

	/* Top-down: the end of memory is deliberately not 1 MB aligned. */
	memblock_add(ARENA_BASE + SZ_4K, SZ_32M);
	a = memblock_phys_alloc(0x100, SZ_1M);
	KUNIT_EXPECT_TRUE(test, IS_ALIGNED(a, SZ_1M));
	KUNIT_EXPECT_EQ(test, a, ARENA_BASE + SZ_32M);

	/* Bottom-up: the start is rounded up. */
	memblock_set_bottom_up(true);
	a = memblock_phys_alloc(0x100, SZ_64K);
	KUNIT_EXPECT_EQ(test, a, ARENA_BASE + SZ_64K);
	a = memblock_phys_alloc(0x10, 0x10);
	KUNIT_EXPECT_EQ(test, a, ARENA_BASE + SZ_4K);
	/* align == 0 is a caller bug: Linux falls back to SMP_CACHE_BYTES. */
	a = memblock_phys_alloc(0x10, 0);
	KUNIT_EXPECT_EQ(test, a, ARENA_BASE + SZ_4K + 64);
}

static void memblock_host_alloc_range_limits(struct kunit *test)
{
	phys_addr_t a;

	memblock_add(ARENA_BASE, ARENA_SIZE);
	a = memblock_phys_alloc_range(SZ_64K, SZ_4K, ARENA_BASE + SZ_8M,
				      ARENA_BASE + SZ_16M);
	KUNIT_EXPECT_EQ(test, a, ARENA_BASE + SZ_16M - SZ_64K);

	memblock_set_bottom_up(true);
	a = memblock_phys_alloc_range(SZ_64K, SZ_4K, ARENA_BASE + SZ_8M,
				      ARENA_BASE + SZ_16M);
	KUNIT_EXPECT_EQ(test, a, ARENA_BASE + SZ_8M);

	/* The window is smaller than the request. */
	a = memblock_phys_alloc_range(SZ_1M, SZ_4K, ARENA_BASE + SZ_8M,
				      ARENA_BASE + SZ_8M + SZ_512K);
	KUNIT_EXPECT_EQ(test, a, 0);
}

static void memblock_host_alloc_current_limit(struct kunit *test)
{
	void *p;

	memblock_add(ARENA_BASE, ARENA_SIZE);
	KUNIT_EXPECT_EQ(test, memblock_get_current_limit(), MEMBLOCK_ALLOC_ANYWHERE);
	memblock_set_current_limit(ARENA_BASE + SZ_32M);
	KUNIT_EXPECT_EQ(test, memblock_get_current_limit(), ARENA_BASE + SZ_32M);

	KUNIT_EXPECT_EQ(test, memblock_phys_alloc(SZ_4K, SZ_4K),
			ARENA_BASE + SZ_32M - SZ_4K);
	p = memblock_alloc(SZ_4K, SZ_4K);
	KUNIT_EXPECT_PTR_EQ(test, p, __va(ARENA_BASE + SZ_32M - SZ_8K));
	/* Pointer allocations clamp even an explicit higher max_addr. */
	p = memblock_alloc_try_nid(SZ_4K, SZ_4K, 0, ARENA_END, NUMA_NO_NODE);
	KUNIT_EXPECT_PTR_EQ(test, p, __va(ARENA_BASE + SZ_32M - 3 * SZ_4K));
	/* An explicit physical range is not clamped (as in Linux). */
	KUNIT_EXPECT_EQ(test, memblock_phys_alloc_range(SZ_4K, SZ_4K, 0,
							MEMBLOCK_ALLOC_ANYWHERE),
			ARENA_END - SZ_4K);
}

static void memblock_host_alloc_from_min_addr(struct kunit *test)
{
	void *p;

	memblock_add(ARENA_BASE, ARENA_SIZE);
	memblock_set_bottom_up(true);
	p = memblock_alloc_from(SZ_4K, SZ_4K, ARENA_BASE + SZ_16M);
	KUNIT_EXPECT_PTR_EQ(test, p, __va(ARENA_BASE + SZ_16M));

	/* Nothing above min_addr: Linux retries from the bottom. */
	p = memblock_alloc_from(SZ_4K, SZ_4K, ARENA_END + SZ_1M);
	KUNIT_EXPECT_PTR_EQ(test, p, __va(ARENA_BASE));
}

static void memblock_host_alloc_avoids_reserved(struct kunit *test)
{
	phys_addr_t a;

	memblock_add(ARENA_BASE, ARENA_SIZE);
	memblock_reserve(ARENA_END - SZ_4M, SZ_4M);
	/* Leave an 8 KB hole between two reservations. */
	memblock_reserve(ARENA_END - SZ_8M, SZ_4M - SZ_8K);

	a = memblock_phys_alloc(SZ_16K, SZ_4K);
	KUNIT_EXPECT_EQ(test, a, ARENA_END - SZ_8M - SZ_16K);
	a = memblock_phys_alloc(SZ_8K, SZ_4K);
	KUNIT_EXPECT_EQ(test, a, ARENA_END - SZ_4M - SZ_8K);
	/* The hole is gone: the reservations are one region now. */
	KUNIT_EXPECT_EQ(test, memblock.reserved.cnt, 1);
	KUNIT_EXPECT_EQ(test, rsv_rgn(0)->base, ARENA_END - SZ_8M - SZ_16K);
}

static void memblock_host_alloc_failure_changes_nothing(struct kunit *test)
{
	struct mb_snapshot before, after;

	memblock_add(ARENA_BASE, SZ_1M);
	memblock_add(ARENA_BASE + SZ_4M, SZ_1M);
	memblock_reserve(ARENA_BASE + SZ_512K, SZ_4K);
	mb_snapshot(&before);

	KUNIT_EXPECT_EQ(test, memblock_phys_alloc(SZ_2M, SZ_4K), 0);
	KUNIT_EXPECT_NULL(test, memblock_alloc(SZ_2M, SZ_4K));
	KUNIT_EXPECT_NULL(test, memblock_alloc_raw(SZ_1M + SZ_4K, SZ_4K));
	KUNIT_EXPECT_NULL(test, memblock_alloc_node(SZ_2M, SZ_4K, 0));
	KUNIT_EXPECT_EQ(test, memblock_phys_alloc_range(SZ_4K, SZ_4K,
			ARENA_BASE + SZ_1M, ARENA_BASE + SZ_4M), 0);
	memblock_set_bottom_up(true);
	KUNIT_EXPECT_EQ(test, memblock_phys_alloc(SZ_2M, SZ_4K), 0);

	mb_snapshot(&after);
	KUNIT_EXPECT_EQ(test, memcmp(&before, &after, sizeof(before)), 0);
}

static void memblock_host_alloc_nid_preference(struct kunit *test)
{
	phys_addr_t a;
	void *p;

	memblock_add_node(ARENA_BASE, SZ_32M, 0, MEMBLOCK_NONE);
	memblock_add_node(ARENA_BASE + SZ_32M, SZ_32M, 1, MEMBLOCK_NONE);

	/* Node 0 is asked for, though node 1 lies higher. */
	p = memblock_alloc_node(SZ_4K, SZ_4K, 0);
	KUNIT_EXPECT_PTR_EQ(test, p, __va(ARENA_BASE + SZ_32M - SZ_4K));
	a = memblock_phys_alloc_try_nid(SZ_4K, SZ_4K, 1);
	KUNIT_EXPECT_EQ(test, a, ARENA_END - SZ_4K);
	/* No preference: simply the highest. */
	a = memblock_phys_alloc(SZ_4K, SZ_4K);
	KUNIT_EXPECT_EQ(test, a, ARENA_END - SZ_8K);

	/* Node 0 full: fall back to any node, unless the node is exact. */
	memblock_reserve(ARENA_BASE, SZ_32M);
	KUNIT_EXPECT_EQ(test, memblock_alloc_range_nid(SZ_4K, SZ_4K, 0,
			MEMBLOCK_ALLOC_ACCESSIBLE, 0, true), 0);
	p = memblock_alloc_node(SZ_4K, SZ_4K, 0);
	KUNIT_EXPECT_PTR_EQ(test, p, __va(ARENA_END - 3 * SZ_4K));
}

static void memblock_host_alloc_skips_nomap(struct kunit *test)
{
	phys_addr_t a;

	memblock_add(ARENA_BASE, ARENA_SIZE);
	KUNIT_ASSERT_EQ(test, memblock_mark_nomap(ARENA_BASE + SZ_32M, SZ_32M), 0);
	KUNIT_ASSERT_EQ(test, memblock.memory.cnt, 2);
	KUNIT_EXPECT_EQ(test, mem_rgn(1)->flags, MEMBLOCK_NOMAP);
	/* NOMAP memory is still memory... */
	KUNIT_EXPECT_EQ(test, memblock_phys_mem_size(), ARENA_SIZE);
	/* ...but never allocated. */
	a = memblock_phys_alloc(SZ_4K, SZ_4K);
	KUNIT_EXPECT_EQ(test, a, ARENA_BASE + SZ_32M - SZ_4K);

	memblock_clear_nomap(ARENA_BASE + SZ_32M, SZ_32M);
	KUNIT_EXPECT_EQ(test, memblock.memory.cnt, 1);
	a = memblock_phys_alloc(SZ_4K, SZ_4K);
	KUNIT_EXPECT_EQ(test, a, ARENA_END - SZ_4K);
}

static void memblock_host_alloc_zeroes_raw_does_not(struct kunit *test)
{
	unsigned char *p, *q;
	int i, nonzero = 0, not_ff = 0;

	memblock_add(ARENA_BASE, ARENA_SIZE);
	memset(host_mem, 0xff, ARENA_SIZE);

	p = memblock_alloc(300, 8);
	q = memblock_alloc_raw(300, 8);
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_ASSERT_NOT_NULL(test, q);
	for (i = 0; i < 300; i++) {
		nonzero += p[i] != 0;
		not_ff += q[i] != 0xff;
	}
	KUNIT_EXPECT_EQ(test, nonzero, 0);
	KUNIT_EXPECT_EQ(test, not_ff, 0);
	/* Zeroing stops at the requested size. */
	KUNIT_EXPECT_EQ(test, p[300], 0xff);
}

/* ---- node assignment and trimming ---- */

static void memblock_host_set_node_splits(struct kunit *test)
{
	unsigned long start_pfn, end_pfn;
	int i, nid, n = 0;

	memblock_add(ARENA_BASE, ARENA_SIZE);
	KUNIT_ASSERT_EQ(test, memblock_set_node(ARENA_BASE + SZ_16M, SZ_16M,
						&memblock.memory, 1), 0);
	KUNIT_ASSERT_EQ(test, memblock.memory.cnt, 3);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->nid, MAX_NUMNODES);
	KUNIT_EXPECT_EQ(test, mem_rgn(1)->base, ARENA_BASE + SZ_16M);
	KUNIT_EXPECT_EQ(test, mem_rgn(1)->size, SZ_16M);
	KUNIT_EXPECT_EQ(test, mem_rgn(1)->nid, 1);
	KUNIT_EXPECT_EQ(test, mem_rgn(2)->nid, MAX_NUMNODES);
	KUNIT_EXPECT_EQ(test, memblock.memory.total_size, ARENA_SIZE);

	/* Giving the first part the same node merges it with the second. */
	memblock_set_node(ARENA_BASE, SZ_16M, &memblock.memory, 1);
	memblock_set_node(ARENA_BASE + SZ_32M, SZ_32M, &memblock.memory, 0);
	KUNIT_ASSERT_EQ(test, memblock.memory.cnt, 2);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->size, SZ_32M);

	for_each_mem_pfn_range(i, 1, &start_pfn, &end_pfn, &nid) {
		KUNIT_EXPECT_EQ(test, start_pfn, PHYS_PFN(ARENA_BASE));
		KUNIT_EXPECT_EQ(test, end_pfn, PHYS_PFN(ARENA_BASE + SZ_32M));
		KUNIT_EXPECT_EQ(test, nid, 1);
		n++;
	}
	KUNIT_EXPECT_EQ(test, n, 1);
	n = 0;
	for_each_mem_pfn_range(i, NUMA_NO_NODE, NULL, NULL, NULL)
		n++;
	KUNIT_EXPECT_EQ(test, n, 2);
}

static void memblock_host_trim_memory_aligns(struct kunit *test)
{
	memblock_add(ARENA_BASE + SZ_4K, SZ_4M);		/* both ends off */
	memblock_add(ARENA_BASE + SZ_8M + SZ_4K, SZ_1M);	/* too small */
	memblock_add(ARENA_BASE + SZ_16M, SZ_2M);		/* already aligned */
	memblock_trim_memory(SZ_2M);

	KUNIT_ASSERT_EQ(test, memblock.memory.cnt, 2);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->base, ARENA_BASE + SZ_2M);
	KUNIT_EXPECT_EQ(test, mem_rgn(0)->size, SZ_2M);
	KUNIT_EXPECT_EQ(test, mem_rgn(1)->base, ARENA_BASE + SZ_16M);
	KUNIT_EXPECT_EQ(test, mem_rgn(1)->size, SZ_2M);
	KUNIT_EXPECT_EQ(test, memblock_phys_mem_size(), SZ_4M);
}

/* ---- growing the region arrays ---- */

static void memblock_host_grow_reserved(struct kunit *test)
{
	struct memblock_region *first_grown = NULL;
	phys_addr_t first_grown_pa = 0;
	int i, missing = 0;

	memblock_allow_resize();
	memblock_add(ARENA_BASE, ARENA_SIZE);
	for (i = 0; i < 300; i++) {
		KUNIT_ASSERT_EQ(test, memblock_reserve(ARENA_BASE + i * SZ_64K,
						       SZ_4K), 0);
		if (!first_grown && memblock.reserved.max > INIT_MEMBLOCK_REGIONS) {
			first_grown = memblock.reserved.regions;
			first_grown_pa = __pa(first_grown);
		}
	}
	KUNIT_ASSERT_NOT_NULL(test, first_grown);
	KUNIT_EXPECT_EQ(test, memblock.reserved.max, 4 * INIT_MEMBLOCK_REGIONS);
	KUNIT_EXPECT_TRUE(test, mb_type_consistent(&memblock.reserved));

	for (i = 0; i < 300; i++) {
		missing += !memblock_is_reserved(ARENA_BASE + i * SZ_64K);
		missing += memblock_is_reserved(ARENA_BASE + i * SZ_64K + SZ_4K);
	}
	KUNIT_EXPECT_EQ(test, missing, 0);

	/* The live array is reserved; the outgrown (non-static) one freed. */
	KUNIT_EXPECT_TRUE(test, memblock_is_reserved(__pa(memblock.reserved.regions)));
	KUNIT_EXPECT_FALSE(test, memblock_is_reserved(first_grown_pa));
	/* 300 test regions plus one for the live array. */
	KUNIT_EXPECT_EQ(test, memblock.reserved.cnt, 301);
	KUNIT_EXPECT_EQ(test, memblock_reserved_size(),
			300 * SZ_4K + ALIGN(4 * INIT_MEMBLOCK_REGIONS *
					    sizeof(struct memblock_region),
					    PAGE_SIZE));
}

static void memblock_host_grow_memory(struct kunit *test)
{
	int i, missing = 0;

	memblock_allow_resize();
	for (i = 0; i < 300; i++)
		KUNIT_ASSERT_EQ(test, memblock_add(ARENA_BASE + i * SZ_128K,
						   SZ_64K), 0);
	KUNIT_EXPECT_EQ(test, memblock.memory.cnt, 300);
	KUNIT_EXPECT_EQ(test, memblock.memory.max, 4 * INIT_MEMBLOCK_REGIONS);
	KUNIT_EXPECT_EQ(test, memblock_phys_mem_size(), 300 * SZ_64K);
	KUNIT_EXPECT_TRUE(test, mb_type_consistent(&memblock.memory));

	for (i = 0; i < 300; i++) {
		missing += !memblock_is_memory(ARENA_BASE + i * SZ_128K);
		missing += !memblock_is_memory(ARENA_BASE + i * SZ_128K + SZ_64K - 1);
		missing += memblock_is_memory(ARENA_BASE + i * SZ_128K + SZ_64K);
	}
	KUNIT_EXPECT_EQ(test, missing, 0);

	/* The new array came from memblock: it lies in memory, reserved. */
	KUNIT_EXPECT_TRUE(test, memblock_is_memory(__pa(memblock.memory.regions)));
	KUNIT_EXPECT_TRUE(test, memblock_is_reserved(__pa(memblock.memory.regions)));
	KUNIT_EXPECT_EQ(test, memblock.reserved.cnt, 1);
}

/*
 * The 129th reservation fills the reserved array. The new array must not be
 * placed on the very range being reserved, although top-down would pick it.
 */
static void memblock_host_grow_avoids_new_range(struct kunit *test)
{
	phys_addr_t arr;
	int i;

	memblock_allow_resize();
	memblock_add(ARENA_BASE, ARENA_SIZE);
	for (i = 0; i < INIT_MEMBLOCK_REGIONS; i++)
		memblock_reserve(ARENA_BASE + i * SZ_64K, SZ_4K);
	KUNIT_ASSERT_EQ(test, memblock.reserved.cnt, memblock.reserved.max);

	memblock_reserve(ARENA_END - SZ_1M, SZ_1M);
	arr = __pa(memblock.reserved.regions);
	KUNIT_EXPECT_EQ(test, memblock.reserved.max, 2 * INIT_MEMBLOCK_REGIONS);
	KUNIT_EXPECT_LT(test, arr, ARENA_END - SZ_1M);
	KUNIT_EXPECT_TRUE(test, memblock_is_reserved(arr));
	KUNIT_EXPECT_TRUE(test, mb_type_consistent(&memblock.reserved));
	/* All 128 small ones, the 1 MB one and the array itself. */
	KUNIT_EXPECT_EQ(test, memblock_reserved_size(),
			INIT_MEMBLOCK_REGIONS * SZ_4K + SZ_1M + SZ_8K);
}

/*
 * Before memblock_allow_resize() a full array cannot grow: the call fails
 * with -ENOMEM and changes nothing. Afterwards the same call succeeds.
 */
static void memblock_host_resize_needs_allow(struct kunit *test)
{
	struct mb_snapshot before, after;
	int i;

	memblock_add(ARENA_BASE, ARENA_SIZE);
	for (i = 0; i < INIT_MEMBLOCK_REGIONS; i++)
		KUNIT_ASSERT_EQ(test, memblock_reserve(ARENA_BASE + i * SZ_64K,
						       SZ_4K), 0);
	KUNIT_ASSERT_EQ(test, memblock.reserved.cnt, memblock.reserved.max);

	mb_snapshot(&before);
	KUNIT_EXPECT_EQ(test, memblock_reserve(ARENA_END - SZ_1M, SZ_4K),
			-ENOMEM);
	/* Splitting a region needs room too. */
	KUNIT_EXPECT_EQ(test, memblock_phys_free(ARENA_BASE + SZ_1K, SZ_1K),
			-ENOMEM);
	mb_snapshot(&after);
	KUNIT_EXPECT_EQ(test, memcmp(&before, &after, sizeof(before)), 0);
	KUNIT_EXPECT_EQ(test, memblock.reserved.max, INIT_MEMBLOCK_REGIONS);
	KUNIT_EXPECT_PTR_EQ(test, memblock.reserved.regions, rsv_rgn(0));

	memblock_allow_resize();
	KUNIT_EXPECT_EQ(test, memblock_reserve(ARENA_END - SZ_1M, SZ_4K), 0);
	KUNIT_EXPECT_EQ(test, memblock.reserved.max, 2 * INIT_MEMBLOCK_REGIONS);
	KUNIT_EXPECT_TRUE(test, memblock_is_reserved(ARENA_END - SZ_1M));
	KUNIT_EXPECT_TRUE(test, mb_type_consistent(&memblock.reserved));

	/* __memblock_reset() puts the boot state back: no resizing. */
	__memblock_reset();
	host_mem_init(ARENA_BASE, ARENA_SIZE);
	memblock_add(ARENA_BASE, ARENA_SIZE);
	for (i = 0; i < INIT_MEMBLOCK_REGIONS; i++)
		memblock_reserve(ARENA_BASE + i * SZ_64K, SZ_4K);
	KUNIT_EXPECT_EQ(test, memblock_reserve(ARENA_END - SZ_1M, SZ_4K),
			-ENOMEM);
}

/* ---- iterators ---- */

static bool free_expected[ARENA_PAGES], free_seen[ARENA_PAGES];

static void mark_pages(bool *map, phys_addr_t start, phys_addr_t end, bool v)
{
	phys_addr_t a;

	for (a = max(start, ARENA_BASE); a < min(end, ARENA_END); a += PAGE_SIZE)
		map[(a - ARENA_BASE) / PAGE_SIZE] = v;
}

static void memblock_host_free_range_iteration(struct kunit *test)
{
	static const struct { phys_addr_t base, size; } mems[] = {
		{ ARENA_BASE + SZ_1M, SZ_16M }, { ARENA_BASE + SZ_32M, SZ_16M },
		{ ARENA_BASE + SZ_16M + SZ_1M, SZ_4M },	/* touches the first */
	}, rsvs[] = {
		{ ARENA_BASE, SZ_2M },			/* across memory start */
		{ ARENA_BASE + SZ_4M, SZ_4K },
		{ ARENA_BASE + SZ_4M + SZ_8K, SZ_4K },
		{ ARENA_BASE + SZ_16M, SZ_16M + SZ_1M },	/* over the hole */
		{ ARENA_BASE + SZ_64M - SZ_8M, SZ_4K },		/* outside memory */
	};
	phys_addr_t start, end, prev_end = 0, rstart, rend;
	phys_addr_t prev_start = PHYS_ADDR_MAX;
	int k, nid, ranges = 0, rranges = 0, bad = 0;
	struct memblock_region *r;
	u64 i;

	memset(free_expected, 0, sizeof(free_expected));
	memset(free_seen, 0, sizeof(free_seen));
	for (k = 0; k < ARRAY_SIZE(mems); k++) {
		memblock_add_node(mems[k].base, mems[k].size, 0, MEMBLOCK_NONE);
		mark_pages(free_expected, mems[k].base,
			   mems[k].base + mems[k].size, true);
	}
	/* NOMAP memory is not free memory. */
	memblock_mark_nomap(ARENA_BASE + SZ_32M + SZ_8M, SZ_1M);
	mark_pages(free_expected, ARENA_BASE + SZ_32M + SZ_8M,
		   ARENA_BASE + SZ_32M + SZ_8M + SZ_1M, false);
	for (k = 0; k < ARRAY_SIZE(rsvs); k++) {
		memblock_reserve(rsvs[k].base, rsvs[k].size);
		mark_pages(free_expected, rsvs[k].base,
			   rsvs[k].base + rsvs[k].size, false);
	}
	/*
	 * Two touching reserved regions that cannot merge leave an empty gap
	 * between them; it must not come out as an empty free range.
	 */
	memblock_set_node(ARENA_BASE + SZ_16M, SZ_1M, &memblock.reserved, 1);
	KUNIT_ASSERT_EQ(test, memblock.reserved.cnt, ARRAY_SIZE(rsvs) + 1);

	for_each_free_mem_range(i, NUMA_NO_NODE, MEMBLOCK_NONE, &start, &end, &nid) {
		bad += start >= end || start < prev_end || nid != 0;
		mark_pages(free_seen, start, end, true);
		prev_end = end;
		ranges++;
	}
	KUNIT_EXPECT_EQ(test, bad, 0);
	KUNIT_EXPECT_EQ(test, memcmp(free_expected, free_seen,
				     sizeof(free_seen)), 0);
	KUNIT_EXPECT_GE(test, ranges, 4);

	/* The reverse walk yields the same ranges, highest first. */
	for_each_free_mem_range_reverse(i, NUMA_NO_NODE, MEMBLOCK_NONE,
					&rstart, &rend, NULL) {
		bad += rend > prev_start;
		mark_pages(free_seen, rstart, rend, false);
		prev_start = rstart;
		rranges++;
	}
	KUNIT_EXPECT_EQ(test, bad, 0);
	KUNIT_EXPECT_EQ(test, rranges, ranges);
	for (k = 0; k < ARENA_PAGES; k++)
		bad += free_seen[k];
	KUNIT_EXPECT_EQ(test, bad, 0);

	/* Plain walks see each region once; NOMAP is left out of mem ranges. */
	k = 0;
	for_each_mem_range(i, &start, &end)
		k++;
	KUNIT_EXPECT_EQ(test, k, memblock.memory.cnt - 1);
	k = 0;
	for_each_mem_region(r)
		k++;
	KUNIT_EXPECT_EQ(test, k, memblock.memory.cnt);
	k = 0;
	for_each_reserved_mem_range(i, &start, &end)
		KUNIT_EXPECT_EQ(test, start, rsv_rgn(k++)->base);
	KUNIT_EXPECT_EQ(test, k, memblock.reserved.cnt);
	k = 0;
	for_each_reserved_mem_region(r)
		k++;
	KUNIT_EXPECT_EQ(test, k, memblock.reserved.cnt);
}

/* ---- output: dump, debug log, hand-over warning ---- */

static void memblock_host_dump_all_format(struct kunit *test)
{
	const char *log;

	memblock_add_node(ARENA_BASE, ARENA_SIZE, 0, MEMBLOCK_NONE);
	memblock_mark_nomap(ARENA_END - SZ_1M, SZ_1M);
	memblock_reserve(ARENA_BASE, SZ_2M);
	host_log_clear();
	memblock_dump_all();
	log = host_log_text();

	KUNIT_EXPECT_NOT_NULL(test, strstr(log,
		"MEMBLOCK configuration:\n"
		" memory size = 0x0000000004000000 reserved size = 0x0000000000200000\n"
		" memory.cnt  = 0x2\n"));
	KUNIT_EXPECT_NOT_NULL(test, strstr(log,
		" memory[0x0]\t[0x0000000040000000-0x0000000043efffff], "
		"0x0000000003f00000 bytes on node 0 flags: 0x0\n"));
	KUNIT_EXPECT_NOT_NULL(test, strstr(log,
		" memory[0x1]\t[0x0000000043f00000-0x0000000043ffffff], "
		"0x0000000000100000 bytes on node 0 flags: 0x4\n"));
	/* memblock_reserve() leaves the node unknown: no "on node". */
	KUNIT_EXPECT_NOT_NULL(test, strstr(log,
		" reserved.cnt  = 0x1\n"
		" reserved[0x0]\t[0x0000000040000000-0x00000000401fffff], "
		"0x0000000000200000 bytes flags: 0x0\n"));
}

static void memblock_host_debug_logging(struct kunit *test)
{
	memblock_add(ARENA_BASE, ARENA_SIZE);

	host_log_clear();
	memblock_reserve(ARENA_BASE, SZ_4K);
	KUNIT_EXPECT_NULL(test, strstr(host_log_text(), "memblock_reserve:"));

	memblock_debug = 1;
	memblock_reserve(ARENA_BASE + SZ_1M, SZ_4K);
	memblock_alloc(SZ_4K, SZ_4K);
	memblock_phys_free(ARENA_BASE, SZ_4K);
	memblock_debug = 0;

	KUNIT_EXPECT_NOT_NULL(test, strstr(host_log_text(),
		"memblock_reserve: [0x0000000040100000-0x0000000040100fff] "));
	KUNIT_EXPECT_NOT_NULL(test, strstr(host_log_text(),
		"memblock_alloc_try_nid: 4096 bytes align=0x1000 nid=-1 "
		"from=0x0000000000000000 max_addr=0x0000000000000000 "));
	/* The allocation's own reservation is logged too. */
	KUNIT_EXPECT_NOT_NULL(test, strstr(host_log_text(),
		"memblock_reserve: [0x0000000043fff000-0x0000000043ffffff] "));
	KUNIT_EXPECT_NOT_NULL(test, strstr(host_log_text(),
		"memblock_phys_free: [0x0000000040000000-0x0000000040000fff] "));
}

static void memblock_host_handover_warns(struct kunit *test)
{
	int warns = host_warn_count;
	void *p;

	memblock_add(ARENA_BASE, ARENA_SIZE);
	p = memblock_alloc(SZ_4K, SZ_4K);
	KUNIT_EXPECT_NOT_NULL(test, p);
	KUNIT_EXPECT_EQ(test, host_warn_count, warns);

	memblock_mark_handed_over();
	p = memblock_alloc(SZ_4K, SZ_4K);
	/* Still served... */
	KUNIT_EXPECT_PTR_EQ(test, p, __va(ARENA_END - SZ_8K));
	/* ...but warned about, once. */
	memblock_phys_alloc(SZ_4K, SZ_4K);
	KUNIT_EXPECT_EQ(test, host_warn_count, warns + 1);
	KUNIT_EXPECT_NOT_NULL(test, strstr(host_log_text(),
		"memblock: allocation of 0x0000000000001000 bytes after hand-over to the buddy allocator"));
}

static struct kunit_case memblock_host_cases[] = {
	KUNIT_CASE(memblock_host_empty_has_dummy),
	KUNIT_CASE(memblock_host_remove_last_restores_dummy),
	KUNIT_CASE(memblock_host_empty_walks),
	KUNIT_CASE(memblock_host_dump_empty),
	KUNIT_CASE(memblock_host_add_twice_and_overlaps),
	KUNIT_CASE(memblock_host_add_merges_adjacent),
	KUNIT_CASE(memblock_host_add_overlapping),
	KUNIT_CASE(memblock_host_add_node_not_merged),
	KUNIT_CASE(memblock_host_remove_middle),
	KUNIT_CASE(memblock_host_remove_across_regions),
	KUNIT_CASE(memblock_host_reserve_merges),
	KUNIT_CASE(memblock_host_free_splits_reserved),
	KUNIT_CASE(memblock_host_queries),
	KUNIT_CASE(memblock_host_dram_bounds),
	KUNIT_CASE(memblock_host_alloc_top_down),
	KUNIT_CASE(memblock_host_alloc_bottom_up),
	KUNIT_CASE(memblock_host_alloc_never_page_zero),
	KUNIT_CASE(memblock_host_alloc_alignment),
	KUNIT_CASE(memblock_host_alloc_range_limits),
	KUNIT_CASE(memblock_host_alloc_current_limit),
	KUNIT_CASE(memblock_host_alloc_from_min_addr),
	KUNIT_CASE(memblock_host_alloc_avoids_reserved),
	KUNIT_CASE(memblock_host_alloc_failure_changes_nothing),
	KUNIT_CASE(memblock_host_alloc_nid_preference),
	KUNIT_CASE(memblock_host_alloc_skips_nomap),
	KUNIT_CASE(memblock_host_alloc_zeroes_raw_does_not),
	KUNIT_CASE(memblock_host_set_node_splits),
	KUNIT_CASE(memblock_host_trim_memory_aligns),
	KUNIT_CASE(memblock_host_grow_reserved),
	KUNIT_CASE(memblock_host_grow_memory),
	KUNIT_CASE(memblock_host_grow_avoids_new_range),
	KUNIT_CASE(memblock_host_resize_needs_allow),
	KUNIT_CASE(memblock_host_free_range_iteration),
	KUNIT_CASE(memblock_host_dump_all_format),
	KUNIT_CASE(memblock_host_debug_logging),
	KUNIT_CASE(memblock_host_handover_warns),
	{}
};

static struct kunit_suite memblock_host_suite = {
	.name = "memblock_host",
	.init = memblock_test_init,
	.exit = memblock_test_exit,
	.test_cases = memblock_host_cases,
};
kunit_test_suite(memblock_host_suite);
