/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Host twin of asm/current.h: the host test process is one task,
 * tests/host/host.c's init_task (the kernel keeps current in SP_EL0).
 */
#ifndef __ASM_CURRENT_H
#define __ASM_CURRENT_H

struct task_struct;
extern struct task_struct init_task;

static inline struct task_struct *get_current(void)
{
	return &init_task;
}

#define current get_current()

#endif
