// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/smp_kunit.c - the CPUs as the booted kernel found and
 * started them: one possible CPU per device-tree cpu node (clipped at
 * NR_CPUS), nr_cpu_ids their count, per-CPU sizing that follows
 * nr_cpu_ids (slab's shared arrays exist once more than one CPU may
 * run); every present CPU online but one tinymm.smp_fail= kept from
 * starting, and each secondary, in secondary_start_kernel(), on its own
 * MPIDR, at EL1, on its idle task and that task's stack. Meaningful
 * under -smp 2..4 (the smp matrix boots) as well as with one CPU.
 * Linux counterpart: none in-tree.
 */
#include <linux/kernel.h>
#include <linux/of_fdt.h>
#include <linux/smp.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/topology.h>
#include <linux/cpuhotplug.h>
#include <asm/smp.h>
#include <asm/sysreg.h>
#include <kunit/test.h>
#include <tinymm/smp_hooks.h>
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

/*
 * smp_init() started every present CPU (up to maxcpus=) but the one
 * tinymm.smp_fail= names, which must have been left out, not waited for
 * forever.
 */
static void smp_present_cpus_online(struct kunit *test)
{
	unsigned int cpu, want = 0, max = max(setup_max_cpus, 1U);

	/* maxcpus=0 leaves the secondaries out of the present mask too */
	KUNIT_EXPECT_EQ(test, num_present_cpus(),
			setup_max_cpus ? num_possible_cpus() : 1U);
	for_each_present_cpu(cpu) {
		if ((int)cpu == tinymm_smp_fail_cpu()) {
			KUNIT_EXPECT_FALSE(test, cpu_online(cpu));
			continue;
		}
		if (want < max) {
			want++;
			KUNIT_EXPECT_TRUE(test, cpu_online(cpu));
		}
	}
	KUNIT_EXPECT_EQ(test, num_online_cpus(), want);
	for_each_online_cpu(cpu)
		KUNIT_EXPECT_TRUE(test, cpu_present(cpu));
}

/*
 * What each secondary saw of itself in secondary_start_kernel(): the
 * MPIDR the device tree gave its logical number, EL1 (init_kernel_el ran
 * on it too when it entered at EL2), current = its idle task, a stack
 * pointer inside that task's stack, and TPIDR_EL1 = its own per-CPU
 * offset, so smp_processor_id() there read its own number.
 */
static void smp_secondaries_booted(struct kunit *test)
{
	struct smp_boot_record *r;
	struct task_struct *idle;
	unsigned long base;
	unsigned int cpu;

	KUNIT_EXPECT_FALSE(test, smp_boot_records[0].valid);
	for_each_online_cpu(cpu) {
		if (cpu == 0)
			continue;
		r = &smp_boot_records[cpu];
		idle = idle_thread_get(cpu);
		KUNIT_ASSERT_TRUE(test, r->valid);
		KUNIT_ASSERT_FALSE(test, IS_ERR(idle));
		KUNIT_EXPECT_EQ(test, r->mpidr, cpu_logical_map(cpu));
		KUNIT_EXPECT_EQ(test, r->current_el, (u64)CurrentEL_EL1);
		KUNIT_EXPECT_PTR_EQ(test, r->task, idle);
		KUNIT_EXPECT_EQ(test, task_cpu(idle), cpu);
		KUNIT_EXPECT_EQ(test, idle->pid, 0);
		base = (unsigned long)task_stack_page(idle);
		KUNIT_EXPECT_GT(test, r->sp, base);
		KUNIT_EXPECT_LE(test, r->sp, base + THREAD_SIZE);
		KUNIT_EXPECT_EQ(test, r->tpidr, per_cpu_offset(cpu));
		KUNIT_EXPECT_EQ(test, r->cpu_id, cpu);
	}
	/* a CPU left out never ran kernel C code */
	for_each_present_cpu(cpu)
		if (!cpu_online(cpu))
			KUNIT_EXPECT_FALSE(test, smp_boot_records[cpu].valid);
}

static struct kunit_case smp_cases[] = {
	KUNIT_CASE(smp_possible_cpus),
	KUNIT_CASE(smp_present_cpus_online),
	KUNIT_CASE(smp_secondaries_booted),
	{}
};

static struct kunit_suite smp_suite = {
	.name = "smp",
	.test_cases = smp_cases,
};
kunit_test_suite(smp_suite);
