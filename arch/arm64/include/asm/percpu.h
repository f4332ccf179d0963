/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/percpu.h - this CPU's per-CPU offset lives in TPIDR_EL1. Linux: the
 * same file. The kernel never runs user code at EL1, so the EL1 thread ID
 * register is free for it: one MRS and an add reach this CPU's copy of
 * any per-CPU variable, with no lookup of smp_processor_id() first.
 */
#ifndef __ASM_PERCPU_H
#define __ASM_PERCPU_H

/* Each CPU writes its own, once, as it comes up (and on resume in Linux). */
static inline void set_my_cpu_offset(unsigned long off)
{
	asm volatile("msr tpidr_el1, %0" :: "r" (off) : "memory");
}

/*
 * Not volatile, so the compiler may reuse one read within a function; the
 * dummy read of the stack makes every function call (which may schedule
 * onto another CPU) a point where it must read again, as Linux's
 * __kern_my_cpu_offset does.
 */
static inline unsigned long __kern_my_cpu_offset(void)
{
	unsigned long off;

	asm("mrs %0, tpidr_el1" : "=r" (off) :
	    "Q" (*(const unsigned long *)__builtin_frame_address(0)));
	return off;
}
#define __my_cpu_offset	__kern_my_cpu_offset()

#include <asm-generic/percpu.h>

#endif
