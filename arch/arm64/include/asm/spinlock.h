/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/spinlock.h - a ticket spinlock: take a number, wait to be served.
 * Linux: arch/arm64/include/asm/spinlock.h as it was up to v4.19 (now the
 * generic qspinlock); tickets are fair and fit in a page of explanation.
 * Acquire/release semantics (ldaxr/stlr) order the critical section.
 * The reader-writer lock below is arm64's own of the same era (v5.19
 * uses the generic qrwlock).
 */
#ifndef __ASM_SPINLOCK_H
#define __ASM_SPINLOCK_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <asm/barrier.h>

typedef struct {
	u16 owner;	/* ticket being served */
	u16 next;	/* next ticket to hand out */
} arch_spinlock_t;

#define __ARCH_SPIN_LOCK_UNLOCKED	{ 0, 0 }

static inline void arch_spin_lock(arch_spinlock_t *lock)
{
	u32 tmp, newval, status;
	u16 ticket, owner;

	/* atomically: ticket = lock->next++ (next is the upper half-word) */
	asm volatile(
	"1:	ldaxr	%w0, [%3]\n"
	"	add	%w1, %w0, #0x10000\n"
	"	stxr	%w2, %w1, [%3]\n"
	"	cbnz	%w2, 1b\n"
	: "=&r" (tmp), "=&r" (newval), "=&r" (status)
	: "r" (lock) : "memory");
	ticket = tmp >> 16;
	/* wait for owner == ticket; wfe sleeps until the unlocker's store */
	for (;;) {
		asm volatile("ldaxrh %w0, [%1]" : "=r" (owner) : "r" (&lock->owner) : "memory");
		if (owner == ticket)
			break;
		asm volatile("wfe" : : : "memory");
	}
}

static inline void arch_spin_unlock(arch_spinlock_t *lock)
{
	asm volatile("stlrh %w1, [%0]" : : "r" (&lock->owner),
		     "r" ((u16)(lock->owner + 1)) : "memory");
}

/*
 * Taking a lock orders later loads after it, not earlier stores: where
 * those must be visible first (try_to_wake_up()), a full barrier.
 */
#define smp_mb__after_spinlock()	smp_mb()

/* Take the lock only if nobody holds or waits for it. 1 if taken. */
static inline int arch_spin_trylock(arch_spinlock_t *lock)
{
	u32 tmp, status;

	/* owner == next: the halves are equal, so tmp ^ ror(tmp, 16) == 0 */
	asm volatile(
	"1:	ldaxr	%w0, [%2]\n"
	"	eor	%w1, %w0, %w0, ror #16\n"
	"	cbnz	%w1, 2f\n"
	"	add	%w0, %w0, #0x10000\n"
	"	stxr	%w1, %w0, [%2]\n"
	"	cbnz	%w1, 1b\n"
	"2:"
	: "=&r" (tmp), "=&r" (status)
	: "r" (lock) : "memory");
	return !status;
}

static inline int arch_spin_is_locked(arch_spinlock_t *lock)
{
	arch_spinlock_t v = *(volatile arch_spinlock_t *)lock;

	return v.owner != v.next;
}

/*
 * Reader-writer lock: bit 31 set while a writer holds it, bits 0-30
 * count the readers inside. Readers wait only for a writer inside, never
 * for one waiting, so a reader in an interrupt handler cannot deadlock
 * against a writer spinning on another CPU; the price is that a stream
 * of readers can starve a writer (Linux's qrwlock queues writers fairly
 * and lets only interrupt-context readers jump the queue).
 */
typedef struct {
	u32 lock;
} arch_rwlock_t;

#define __ARCH_RW_LOCK_UNLOCKED		{ 0 }
#define ARCH_RW_WRITER			0x80000000U

/* Wait for the word to be 0, then set the writer bit. */
static inline void arch_write_lock(arch_rwlock_t *rw)
{
	u32 tmp;

	asm volatile(
	"	sevl\n"
	"1:	wfe\n"
	"2:	ldaxr	%w0, [%1]\n"
	"	cbnz	%w0, 1b\n"
	"	stxr	%w0, %w2, [%1]\n"
	"	cbnz	%w0, 2b\n"
	: "=&r" (tmp)
	: "r" (&rw->lock), "r" (ARCH_RW_WRITER) : "memory");
}

static inline void arch_write_unlock(arch_rwlock_t *rw)
{
	asm volatile("stlr	wzr, [%0]" : : "r" (&rw->lock) : "memory");
}

/* Count ourselves in, unless the writer bit is set: then wait. */
static inline void arch_read_lock(arch_rwlock_t *rw)
{
	u32 tmp, status;

	asm volatile(
	"	sevl\n"
	"1:	wfe\n"
	"2:	ldaxr	%w0, [%2]\n"
	"	add	%w0, %w0, #1\n"
	"	tbnz	%w0, #31, 1b\n"
	"	stxr	%w1, %w0, [%2]\n"
	"	cbnz	%w1, 2b\n"
	: "=&r" (tmp), "=&r" (status)
	: "r" (&rw->lock) : "memory");
}

static inline void arch_read_unlock(arch_rwlock_t *rw)
{
	u32 tmp, status;

	asm volatile(
	"1:	ldxr	%w0, [%2]\n"
	"	sub	%w0, %w0, #1\n"
	"	stlxr	%w1, %w0, [%2]\n"
	"	cbnz	%w1, 1b\n"
	: "=&r" (tmp), "=&r" (status)
	: "r" (&rw->lock) : "memory");
}

/* Held by anyone, and held by a writer: a snapshot, for checks. */
static inline int arch_rwlock_is_locked(arch_rwlock_t *rw)
{
	return READ_ONCE(rw->lock) != 0;
}

static inline int arch_rwlock_is_write_locked(arch_rwlock_t *rw)
{
	return READ_ONCE(rw->lock) == ARCH_RW_WRITER;
}

#endif
