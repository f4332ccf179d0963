/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/timer.h - timer_list: call a function from the tick of one CPU
 * once jiffies reaches a given value. Linux: include/linux/timer.h and
 * kernel/time/timer.c.
 *
 * A timer lives on one CPU's timer base (the CPU is kept in its flags, as
 * Linux's TIMER_CPUMASK) and runs on that CPU, interrupts off. It is not
 * re-armed by itself: a periodic job calls mod_timer() from its function.
 */
#ifndef _LINUX_TIMER_H
#define _LINUX_TIMER_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/kernel.h>

struct timer_list {
	struct list_head entry;		/* on its base's pending list */
	unsigned long expires;		/* in jiffies */
	void (*function)(struct timer_list *);
	u32 flags;			/* the CPU, TIMER_MIGRATING */
};

#define TIMER_CPUMASK		0x0003FFFF
#define TIMER_MIGRATING		0x00040000
#define TIMER_PINNED		0x00200000

/* The structure that holds @timer, as Linux's from_timer(). */
#define from_timer(var, callback_timer, timer_fieldname) \
	container_of(callback_timer, typeof(*var), timer_fieldname)

/* Not pending, will call @func; @flags: 0 or TIMER_PINNED. */
void timer_setup(struct timer_list *timer,
		 void (*func)(struct timer_list *), unsigned int flags);

static inline bool timer_pending(const struct timer_list *timer)
{
	return !list_empty(&timer->entry);
}

/* Queue @timer (not pending) on CPU @cpu's base, to run there. */
void add_timer_on(struct timer_list *timer, int cpu);
/*
 * Set @timer to @expires and queue it on this CPU's base, whether it was
 * pending or not. Returns 1 if it was pending. Any context.
 */
int mod_timer(struct timer_list *timer, unsigned long expires);
/*
 * Dequeue @timer and wait until its function is not running on any CPU.
 * Returns 1 if it was pending. Interrupts on; not from its own function.
 */
int del_timer_sync(struct timer_list *timer);

/* From each CPU's tick: run the timers of this CPU that are due. */
void run_local_timers(void);

/*
 * @j jiffies from now, moved to a whole second (skewed by @cpu so CPUs
 * do not all wake at once), unless that would be in the past.
 */
unsigned long __round_jiffies_relative(unsigned long j, int cpu);
unsigned long round_jiffies_relative(unsigned long j);

#endif /* _LINUX_TIMER_H */
