/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/ratelimit.h - let a message through at most @burst times per
 * @interval jiffies, and say afterwards how many were held back.
 * Linux: include/linux/ratelimit_types.h, ratelimit.h; lib/ratelimit.c.
 *
 *	static DEFINE_RATELIMIT_STATE(rs, DEFAULT_RATELIMIT_INTERVAL,
 *				      DEFAULT_RATELIMIT_BURST);
 *	if (__ratelimit(&rs))
 *		pr_warn(...);
 *
 * The first call opens a window of @interval jiffies; inside it the
 * first @burst calls return 1, the rest 0 and are counted as missed. The
 * first call after the window ends prints "<func>: <n> callbacks
 * suppressed" and opens the next one.
 * Linux's lock is a raw_spinlock_t, taken with trylock (a contended
 * state means someone else is printing: the caller just stays quiet);
 * tinymm has neither, so a plain spinlock is taken. Linux's
 * ratelimit_state_exit() (the "output lines suppressed" report when a
 * state is released) is left out: every state here lives forever.
 */
#ifndef _LINUX_RATELIMIT_H
#define _LINUX_RATELIMIT_H

#include <linux/jiffies.h>
#include <linux/spinlock.h>
#include <linux/string.h>

#define DEFAULT_RATELIMIT_INTERVAL	(5 * HZ)
#define DEFAULT_RATELIMIT_BURST		10

/* print the count of suppressed messages only on release, not per window */
#define RATELIMIT_MSG_ON_RELEASE	(1UL << 0)

struct ratelimit_state {
	spinlock_t	lock;		/* protects the fields below */

	int		interval;	/* window length in jiffies; 0: no limit */
	int		burst;		/* messages allowed per window */
	int		printed;	/* let through in this window */
	int		missed;		/* held back since the last report */
	unsigned long	begin;		/* jiffies when the window opened; 0: none */
	unsigned long	flags;		/* RATELIMIT_* */
};

#define RATELIMIT_STATE_INIT(name, interval_init, burst_init) {	\
		.lock		= __SPIN_LOCK_UNLOCKED(name.lock),	\
		.interval	= interval_init,			\
		.burst		= burst_init,				\
	}

#define DEFINE_RATELIMIT_STATE(name, interval_init, burst_init)	\
	struct ratelimit_state name =					\
		RATELIMIT_STATE_INIT(name, interval_init, burst_init)

static inline void ratelimit_state_init(struct ratelimit_state *rs,
					int interval, int burst)
{
	memset(rs, 0, sizeof(*rs));
	spin_lock_init(&rs->lock);
	rs->interval = interval;
	rs->burst = burst;
}

static inline void ratelimit_set_flags(struct ratelimit_state *rs,
				       unsigned long flags)
{
	rs->flags = flags;
}

/*
 * ___ratelimit - may the caller print now? 1 yes, 0 no (counted as
 * missed). @func names the caller in the "callbacks suppressed" line.
 * Takes rs->lock with interrupts off; never sleeps.
 */
int ___ratelimit(struct ratelimit_state *rs, const char *func);
#define __ratelimit(state)	___ratelimit(state, __func__)

#endif /* _LINUX_RATELIMIT_H */
