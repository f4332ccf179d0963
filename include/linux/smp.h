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
#include <linux/llist.h>
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

/* ---- cross-CPU function calls (kernel/smp.c) ---- */

typedef void (*smp_call_func_t)(void *info);

#define CSD_FLAG_LOCK		0x01	/* in flight: the sender may not reuse it */
#define CSD_TYPE_SYNC		0x10	/* the sender waits until func returned */

/* One queued call. Linux: struct __call_single_data. */
struct __call_single_data {
	struct llist_node llist;
	unsigned int flags;		/* CSD_FLAG_LOCK | CSD_TYPE_* */
	smp_call_func_t func;
	void *info;
};
typedef struct __call_single_data call_single_data_t;

/*
 * Run @func(@info) on CPU @cpu, in its interrupt context (interrupts
 * off there); @wait: return only after it has run. On this CPU it runs
 * at once with interrupts off. Returns 0, or -ENXIO if @cpu is not
 * online. The caller must not have interrupts off (the target may be
 * waiting for it), as in Linux.
 */
int smp_call_function_single(int cpu, smp_call_func_t func, void *info,
			     int wait);
/* The same on every online CPU of @mask but this one. */
void smp_call_function_many(const struct cpumask *mask, smp_call_func_t func,
			    void *info, bool wait);
/* ... on every other online CPU. */
void smp_call_function(smp_call_func_t func, void *info, int wait);
/* ... on every online CPU of @mask, this one included if it is in it. */
void on_each_cpu_mask(const struct cpumask *mask, smp_call_func_t func,
		      void *info, bool wait);
/* ... on every online CPU. */
void on_each_cpu(smp_call_func_t func, void *info, int wait);
/* Return once every other CPU has taken an interrupt since the call. */
void kick_all_cpus_sync(void);
/* The IPI handler's half: run this CPU's queued calls. */
void generic_smp_call_function_single_interrupt(void);
#define generic_smp_call_function_interrupt \
	generic_smp_call_function_single_interrupt

/* arch/arm64/kernel/smp.c: the IPIs underneath */
void arch_send_call_function_single_ipi(int cpu);
void arch_send_call_function_ipi_mask(const struct cpumask *mask);
void smp_send_reschedule(int cpu);
void smp_send_stop(void);

#define raw_smp_processor_id()	(*raw_cpu_ptr(&cpu_number))
/* Linux checks that preemption is off here; tinymm is PREEMPT_NONE. */
#define smp_processor_id()	raw_smp_processor_id()

#endif
