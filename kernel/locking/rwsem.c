// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/locking/rwsem.c - the sleeping read-write semaphore. Linux: the
 * same file (down_read, down_write, up_read, up_write, downgrade_write,
 * rwsem_read_trylock, rwsem_write_trylock, rwsem_down_read_slowpath,
 * rwsem_down_write_slowpath, rwsem_wake, rwsem_mark_wake).
 *
 * What it teaches: a lock that costs one atomic instruction when nobody
 * contends for it and sleeps when someone does.
 *
 * Fast paths, on count alone: a reader adds RWSEM_READER_BIAS (acquire)
 * and keeps it unless the sum shows a writer or waiters; a writer swaps
 * count from 0 to RWSEM_WRITER_LOCKED (acquire). The releases take their
 * share back (release) and look at the old or new count: only a waiters
 * bit, with nobody left in the way, sends them to rwsem_wake().
 *
 * Slow paths, under wait_lock: a task that cannot have the lock puts an
 * rwsem_waiter on wait_list and calls schedule(); whoever makes the lock
 * free for the head of the queue grants it (rwsem_mark_wake): puts the
 * grant in count and sets the waiter's task pointer to NULL. The sleeper
 * checks that pointer, not count, so a wake-up can be neither lost nor
 * taken by a third task in between.
 *
 * Where the two meet: RWSEM_FLAG_WAITERS changes only under wait_lock and
 * is set exactly while wait_list is not empty, so no fast-path writer
 * gets in while anyone waits, and a fast-path reader sees the bit and
 * goes to the queue. Every change of count is one atomic operation, so of
 * a release and a queuer one sees the other: the release sees the
 * waiters bit and wakes, or the queuer's rwsem_mark_wake() sees the lock
 * free. A reader whose fast path failed still has its bias in count (a
 * grant to a writer waits for it): it takes the bias back as it queues
 * and then grants whatever that freed.
 *
 * The grant order is Linux's: if the oldest waiter is a writer, it gets
 * the lock alone once nobody holds it; if it is a reader, every reader
 * in the queue gets it at once (Linux's "phase-fair" reader wake-up),
 * writers keeping their places. A new reader queues whenever anyone
 * waits, so a stream of readers cannot starve a waiting writer.
 *
 * Simplified (see linux/rwsem.h): no optimistic spinning and no lock
 * stealing; the lock is handed to the waiter directly, where Linux wakes
 * a writer to take it itself (a reader may steal it meanwhile until the
 * RWSEM_FLAG_HANDOFF bit stops that).
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
 * Give the lock to @waiter, the writer at the head of the queue, if
 * nobody holds it; the waiters bit goes if it was the only waiter.
 * Linux: rwsem_try_write_lock(), which the woken writer calls itself.
 * wait_lock held. The cmpxchg loses to a reader's fast path adding its
 * bias meanwhile: we look again and see a reader.
 */
static bool rwsem_try_write_lock(struct rw_semaphore *sem,
				 struct rwsem_waiter *waiter)
{
	long count = atomic_long_read(&sem->count);
	long new;

	do {
		if (count & RWSEM_LOCK_MASK)
			return false;
		new = count | RWSEM_WRITER_LOCKED;
		if (list_is_singular(&sem->wait_list))
			new &= ~RWSEM_FLAG_WAITERS;
	} while (!atomic_long_try_cmpxchg_acquire(&sem->count, &count, new));
	WRITE_ONCE(sem->owner, waiter->task);
	return true;
}

/*
 * Hand the lock to the waiters it now admits, oldest first. Linux:
 * rwsem_mark_wake(). The caller holds wait_lock. Meanwhile count changes
 * only by readers' biases coming and going and by releases: with the
 * waiters bit set, no writer takes the lock past the queue.
 */
static void rwsem_mark_wake(struct rw_semaphore *sem)
{
	struct rwsem_waiter *waiter, *tmp;
	long adjustment = 0;
	LIST_HEAD(wlist);

	if (list_empty(&sem->wait_list))
		return;
	waiter = list_first_entry(&sem->wait_list, struct rwsem_waiter, list);
	if (waiter->type == RWSEM_WAITING_FOR_WRITE) {
		if (rwsem_try_write_lock(sem, waiter))
			rwsem_grant(waiter);
		return;
	}
	if (atomic_long_read(&sem->count) & RWSEM_WRITER_MASK)
		return;
	/* every queued reader, jumping over the writers */
	list_for_each_entry_safe(waiter, tmp, &sem->wait_list, list) {
		if (waiter->type == RWSEM_WAITING_FOR_WRITE)
			continue;
		adjustment += RWSEM_READER_BIAS;
		list_move_tail(&waiter->list, &wlist);
	}
	if (list_empty(&sem->wait_list))
		adjustment -= RWSEM_FLAG_WAITERS;
	atomic_long_add(adjustment, &sem->count);
	list_for_each_entry_safe(waiter, tmp, &wlist, list)
		rwsem_grant(waiter);
}

/*
 * Queue @waiter, put @adjustment and (if we are the first) the waiters
 * bit in count, grant what the lock admits now (its holders may have
 * gone since our fast path failed: nobody else would wake the queue
 * then), and sleep until we are granted it. Called with wait_lock held
 * (taken with @flags); returns without it, holding the lock.
 */
static void rwsem_queue_and_wait(struct rw_semaphore *sem,
				 struct rwsem_waiter *waiter, long adjustment,
				 unsigned long flags)
{
	if (list_empty(&sem->wait_list))
		adjustment += RWSEM_FLAG_WAITERS;
	list_add_tail(&waiter->list, &sem->wait_list);
	if (adjustment)
		atomic_long_add(adjustment, &sem->count);
	rwsem_mark_wake(sem);

	set_current_state(TASK_UNINTERRUPTIBLE);
	spin_unlock_irqrestore(&sem->wait_lock, flags);
	for (;;) {
		smp_mb();	/* our state before the look at the grant */
		if (!READ_ONCE(waiter->task))
			break;
		schedule();
		set_current_state(TASK_UNINTERRUPTIBLE);
	}
	set_current_state(TASK_RUNNING);
	smp_mb();	/* the grant before what the lock protects */
}

/*
 * down_read()'s fast path failed: a writer holds the lock or tasks wait.
 * Our bias is in count already. With nobody queued and the writer gone
 * meanwhile it is a read hold and we keep it; otherwise we queue and
 * give it back. Linux: rwsem_down_read_slowpath(). May sleep.
 */
static void rwsem_down_read_slowpath(struct rw_semaphore *sem)
{
	struct rwsem_waiter waiter = { .task = current,
				       .type = RWSEM_WAITING_FOR_READ };
	unsigned long flags;

	spin_lock_irqsave(&sem->wait_lock, flags);
	if (list_empty(&sem->wait_list) &&
	    !(atomic_long_read_acquire(&sem->count) & RWSEM_WRITER_MASK)) {
		spin_unlock_irqrestore(&sem->wait_lock, flags);
		return;
	}
	rwsem_queue_and_wait(sem, &waiter, -(long)RWSEM_READER_BIAS, flags);
}

/*
 * down_write()'s cmpxchg failed: someone holds the lock or tasks wait.
 * Linux: rwsem_down_write_slowpath(). May sleep.
 */
static void rwsem_down_write_slowpath(struct rw_semaphore *sem)
{
	struct rwsem_waiter waiter = { .task = current,
				       .type = RWSEM_WAITING_FOR_WRITE };
	unsigned long flags;

	spin_lock_irqsave(&sem->wait_lock, flags);
	rwsem_queue_and_wait(sem, &waiter, 0, flags);
}

/*
 * A release found waiters and the lock free for them: grant it. Linux:
 * rwsem_wake() (and rwsem_downgrade_wake(), whose "readers only" rule
 * our rwsem_mark_wake() reads from count). Never sleeps; interrupts may
 * be off.
 */
static void rwsem_wake(struct rw_semaphore *sem)
{
	unsigned long flags;

	spin_lock_irqsave(&sem->wait_lock, flags);
	rwsem_mark_wake(sem);
	spin_unlock_irqrestore(&sem->wait_lock, flags);
}

/*
 * Linux: rwsem_read_trylock(). Our bias stays in count either way: on
 * failure the slow path decides what it becomes.
 */
static inline bool rwsem_read_trylock(struct rw_semaphore *sem)
{
	long count = atomic_long_add_return_acquire(RWSEM_READER_BIAS,
						    &sem->count);

	return !(count & RWSEM_READ_FAILED_MASK);
}

/* Linux: rwsem_write_trylock(). */
static inline bool rwsem_write_trylock(struct rw_semaphore *sem)
{
	long count = RWSEM_UNLOCKED_VALUE;

	if (!atomic_long_try_cmpxchg_acquire(&sem->count, &count,
					     RWSEM_WRITER_LOCKED))
		return false;
	WRITE_ONCE(sem->owner, current);
	return true;
}

/* lockdep first, as Linux: a recursion is reported before it sleeps. */
void down_read(struct rw_semaphore *sem)
{
	rwsem_acquire_read(&sem->dep_map, 0, 0, _RET_IP_);
	if (unlikely(!rwsem_read_trylock(sem)))
		rwsem_down_read_slowpath(sem);
}

void down_write(struct rw_semaphore *sem)
{
	rwsem_acquire(&sem->dep_map, 0, 0, _RET_IP_);
	if (unlikely(!rwsem_write_trylock(sem)))
		rwsem_down_write_slowpath(sem);
}

/* Unlike down_read(), adds its bias only if it keeps it (Linux's too). */
int down_read_trylock(struct rw_semaphore *sem)
{
	long count = atomic_long_read(&sem->count);

	while (!(count & RWSEM_READ_FAILED_MASK)) {
		if (atomic_long_try_cmpxchg_acquire(&sem->count, &count,
						    count + RWSEM_READER_BIAS)) {
			rwsem_acquire_read(&sem->dep_map, 0, 1, _RET_IP_);
			return 1;
		}
	}
	return 0;
}

int down_write_trylock(struct rw_semaphore *sem)
{
	if (!rwsem_write_trylock(sem))
		return 0;
	rwsem_acquire(&sem->dep_map, 0, 1, _RET_IP_);
	return 1;
}

/*
 * A release that does not match the hold is reported and changes nothing
 * (a racy look, as Linux's CONFIG_DEBUG_RWSEMS checks are). The last
 * reader out wakes the queue; a writer wakes it whenever it waits.
 */
void up_read(struct rw_semaphore *sem)
{
	long count;

	rwsem_release(&sem->dep_map, _RET_IP_);
	if (DEBUG_RWSEMS_WARN_ON(!(atomic_long_read(&sem->count) &
				   RWSEM_READER_MASK), sem))
		return;
	count = atomic_long_add_return_release(-(long)RWSEM_READER_BIAS,
					       &sem->count);
	if (unlikely((count & (RWSEM_LOCK_MASK | RWSEM_FLAG_WAITERS)) ==
		     RWSEM_FLAG_WAITERS))
		rwsem_wake(sem);
}

void up_write(struct rw_semaphore *sem)
{
	long count;

	rwsem_release(&sem->dep_map, _RET_IP_);
	if (DEBUG_RWSEMS_WARN_ON(sem->owner != current, sem) ||
	    DEBUG_RWSEMS_WARN_ON(!(atomic_long_read(&sem->count) &
				   RWSEM_WRITER_LOCKED), sem))
		return;
	WRITE_ONCE(sem->owner, NULL);
	count = atomic_long_fetch_add_release(-(long)RWSEM_WRITER_LOCKED,
					      &sem->count);
	if (unlikely(count & RWSEM_FLAG_WAITERS))
		rwsem_wake(sem);
}

/* The writer's bit becomes a reader's bias in one step: nobody gets in. */
void downgrade_write(struct rw_semaphore *sem)
{
	long count;

	if (DEBUG_RWSEMS_WARN_ON(sem->owner != current, sem))
		return;
	WRITE_ONCE(sem->owner, NULL);
	count = atomic_long_fetch_add_release(-(long)RWSEM_WRITER_LOCKED +
					      (long)RWSEM_READER_BIAS,
					      &sem->count);
	if (count & RWSEM_FLAG_WAITERS)
		rwsem_wake(sem);
	lock_downgrade(&sem->dep_map, _RET_IP_);
}
