/* SPDX-License-Identifier: GPL-2.0 */
/*
 * drivers/irqchip/irq-gic-common.h - what GICv2 and GICv3 share: the
 * distributor's register layout (GICv3's redistributor SGI frame repeats
 * it for the per-CPU interrupts 0-31), and the probe entry points.
 * Linux: drivers/irqchip/irq-gic-common.h, include/linux/irqchip/arm-gic.h,
 * arm-gic-v3.h, drivers/irqchip/irqchip.c's IRQCHIP_DECLARE table.
 */
#ifndef _IRQ_GIC_COMMON_H
#define _IRQ_GIC_COMMON_H

#include <linux/types.h>
#include <linux/io.h>
#include <linux/irq.h>

/* Interrupt IDs: 0-15 SGI (software), 16-31 PPI (per CPU), 32-1019 SPI. */
#define GIC_SGI_BASE		0
#define GIC_PPI_BASE		16
#define GIC_SPI_BASE		32
#define GIC_MAX_IRQS		1020
#define GIC_SPURIOUS_FIRST	1020	/* 1020..1023: nothing to take */

/* Distributor (and GICv3 SGI frame) registers, byte offsets */
#define GIC_DIST_CTRL		0x000
#define GIC_DIST_CTR		0x004	/* TYPER: ITLinesNumber in [4:0] */
#define GIC_DIST_IGROUP		0x080
#define GIC_DIST_ENABLE_SET	0x100
#define GIC_DIST_ENABLE_CLEAR	0x180
#define GIC_DIST_PENDING_SET	0x200
#define GIC_DIST_PENDING_CLEAR	0x280
#define GIC_DIST_ACTIVE_SET	0x300
#define GIC_DIST_ACTIVE_CLEAR	0x380
#define GIC_DIST_PRI		0x400
#define GIC_DIST_TARGET		0x800	/* GICv2 only */
#define GIC_DIST_SOFTINT	0xf00	/* GICv2 GICD_SGIR */
#define GIC_DIST_CONFIG		0xc00

/*
 * Priorities: lower is more urgent. Every line gets 0xa0, and the CPU
 * interface's mask (PMR) lets through anything above 0xf0.
 */
#define GICD_INT_DEF_PRI	0xa0
#define GICD_INT_DEF_PRI_X4	0xa0a0a0a0
#define GICC_INT_PRI_THRESHOLD	0xf0

int gic_configure_irq(unsigned int irq, unsigned int type,
		      void __iomem *base);
void gic_dist_config(void __iomem *base, int gic_irqs);
void gic_cpu_config(void __iomem *base, int nr);
int gic_irq_domain_xlate(struct irq_domain *d, unsigned long node,
			 const u32 *intspec, unsigned int intsize,
			 unsigned long *out_hwirq, unsigned int *out_type);
int gic_irq_domain_map_chip(unsigned int irq, irq_hw_number_t hw,
			    struct irq_chip *chip, void *chip_data);
void gic_poke_irq(void __iomem *base, unsigned long hwirq, u32 offset);
/* Map SGIs 0-7 and hand them to the architecture as its IPIs. */
int gic_smp_init(struct irq_domain *domain);
bool gic_peek_irq(void __iomem *base, unsigned long hwirq, u32 offset);

/* The probe functions irqchip_init() calls for a matching DT node. */
int gic_of_init(unsigned long node, unsigned long parent);
int gic_v3_of_init(unsigned long node, unsigned long parent);

#endif
