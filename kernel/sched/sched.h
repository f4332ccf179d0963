/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kernel/sched/sched.h - the run queue, one per CPU. Linux: the same
 * file (struct rq, cpu_rq, this_rq, task_rq).
 *
 * Each CPU schedules from its own queue under its own lock: a wake-up
 * takes only the target CPU's lock, and two CPUs never contend unless
 * one moves a task to the other. Simplified: Linux's rq holds a CFS, an
 * RT and a deadline queue; tinymm's is one round-robin list.
 */
#ifndef _KERNEL_SCHED_SCHED_H
#define _KERNEL_SCHED_SCHED_H

#include <linux/list.h>
#include <linux/percpu.h>
#include <linux/spinlock.h>

struct rq {
	spinlock_t lock;
	struct list_head queue;		/* runnable tasks but idle, in turn order */
	unsigned int nr_running;	/* on the queue, the running one included */
	unsigned long nr_switches;
	struct task_struct *curr;
	struct task_struct *idle;
	struct mm_struct *prev_mm;	/* a lazy mm to mmdrop after the switch */
	/* a task still runnable that may no longer run here (affinity) */
	struct task_struct *push_task;
	u64 clock;			/* ns since boot at the last tick or switch */
	int cpu;
};

DECLARE_PER_CPU(struct rq, runqueues);

#define cpu_rq(cpu)	(&per_cpu(runqueues, (cpu)))
#define this_rq()	this_cpu_ptr(&runqueues)
#define task_rq(p)	cpu_rq(task_cpu(p))

static inline int cpu_of(struct rq *rq)
{
	return rq->cpu;
}

#endif /* _KERNEL_SCHED_SCHED_H */
