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
 *   the rollover, and re-gives an mm its old number when it's free;
 * - per CPU: an ASID live on another CPU survives this CPU's rollovers,
 *   each CPU flushes its own TLB once after one, and switch_mm() marks
 *   the CPU in mm_cpumask();
 * - a kernel thread bound to CPU 1 and woken from CPU 0 runs on CPU 1,
 *   which the waker interrupts with IPI_RESCHEDULE; user space may not
 *   move a bound thread; a signal sent to a task running on another CPU
 *   interrupts that CPU (kick_process).
 */
#include <kunit/test.h>
#include <linux/console.h>
#include <linux/errno.h>
#include <linux/irq.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/task.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/umh.h>
#include <asm/mmu_context.h>
#include <asm/system_misc.h>
#include <asm/tlbflush.h>
#include <tinymm/test_hooks.h>

#define IPI_RESCHEDULE	0	/* arch/arm64/kernel/smp.c's enum */

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
	*(unsigned long *)arg = global_node_page_state_settled(NR_KERNEL_STACK_KB);
	return 0;
}

/* meminfo's KernelStack: a task's stack counts while the task lives. */
static void sched_kernel_stack_accounted(struct kunit *test)
{
	unsigned long before = global_node_page_state_settled(NR_KERNEL_STACK_KB);
	unsigned long during = 0;
	int status;
	pid_t pid;

	pid = kernel_thread(kstack_fn, &during, "ktest-kstack", SIGCHLD);
	KUNIT_ASSERT_GT(test, pid, 0);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, &status, 0, NULL), pid);
	KUNIT_EXPECT_EQ(test, during, before + THREAD_SIZE / 1024);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_KERNEL_STACK_KB), before);
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

#define ASID_NR(id)	((id) & 0xffff)

/*
 * Fresh ASIDs on this CPU until the generation after @gen starts; returns
 * it. *@handed_out is set if one numbered as @avoid came out during @gen.
 */
static u64 churn_generation(struct mm_struct *churn, u64 gen, u64 avoid,
			    bool *handed_out)
{
	unsigned long i, n = 1UL << asid_bits_in_use();
	u64 id;

	for (i = 0; i <= n && asid_generation_now() == gen; i++) {
		atomic64_set(&churn->context.id, 0);
		id = asid_update_context(churn);
		if (asid_generation_now() == gen && ASID_NR(id) == ASID_NR(avoid))
			*handed_out = true;
	}
	return asid_generation_now();
}

/*
 * An mm live on CPU 1 while CPU 0 rolls the generation over keeps its
 * ASID: flush_context() reserves it for CPU 1, no other mm gets that
 * number in the new generation, nor after a second rollover (CPU 1 has
 * not switched since, so its reserved copy is the only trace), and CPU 1
 * owes a TLB flush before its next switch while CPU 0 paid its own. CPU
 * 1 must load no user mm meanwhile, so the test runs on CPU 0, takes
 * CPU 1 out of the active mask while it idles (as hotplug's
 * sched_cpu_deactivate() does: no task is placed there) and writes its
 * active_asids entry the way its own switch would.
 */
static void sched_asid_rollover_keeps_remote(struct kunit *test)
{
	struct mm_struct *remote, *churn;
	u64 remote_id, gen0, gen1, gen2, id;
	bool handed_out = false, was_active;
	cpumask_t saved;

	if (!cpu_online(1))
		kunit_skip(test, "needs a second online CPU");
	cpumask_copy(&saved, &current->cpus_mask);
	KUNIT_ASSERT_EQ(test, set_cpus_allowed_ptr(current, cpumask_of(0)), 0);
	was_active = cpu_active(1);
	set_cpu_active(1, false);
	if (!idle_cpu(1)) {
		set_cpu_active(1, was_active);
		set_cpus_allowed_ptr(current, &saved);
		kunit_skip(test, "CPU 1 is busy");
	}
	sched_drop_lazy_mms();	/* CPU 1 on init_mm: no user ASID loaded */
	/* from here on, failures go to the end: CPU 1 must come back */
	remote = kzalloc(sizeof(*remote), GFP_KERNEL);
	churn = kzalloc(sizeof(*churn), GFP_KERNEL);
	KUNIT_EXPECT_TRUE(test, remote && churn);
	if (!remote || !churn)
		goto out;
	remote_id = asid_update_context(remote);
	atomic64_set(&per_cpu(active_asids, 1), remote_id);

	gen0 = asid_generation_now();
	gen1 = churn_generation(churn, gen0, 0, &handed_out);
	KUNIT_EXPECT_NE(test, gen1, gen0);
	if (gen1 == gen0)
		goto out;
	KUNIT_EXPECT_EQ(test, atomic64_read(&per_cpu(active_asids, 1)), 0);
	KUNIT_EXPECT_EQ(test, per_cpu(reserved_asids, 1), remote_id);
	KUNIT_EXPECT_TRUE(test, cpumask_test_cpu(1, &tlb_flush_pending));
	KUNIT_EXPECT_FALSE(test, cpumask_test_cpu(smp_processor_id(),
						  &tlb_flush_pending));

	gen2 = churn_generation(churn, gen1, remote_id, &handed_out);
	KUNIT_EXPECT_NE(test, gen2, gen1);
	KUNIT_EXPECT_FALSE(test, handed_out);
	KUNIT_EXPECT_EQ(test, per_cpu(reserved_asids, 1), remote_id);

	/* remote is switched in again: its number, this generation */
	id = asid_update_context(remote);
	KUNIT_EXPECT_EQ(test, ASID_NR(id), ASID_NR(remote_id));
	KUNIT_EXPECT_EQ(test, id & ~0xffffULL, gen2);
	KUNIT_EXPECT_EQ(test, per_cpu(reserved_asids, 1), id);
out:
	/* CPU 1 as after a rollover: no live ASID, a flush pending */
	atomic64_set(&per_cpu(active_asids, 1), 0);
	per_cpu(reserved_asids, 1) = 0;
	set_cpu_active(1, was_active);
	KUNIT_EXPECT_EQ(test, set_cpus_allowed_ptr(current, &saved), 0);
	kfree(remote);
	kfree(churn);
}

