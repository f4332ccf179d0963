// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/irqchip/irq-gic-v3.c - the Arm GICv3 (QEMU virt with
 * -machine gic-version=3). Linux: drivers/irqchip/irq-gic-v3.c.
 *
 * What changes from GICv2:
 *  - the CPU interface is system registers (ICC_*_EL1), not MMIO: the
 *    CPU acknowledges with ICC_IAR1_EL1 and ends with ICC_EOIR1_EL1, and
 *    must first switch them on with ICC_SRE_EL1.SRE;
 *  - the per-CPU lines (SGIs, PPIs) live in a redistributor, one per
 *    CPU, found by walking the GICR region for the frame whose
 *    GICR_TYPER affinity equals this CPU's MPIDR; its second 64 KB frame
 *    (SGI_base) repeats the distributor's enable/pending/priority layout;
 *  - SPIs are routed by affinity (GICD_IROUTER), not an 8-bit CPU mask;
 *  - interrupts are in group 1 (non-secure) and enabled by group.
 * Each CPU finds and wakes its own redistributor and turns on its own
 * system-register interface when it comes up (gic_starting_cpu).
 * SGIs 0-7 are the kernel's IPIs (gic_smp_init), raised with
 * ICC_SGI1R_EL1 (gic_ipi_send_mask).
 * Simplified: SPIs all routed to CPU 0 (no affinity), one
 * redistributor region, no LPIs/ITS (MSIs), no extended SPI/PPI ranges,
 * no pseudo-NMIs, EOImode 0, no errata.
 * Booted at EL2, the boot code must let EL1 use the system registers
 * (ICC_SRE_EL2.Enable and .SRE): boot/head.S's init_el2 does, on every CPU.
 */
#include <linux/kernel.h>
#include <linux/irq.h>
#include <linux/errno.h>
#include <linux/of_fdt.h>
#include <linux/cpuhotplug.h>
#include <linux/smp.h>
#include <asm/ptrace.h>
#include <asm/smp.h>
#include <asm/sysreg.h>
#include <asm/system_misc.h>
#include "irq-gic-common.h"

/* Distributor */
#define GICD_CTLR_RWP		(1U << 31)
#define GICD_CTLR_ARE_NS	(1U << 4)
#define GICD_CTLR_ENABLE_G1A	(1U << 1)
#define GICD_CTLR_ENABLE_G1	(1U << 0)
#define GICD_IROUTER		0x6000

/* Redistributor: RD_base frame, then SGI_base frame 64 KB above */
#define GICR_CTLR		0x0000
#define GICR_TYPER		0x0008	/* 64-bit: affinity in [63:32] */
#define GICR_WAKER		0x0014
#define GICR_CTLR_RWP		(1U << 3)
#define GICR_TYPER_VLPIS	(1U << 1)
#define GICR_TYPER_LAST		(1U << 4)
#define GICR_WAKER_ProcessorSleep (1U << 1)
#define GICR_WAKER_ChildrenAsleep (1U << 2)
#define GICR_SGI_OFFSET		0x10000
#define GICR_IGROUPR0		GIC_DIST_IGROUP

/* System registers, by encoding (older assemblers lack the names) */
#define SYS_ICC_PMR_EL1		s3_0_c4_c6_0
#define SYS_ICC_IAR1_EL1	s3_0_c12_c12_0
#define SYS_ICC_EOIR1_EL1	s3_0_c12_c12_1
#define SYS_ICC_BPR1_EL1	s3_0_c12_c12_3
#define SYS_ICC_CTLR_EL1	s3_0_c12_c12_4
#define SYS_ICC_SRE_EL1		s3_0_c12_c12_5
#define SYS_ICC_IGRPEN1_EL1	s3_0_c12_c12_7
#define ICC_SRE_EL1_SRE		(1U << 0)
#define ICC_CTLR_EL1_EOImode	(1U << 1)
#define ICC_IAR1_EL1_INTID	0xffffff
#define SYS_ICC_SGI1R_EL1	s3_0_c12_c11_5
/* ICC_SGI1R_EL1 fields */
#define ICC_SGI1R_TARGET_LIST_SHIFT	0
#define ICC_SGI1R_AFFINITY_1_SHIFT	16
#define ICC_SGI1R_SGI_ID_SHIFT		24
#define ICC_SGI1R_AFFINITY_2_SHIFT	32
#define ICC_SGI1R_RS_SHIFT		44
#define ICC_SGI1R_AFFINITY_3_SHIFT	48
#define DEFAULT_PMR_VALUE	0xf0

