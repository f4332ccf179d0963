/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/debug_locks.h - the switch that turns lock-debugging reports off
 * once the kernel is tainted. Linux: include/linux/debug_locks.h.
 */
#ifndef _LINUX_DEBUG_LOCKS_H
#define _LINUX_DEBUG_LOCKS_H

#include <linux/compiler.h>

extern int debug_locks;

/* Turn lock debugging off without a word; returns whether it was on. */
static inline int __debug_locks_off(void)
{
	return __atomic_exchange_n(&debug_locks, 0, __ATOMIC_SEQ_CST);
}

/* Turn it off; returns 1 if this call did, so the caller reports once. */
int debug_locks_off(void);

#endif
