// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/irqchip/irqchip.c - find the root interrupt controller in the
 * device tree and probe it; init_IRQ(), start_kernel()'s entry to it.
 * Linux: drivers/irqchip/irqchip.c (irqchip_init -> of_irq_init over the
 * IRQCHIP_DECLARE table), arch/arm64/kernel/irq.c (init_IRQ).
 *
 * Simplified: a fixed table instead of a linker section, and only a root
 * controller (no cascaded ones): the first enabled node in the table's
 * order that says "interrupt-controller" wins.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/irq.h>
#include <linux/of_fdt.h>
#include "irq-gic-common.h"

struct irqchip_of_match {
	const char *compatible;
	int (*init)(unsigned long node, unsigned long parent);
};

static const struct irqchip_of_match irqchip_of_match_table[] = {
	{ "arm,gic-400",	gic_of_init },
	{ "arm,cortex-a15-gic",	gic_of_init },	/* QEMU virt's GICv2 */
	{ "arm,cortex-a7-gic",	gic_of_init },
	{ "arm,gic-v3",		gic_v3_of_init },
};

void __init irqchip_init(void)
{
	const struct irqchip_of_match *m;
	int node, ret;

	for (m = irqchip_of_match_table;
	     m < irqchip_of_match_table + ARRAY_SIZE(irqchip_of_match_table);
	     m++) {
		node = of_flat_dt_find_compatible(m->compatible);
		if (node < 0 ||
		    !of_get_flat_dt_prop(node, "interrupt-controller", NULL))
			continue;
		ret = m->init(node, 0);
		if (ret)
			pr_err("irqchip: %s init failed: %d\n",
			       m->compatible, ret);
		return;
	}
	pr_err("irqchip: no supported interrupt controller in the DT (GICv2 or GICv3 expected)\n");
}

void __init init_IRQ(void)
{
	irqchip_init();
	/* arm64 Linux before v5.15 panicked the same way */
	if (!irq_get_default_host())
		panic("No interrupt controller found.");
}
