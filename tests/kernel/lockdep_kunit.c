// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/lockdep_kunit.c - the held-lock stack: spin_lock() pushes,
 * spin_unlock() pops (in any order), an oops report lists what the dying
 * code held in lockdep's format, and the oops unwinder lets go of exactly
 * the locks taken inside the killed frame, so the next command that needs
 * one of them (slabinfo needs slab_mutex) still runs; here it prints to
 * the log, which keeps the KTAP output whole. An rwlock's holds go on the
 * same stack (read holds nest), and the unwinder lets go of an rwlock as
 * it was held: tasklist_lock left held for reading would stop every fork.
 * Linux counterpart: lib/locking-selftest.c checks lockdep's bookkeeping
 * the same way, lock by lock; the unwinding is tinymm's (kernel/exit.c).
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/debug_locks.h>
#include <linux/lockdep.h>
#include <linux/sched.h>
#include <linux/sched/task.h>
#include <linux/signal.h>
#include <linux/smp.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <kunit/test.h>
#include <tinymm/lkdtm.h>
#include <tinymm/shell.h>
#include <tinymm/test_hooks.h>
#include "slab.h"

static DEFINE_SPINLOCK(ktest_lock_a);
static DEFINE_SPINLOCK(ktest_lock_b);

static bool irqs_were_on;	/* as ktest_lock_a was taken */

#define EXPECT_LOG(test, mark, text) \
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark, text))

static void lockdep_names(struct kunit *test)
{
	struct { spinlock_t lock; } s;

	spin_lock_init(&s.lock);
	KUNIT_EXPECT_STREQ(test, ktest_lock_a.dep_map.name, "ktest_lock_a");
	KUNIT_EXPECT_STREQ(test, s.lock.dep_map.name, "&s.lock");
}

/* Pushed in order, popped from anywhere, the rest closing up. */
static void lockdep_push_pop(struct kunit *test)
{
	struct task_struct *curr = current;
	unsigned int depth = curr->lockdep_depth;

	spin_lock(&ktest_lock_a);
	spin_lock(&ktest_lock_b);
	KUNIT_EXPECT_EQ(test, curr->lockdep_depth, depth + 2);
	KUNIT_EXPECT_PTR_EQ(test, curr->held_locks[depth].instance,
			    &ktest_lock_a.dep_map);
	KUNIT_EXPECT_PTR_EQ(test, curr->held_locks[depth + 1].instance,
			    &ktest_lock_b.dep_map);
	spin_unlock(&ktest_lock_a);
	KUNIT_EXPECT_EQ(test, curr->lockdep_depth, depth + 1);
	KUNIT_EXPECT_PTR_EQ(test, curr->held_locks[depth].instance,
			    &ktest_lock_b.dep_map);
	spin_unlock(&ktest_lock_b);
	KUNIT_EXPECT_EQ(test, curr->lockdep_depth, depth);
}

/* Dies holding two locks, one of them the slab caches' list lock. */
static noinline void oops_holding_locks(void *unused)
{
	unsigned long flags;

	irqs_were_on = !irqs_disabled();
	spin_lock(&ktest_lock_a);
	spin_lock_irqsave(&slab_mutex, flags);
	lkdtm_EXCEPTION();
	spin_unlock_irqrestore(&slab_mutex, flags);
	spin_unlock(&ktest_lock_a);
}

