// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/smp_kunit.c - the possible CPUs as the booted kernel found
 * them: one per device-tree cpu node (clipped at NR_CPUS), nr_cpu_ids
 * their count, only the boot CPU online, and per-CPU sizing that follows
 * nr_cpu_ids (slab's shared arrays exist once more than one CPU may
 * run). Meaningful under -smp 2..4 (the smp4 matrix boot) as well as
 * with one CPU. Linux counterpart: none in-tree.
 */
#include <linux/kernel.h>
#include <linux/of_fdt.h>
#include <linux/smp.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/topology.h>
#include <kunit/test.h>
#include "slab.h"

static int count_cpu_node(unsigned long node, const char *uname, void *data)
{
	const char *type = of_get_flat_dt_prop(node, "device_type", NULL);

	if (type && !strcmp(type, "cpu"))
		(*(unsigned int *)data)++;
	return 0;
}

/* the device tree's CPUs, read independently of smp_init_cpus() */
static unsigned int dt_cpus(void)
{
	int cpus = of_get_flat_dt_subnode_by_name(of_get_flat_dt_root(),
						  "cpus");
	unsigned int n = 0;

	if (cpus >= 0)
		of_scan_flat_dt_subnodes(cpus, count_cpu_node, &n);
	return n;
}

static void smp_possible_cpus(struct kunit *test)
{
	unsigned int n = min(dt_cpus(), (unsigned int)NR_CPUS), cpu, on = 0;
	struct kmem_cache *cachep;
	int nid;

	KUNIT_ASSERT_GT(test, n, 0U);
	KUNIT_EXPECT_EQ(test, num_possible_cpus(), n);
	KUNIT_EXPECT_EQ(test, nr_cpu_ids, n);
	KUNIT_EXPECT_EQ(test, num_online_cpus(), 1U);
	KUNIT_EXPECT_TRUE(test, cpu_online(smp_processor_id()));
	/* every possible CPU sits on exactly one node's mask */
	for_each_online_node(nid)
		on += nr_cpus_node(nid);
	KUNIT_EXPECT_EQ(test, on, n);
	for_each_possible_cpu(cpu)
		KUNIT_EXPECT_TRUE(test, cpumask_test_cpu(cpu,
				  cpumask_of_node(cpu_to_node(cpu))));
	/* enable_cpucache(): a shared array once other CPUs could use it */
	list_for_each_entry(cachep, &slab_caches, list)
		if (cachep->size <= PAGE_SIZE &&
		    cachep->shared != (n > 1 ? 8U : 0U))
			KUNIT_FAIL(test, "cache %s: shared %u with %u CPUs",
				   cachep->name, cachep->shared, n);
}

static struct kunit_case smp_cases[] = {
	KUNIT_CASE(smp_possible_cpus),
	{}
};

static struct kunit_suite smp_suite = {
	.name = "smp",
	.test_cases = smp_cases,
};
kunit_test_suite(smp_suite);
