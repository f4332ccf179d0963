/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/rwsem.h - the read-write semaphore: a sleeping lock that many
 * readers may hold at once, or one writer alone. mm_struct.mmap_lock is
 * one. Linux: include/linux/rwsem.h, kernel/locking/rwsem.c.
 *
 * count holds Linux's bits: RWSEM_WRITER_LOCKED (bit 0), RWSEM_FLAG_WAITERS
 * (bit 1), RWSEM_FLAG_HANDOFF (bit 2), the number of readers from bit 8
 * (RWSEM_READER_BIAS each) and RWSEM_FLAG_READFAIL (bit 63). The lock is
 * taken and released without wait_lock while nobody waits: down_read()
 * adds a reader bias and checks the bits that forbid it, down_write()
 * swaps count from 0 to RWSEM_WRITER_LOCKED, up_read()/up_write() take
 * their bit back and look at the waiters bit. Only a task that cannot
 * have the lock, or a release that finds waiters, takes wait_lock: it
 * queues on wait_list and sleeps, or hands the lock to the waiters,
 * oldest first, so a reader that comes after a queued writer waits too
 * and writers never starve.
 *
 * Simplified: no optimistic spinning (a writer spins on a running owner
 * before it sleeps in Linux) and no lock stealing (a reader or a woken
 * writer may take it past the queue in Linux until RWSEM_FLAG_HANDOFF
 * stops that); we skip both because sleeping shows the protocol,
 * spinning and stealing only its speed. The lock is handed to the head
 * of the queue instead, so the handoff bit is never set. No killable or
 * interruptible variants: nothing here is killed while it waits. The
 * lock cannot be taken in interrupt context.
 */
#ifndef _LINUX_RWSEM_H
#define _LINUX_RWSEM_H

#include <linux/atomic.h>
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/lockdep.h>
#include <linux/spinlock.h>
#include <linux/types.h>

struct task_struct;

struct rw_semaphore {
	atomic_long_t count;		/* RWSEM_* bits, readers from bit 8 */
	struct task_struct *owner;	/* the writer; NULL when readers own it */
	spinlock_t wait_lock;		/* wait_list and RWSEM_FLAG_WAITERS */
	struct list_head wait_list;	/* struct rwsem_waiter, oldest first */
	struct lockdep_map dep_map;	/* name, usage; on the held-lock stack */
};

#define RWSEM_WRITER_LOCKED	(1UL << 0)
#define RWSEM_FLAG_WAITERS	(1UL << 1)	/* wait_list is not empty */
#define RWSEM_FLAG_HANDOFF	(1UL << 2)	/* never set: see above */
#define RWSEM_FLAG_READFAIL	(1UL << (BITS_PER_LONG - 1)) /* too many readers */
#define RWSEM_READER_SHIFT	8
#define RWSEM_READER_BIAS	(1UL << RWSEM_READER_SHIFT)
#define RWSEM_READER_MASK	(~(RWSEM_READER_BIAS - 1))
#define RWSEM_WRITER_MASK	RWSEM_WRITER_LOCKED
#define RWSEM_LOCK_MASK		(RWSEM_WRITER_MASK | RWSEM_READER_MASK)
/* A reader's fast path fails on any of these: it goes to wait_lock. */
#define RWSEM_READ_FAILED_MASK	(RWSEM_WRITER_MASK | RWSEM_FLAG_WAITERS | \
				 RWSEM_FLAG_HANDOFF | RWSEM_FLAG_READFAIL)
#define RWSEM_UNLOCKED_VALUE	0UL

#define __RWSEM_INITIALIZER(lockname)					\
	{ .count = ATOMIC_LONG_INIT(RWSEM_UNLOCKED_VALUE),		\
	  .wait_lock = __SPIN_LOCK_UNLOCKED(lockname.wait_lock),	\
	  .wait_list = LIST_HEAD_INIT((lockname).wait_list),		\
	  .dep_map = { .wait_type_inner = LD_WAIT_SLEEP,		\
		       .name = #lockname } }

#define DECLARE_RWSEM(name) \
	struct rw_semaphore name = __RWSEM_INITIALIZER(name)

void __init_rwsem(struct rw_semaphore *sem, const char *name);
/* The lock is named as the caller spelt it: "&mm->mmap_lock". */
#define init_rwsem(sem)		__init_rwsem(sem, #sem)

/* Held by anyone, readers or writer (a racy snapshot, as in Linux). */
static inline int rwsem_is_locked(struct rw_semaphore *sem)
{
	return atomic_long_read(&sem->count) != RWSEM_UNLOCKED_VALUE;
}

/*
 * down_read/down_write - take the lock shared / exclusive, sleeping
 * (TASK_UNINTERRUPTIBLE) until it is ours. Process context only, not
 * with a spinlock held or interrupts off: they may sleep. Not recursive:
 * a task that takes a lock it holds waits for itself forever.
 */
void down_read(struct rw_semaphore *sem);
void down_write(struct rw_semaphore *sem);
/*
 * Take it if that needs no wait: 1 on success, 0 if a writer holds it,
 * or (down_read_trylock) tasks wait for it, or (down_write_trylock)
 * anyone holds it. Never sleep.
 */
int down_read_trylock(struct rw_semaphore *sem);
int down_write_trylock(struct rw_semaphore *sem);
/* Release and hand the lock on to the waiters it now admits. May be
 * called with interrupts off (the oops unwinder does); never sleep. */
void up_read(struct rw_semaphore *sem);
void up_write(struct rw_semaphore *sem);
/* Turn our write hold into a read hold, admitting the readers queued
 * at the head. Never sleeps. */
void downgrade_write(struct rw_semaphore *sem);

#endif /* _LINUX_RWSEM_H */
