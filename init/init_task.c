// SPDX-License-Identifier: GPL-2.0
/*
 * init/init_task.c - task 0, built at compile time. Linux: the same file.
 * It is the boot thread that runs start_kernel() on init_stack, and then
 * the idle task: what the CPU runs when nothing else is runnable. It has
 * no mm of its own; it borrows init_mm (then whatever ran last) as
 * active_mm.
 */
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/mm_types.h>

extern char init_stack[];

static struct signal_struct init_signals = {
	.sigcnt		= { 1 },
	.nr_threads	= 1,
	.thread_head	= LIST_HEAD_INIT(init_task.thread_node),
};

struct task_struct init_task = {
	.__state	= TASK_RUNNING,
	.stack		= init_stack,
	.usage		= { 2 },	/* never freed */
	.flags		= PF_KTHREAD,
	.cpus_mask	= CPU_MASK_ALL,	/* init_idle() narrows it to CPU 0 */
	.run_list	= LIST_HEAD_INIT(init_task.run_list),
	.time_slice	= RR_TIMESLICE,
	.tasks		= LIST_HEAD_INIT(init_task.tasks),
	.sleep_list	= LIST_HEAD_INIT(init_task.sleep_list),
	.active_mm	= &init_mm,
	.real_parent	= &init_task,
	.children	= LIST_HEAD_INIT(init_task.children),
	.sibling	= LIST_HEAD_INIT(init_task.sibling),
	.group_leader	= &init_task,
	.thread_node	= LIST_HEAD_INIT(init_signals.thread_head),
	.signal		= &init_signals,
	.comm		= "swapper/0",
};
