// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/rwsem_kunit.c - the sleeping rw_semaphore and mmap_lock,
 * with kernel threads as the other lockers. Sleeping makes the
 * interleavings real even on one CPU: a thread that cannot have the lock
 * sleeps, the test sees it asleep (TASK_UNINTERRUPTIBLE, the waiters bit
 * set) and checks it has not got in, then lets the holder go and sees
 * who gets in, in what order.
 *
 * - two readers hold it at once; a writer waits until both are gone;
 * - a reader arriving after a queued writer waits behind it (no writer
 *   starvation), and gets in when the writer leaves;
 * - downgrade_write() lets the queued readers in while we still read;
 * - the trylocks fail exactly when the lock is not free for them;
 * - nobody contending, every lock and unlock is one change of count and
 *   never takes wait_lock; at the fast/slow boundary, a reader arriving
 *   while a writer waits gives its bias back and queues, a release takes
 *   wait_lock only when it leaves the lock free for a waiter, and count
 *   holds exactly the grant after each hand-off;
 * - taking it twice is lockdep's "possible recursive locking" report;
 * - the held-lock stack records an rwsem, and an oops lets go of it,
 *   in a frame or in a thread that dies of it (whose mm can then still
 *   be torn down);
 * - mmap_lock is really taken: a fault in an mm (a uaccess from a
 *   thread using it) waits while we hold it for write, and mmap and
 *   munmap wait while we hold it for read.
 * Linux counterpart: lib/locking-selftest.c covers lockdep's view of
 * rwsems; the waiting itself has no in-tree unit test.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/debug_locks.h>
#include <linux/errno.h>
#include <linux/jiffies.h>
#include <linux/lockdep.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/mmap_lock.h>
#include <linux/rwsem.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/signal.h>
#include <asm/uaccess.h>
#include <kunit/test.h>
#include <tinymm/lkdtm.h>
#include <tinymm/test_hooks.h>

/* Static: a thread left behind by a failed case must not use a dead stack. */
static struct rw_semaphore ktest_sem;

enum ktest_op { OP_READ, OP_WRITE, OP_FAULT, OP_MMAP, OP_MUNMAP };

struct ktest_locker {
	enum ktest_op op;
	struct mm_struct *mm;	/* OP_FAULT/MMAP/MUNMAP: the mm to use */
	unsigned long addr;	/* their address */
	long ret;		/* their result */
	int trying;		/* about to take the lock */
	int in;			/* holds it (or is done): the order it got in */
	int release;		/* told to let go */
	pid_t pid;
};

static struct ktest_locker lockers[3];
static int ktest_seq;

/*
 * Let the other tasks run (round robin: schedule() puts us at the back)
 * until cond holds or half a second has passed. Its value at the end.
 */
#define wait_until(cond) ({						\
	unsigned long __end = jiffies + HZ / 2;				\
	while (!(cond) && time_before(jiffies, __end))			\
		schedule();						\
	(cond);								\
})

/* A thread of ours asleep after saying it would take the lock. */
static bool asleep_trying(struct ktest_locker *l)
{
	struct task_struct *p = find_task_by_pid(l->pid);

	return READ_ONCE(l->trying) && p &&
	       READ_ONCE(p->__state) == TASK_UNINTERRUPTIBLE;
}

/* An mm operation that takes mmap_lock itself, as a thread of @l->mm. */
static long mm_op(struct ktest_locker *l)
{
	long ret;
	u8 v = 0;

	kthread_use_mm(l->mm);
	WRITE_ONCE(l->trying, 1);
	switch (l->op) {
	case OP_FAULT:	/* the uaccess faults: do_page_fault() */
		ret = put_user((u8)0x5a, (u8 __user *)l->addr);
		if (!ret)
			ret = get_user(v, (u8 __user *)l->addr) ?: v;
		break;
	case OP_MMAP:
		ret = vm_mmap(NULL, l->addr, PAGE_SIZE, PROT_READ | PROT_WRITE,
			      MAP_ANONYMOUS | MAP_PRIVATE | MAP_FIXED, 0);
		break;
	default:
		ret = vm_munmap(l->addr, PAGE_SIZE);
		break;
	}
	kthread_unuse_mm(l->mm);
	return ret;
}

