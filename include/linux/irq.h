/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/irq.h - the generic IRQ layer's side: descriptors, chips, flow
 * handlers and domains.
 * Linux: include/linux/irq.h, irqdesc.h, irqdomain.h, irqhandler.h,
 * of_irq.h (irq_of_parse_and_map), asm-generic/hardirq.h (ack_bad_irq).
 *
 * The picture, from the wire to the driver:
 *
 *   CPU exception vector -> handle_arch_irq (the root controller's
 *   handler, e.g. gic_handle_irq) reads "which hardware interrupt" (hwirq)
 *   -> the controller's irq_domain maps hwirq to a Linux IRQ number (virq)
 *   -> irq_desc[virq].handle_irq, the flow handler (fasteoi for the GIC's
 *   SPIs, percpu_devid for its PPIs) -> each irqaction's handler.
 *
 * Simplified: descriptors are a fixed array of NR_IRQS (Linux allocates
 * them sparsely); one linear domain per controller, no hierarchy; the
 * interrupt parent of every device-tree node is the default domain (the
 * root GIC) rather than following "interrupt-parent"; no affinity, no
 * threaded handlers, no chained controllers.
 */
#ifndef _LINUX_IRQ_H
#define _LINUX_IRQ_H

#include <linux/types.h>
#include <linux/interrupt.h>
#include <linux/smp.h>

struct pt_regs;
struct irq_desc;
struct irq_domain;

#define NR_IRQS		64	/* Linux arm64: NR_IRQS 64, grown on demand */
extern int nr_irqs;

typedef unsigned long irq_hw_number_t;
typedef void (*irq_flow_handler_t)(struct irq_desc *desc);

/* Trigger types, as in the device tree's third interrupt cell. */
#define IRQ_TYPE_NONE		0x00000000
#define IRQ_TYPE_EDGE_RISING	0x00000001
#define IRQ_TYPE_EDGE_FALLING	0x00000002
#define IRQ_TYPE_EDGE_BOTH	(IRQ_TYPE_EDGE_FALLING | IRQ_TYPE_EDGE_RISING)
#define IRQ_TYPE_LEVEL_HIGH	0x00000004
#define IRQ_TYPE_LEVEL_LOW	0x00000008
#define IRQ_TYPE_LEVEL_MASK	(IRQ_TYPE_LEVEL_LOW | IRQ_TYPE_LEVEL_HIGH)
#define IRQ_TYPE_SENSE_MASK	0x0000000f

/* irq_data state (Linux: irqd_* accessors over state_use_accessors) */
#define IRQD_TRIGGER_MASK	0xf
#define IRQD_PER_CPU		(1 << 11)
#define IRQD_LEVEL		(1 << 13)
#define IRQD_IRQ_DISABLED	(1 << 16)
#define IRQD_IRQ_MASKED		(1 << 17)
#define IRQD_IRQ_INPROGRESS	(1 << 18)

/* What the flow handler and the chip share about one interrupt. */
struct irq_data {
	unsigned int		irq;		/* Linux IRQ number */
	irq_hw_number_t		hwirq;		/* the controller's number */
	unsigned int		state_use_accessors;
	struct irq_chip		*chip;
	struct irq_domain	*domain;
	void			*chip_data;
};

static inline bool irqd_is_level_type(struct irq_data *d)
{
	return d->state_use_accessors & IRQD_LEVEL;
}

static inline bool irqd_irq_disabled(struct irq_data *d)
{
	return d->state_use_accessors & IRQD_IRQ_DISABLED;
}

static inline bool irqd_is_per_cpu(struct irq_data *d)
{
	return d->state_use_accessors & IRQD_PER_CPU;
}

static inline u32 irqd_get_trigger_type(struct irq_data *d)
{
	return d->state_use_accessors & IRQD_TRIGGER_MASK;
}

