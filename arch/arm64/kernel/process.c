// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/kernel/process.c - the architecture's half of a context
 * switch. Linux: arch/arm64/kernel/process.c (__switch_to).
 *
 * __entry_task tells entry.S which task an exception from EL0 belongs to:
 * at EL0, SP_EL0 holds the user's stack pointer, not `current`. It is per
 * CPU: entry.S reads this CPU's copy through TPIDR_EL1 (ldr_this_cpu).
 */
#include <linux/sched.h>
#include <linux/percpu.h>
#include <asm/processor.h>

DEFINE_PER_CPU(struct task_struct *, __entry_task) = &init_task;

struct task_struct *cpu_switch_to(struct task_struct *prev,
				  struct task_struct *next,
				  struct cpu_context *prev_ctx,
				  struct cpu_context *next_ctx);

struct task_struct *__switch_to(struct task_struct *prev,
				struct task_struct *next)
{
	__this_cpu_write(__entry_task, next);
	/* make the page-table switch visible before running the new task */
	asm volatile("dsb ish" : : : "memory");
	return cpu_switch_to(prev, next, &prev->thread.cpu_context,
			     &next->thread.cpu_context);
}
