// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/irq/handle.c - calling the handlers of one interrupt, the root
 * entry point from the exception vector, and what happens to interrupts
 * nobody asked for. Linux: kernel/irq/handle.c, arch/arm64/kernel/irq.c
 * (handle_arch_irq, set_handle_irq), include/asm-generic/hardirq.h
 * (ack_bad_irq), kernel/softirq.c (irq_enter, irq_exit).
 *
 * Simplified: irq_exit() runs no softirqs and never preempts;
 * in Linux it is also where a tick may switch tasks (preemption).
 * Handlers run on the interrupted kernel stack: Linux switches to a
 * per-CPU IRQ stack (call_on_irq_stack) so a deep kernel stack cannot
 * overflow when an interrupt lands on it.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/irq.h>
#include <asm/ptrace.h>
#include "internals.h"

DEFINE_PER_CPU(unsigned int, hardirq_count);
unsigned long irq_err_count;

static void default_handle_irq(struct pt_regs *regs)
{
	panic("IRQ taken without a root IRQ handler\n");
}

void (*handle_arch_irq)(struct pt_regs *regs) = default_handle_irq;

int set_handle_irq(void (*handle_irq)(struct pt_regs *regs))
{
	if (handle_arch_irq != default_handle_irq)
		return -EBUSY;
	handle_arch_irq = handle_irq;
	pr_info("Root IRQ handler: %ps\n", handle_irq);
	return 0;
}

/* Interrupts are off in both: the plain per-CPU forms suffice. */
void irq_enter(void)
{
	__this_cpu_inc(hardirq_count);
}

void irq_exit(void)
{
	__this_cpu_dec(hardirq_count);
}

/* asm-generic/hardirq.h; the irq_err_count++ is x86's ("Err:" line). */
void ack_bad_irq(unsigned int irq)
{
	irq_err_count++;
	printk(KERN_CRIT "unexpected IRQ trap at vector %02x\n", irq);
}

/* Linux: kernel/irq/debug.h print_irq_desc(), its first lines. */
static void print_irq_desc(unsigned int irq, struct irq_desc *desc)
{
	printk("irq %d, desc: %p, depth: %d, count: %d, unhandled: %d\n",
	       irq, desc, desc->depth, desc->irq_count, desc->irqs_unhandled);
	printk("->handle_irq():  %p, %pS\n", desc->handle_irq,
	       desc->handle_irq);
	printk("->irq_data.chip(): %p, %pS\n", desc->irq_data.chip,
	       desc->irq_data.chip);
	printk("->action(): %p\n", desc->action);
}

/* The flow handler of a descriptor nobody set up. */
void handle_bad_irq(struct irq_desc *desc)
{
	unsigned int irq = irq_desc_get_irq(desc);

	print_irq_desc(irq, desc);
	kstat_incr_irqs_this_cpu(desc);
	ack_bad_irq(irq);
}

static irqreturn_t __handle_irq_event_percpu(struct irq_desc *desc)
{
	irqreturn_t retval = IRQ_NONE;
	unsigned int irq = desc->irq_data.irq;
	struct irqaction *action;

	for (action = desc->action; action; action = action->next) {
		irqreturn_t res = action->handler(irq, action->dev_id);

		/* A handler must return with interrupts still masked. */
		WARN_ONCE(!irqs_disabled(),
			  "irq %u handler %pS enabled interrupts\n", irq,
			  action->handler);
		retval |= res;
	}
	return retval;
}

/*
 * Run every action of @desc. Called with desc->lock held, which is
 * dropped around the handlers, as Linux does, so a handler may call
 * disable_irq_nosync() or irq_set_irqchip_state() on its own IRQ.
 */
irqreturn_t handle_irq_event(struct irq_desc *desc)
{
	irqreturn_t ret;

	desc->istate &= ~IRQS_PENDING;
	desc->irq_data.state_use_accessors |= IRQD_IRQ_INPROGRESS;
	spin_unlock(&desc->lock);

	ret = __handle_irq_event_percpu(desc);
	note_interrupt(desc, ret);

	spin_lock(&desc->lock);
	desc->irq_data.state_use_accessors &= ~IRQD_IRQ_INPROGRESS;
	return ret;
}
