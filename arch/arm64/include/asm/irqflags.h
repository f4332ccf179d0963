/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/irqflags.h - mask and restore interrupts (PSTATE.I via DAIF).
 * Linux: arch/arm64/include/asm/irqflags.h. Per-CPU page lists are only
 * safe if an interrupt on the same CPU cannot allocate in the middle of a
 * list update, hence local_irq_save() around them even before IRQs exist.
 */
#ifndef __ASM_IRQFLAGS_H
#define __ASM_IRQFLAGS_H

static inline unsigned long arch_local_irq_save(void)
{
	unsigned long flags;

	asm volatile("mrs %0, daif\n\tmsr daifset, #2" : "=r" (flags) : : "memory");
	return flags;
}

static inline void arch_local_irq_restore(unsigned long flags)
{
	asm volatile("msr daif, %0" : : "r" (flags) : "memory");
}

static inline void arch_local_irq_enable(void)
{
	asm volatile("msr daifclr, #2" : : : "memory");
}

static inline void arch_local_irq_disable(void)
{
	asm volatile("msr daifset, #2" : : : "memory");
}

static inline int arch_irqs_disabled(void)
{
	unsigned long flags;

	asm volatile("mrs %0, daif" : "=r" (flags));
	return !!(flags & (1 << 7));
}

#endif
