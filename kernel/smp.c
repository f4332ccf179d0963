// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/smp.c - how many CPU numbers per-CPU data must cover. Linux:
 * the same file, which also brings the secondaries up (smp_init()) and
 * sends cross-CPU function calls; tinymm's smp_init() lives with the
 * device-tree parsing in arch/arm64/kernel/smp.c, and there are no
 * cross-CPU calls while only the boot CPU runs.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/cpumask.h>

/* Until setup_nr_cpu_ids() runs, every CPU the kernel is built for. */
unsigned int nr_cpu_ids = NR_CPUS;

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
