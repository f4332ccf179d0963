/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/preempt.h - which context the CPU is in. Linux: include/linux/
 * preempt.h, where in_hardirq() and friends read preempt_count's HARDIRQ
 * bits. tinymm's kernel is not preemptible and has no softirqs or NMIs,
 * so the hard-IRQ nesting depth is all there is to count. It is per CPU:
 * one CPU in a handler says nothing about another. (arm64 Linux keeps it
 * in the task's preempt_count, which an interrupt never switches away
 * from; x86 keeps preempt_count per CPU, as here.)
 */
#ifndef _LINUX_PREEMPT_H
#define _LINUX_PREEMPT_H

#include <asm/percpu.h>

/* Hard-IRQ nesting: irq_enter() / irq_exit() around every handler. */
DECLARE_PER_CPU(unsigned int, hardirq_count);
#define in_hardirq()		(this_cpu_read(hardirq_count) != 0)
#define in_irq()		in_hardirq()
#define in_interrupt()		in_hardirq()	/* no softirqs or NMIs here */

#endif /* _LINUX_PREEMPT_H */