/*
 * After another CPU's rollover this CPU's active_asids entry is 0 and
 * its flush is pending. A switch to an mm of the current generation
 * must then leave the lock-free path, flush and clear the pending bit;
 * here CPU 0 is put in that state by hand, as flush_context() on another
 * CPU would leave it.
 */
static void sched_asid_switch_after_remote_rollover(struct kunit *test)
{
	struct mm_struct *a, *b;
	u64 a_id, b_id;

	a = kzalloc(sizeof(*a), GFP_KERNEL);
	b = kzalloc(sizeof(*b), GFP_KERNEL);
	KUNIT_ASSERT_TRUE(test, a && b);
	a_id = asid_update_context(a);
	b_id = asid_update_context(b);
	KUNIT_ASSERT_EQ(test, a_id & ~0xffffULL, b_id & ~0xffffULL);

	atomic64_set(this_cpu_ptr(&active_asids), 0);
	cpumask_set_cpu(smp_processor_id(), &tlb_flush_pending);
	KUNIT_EXPECT_EQ(test, asid_update_context(a), a_id);
	KUNIT_EXPECT_FALSE(test, cpumask_test_cpu(smp_processor_id(),
						  &tlb_flush_pending));
	KUNIT_EXPECT_EQ(test, atomic64_read(this_cpu_ptr(&active_asids)),
			a_id);
	/* an ordinary switch in the same generation keeps the ids */
	KUNIT_EXPECT_EQ(test, asid_update_context(b), b_id);
	KUNIT_EXPECT_EQ(test, atomic64_read(this_cpu_ptr(&active_asids)),
			b_id);
	kfree(a);
	kfree(b);
}

/*
 * switch_mm() records the CPU in mm_cpumask(): a fresh mm loaded on
 * this CPU and then left has exactly this CPU in its mask.
 */
static void sched_switch_mm_marks_cpu(struct kunit *test)
{
	struct mm_struct *prev = current->active_mm, *mm = mm_alloc();
	unsigned long flags;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	KUNIT_EXPECT_EQ(test, cpumask_weight(mm_cpumask(mm)), 0);
	local_irq_save(flags);
	switch_mm(prev, mm, current);
	switch_mm(mm, prev, current);
	local_irq_restore(flags);
	KUNIT_EXPECT_TRUE(test, cpumask_test_cpu(smp_processor_id(),
						 mm_cpumask(mm)));
	KUNIT_EXPECT_EQ(test, cpumask_weight(mm_cpumask(mm)), 1);
	KUNIT_EXPECT_NE(test, ASID(mm), 0);
	mmput(mm);
}

struct bound_thread {
	int go;		/* set before the wake-up */
	int cpu;	/* where it ran once woken */
	int spin;	/* then spin (never scheduling) until stop is set */
	int stop;
};

/* Sleep until told to go, then say where we run (and maybe spin there). */
static int bound_fn(void *arg)
{
	struct bound_thread *b = arg;

	for (;;) {
		set_current_state(TASK_UNINTERRUPTIBLE);
		if (READ_ONCE(b->go))
			break;
		schedule();
	}
	set_current_state(TASK_RUNNING);
	smp_store_release(&b->cpu, smp_processor_id());
	while (READ_ONCE(b->spin) && !READ_ONCE(b->stop))
		cpu_relax();
	return 0;
}

/*
 * Start bound_fn() as a kernel thread bound to CPU 1, asleep; the caller
 * runs pinned to CPU 0 until it restores @saved. Returns the task with a
 * reference, or NULL.
 */