static void lockdep_oops_releases_locks(struct kunit *test)
{
	unsigned int depth = current->lockdep_depth;
	bool irqs_off = irqs_disabled();
	u64 mark = printk_log_pos();
	char line[160];

	KUNIT_ASSERT_TRUE(test, run_as_task("ktest", oops_holding_locks, NULL));
	scnprintf(line, sizeof(line), "2 locks held by ktest/%d:\n",
		  current->pid);
	EXPECT_LOG(test, mark, line);
	scnprintf(line, sizeof(line),
		  " #0: %px (ktest_lock_a){%s}-{2:2}, at: oops_holding_locks+0x",
		  &ktest_lock_a.dep_map, irqs_were_on ? "+.+." : "....");
	EXPECT_LOG(test, mark, line);
	/* '-' once a CPU's slab reap timer took it in hard-IRQ context */
	scnprintf(line, sizeof(line), " #1: %px (%s){%c...}-{2:2}, at: oops_holding_locks+0x",
		  &slab_mutex.dep_map, slab_mutex.dep_map.name,
		  slab_mutex.dep_map.usage_mask & LOCKF_USED_IN_HARDIRQ ? '-' : '.');
	EXPECT_LOG(test, mark, line);
	/* the killed code's locks are free again, irqs as they were */
	KUNIT_ASSERT_FALSE(test, spin_is_locked(&slab_mutex));
	KUNIT_EXPECT_FALSE(test, spin_is_locked(&ktest_lock_a));
	KUNIT_EXPECT_EQ(test, current->lockdep_depth, depth);
	KUNIT_EXPECT_EQ(test, irqs_disabled(), irqs_off);
	/* and what the slabinfo command runs, which takes slab_mutex, works */
	mark = printk_log_pos();
	KUNIT_EXPECT_EQ(test, printk_show(slabinfo_show, NULL), 0);
	EXPECT_LOG(test, mark, "slabinfo - version: 2.1\n");
}

static noinline void bug_holding_lock_b(void *unused)
{
	spin_lock(&ktest_lock_b);
	lkdtm_BUG();
	spin_unlock(&ktest_lock_b);
}

/* A lock taken before the frame began is the caller's: it stays held. */
static void lockdep_oops_keeps_outer_locks(struct kunit *test)
{
	struct task_struct *curr = current;
	unsigned int depth = curr->lockdep_depth;

	spin_lock(&ktest_lock_a);
	KUNIT_EXPECT_TRUE(test, run_as_task("ktest", bug_holding_lock_b, NULL));
	KUNIT_EXPECT_TRUE(test, spin_is_locked(&ktest_lock_a));
	KUNIT_EXPECT_FALSE(test, spin_is_locked(&ktest_lock_b));
	KUNIT_EXPECT_EQ(test, curr->lockdep_depth, depth + 1);
	KUNIT_EXPECT_PTR_EQ(test, curr->held_locks[depth].instance,
			    &ktest_lock_a.dep_map);
	spin_unlock(&ktest_lock_a);
	KUNIT_EXPECT_EQ(test, curr->lockdep_depth, depth);
}

static int kthread_oops_holding_lock_b(void *unused)
{
	spin_lock(&ktest_lock_b);
	lkdtm_EXCEPTION();
	spin_unlock(&ktest_lock_b);
	return 0;
}

/* No frame: the task dies of SIGSEGV, and still not holding the lock. */
static void lockdep_oops_in_kthread_releases_locks(struct kunit *test)
{
	u64 mark = printk_log_pos();
	int status = -1;
	char line[64];
	pid_t pid;

	pid = kernel_thread(kthread_oops_holding_lock_b, NULL, "ktest-oops",
			    SIGCHLD);
	KUNIT_ASSERT_GT(test, pid, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, &status, 0, NULL), pid);
	KUNIT_EXPECT_EQ(test, status, SIGSEGV);
	scnprintf(line, sizeof(line), "1 lock held by ktest-oops/%d:\n", pid);
	EXPECT_LOG(test, mark, line);
	KUNIT_EXPECT_FALSE(test, spin_is_locked(&ktest_lock_b));
}

static DEFINE_RWLOCK(ktest_rw);