/* Lock, say so, wait to be told, unlock; or do one mm operation. */
static int locker_fn(void *arg)
{
	struct ktest_locker *l = arg;

	if (l->op != OP_READ && l->op != OP_WRITE) {
		l->ret = mm_op(l);
		WRITE_ONCE(l->in, ++ktest_seq);
		return 0;
	}
	WRITE_ONCE(l->trying, 1);
	if (l->op == OP_WRITE)
		down_write(&ktest_sem);
	else
		down_read(&ktest_sem);
	WRITE_ONCE(l->in, ++ktest_seq);
	while (!READ_ONCE(l->release))
		schedule();
	if (l->op == OP_WRITE)
		up_write(&ktest_sem);
	else
		up_read(&ktest_sem);
	return 0;
}

static struct ktest_locker *start_locker(struct kunit *test, int i,
					 enum ktest_op op)
{
	struct ktest_locker *l = &lockers[i];

	*l = (struct ktest_locker){ .op = op };
	l->pid = kernel_thread(locker_fn, l, "ktest-rwsem", SIGCHLD);
	KUNIT_EXPECT_GT(test, l->pid, 0);
	return l;
}

static struct ktest_locker *start_mm_op(struct kunit *test, int i,
					enum ktest_op op, struct mm_struct *mm,
					unsigned long addr)
{
	struct ktest_locker *l = &lockers[i];

	*l = (struct ktest_locker){ .op = op, .mm = mm, .addr = addr };
	l->pid = kernel_thread(locker_fn, l, "ktest-mmap", SIGCHLD);
	KUNIT_EXPECT_GT(test, l->pid, 0);
	return l;
}

/*
 * Tell lockers[0..n) to let go, then reap them: all told first, so one
 * that waits behind another (when a case failed) still gets its turn.
 */
static void finish_lockers(struct kunit *test, int n)
{
	int i, status = -1;

	for (i = 0; i < n; i++)
		WRITE_ONCE(lockers[i].release, 1);
	for (i = 0; i < n; i++)
		if (lockers[i].pid > 0)
			KUNIT_EXPECT_EQ(test, kernel_wait4(lockers[i].pid,
							   &status, 0, NULL),
					lockers[i].pid);
}

/* A trylock that must fail; if it did not, undo it so nothing hangs. */
static void expect_read_trylock_fails(struct kunit *test)
{
	int got = down_read_trylock(&ktest_sem);

	KUNIT_EXPECT_FALSE(test, got);
	if (got)
		up_read(&ktest_sem);
}

static void expect_write_trylock_fails(struct kunit *test)
{
	int got = down_write_trylock(&ktest_sem);

	KUNIT_EXPECT_FALSE(test, got);
	if (got)
		up_write(&ktest_sem);
}

/* @l is asleep on the lock, not in. */
static void expect_waits(struct kunit *test, struct ktest_locker *l)
{
	KUNIT_EXPECT_TRUE(test, wait_until(asleep_trying(l)));
	KUNIT_EXPECT_FALSE(test, READ_ONCE(l->in));
}

static void expect_gets_in(struct kunit *test, struct ktest_locker *l)
{
	KUNIT_EXPECT_TRUE(test, wait_until(READ_ONCE(l->in)));
}

static long readers(void)
{
	return atomic_long_read(&ktest_sem.count) >> RWSEM_READER_SHIFT;
}

static bool has_waiters(struct rw_semaphore *sem)
{
	return atomic_long_read(&sem->count) & RWSEM_FLAG_WAITERS;
}

static unsigned long sem_count(void)
{
	return atomic_long_read(&ktest_sem.count);
}

