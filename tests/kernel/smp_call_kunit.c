// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/smp_call_kunit.c - cross-CPU function calls and the IPIs
 * under them (suite smp_call): a call runs on the CPU it names, in that
 * CPU's interrupt context; wait=1 returns only after the function ran;
 * on_each_cpu() reaches every online CPU once; each call counts as one
 * IPI_CALL_FUNC on its target; drain_all_pages() empties the per-CPU
 * lists of another CPU, and kmem_cache_shrink() its slab array. Needs a
 * second CPU (the SMP matrix boots); with one it skips, saying why.
 * Linux counterpart: none in-tree (kernel/smp.c is exercised by use).
 */
#include <linux/kernel.h>
#include <linux/gfp.h>
#include <linux/irq.h>
#include <linux/mm.h>
#include <linux/percpu.h>
#include <linux/preempt.h>
#include <linux/slab.h>
#include <linux/smp.h>
#include <kunit/test.h>
#include <asm/sysreg.h>
#include <asm/system_misc.h>
#include "slab.h"
#include "other_cpu.h"

#define IPI_CALL_FUNC	1	/* arch/arm64/kernel/smp.c's enum */

struct where {
	unsigned int cpu;
	bool in_irq;
	bool irqs_off;
	unsigned long done;
};

static void record_where(void *arg)
{
	struct where *w = arg;

	w->cpu = smp_processor_id();
	w->in_irq = in_hardirq();
	w->irqs_off = irqs_disabled();
	/* after everything else: the waiter must see all of it */
	smp_store_release(&w->done, 1);
}

static void smp_call_single_runs_there(struct kunit *test)
{
	unsigned int cpu = other_cpu(test);
	struct where w = { .cpu = ~0U };
	unsigned int ipis = smp_ipi_count(IPI_CALL_FUNC, cpu);

	KUNIT_ASSERT_EQ(test, smp_call_function_single(cpu, record_where, &w, 1), 0);
	KUNIT_EXPECT_EQ(test, w.cpu, cpu);
	KUNIT_EXPECT_TRUE(test, w.in_irq);
	KUNIT_EXPECT_TRUE(test, w.irqs_off);
	KUNIT_EXPECT_EQ(test, smp_load_acquire(&w.done), 1UL);
	/* one call into an empty queue: exactly one IPI on the target */
	KUNIT_EXPECT_EQ(test, smp_ipi_count(IPI_CALL_FUNC, cpu), ipis + 1);
	/* on this CPU: at once, interrupts off, no IPI */
	w.cpu = ~0U;
	KUNIT_ASSERT_EQ(test, smp_call_function_single(smp_processor_id(),
						       record_where, &w, 1), 0);
	KUNIT_EXPECT_EQ(test, w.cpu, smp_processor_id());
	KUNIT_EXPECT_TRUE(test, w.irqs_off);
	KUNIT_EXPECT_EQ(test, smp_call_function_single(NR_CPUS - 1 + 1, record_where,
						       &w, 1), -ENXIO);
}

/* Long enough that a caller not waiting would surely return first. */
static void slow_mark(void *arg)
{
	unsigned long *flag = arg;
	u64 end = read_sysreg(cntvct_el0) + read_sysreg(cntfrq_el0) / 100;

	while (read_sysreg(cntvct_el0) < end)
		cpu_relax();
	smp_store_release(flag, 1);
}

static void smp_call_wait_means_done(struct kunit *test)
{
	unsigned int cpu = other_cpu(test);
	unsigned long flag = 0;

	KUNIT_ASSERT_EQ(test, smp_call_function_single(cpu, slow_mark, &flag, 1), 0);
	KUNIT_EXPECT_EQ(test, smp_load_acquire(&flag), 1UL);
}

static DEFINE_PER_CPU(unsigned int, smp_call_hits);

static void count_hit(void *arg)
{
	__this_cpu_inc(smp_call_hits);
	__atomic_fetch_add((unsigned int *)arg, 1, __ATOMIC_RELAXED);
}

