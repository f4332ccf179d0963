/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/preempt.h - which context the CPU is in. Linux: include/linux/
 * preempt.h, where in_hardirq() and friends read preempt_count's HARDIRQ
 * bits. tinymm's kernel is not preemptible and has no softirqs or NMIs,
 * so the hard-IRQ nesting depth is all there is to count. Linux keeps it
 * in preempt_count, per CPU; tinymm's one CPU has one global counter.
 */
#ifndef _LINUX_PREEMPT_H
#define _LINUX_PREEMPT_H

/* Hard-IRQ nesting: irq_enter() / irq_exit() around every handler. */
extern unsigned int hardirq_count;
#define in_hardirq()		(hardirq_count != 0)
#define in_irq()		in_hardirq()
#define in_interrupt()		in_hardirq()	/* no softirqs or NMIs here */

#endif /* _LINUX_PREEMPT_H */
