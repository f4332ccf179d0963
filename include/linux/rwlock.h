/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/rwlock.h - reader-writer spinlocks: many readers at once, or one
 * writer. Linux: include/linux/rwlock.h, rwlock_types.h, rwlock_api_smp.h.
 *
 * Like spinlock_t, an rwlock_t carries a lockdep_map, and each hold goes
 * on current's held-lock stack (a read hold as Linux's recursive read),
 * so an oops report lists it and the oops unwinder lets go of it. Readers
 * may nest and may run in interrupt handlers while another CPU's reader
 * is inside (asm/spinlock.h: readers never wait for a waiting writer), so
 * only writers need the _irq forms when some reader runs in an interrupt.
 * Simplified: no CONFIG_DEBUG_SPINLOCK owner checks for rwlocks (Linux
 * has them); the held-lock stack is what catches a lock left held.
 * Include through linux/spinlock.h.
 */
#ifndef _LINUX_RWLOCK_H
#define _LINUX_RWLOCK_H

typedef struct {
	arch_rwlock_t raw_lock;
	struct lockdep_map dep_map;
} rwlock_t;

#define __RW_LOCK_UNLOCKED(lockname)					\
	{ .raw_lock = __ARCH_RW_LOCK_UNLOCKED,				\
	  .dep_map = { .name = #lockname, .lock_kind = LD_LOCK_RW,	\
		       .wait_type_inner = LD_WAIT_CONFIG } }
#define DEFINE_RWLOCK(x)	rwlock_t x = __RW_LOCK_UNLOCKED(x)

static inline void __rwlock_init(rwlock_t *lock, const char *name)
{
	*lock = (rwlock_t){ .raw_lock = __ARCH_RW_LOCK_UNLOCKED,
			    .dep_map = { .name = name,
					 .lock_kind = LD_LOCK_RW,
					 .wait_type_inner = LD_WAIT_CONFIG } };
}
#define rwlock_init(lock)	__rwlock_init(lock, #lock)

/* Inline, so the recorded place is the caller's own (Linux: _RET_IP_). */
static __always_inline void read_lock(rwlock_t *lock)
{
	arch_read_lock(&lock->raw_lock);
	rwlock_acquire_read(&lock->dep_map, 0, 0, _THIS_IP_);
}

static __always_inline void read_unlock(rwlock_t *lock)
{
	rwlock_release(&lock->dep_map, _THIS_IP_);
	arch_read_unlock(&lock->raw_lock);
}

static __always_inline void write_lock(rwlock_t *lock)
{
	arch_write_lock(&lock->raw_lock);
	rwlock_acquire(&lock->dep_map, 0, 0, _THIS_IP_);
}

static __always_inline void write_unlock(rwlock_t *lock)
{
	rwlock_release(&lock->dep_map, _THIS_IP_);
	arch_write_unlock(&lock->raw_lock);
}

#define read_lock_irq(lock) \
	do { local_irq_disable(); read_lock(lock); } while (0)
#define read_unlock_irq(lock) \
	do { read_unlock(lock); local_irq_enable(); } while (0)
#define write_lock_irq(lock) \
	do { local_irq_disable(); write_lock(lock); } while (0)
#define write_unlock_irq(lock) \
	do { write_unlock(lock); local_irq_enable(); } while (0)

#define read_lock_irqsave(lock, flags) do {			\
	local_irq_save(flags);					\
	read_lock(lock);					\
} while (0)
#define read_unlock_irqrestore(lock, flags) do {		\
	read_unlock(lock);					\
	local_irq_restore(flags);				\
} while (0)
#define write_lock_irqsave(lock, flags) do {			\
	local_irq_save(flags);					\
	write_lock(lock);					\
} while (0)
#define write_unlock_irqrestore(lock, flags) do {		\
	write_unlock(lock);					\
	local_irq_restore(flags);				\
} while (0)

/* Snapshots of the lock word, for checks and the oops unwinder. */
#define rwlock_is_locked(lock)	arch_rwlock_is_locked(&(lock)->raw_lock)
#define rwlock_is_write_locked(lock) \
	arch_rwlock_is_write_locked(&(lock)->raw_lock)

/*
 * Warn unless current holds @lock for writing: it is on current's stack
 * and a writer is inside (a reader of ours would keep any writer out).
 * Linux warns every time too, while debug_locks is on; tinymm's checks
 * stay on after a taint.
 */
#define lockdep_assert_held_write(lock)					\
	WARN_ON(!lock_is_held(&(lock)->dep_map) ||			\
		!rwlock_is_write_locked(lock))

#endif /* _LINUX_RWLOCK_H */
