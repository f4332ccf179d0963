/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/smp.h - which CPU we are. Linux: include/linux/smp.h and arm64's
 * asm/smp.h. Each CPU's number is a per-CPU variable, cpu_number, set for
 * every possible CPU by smp_prepare_cpus(): reading it goes through this
 * CPU's offset in TPIDR_EL1 (asm/percpu.h), so the same load gives each
 * CPU its own number.
 */
#ifndef _LINUX_SMP_H
#define _LINUX_SMP_H

#include <linux/cpumask.h>
#include <asm/percpu.h>

/* arch/arm64/kernel/smp.c: the CPUs of the device tree, made present */
void smp_init_cpus(void);
void smp_prepare_boot_cpu(void);
void smp_prepare_cpus(unsigned int max_cpus);
/* kernel/smp.c; Linux declares them here too */
extern unsigned int setup_max_cpus;
void smp_init(void);
void setup_nr_cpu_ids(void);
/* kernel/cpu.c; Linux declares it in linux/cpu.h */
void boot_cpu_init(void);

DECLARE_PER_CPU_READ_MOSTLY(unsigned int, cpu_number);

#define raw_smp_processor_id()	(*raw_cpu_ptr(&cpu_number))
/* Linux checks that preemption is off here; tinymm is PREEMPT_NONE. */
#define smp_processor_id()	raw_smp_processor_id()

#endif
