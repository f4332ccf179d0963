/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/current.h - `current`, the running task. Linux keeps it in SP_EL0:
 * while the CPU is at EL1 the kernel uses SP_EL1 as its stack pointer, so
 * SP_EL0 is a free 64-bit register readable in one instruction. entry.S
 * saves the user's SP_EL0 into pt_regs on the way in and puts it back on
 * the way out. Linux: arch/arm64/include/asm/current.h.
 */
#ifndef __ASM_CURRENT_H
#define __ASM_CURRENT_H

#ifndef __ASSEMBLY__
struct task_struct;

static __always_inline struct task_struct *get_current(void)
{
	unsigned long sp_el0;

	asm ("mrs %0, sp_el0" : "=r" (sp_el0));
	return (struct task_struct *)sp_el0;
}

#define current get_current()
#endif

#endif
