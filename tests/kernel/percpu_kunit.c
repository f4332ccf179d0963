// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/percpu_kunit.c - per-CPU data as the booted kernel has it
 * (suite percpu): TPIDR_EL1 holds this CPU's offset, which is not 0, so
 * this_cpu_*() reach the CPU's own unit and never the template in the
 * image; every possible CPU's unit holds its own copy of the zones'
 * pagesets and of slab's array caches. The allocator's own cases run on
 * the host (tests/host/percpu_test.c).
 * Linux counterpart: lib/percpu_test.c checks this_cpu arithmetic only.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/percpu.h>
#include <linux/slab.h>
#include <linux/smp.h>
#include <kunit/test.h>
#include <asm/sysreg.h>
#include "slab.h"

static DEFINE_PER_CPU(unsigned long, percpu_kunit_word) = 7;

static void percpu_tpidr_el1(struct kunit *test)
{
	unsigned int cpu = smp_processor_id();

	KUNIT_EXPECT_EQ(test, read_sysreg(tpidr_el1), per_cpu_offset(cpu));
	KUNIT_EXPECT_NE(test, per_cpu_offset(cpu), 0UL);
	KUNIT_EXPECT_PTR_EQ(test, this_cpu_ptr(&cpu_number),
			    per_cpu_ptr(&cpu_number, cpu));
	KUNIT_EXPECT_TRUE(test, is_kernel_percpu_address(
			  (unsigned long)this_cpu_ptr(&percpu_kunit_word)));
	KUNIT_EXPECT_FALSE(test, is_kernel_percpu_address(
			   (unsigned long)&percpu_kunit_word));
}

static void percpu_template_untouched(struct kunit *test)
{
	unsigned long before = this_cpu_read(percpu_kunit_word);

	this_cpu_inc(percpu_kunit_word);
	KUNIT_EXPECT_EQ(test, this_cpu_read(percpu_kunit_word), before + 1);
	/* the image's copy is the template: 7 as it was linked */
	KUNIT_EXPECT_EQ(test, READ_ONCE(percpu_kunit_word), 7UL);
	this_cpu_dec(percpu_kunit_word);
}

static void percpu_each_cpu_own_copy(struct kunit *test)
{
	struct kmem_cache *cachep = kmalloc_caches[KMALLOC_NORMAL][kmalloc_index(64)];
	unsigned int cpu, other;
	struct zone *zone;

	for_each_populated_zone(zone) {
		for_each_possible_cpu(cpu) {
			void *pcp = per_cpu_ptr(zone->per_cpu_pageset, cpu);

			KUNIT_EXPECT_TRUE(test, is_kernel_percpu_address((unsigned long)pcp));
			for_each_possible_cpu(other)
				if (other != cpu)
					KUNIT_EXPECT_NE(test, (unsigned long)pcp,
						(unsigned long)per_cpu_ptr(zone->per_cpu_pageset, other));
		}
	}
	for_each_possible_cpu(cpu) {
		struct array_cache *ac = per_cpu_ptr(cachep->cpu_cache, cpu);

		KUNIT_EXPECT_TRUE(test, is_kernel_percpu_address((unsigned long)ac));
		KUNIT_EXPECT_EQ(test, ac->limit, cachep->limit);
	}
}

static struct kunit_case percpu_cases[] = {
	KUNIT_CASE(percpu_tpidr_el1),
	KUNIT_CASE(percpu_template_untouched),
	KUNIT_CASE(percpu_each_cpu_own_copy),
	{}
};

static struct kunit_suite percpu_suite = {
	.name = "percpu",
	.test_cases = percpu_cases,
};
kunit_test_suite(percpu_suite);