static inline irq_hw_number_t irqd_to_hwirq(struct irq_data *d)
{
	return d->hwirq;
}

static inline void *irq_data_get_irq_chip_data(struct irq_data *d)
{
	return d->chip_data;
}

/* The interrupt controller's operations on one of its inputs. */
struct irq_chip {
	const char	*name;		/* shown in /proc/interrupts */
	void		(*irq_mask)(struct irq_data *data);
	void		(*irq_unmask)(struct irq_data *data);
	void		(*irq_eoi)(struct irq_data *data);
	int		(*irq_set_type)(struct irq_data *data, unsigned int type);
	int		(*irq_get_irqchip_state)(struct irq_data *data,
						 enum irqchip_irq_state which,
						 bool *state);
	int		(*irq_set_irqchip_state)(struct irq_data *data,
						 enum irqchip_irq_state which,
						 bool state);
	/* raise this SGI on every CPU of @dest (NULL on chips without) */
	void		(*ipi_send_mask)(struct irq_data *data,
					 const struct cpumask *dest);
};

/* Descriptor istate bits (Linux: kernel/irq/internals.h IRQS_*) */
#define IRQS_SPURIOUS_DISABLED	0x00000002
#define IRQS_PENDING		0x00000200

/* One Linux IRQ number. */
struct irq_desc {
	struct irq_data		irq_data;
	spinlock_t		lock;		/* irqsave; dropped around handlers */
	unsigned int		kstat_irqs[NR_CPUS];	/* handled, per CPU */
	irq_flow_handler_t	handle_irq;
	struct irqaction	*action;	/* the handlers */
	unsigned int		istate;
	unsigned int		depth;		/* nested disable_irq() */
	unsigned int		irq_count;	/* for note_interrupt() */
	unsigned int		irqs_unhandled;	/* handlers said IRQ_NONE */
	unsigned long		last_unhandled;	/* jiffies */
	unsigned int		percpu_enabled;	/* bit per CPU */
	unsigned int		status_use_accessors;	/* IRQ_* settings */
	bool			in_use;		/* allocated (tinymm) */
	bool			spurious_reported;
	const char		*name;		/* flow name, e.g. "edge" */
};

/* Settings (Linux: include/linux/irq.h IRQ_*, kernel/irq/settings.h) */
#define IRQ_HIDDEN		(1 << 20)	/* not in /proc/interrupts */

void irq_set_status_flags(unsigned int irq, unsigned long set);

/* Times CPU @cpu has handled @desc (Linux: irq_desc_kstat_cpu()). */
static inline unsigned int irq_desc_kstat_cpu(struct irq_desc *desc,
					      unsigned int cpu)
{
	return READ_ONCE(desc->kstat_irqs[cpu]);
}

struct irq_desc *irq_to_desc(unsigned int irq);
struct irq_data *irq_get_irq_data(unsigned int irq);
int irq_alloc_desc(void);
void irq_free_desc(unsigned int irq);

static inline struct irq_data *irq_desc_get_irq_data(struct irq_desc *desc)
{
	return &desc->irq_data;
}

static inline struct irq_chip *irq_desc_get_chip(struct irq_desc *desc)
{
	return desc->irq_data.chip;
}

static inline unsigned int irq_desc_get_irq(struct irq_desc *desc)
{
	return desc->irq_data.irq;
}

/* ---- kernel/irq/chip.c: chips and flow handlers ---- */
extern struct irq_chip no_irq_chip;

int irq_set_chip(unsigned int irq, struct irq_chip *chip);
int irq_set_chip_data(unsigned int irq, void *data);
void irq_set_handler(unsigned int irq, irq_flow_handler_t handle);
void irq_set_chip_and_handler_name(unsigned int irq, struct irq_chip *chip,
				   irq_flow_handler_t handle,
				   const char *name);
