/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Host twin of asm/irqflags.h. The host has no interrupts, but "interrupts
 * off on CPU n" still has to mean what per-CPU data relies on: nothing
 * else runs as CPU n meanwhile. So every host CPU has an irq mutex
 * (tests/host/host_smp.c): a thread that turns interrupts off takes its
 * CPU's mutex, and turning them back on releases it. A cross-call into
 * CPU n (host smp_call_function_single) takes the same mutex, as an IPI
 * waits for CPU n to unmask. The state is per thread, so save/restore
 * nest as DAIF does.
 */
#ifndef __ASM_IRQFLAGS_H
#define __ASM_IRQFLAGS_H

extern __thread int host_irqs_disabled;
/* take / release the irq mutex of the CPU this thread runs as */
void host_irq_mask(void);
void host_irq_unmask(void);

static inline void arch_local_irq_disable(void)
{
	if (!host_irqs_disabled)
		host_irq_mask();
}

static inline void arch_local_irq_enable(void)
{
	if (host_irqs_disabled)
		host_irq_unmask();
}

static inline unsigned long arch_local_irq_save(void)
{
	unsigned long flags = host_irqs_disabled;

	arch_local_irq_disable();
	return flags;
}

static inline void arch_local_irq_restore(unsigned long flags)
{
	if (flags)
		arch_local_irq_disable();
	else
		arch_local_irq_enable();
}

static inline int arch_irqs_disabled(void)
{
	return host_irqs_disabled;
}

#endif
