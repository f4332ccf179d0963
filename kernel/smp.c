// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/smp.c - how many CPUs the kernel may use, and bringing the
 * secondaries up at boot. Linux: the same file (nr_cpu_ids, the nr_cpus=
 * and maxcpus= limits, smp_init()), which also sends cross-CPU function
 * calls (smp_call_function_*): tinymm's secondaries take no interrupts,
 * so there are none.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/cpuhotplug.h>
#include <linux/cpumask.h>
#include <linux/numa.h>
#include <linux/smp.h>
#include <asm/smp.h>

/* Until setup_nr_cpu_ids() runs, every CPU the kernel is built for. */
unsigned int nr_cpu_ids = NR_CPUS;

/* maxcpus=: how many CPUs smp_init() brings online, the boot CPU included */
unsigned int setup_max_cpus = NR_CPUS;

/*
 * nr_cpus=: a hard limit on CPU numbers, parsed before the device tree's
 * CPUs are numbered, so CPUs from nr_cpus on are never even possible.
 */
static int __init nrcpus(char *str)
{
	int nr_cpus;

	if (get_option(&str, &nr_cpus) && nr_cpus > 0 &&
	    nr_cpus < nr_cpu_ids)
		nr_cpu_ids = nr_cpus;
	return 0;
}
early_param("nr_cpus", nrcpus);

/*
 * maxcpus=: bring up at most this many CPUs at boot; the others stay
 * present but offline. Linux's maxcpus=0 also disables SMP support
 * altogether (arch_disable_smp_support(), x86's IO-APIC); arm64 has
 * nothing to disable, and smp_prepare_cpus() then marks no secondary
 * present.
 */
static int __init maxcpus(char *str)
{
	int n;

	if (get_option(&str, &n) && n >= 0)
		setup_max_cpus = n;
	return 0;
}
early_param("maxcpus", maxcpus);

/*
 * Called by start_kernel() right after setup_arch(), once the device
 * tree has filled cpu_possible_mask: CPU numbers run 0..nr_cpu_ids-1,
 * so nr_cpu_ids is the highest possible CPU + 1 (a gap in the numbering
 * still counts, which num_possible_cpus() would not).
 */
void __init setup_nr_cpu_ids(void)
{
	unsigned int cpu, last = 0;

	for (cpu = 0; cpu < NR_CPUS; cpu++)
		if (cpumask_test_cpu(cpu, cpu_possible_mask))
			last = cpu;
	nr_cpu_ids = last + 1;
}

/*
 * smp_init - start every present CPU (up to maxcpus=) and say how many
 * run. Called by pid 1 (kernel_init_freeable) after smp_prepare_cpus();
 * sleeps while each CPU comes up. Linux also starts the per-CPU hotplug
 * threads here (cpuhp_threads_init); tinymm's cpu_up() needs none.
 */
void __init smp_init(void)
{
	int num_nodes, num_cpus;

	idle_threads_init();
	pr_info("smp: Bringing up secondary CPUs ...\n");
	bringup_nonboot_cpus(setup_max_cpus);
	num_nodes = num_online_nodes();
	num_cpus = num_online_cpus();
	pr_info("smp: Brought up %d node%s, %d CPU%s\n",
		num_nodes, num_nodes > 1 ? "s" : "",
		num_cpus, num_cpus > 1 ? "s" : "");
	smp_cpus_done(setup_max_cpus);
}
