// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/sched_kunit.c - tasks, the scheduler and ASIDs, from the
 * kernel side (user programs test the rest, tests/user/).
 *
 * - a task that exits gives back its task_struct and kernel stack once
 *   reaped: the free page count returns exactly;
 * - a task's kernel stack counts in NR_KERNEL_STACK_KB while it lives;
 * - wait4 for a non-child is -ECHILD;
 * - fork links the child, and wait4 unlinks it, holding tasklist_lock
 *   for writing (their lockdep assertions stay quiet);
 * - the ASID allocator hands out distinct ASIDs, starts a new generation
 *   (and flushes) when they run out, keeps the ASID that was active at
 *   the rollover, and re-gives an mm its old number when it's free.
 */
#include <kunit/test.h>
#include <linux/console.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/task.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/umh.h>
#include <asm/mmu_context.h>
#include <tinymm/test_hooks.h>

static int kthread_fn(void *arg)
{
	*(int *)arg = current->pid;
	return 7;
}

static void sched_kthread_exit_frees_everything(struct kunit *test)
{
	unsigned long before = nr_free_pages_settled();
	int ran_as = 0, status = -1;
	pid_t pid;

	pid = kernel_thread(kthread_fn, &ran_as, "ktest-thread", SIGCHLD);
	KUNIT_ASSERT_GT(test, pid, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, &status, 0, NULL), pid);
	KUNIT_EXPECT_EQ(test, ran_as, pid);
	KUNIT_EXPECT_EQ(test, status, 7 << 8);	/* exit code 7 */
	read_lock(&tasklist_lock);
	KUNIT_EXPECT_NULL(test, find_task_by_pid(pid));
	read_unlock(&tasklist_lock);
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), before);
}

static int tasklist_fn(void *arg)
{
	struct task_struct *p;
	bool found = false;

	read_lock(&tasklist_lock);
	for_each_process(p)
		found |= p == current;
	read_unlock(&tasklist_lock);
	*(bool *)arg = found;
	return 0;
}

/*
 * The task list changes only under tasklist_lock for writing: link_task()
 * and __unhash_process() assert it (a WARNING names them otherwise), and
 * the child finds itself on the list, read under the lock.
 */
static void sched_fork_exit_hold_tasklist_lock(struct kunit *test)
{
	u64 mark = printk_log_pos();
	bool found = false;
	int status;
	pid_t pid;

	pid = kernel_thread(tasklist_fn, &found, "ktest-tasklist", SIGCHLD);
	KUNIT_ASSERT_GT(test, pid, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, &status, 0, NULL), pid);
	KUNIT_EXPECT_TRUE(test, found);
	KUNIT_EXPECT_FALSE(test, printk_log_contains(mark, "WARNING:"));
	KUNIT_EXPECT_FALSE(test, rwlock_is_locked(&tasklist_lock));
}

static int kstack_fn(void *arg)
{
	*(unsigned long *)arg = global_node_page_state(NR_KERNEL_STACK_KB);
	return 0;
}

/* meminfo's KernelStack: a task's stack counts while the task lives. */
static void sched_kernel_stack_accounted(struct kunit *test)
{
	unsigned long before = global_node_page_state(NR_KERNEL_STACK_KB);
	unsigned long during = 0;
	int status;
	pid_t pid;

	pid = kernel_thread(kstack_fn, &during, "ktest-kstack", SIGCHLD);
	KUNIT_ASSERT_GT(test, pid, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, &status, 0, NULL), pid);
	KUNIT_EXPECT_EQ(test, during, before + THREAD_SIZE / 1024);
	KUNIT_EXPECT_EQ(test, global_node_page_state(NR_KERNEL_STACK_KB), before);
}

static void sched_wait_no_child(struct kunit *test)
{
	int status;

	KUNIT_EXPECT_EQ(test, kernel_wait4(99999, &status, 0, NULL),
			(long)-ECHILD);
}

static void sched_umh_missing_program(struct kunit *test)
{
	char *argv[] = { "/bin/nonexistent", NULL };

	KUNIT_EXPECT_EQ(test, call_usermodehelper(argv[0], argv, NULL,
						  UMH_WAIT_PROC), -ENOENT);
}

/*
 * A fake mm whose id is reset to 0 before each call asks for a fresh ASID
 * every time; after 2^bits - 1 of them the generation must roll over.
 */
static void sched_asid_rollover(struct kunit *test)
{
	struct mm_struct *first, *churn, *keep;
	unsigned long n, i;
	u64 gen0, first_id, prev_id = 0, mid_id = 0, id = 0, churn_id;

	first = kzalloc(sizeof(*first), GFP_KERNEL);
	churn = kzalloc(sizeof(*churn), GFP_KERNEL);
	keep = kzalloc(sizeof(*keep), GFP_KERNEL);
	KUNIT_ASSERT_TRUE(test, first && churn && keep);
	n = 1UL << asid_bits_in_use();
	gen0 = asid_generation_now();
	first_id = asid_update_context(first);
	KUNIT_EXPECT_NE(test, first_id & 0xffff, 0);	/* 0 is reserved */
	for (i = 1; i <= n; i++) {
		prev_id = id;
		atomic64_set(&churn->context.id, 0);
		id = asid_update_context(churn);
		if (i == n / 2)
			mid_id = id;
		if (asid_generation_now() != gen0)
			break;
	}
	churn_id = id;
	KUNIT_EXPECT_NE(test, asid_generation_now(), gen0);
	/* ASID 0 is never handed out, and the first mm holds one more */
	KUNIT_EXPECT_LE(test, i, n - 1);
	KUNIT_EXPECT_GT(test, i, n / 2);
	/* the ASID active at the rollover stays with its mm */
	atomic64_set(&keep->context.id, prev_id);
	id = asid_update_context(keep);
	KUNIT_EXPECT_EQ(test, id & 0xffff, prev_id & 0xffff);
	KUNIT_EXPECT_EQ(test, id & ~0xffffULL, asid_generation_now());
	/* an mm of the old generation gets its old number back if free */
	atomic64_set(&first->context.id, mid_id);
	id = asid_update_context(first);
	KUNIT_EXPECT_EQ(test, id & 0xffff, mid_id & 0xffff);
	KUNIT_EXPECT_EQ(test, id & ~0xffffULL, asid_generation_now());
	/* and no two live mms share one */
	KUNIT_EXPECT_NE(test, churn_id & 0xffff, prev_id & 0xffff);
	KUNIT_EXPECT_NE(test, churn_id & 0xffff, mid_id & 0xffff);
	kunit_info(test, "%u-bit ASIDs: rollover after %lu allocations",
		   asid_bits_in_use(), i);
	kfree(first);
	kfree(churn);
	kfree(keep);
}

static struct kunit_case sched_cases[] = {
	KUNIT_CASE(sched_kthread_exit_frees_everything),
	KUNIT_CASE(sched_kernel_stack_accounted),
	KUNIT_CASE(sched_fork_exit_hold_tasklist_lock),
	KUNIT_CASE(sched_wait_no_child),
	KUNIT_CASE(sched_umh_missing_program),
	KUNIT_CASE(sched_asid_rollover),
	{}
};

static struct kunit_suite sched_suite = {
	.name = "sched",
	.test_cases = sched_cases,
};
kunit_test_suite(sched_suite);