static struct task_struct *start_bound_thread(struct kunit *test,
					      struct bound_thread *b,
					      cpumask_t *saved)
{
	struct task_struct *p = NULL;
	pid_t pid;

	cpumask_copy(saved, &current->cpus_mask);
	KUNIT_ASSERT_EQ(test, set_cpus_allowed_ptr(current, cpumask_of(0)), 0);
	KUNIT_EXPECT_EQ(test, smp_processor_id(), 0);
	pid = kernel_thread(bound_fn, b, "ktest-bound", SIGCHLD);
	if (pid > 0)
		p = find_get_task_by_vpid(pid);
	KUNIT_EXPECT_NOT_NULL(test, p);
	if (!p)
		return NULL;
	/* kthread_bind() wants it asleep: until then it is only starting */
	while (READ_ONCE(p->__state) != TASK_UNINTERRUPTIBLE)
		schedule();
	kthread_bind(p, 1);
	return p;
}

/*
 * A kernel thread asleep, bound to CPU 1 with kthread_bind(), woken by
 * this test pinned on CPU 0: it must run on CPU 1 (the wake-up queues
 * it there) and CPU 1 must have taken a reschedule IPI (it idled, and
 * without the IPI would notice only at its next tick).
 */
static void sched_wake_remote(struct kunit *test)
{
	struct bound_thread b = { .cpu = -1 };
	struct task_struct *p;
	unsigned int ipis;
	cpumask_t saved;
	int status;
	pid_t pid;

	if (!cpu_active(1))
		kunit_skip(test, "needs a second active CPU (boot with -smp 2 or more)");
	p = start_bound_thread(test, &b, &saved);
	if (!p)
		goto out;
	pid = p->pid;
	KUNIT_EXPECT_TRUE(test, cpumask_test_cpu(1, &p->cpus_mask) &&
			  cpumask_weight(&p->cpus_mask) == 1);
	KUNIT_EXPECT_EQ(test, sched_setaffinity(pid, cpu_possible_mask),
			(long)-EINVAL);
	ipis = smp_ipi_count(IPI_RESCHEDULE, 1);
	WRITE_ONCE(b.go, 1);
	KUNIT_EXPECT_EQ(test, wake_up_process(p), 1);
	KUNIT_EXPECT_EQ(test, kernel_wait4(pid, &status, 0, NULL), pid);
	KUNIT_EXPECT_EQ(test, b.cpu, 1);
	KUNIT_EXPECT_GT(test, smp_ipi_count(IPI_RESCHEDULE, 1), ipis);
	put_task_struct(p);
out:
	KUNIT_EXPECT_EQ(test, set_cpus_allowed_ptr(current, &saved), 0);
}

/*
 * A signal for a task that runs on another CPU (here a kernel thread
 * spinning on CPU 1, which would never look) interrupts that CPU with
 * IPI_RESCHEDULE, as Linux's signal_wake_up() does through
 * kick_process(): a user task there would meet the signal on its way
 * back to EL0 at once, not at its next tick.
 */
static void sched_signal_kicks_remote(struct kunit *test)
{
	struct bound_thread b = { .cpu = -1, .spin = 1 };
	struct task_struct *p;
	unsigned long i;
	unsigned int ipis;
	cpumask_t saved;
	int status;

	if (!cpu_active(1))
		kunit_skip(test, "needs a second active CPU (boot with -smp 2 or more)");
	p = start_bound_thread(test, &b, &saved);
	if (!p)
		goto out;
	WRITE_ONCE(b.go, 1);
	wake_up_process(p);
	for (i = 0; i < 100000000UL && smp_load_acquire(&b.cpu) != 1; i++)
		cpu_relax();
	KUNIT_EXPECT_EQ(test, smp_load_acquire(&b.cpu), 1);
	ipis = smp_ipi_count(IPI_RESCHEDULE, 1);
	KUNIT_EXPECT_EQ(test, send_sig(SIGUSR1, p, 1), 0);
	for (i = 0; i < 100000000UL &&
		    smp_ipi_count(IPI_RESCHEDULE, 1) == ipis; i++)
		cpu_relax();
	KUNIT_EXPECT_GT(test, smp_ipi_count(IPI_RESCHEDULE, 1), ipis);
	WRITE_ONCE(b.stop, 1);
	KUNIT_EXPECT_EQ(test, kernel_wait4(p->pid, &status, 0, NULL), p->pid);
	put_task_struct(p);
out:
	KUNIT_EXPECT_EQ(test, set_cpus_allowed_ptr(current, &saved), 0);
}

static struct kunit_case sched_cases[] = {
	KUNIT_CASE(sched_kthread_exit_frees_everything),
	KUNIT_CASE(sched_kernel_stack_accounted),
	KUNIT_CASE(sched_fork_exit_hold_tasklist_lock),
	KUNIT_CASE(sched_wait_no_child),
	KUNIT_CASE(sched_umh_missing_program),
	KUNIT_CASE(sched_asid_rollover),
	KUNIT_CASE(sched_asid_rollover_keeps_remote),
	KUNIT_CASE(sched_asid_switch_after_remote_rollover),
	KUNIT_CASE(sched_switch_mm_marks_cpu),
	KUNIT_CASE(sched_wake_remote),
	KUNIT_CASE(sched_signal_kicks_remote),
	{}
};

static struct kunit_suite sched_suite = {
	.name = "sched",
	.test_cases = sched_cases,
};
kunit_test_suite(sched_suite);
