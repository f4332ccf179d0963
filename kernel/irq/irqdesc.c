// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/irq/irqdesc.c - the irq_desc array: one descriptor per Linux IRQ
 * number, and the generic entry points that find one and run its flow
 * handler. Linux: kernel/irq/irqdesc.c.
 *
 * Linux (CONFIG_SPARSE_IRQ, as arm64 uses) allocates descriptors on demand
 * in a radix tree, so nr_irqs can grow to thousands of MSIs; tinymm has a
 * few device interrupts and keeps a fixed array of NR_IRQS. IRQ 0 is never
 * handed out: Linux reserves it to mean "no interrupt" (irq_find_mapping()
 * and irq_of_parse_and_map() return 0 on failure).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/irq.h>
#include <asm/ptrace.h>
#include "internals.h"

int nr_irqs = NR_IRQS;
static struct irq_desc irq_desc[NR_IRQS];

void desc_set_defaults(struct irq_desc *desc, unsigned int irq)
{
	*desc = (struct irq_desc){
		.irq_data = {
			.irq = irq,
			.chip = &no_irq_chip,
			/* disabled until request_irq() starts it, as Linux */
			.state_use_accessors = IRQD_IRQ_DISABLED |
					       IRQD_IRQ_MASKED,
		},
		.handle_irq = handle_bad_irq,
		.depth = 1,
		.name = NULL,
	};
	spin_lock_init(&desc->lock);
}

struct irq_desc *irq_to_desc(unsigned int irq)
{
	if (irq >= (unsigned int)nr_irqs || !irq_desc[irq].in_use)
		return NULL;
	return &irq_desc[irq];
}

struct irq_data *irq_get_irq_data(unsigned int irq)
{
	struct irq_desc *desc = irq_to_desc(irq);

	return desc ? &desc->irq_data : NULL;
}

/* Linux: irq_alloc_descs(-1, 1, 1, node). Returns the number or -ENOSPC. */
int irq_alloc_desc(void)
{
	unsigned long flags;
	int irq;

	local_irq_save(flags);
	for (irq = 1; irq < nr_irqs; irq++) {
		if (irq_desc[irq].in_use)
			continue;
		desc_set_defaults(&irq_desc[irq], irq);
		irq_desc[irq].in_use = true;
		local_irq_restore(flags);
		return irq;
	}
	local_irq_restore(flags);
	return -ENOSPC;
}

void irq_free_desc(unsigned int irq)
{
	struct irq_desc *desc = irq_to_desc(irq);

	if (desc)
		desc->in_use = false;
}

void irq_set_status_flags(unsigned int irq, unsigned long set)
{
	struct irq_desc *desc = irq_to_desc(irq);

	if (desc)
		desc->status_use_accessors |= set;
}

unsigned int kstat_irqs_cpu(unsigned int irq, int cpu)
{
	struct irq_desc *desc = irq_to_desc(irq);

	return desc ? desc->kstat_irqs[cpu] : 0;
}

unsigned int kstat_irqs_usr(unsigned int irq)
{
	unsigned int cpu, sum = 0;

	for_each_possible_cpu(cpu)
		sum += kstat_irqs_cpu(irq, cpu);
	return sum;
}

/* Run the flow handler of Linux IRQ @irq. */
int generic_handle_irq(unsigned int irq)
{
	struct irq_desc *desc = irq_to_desc(irq);

	if (!desc)
		return -EINVAL;
	desc->handle_irq(desc);
	return 0;
}

/* The same, for a controller's own number; -EINVAL if it is not mapped. */
int generic_handle_domain_irq(struct irq_domain *domain,
			      irq_hw_number_t hwirq)
{
	unsigned int irq = irq_find_mapping(domain, hwirq);

	if (!irq)
		return -EINVAL;
	return generic_handle_irq(irq);
}

/*
 * The root controller's driver calls this for each interrupt it reads
 * from its acknowledge register. Linux up to v5.15 (since then arm64's
 * entry code does irq_enter/irq_exit and drivers call
 * generic_handle_domain_irq). An interrupt nobody mapped is reported with
 * ack_bad_irq(), not fatal; Linux passes the virq (0, since the lookup
 * failed), tinymm the hardware number, which says which line it was.
 */
int handle_domain_irq(struct irq_domain *domain, irq_hw_number_t hwirq,
		      struct pt_regs *regs)
{
	int ret;

	irq_enter();
	ret = generic_handle_domain_irq(domain, hwirq);
	if (ret)
		ack_bad_irq(hwirq);
	irq_exit();
	return ret;
}
