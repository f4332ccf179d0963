/* SPDX-License-Identifier: GPL-2.0 */
/* Host twin of asm/irqflags.h: no interrupts on the host; track the state. */
#ifndef __ASM_IRQFLAGS_H
#define __ASM_IRQFLAGS_H

extern int host_irqs_disabled;

static inline unsigned long arch_local_irq_save(void)
{
	unsigned long flags = host_irqs_disabled;

	host_irqs_disabled = 1;
	return flags;
}

static inline void arch_local_irq_restore(unsigned long flags)
{
	host_irqs_disabled = flags;
}

static inline void arch_local_irq_enable(void)
{
	host_irqs_disabled = 0;
}

static inline void arch_local_irq_disable(void)
{
	host_irqs_disabled = 1;
}

static inline int arch_irqs_disabled(void)
{
	return host_irqs_disabled;
}

#endif