/* One CPU's redistributor. Linux: struct rdists' per-CPU rdist. */
struct rdist {
	void __iomem		*rd_base;
	phys_addr_t		phys_base;
};

struct gic_chip_data {
	struct irq_chip		chip;
	void __iomem		*dist_base;
	void __iomem		*redist_region;
	phys_addr_t		redist_phys;
	u64			redist_size;
	struct rdist		rdist[NR_CPUS];	/* by CPU number */
	unsigned int		irq_nr;
	struct irq_domain	*domain;
};

static struct gic_chip_data gic_data;

#define gic_data_rdist()	(&gic_data.rdist[smp_processor_id()])
#define gic_data_rdist_rd_base()	(gic_data_rdist()->rd_base)

/* Per-CPU lines are configured in the redistributor, SPIs centrally. */
static void __iomem *gic_base_for(unsigned long hwirq)
{
	return hwirq < GIC_SPI_BASE ?
		gic_data_rdist_rd_base() + GICR_SGI_OFFSET :
		gic_data.dist_base;
}

/* Register writes take effect asynchronously until RWP reads 0. */
static void gic_do_wait_for_rwp(void __iomem *base, u32 bit)
{
	int count = 1000000;

	while (readl(base) & bit) {
		if (!--count) {
			pr_err("RWP timeout, gone fishing\n");
			return;
		}
		cpu_relax();
	}
}

static void gic_wait_for_rwp(unsigned long hwirq)
{
	if (hwirq < GIC_SPI_BASE)
		gic_do_wait_for_rwp(gic_data_rdist_rd_base() + GICR_CTLR,
				    GICR_CTLR_RWP);
	else
		gic_do_wait_for_rwp(gic_data.dist_base + GIC_DIST_CTRL,
				    GICD_CTLR_RWP);
}

static void gic_mask_irq(struct irq_data *d)
{
	unsigned long hw = irqd_to_hwirq(d);

	gic_poke_irq(gic_base_for(hw), hw, GIC_DIST_ENABLE_CLEAR);
	gic_wait_for_rwp(hw);
}

static void gic_unmask_irq(struct irq_data *d)
{
	unsigned long hw = irqd_to_hwirq(d);

	gic_poke_irq(gic_base_for(hw), hw, GIC_DIST_ENABLE_SET);
}

static void gic_eoi_irq(struct irq_data *d)
{
	write_sysreg(irqd_to_hwirq(d), SYS_ICC_EOIR1_EL1);
	isb();
}

static int gic_set_type(struct irq_data *d, unsigned int type)
{
	unsigned long hw = irqd_to_hwirq(d);
	int ret;

	if (hw < GIC_PPI_BASE)
		return type != IRQ_TYPE_EDGE_RISING ? -EINVAL : 0;
	if (type != IRQ_TYPE_LEVEL_HIGH && type != IRQ_TYPE_EDGE_RISING)
		return -EINVAL;
	ret = gic_configure_irq(hw, type, gic_base_for(hw) + GIC_DIST_CONFIG);
	if (ret && hw < GIC_SPI_BASE) {
		pr_warn("GIC: PPI INTID%lu is secure or misconfigured\n", hw);
		ret = 0;
	}
	return ret;
}

