// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/irqchip/irq-gic.c - the Arm Generic Interrupt Controller v2,
 * QEMU virt's default. Linux: drivers/irqchip/irq-gic.c.
 *
 * Two register blocks, both found in the DT node's "reg":
 *  - the distributor (GICD), shared: which lines are enabled, their
 *    priority, trigger, and which CPU each shared line (SPI) goes to;
 *  - the CPU interface (GICC), one per CPU at the same address: reading
 *    IAR acknowledges the most urgent pending interrupt and returns its
 *    ID; writing that ID to EOIR ends it so the next can come.
 * Lines 0-31 are banked: each CPU sees its own SGIs and PPIs (its timer).
 *
 * Each CPU sets up its own CPU interface and banked lines when it comes
 * up (gic_starting_cpu), and learns which CPU-interface bit is its own
 * (gic_cpu_map: the number GICD_ITARGETSR and GICD_SGIR use for it).
 * SGIs are raised through GICD_SGIR (gic_ipi_send_mask); SGIs 0-7 are the
 * kernel's IPIs (gic_smp_init).
 * Simplified: one GIC, SPIs all target CPU 0 (no affinity), EOImode 0 (EOI
 * both drops priority and deactivates; Linux splits them with GICC_DIR
 * when booted at EL2, for KVM), no power management, no GICv2m MSIs.
 * With virtualization=on the node has two more regions (GICH, GICV) and a
 * maintenance interrupt: those are the hypervisor's, and tinymm leaves
 * HCR_EL2.IMO clear so physical interrupts come straight to EL1.
 */
#include <linux/kernel.h>
#include <linux/irq.h>
#include <linux/errno.h>
#include <linux/of_fdt.h>
#include <linux/cpuhotplug.h>
#include <linux/smp.h>
#include <linux/percpu.h>
#include <asm/ptrace.h>
#include "irq-gic-common.h"

/* CPU interface registers */
#define GIC_CPU_CTRL		0x00
#define GIC_CPU_PRIMASK		0x04
#define GIC_CPU_INTACK		0x0c	/* IAR */
#define GIC_CPU_EOI		0x10
#define GICC_ENABLE		0x1
#define GICC_DIS_BYPASS_MASK	0x1e0
#define GICC_IAR_INT_ID_MASK	0x3ff
#define GICD_ENABLE		0x1

struct gic_chip_data {
	struct irq_chip		chip;
	void __iomem		*dist_base;
	void __iomem		*cpu_base;
	unsigned int		gic_irqs;
	struct irq_domain	*domain;
};

static struct gic_chip_data gic_data;

/*
 * The CPU-interface mask of each CPU: bit n = CPU interface n. 0xff
 * ("every interface") until the CPU has read its own.
 */
#define NR_GIC_CPU_IF	8
static u8 gic_cpu_map[NR_GIC_CPU_IF] = {
	[0 ... NR_GIC_CPU_IF - 1] = 0xff
};

static inline void __iomem *gic_dist_base(struct irq_data *d)
{
	struct gic_chip_data *gic = irq_data_get_irq_chip_data(d);

	return gic->dist_base;
}

static void gic_mask_irq(struct irq_data *d)
{
	gic_poke_irq(gic_dist_base(d), irqd_to_hwirq(d), GIC_DIST_ENABLE_CLEAR);
}

static void gic_unmask_irq(struct irq_data *d)
{
	gic_poke_irq(gic_dist_base(d), irqd_to_hwirq(d), GIC_DIST_ENABLE_SET);
}

/*
 * The IAR value of the SGI this CPU is handling: for an SGI, GICv2 wants
 * the sender's CPU number (IAR bits 12:10) back in EOIR too.
 */
static DEFINE_PER_CPU(u32, sgi_intid);

static void gic_eoi_irq(struct irq_data *d)
{
	struct gic_chip_data *gic = irq_data_get_irq_chip_data(d);
	u32 hwirq = irqd_to_hwirq(d);

	if (hwirq < 16)
		hwirq = this_cpu_read(sgi_intid);
	writel(hwirq, gic->cpu_base + GIC_CPU_EOI);
}

static int gic_set_type(struct irq_data *d, unsigned int type)
{
	unsigned long gicirq = irqd_to_hwirq(d);
	int ret;

	/* SGIs are always edge; the GIC has no low-level or falling edge. */
	if (gicirq < GIC_PPI_BASE)
		return type != IRQ_TYPE_EDGE_RISING ? -EINVAL : 0;
	if (type != IRQ_TYPE_LEVEL_HIGH && type != IRQ_TYPE_EDGE_RISING)
		return -EINVAL;
	ret = gic_configure_irq(gicirq, type, gic_dist_base(d) +
				GIC_DIST_CONFIG);
	if (ret && gicirq < GIC_SPI_BASE) {
		/* A PPI's trigger may be fixed by the implementation. */
		pr_warn("GIC: PPI%lu is secure or misconfigured\n",
			gicirq - GIC_PPI_BASE);
		ret = 0;
	}
	return ret;
}

