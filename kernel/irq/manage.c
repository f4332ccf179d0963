// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/irq/manage.c - the driver API: install and remove handlers,
 * enable and disable lines, poke the controller's state.
 * Linux: kernel/irq/manage.c.
 *
 * disable_irq() nests: each call must be matched by an enable_irq(), and
 * the line comes back only when the count (desc->depth) returns to 0.
 * free_irq() and disable_irq() wait (synchronize_irq()) for a handler
 * still running on another CPU, so the action and its dev_id can go.
 * Simplified: no threaded handlers, no IRQ affinity.
 */
#include <linux/kernel.h>
#include <linux/irq.h>
#include <linux/errno.h>
#include <linux/slab.h>
#include <asm/system_misc.h>
#include "internals.h"

static bool irq_inprogress(struct irq_desc *desc)
{
	return READ_ONCE(desc->irq_data.state_use_accessors) &
	       IRQD_IRQ_INPROGRESS;
}

/*
 * Wait until no CPU runs a handler of @irq: one that starts after the
 * caller unlinked the action or disabled the line no longer runs it.
 * Process context; spins, never sleeps. Must not be called from the
 * IRQ's own handler, which would wait for itself (as in Linux).
 * Linux: synchronize_irq(), which also waits for threaded handlers.
 */
void synchronize_irq(unsigned int irq)
{
	struct irq_desc *desc = irq_to_desc(irq);
	unsigned long flags;
	bool inprogress;

	if (!desc)
		return;
	do {
		while (irq_inprogress(desc))
			cpu_relax();
		/* handle_irq_event() clears the flag under the lock */
		spin_lock_irqsave(&desc->lock, flags);
		inprogress = irq_inprogress(desc);
		spin_unlock_irqrestore(&desc->lock, flags);
	} while (inprogress);
}

static int __setup_irq(struct irq_desc *desc, struct irqaction *new)
{
	struct irqaction **p = &desc->action;
	unsigned int irq = irq_desc_get_irq(desc);
	unsigned long flags;
	int ret;

	spin_lock_irqsave(&desc->lock, flags);
	if (*p) {
		struct irqaction *old = *p;

		/* Sharing needs both to agree, and on the trigger type. */
		if (!(old->flags & new->flags & IRQF_SHARED) ||
		    ((old->flags ^ new->flags) & IRQF_TRIGGER_MASK)) {
			spin_unlock_irqrestore(&desc->lock, flags);
			pr_err("Flags mismatch irq %d. %08x (%s) vs. %08x (%s)\n",
			       irq, new->flags, new->name, old->flags,
			       old->name);
			return -EBUSY;
		}
		while (*p)
			p = &(*p)->next;
		*p = new;
		spin_unlock_irqrestore(&desc->lock, flags);
		return 0;
	}
	if (new->flags & IRQF_TRIGGER_MASK) {
		ret = __irq_set_trigger(desc, new->flags & IRQF_TRIGGER_MASK);
		if (ret) {
			spin_unlock_irqrestore(&desc->lock, flags);
			return ret;
		}
	}
	*p = new;
	desc->istate &= ~(IRQS_PENDING | IRQS_SPURIOUS_DISABLED);
	desc->irq_count = 0;
	desc->irqs_unhandled = 0;
	if (!irqd_is_per_cpu(&desc->irq_data))
		irq_startup(desc);	/* per-CPU lines: enable_percpu_irq() */
	spin_unlock_irqrestore(&desc->lock, flags);
	return 0;
}

/* Linux: request_threaded_irq(irq, handler, NULL, flags, name, dev). */
int request_irq(unsigned int irq, irq_handler_t handler, unsigned long flags,
		const char *name, void *dev)
{
	struct irq_desc *desc = irq_to_desc(irq);
	struct irqaction *action;
	int ret;

	/* A shared line needs a dev_id: free_irq() finds the action by it. */
	if ((flags & IRQF_SHARED) && !dev)
		return -EINVAL;
	if (!desc || !handler || irqd_is_per_cpu(&desc->irq_data))
		return -EINVAL;
	action = kzalloc(sizeof(*action), GFP_KERNEL);
	if (!action)
		return -ENOMEM;
	action->handler = handler;
	action->flags = flags;
	action->name = name;
	action->dev_id = dev;
	action->irq = irq;
	ret = __setup_irq(desc, action);
	if (ret)
		kfree(action);
	return ret;
}

static struct irqaction *__free_irq(struct irq_desc *desc, void *dev_id,
				    bool percpu)
{
	unsigned int irq = irq_desc_get_irq(desc);
	struct irqaction **p, *action;
	unsigned long flags;

	spin_lock_irqsave(&desc->lock, flags);
	for (p = &desc->action; (action = *p); p = &action->next)
		if ((percpu ? action->percpu_dev_id : action->dev_id) == dev_id)
			break;
	if (!action) {
		spin_unlock_irqrestore(&desc->lock, flags);
		WARN(1, "Trying to free already-free IRQ %d\n", irq);
		return NULL;
	}
	*p = action->next;
	if (!desc->action) {
		if (percpu)
			irq_percpu_disable(desc, smp_processor_id());
		else
			irq_shutdown(desc);
	}
	spin_unlock_irqrestore(&desc->lock, flags);
	return action;
}

