/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/spinlock.h - spinlocks and interrupt masking.
 * Linux: include/linux/spinlock.h, spinlock_types.h, irqflags.h.
 *
 * Every spinlock_t carries a lockdep_map (its name and irq usage), and
 * spin_lock() records the lock on current's held-lock stack, as Linux
 * does with CONFIG_DEBUG_LOCK_ALLOC: an oops report can list what the
 * dying code held and the oops unwinder can let go of it (linux/lockdep.h).
 * No preemption count: nothing preempts tinymm's kernel.
 *
 * With CONFIG_DEBUG_SPINLOCK (make DEBUG_SPINLOCK=1, the default) a lock
 * also records its owner task and CPU and a magic number, and
 * do_raw_spin_lock()/do_raw_spin_unlock() check them as Linux's
 * kernel/locking/spinlock_debug.c does.
 */
#ifndef _LINUX_SPINLOCK_H
#define _LINUX_SPINLOCK_H

#include <linux/types.h>
#include <linux/lockdep.h>
#include <asm/irqflags.h>
#include <asm/spinlock.h>

typedef struct spinlock {
	arch_spinlock_t raw_lock;
#ifdef CONFIG_DEBUG_SPINLOCK
	unsigned int magic, owner_cpu;
	void *owner;		/* the task holding it */
#endif
	struct lockdep_map dep_map;
} spinlock_t;

#define SPINLOCK_MAGIC		0xdead4ead
#define SPINLOCK_OWNER_INIT	((void *)-1L)

#ifdef CONFIG_DEBUG_SPINLOCK
#define SPIN_DEBUG_INIT(lockname)				\
	.magic = SPINLOCK_MAGIC,				\
	.owner_cpu = -1,					\
	.owner = SPINLOCK_OWNER_INIT,
#else
#define SPIN_DEBUG_INIT(lockname)
#endif

#define SPIN_DEP_MAP_INIT(lockname)				\
	.dep_map = { .wait_type_inner = LD_WAIT_CONFIG, .name = #lockname }

#define __SPIN_LOCK_UNLOCKED(lockname)				\
	{ .raw_lock = __ARCH_SPIN_LOCK_UNLOCKED, SPIN_DEBUG_INIT(lockname) \
	  SPIN_DEP_MAP_INIT(lockname) }
#define DEFINE_SPINLOCK(x)	spinlock_t x = __SPIN_LOCK_UNLOCKED(x)

static inline void __spin_lock_init(spinlock_t *lock, const char *name)
{
	*lock = (spinlock_t){ .raw_lock = __ARCH_SPIN_LOCK_UNLOCKED,
			      SPIN_DEBUG_INIT(lock)
			      .dep_map = { .wait_type_inner = LD_WAIT_CONFIG,
					   .name = name } };
}

#ifdef CONFIG_DEBUG_SPINLOCK
/*
 * kernel/locking/spinlock_debug.c: check, then take or release the lock.
 * A bad magic, a recursion or an unlock by the wrong task or CPU prints
 * one "BUG: spinlock ..." report (then debug_locks goes off); the lock
 * operation itself still happens, as in Linux. May be called with
 * interrupts off and from interrupt context; never sleeps.
 */
void do_raw_spin_lock(spinlock_t *lock);
void do_raw_spin_unlock(spinlock_t *lock);
/* The checks do_raw_spin_lock() makes before it spins. */
void debug_spin_lock_before(spinlock_t *lock);
/* arch_spin_trylock(), recording the owner if it took the lock. */
int do_raw_spin_trylock(spinlock_t *lock);
#else
static inline void do_raw_spin_lock(spinlock_t *lock)
{
	arch_spin_lock(&lock->raw_lock);
}

static inline void do_raw_spin_unlock(spinlock_t *lock)
{
	arch_spin_unlock(&lock->raw_lock);
}

static inline int do_raw_spin_trylock(spinlock_t *lock)
{
	return arch_spin_trylock(&lock->raw_lock);
}
#endif

/* The lock is named as the caller spelt it: "&n->list_lock". */
#define spin_lock_init(lock)	__spin_lock_init(lock, #lock)

#define local_irq_save(flags)		((flags) = arch_local_irq_save())
#define local_irq_restore(flags)	arch_local_irq_restore(flags)
#define irqs_disabled()			arch_irqs_disabled()
#define local_irq_enable()		arch_local_irq_enable()
#define local_irq_disable()		arch_local_irq_disable()

/* Inline, so the recorded place is the caller's own (Linux: _RET_IP_). */
static __always_inline void spin_lock(spinlock_t *lock)
{
	do_raw_spin_lock(lock);
	spin_acquire(&lock->dep_map, 0, 0, _THIS_IP_);
}

static __always_inline void spin_unlock(spinlock_t *lock)
{
	spin_release(&lock->dep_map, _THIS_IP_);
	do_raw_spin_unlock(lock);
}

/* 1 if the lock was free and is now held, 0 (at once) if not. */
static __always_inline int spin_trylock(spinlock_t *lock)
{
	if (!do_raw_spin_trylock(lock))
		return 0;
	spin_acquire(&lock->dep_map, 0, 1, _THIS_IP_);
	return 1;
}

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

#include <linux/rwlock.h>

#endif
