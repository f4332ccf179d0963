/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Host twin of asm/spinlock.h: real locks for host threads standing in
 * for CPUs (tests/host/host_smp.c). The spinlock is a ticket lock, as
 * arm64's: take a ticket with an atomic add, wait until the owner field
 * reaches it (acquire), hand over by bumping the owner (release). The
 * acquire and release orderings are what ThreadSanitizer follows, so the
 * data a lock protects is seen as protected.
 *
 * Each lock also records the host CPU holding it, and a misuse aborts
 * the test binary where the kernel would hang or corrupt: taking a lock
 * this CPU holds (recursion), releasing one this CPU does not hold, or
 * waiting for a lock while no other host CPU thread runs to release it.
 * The reader-writer lock likewise: readers never wait for a waiting
 * writer (as arm64's queued rwlock lets an interrupt's reader in).
 */
#ifndef __ASM_SPINLOCK_H
#define __ASM_SPINLOCK_H

#include <linux/types.h>
#include <asm/bug.h>

/* tests/host/host_smp.c: this thread's CPU */
int host_lock_cpu(void);	/* smp_processor_id() + 1 */
/*
 * A cpu_relax() for the host: give a waiting thread's core away; a BUG
 * when no other CPU thread runs that could ever release the lock.
 */
void host_spin_wait(void);

/* owner_cpu and writer_cpu hold the CPU + 1: a zeroed lock is free */
typedef struct {
	u16 owner, next;
	int owner_cpu;
} arch_spinlock_t;

#define __ARCH_SPIN_LOCK_UNLOCKED	{ 0, 0, 0 }

static inline void arch_spin_lock(arch_spinlock_t *lock)
{
	int cpu = host_lock_cpu();
	u16 ticket;

	if (__atomic_load_n(&lock->owner_cpu, __ATOMIC_RELAXED) == cpu)
		host_bug(__FILE__, __LINE__);	/* recursion: would deadlock */
	ticket = __atomic_fetch_add(&lock->next, 1, __ATOMIC_RELAXED);
	while (__atomic_load_n(&lock->owner, __ATOMIC_ACQUIRE) != ticket)
		host_spin_wait();
	__atomic_store_n(&lock->owner_cpu, cpu, __ATOMIC_RELAXED);
}

static inline void arch_spin_unlock(arch_spinlock_t *lock)
{
	if (__atomic_load_n(&lock->owner_cpu, __ATOMIC_RELAXED) != host_lock_cpu())
		host_bug(__FILE__, __LINE__);	/* free, or another CPU's */
	__atomic_store_n(&lock->owner_cpu, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&lock->owner,
			 (u16)(__atomic_load_n(&lock->owner, __ATOMIC_RELAXED) + 1),
			 __ATOMIC_RELEASE);
}

#define smp_mb__after_spinlock()	__atomic_thread_fence(__ATOMIC_SEQ_CST)

static inline int arch_spin_trylock(arch_spinlock_t *lock)
{
	u16 owner = __atomic_load_n(&lock->owner, __ATOMIC_RELAXED);
	u16 next = owner;

	/* only if no ticket is out: next == owner, then take the next one */
	if (!__atomic_compare_exchange_n(&lock->next, &next, (u16)(owner + 1),
					 false, __ATOMIC_ACQUIRE,
					 __ATOMIC_RELAXED))
		return 0;
	__atomic_store_n(&lock->owner_cpu, host_lock_cpu(), __ATOMIC_RELAXED);
	return 1;
}

static inline int arch_spin_is_locked(arch_spinlock_t *lock)
{
	return __atomic_load_n(&lock->owner, __ATOMIC_RELAXED) !=
	       __atomic_load_n(&lock->next, __ATOMIC_RELAXED);
}

/* cnts: the readers inside, plus _QW_LOCKED while a writer is */
typedef struct {
	u32 cnts;
	int writer_cpu;
} arch_rwlock_t;

#define _QW_LOCKED			0x80000000U
#define __ARCH_RW_LOCK_UNLOCKED		{ 0, 0 }

static inline void arch_write_lock(arch_rwlock_t *rw)
{
	u32 old = 0;

	if (__atomic_load_n(&rw->writer_cpu, __ATOMIC_RELAXED) == host_lock_cpu())
		host_bug(__FILE__, __LINE__);	/* recursion: would deadlock */
	while (!__atomic_compare_exchange_n(&rw->cnts, &old, _QW_LOCKED, false,
					    __ATOMIC_ACQUIRE,
					    __ATOMIC_RELAXED)) {
		host_spin_wait();
		old = 0;
	}
	__atomic_store_n(&rw->writer_cpu, host_lock_cpu(), __ATOMIC_RELAXED);
}

static inline void arch_write_unlock(arch_rwlock_t *rw)
{
	if (__atomic_load_n(&rw->writer_cpu, __ATOMIC_RELAXED) != host_lock_cpu())
		host_bug(__FILE__, __LINE__);
	__atomic_store_n(&rw->writer_cpu, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&rw->cnts, 0, __ATOMIC_RELEASE);
}

static inline void arch_read_lock(arch_rwlock_t *rw)
{
	u32 old = __atomic_load_n(&rw->cnts, __ATOMIC_RELAXED);

	if (__atomic_load_n(&rw->writer_cpu, __ATOMIC_RELAXED) == host_lock_cpu())
		host_bug(__FILE__, __LINE__);	/* our own writer: deadlock */
	for (;;) {
		if (!(old & _QW_LOCKED) &&
		    __atomic_compare_exchange_n(&rw->cnts, &old, old + 1, false,
						__ATOMIC_ACQUIRE,
						__ATOMIC_RELAXED))
			return;
		if (old & _QW_LOCKED) {
			host_spin_wait();
			old = __atomic_load_n(&rw->cnts, __ATOMIC_RELAXED);
		}
	}
}

static inline void arch_read_unlock(arch_rwlock_t *rw)
{
	u32 old = __atomic_fetch_sub(&rw->cnts, 1, __ATOMIC_RELEASE);

	if (!old || (old & _QW_LOCKED))
		host_bug(__FILE__, __LINE__);	/* no reader was inside */
}

static inline int arch_rwlock_is_locked(arch_rwlock_t *rw)
{
	return __atomic_load_n(&rw->cnts, __ATOMIC_RELAXED) != 0;
}

static inline int arch_rwlock_is_write_locked(arch_rwlock_t *rw)
{
	return !!(__atomic_load_n(&rw->cnts, __ATOMIC_RELAXED) & _QW_LOCKED);
}

#endif
