/* SPDX-License-Identifier: GPL-2.0 */
/*
 * clocksource/arm_arch_timer.h - the Arm generic timer's tick.
 * Linux: include/clocksource/arm_arch_timer.h, linux/clockchips.h.
 */
#ifndef _CLOCKSOURCE_ARM_ARCH_TIMER_H
#define _CLOCKSOURCE_ARM_ARCH_TIMER_H

#include <linux/types.h>

/* The DT node's "interrupts", in this order (arm,armv8-timer binding). */
enum arch_timer_ppi_nr {
	ARCH_TIMER_PHYS_SECURE_PPI,
	ARCH_TIMER_PHYS_NONSECURE_PPI,
	ARCH_TIMER_VIRT_PPI,
	ARCH_TIMER_HYP_PPI,
	ARCH_TIMER_MAX_TIMER_PPI
};

#define ARCH_TIMER_CTRL_ENABLE		(1 << 0)
#define ARCH_TIMER_CTRL_IT_MASK		(1 << 1)
#define ARCH_TIMER_CTRL_IT_STAT		(1 << 2)

/*
 * Linux: include/linux/clockchips.h. A device that interrupts at a
 * programmed time; the tick code sets event_handler.
 */
struct clock_event_device {
	void		(*event_handler)(struct clock_event_device *);
	int		(*set_next_event)(unsigned long evt,
					  struct clock_event_device *);
	u64		next_event;	/* counter value of the next tick */
	const char	*name;
	unsigned int	irq;
};

u32 arch_timer_get_rate(void);
u64 arch_timer_read_counter(void);
int arch_timer_of_init(unsigned long node);
/* tinymm: the Linux IRQ number and PPI index the tick was given */
unsigned int arch_timer_tick_irq(void);
enum arch_timer_ppi_nr arch_timer_tick_ppi(void);

void time_init(void);	/* Linux: arch/arm64/kernel/time.c */

#endif
