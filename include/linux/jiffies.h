/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/jiffies.h - the tick count: jiffies goes up by one HZ times a
 * second, from the timer interrupt. Linux: include/linux/jiffies.h,
 * kernel/time/timer.c (jiffies_64), kernel/time/timekeeping.c (do_timer).
 *
 * Linux starts jiffies five minutes before its 32-bit wrap
 * (INITIAL_JIFFIES), so code that compares jiffies with < instead of
 * time_after() breaks within minutes of boot instead of after 49 days.
 * tinymm does the same; uptime is jiffies - INITIAL_JIFFIES.
 */
#ifndef _LINUX_JIFFIES_H
#define _LINUX_JIFFIES_H

#include <linux/types.h>

#define HZ		100
#define TICK_NSEC	(1000000000UL / HZ)
#define INITIAL_JIFFIES	((unsigned long)(unsigned int)(-300 * HZ))

/* Written only by do_timer() in the tick interrupt. */
extern volatile unsigned long jiffies;

#define time_after(a, b)	((long)((b) - (a)) < 0)
#define time_before(a, b)	time_after(b, a)
#define time_after_eq(a, b)	((long)((a) - (b)) >= 0)
#define time_before_eq(a, b)	time_after_eq(b, a)

/* Is @a already in the past? */
#define time_is_before_jiffies(a)	time_after(jiffies, a)

static inline unsigned int jiffies_to_msecs(unsigned long j)
{
	return j * (1000 / HZ);
}

static inline unsigned long msecs_to_jiffies(unsigned int m)
{
	return (m + (1000 / HZ) - 1) / (1000 / HZ);
}

void do_timer(unsigned long ticks);
void update_process_times(int user_tick);

#endif /* _LINUX_JIFFIES_H */
