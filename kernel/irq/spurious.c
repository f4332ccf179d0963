// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/irq/spurious.c - notice an interrupt that nobody handles.
 * Linux: kernel/irq/spurious.c (note_interrupt, __report_bad_irq).
 *
 * A level-triggered line that stays asserted because no driver clears
 * the device's condition would take the CPU forever. Every handler's
 * return value is counted: if 99,900 of 100,000 interrupts were
 * unhandled (none more than HZ/10 apart), the line is disabled with
 * "irq N: nobody cared". Simplified: no irqpoll/irqfixup modes, no
 * polling of disabled lines.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/irq.h>
#include <linux/jiffies.h>
#include "internals.h"

static bool bad_action_ret(irqreturn_t action_ret)
{
	return action_ret & ~(IRQ_HANDLED | IRQ_WAKE_THREAD);
}

static void __report_bad_irq(struct irq_desc *desc, irqreturn_t action_ret)
{
	unsigned int irq = irq_desc_get_irq(desc);
	struct irqaction *action;

	if (bad_action_ret(action_ret))
		printk(KERN_ERR "irq event %d: bogus return value %x\n",
		       irq, action_ret);
	else
		printk(KERN_ERR "irq %d: nobody cared (try booting with the \"irqpoll\" option)\n",
		       irq);
	dump_stack();
	printk(KERN_ERR "handlers:\n");
	for (action = desc->action; action; action = action->next)
		printk(KERN_ERR "[<%p>] %pS\n", action->handler,
		       action->handler);
}

void note_interrupt(struct irq_desc *desc, irqreturn_t action_ret)
{
	if (bad_action_ret(action_ret)) {
		__report_bad_irq(desc, action_ret);
		return;
	}
	if (action_ret == IRQ_NONE) {
		/* unhandled interrupts far apart don't add up to a storm */
		if (time_after(jiffies, desc->last_unhandled + HZ / 10))
			desc->irqs_unhandled = 1;
		else
			desc->irqs_unhandled++;
		desc->last_unhandled = jiffies;
	}

	if (++desc->irq_count < IRQ_SPURIOUS_WINDOW)
		return;
	desc->irq_count = 0;
	if (desc->irqs_unhandled > IRQ_SPURIOUS_LIMIT) {
		__report_bad_irq(desc, action_ret);
		printk(KERN_EMERG "Disabling IRQ #%d\n",
		       irq_desc_get_irq(desc));
		desc->istate |= IRQS_SPURIOUS_DISABLED;
		desc->depth++;
		irq_disable(desc);
	}
	desc->irqs_unhandled = 0;
}