/*
 * How often wait_lock has been taken since init_rwsem(): the ticket
 * lock's next ticket counts every spin_lock() (modulo 2^16).
 */
static u16 wait_lock_taken(void)
{
	return READ_ONCE(ktest_sem.wait_lock.raw_lock.next);
}

static void rwsem_readers_share(struct kunit *test)
{
	struct ktest_locker *r;

	init_rwsem(&ktest_sem);
	down_read(&ktest_sem);
	r = start_locker(test, 0, OP_READ);
	/* the second reader gets in while we still hold it */
	expect_gets_in(test, r);
	KUNIT_EXPECT_EQ(test, readers(), 2);
	KUNIT_EXPECT_FALSE(test, has_waiters(&ktest_sem));
	up_read(&ktest_sem);
	finish_lockers(test, 1);
	KUNIT_EXPECT_FALSE(test, rwsem_is_locked(&ktest_sem));
}

/* We and lockers[0] hold it for read; lockers[1], a writer, waits. */
static void two_readers_and_a_writer(struct kunit *test,
				     struct ktest_locker **r,
				     struct ktest_locker **w)
{
	init_rwsem(&ktest_sem);
	down_read(&ktest_sem);
	*r = start_locker(test, 0, OP_READ);
	expect_gets_in(test, *r);
	*w = start_locker(test, 1, OP_WRITE);
	expect_waits(test, *w);
}

static void rwsem_writer_waits_for_readers(struct kunit *test)
{
	struct ktest_locker *r, *w;

	two_readers_and_a_writer(test, &r, &w);
	KUNIT_EXPECT_TRUE(test, has_waiters(&ktest_sem));
	/* one reader gone: still one there, the writer still waits */
	up_read(&ktest_sem);
	wait_until(READ_ONCE(w->in));
	KUNIT_EXPECT_FALSE(test, READ_ONCE(w->in));
	/* the last one gone: the writer is in, alone */
	WRITE_ONCE(r->release, 1);
	expect_gets_in(test, w);
	KUNIT_EXPECT_EQ(test, readers(), 0);
	KUNIT_EXPECT_PTR_EQ(test, ktest_sem.owner, find_task_by_pid(w->pid));
	finish_lockers(test, 2);
	KUNIT_EXPECT_FALSE(test, rwsem_is_locked(&ktest_sem));
}

static void rwsem_reader_queues_behind_writer(struct kunit *test)
{
	struct ktest_locker *w, *r;

	init_rwsem(&ktest_sem);
	down_read(&ktest_sem);
	w = start_locker(test, 0, OP_WRITE);
	KUNIT_EXPECT_TRUE(test, wait_until(asleep_trying(w)));
	/* only readers hold it, but a writer waits: the new reader queues */
	r = start_locker(test, 1, OP_READ);
	expect_waits(test, r);
	KUNIT_EXPECT_EQ(test, readers(), 1);
	/* we leave: the writer first, the reader still waits */
	up_read(&ktest_sem);
	expect_gets_in(test, w);
	KUNIT_EXPECT_FALSE(test, READ_ONCE(r->in));
	/* the writer leaves: the reader's turn */
	WRITE_ONCE(w->release, 1);
	expect_gets_in(test, r);
	KUNIT_EXPECT_LT(test, READ_ONCE(w->in), READ_ONCE(r->in));
	finish_lockers(test, 2);
	KUNIT_EXPECT_FALSE(test, rwsem_is_locked(&ktest_sem));
}

