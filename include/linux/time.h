/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/time.h - the clock printk timestamps come from.
 * Linux: kernel/sched/clock.c local_clock(), arch timer driver.
 */
#ifndef _LINUX_TIME_H
#define _LINUX_TIME_H

#include <linux/types.h>

#define NSEC_PER_SEC	1000000000ULL
#define NSEC_PER_USEC	1000ULL

u64 local_clock(void);	/* nanoseconds since boot */
/* the CPU whose tick advances jiffies (Linux: kernel/time/tick-internal.h) */
extern unsigned int tick_do_timer_cpu;

#endif
