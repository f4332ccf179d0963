/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Host twin of asm/current.h (the kernel keeps current in SP_EL0): the
 * main thread runs tests/host/host.c's init_task; each host CPU thread
 * (tests/host/host_smp.c) has a task of its own, so lockdep's held-lock
 * stack, which is per task, is never shared between two threads.
 */
#ifndef __ASM_CURRENT_H
#define __ASM_CURRENT_H

struct task_struct;
extern struct task_struct init_task;
extern __thread struct task_struct *host_current;

static inline struct task_struct *get_current(void)
{
	return host_current ? host_current : &init_task;
}

#define current get_current()

#endif