static void rwsem_downgrade_admits_readers(struct kunit *test)
{
	struct ktest_locker *r1, *r2;

	init_rwsem(&ktest_sem);
	down_write(&ktest_sem);
	r1 = start_locker(test, 0, OP_READ);
	r2 = start_locker(test, 1, OP_READ);
	KUNIT_EXPECT_TRUE(test, wait_until(asleep_trying(r1) &&
					   asleep_trying(r2)));
	KUNIT_EXPECT_FALSE(test, READ_ONCE(r1->in) || READ_ONCE(r2->in));
	/* now we only read: both get in beside us */
	downgrade_write(&ktest_sem);
	KUNIT_EXPECT_NULL(test, ktest_sem.owner);
	KUNIT_EXPECT_TRUE(test, wait_until(READ_ONCE(r1->in) &&
					   READ_ONCE(r2->in)));
	KUNIT_EXPECT_EQ(test, readers(), 3);
	KUNIT_EXPECT_FALSE(test, has_waiters(&ktest_sem));
	up_read(&ktest_sem);
	finish_lockers(test, 2);
	KUNIT_EXPECT_FALSE(test, rwsem_is_locked(&ktest_sem));
}

static void rwsem_trylocks(struct kunit *test)
{
	struct ktest_locker *w;

	init_rwsem(&ktest_sem);
	/* a writer excludes everyone */
	KUNIT_ASSERT_TRUE(test, down_write_trylock(&ktest_sem));
	expect_read_trylock_fails(test);
	expect_write_trylock_fails(test);
	up_write(&ktest_sem);
	/* readers admit readers, not writers */
	KUNIT_ASSERT_TRUE(test, down_read_trylock(&ktest_sem));
	expect_write_trylock_fails(test);
	KUNIT_ASSERT_TRUE(test, down_read_trylock(&ktest_sem));
	KUNIT_EXPECT_EQ(test, readers(), 2);
	up_read(&ktest_sem);
	/* with a writer queued, not even readers */
	w = start_locker(test, 0, OP_WRITE);
	KUNIT_EXPECT_TRUE(test, wait_until(asleep_trying(w)));
	expect_read_trylock_fails(test);
	KUNIT_EXPECT_EQ(test, readers(), 1);
	up_read(&ktest_sem);
	expect_gets_in(test, w);
	finish_lockers(test, 1);
	/* free again: either works */
	KUNIT_EXPECT_TRUE(test, down_write_trylock(&ktest_sem));
	up_write(&ktest_sem);
	KUNIT_EXPECT_FALSE(test, rwsem_is_locked(&ktest_sem));
}

/* Nobody contends: count alone changes, wait_lock is never taken. */
static void rwsem_uncontended_skips_wait_lock(struct kunit *test)
{
	init_rwsem(&ktest_sem);
	down_read(&ktest_sem);
	KUNIT_EXPECT_EQ(test, sem_count(), RWSEM_READER_BIAS);
	KUNIT_ASSERT_TRUE(test, down_read_trylock(&ktest_sem));
	KUNIT_EXPECT_EQ(test, sem_count(), 2 * RWSEM_READER_BIAS);
	expect_write_trylock_fails(test);
	up_read(&ktest_sem);
	up_read(&ktest_sem);
	KUNIT_EXPECT_EQ(test, sem_count(), RWSEM_UNLOCKED_VALUE);

	down_write(&ktest_sem);
	KUNIT_EXPECT_EQ(test, sem_count(), RWSEM_WRITER_LOCKED);
	KUNIT_EXPECT_PTR_EQ(test, ktest_sem.owner, current);
	expect_read_trylock_fails(test);
	downgrade_write(&ktest_sem);
	KUNIT_EXPECT_EQ(test, sem_count(), RWSEM_READER_BIAS);
	KUNIT_EXPECT_NULL(test, ktest_sem.owner);
	up_read(&ktest_sem);

	KUNIT_ASSERT_TRUE(test, down_write_trylock(&ktest_sem));
	up_write(&ktest_sem);
	KUNIT_EXPECT_EQ(test, sem_count(), RWSEM_UNLOCKED_VALUE);
	KUNIT_EXPECT_NULL(test, ktest_sem.owner);
	KUNIT_EXPECT_EQ(test, wait_lock_taken(), 0);
}

/*
 * Two readers hold it, a writer queues, a third reader comes: its fast
 * path sees the waiters bit and it queues behind the writer, its bias
 * given back. The first reader out leaves without wait_lock; the last
 * one out hands the lock to the writer, the writer to the reader.
 */
