// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/percpu_test.c - per-CPU areas and alloc_percpu() (suite
 * percpu, mm/percpu.c). After a boot with four possible CPUs: each CPU's
 * copy of a static per-CPU variable and of every allocation lies in its
 * own unit, a unit apart from nothing else; writes through one CPU's
 * offset are invisible to the others and to the template; the allocator
 * reuses what is freed, honours alignment, fails cleanly when the
 * dynamic area is full and refuses a pointer it did not hand out. The
 * zones' pagesets and slab's array caches live in those units.
 * Linux counterpart: mm/percpu-km.c's and lib/percpu_test.c's checks,
 * much reduced.
 */
#include <linux/kernel.h>
#include <linux/percpu.h>
#include <linux/smp.h>
#include <linux/sizes.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <kunit/test.h>
#include "slab.h"
#include "mm_host.h"
#include "host.h"

#define PCPU_BASE	((phys_addr_t)0x40000000)

static DEFINE_PER_CPU(unsigned long, pcpu_test_word) = 0x5eed;

static void boot_four_cpus(struct kunit *test)
{
	struct host_mm_opts opts = { .nr_cpus = 4 };

	KUNIT_ASSERT_EQ(test, host_mm_boot(PCPU_BASE, SZ_64M, &opts), 0);
	KUNIT_ASSERT_EQ(test, num_possible_cpus(), 4U);
}

/* @p of CPU @cpu lies in that CPU's unit: [offset, offset + unit). */
static bool in_unit(const void *p, unsigned int cpu)
{
	unsigned long base = (unsigned long)__per_cpu_start +
			     per_cpu_offset(cpu);

	return (unsigned long)p >= base &&
	       (unsigned long)p < base + PFN_ALIGN(__per_cpu_end -
						   __per_cpu_start +
						   PERCPU_DYNAMIC_RESERVE);
}

static void percpu_static_copies(struct kunit *test)
{
	unsigned int cpu;

	boot_four_cpus(test);
	KUNIT_EXPECT_EQ(test, smp_processor_id(), 0U);
	KUNIT_EXPECT_EQ(test, __my_cpu_offset, per_cpu_offset(0));
	for_each_possible_cpu(cpu) {
		unsigned long *p = &per_cpu(pcpu_test_word, cpu);

		KUNIT_EXPECT_NE(test, per_cpu_offset(cpu), 0UL);
		KUNIT_EXPECT_TRUE(test, in_unit(p, cpu));
		KUNIT_EXPECT_EQ(test, *p, 0x5eedUL);	/* the template's value */
		KUNIT_EXPECT_EQ(test, per_cpu(cpu_number, cpu), cpu);
		if (cpu)
			KUNIT_EXPECT_FALSE(test, in_unit(p, cpu - 1));
	}
	this_cpu_write(pcpu_test_word, 1);
	this_cpu_add(pcpu_test_word, 2);
	KUNIT_EXPECT_EQ(test, per_cpu(pcpu_test_word, 0), 3UL);
	KUNIT_EXPECT_EQ(test, per_cpu(pcpu_test_word, 1), 0x5eedUL);
	/* the template itself is never the storage */
	KUNIT_EXPECT_EQ(test, pcpu_test_word, 0x5eedUL);
}

static void percpu_alloc_free_reuse(struct kunit *test)
{
	unsigned long __percpu *a, *b;
	u64 __percpu *c;
	unsigned int cpu;
	size_t used;

	boot_four_cpus(test);
	used = pcpu_nr_used_bytes();
	a = alloc_percpu(unsigned long);
	KUNIT_ASSERT_NOT_NULL(test, a);
	b = __alloc_percpu(100, 64);
	KUNIT_ASSERT_NOT_NULL(test, b);
	KUNIT_EXPECT_EQ(test, (unsigned long)per_cpu_ptr(b, 2) % 64, 0UL);
	for_each_possible_cpu(cpu) {
		KUNIT_EXPECT_TRUE(test, in_unit(per_cpu_ptr(a, cpu), cpu));
		KUNIT_EXPECT_EQ(test, *per_cpu_ptr(a, cpu), 0UL);	/* zeroed */
		*per_cpu_ptr(a, cpu) = cpu + 10;
	}
	*this_cpu_ptr(a) = 99;
	KUNIT_EXPECT_EQ(test, *per_cpu_ptr(a, 0), 99UL);
	KUNIT_EXPECT_EQ(test, *per_cpu_ptr(a, 3), 13UL);
	KUNIT_EXPECT_GE(test, pcpu_nr_used_bytes(), used + 8 + 100);

	/* a freed area is found again, and comes back zeroed */
	free_percpu(a);
	c = alloc_percpu(u64);
	KUNIT_EXPECT_PTR_EQ(test, (void *)c, (void *)a);
	KUNIT_EXPECT_EQ(test, *per_cpu_ptr(c, 3), 0ULL);
	free_percpu(c);
	free_percpu(b);
	KUNIT_EXPECT_EQ(test, pcpu_nr_used_bytes(), used);
}

