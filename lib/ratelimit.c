// SPDX-License-Identifier: GPL-2.0
/*
 * lib/ratelimit.c - the window-and-burst check behind __ratelimit(), for
 * messages that a loop could otherwise repeat until the console is the
 * bottleneck (warn_alloc()'s allocation-failure report, for one).
 * Linux: lib/ratelimit.c (v5.19).
 *
 * Linux prints the "callbacks suppressed" line with printk_deferred(),
 * because callers may hold scheduler locks; tinymm's printk takes none
 * of those, so a plain printk does.
 */
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/ratelimit.h>

int ___ratelimit(struct ratelimit_state *rs, const char *func)
{
	int interval = READ_ONCE(rs->interval);
	int burst = READ_ONCE(rs->burst);
	unsigned long flags;
	int ret;

	if (!interval)
		return 1;

	spin_lock_irqsave(&rs->lock, flags);
	if (!rs->begin)
		rs->begin = jiffies;
	/* the window is over: report what it held back, open the next one */
	if (time_is_before_jiffies(rs->begin + interval)) {
		if (rs->missed && !(rs->flags & RATELIMIT_MSG_ON_RELEASE)) {
			printk(KERN_WARNING "%s: %d callbacks suppressed\n",
			       func, rs->missed);
			rs->missed = 0;
		}
		rs->begin = jiffies;
		rs->printed = 0;
	}
	if (burst && burst > rs->printed) {
		rs->printed++;
		ret = 1;
	} else {
		rs->missed++;
		ret = 0;
	}
	spin_unlock_irqrestore(&rs->lock, flags);
	return ret;
}
