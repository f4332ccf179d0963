/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/interrupt.h - what a driver sees of interrupts: request_irq() a
 * handler for an IRQ number, enable and disable it, and mask every
 * interrupt on this CPU around code an interrupt must not cut into.
 * Linux: include/linux/interrupt.h, irqreturn.h, irqflags.h,
 * kernel_stat.h (kstat_irqs_cpu); in_hardirq() is in linux/preempt.h.
 *
 * Simplified: no threaded handlers (request_threaded_irq's thread_fn),
 * no softirqs or tasklets, no IRQ affinity; one CPU takes every interrupt.
 */
#ifndef _LINUX_INTERRUPT_H
#define _LINUX_INTERRUPT_H

#include <linux/types.h>
#include <linux/preempt.h>
#include <linux/spinlock.h>

/* What a handler says it did: IRQ_NONE means "not my device". */
enum irqreturn {
	IRQ_NONE		= (0 << 0),
	IRQ_HANDLED		= (1 << 0),
	IRQ_WAKE_THREAD		= (1 << 1),
};
typedef enum irqreturn irqreturn_t;
#define IRQ_RETVAL(x)	((x) ? IRQ_HANDLED : IRQ_NONE)

typedef irqreturn_t (*irq_handler_t)(int irq, void *dev_id);

/* request_irq() flags (the same bits as Linux) */
#define IRQF_TRIGGER_NONE	0x00000000
#define IRQF_TRIGGER_RISING	0x00000001
#define IRQF_TRIGGER_FALLING	0x00000002
#define IRQF_TRIGGER_HIGH	0x00000004
#define IRQF_TRIGGER_LOW	0x00000008
#define IRQF_TRIGGER_MASK	(IRQF_TRIGGER_HIGH | IRQF_TRIGGER_LOW | \
				 IRQF_TRIGGER_RISING | IRQF_TRIGGER_FALLING)
#define IRQF_SHARED		0x00000080
#define IRQF_PERCPU		0x00000400
#define IRQF_NOBALANCING	0x00000800
#define IRQF_NO_THREAD		0x00010000
#define IRQF_TIMER		(0x00000200 | IRQF_NO_THREAD)

/* One registered handler; shared IRQs chain several through ->next. */
struct irqaction {
	irq_handler_t		handler;
	void			*dev_id;
	void __percpu		*percpu_dev_id;	/* per-CPU IRQs */
	struct irqaction	*next;
	unsigned int		irq;
	unsigned int		flags;
	const char		*name;
};

int request_irq(unsigned int irq, irq_handler_t handler, unsigned long flags,
		const char *name, void *dev);
const void *free_irq(unsigned int irq, void *dev_id);
void disable_irq(unsigned int irq);
void synchronize_irq(unsigned int irq);
void disable_irq_nosync(unsigned int irq);
void enable_irq(unsigned int irq);

/*
 * Per-CPU interrupts (the GIC's PPIs: each CPU has its own timer behind
 * the same number). dev_id is a per-CPU pointer (alloc_percpu); the
 * handler gets this CPU's instance. Enabled per CPU, by each CPU for itself.
 */
int request_percpu_irq(unsigned int irq, irq_handler_t handler,
		       const char *devname, void __percpu *percpu_dev_id);
void free_percpu_irq(unsigned int irq, void __percpu *percpu_dev_id);
void enable_percpu_irq(unsigned int irq, unsigned int type);
void disable_percpu_irq(unsigned int irq);

/* Reach into the controller: make an interrupt pending, read its state. */
enum irqchip_irq_state {
	IRQCHIP_STATE_PENDING,		/* is it pending? */
	IRQCHIP_STATE_ACTIVE,		/* is it in progress? */
	IRQCHIP_STATE_MASKED,		/* is it masked? */
	IRQCHIP_STATE_LINE_LEVEL,	/* is the input line high? */
};
int irq_get_irqchip_state(unsigned int irq, enum irqchip_irq_state which,
			  bool *state);
int irq_set_irqchip_state(unsigned int irq, enum irqchip_irq_state which,
			  bool val);

/* How many times @irq was handled on @cpu, and on all CPUs. */
unsigned int kstat_irqs_cpu(unsigned int irq, int cpu);
unsigned int kstat_irqs_usr(unsigned int irq);

/*
 * PSTATE.I: the CPU takes no IRQ while it is set. local_irq_save() and
 * local_irq_restore() live in linux/spinlock.h (asm/irqflags.h); enable
 * and disable are here until asm/irqflags.h grows them.
 */

/* Hard-IRQ nesting (in_hardirq(), linux/preempt.h) counted by these. */
void irq_enter(void);
void irq_exit(void);

#endif /* _LINUX_INTERRUPT_H */