static void percpu_exhaustion_and_bad_free(struct kunit *test)
{
	void __percpu *big, *p;
	size_t used, left;

	boot_four_cpus(test);
	used = pcpu_nr_used_bytes();
	left = PERCPU_DYNAMIC_RESERVE - used;
	big = __alloc_percpu(left, PCPU_MIN_ALLOC_SIZE);
	KUNIT_ASSERT_NOT_NULL(test, big);
	host_log_clear();
	p = __alloc_percpu(8, 8);
	KUNIT_EXPECT_NULL(test, p);
	KUNIT_EXPECT_NOT_NULL(test, strstr(host_log_text(),
		"percpu: allocation failed, size=8 align=8 atomic=0, failed to allocate new chunk\n"));
	/* a pointer into the middle of an area is not freed */
	host_log_clear();
	free_percpu((char __percpu *)big + 8);
	KUNIT_EXPECT_NOT_NULL(test, strstr(host_log_text(), "not an allocated area"));
	KUNIT_EXPECT_EQ(test, pcpu_nr_used_bytes(), PERCPU_DYNAMIC_RESERVE);
	free_percpu(big);
	/* and a second free of the same area is refused */
	host_log_clear();
	free_percpu(big);
	KUNIT_EXPECT_NOT_NULL(test, strstr(host_log_text(), "not an allocated area"));
	KUNIT_EXPECT_EQ(test, pcpu_nr_used_bytes(), used);
}

/* The allocator's users: pagesets and array caches, one copy per CPU. */
static void percpu_pagesets_and_array_caches(struct kunit *test)
{
	struct kmem_cache *cachep;
	unsigned int cpu, avail;
	struct zone *zone;
	void *p;

	boot_four_cpus(test);
	slub_debug = 0;
	kmem_cache_init();
	cachep = kmalloc_caches[KMALLOC_NORMAL][kmalloc_index(64)];
	zone = host_mm_zone(0);
	for_each_possible_cpu(cpu) {
		struct per_cpu_pages *pcp = per_cpu_ptr(zone->per_cpu_pageset, cpu);
		struct array_cache *ac = per_cpu_ptr(cachep->cpu_cache, cpu);

		KUNIT_EXPECT_TRUE(test, in_unit(pcp, cpu));
		KUNIT_EXPECT_TRUE(test, in_unit(ac, cpu));
		KUNIT_EXPECT_EQ(test, ac->limit, 120U);
		KUNIT_EXPECT_GT(test, pcp->high, 0);
	}
	/* an object freed here waits in CPU 0's array, not in CPU 1's */
	p = kmalloc(64, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	avail = this_cpu_ptr(cachep->cpu_cache)->avail;
	kfree(p);
	KUNIT_EXPECT_EQ(test, per_cpu_ptr(cachep->cpu_cache, 0)->avail, avail + 1);
	KUNIT_EXPECT_EQ(test, per_cpu_ptr(cachep->cpu_cache, 1)->avail, 0U);
}

static struct kunit_case percpu_cases[] = {
	KUNIT_CASE(percpu_static_copies),
	KUNIT_CASE(percpu_alloc_free_reuse),
	KUNIT_CASE(percpu_exhaustion_and_bad_free),
	KUNIT_CASE(percpu_pagesets_and_array_caches),
	{}
};

static struct kunit_suite percpu_suite = {
	.name = "percpu",
	.test_cases = percpu_cases,
};
kunit_test_suite(percpu_suite);
