/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/spinlock.h - a ticket spinlock: take a number, wait to be served.
 * Linux: arch/arm64/include/asm/spinlock.h as it was up to v4.19 (now the
 * generic qspinlock); tickets are fair and fit in a page of explanation.
 * Acquire/release semantics (ldaxr/stlr) order the critical section.
 */
#ifndef __ASM_SPINLOCK_H
#define __ASM_SPINLOCK_H

#include <linux/types.h>

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

static inline int arch_spin_is_locked(arch_spinlock_t *lock)
{
	arch_spinlock_t v = *(volatile arch_spinlock_t *)lock;

	return v.owner != v.next;
}

#endif
