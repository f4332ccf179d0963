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

extern rwlock_t tasklist_lock;

#endif /* _LINUX_SCHED_TASK_H */