static void rwsem_fast_slow_boundary(struct kunit *test)
{
	struct ktest_locker *r, *w, *r2;
	u16 taken;

	two_readers_and_a_writer(test, &r, &w);
	KUNIT_EXPECT_EQ(test, sem_count(),
			2 * RWSEM_READER_BIAS | RWSEM_FLAG_WAITERS);
	r2 = start_locker(test, 2, OP_READ);
	expect_waits(test, r2);
	KUNIT_EXPECT_EQ(test, sem_count(),
			2 * RWSEM_READER_BIAS | RWSEM_FLAG_WAITERS);
	expect_read_trylock_fails(test);

	/* not the last reader: nothing to wake, no wait_lock */
	taken = wait_lock_taken();
	up_read(&ktest_sem);
	KUNIT_EXPECT_EQ(test, wait_lock_taken(), taken);
	KUNIT_EXPECT_EQ(test, sem_count(),
			RWSEM_READER_BIAS | RWSEM_FLAG_WAITERS);
	wait_until(READ_ONCE(w->in));
	KUNIT_EXPECT_FALSE(test, READ_ONCE(w->in));

	/* the last reader out wakes the writer; the reader still waits */
	WRITE_ONCE(r->release, 1);
	expect_gets_in(test, w);
	KUNIT_EXPECT_NE(test, wait_lock_taken(), taken);
	KUNIT_EXPECT_EQ(test, sem_count(),
			RWSEM_WRITER_LOCKED | RWSEM_FLAG_WAITERS);
	KUNIT_EXPECT_PTR_EQ(test, ktest_sem.owner, find_task_by_pid(w->pid));
	KUNIT_EXPECT_FALSE(test, READ_ONCE(r2->in));

	/* the writer's release admits the reader and empties the queue */
	WRITE_ONCE(w->release, 1);
	expect_gets_in(test, r2);
	KUNIT_EXPECT_EQ(test, sem_count(), RWSEM_READER_BIAS);
	KUNIT_EXPECT_TRUE(test, list_empty(&ktest_sem.wait_list));
	finish_lockers(test, 3);
	KUNIT_EXPECT_EQ(test, sem_count(), RWSEM_UNLOCKED_VALUE);
}

/* The held-lock stack, and the lockdep line an oops prints for it. */
static void rwsem_lockdep_tracks_it(struct kunit *test)
{
	struct task_struct *curr = current;
	unsigned int depth = curr->lockdep_depth;

	init_rwsem(&ktest_sem);
	KUNIT_EXPECT_STREQ(test, ktest_sem.dep_map.name, "&ktest_sem");
	KUNIT_EXPECT_EQ(test, ktest_sem.dep_map.wait_type_inner, LD_WAIT_SLEEP);
	down_read(&ktest_sem);
	KUNIT_EXPECT_EQ(test, curr->lockdep_depth, depth + 1);
	KUNIT_EXPECT_PTR_EQ(test, curr->held_locks[depth].instance,
			    &ktest_sem.dep_map);
	KUNIT_EXPECT_TRUE(test, lock_is_held(&ktest_sem.dep_map));
	up_read(&ktest_sem);
	KUNIT_EXPECT_EQ(test, curr->lockdep_depth, depth);
	KUNIT_EXPECT_FALSE(test, lock_is_held(&ktest_sem.dep_map));
}

/*
 * Taking it again while holding it: lockdep's report comes before the
 * wait would. A read after a read gets in (nobody waits), so the case
 * sees the report without deadlocking; a writer queueing between the two
 * would have made it one. Reports go out once per boot (an earlier oops
 * turned debug_locks off): it is switched on around the probe.
 */
