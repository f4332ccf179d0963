// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/smpboot.c - each CPU's idle task, made before the CPU starts.
 * Linux: the same file (which also runs per-CPU "smpboot" threads such
 * as ksoftirqd; tinymm has none). Linux keeps the pointers in a per-CPU
 * variable; a plain array indexed by CPU number holds the same thing.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/cpuhotplug.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/smp.h>

/* The boot CPU's idle task is the boot thread, init_task. */
static struct task_struct *idle_threads[NR_CPUS] = { [0] = &init_task };

/* CPU @cpu's idle task, or ERR_PTR(-ENOMEM) if it could not be made. */
struct task_struct *idle_thread_get(unsigned int cpu)
{
	struct task_struct *tsk = idle_threads[cpu];

	if (!tsk)
		return ERR_PTR(-ENOMEM);
	return tsk;
}

static void __init idle_init(unsigned int cpu)
{
	struct task_struct *tsk = idle_threads[cpu];

	if (!tsk) {
		tsk = fork_idle(cpu);
		if (IS_ERR(tsk))
			pr_err("SMP: fork_idle() failed for CPU %u\n", cpu);
		else
			idle_threads[cpu] = tsk;
	}
}

/* One idle task for every possible CPU but the boot CPU. */
void __init idle_threads_init(void)
{
	unsigned int cpu, boot_cpu = smp_processor_id();

	for_each_possible_cpu(cpu)
		if (cpu != boot_cpu)
			idle_init(cpu);
}
