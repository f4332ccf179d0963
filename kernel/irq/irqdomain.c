// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/irq/irqdomain.c - translate a controller's interrupt numbers
 * (hwirq: the GIC's 27 for the virtual timer) into Linux IRQ numbers
 * (virq: whatever descriptor was free, 1, 2, ...), and device-tree
 * interrupt specifiers into either. Linux: kernel/irq/irqdomain.c,
 * drivers/of/irq.c (irq_of_parse_and_map).
 *
 * Why two numbers: a system has several controllers whose numbers
 * overlap (GIC line 33, GPIO line 33); drivers only ever see virqs.
 * Simplified: linear domains only (an array hwirq -> virq; Linux also has
 * radix-tree and hierarchical domains), and every device's interrupt
 * parent is the default domain - tinymm does not follow
 * "interrupt-parent" phandles, which on QEMU virt all name the GIC anyway.
 */
#include <linux/kernel.h>
#include <linux/irq.h>
#include <linux/errno.h>
#include <linux/of_fdt.h>
#include <linux/slab.h>
#include "internals.h"

static struct irq_domain *irq_default_domain;

struct irq_domain *irq_domain_add_linear(unsigned long of_node,
					 unsigned int size,
					 const struct irq_domain_ops *ops,
					 void *host_data)
{
	struct irq_domain *d = kzalloc(sizeof(*d), GFP_KERNEL);

	if (!d)
		return NULL;
	d->revmap = kcalloc(size, sizeof(*d->revmap), GFP_KERNEL);
	if (!d->revmap) {
		kfree(d);
		return NULL;
	}
	d->ops = ops;
	d->host_data = host_data;
	d->of_node = of_node;
	d->hwirq_max = size;
	d->revmap_size = size;
	d->name = "linear";
	return d;
}

void irq_domain_remove(struct irq_domain *domain)
{
	if (irq_default_domain == domain)
		irq_default_domain = NULL;
	kfree(domain->revmap);
	kfree(domain);
}

void irq_set_default_host(struct irq_domain *domain)
{
	irq_default_domain = domain;
}

struct irq_domain *irq_get_default_host(void)
{
	return irq_default_domain;
}

unsigned int irq_find_mapping(struct irq_domain *domain,
			      irq_hw_number_t hwirq)
{
	if (!domain)
		domain = irq_default_domain;
	if (!domain || hwirq >= domain->revmap_size)
		return 0;
	return domain->revmap[hwirq];
}

/* The virq for @hwirq, made on first use; 0 if none can be. */
unsigned int irq_create_mapping(struct irq_domain *domain,
				irq_hw_number_t hwirq)
{
	struct irq_desc *desc;
	unsigned int virq;
	int irq;

	if (!domain)
		domain = irq_default_domain;
	if (!domain || hwirq >= domain->hwirq_max)
		return 0;
	virq = irq_find_mapping(domain, hwirq);
	if (virq)
		return virq;

	irq = irq_alloc_desc();
	if (irq < 0) {
		pr_warn("irq: no descriptor left for hwirq %lu\n", hwirq);
		return 0;
	}
	desc = irq_to_desc(irq);
	desc->irq_data.hwirq = hwirq;
	desc->irq_data.domain = domain;
	if (domain->ops->map && domain->ops->map(domain, irq, hwirq)) {
		irq_free_desc(irq);
		return 0;
	}
	domain->revmap[hwirq] = irq;
	pr_debug("irq: irq %lu on domain %s mapped to virtual irq %u\n",
		 hwirq, domain->name, irq);
	return irq;
}

void irq_dispose_mapping(unsigned int virq)
{
	struct irq_data *d = irq_get_irq_data(virq);
	struct irq_domain *domain;

	if (!d || !d->domain)
		return;
	domain = d->domain;
	if (domain->ops->unmap)
		domain->ops->unmap(domain, virq);
	domain->revmap[d->hwirq] = 0;
	irq_set_chip_and_handler(virq, NULL, NULL);
	irq_free_desc(virq);
}

/*
 * The @index'th entry of @node's "interrupts", decoded by the domain's
 * xlate (the GIC: <type number flags>), mapped, with its trigger type
 * programmed. Returns the virq, or 0.
 */
unsigned int irq_of_parse_and_map(unsigned long node, int index)
{
	struct irq_domain *domain = irq_default_domain;
	u32 intspec[4];
	const __be32 *prop, *cells;
	unsigned long hwirq;
	unsigned int type = IRQ_TYPE_NONE, virq;
	int len, intsize, i;

	if (!domain || !domain->ops->xlate)
		return 0;
	cells = of_get_flat_dt_prop(domain->of_node, "#interrupt-cells", &len);
	intsize = cells ? fdt32_ld(cells) : 0;
	if (intsize < 1 || intsize > (int)ARRAY_SIZE(intspec))
		return 0;
	prop = of_get_flat_dt_prop(node, "interrupts", &len);
	if (!prop || index < 0 ||
	    (index + 1) * intsize * (int)sizeof(*prop) > len)
		return 0;
	for (i = 0; i < intsize; i++)
		intspec[i] = fdt32_ld(prop + index * intsize + i);
	if (domain->ops->xlate(domain, node, intspec, intsize, &hwirq, &type))
		return 0;
	virq = irq_create_mapping(domain, hwirq);
	if (virq && type != IRQ_TYPE_NONE &&
	    type != irqd_get_trigger_type(irq_get_irq_data(virq)))
		irq_set_irq_type(virq, type);
	return virq;
}