static void rwsem_recursion_reported(struct kunit *test)
{
	int was = debug_locks;
	u64 mark = printk_log_pos();
	char line[128];

	init_rwsem(&ktest_sem);
	debug_locks = 1;
	down_read(&ktest_sem);
	down_read(&ktest_sem);
	KUNIT_EXPECT_EQ(test, readers(), 2);
	up_read(&ktest_sem);
	up_read(&ktest_sem);
	KUNIT_EXPECT_FALSE(test, debug_locks);
	debug_locks = was;
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark,
			"WARNING: possible recursive locking detected\n"));
	scnprintf(line, sizeof(line), "%s/%d is trying to acquire lock:\n",
		  current->comm, current->pid);
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark, line));
	scnprintf(line, sizeof(line), "%px (&ktest_sem){", &ktest_sem.dep_map);
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark, line));
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark, "  lock(&ktest_sem);\n"));
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark, " *** DEADLOCK ***\n"));
	KUNIT_EXPECT_FALSE(test, rwsem_is_locked(&ktest_sem));
}

static bool irqs_were_on;

static noinline void oops_holding_rwsems(void *mm)
{
	irqs_were_on = !irqs_disabled();
	down_read(&ktest_sem);
	mmap_write_lock(mm);
	lkdtm_EXCEPTION();
	mmap_write_unlock(mm);
	up_read(&ktest_sem);
}

/* Dying while holding them: reported as lockdep does, then released. */
static void rwsem_oops_releases_it(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	unsigned int depth = current->lockdep_depth;
	u64 mark = printk_log_pos();
	char line[160];

	KUNIT_ASSERT_NOT_NULL(test, mm);
	init_rwsem(&ktest_sem);
	KUNIT_ASSERT_TRUE(test, run_as_task("ktest", oops_holding_rwsems, mm));
	scnprintf(line, sizeof(line), " #0: %px (&ktest_sem){%s}-{3:3}, at: oops_holding_rwsems+0x",
		  &ktest_sem.dep_map, irqs_were_on ? ".+.+" : "....");
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark, line));
	scnprintf(line, sizeof(line), " #1: %px (&mm->mmap_lock){%s}-{3:3}, at: oops_holding_rwsems+0x",
		  &mm->mmap_lock.dep_map, irqs_were_on ? "+.+." : "....");
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark, line));
	KUNIT_EXPECT_FALSE(test, rwsem_is_locked(&ktest_sem));
	KUNIT_EXPECT_FALSE(test, rwsem_is_locked(&mm->mmap_lock));
	KUNIT_EXPECT_NULL(test, mm->mmap_lock.owner);
	KUNIT_EXPECT_EQ(test, current->lockdep_depth, depth);
	/* and both can be taken again */
	KUNIT_EXPECT_TRUE(test, down_write_trylock(&ktest_sem));
	up_write(&ktest_sem);
	KUNIT_EXPECT_TRUE(test, mmap_write_trylock(mm));
	mmap_write_unlock(mm);
	mmput(mm);
}

static int kthread_oops_holding_mmap_lock(void *mm)
{
	mmap_write_lock(mm);
	lkdtm_EXCEPTION();
	mmap_write_unlock(mm);
	return 0;
}

/*
 * No frame: the thread dies of SIGSEGV, and lets go of mmap_lock on the
 * way, so the mm's teardown (exit_mmap takes it for write) still runs.
 */
static void rwsem_oops_in_kthread_releases_mmap_lock(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	int status = -1;
	pid_t pid;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	pid = kernel_thread(kthread_oops_holding_mmap_lock, mm, "ktest-oops",
			    SIGCHLD);
	KUNIT_ASSERT_GT(test, pid, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, &status, 0, NULL), pid);
	KUNIT_EXPECT_EQ(test, status, SIGSEGV);
	/* still held (the case failed): leak the mm rather than wait forever */
	KUNIT_ASSERT_FALSE(test, rwsem_is_locked(&mm->mmap_lock));
	mmput(mm);
}

/* A fresh user mm with one anonymous page-sized VMA at *addr. */
static struct mm_struct *ktest_mm(struct kunit *test, unsigned long *addr)
{
	struct mm_struct *mm = mm_alloc();

