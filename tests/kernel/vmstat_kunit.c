// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/vmstat_kunit.c - the per-CPU deltas of the zone counters
 * (suite vmstat): each online CPU's stat_threshold of a zone is
 * calculate_normal_threshold() for the online CPU count (Linux's
 * 2 * fls(CPUs) * (1 + fls(zone size in 128 MB)), at most 125), and a
 * node's is the largest of its zones'; a delta up to the threshold stays
 * in this CPU's vm_stat_diff and leaves zone->vm_stat alone, one more
 * folds it; __inc_zone_state folds with Linux's overstep;
 * zone_page_state_snapshot() counts the deltas; once every CPU folded
 * (vm.stat_refresh) every delta is 0 and the global sum is exact.
 * The item is NR_ZONE_WRITE_PENDING, which nothing else moves.
 * tests/host/vmstat_test.c runs the same cases on the host.
 * Linux counterpart: none in-tree.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/mm.h>
#include <linux/smp.h>
#include <linux/vmstat.h>
#include <kunit/test.h>
#include "internal.h"

#define ITEM	NR_ZONE_WRITE_PENDING

static struct zone *first_zone(void)
{
	struct zone *zone;

	for_each_populated_zone(zone)
		return zone;
	return NULL;
}

static long zone_stat(struct zone *zone)
{
	return atomic_long_read(&zone->vm_stat[ITEM]);
}

static int this_diff(struct zone *zone)
{
	return this_cpu_ptr(zone->per_cpu_zonestats)->vm_stat_diff[ITEM];
}

static void vmstat_threshold_per_cpu(struct kunit *test)
{
	struct zone *zone;
	unsigned int cpu;

	for_each_populated_zone(zone) {
		long mem = zone_managed_pages(zone) >> (27 - PAGE_SHIFT);
		int t = min(125, 2 * fls(num_online_cpus()) * (1 + fls(mem)));
		struct per_cpu_nodestat __percpu *pn =
			zone->zone_pgdat->per_cpu_nodestats;

		KUNIT_EXPECT_EQ(test, calculate_normal_threshold(zone), t);
		for_each_online_cpu(cpu) {
			KUNIT_EXPECT_EQ(test, (int)per_cpu_ptr(zone->per_cpu_zonestats,
							cpu)->stat_threshold, t);
			KUNIT_EXPECT_GE(test,
					(int)per_cpu_ptr(pn, cpu)->stat_threshold, t);
		}
	}
}

/* Interrupts off: this CPU's own vmstat timer must not fold meanwhile. */
static void vmstat_diff_folds_past_threshold(struct kunit *test)
{
	struct zone *zone = first_zone();
	unsigned long flags;
	long g0, net;
	int t;

	KUNIT_ASSERT_NOT_NULL(test, zone);
	local_irq_save(flags);
	refresh_cpu_vm_stats(false);
	t = this_cpu_ptr(zone->per_cpu_zonestats)->stat_threshold;
	g0 = zone_stat(zone);
	KUNIT_EXPECT_GT(test, t, 1);

	__mod_zone_page_state(zone, ITEM, t - 1);
	KUNIT_EXPECT_EQ(test, zone_stat(zone), g0);
	KUNIT_EXPECT_EQ(test, this_diff(zone), t - 1);
	KUNIT_EXPECT_EQ(test, (long)zone_page_state_snapshot(zone, ITEM),
			g0 + t - 1);
	__mod_zone_page_state(zone, ITEM, 1);	/* at the threshold: kept */
	KUNIT_EXPECT_EQ(test, zone_stat(zone), g0);
	KUNIT_EXPECT_EQ(test, this_diff(zone), t);
	__mod_zone_page_state(zone, ITEM, 1);	/* past it: folded */
	KUNIT_EXPECT_EQ(test, zone_stat(zone), g0 + t + 1);
	KUNIT_EXPECT_EQ(test, this_diff(zone), 0);

	/* __inc past the threshold folds half a threshold more */
	__mod_zone_page_state(zone, ITEM, t);
	__inc_zone_state(zone, ITEM);
	KUNIT_EXPECT_EQ(test, zone_stat(zone), g0 + t + 1 + t + 1 + t / 2);
	KUNIT_EXPECT_EQ(test, this_diff(zone), -(t / 2));

	net = zone_page_state_snapshot(zone, ITEM) - g0;
	__mod_zone_page_state(zone, ITEM, -net);
	refresh_cpu_vm_stats(false);
	KUNIT_EXPECT_EQ(test, zone_stat(zone), g0);
	KUNIT_EXPECT_EQ(test, this_diff(zone), 0);
	local_irq_restore(flags);
}

static void add_one(void *arg)
{
	__mod_zone_page_state(arg, ITEM, 1);
}

static void sub_one(void *arg)
{
	__mod_zone_page_state(arg, ITEM, -1);
}

static void vmstat_fold_all_is_exact(struct kunit *test)
{
	struct zone *zone = first_zone(), *z;
	unsigned long sum = 0;
	unsigned int cpu;
	long g0;

	KUNIT_ASSERT_NOT_NULL(test, zone);
	vm_stat_fold_all_cpus();
	g0 = zone_stat(zone);
	on_each_cpu(add_one, zone, 1);
	vm_stat_fold_all_cpus();
	for_each_online_cpu(cpu)
		for_each_populated_zone(z)
			KUNIT_EXPECT_EQ(test, (int)per_cpu_ptr(z->per_cpu_zonestats,
						cpu)->vm_stat_diff[ITEM], 0);
	KUNIT_EXPECT_EQ(test, zone_stat(zone), g0 + num_online_cpus());
	for_each_populated_zone(z)
		sum += zone_page_state(z, ITEM);
	KUNIT_EXPECT_EQ(test, global_zone_page_state(ITEM), sum);
	on_each_cpu(sub_one, zone, 1);
	vm_stat_fold_all_cpus();
	KUNIT_EXPECT_EQ(test, zone_stat(zone), g0);
}

static struct kunit_case vmstat_cases[] = {
	KUNIT_CASE(vmstat_threshold_per_cpu),
	KUNIT_CASE(vmstat_diff_folds_past_threshold),
	KUNIT_CASE(vmstat_fold_all_is_exact),
	{}
};

/* tests/host/vmstat_test.c runs these cases on the host with its own boot */
#ifndef VMSTAT_CASES_ONLY
static struct kunit_suite vmstat_suite = {
	.name = "vmstat",
	.test_cases = vmstat_cases,
};
kunit_test_suite(vmstat_suite);
#endif
