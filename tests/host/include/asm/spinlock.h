/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Host twin of asm/spinlock.h: the host tests are single-threaded, so a
 * lock is a flag, and taking a held lock or releasing a free one aborts:
 * a recursion or unbalanced unlock in mm/ shows up as a test failure.
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

static inline int arch_spin_is_locked(arch_spinlock_t *lock)
{
	return lock->locked;
}

#endif
