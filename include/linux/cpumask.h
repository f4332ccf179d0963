/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/cpumask.h - which CPUs exist. Linux: the same file, with
 * cpu_possible_mask and cpu_online_mask as bitmaps; tinymm's possible
 * CPUs are simply 0..nr_cpu_ids-1 and every possible CPU counts as
 * online, because only CPU 0 runs and mm/ only needs to size per-CPU data.
 */
#ifndef __LINUX_CPUMASK_H
#define __LINUX_CPUMASK_H

/* CPUs that may ever run (Linux: kernel/smp.c's setup_nr_cpu_ids()). */
extern unsigned int nr_cpu_ids;

#define for_each_possible_cpu(cpu) \
	for ((cpu) = 0; (cpu) < nr_cpu_ids; (cpu)++)
#define for_each_online_cpu(cpu)	for_each_possible_cpu(cpu)

#endif /* __LINUX_CPUMASK_H */