/* Returns the name given to request_irq(), as Linux (for the caller). */
const void *free_irq(unsigned int irq, void *dev_id)
{
	struct irq_desc *desc = irq_to_desc(irq);
	struct irqaction *action;
	const char *name;

	if (!desc || irqd_is_per_cpu(&desc->irq_data))
		return NULL;
	action = __free_irq(desc, dev_id, false);
	if (!action)
		return NULL;
	synchronize_irq(irq);	/* another CPU may still run the handler */
	name = action->name;
	kfree(action);
	return name;
}

void disable_irq_nosync(unsigned int irq)
{
	struct irq_desc *desc = irq_to_desc(irq);
	unsigned long flags;

	if (!desc)
		return;
	spin_lock_irqsave(&desc->lock, flags);
	if (!desc->depth++)
		irq_disable(desc);
	spin_unlock_irqrestore(&desc->lock, flags);
}

void disable_irq(unsigned int irq)
{
	disable_irq_nosync(irq);
	synchronize_irq(irq);
}

void enable_irq(unsigned int irq)
{
	struct irq_desc *desc = irq_to_desc(irq);
	unsigned long flags;

	if (!desc)
		return;
	spin_lock_irqsave(&desc->lock, flags);
	switch (desc->depth) {
	case 0:
		spin_unlock_irqrestore(&desc->lock, flags);
		WARN(1, "Unbalanced enable for IRQ %d\n", irq);
		return;
	case 1:
		if (desc->istate & IRQS_SPURIOUS_DISABLED)
			desc->istate &= ~IRQS_SPURIOUS_DISABLED;
		if (desc->action)
			irq_enable(desc);
		fallthrough;
	default:
		desc->depth--;
	}
	spin_unlock_irqrestore(&desc->lock, flags);
}

int request_percpu_irq(unsigned int irq, irq_handler_t handler,
		       const char *devname, void *percpu_dev_id)
{
	struct irq_desc *desc = irq_to_desc(irq);
	struct irqaction *action;
	int ret;

	if (!desc || !handler || !percpu_dev_id ||
	    !irqd_is_per_cpu(&desc->irq_data))
		return -EINVAL;
	action = kzalloc(sizeof(*action), GFP_KERNEL);
	if (!action)
		return -ENOMEM;
	action->handler = handler;
	action->flags = IRQF_PERCPU | IRQF_NO_THREAD;
	action->name = devname;
	action->percpu_dev_id = percpu_dev_id;
	action->irq = irq;
	ret = __setup_irq(desc, action);
	if (ret)
		kfree(action);
	return ret;
}

void free_percpu_irq(unsigned int irq, void *percpu_dev_id)
{
	struct irq_desc *desc = irq_to_desc(irq);

	if (desc && irqd_is_per_cpu(&desc->irq_data))
		kfree(__free_irq(desc, percpu_dev_id, true));
}

/* Each CPU enables its own copy of a per-CPU line. */
void enable_percpu_irq(unsigned int irq, unsigned int type)
{
	struct irq_desc *desc = irq_to_desc(irq);
	unsigned long flags;

	if (!desc)
		return;
	spin_lock_irqsave(&desc->lock, flags);
	type &= IRQ_TYPE_SENSE_MASK;
	if (type == IRQ_TYPE_NONE)
		type = irqd_get_trigger_type(&desc->irq_data);
	if (type != IRQ_TYPE_NONE && __irq_set_trigger(desc, type)) {
		WARN(1, "failed to set type for IRQ%d\n", irq);
		goto out;
	}
	irq_percpu_enable(desc, smp_processor_id());
out:
	spin_unlock_irqrestore(&desc->lock, flags);
}

void disable_percpu_irq(unsigned int irq)
{
	struct irq_desc *desc = irq_to_desc(irq);
	unsigned long flags;

	if (!desc)
		return;
	spin_lock_irqsave(&desc->lock, flags);
	irq_percpu_disable(desc, smp_processor_id());
	spin_unlock_irqrestore(&desc->lock, flags);
}

int irq_get_irqchip_state(unsigned int irq, enum irqchip_irq_state which,
			  bool *state)
{
	struct irq_desc *desc = irq_to_desc(irq);
	struct irq_chip *chip;
	unsigned long flags;
	int ret = -EINVAL;

	if (!desc)
		return -EINVAL;
	spin_lock_irqsave(&desc->lock, flags);
	chip = desc->irq_data.chip;
	if (chip->irq_get_irqchip_state)
		ret = chip->irq_get_irqchip_state(&desc->irq_data, which,
						  state);
	spin_unlock_irqrestore(&desc->lock, flags);
	return ret;
}

int irq_set_irqchip_state(unsigned int irq, enum irqchip_irq_state which,
			  bool val)
{
	struct irq_desc *desc = irq_to_desc(irq);
	struct irq_chip *chip;
	unsigned long flags;
	int ret = -EINVAL;

	if (!desc)
		return -EINVAL;
	spin_lock_irqsave(&desc->lock, flags);
	chip = desc->irq_data.chip;
	if (chip->irq_set_irqchip_state)
		ret = chip->irq_set_irqchip_state(&desc->irq_data, which, val);
	spin_unlock_irqrestore(&desc->lock, flags);
	return ret;
}
