/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/lockdep.h - the locks a task holds. Linux: include/linux/lockdep.h
 * and kernel/locking/lockdep.c, the lock validator: each task keeps a
 * stack of held locks (held_locks[], lockdep_depth) that reports print as
 * "N locks held by comm/pid:".
 *
 * Simplified: tinymm keeps only that stack and each lock's irq usage,
 * always on and cheap enough for every spin_lock(); Linux also builds
 * the lock-order graph to find deadlocks before they happen, which needs
 * lock classes and hashing of lock chains. We skip it: here the stack
 * serves the oops unwinder (kernel/exit.c), which must know what a
 * killed command still holds.
 */
#ifndef _LINUX_LOCKDEP_H
#define _LINUX_LOCKDEP_H

#include <linux/compiler.h>
#include <linux/instruction_pointer.h>
#include <linux/lockdep_types.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <asm/irqflags.h>

/*
 * Mark how the lock is taken (Linux: mark_usage()): with IRQs on, or in
 * hard-IRQ context (where IRQs are always off: handlers don't nest); a
 * shared hold (@read) marks the _READ bit beside each. No softirqs here:
 * they are never disabled, so a lock taken with IRQs on is one taken
 * with softirqs on, as lockdep sees it.
 */
static __always_inline void lockdep_mark_usage(struct lockdep_map *lock,
					       int read)
{
	if (!arch_irqs_disabled())
		lock->usage_mask |= (LOCKF_ENABLED_HARDIRQ |
				     LOCKF_ENABLED_SOFTIRQ) << !!read;
	else if (unlikely(in_hardirq()))
		lock->usage_mask |= LOCKF_USED_IN_HARDIRQ << !!read;
}

/*
 * Push @lock on current's held-lock stack, taken at @ip, shared if
 * @read (Linux: lock_acquire(); an rwlock's reader passes 2, Linux's
 * "recursive read"); the
 * caller holds the lock. The depth goes up before the slot is written, so an
 * interrupt that takes and drops locks meanwhile uses the slots above.
 * Past MAX_LOCK_DEPTH the lock goes unrecorded, and its release reads as
 * an imbalance (Linux says "BUG: MAX_LOCK_DEPTH too low!" at once).
 */
static __always_inline void lock_acquire(struct lockdep_map *lock, int read,
					 unsigned long ip)
{
	struct task_struct *curr = current;
	unsigned int depth = curr->lockdep_depth;

	lockdep_mark_usage(lock, read);
	if (unlikely(depth >= MAX_LOCK_DEPTH))
		return;
	WRITE_ONCE(curr->lockdep_depth, depth + 1);
	barrier();
	curr->held_locks[depth].acquire_ip = ip;
	curr->held_locks[depth].instance = lock;
}

void __lock_release_nested(struct task_struct *curr, struct lockdep_map *lock,
			   unsigned long ip);

/*
 * Pop @lock from current's stack; the caller still holds the lock.
 * Locks are mostly dropped in the reverse order, so the top is checked
 * inline and the rest of the stack out of line.
 */
static __always_inline void lock_release(struct lockdep_map *lock,
					 unsigned long ip)
{
	struct task_struct *curr = current;
	unsigned int depth = curr->lockdep_depth;

	if (likely(depth && curr->held_locks[depth - 1].instance == lock)) {
		barrier();
		WRITE_ONCE(curr->lockdep_depth, depth - 1);
		return;
	}
	__lock_release_nested(curr, lock, ip);
}

/*
 * A writer's hold becomes a reader's (downgrade_write()): the lock stays
 * where it is on the stack; only its usage gains the _READ marks.
 */
static __always_inline void lock_downgrade(struct lockdep_map *lock,
					   unsigned long ip)
{
	lockdep_mark_usage(lock, 1);
}

#define spin_acquire(l, s, t, i)	lock_acquire(l, 0, i)
#define spin_release(l, i)		lock_release(l, i)
#define rwlock_acquire(l, s, t, i)	lock_acquire(l, 0, i)
#define rwlock_acquire_read(l, s, t, i)	lock_acquire(l, 2, i)
#define rwlock_release(l, i)		lock_release(l, i)
#define rwsem_acquire(l, s, t, i)	lock_acquire_sleeping(l, 0, t, i)
#define rwsem_acquire_read(l, s, t, i)	lock_acquire_sleeping(l, 1, t, i)
#define rwsem_release(l, i)		lock_release(l, i)

void print_deadlock_bug(struct task_struct *curr, struct held_lock *prev,
			struct lockdep_map *lock, unsigned long ip);

/*
 * lock_acquire() for a sleeping lock, called before the caller waits
 * for it (unless @trylock: after it got it), as Linux's lock_acquire()
 * always is. If current holds @lock already, it prints Linux's
 * "possible recursive locking detected" report first (check_deadlock()):
 * the wait that follows would be for itself. Spinlocks skip the check;
 * CONFIG_DEBUG_SPINLOCK catches their recursion. Inline, as the rwsem
 * fast paths around it: the search is a few instructions, a call more.
 */
static __always_inline void lock_acquire_sleeping(struct lockdep_map *lock,
						  int read, int trylock,
						  unsigned long ip)
{
	struct task_struct *curr = current;
	unsigned int i;

	for (i = 0; !trylock && i < curr->lockdep_depth; i++) {
		if (unlikely(curr->held_locks[i].instance == lock)) {
			print_deadlock_bug(curr, &curr->held_locks[i], lock, ip);
			break;
		}
	}
	lock_acquire(lock, read, ip);
}

/*
 * Does current hold @lock (any way)? Linux: lock_is_held(), behind
 * lockdep_assert_held(); here a walk of the held-lock stack.
 */
bool lock_is_held(const struct lockdep_map *lock);

/*
 * Print the locks @p holds, in Linux's format: "N locks held by comm/pid:"
 * then " #i: <lock address> (<name>){<usage>}-{<wait types>}, at: <where>".
 * Only current, or a task that is not running, has a stable stack.
 */
void lockdep_print_held_locks(struct task_struct *p);

#endif /* _LINUX_LOCKDEP_H */