static int gic_irq_reg(enum irqchip_irq_state which, bool set, u32 *reg)
{
	switch (which) {
	case IRQCHIP_STATE_PENDING:
		*reg = set ? GIC_DIST_PENDING_SET : GIC_DIST_PENDING_CLEAR;
		return 0;
	case IRQCHIP_STATE_ACTIVE:
		*reg = set ? GIC_DIST_ACTIVE_SET : GIC_DIST_ACTIVE_CLEAR;
		return 0;
	case IRQCHIP_STATE_MASKED:
		*reg = set ? GIC_DIST_ENABLE_CLEAR : GIC_DIST_ENABLE_SET;
		return 0;
	default:
		return -EINVAL;
	}
}

static int gic_irq_set_irqchip_state(struct irq_data *d,
				     enum irqchip_irq_state which, bool val)
{
	u32 reg;

	/* GICv2 SGIs are made pending through GICD_SGIR, not ISPENDR */
	if (irqd_to_hwirq(d) < GIC_PPI_BASE || gic_irq_reg(which, val, &reg))
		return -EINVAL;
	gic_poke_irq(gic_dist_base(d), irqd_to_hwirq(d), reg);
	return 0;
}

static int gic_irq_get_irqchip_state(struct irq_data *d,
				     enum irqchip_irq_state which, bool *val)
{
	void __iomem *base = gic_dist_base(d);
	unsigned long hw = irqd_to_hwirq(d);

	switch (which) {
	case IRQCHIP_STATE_PENDING:
		*val = gic_peek_irq(base, hw, GIC_DIST_PENDING_SET);
		return 0;
	case IRQCHIP_STATE_ACTIVE:
		*val = gic_peek_irq(base, hw, GIC_DIST_ACTIVE_SET);
		return 0;
	case IRQCHIP_STATE_MASKED:
		*val = !gic_peek_irq(base, hw, GIC_DIST_ENABLE_SET);
		return 0;
	default:
		return -EINVAL;
	}
}

/*
 * Make SGI d->hwirq pending on each CPU of @mask: GICD_SGIR with the
 * target list built from gic_cpu_map (TargetListFilter 0: "these CPU
 * interfaces"). The barrier orders the sender's earlier stores before
 * the interrupt its target takes.
 */
static void gic_ipi_send_mask(struct irq_data *d, const struct cpumask *mask)
{
	unsigned long map = 0;
	unsigned int cpu;

	for_each_cpu(cpu, mask)
		map |= gic_cpu_map[cpu];
	dsb(ishst);
	writel(map << 16 | irqd_to_hwirq(d), gic_dist_base(d) + GIC_DIST_SOFTINT);
}

/*
 * The root handler: take interrupts until the GIC says none is left
 * (IDs 1020-1023, "spurious": it was withdrawn, or another CPU took it).
 * A mapped line is EOId by its flow handler; one nobody mapped is
 * reported by handle_domain_irq() and EOId here, or its priority would
 * stay active and block every interrupt of equal or lower priority.
 */
static void gic_handle_irq(struct pt_regs *regs)
{
	struct gic_chip_data *gic = &gic_data;
	u32 irqstat, irqnr;

	for (;;) {
		irqstat = readl(gic->cpu_base + GIC_CPU_INTACK);
		irqnr = irqstat & GICC_IAR_INT_ID_MASK;
		if (irqnr >= GIC_SPURIOUS_FIRST)
			break;
		if (irqnr < 16)
			this_cpu_write(sgi_intid, irqstat);
		if (handle_domain_irq(gic->domain, irqnr, regs))
			writel(irqstat, gic->cpu_base + GIC_CPU_EOI);
	}
}

/* Which CPU-interface bit is ours: the banked ITARGETSR of SGIs says. */
static u8 gic_get_cpumask(struct gic_chip_data *gic)
{
	u32 mask = 0;
	int i;

	for (i = 0; i < 32; i += 4) {
		mask = readl(gic->dist_base + GIC_DIST_TARGET + i);
		mask |= mask >> 16;
		mask |= mask >> 8;
		if (mask)
			break;
	}
	/* uniprocessor GICs read 0 here; CPU interface 0 is the only one */
	return mask ? mask : 1;
}