/* Readers share and nest, each hold on the stack; a writer excludes. */
static void lockdep_rwlock_push_pop(struct kunit *test)
{
	struct task_struct *curr = current;
	unsigned int depth = curr->lockdep_depth;

	read_lock(&ktest_rw);
	read_lock(&ktest_rw);
	KUNIT_EXPECT_EQ(test, curr->lockdep_depth, depth + 2);
	KUNIT_EXPECT_PTR_EQ(test, curr->held_locks[depth + 1].instance,
			    &ktest_rw.dep_map);
	KUNIT_EXPECT_TRUE(test, rwlock_is_locked(&ktest_rw));
	KUNIT_EXPECT_FALSE(test, rwlock_is_write_locked(&ktest_rw));
	read_unlock(&ktest_rw);
	KUNIT_EXPECT_TRUE(test, rwlock_is_locked(&ktest_rw));
	read_unlock(&ktest_rw);
	KUNIT_EXPECT_FALSE(test, rwlock_is_locked(&ktest_rw));
	/* taken for reading with irqs on: the _READ "enabled" bits */
	KUNIT_EXPECT_EQ(test, ktest_rw.dep_map.usage_mask,
			(LOCKF_ENABLED_HARDIRQ | LOCKF_ENABLED_SOFTIRQ) <<
			LOCK_USAGE_READ_MASK);

	write_lock_irq(&ktest_rw);
	KUNIT_EXPECT_TRUE(test, rwlock_is_write_locked(&ktest_rw));
	KUNIT_EXPECT_TRUE(test, lock_is_held(&ktest_rw.dep_map));
	write_unlock_irq(&ktest_rw);
	KUNIT_EXPECT_FALSE(test, rwlock_is_locked(&ktest_rw));
	KUNIT_EXPECT_EQ(test, curr->lockdep_depth, depth);
}

/* Dies holding the task list for reading and another rwlock for writing. */
static noinline void oops_holding_rwlocks(void *unused)
{
	read_lock(&tasklist_lock);
	write_lock_irq(&ktest_rw);
	lkdtm_EXCEPTION();
	write_unlock_irq(&ktest_rw);
	read_unlock(&tasklist_lock);
}

static int ktest_exit_fn(void *unused)
{
	return 0;
}

static void lockdep_oops_releases_rwlocks(struct kunit *test)
{
	unsigned int depth = current->lockdep_depth;
	u64 mark = printk_log_pos();
	int status = -1;
	char line[160];
	pid_t pid;

	KUNIT_ASSERT_TRUE(test, run_as_task("ktest", oops_holding_rwlocks, NULL));
	scnprintf(line, sizeof(line), "2 locks held by ktest/%d:\n",
		  current->pid);
	EXPECT_LOG(test, mark, line);
	scnprintf(line, sizeof(line), " #0: %px (tasklist_lock){",
		  &tasklist_lock.dep_map);
	EXPECT_LOG(test, mark, line);
	scnprintf(line, sizeof(line), " #1: %px (ktest_rw){",
		  &ktest_rw.dep_map);
	EXPECT_LOG(test, mark, line);
	KUNIT_EXPECT_FALSE(test, rwlock_is_locked(&ktest_rw));
	KUNIT_EXPECT_EQ(test, current->lockdep_depth, depth);
	/* a fork takes tasklist_lock for writing: it must be free again */
	KUNIT_ASSERT_FALSE(test, rwlock_is_locked(&tasklist_lock));
	pid = kernel_thread(ktest_exit_fn, NULL, "ktest-fork", SIGCHLD);
	KUNIT_ASSERT_GT(test, pid, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, &status, 0, NULL), pid);
}

#ifdef CONFIG_DEBUG_SPINLOCK
static DEFINE_SPINLOCK(ktest_lock_c);

/*
 * The reports go out once per boot (debug_locks_off()) and an earlier
 * oops test has turned debug_locks off: switch it on around each probe.
 */
static int debug_locks_on(void)
{
	int was = debug_locks;

	debug_locks = 1;
	return was;
}

/* "BUG: spinlock <msg> on CPU#0, <comm>/<pid>" for the running task */
static void expect_spin_bug(struct kunit *test, u64 mark, const char *msg)
{
	char line[96];

	snprintf(line, sizeof(line), "BUG: spinlock %s on CPU#%d, %s/%d", msg,
		 smp_processor_id(), current->comm, current->pid);
	EXPECT_LOG(test, mark, line);
}

