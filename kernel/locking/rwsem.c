// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/locking/rwsem.c - the sleeping read-write semaphore. Linux: the
 * same file (down_read, down_write, up_read, up_write, downgrade_write,
 * rwsem_mark_wake, rwsem_down_read_slowpath, rwsem_down_write_slowpath).
 *
 * What it teaches: a lock that sleeps instead of spinning. A task that
 * cannot have it puts an rwsem_waiter on the lock's wait list and calls
 * schedule(); whoever releases the lock grants it to waiters and wakes
 * them. The waiter's task pointer going NULL is the grant: the sleeper
 * checks it, not the count, so a wake-up can be neither lost nor taken
 * by a third task in between.
 *
 * The grant order is Linux's: if the oldest waiter is a writer, it gets
 * the lock alone once nobody holds it; if it is a reader, every reader
 * in the queue gets it at once (Linux's "phase-fair" reader wake-up),
 * writers keeping their places. A new reader queues whenever anyone
 * waits, so a stream of readers cannot starve a waiting writer.
 *
 * Simplified (see linux/rwsem.h): every count change under wait_lock, no
 * optimistic spinning; and the lock is handed to the waiter directly,
 * where Linux wakes a writer to take it itself (a reader may steal it
 * meanwhile until the RWSEM_FLAG_HANDOFF bit stops that).
 */
#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/lockdep.h>
#include <linux/rwsem.h>
#include <linux/sched.h>
#include <linux/spinlock.h>
#include <asm/barrier.h>

enum rwsem_waiter_type {
	RWSEM_WAITING_FOR_WRITE,
	RWSEM_WAITING_FOR_READ
};

/* Lives on the sleeper's stack while it waits. */
struct rwsem_waiter {
	struct list_head list;		/* on sem->wait_list */
	struct task_struct *task;	/* NULL once the lock is granted */
	enum rwsem_waiter_type type;
};

/*
 * Linux's CONFIG_DEBUG_RWSEMS report for an unlock that does not match
 * how the lock is held (Linux also prints the lock's magic; we keep none).
 */
#define DEBUG_RWSEMS_WARN_ON(c, sem)					\
	WARN_ONCE(c, "DEBUG_RWSEMS_WARN_ON(%s): count = 0x%lx, owner = 0x%lx, curr 0x%lx, list %sempty\n", \
		  #c, atomic_long_read(&(sem)->count),			\
		  (unsigned long)(sem)->owner, (unsigned long)current,	\
		  list_empty(&(sem)->wait_list) ? "" : "not ")

void __init_rwsem(struct rw_semaphore *sem, const char *name)
{
	atomic_long_set(&sem->count, RWSEM_UNLOCKED_VALUE);
	sem->owner = NULL;
	spin_lock_init(&sem->wait_lock);
	INIT_LIST_HEAD(&sem->wait_list);
	sem->dep_map = (struct lockdep_map){ .wait_type_inner = LD_WAIT_SLEEP,
					     .name = name };
}

/*
 * Wake a waiter whose grant is already in count. Once task is NULL the
 * waiter may return and its stack frame go, so it is not touched after;
 * the task reference keeps the task itself alive until it is woken.
 */
static void rwsem_grant(struct rwsem_waiter *waiter)
{
	struct task_struct *tsk = waiter->task;

	list_del(&waiter->list);
	get_task_struct(tsk);
	smp_mb();	/* the grant before anything the sleeper reads after */
	WRITE_ONCE(waiter->task, NULL);
	smp_mb();	/* pairs with the one after its set_current_state() */
	wake_up_process(tsk);
	put_task_struct(tsk);
}

/*
 * Hand the lock to the waiters it now admits, oldest first. Linux:
 * rwsem_mark_wake(). The caller holds wait_lock and has just made the
 * lock freer (a release or a downgrade).
 */
static void rwsem_mark_wake(struct rw_semaphore *sem)
{
	long count = atomic_long_read(&sem->count);
	struct rwsem_waiter *waiter, *tmp;
	LIST_HEAD(wlist);

	if (list_empty(&sem->wait_list))
		return;
	waiter = list_first_entry(&sem->wait_list, struct rwsem_waiter, list);
	if (waiter->type == RWSEM_WAITING_FOR_WRITE) {
		if (count & (RWSEM_WRITER_LOCKED | RWSEM_READER_MASK))
			return;
		count |= RWSEM_WRITER_LOCKED;
		sem->owner = waiter->task;
		list_move_tail(&waiter->list, &wlist);
	} else {
		if (count & RWSEM_WRITER_LOCKED)
			return;
		/* every queued reader, jumping over the writers */
		list_for_each_entry_safe(waiter, tmp, &sem->wait_list, list) {
			if (waiter->type == RWSEM_WAITING_FOR_WRITE)
				continue;
			count += RWSEM_READER_BIAS;
			list_move_tail(&waiter->list, &wlist);
		}
	}
	if (list_empty(&sem->wait_list))
		count &= ~RWSEM_FLAG_WAITERS;
	atomic_long_set(&sem->count, count);
	list_for_each_entry_safe(waiter, tmp, &wlist, list)
		rwsem_grant(waiter);
}

/*
 * Queue and sleep until a releaser grants us the lock. Called with
 * wait_lock held (taken with @flags), returns with it dropped. Linux:
 * rwsem_down_read_slowpath() / rwsem_down_write_slowpath().
 */
static void rwsem_down_slowpath(struct rw_semaphore *sem,
				enum rwsem_waiter_type type,
				unsigned long flags)
{
	struct rwsem_waiter waiter = { .task = current, .type = type };

	list_add_tail(&waiter.list, &sem->wait_list);
	atomic_long_set(&sem->count,
			atomic_long_read(&sem->count) | RWSEM_FLAG_WAITERS);
	set_current_state(TASK_UNINTERRUPTIBLE);
	spin_unlock_irqrestore(&sem->wait_lock, flags);
	for (;;) {
		smp_mb();	/* our state before the look at the grant */
		if (!READ_ONCE(waiter.task))
			break;
		schedule();
		set_current_state(TASK_UNINTERRUPTIBLE);
	}
	set_current_state(TASK_RUNNING);
	smp_mb();	/* the grant before what the lock protects */
}

/*
 * Take it at once if the lock is free for us; wait_lock held. A reader
 * needs no writer and no one queued (whoever waits goes first), a writer
 * needs it unheld. Linux: rwsem_read_trylock(), rwsem_write_trylock().
 */
static bool rwsem_trylock(struct rw_semaphore *sem,
			  enum rwsem_waiter_type type)
{
	long count = atomic_long_read(&sem->count);

	if (type == RWSEM_WAITING_FOR_READ) {
		if (count & (RWSEM_WRITER_LOCKED | RWSEM_FLAG_WAITERS))
			return false;
		atomic_long_set(&sem->count, count + RWSEM_READER_BIAS);
		return true;
	}
	if (count != RWSEM_UNLOCKED_VALUE)
		return false;
	atomic_long_set(&sem->count, RWSEM_WRITER_LOCKED);
	sem->owner = current;
	return true;
}

/* Take it, sleeping in the queue if it is not free for us. */
static void __down(struct rw_semaphore *sem, enum rwsem_waiter_type type)
{
	unsigned long flags;

	spin_lock_irqsave(&sem->wait_lock, flags);
	if (rwsem_trylock(sem, type)) {
		spin_unlock_irqrestore(&sem->wait_lock, flags);
		return;
	}
	rwsem_down_slowpath(sem, type, flags);
}

static int __down_trylock(struct rw_semaphore *sem,
			  enum rwsem_waiter_type type)
{
	unsigned long flags;
	bool ret;

	spin_lock_irqsave(&sem->wait_lock, flags);
	ret = rwsem_trylock(sem, type);
	spin_unlock_irqrestore(&sem->wait_lock, flags);
	return ret;
}

/* lockdep first, as Linux: a recursion is reported before it sleeps. */
void down_read(struct rw_semaphore *sem)
{
	rwsem_acquire_read(&sem->dep_map, 0, 0, _RET_IP_);
	__down(sem, RWSEM_WAITING_FOR_READ);
}

void down_write(struct rw_semaphore *sem)
{
	rwsem_acquire(&sem->dep_map, 0, 0, _RET_IP_);
	__down(sem, RWSEM_WAITING_FOR_WRITE);
}

int down_read_trylock(struct rw_semaphore *sem)
{
	if (!__down_trylock(sem, RWSEM_WAITING_FOR_READ))
		return 0;
	rwsem_acquire_read(&sem->dep_map, 0, 1, _RET_IP_);
	return 1;
}

int down_write_trylock(struct rw_semaphore *sem)
{
	if (!__down_trylock(sem, RWSEM_WAITING_FOR_WRITE))
		return 0;
	rwsem_acquire(&sem->dep_map, 0, 1, _RET_IP_);
	return 1;
}

/* A release that does not match the hold is reported and changes nothing. */
void up_read(struct rw_semaphore *sem)
{
	unsigned long flags;
	long count;

	rwsem_release(&sem->dep_map, _RET_IP_);
	spin_lock_irqsave(&sem->wait_lock, flags);
	count = atomic_long_read(&sem->count);
	if (!DEBUG_RWSEMS_WARN_ON(!(count & RWSEM_READER_MASK), sem)) {
		atomic_long_set(&sem->count, count - RWSEM_READER_BIAS);
		if (!((count - RWSEM_READER_BIAS) & RWSEM_READER_MASK))
			rwsem_mark_wake(sem);
	}
	spin_unlock_irqrestore(&sem->wait_lock, flags);
}

void up_write(struct rw_semaphore *sem)
{
	unsigned long flags;
	long count;

	rwsem_release(&sem->dep_map, _RET_IP_);
	spin_lock_irqsave(&sem->wait_lock, flags);
	count = atomic_long_read(&sem->count);
	if (!DEBUG_RWSEMS_WARN_ON(sem->owner != current, sem) &&
	    !DEBUG_RWSEMS_WARN_ON(!(count & RWSEM_WRITER_LOCKED), sem)) {
		sem->owner = NULL;
		atomic_long_set(&sem->count, count & ~RWSEM_WRITER_LOCKED);
		rwsem_mark_wake(sem);
	}
	spin_unlock_irqrestore(&sem->wait_lock, flags);
}

void downgrade_write(struct rw_semaphore *sem)
{
	unsigned long flags;
	long count;
	bool ours;

	spin_lock_irqsave(&sem->wait_lock, flags);
	count = atomic_long_read(&sem->count);
	ours = !DEBUG_RWSEMS_WARN_ON(sem->owner != current, sem);
	if (ours) {
		sem->owner = NULL;
		count = (count & ~RWSEM_WRITER_LOCKED) + RWSEM_READER_BIAS;
		atomic_long_set(&sem->count, count);
		rwsem_mark_wake(sem);
	}
	spin_unlock_irqrestore(&sem->wait_lock, flags);
	if (ours)
		lock_downgrade(&sem->dep_map, _RET_IP_);
}
