// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/memblock_kunit.c - memblock as the booted kernel left it:
 * the kernel image, the device tree and every page-table page are reserved,
 * the arrays are sorted and disjoint, and allocation/free round-trips.
 * (The API itself is unit-tested on the host: tests/host/memblock_test.c.)
 */
#include <linux/kernel.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <linux/libfdt.h>
#include <linux/of_fdt.h>
#include <kunit/test.h>
#include <asm/pgtable.h>
#include <asm/sections.h>

extern phys_addr_t __fdt_pointer;

static bool range_reserved(phys_addr_t base, phys_addr_t size)
{
	phys_addr_t pa;

	for (pa = base & PAGE_MASK; pa < base + size; pa += PAGE_SIZE)
		if (!memblock_is_reserved(pa))
			return false;
	return memblock_is_reserved(base + size - 1);
}

static void memblock_kernel_reserved(struct kunit *test)
{
	KUNIT_EXPECT_TRUE(test, range_reserved(__pa_symbol(_text),
					       _end - _text));
}

static void memblock_dtb_reserved(struct kunit *test)
{
	KUNIT_EXPECT_TRUE(test, range_reserved(__fdt_pointer,
			fdt_totalsize(initial_boot_params)));
}

/* Every table page of swapper_pg_dir is inside a reserved region. */
static void walk_tables(struct kunit *test, u64 *table, int level, int *n)
{
	int i;

	for (i = 0; i < PTRS_PER_PTE && level < 3; i++) {
		u64 e = table[i];

		if ((e & PTE_TYPE_MASK) != PMD_TYPE_TABLE)
			continue;
		KUNIT_EXPECT_TRUE(test, memblock_is_reserved(e & PTE_ADDR_MASK));
		(*n)++;
		walk_tables(test, phys_to_virt(e & PTE_ADDR_MASK), level + 1, n);
	}
}

static void memblock_page_tables_reserved(struct kunit *test)
{
	int tables = 0;

	walk_tables(test, (u64 *)swapper_pg_dir, 0, &tables);
	KUNIT_EXPECT_GE(test, tables, 3);	/* at least pud, pmd, pte */
}

static void check_sorted_disjoint(struct kunit *test, struct memblock_type *t)
{
	unsigned long i;

	KUNIT_EXPECT_GT(test, t->cnt, 0);
	for (i = 0; i + 1 < t->cnt; i++)
		KUNIT_EXPECT_LE(test, t->regions[i].base + t->regions[i].size,
				t->regions[i + 1].base);
}

static void memblock_regions_sorted_disjoint(struct kunit *test)
{
	check_sorted_disjoint(test, &memblock.memory);
	check_sorted_disjoint(test, &memblock.reserved);
}

static void memblock_totals_consistent(struct kunit *test)
{
	struct memblock_region *r;
	phys_addr_t mem = 0, res = 0;

	for_each_mem_region(r)
		mem += r->size;
	for_each_reserved_mem_region(r) {
		res += r->size;
		/* nothing reserved lies outside RAM except firmware holes */
		KUNIT_EXPECT_TRUE(test, memblock_is_region_memory(r->base, r->size));
	}
	KUNIT_EXPECT_EQ(test, mem, memblock.memory.total_size);
	KUNIT_EXPECT_EQ(test, res, memblock.reserved.total_size);
	KUNIT_EXPECT_EQ(test, memblock_phys_mem_size(), mem);
}

static void memblock_alloc_free_roundtrip(struct kunit *test)
{
	phys_addr_t before = memblock_reserved_size();
	unsigned long cnt = memblock.reserved.cnt;
	phys_addr_t pa = memblock_phys_alloc(SZ_64K, SZ_64K);

	KUNIT_ASSERT_NE(test, pa, 0);
	KUNIT_EXPECT_TRUE(test, IS_ALIGNED(pa, SZ_64K));
	KUNIT_EXPECT_TRUE(test, range_reserved(pa, SZ_64K));
	KUNIT_EXPECT_EQ(test, memblock_reserved_size(), before + SZ_64K);
	memblock_phys_free(pa, SZ_64K);
	KUNIT_EXPECT_EQ(test, memblock_reserved_size(), before);
	KUNIT_EXPECT_EQ(test, memblock.reserved.cnt, cnt);
	KUNIT_EXPECT_FALSE(test, memblock_is_reserved(pa));
}

/* Top-down: nothing free lies above a fresh allocation. */
static void memblock_alloc_is_top_down(struct kunit *test)
{
	phys_addr_t pa = memblock_phys_alloc(PAGE_SIZE, PAGE_SIZE);
	phys_addr_t start, end;
	u64 i;

	KUNIT_ASSERT_NE(test, pa, 0);
	for_each_free_mem_range(i, NUMA_NO_NODE, MEMBLOCK_NONE, &start, &end, NULL)
		KUNIT_EXPECT_LE(test, end, pa);
	memblock_phys_free(pa, PAGE_SIZE);
}

static void memblock_alloc_zeroed(struct kunit *test)
{
	u8 *p = memblock_alloc_raw(PAGE_SIZE, PAGE_SIZE);
	phys_addr_t pa;
	int i, nonzero = 0;

	KUNIT_ASSERT_NOT_NULL(test, p);
	pa = __pa(p);
	memset(p, 0xa5, PAGE_SIZE);
	memblock_free(p, PAGE_SIZE);
	/* top-down hands out the same page again, now zeroed */
	p = memblock_alloc(PAGE_SIZE, PAGE_SIZE);
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_EQ(test, __pa(p), pa);
	for (i = 0; i < PAGE_SIZE; i++)
		nonzero += p[i] != 0;
	KUNIT_EXPECT_EQ(test, nonzero, 0);
	memblock_free(p, PAGE_SIZE);
}

static struct kunit_case memblock_cases[] = {
	KUNIT_CASE(memblock_kernel_reserved),
	KUNIT_CASE(memblock_dtb_reserved),
	KUNIT_CASE(memblock_page_tables_reserved),
	KUNIT_CASE(memblock_regions_sorted_disjoint),
	KUNIT_CASE(memblock_totals_consistent),
	KUNIT_CASE(memblock_alloc_free_roundtrip),
	KUNIT_CASE(memblock_alloc_is_top_down),
	KUNIT_CASE(memblock_alloc_zeroed),
	{}
};

static struct kunit_suite memblock_suite = {
	.name = "memblock",
	.test_cases = memblock_cases,
};
kunit_test_suite(memblock_suite);
