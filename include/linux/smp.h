/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/smp.h, percpu - which CPU we are and per-CPU data.
 * Linux: include/linux/smp.h, cpumask.h, percpu-defs.h. Linux places
 * per-CPU variables in a per-CPU area reached through a per-CPU offset
 * register; tinymm keeps per-CPU data as arrays indexed by CPU number,
 * which keeps every "this CPU's copy" access visible in the source.
 * Only CPU 0 runs tasks (the others come up and idle, interrupts masked,
 * arch/arm64/kernel/smp.c), but all of mm/ is written per CPU.
 */
#ifndef _LINUX_SMP_H
#define _LINUX_SMP_H

#include <linux/cpumask.h>

/* arch/arm64/kernel/smp.c: the CPUs of the device tree, made present */
void smp_init_cpus(void);
void smp_prepare_cpus(unsigned int max_cpus);
/* kernel/smp.c; Linux declares them here too */
extern unsigned int setup_max_cpus;
void smp_init(void);
void setup_nr_cpu_ids(void);
/* kernel/cpu.c; Linux declares it in linux/cpu.h */
void boot_cpu_init(void);


static inline unsigned int smp_processor_id(void)
{
	return 0;	/* every caller runs on CPU 0 (see above) */
}

/* p is a per-CPU array: this CPU's element, and CPU @cpu's element. */
#define this_cpu_ptr(p)		(&(p)[smp_processor_id()])
#define per_cpu_ptr(p, cpu)	(&(p)[cpu])

#endif
