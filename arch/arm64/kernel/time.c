// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/kernel/time.c - nanoseconds from the Arm generic timer's
 * virtual counter (CNTVCT_EL0 ticks at CNTFRQ_EL0 Hz).
 * Linux: drivers/clocksource/arm_arch_timer.c + kernel/time/sched_clock.c.
 * Linux converts with a precomputed mult/shift; we split the division so
 * the intermediate product cannot overflow.
 */
#include <linux/time.h>
#include <asm/sysreg.h>

static u64 boot_counter;

u64 local_clock(void)
{
	u64 freq = read_sysreg(cntfrq_el0);
	u64 ticks;

	isb();
	ticks = read_sysreg(cntvct_el0);
	if (!boot_counter)
		boot_counter = ticks;
	ticks -= boot_counter;
	if (!freq)
		return 0;
	return ticks / freq * NSEC_PER_SEC + ticks % freq * NSEC_PER_SEC / freq;
}
