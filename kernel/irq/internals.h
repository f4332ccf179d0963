/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kernel/irq/internals.h - what the files of kernel/irq share and drivers
 * don't see. Linux: kernel/irq/internals.h.
 */
#ifndef _KERNEL_IRQ_INTERNALS_H
#define _KERNEL_IRQ_INTERNALS_H

#include <linux/irq.h>

/* The unhandled-interrupt detector's window (Linux's numbers). */
#define IRQ_SPURIOUS_WINDOW	100000
#define IRQ_SPURIOUS_LIMIT	99900

static inline void irqd_set(struct irq_data *d, unsigned int mask)
{
	d->state_use_accessors |= mask;
}

static inline void irqd_clear(struct irq_data *d, unsigned int mask)
{
	d->state_use_accessors &= ~mask;
}

static inline void kstat_incr_irqs_this_cpu(struct irq_desc *desc)
{
	desc->kstat_irqs[smp_processor_id()]++;
}

/* chip.c: the desc->lock must be held */
void irq_startup(struct irq_desc *desc);
void irq_shutdown(struct irq_desc *desc);
void irq_enable(struct irq_desc *desc);
void irq_disable(struct irq_desc *desc);
void mask_irq(struct irq_desc *desc);
void unmask_irq(struct irq_desc *desc);
void irq_percpu_enable(struct irq_desc *desc, unsigned int cpu);
void irq_percpu_disable(struct irq_desc *desc, unsigned int cpu);
int __irq_set_trigger(struct irq_desc *desc, unsigned long flags);

/* irqdesc.c */
void desc_set_defaults(struct irq_desc *desc, unsigned int irq);

#endif
