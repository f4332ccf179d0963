/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Host twin of asm/spinlock.h: the host tests are single-threaded, so a
 * lock is a flag, and taking a held lock or releasing a free one aborts:
 * a recursion or unbalanced unlock in mm/ shows up as a test failure.
 * The reader-writer lock likewise: a reader count and a writer flag, and
 * a write lock taken while anyone holds it, or a read lock while a writer
 * does, aborts.
 */
#ifndef __ASM_SPINLOCK_H
#define __ASM_SPINLOCK_H

#include <linux/types.h>
#include <asm/bug.h>

typedef struct {
	int locked;
} arch_spinlock_t;

#define __ARCH_SPIN_LOCK_UNLOCKED	{ 0 }

static inline void arch_spin_lock(arch_spinlock_t *lock)
{
	if (lock->locked)
		host_bug(__FILE__, __LINE__);	/* would deadlock */
	lock->locked = 1;
}

static inline void arch_spin_unlock(arch_spinlock_t *lock)
{
	if (!lock->locked)
		host_bug(__FILE__, __LINE__);
	lock->locked = 0;
}

#define smp_mb__after_spinlock()	__sync_synchronize()

static inline int arch_spin_trylock(arch_spinlock_t *lock)
{
	if (lock->locked)
		return 0;
	lock->locked = 1;
	return 1;
}

static inline int arch_spin_is_locked(arch_spinlock_t *lock)
{
	return lock->locked;
}

typedef struct {
	int readers;
	int writer;
} arch_rwlock_t;

#define __ARCH_RW_LOCK_UNLOCKED		{ 0, 0 }

static inline void arch_write_lock(arch_rwlock_t *rw)
{
	if (rw->readers || rw->writer)
		host_bug(__FILE__, __LINE__);	/* would deadlock */
	rw->writer = 1;
}

static inline void arch_write_unlock(arch_rwlock_t *rw)
{
	if (!rw->writer)
		host_bug(__FILE__, __LINE__);
	rw->writer = 0;
}

static inline void arch_read_lock(arch_rwlock_t *rw)
{
	if (rw->writer)
		host_bug(__FILE__, __LINE__);	/* would deadlock */
	rw->readers++;
}

static inline void arch_read_unlock(arch_rwlock_t *rw)
{
	if (!rw->readers)
		host_bug(__FILE__, __LINE__);
	rw->readers--;
}

static inline int arch_rwlock_is_locked(arch_rwlock_t *rw)
{
	return rw->readers || rw->writer;
}

static inline int arch_rwlock_is_write_locked(arch_rwlock_t *rw)
{
	return rw->writer;
}

#endif
