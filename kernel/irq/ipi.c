// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/irq/ipi.c - raising an inter-processor interrupt through the
 * interrupt controller. Linux: the same file (__ipi_send_mask). An IPI is
 * an ordinary per-CPU interrupt line (a GIC SGI) whose chip can make it
 * pending on other CPUs: the GICv2 through GICD_SGIR, the GICv3 through
 * the ICC_SGI1R_EL1 system register.
 * Simplified: no IPI domains or reserved IPI ranges (ipi_domain); the
 * caller passes the descriptor the architecture was handed at boot.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/irq.h>

/*
 * Make @desc pending on each CPU in @dest. Returns 0, or -EINVAL if the
 * line cannot be sent. May be called with interrupts off, from any
 * context; it never sleeps.
 */
int __ipi_send_mask(struct irq_desc *desc, const struct cpumask *dest)
{
	struct irq_data *data = desc ? irq_desc_get_irq_data(desc) : NULL;
	struct irq_chip *chip = data ? data->chip : NULL;

	if (WARN_ON_ONCE(!chip || !chip->ipi_send_mask))
		return -EINVAL;
	chip->ipi_send_mask(data, dest);
	return 0;
}