static void gic_dist_init(struct gic_chip_data *gic)
{
	void __iomem *base = gic->dist_base;
	u32 cpumask;
	unsigned int i;

	writel(0, base + GIC_DIST_CTRL);
	/* every SPI to this CPU */
	cpumask = gic_get_cpumask(gic);
	cpumask |= cpumask << 8;
	cpumask |= cpumask << 16;
	for (i = GIC_SPI_BASE; i < gic->gic_irqs; i += 4)
		writel(cpumask, base + GIC_DIST_TARGET + i);
	gic_dist_config(base, gic->gic_irqs);
	writel(GICD_ENABLE, base + GIC_DIST_CTRL);
}

/*
 * Set up CPU @cpu's interface and its banked lines (SGIs and PPIs, seen
 * at the same distributor addresses by every CPU). Runs on that CPU:
 * the banked registers it writes are its own.
 */
static int gic_cpu_init(struct gic_chip_data *gic, unsigned int cpu)
{
	unsigned int i;
	u8 cpu_mask;
	u32 bypass;

	if (WARN_ON(cpu >= NR_GIC_CPU_IF))
		return -EINVAL;
	cpu_mask = gic_get_cpumask(gic);
	gic_cpu_map[cpu] = cpu_mask;
	/* no other CPU's entry may still claim our interface */
	for (i = 0; i < NR_GIC_CPU_IF; i++)
		if (i != cpu)
			gic_cpu_map[i] &= ~cpu_mask;

	gic_cpu_config(gic->dist_base, GIC_SPI_BASE);
	writel(GICC_INT_PRI_THRESHOLD, gic->cpu_base + GIC_CPU_PRIMASK);
	/* keep the firmware's bypass choice, turn the interface on */
	bypass = readl(gic->cpu_base + GIC_CPU_CTRL) & GICC_DIS_BYPASS_MASK;
	writel(bypass | GICC_ENABLE, gic->cpu_base + GIC_CPU_CTRL);
	return 0;
}

/* CPUHP_AP_IRQ_GIC_STARTING: on each secondary as it comes up. */
static int gic_starting_cpu(unsigned int cpu)
{
	return gic_cpu_init(&gic_data, cpu);
}

static int gic_irq_domain_map(struct irq_domain *d, unsigned int irq,
			      irq_hw_number_t hw)
{
	struct gic_chip_data *gic = d->host_data;

	return gic_irq_domain_map_chip(irq, hw, &gic->chip, gic);
}

static const struct irq_domain_ops gic_irq_domain_ops = {
	.map = gic_irq_domain_map,
	.xlate = gic_irq_domain_xlate,
};

int gic_of_init(unsigned long node, unsigned long parent)
{
	struct gic_chip_data *gic = &gic_data;
	u64 dist_phys, dist_size, cpu_phys, cpu_size;
	u32 typer;

	if (early_init_dt_get_reg(node, 0, &dist_phys, &dist_size) ||
	    early_init_dt_get_reg(node, 1, &cpu_phys, &cpu_size)) {
		pr_err("GIC: no distributor/CPU interface in the DT node\n");
		return -ENODEV;
	}
	gic->dist_base = ioremap(dist_phys, dist_size);
	gic->cpu_base = ioremap(cpu_phys, cpu_size);
	if (!gic->dist_base || !gic->cpu_base) {
		pr_err("GIC: unable to map registers\n");
		return -ENOMEM;
	}
	gic->chip = (struct irq_chip){
		.name			= "GICv2",
		.irq_mask		= gic_mask_irq,
		.irq_unmask		= gic_unmask_irq,
		.irq_eoi		= gic_eoi_irq,
		.irq_set_type		= gic_set_type,
		.irq_get_irqchip_state	= gic_irq_get_irqchip_state,
		.irq_set_irqchip_state	= gic_irq_set_irqchip_state,
		.ipi_send_mask		= gic_ipi_send_mask,
	};

	/* ITLinesNumber: the distributor implements 32 * (N + 1) lines */
	typer = readl(gic->dist_base + GIC_DIST_CTR);
	gic->gic_irqs = min(((typer & 0x1f) + 1) * 32, (u32)GIC_MAX_IRQS);

	gic->domain = irq_domain_add_linear(node, gic->gic_irqs,
					    &gic_irq_domain_ops, gic);
	if (!gic->domain)
		return -ENOMEM;
	gic->domain->name = "GICv2";
	if (!parent)
		irq_set_default_host(gic->domain);

	gic_dist_init(gic);
	gic_cpu_init(gic, smp_processor_id());
	if (gic_smp_init(gic->domain))
		return -ENOMEM;
	cpuhp_setup_state_nocalls(CPUHP_AP_IRQ_GIC_STARTING,
				  "irqchip/arm/gic:starting", gic_starting_cpu,
				  NULL);
	pr_info("GICv2: %u irqs, distributor at %#llx, CPU interface at %#llx\n",
		gic->gic_irqs, (unsigned long long)dist_phys,
		(unsigned long long)cpu_phys);
	return set_handle_irq(gic_handle_irq);
}