static void smp_call_on_each_cpu_once(struct kunit *test)
{
	unsigned int before[NR_CPUS], total = 0, cpu;

	other_cpu(test);
	for_each_online_cpu(cpu)
		before[cpu] = per_cpu(smp_call_hits, cpu);
	on_each_cpu(count_hit, &total, 1);
	KUNIT_EXPECT_EQ(test, total, num_online_cpus());
	for_each_online_cpu(cpu)
		KUNIT_EXPECT_EQ(test, per_cpu(smp_call_hits, cpu), before[cpu] + 1);
	/* smp_call_function(): every CPU but this one */
	total = 0;
	smp_call_function(count_hit, &total, 1);
	KUNIT_EXPECT_EQ(test, total, num_online_cpus() - 1);
}

/* Run on CPU cpu: take a few pages and give them back to its own lists. */
static void fill_local_pcp(void *arg)
{
	struct page *pages[8];
	int i;

	for (i = 0; i < 8; i++)
		pages[i] = alloc_pages(GFP_ATOMIC, 0);
	for (i = 0; i < 8; i++)
		if (pages[i])
			__free_pages(pages[i], 0);
}

static unsigned long pcp_count(unsigned int cpu)
{
	unsigned long n = 0;
	struct zone *zone;

	for_each_populated_zone(zone)
		n += per_cpu_ptr(zone->per_cpu_pageset, cpu)->count;
	return n;
}

static void smp_call_drain_all_pages_remote(struct kunit *test)
{
	unsigned int cpu = other_cpu(test);

	KUNIT_ASSERT_EQ(test, smp_call_function_single(cpu, fill_local_pcp,
						       NULL, 1), 0);
	KUNIT_ASSERT_GT(test, pcp_count(cpu), 0UL);
	drain_all_pages(NULL);
	KUNIT_EXPECT_EQ(test, pcp_count(cpu), 0UL);
	KUNIT_EXPECT_EQ(test, pcp_count(smp_processor_id()), 0UL);
}

struct slab_work {
	struct kmem_cache *cachep;
	void *objs[4];
};

static void free_objs_here(void *arg)
{
	struct slab_work *w = arg;
	int i;

	for (i = 0; i < 4; i++)
		kmem_cache_free(w->cachep, w->objs[i]);
}

static void smp_call_shrink_empties_remote_array(struct kunit *test)
{
	unsigned int cpu = other_cpu(test);
	struct slab_work w;
	int i;

	w.cachep = kmem_cache_create("smp_call_test", 64, 0, 0, NULL);
	KUNIT_ASSERT_NOT_NULL(test, w.cachep);
	for (i = 0; i < 4; i++) {
		w.objs[i] = kmem_cache_alloc(w.cachep, GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, w.objs[i]);
	}
	/* freed on the other CPU: they wait in its array, not in ours */
	KUNIT_ASSERT_EQ(test, smp_call_function_single(cpu, free_objs_here,
						       &w, 1), 0);
	KUNIT_EXPECT_EQ(test, per_cpu_ptr(w.cachep->cpu_cache, cpu)->avail, 4U);
	kmem_cache_shrink(w.cachep);
	KUNIT_EXPECT_EQ(test, per_cpu_ptr(w.cachep->cpu_cache, cpu)->avail, 0U);
	kmem_cache_destroy(w.cachep);
}

static struct kunit_case smp_call_cases[] = {
	KUNIT_CASE(smp_call_single_runs_there),
	KUNIT_CASE(smp_call_wait_means_done),
	KUNIT_CASE(smp_call_on_each_cpu_once),
	KUNIT_CASE(smp_call_drain_all_pages_remote),
	KUNIT_CASE(smp_call_shrink_empties_remote_array),
	{}
};

static struct kunit_suite smp_call_suite = {
	.name = "smp_call",
	.test_cases = smp_call_cases,
};
kunit_test_suite(smp_call_suite);
