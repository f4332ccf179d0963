// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/irqchip/irq-gic-common.c - distributor set-up that GICv2 and
 * GICv3 do identically: every line level-triggered, priority 0xa0,
 * disabled and inactive until a driver asks for it.
 * Linux: drivers/irqchip/irq-gic-common.c.
 * Simplified: no errata quirks, no extended (ESPI/EPPI) ranges.
 */
#include <linux/kernel.h>
#include <linux/irq.h>
#include <linux/errno.h>
#include <asm/smp.h>
#include "irq-gic-common.h"

/* One bit per line, 32 lines per register. */
void gic_poke_irq(void __iomem *base, unsigned long hwirq, u32 offset)
{
	writel(1U << (hwirq % 32), base + offset + (hwirq / 32) * 4);
}

bool gic_peek_irq(void __iomem *base, unsigned long hwirq, u32 offset)
{
	return readl(base + offset + (hwirq / 32) * 4) & (1U << (hwirq % 32));
}

/*
 * Two config bits per line, 16 lines per register; bit 1 of each pair
 * set means edge-triggered. Some lines' bit is read-only (SGIs, and PPIs
 * on some implementations): the read-back tells.
 */
int gic_configure_irq(unsigned int irq, unsigned int type,
		      void __iomem *base)
{
	u32 confmask = 0x2 << ((irq % 16) * 2);
	u32 confoff = (irq / 16) * 4;
	u32 val, oldval;

	val = oldval = readl(base + confoff);
	if (type & IRQ_TYPE_LEVEL_MASK)
		val &= ~confmask;
	else if (type & IRQ_TYPE_EDGE_BOTH)
		val |= confmask;
	if (val == oldval)
		return 0;
	writel(val, base + confoff);
	return readl(base + confoff) == val ? 0 : -EINVAL;
}

/* The shared lines (SPIs), 32 up to gic_irqs. */
void gic_dist_config(void __iomem *base, int gic_irqs)
{
	int i;

	for (i = GIC_SPI_BASE; i < gic_irqs; i += 16)
		writel(0, base + GIC_DIST_CONFIG + i / 4);	/* level */
	for (i = GIC_SPI_BASE; i < gic_irqs; i += 4)
		writel(GICD_INT_DEF_PRI_X4, base + GIC_DIST_PRI + i);
	for (i = GIC_SPI_BASE; i < gic_irqs; i += 32) {
		writel(~0U, base + GIC_DIST_ACTIVE_CLEAR + i / 8);
		writel(~0U, base + GIC_DIST_ENABLE_CLEAR + i / 8);
	}
}

/* The private lines 0..nr-1 of this CPU (banked per CPU). */
void gic_cpu_config(void __iomem *base, int nr)
{
	int i;

	writel(~0U, base + GIC_DIST_ACTIVE_CLEAR);
	writel(~0U, base + GIC_DIST_ENABLE_CLEAR);
	for (i = 0; i < nr; i += 4)
		writel(GICD_INT_DEF_PRI_X4, base + GIC_DIST_PRI + i);
}

/*
 * The device tree's three cells: <0 n flags> is SPI n (ID 32 + n),
 * <1 n flags> is PPI n (ID 16 + n); flags[3:0] the trigger, and for PPIs
 * flags[15:8] a mask of CPUs, which we ignore.
 */
int gic_irq_domain_xlate(struct irq_domain *d, unsigned long node,
			 const u32 *intspec, unsigned int intsize,
			 unsigned long *out_hwirq, unsigned int *out_type)
{
	if (intsize < 3)
		return -EINVAL;
	switch (intspec[0]) {
	case 0:			/* SPI */
		if (intspec[1] >= GIC_MAX_IRQS - GIC_SPI_BASE)
			return -EINVAL;
		*out_hwirq = intspec[1] + GIC_SPI_BASE;
		break;
	case 1:			/* PPI */
		if (intspec[1] >= 16)
			return -EINVAL;
		*out_hwirq = intspec[1] + GIC_PPI_BASE;
		break;
	default:		/* GICv3.1 extended ranges: not supported */
		return -EINVAL;
	}
	*out_type = intspec[2] & IRQ_TYPE_SENSE_MASK;
	return 0;
}

/*
 * A new Linux irq for hardware ID hw: SGIs and PPIs are per CPU (banked
 * in the distributor or redistributor), SPIs are shared and use the
 * fasteoi flow. Both drivers' domain .map: chip_data is their
 * gic_chip_data, chip the irq_chip embedded in it.
 */
int gic_irq_domain_map_chip(unsigned int irq, irq_hw_number_t hw,
			    struct irq_chip *chip, void *chip_data)
{
	if (hw < GIC_SPI_BASE) {
		irq_set_percpu_devid(irq);
		irq_set_chip_and_handler(irq, chip, handle_percpu_devid_irq);
	} else {
		irq_set_chip_and_handler(irq, chip, handle_fasteoi_irq);
	}
	irq_set_chip_data(irq, chip_data);
	return 0;
}

/*
 * SGIs 0-7 become eight consecutive Linux irqs, per CPU like PPIs, which
 * set_smp_ipi_range() (arch/arm64/kernel/smp.c) turns into the IPIs.
 * Linux's gic_smp_init() in each driver; the same for both here. Called
 * once at probe, before any other line is mapped.
 */
int gic_smp_init(struct irq_domain *domain)
{
	unsigned int base_sgi = 0, virq;
	irq_hw_number_t hw;

	for (hw = 0; hw < 8; hw++) {
		virq = irq_create_mapping(domain, hw);
		if (!virq || (hw && virq != base_sgi + hw)) {
			pr_err("GIC: cannot map SGI %lu for IPIs\n", hw);
			return -ENOMEM;
		}
		if (!hw)
			base_sgi = virq;
	}
	set_smp_ipi_range(base_sgi, 8);
	return 0;
}
