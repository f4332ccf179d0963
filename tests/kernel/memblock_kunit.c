// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/memblock_kunit.c - memblock as the booted kernel left it:
 * the kernel image, the device tree and every page-table page are reserved,
 * the arrays are sorted and disjoint, and the hand-over to the buddy
 * allocator kept reserved pages reserved.
 * (The API itself is unit-tested on the host: tests/host/memblock_test.c.)
 */
#include <linux/kernel.h>
#include <linux/memblock.h>
#include <linux/mm.h>
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

/*
 * The table pages paging_init() built for the linear map, taken from
 * memblock at boot. (vmalloc and ioremap add tables later, from the buddy
 * allocator, so the walk stays inside the linear map's pgd entries.)
 */
struct table_walk {
	struct kunit *test;
	int tables;
	phys_addr_t lowest;
};

static void walk_linear_map_tables(struct table_walk *w, u64 *table, int level)
{
	int i = level ? 0 : pgd_index(PAGE_OFFSET);
	int last = level ? PTRS_PER_PTE - 1 : pgd_index(PAGE_END - 1);

	for (; i <= last && level < 3; i++) {
		u64 e = table[i];
		phys_addr_t pa = e & PTE_ADDR_MASK;

		if ((e & PTE_TYPE_MASK) != PMD_TYPE_TABLE)
			continue;
		KUNIT_EXPECT_TRUE(w->test, memblock_is_reserved(pa));
		w->tables++;
		w->lowest = min(w->lowest, pa);
		walk_linear_map_tables(w, phys_to_virt(pa), level + 1);
	}
}

static void memblock_page_tables_reserved(struct kunit *test)
{
	struct table_walk w = { test, 0, PHYS_ADDR_MAX };

	walk_linear_map_tables(&w, (u64 *)swapper_pg_dir, 0);
	KUNIT_EXPECT_GE(w.test, w.tables, 1);	/* at least the pud */
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

/*
 * By the time tests run, memblock has handed every free page to the buddy
 * allocator (its own API is tested on the host, tests/host/memblock_test.c).
 * What must hold now: each reserved page is still PG_reserved in mem_map,
 * each page memblock had free is not, and memblock knows it handed over.
 */
static void memblock_handover_respects_reserved(struct kunit *test)
{
	struct memblock_region *r;
	phys_addr_t start, end;
	unsigned long checked = 0;
	u64 i;

	for_each_reserved_mem_region(r) {
		phys_addr_t pa;

		for (pa = r->base & PAGE_MASK; pa < r->base + r->size;
		     pa += PAGE_SIZE, checked++)
			KUNIT_ASSERT_TRUE(test, PageReserved(pfn_to_page(PHYS_PFN(pa))));
	}
	for_each_free_mem_range(i, NUMA_NO_NODE, MEMBLOCK_NONE, &start, &end, NULL) {
		start = PAGE_ALIGN(start);
		end = round_down(end, PAGE_SIZE);
		if (start < end) {
			KUNIT_EXPECT_FALSE(test, PageReserved(pfn_to_page(PHYS_PFN(start))));
			KUNIT_EXPECT_FALSE(test, PageReserved(pfn_to_page(PHYS_PFN(end - 1))));
		}
	}
	KUNIT_EXPECT_GT(test, checked, 0);
}

/* Top-down at boot: those table pages were taken from the top of RAM. */
static void memblock_boot_allocs_top_down(struct kunit *test)
{
	struct table_walk w = { test, 0, PHYS_ADDR_MAX };

	walk_linear_map_tables(&w, (u64 *)swapper_pg_dir, 0);
	KUNIT_ASSERT_NE(test, w.lowest, PHYS_ADDR_MAX);
	/* a handful of table pages, all within the top 16 MB of RAM */
	KUNIT_EXPECT_GE(test, w.lowest, memblock_end_of_DRAM() - SZ_16M);
}

static struct kunit_case memblock_cases[] = {
	KUNIT_CASE(memblock_kernel_reserved),
	KUNIT_CASE(memblock_dtb_reserved),
	KUNIT_CASE(memblock_page_tables_reserved),
	KUNIT_CASE(memblock_regions_sorted_disjoint),
	KUNIT_CASE(memblock_totals_consistent),
	KUNIT_CASE(memblock_handover_respects_reserved),
	KUNIT_CASE(memblock_boot_allocs_top_down),
	{}
};

static struct kunit_suite memblock_suite = {
	.name = "memblock",
	.test_cases = memblock_cases,
};
kunit_test_suite(memblock_suite);
