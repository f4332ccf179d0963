// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/kernel/process.c - the architecture's half of a context
 * switch. Linux: arch/arm64/kernel/process.c (__switch_to).
 *
 * __entry_task tells entry.S which task an exception from EL0 belongs to:
 * at EL0, SP_EL0 holds the user's stack pointer, not `current`. It is per
 * CPU: entry.S reads this CPU's copy through TPIDR_EL1 (ldr_this_cpu).
 *
 * TPIDR_EL0 is user space's thread pointer (TLS): each thread sets its
 * own (clone's CLONE_SETTLS, or msr at EL0), so every switch saves the
 * outgoing task's value and loads the incoming one's (tls_thread_switch).
 * Linux also switches FP/SIMD, pointer-auth and MTE state here; tinymm's
 * user code has none of them.
 */
#include <linux/sched.h>
#include <linux/percpu.h>
#include <asm/processor.h>

DEFINE_PER_CPU(struct task_struct *, __entry_task) = &init_task;

struct task_struct *cpu_switch_to(struct task_struct *prev,
				  struct task_struct *next,
				  struct cpu_context *prev_ctx,
				  struct cpu_context *next_ctx);

static inline unsigned long read_tpidr_el0(void)
{
	unsigned long v;

	asm volatile("mrs %0, tpidr_el0" : "=r" (v));
	return v;
}

static inline void write_tpidr_el0(unsigned long v)
{
	asm volatile("msr tpidr_el0, %0" : : "r" (v));
}

/* fork copies the parent's thread pointer: take the live register's */
void tls_preserve_current_state(void)
{
	current->thread.uw.tp_value = read_tpidr_el0();
}

/* Linux: tls_thread_switch(). Kernel threads carry no user TLS. */
static void tls_thread_switch(struct task_struct *next)
{
	tls_preserve_current_state();
	write_tpidr_el0(next->thread.uw.tp_value);
}

/* execve: the new program starts with no thread pointer. Linux: the same. */
void flush_thread(void)
{
	write_tpidr_el0(0);
	current->thread.uw.tp_value = 0;
}

struct task_struct *__switch_to(struct task_struct *prev,
				struct task_struct *next)
{
	tls_thread_switch(next);
	__this_cpu_write(__entry_task, next);
	/* make the page-table switch visible before running the new task */
	asm volatile("dsb ish" : : : "memory");
	return cpu_switch_to(prev, next, &prev->thread.cpu_context,
			     &next->thread.cpu_context);
}