static int gic_irq_set_irqchip_state(struct irq_data *d,
				     enum irqchip_irq_state which, bool val)
{
	unsigned long hw = irqd_to_hwirq(d);
	u32 reg;

	switch (which) {
	case IRQCHIP_STATE_PENDING:
		reg = val ? GIC_DIST_PENDING_SET : GIC_DIST_PENDING_CLEAR;
		break;
	case IRQCHIP_STATE_ACTIVE:
		reg = val ? GIC_DIST_ACTIVE_SET : GIC_DIST_ACTIVE_CLEAR;
		break;
	case IRQCHIP_STATE_MASKED:
		if (val)
			gic_mask_irq(d);
		else
			gic_unmask_irq(d);
		return 0;
	default:
		return -EINVAL;
	}
	gic_poke_irq(gic_base_for(hw), hw, reg);
	return 0;
}

static int gic_irq_get_irqchip_state(struct irq_data *d,
				     enum irqchip_irq_state which, bool *val)
{
	unsigned long hw = irqd_to_hwirq(d);
	void __iomem *base = gic_base_for(hw);

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
 * Make SGI d->hwirq pending on each CPU of @mask: one ICC_SGI1R_EL1 write
 * per CPU, naming it by its affinity (Aff3.Aff2.Aff1, then bit Aff0 % 16
 * of the target list in range Aff0 / 16). Linux batches the CPUs of one
 * cluster into one write (gic_compute_target_list); with a handful of
 * CPUs a write each is as clear. The dsb makes this CPU's stores visible
 * before the interrupt; the isb makes the writes happen now.
 */
static void gic_ipi_send_mask(struct irq_data *d, const struct cpumask *mask)
{
	unsigned int cpu;

	dsb(ishst);
	for_each_cpu(cpu, mask) {
		u64 mpidr = cpu_logical_map(cpu);
		u64 val = (mpidr >> 32 & 0xff) << ICC_SGI1R_AFFINITY_3_SHIFT |
			  (mpidr >> 16 & 0xff) << ICC_SGI1R_AFFINITY_2_SHIFT |
			  (u64)irqd_to_hwirq(d) << ICC_SGI1R_SGI_ID_SHIFT |
			  (mpidr >> 8 & 0xff) << ICC_SGI1R_AFFINITY_1_SHIFT |
			  (mpidr >> 4 & 0xf) << ICC_SGI1R_RS_SHIFT |
			  1UL << (mpidr & 0xf) << ICC_SGI1R_TARGET_LIST_SHIFT;

		write_sysreg(val, SYS_ICC_SGI1R_EL1);
	}
	isb();
}

/* One interrupt per exception, as Linux v5.19 does for GICv3. */
static void gic_handle_irq(struct pt_regs *regs)
{
	u32 irqnr = read_sysreg(SYS_ICC_IAR1_EL1) & ICC_IAR1_EL1_INTID;

	dsb(sy);
	if (irqnr >= GIC_SPURIOUS_FIRST && irqnr < GIC_MAX_IRQS + 4)
		return;		/* 1020-1023: nothing pending after all */
	if (handle_domain_irq(gic_data.domain, irqnr, regs)) {
		write_sysreg(irqnr, SYS_ICC_EOIR1_EL1);
		isb();
	}
}

/* MPIDR Aff3.Aff2.Aff1.Aff0 as GICR_TYPER[63:32] spells it. */
static u32 gic_mpidr_to_typer_aff(u64 mpidr)
{
	return (u32)((mpidr >> 32 & 0xff) << 24 | (mpidr & 0xffffff));
}

/*
 * Find CPU @cpu's redistributor: the frame whose GICR_TYPER affinity is
 * that CPU's MPIDR. Returns 0 or -ENODEV.
 */
static int gic_populate_rdist(struct gic_chip_data *gic, unsigned int cpu)
{
	u64 mpidr = cpu_logical_map(cpu);
	u32 aff = gic_mpidr_to_typer_aff(mpidr);
	void __iomem *ptr = gic->redist_region;
	void __iomem *end = ptr + gic->redist_size;
	struct rdist *rd = &gic->rdist[cpu];
	u32 typer_lo, typer_hi;

	while (ptr < end) {
		typer_lo = readl(ptr + GICR_TYPER);
		typer_hi = readl(ptr + GICR_TYPER + 4);
		if (typer_hi == aff) {
			rd->rd_base = ptr;
			rd->phys_base = gic->redist_phys +
					(ptr - gic->redist_region);
			pr_info("GICv3: CPU%u: found redistributor %llx region %d:%pa\n",
				cpu, (unsigned long long)mpidr, 0,
				&rd->phys_base);
			return 0;
		}
		if (typer_lo & GICR_TYPER_LAST)
			break;
		/* RD_base + SGI_base, and two more frames with GICv4 VLPIs */
		ptr += (typer_lo & GICR_TYPER_VLPIS) ? 0x40000 : 0x20000;
	}
	pr_warn("GICv3: CPU%u: mpidr %llx has no re-distributor!\n", cpu,
		(unsigned long long)mpidr);
	return -ENODEV;
}

/* Wake the redistributor: it won't forward interrupts while "asleep". */
static void gic_enable_redist(void __iomem *rd_base)
{
	void __iomem *waker = rd_base + GICR_WAKER;
	int count = 1000000;

	writel(readl(waker) & ~GICR_WAKER_ProcessorSleep, waker);
	while (readl(waker) & GICR_WAKER_ChildrenAsleep) {
		if (!--count) {
			pr_err("GICv3: redistributor failed to wakeup...\n");
			return;
		}
		cpu_relax();
	}
}

static void gic_dist_init(struct gic_chip_data *gic)
{
	void __iomem *base = gic->dist_base;
	u64 affinity = read_sysreg(mpidr_el1) & MPIDR_HWID_BITMASK;
	unsigned int i;

	writel(0, base + GIC_DIST_CTRL);
	gic_do_wait_for_rwp(base + GIC_DIST_CTRL, GICD_CTLR_RWP);
	for (i = GIC_SPI_BASE; i < gic->irq_nr; i += 32)
		writel(~0U, base + GIC_DIST_IGROUP + i / 8);	/* group 1 */
	gic_dist_config(base, gic->irq_nr);
	gic_do_wait_for_rwp(base + GIC_DIST_CTRL, GICD_CTLR_RWP);
	/* affinity routing on, group 1 on */
	writel(GICD_CTLR_ARE_NS | GICD_CTLR_ENABLE_G1A | GICD_CTLR_ENABLE_G1,
	       base + GIC_DIST_CTRL);
	gic_do_wait_for_rwp(base + GIC_DIST_CTRL, GICD_CTLR_RWP);
	for (i = GIC_SPI_BASE; i < gic->irq_nr; i++) {
		writel((u32)affinity, base + GICD_IROUTER + i * 8);
		writel((u32)(affinity >> 32), base + GICD_IROUTER + i * 8 + 4);
	}
}

static int gic_cpu_sys_reg_init(void)
{
	u64 sre = read_sysreg(SYS_ICC_SRE_EL1);

	if (!(sre & ICC_SRE_EL1_SRE)) {
		write_sysreg(sre | ICC_SRE_EL1_SRE, SYS_ICC_SRE_EL1);
		isb();
		if (!(read_sysreg(SYS_ICC_SRE_EL1) & ICC_SRE_EL1_SRE)) {
			pr_err("GIC: unable to set SRE (disabled at EL2), panic ahead\n");
			return -ENODEV;
		}
	}
	write_sysreg(DEFAULT_PMR_VALUE, SYS_ICC_PMR_EL1);
	write_sysreg(0, SYS_ICC_BPR1_EL1);
	/* EOImode 0: the EOIR write also deactivates */
	write_sysreg(read_sysreg(SYS_ICC_CTLR_EL1) & ~ICC_CTLR_EL1_EOImode,
		     SYS_ICC_CTLR_EL1);
	write_sysreg(1, SYS_ICC_IGRPEN1_EL1);
	isb();
	return 0;
}

/*
 * Set up CPU @cpu: its redistributor (found, woken, SGIs/PPIs in group 1
 * and disabled) and its system-register interface. Runs on that CPU:
 * the ICC_* registers it writes are its own.
 */
static int gic_cpu_init(struct gic_chip_data *gic, unsigned int cpu)
{
	void __iomem *rd_base, *sgi_base;

	if (gic_populate_rdist(gic, cpu))
		return -ENODEV;
	rd_base = gic->rdist[cpu].rd_base;
	gic_enable_redist(rd_base);
	sgi_base = rd_base + GICR_SGI_OFFSET;
	writel(~0U, sgi_base + GICR_IGROUPR0);
	gic_cpu_config(sgi_base, GIC_SPI_BASE);
	gic_do_wait_for_rwp(rd_base + GICR_CTLR, GICR_CTLR_RWP);
	return gic_cpu_sys_reg_init();
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

int gic_v3_of_init(unsigned long node, unsigned long parent)
{
	struct gic_chip_data *gic = &gic_data;
	u64 dist_phys, dist_size, rd_phys;
	const __be32 *prop;
	u32 typer;
	int len, ret;

	prop = of_get_flat_dt_prop(node, "#redistributor-regions", &len);
	if (prop && fdt32_ld(prop) != 1)
		pr_warn("GICv3: only the first redistributor region is used\n");
	if (early_init_dt_get_reg(node, 0, &dist_phys, &dist_size) ||
	    early_init_dt_get_reg(node, 1, &rd_phys, &gic->redist_size)) {
		pr_err("GICv3: no distributor/redistributor in the DT node\n");
		return -ENODEV;
	}
	gic->dist_base = ioremap(dist_phys, dist_size);
	gic->redist_region = ioremap(rd_phys, gic->redist_size);
	gic->redist_phys = rd_phys;
	if (!gic->dist_base || !gic->redist_region) {
		pr_err("GICv3: unable to map registers\n");
		return -ENOMEM;
	}
	gic->chip = (struct irq_chip){
		.name			= "GICv3",
		.irq_mask		= gic_mask_irq,
		.irq_unmask		= gic_unmask_irq,
		.irq_eoi		= gic_eoi_irq,
		.irq_set_type		= gic_set_type,
		.irq_get_irqchip_state	= gic_irq_get_irqchip_state,
		.irq_set_irqchip_state	= gic_irq_set_irqchip_state,
		.ipi_send_mask		= gic_ipi_send_mask,
	};

	typer = readl(gic->dist_base + GIC_DIST_CTR);
	gic->irq_nr = min(((typer & 0x1f) + 1) * 32, (u32)GIC_MAX_IRQS);
	pr_info("GICv3: %u SPIs implemented\n", gic->irq_nr - GIC_SPI_BASE);

	gic->domain = irq_domain_add_linear(node, gic->irq_nr,
					    &gic_irq_domain_ops, gic);
	if (!gic->domain)
		return -ENOMEM;
	gic->domain->name = "GICv3";
	if (!parent)
		irq_set_default_host(gic->domain);

	gic_dist_init(gic);
	ret = gic_cpu_init(gic, smp_processor_id());
	if (ret)
		return ret;
	ret = gic_smp_init(gic->domain);
	if (ret)
		return ret;
	cpuhp_setup_state_nocalls(CPUHP_AP_IRQ_GIC_STARTING,
				  "irqchip/arm/gic-v3:starting",
				  gic_starting_cpu, NULL);
	return set_handle_irq(gic_handle_irq);
}