static inline void irq_set_chip_and_handler(unsigned int irq,
					    struct irq_chip *chip,
					    irq_flow_handler_t handle)
{
	irq_set_chip_and_handler_name(irq, chip, handle, NULL);
}
int irq_set_percpu_devid(unsigned int irq);
int irq_set_irq_type(unsigned int irq, unsigned int type);

void handle_fasteoi_irq(struct irq_desc *desc);
void handle_percpu_devid_irq(struct irq_desc *desc);
void handle_bad_irq(struct irq_desc *desc);

/* ---- kernel/irq/handle.c, irqdesc.c: running handlers ---- */
irqreturn_t handle_irq_event(struct irq_desc *desc);
void note_interrupt(struct irq_desc *desc, irqreturn_t action_ret);
int generic_handle_irq(unsigned int irq);
int generic_handle_domain_irq(struct irq_domain *domain,
			      irq_hw_number_t hwirq);
int handle_domain_irq(struct irq_domain *domain, irq_hw_number_t hwirq,
		      struct pt_regs *regs);

/* kernel/irq/ipi.c: raise IPI @desc (an SGI) on every CPU of @dest */
int __ipi_send_mask(struct irq_desc *desc, const struct cpumask *dest);

/* The root controller's entry point, called from the IRQ vector. */
extern void (*handle_arch_irq)(struct pt_regs *regs);
int set_handle_irq(void (*handle_irq)(struct pt_regs *regs));

/* Unknown interrupts: counted here and reported, never fatal. */
extern unsigned long irq_err_count;
void ack_bad_irq(unsigned int irq);

/* ---- kernel/irq/irqdomain.c: hardware numbers to Linux numbers ---- */
struct irq_domain_ops {
	/* set up a new virq for @hw: chip, flow handler, chip data */
	int (*map)(struct irq_domain *d, unsigned int virq,
		   irq_hw_number_t hw);
	void (*unmap)(struct irq_domain *d, unsigned int virq);
	/* decode a device-tree interrupt specifier (flat node offset) */
	int (*xlate)(struct irq_domain *d, unsigned long node,
		     const u32 *intspec, unsigned int intsize,
		     unsigned long *out_hwirq, unsigned int *out_type);
};

struct irq_domain {
	const char			*name;
	const struct irq_domain_ops	*ops;
	void				*host_data;
	unsigned long			of_node;	/* flat DT offset */
	irq_hw_number_t			hwirq_max;
	unsigned int			revmap_size;
	unsigned int			*revmap;	/* hwirq -> virq, 0: none */
};

struct irq_domain *irq_domain_add_linear(unsigned long of_node,
					 unsigned int size,
					 const struct irq_domain_ops *ops,
					 void *host_data);
void irq_domain_remove(struct irq_domain *domain);
void irq_set_default_host(struct irq_domain *domain);
struct irq_domain *irq_get_default_host(void);
unsigned int irq_create_mapping(struct irq_domain *domain,
				irq_hw_number_t hwirq);
unsigned int irq_find_mapping(struct irq_domain *domain,
			      irq_hw_number_t hwirq);
void irq_dispose_mapping(unsigned int virq);
/* The @index'th interrupt of a flat DT node, mapped; 0 on failure. */
unsigned int irq_of_parse_and_map(unsigned long node, int index);

/* ---- boot ---- */
void init_IRQ(void);		/* arm64: arch/arm64/kernel/irq.c */
void irqchip_init(void);	/* probe the root controller from the DT */

/* /proc/interrupts, printed by the `interrupts` shell command */
struct seq_file;
int show_interrupts(struct seq_file *m, void *v);
/* arch/arm64/kernel/smp.c: the IPI rows and "Err:" */
int arch_show_interrupts(struct seq_file *p, int prec);
/* arch/arm64/kernel/smp.c: IPIs of type @ipinr taken by @cpu (tests) */
unsigned int smp_ipi_count(unsigned int ipinr, unsigned int cpu);

#endif /* _LINUX_IRQ_H */
