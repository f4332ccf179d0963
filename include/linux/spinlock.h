/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/spinlock.h - spinlocks and interrupt masking.
 * Linux: include/linux/spinlock.h, irqflags.h. No lockdep and no
 * preemption count: one CPU runs so far, and nothing preempts the kernel.
 */
#ifndef _LINUX_SPINLOCK_H
#define _LINUX_SPINLOCK_H

#include <linux/types.h>
#include <asm/irqflags.h>
#include <asm/spinlock.h>

typedef struct spinlock {
	arch_spinlock_t raw_lock;
} spinlock_t;

#define __SPIN_LOCK_UNLOCKED(name)	{ .raw_lock = __ARCH_SPIN_LOCK_UNLOCKED }
#define DEFINE_SPINLOCK(x)	spinlock_t x = __SPIN_LOCK_UNLOCKED(x)

static inline void spin_lock_init(spinlock_t *lock)
{
	*lock = (spinlock_t)__SPIN_LOCK_UNLOCKED(lock);
}

#define local_irq_save(flags)		((flags) = arch_local_irq_save())
#define local_irq_restore(flags)	arch_local_irq_restore(flags)
#define irqs_disabled()			arch_irqs_disabled()
#define local_irq_enable()		arch_local_irq_enable()
#define local_irq_disable()		arch_local_irq_disable()

static inline void spin_lock(spinlock_t *lock)	 { arch_spin_lock(&lock->raw_lock); }
static inline void spin_unlock(spinlock_t *lock) { arch_spin_unlock(&lock->raw_lock); }
static inline int spin_is_locked(spinlock_t *lock)
{
	return arch_spin_is_locked(&lock->raw_lock);
}

#define spin_lock_irqsave(lock, flags) do {			\
	local_irq_save(flags);					\
	spin_lock(lock);					\
} while (0)

#define spin_unlock_irqrestore(lock, flags) do {		\
	spin_unlock(lock);					\
	local_irq_restore(flags);				\
} while (0)

#define lockdep_assert_held(lock)	WARN_ON_ONCE(!spin_is_locked(lock))

#endif
