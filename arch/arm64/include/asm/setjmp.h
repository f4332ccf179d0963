/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/setjmp.h - save and resume a kernel context.
 * Linux has no such thing: an oops ends the task that caused it
 * (make_task_dead). KUnit cases and shell commands run in init's kernel
 * thread, so their start is saved here and an oops inside one resumes
 * there (run_as_task), which is what Linux's kunit_try_catch achieves by
 * running each case in a kthread of its own.
 */
#ifndef __ASM_SETJMP_H
#define __ASM_SETJMP_H

#include <linux/types.h>
#include <linux/compiler.h>

struct arch_jmp_buf {
	u64 x19_x30[12];
	u64 sp;
	u64 daif;	/* an exception masks interrupts; put them back as they were */
};

int arch_setjmp(struct arch_jmp_buf *buf) __attribute__((__returns_twice__));
void __noreturn arch_longjmp(struct arch_jmp_buf *buf, int ret);

#endif
