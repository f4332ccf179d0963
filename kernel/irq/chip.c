// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/irq/chip.c - tie a descriptor to its controller (irq_chip) and
 * its flow handler, and the two flow handlers a GIC needs.
 * Linux: kernel/irq/chip.c.
 *
 * A flow handler knows the controller's protocol for one kind of line:
 *  - handle_fasteoi_irq: the controller tracks the interrupt itself; the
 *    CPU runs the handlers and then signals End Of Interrupt (the GIC's
 *    shared peripheral interrupts, SPIs);
 *  - handle_percpu_devid_irq: the same number is a different device on
 *    each CPU (the GIC's private PPIs: each CPU's own timer).
 * Simplified: no ack/mask-ack protocols (edge/level handlers of other
 * controllers), no oneshot, no IRQ resend of interrupts that arrived
 * while disabled: Linux's disable is lazy (the line is masked only if it
 * fires while disabled), tinymm masks at once.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/irq.h>
#include "internals.h"

struct irq_chip no_irq_chip = {
	.name = "none",
};

int irq_set_chip(unsigned int irq, struct irq_chip *chip)
{
	struct irq_desc *desc = irq_to_desc(irq);

	if (!desc)
		return -EINVAL;
	desc->irq_data.chip = chip ? chip : &no_irq_chip;
	return 0;
}

int irq_set_chip_data(unsigned int irq, void *data)
{
	struct irq_desc *desc = irq_to_desc(irq);

	if (!desc)
		return -EINVAL;
	desc->irq_data.chip_data = data;
	return 0;
}

void irq_set_handler(unsigned int irq, irq_flow_handler_t handle)
{
	struct irq_desc *desc = irq_to_desc(irq);

	if (desc)
		desc->handle_irq = handle ? handle : handle_bad_irq;
}

void irq_set_chip_and_handler_name(unsigned int irq, struct irq_chip *chip,
				   irq_flow_handler_t handle,
				   const char *name)
{
	struct irq_desc *desc = irq_to_desc(irq);

	if (!desc)
		return;
	irq_set_chip(irq, chip);
	irq_set_handler(irq, handle);
	desc->name = name;
}

int irq_set_percpu_devid(unsigned int irq)
{
	struct irq_desc *desc = irq_to_desc(irq);

	if (!desc)
		return -EINVAL;
	irqd_set(&desc->irq_data, IRQD_PER_CPU);
	return 0;
}

/* Program the line's trigger into the controller; flags: IRQ_TYPE_*. */
int __irq_set_trigger(struct irq_desc *desc, unsigned long flags)
{
	struct irq_chip *chip = desc->irq_data.chip;
	struct irq_data *d = &desc->irq_data;
	int ret = 0;

	flags &= IRQ_TYPE_SENSE_MASK;
	if (chip->irq_set_type)
		ret = chip->irq_set_type(d, flags);
	if (ret) {
		pr_err("Setting trigger mode %lu for irq %u failed (%pS)\n",
		       flags, d->irq, chip->irq_set_type);
		return ret;
	}
	d->state_use_accessors &= ~(IRQD_TRIGGER_MASK | IRQD_LEVEL);
	d->state_use_accessors |= flags;
	if (flags & IRQ_TYPE_LEVEL_MASK)
		irqd_set(d, IRQD_LEVEL);
	return 0;
}

int irq_set_irq_type(unsigned int irq, unsigned int type)
{
	struct irq_desc *desc = irq_to_desc(irq);
	unsigned long flags;
	int ret;

	if (!desc)
		return -EINVAL;
	spin_lock_irqsave(&desc->lock, flags);
	ret = __irq_set_trigger(desc, type);
	spin_unlock_irqrestore(&desc->lock, flags);
	return ret;
}

void mask_irq(struct irq_desc *desc)
{
	if (desc->irq_data.chip->irq_mask)
		desc->irq_data.chip->irq_mask(&desc->irq_data);
	irqd_set(&desc->irq_data, IRQD_IRQ_MASKED);
}

void unmask_irq(struct irq_desc *desc)
{
	if (desc->irq_data.chip->irq_unmask)
		desc->irq_data.chip->irq_unmask(&desc->irq_data);
	irqd_clear(&desc->irq_data, IRQD_IRQ_MASKED);
}

void irq_enable(struct irq_desc *desc)
{
	irqd_clear(&desc->irq_data, IRQD_IRQ_DISABLED);
	unmask_irq(desc);
}

void irq_disable(struct irq_desc *desc)
{
	irqd_set(&desc->irq_data, IRQD_IRQ_DISABLED);
	mask_irq(desc);
}

/* First handler installed: the line goes live. */
void irq_startup(struct irq_desc *desc)
{
	desc->depth = 0;
	irq_enable(desc);
}

/* Last handler removed. */
void irq_shutdown(struct irq_desc *desc)
{
	desc->depth = 1;
	irq_disable(desc);
}

void irq_percpu_enable(struct irq_desc *desc, unsigned int cpu)
{
	unmask_irq(desc);
	irqd_clear(&desc->irq_data, IRQD_IRQ_DISABLED);
	desc->percpu_enabled |= 1U << cpu;
}

void irq_percpu_disable(struct irq_desc *desc, unsigned int cpu)
{
	mask_irq(desc);
	desc->percpu_enabled &= ~(1U << cpu);
}

void handle_fasteoi_irq(struct irq_desc *desc)
{
	struct irq_chip *chip = desc->irq_data.chip;

	spin_lock(&desc->lock);
	/*
	 * Nobody wants it (no handler, or disable_irq()): keep the line
	 * masked and remember it came. Linux replays it on enable_irq().
	 */
	if (!desc->action || irqd_irq_disabled(&desc->irq_data)) {
		desc->istate |= IRQS_PENDING;
		mask_irq(desc);
		goto out;
	}
	kstat_incr_irqs_this_cpu(desc);
	handle_irq_event(desc);
out:
	if (chip->irq_eoi)
		chip->irq_eoi(&desc->irq_data);
	spin_unlock(&desc->lock);
}

/*
 * No lock and no disabled check: each CPU enables its own copy, and only
 * this CPU touches it. percpu_dev_id is a per-CPU pointer: the handler
 * gets this CPU's instance.
 */
void handle_percpu_devid_irq(struct irq_desc *desc)
{
	struct irq_chip *chip = desc->irq_data.chip;
	struct irqaction *action = desc->action;
	unsigned int irq = irq_desc_get_irq(desc);
	unsigned int cpu = smp_processor_id();
	irqreturn_t res;

	kstat_incr_irqs_this_cpu(desc);
	if (action) {
		res = action->handler(irq, raw_cpu_ptr(action->percpu_dev_id));
		(void)res;
	} else {
		bool enabled = desc->percpu_enabled & (1U << cpu);

		if (enabled)
			irq_percpu_disable(desc, cpu);
		/* Linux: pr_err_once for the whole kernel; here once per IRQ */
		if (!desc->spurious_reported)
			pr_err("Spurious%s percpu IRQ%u on CPU%u\n",
			       enabled ? " and unmasked" : "", irq, cpu);
		desc->spurious_reported = true;
	}
	if (chip->irq_eoi)
		chip->irq_eoi(&desc->irq_data);
}
