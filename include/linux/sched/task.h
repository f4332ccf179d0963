/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/sched/task.h - the task list's lock. Linux:
 * include/linux/sched/task.h.
 *
 * tasklist_lock (kernel/fork.c) guards the list of all tasks
 * (for_each_process), each task's children and sibling links, its
 * real_parent and exit_state, pid allocation and nr_threads. Writers
 * (fork linking a child, exit reparenting and unhashing, wait4 reaping)
 * take it with write_lock_irq(): kill_pgrp() reads the list from the
 * UART's interrupt handler. Readers take read_lock(). A task pointer
 * from find_task_by_pid() stays valid only while the lock is held; Linux
 * also lets RCU readers walk the list, and tinymm has no RCU.
 */
#ifndef _LINUX_SCHED_TASK_H
#define _LINUX_SCHED_TASK_H

#include <linux/spinlock.h>
#include <linux/types.h>

extern rwlock_t tasklist_lock;

/*
 * What kernel_clone() is asked to make. Linux: the same struct (name
 * since v6.2), which also carries pidfd, set_tid, cgroup and io_thread.
 */
struct kernel_clone_args {
	u64 flags;			/* CLONE_*, without the exit signal */
	int __user *child_tid;		/* CLONE_CHILD_SETTID/_CLEARTID */
	int __user *parent_tid;		/* CLONE_PARENT_SETTID */
	int exit_signal;		/* sent to the parent at exit */
	unsigned long stack;		/* the child's user sp, 0: the caller's */
	unsigned long tls;		/* CLONE_SETTLS: the child's TPIDR_EL0 */
	int (*fn)(void *);		/* a kernel thread's function */
	void *fn_arg;
	const char *name;		/* its comm, NULL: the parent's */
	int kthread;			/* PF_KTHREAD: a kernel thread */
	int idle;			/* fork_idle(): pid 0, on no list */
};

pid_t kernel_clone(struct kernel_clone_args *args);

#endif /* _LINUX_SCHED_TASK_H */