	if (!mm)
		return NULL;
	kthread_use_mm(mm);
	*addr = vm_mmap(NULL, 0, PAGE_SIZE, PROT_READ | PROT_WRITE,
			MAP_ANONYMOUS | MAP_PRIVATE, 0);
	kthread_unuse_mm(mm);
	KUNIT_EXPECT_FALSE(test, IS_ERR_VALUE(*addr));
	return mm;
}

/* A thread of the mm writes to it: its fault waits for our write lock. */
static void mmap_lock_fault_waits_for_writer(struct kunit *test)
{
	struct ktest_locker *f;
	struct mm_struct *mm;
	unsigned long addr;

	mm = ktest_mm(test, &addr);
	KUNIT_ASSERT_NOT_NULL(test, mm);
	mmap_write_lock(mm);
	f = start_mm_op(test, 0, OP_FAULT, mm, addr);
	expect_waits(test, f);
	KUNIT_EXPECT_TRUE(test, has_waiters(&mm->mmap_lock));
	mmap_write_unlock(mm);
	/* the fault went through: the write landed, read back */
	expect_gets_in(test, f);
	KUNIT_EXPECT_EQ(test, f->ret, 0x5a);
	finish_lockers(test, 1);
	mmput(mm);
}

/* munmap and mmap change VMAs: they wait for our read lock. */
static void mmap_lock_mmap_munmap_wait_for_reader(struct kunit *test)
{
	unsigned long addr, other;
	struct ktest_locker *l;
	struct mm_struct *mm;

	mm = ktest_mm(test, &addr);
	KUNIT_ASSERT_NOT_NULL(test, mm);
	other = addr - 16 * PAGE_SIZE;

	mmap_read_lock(mm);
	l = start_mm_op(test, 0, OP_MUNMAP, mm, addr);
	expect_waits(test, l);
	KUNIT_EXPECT_NOT_NULL(test, find_vma_intersection(mm, addr,
							  addr + PAGE_SIZE));
	mmap_read_unlock(mm);
	expect_gets_in(test, l);
	KUNIT_EXPECT_EQ(test, l->ret, 0);
	finish_lockers(test, 1);

	mmap_read_lock(mm);
	KUNIT_EXPECT_NULL(test, find_vma_intersection(mm, addr,
						      addr + PAGE_SIZE));
	l = start_mm_op(test, 0, OP_MMAP, mm, other);
	expect_waits(test, l);
	KUNIT_EXPECT_NULL(test, find_vma_intersection(mm, other,
						      other + PAGE_SIZE));
	mmap_read_unlock(mm);
	expect_gets_in(test, l);
	KUNIT_EXPECT_EQ(test, l->ret, (long)other);
	finish_lockers(test, 1);
	mmput(mm);
}

static struct kunit_case rwsem_cases[] = {
	KUNIT_CASE(rwsem_readers_share),
	KUNIT_CASE(rwsem_writer_waits_for_readers),
	KUNIT_CASE(rwsem_reader_queues_behind_writer),
	KUNIT_CASE(rwsem_downgrade_admits_readers),
	KUNIT_CASE(rwsem_trylocks),
	KUNIT_CASE(rwsem_uncontended_skips_wait_lock),
	KUNIT_CASE(rwsem_fast_slow_boundary),
	KUNIT_CASE(rwsem_lockdep_tracks_it),
	KUNIT_CASE(rwsem_recursion_reported),
	KUNIT_CASE(rwsem_oops_releases_it),
	KUNIT_CASE(rwsem_oops_in_kthread_releases_mmap_lock),
	KUNIT_CASE(mmap_lock_fault_waits_for_writer),
	KUNIT_CASE(mmap_lock_mmap_munmap_wait_for_reader),
	{}
};

static struct kunit_suite rwsem_suite = {
	.name = "rwsem",
	.test_cases = rwsem_cases,
};
kunit_test_suite(rwsem_suite);
