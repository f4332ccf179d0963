/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/lockdep_types.h - what a lock and a task carry for lock tracking.
 * Linux: include/linux/lockdep_types.h (struct lockdep_map, struct
 * held_lock) and MAX_LOCK_DEPTH from include/linux/sched.h.
 *
 * Simplified: Linux's lockdep_map points at a lock class shared by every
 * lock initialised at the same place, and the class collects the irq
 * usage and the dependency graph; tinymm has no classes, so each lock
 * keeps its name and its own usage bits, and nothing checks lock order.
 */
#ifndef _LINUX_LOCKDEP_TYPES_H
#define _LINUX_LOCKDEP_TYPES_H

#include <linux/types.h>

#define MAX_LOCK_DEPTH		48UL

/* Linux: enum lockdep_wait_type. A spinlock_t is LD_WAIT_CONFIG, which
 * is LD_WAIT_SPIN without CONFIG_PROVE_RAW_LOCK_NESTING. */
enum lockdep_wait_type {
	LD_WAIT_INV = 0,
	LD_WAIT_FREE,
	LD_WAIT_SPIN,
	LD_WAIT_CONFIG = LD_WAIT_SPIN,
	LD_WAIT_SLEEP,
};

/*
 * Usage bits, numbered as Linux's enum lock_usage_bit: USED_IN = taken
 * in that context, ENABLED = taken with that context able to interrupt;
 * each _READ bit (the next one up) is the same for a shared hold: an
 * rwlock taken for reading, or an rw_semaphore by a reader.
 */
#define LOCK_USED_IN_HARDIRQ	0
#define LOCK_ENABLED_HARDIRQ	2
#define LOCK_USED_IN_SOFTIRQ	4
#define LOCK_ENABLED_SOFTIRQ	6
#define LOCK_USAGE_READ_MASK	1
#define LOCK_USAGE_DIR_MASK	2
#define LOCKF_USED_IN_HARDIRQ	(1U << LOCK_USED_IN_HARDIRQ)
#define LOCKF_ENABLED_HARDIRQ	(1U << LOCK_ENABLED_HARDIRQ)
#define LOCKF_ENABLED_SOFTIRQ	(1U << LOCK_ENABLED_SOFTIRQ)

/*
 * What kind of lock holds the map, so the oops unwinder (kernel/exit.c)
 * knows how to let go of it. Linux's lockdep_map has no such field: it
 * never lets go of a dead task's locks.
 */
enum lockdep_lock_kind {
	LD_LOCK_SPIN = 0,	/* spinlock_t */
	LD_LOCK_RW,		/* rwlock_t */
};

struct lockdep_map {
	u32 usage_mask;		/* LOCKF_*: how this lock has been taken */
	u8 lock_kind;		/* enum lockdep_lock_kind */
	u8 wait_type_inner;	/* LD_WAIT_CONFIG spinlock, LD_WAIT_SLEEP rwsem */
	const char *name;	/* "&zone->lock", as spin_lock_init() spelt it */
};

/*
 * One lock the task holds: which, and where it was taken. Linux also
 * records how (held_lock.read); an rw_semaphore here knows its writer
 * (sem->owner), which is all the oops unwinder asks.
 */
struct held_lock {
	unsigned long acquire_ip;
	struct lockdep_map *instance;
};

#endif /* _LINUX_LOCKDEP_TYPES_H */