/*
 * Taking a lock we hold: the check before the spin reports it. The test
 * calls that check alone, as the second spin_lock() would, instead of
 * spinning forever after it.
 */
static void spinlock_recursion_reported(struct kunit *test)
{
	int was = debug_locks_on();
	u64 mark = printk_log_pos();
	char owner[80], lock[40];

	spin_lock(&ktest_lock_c);
	debug_spin_lock_before(&ktest_lock_c);
	spin_unlock(&ktest_lock_c);
	expect_spin_bug(test, mark, "recursion");
	snprintf(owner, sizeof(owner), ".magic: dead4ead, .owner: %s/%d, .owner_cpu: %d",
		 current->comm, current->pid, smp_processor_id());
	/* %pS: kallsyms holds no data symbols, so a lock shows as its address */
	snprintf(lock, sizeof(lock), " lock: 0x%lx,", (unsigned long)&ktest_lock_c);
	EXPECT_LOG(test, mark, lock);
	EXPECT_LOG(test, mark, owner);
	KUNIT_EXPECT_FALSE(test, debug_locks);
	debug_locks = was;
}

/* Releasing a free lock is reported and leaves the lock working. */
static void spinlock_already_unlocked(struct kunit *test)
{
	int was = debug_locks_on();
	u64 mark = printk_log_pos();

	do_raw_spin_unlock(&ktest_lock_c);
	expect_spin_bug(test, mark, "already unlocked");
	EXPECT_LOG(test, mark, ".owner: <none>/-1, .owner_cpu: -1");
	KUNIT_EXPECT_FALSE(test, spin_is_locked(&ktest_lock_c));
	spin_lock(&ktest_lock_c);
	KUNIT_EXPECT_TRUE(test, spin_is_locked(&ktest_lock_c));
	spin_unlock(&ktest_lock_c);
	KUNIT_EXPECT_FALSE(test, spin_is_locked(&ktest_lock_c));
	debug_locks = was;
}

/* A lock in memory nobody spin_lock_init()ed has no magic. */
static void spinlock_bad_magic(struct kunit *test)
{
	int was = debug_locks_on();
	u64 mark = printk_log_pos();
	spinlock_t raw;

	memset(&raw, 0, sizeof(raw));
	do_raw_spin_lock(&raw);
	do_raw_spin_unlock(&raw);
	expect_spin_bug(test, mark, "bad magic");
	EXPECT_LOG(test, mark, ".magic: 00000000");
	KUNIT_EXPECT_FALSE(test, spin_is_locked(&raw));
	debug_locks = was;
}
#else
static void spinlock_debug_off(struct kunit *test)
{
	kunit_skip(test, "built without DEBUG_SPINLOCK");
}
#endif

static struct kunit_case lockdep_cases[] = {
	KUNIT_CASE(lockdep_names),
	KUNIT_CASE(lockdep_push_pop),
	KUNIT_CASE(lockdep_oops_releases_locks),
	KUNIT_CASE(lockdep_oops_keeps_outer_locks),
	KUNIT_CASE(lockdep_oops_in_kthread_releases_locks),
	KUNIT_CASE(lockdep_rwlock_push_pop),
	KUNIT_CASE(lockdep_oops_releases_rwlocks),
#ifdef CONFIG_DEBUG_SPINLOCK
	KUNIT_CASE(spinlock_recursion_reported),
	KUNIT_CASE(spinlock_already_unlocked),
	KUNIT_CASE(spinlock_bad_magic),
#else
	KUNIT_CASE(spinlock_debug_off),
#endif
	{}
};

static struct kunit_suite lockdep_suite = {
	.name = "lockdep",
	.test_cases = lockdep_cases,
};
kunit_test_suite(lockdep_suite);
