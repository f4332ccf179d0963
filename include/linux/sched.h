/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/sched.h - the little of "tasks" tinymm has so far.
 * Linux: include/linux/sched.h, kernel/exit.c (make_task_dead).
 *
 * In Linux an oops kills the task that caused it and the rest of the system
 * keeps running. Until tinymm has real tasks (user address spaces issue),
 * run_as_task() runs a function as a pseudo-task: if it oopses,
 * make_task_dead() returns to run_as_task() instead of to the faulting code.
 * Outside any task we are the idle task, and killing it panics, as in Linux.
 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/types.h>
#include <linux/compiler.h>

#define TASK_COMM_LEN	16

/* Returns true if fn was killed by an oops, false if it returned. */
bool run_as_task(const char *comm, void (*fn)(void *), void *arg);
void __noreturn make_task_dead(int signr);
const char *current_comm(void);
int current_pid(void);

#endif
