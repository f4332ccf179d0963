// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/sched/core.c - the scheduler: a run queue per CPU, schedule(),
 * the context switch, wake-ups and the tick. Linux: kernel/sched/core.c
 * (schedule, __schedule, context_switch, finish_task_switch,
 * try_to_wake_up, select_task_rq, scheduler_tick, sched_setaffinity)
 * with kernel/sched/rt.c's round-robin time slice and fair.c's idea of
 * pulling work to an idle CPU (newidle_balance).
 *
 * What it teaches for mm: context_switch() is where address spaces change.
 * A user task's mm goes into TTBR0 with its ASID (switch_mm); a kernel
 * thread has no mm and keeps the previous one loaded ("lazy TLB"),
 * holding a reference on it through active_mm, so switching to a kernel
 * thread and back costs no TLB flush. With several CPUs the same mm can
 * be live on several of them at once, each with its own ASID state.
 *
 * SMP: each CPU runs the tasks of its own queue (sched.h). A wake-up
 * picks a CPU (select_task_rq), queues the task there under that CPU's
 * lock and interrupts it with IPI_RESCHEDULE if it idles. p->on_cpu says
 * a CPU still runs p or is switching away from it: a waker on another
 * CPU waits for it to drop before it may queue p anywhere, so no task
 * runs on two CPUs or on a stack still in use.
 *
 * Simplified: round-robin lists (Linux: CFS's red-black tree of vruntime;
 * we skip it because it teaches scheduling, not mm); load balancing is
 * one pull of one task by a CPU about to idle from the queue with the
 * most tasks (Linux: sched domains, load averages and periodic balancing
 * between groups of CPUs); a running task whose CPU is taken from its
 * mask moves off at its next switch (Linux runs the stopper thread,
 * migration_cpu_stop, to push it at once). The kernel is not
 * preemptible (Linux's PREEMPT_NONE): a running task gives up the CPU
 * only in schedule(), which the tick requests through TIF_NEED_RESCHED
 * and ret_to_user honours on the way back to EL0.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/smp.h>
#include <linux/spinlock.h>
#include <linux/sched/task.h>
#include <linux/syscalls.h>
#include <linux/time.h>
#include <asm/mmu_context.h>
#include <asm/system_misc.h>
#include <asm/uaccess.h>
#include "sched.h"

DEFINE_PER_CPU(struct rq, runqueues);

/* p->pi_lock, with interrupts off (Linux: raw_spin_lock_irqsave) */
static unsigned long pi_lock_irqsave(struct task_struct *p)
{
	unsigned long flags;

	local_irq_save(flags);
	arch_spin_lock(&p->pi_lock);
	return flags;
}

static void pi_unlock_irqrestore(struct task_struct *p, unsigned long flags)
{
	arch_spin_unlock(&p->pi_lock);
	local_irq_restore(flags);
}

static bool on_rq(struct task_struct *p)
{
	return !list_empty(&p->run_list);
}

static void enqueue_task(struct rq *rq, struct task_struct *p)
{
	list_add_tail(&p->run_list, &rq->queue);
	rq->nr_running++;
}

static void dequeue_task(struct rq *rq, struct task_struct *p)
{
	list_del_init(&p->run_list);
	rq->nr_running--;
}

/*
 * Lock the queue @p is on. Returns it locked; interrupts must be off.
 * p's CPU changes only under the lock of the queue it leaves, so a
 * second look once we hold a lock tells whether it is still the right
 * one (Linux: __task_rq_lock()).
 */
static struct rq *task_rq_lock(struct task_struct *p)
{
	struct rq *rq;

	for (;;) {
		rq = task_rq(p);
		spin_lock(&rq->lock);
		if (rq == task_rq(p))
			return rq;
		spin_unlock(&rq->lock);
	}
}

/*
 * Two run queues, lower CPU first, so two CPUs taking the same pair
 * cannot deadlock. Linux: double_rq_lock().
 */
static void double_rq_lock(struct rq *rq1, struct rq *rq2)
{
	if (cpu_of(rq1) > cpu_of(rq2)) {
		struct rq *tmp = rq1;

		rq1 = rq2;
		rq2 = tmp;
	}
	spin_lock(&rq1->lock);
	if (rq1 != rq2)
		spin_lock(&rq2->lock);
}

/*
 * Holding this_rq's lock, take busiest's too, in CPU order: this_rq's
 * lock may be dropped and taken again meanwhile (the caller rechecks
 * what it saw). Linux: double_lock_balance().
 */
static void double_lock_balance(struct rq *this_rq, struct rq *busiest)
{
	if (cpu_of(busiest) < cpu_of(this_rq)) {
		spin_unlock(&this_rq->lock);
		double_rq_lock(this_rq, busiest);
	} else {
		spin_lock(&busiest->lock);
	}
}

/*
 * The boot thread becomes CPU 0's idle task; every possible CPU gets an
 * empty queue. Its active_mm is init_mm, and like every lazy user it
 * holds a reference (Linux: sched_init()). Runs after
 * setup_per_cpu_areas(), which gives every CPU its copy of runqueues.
 */
void sched_init(void)
{
	unsigned int cpu;

	for_each_possible_cpu(cpu) {
		struct rq *rq = cpu_rq(cpu);

		spin_lock_init(&rq->lock);
		INIT_LIST_HEAD(&rq->queue);
		rq->cpu = cpu;
	}
	mmgrab(&init_mm);
	init_task.active_mm = &init_mm;
	init_idle(&init_task, smp_processor_id());
}

/*
 * After smp_init(): init (the caller), born of CPU 0's idle task and so
 * allowed on CPU 0 only, may now run anywhere, and so may everything it
 * starts. Linux: sched_init_smp() (moving init to the housekeeping CPUs).
 */
void sched_init_smp(void)
{
	if (set_cpus_allowed_ptr(current, cpu_possible_mask) < 0)
		BUG();
}

/* Runnable tasks on every CPU, the running ones included. */
unsigned long nr_running(void)
{
	unsigned long sum = 0;
	unsigned int cpu;

	for_each_online_cpu(cpu)
		sum += READ_ONCE(cpu_rq(cpu)->nr_running);
	return sum;
}

/* 1 if @cpu runs its idle task and has nothing queued. Linux: the same. */
int idle_cpu(int cpu)
{
	struct rq *rq = cpu_rq(cpu);

	return READ_ONCE(rq->curr) == rq->idle && !READ_ONCE(rq->nr_running);
}

bool need_resched(void)
{
	return test_tsk_thread_flag(current, TIF_NEED_RESCHED);
}

/* Linux: the same; the caller holds p's queue lock or p is off every queue */
void set_task_cpu(struct task_struct *p, unsigned int cpu)
{
	WRITE_ONCE(p->thread_info.cpu, cpu);
}

/*
 * Interrupt the CPU @p is running on, if it runs now and on another CPU,
 * so that it passes through the kernel's return to user space (and sees
 * a signal just sent) without waiting for its tick. Linux: the same.
 */
void kick_process(struct task_struct *p)
{
	int cpu = task_cpu(p);

	if (cpu != smp_processor_id() && READ_ONCE(cpu_rq(cpu)->curr) == p)
		smp_send_reschedule(cpu);
}

/*
 * Ask rq's CPU to schedule: mark its running task and, if that CPU is
 * not this one, interrupt it (IPI_RESCHEDULE) so it notices now, not at
 * its next tick. The caller holds rq->lock. Linux: resched_curr().
 */
static void resched_curr(struct rq *rq)
{
	struct task_struct *curr = rq->curr;
	int cpu = cpu_of(rq);

	if (test_tsk_thread_flag(curr, TIF_NEED_RESCHED))
		return;
	set_tsk_need_resched(curr);
	if (cpu != smp_processor_id())
		smp_send_reschedule(cpu);
}

/*
 * Where a waking task should run: its last CPU if it may run there and
 * that CPU idles (its caches may still hold the task's data), else the
 * allowed active CPU with the fewest runnable tasks (the lowest on a
 * tie). With no allowed CPU active, any active one (Linux:
 * select_fallback_rq()). The caller holds p->pi_lock. Linux:
 * select_task_rq() with fair.c's select_idle_sibling() in spirit.
 */
static int select_task_rq(struct task_struct *p)
{
	unsigned int prev = task_cpu(p), cpu, load, best_load = UINT_MAX;
	int best = -1;

	if (cpumask_test_cpu(prev, &p->cpus_mask) && cpu_active(prev) &&
	    idle_cpu(prev))
		return prev;
	for_each_cpu(cpu, cpu_active_mask) {
		if (!cpumask_test_cpu(cpu, &p->cpus_mask))
			continue;
		load = READ_ONCE(cpu_rq(cpu)->nr_running);
		if (load < best_load) {
			best_load = load;
			best = cpu;
		}
	}
	if (best < 0)
		best = cpumask_first(cpu_active_mask);
	return best;
}

/*
 * Queue the woken @p on @cpu and make it runnable; an idle CPU is told
 * to schedule. The caller holds p->pi_lock and p is off every queue and
 * every CPU. Linux: ttwu_queue() -> ttwu_do_activate().
 */
static void ttwu_queue(struct task_struct *p, int cpu)
{
	struct rq *rq = cpu_rq(cpu);

	spin_lock(&rq->lock);
	WRITE_ONCE(p->__state, TASK_RUNNING);
	enqueue_task(rq, p);
	if (rq->curr == rq->idle)
		resched_curr(rq);
	spin_unlock(&rq->lock);
}

/*
 * @p is still on a queue (it has not switched away since it set its
 * state): making it TASK_RUNNING again is the whole wake-up, since
 * schedule() only takes a task off its queue if, under the same lock,
 * it is not running. Returns 1 if so. Linux: ttwu_runnable().
 */
static int ttwu_runnable(struct task_struct *p)
{
	struct rq *rq = task_rq_lock(p);
	int ret = 0;

	if (on_rq(p)) {
		WRITE_ONCE(p->__state, TASK_RUNNING);
		ret = 1;
	}
	spin_unlock(&rq->lock);
	return ret;
}

/*
 * Wake @p if its state is in @state. Returns 1 if it was asleep. Safe
 * from interrupts and from any CPU; may spin, never sleeps. p->pi_lock
 * orders it against other wakers; if p is off its queue, its old CPU
 * may still be switching away from it, and we wait for on_cpu to drop
 * (acquire, pairing with finish_task_switch()'s release) before the
 * task may be queued elsewhere. Linux: try_to_wake_up().
 */
static int try_to_wake_up(struct task_struct *p, unsigned int state)
{
	unsigned long flags = pi_lock_irqsave(p);
	int cpu, success = 0;

	/* our caller's store of the wake-up condition before p's state */
	smp_mb__after_spinlock();
	if (!(READ_ONCE(p->__state) & state))
		goto unlock;
	success = 1;
	if (ttwu_runnable(p))
		goto unlock;
	while (smp_load_acquire(&p->on_cpu))
		cpu_relax();
	cpu = select_task_rq(p);
	set_task_cpu(p, cpu);
	ttwu_queue(p, cpu);
unlock:
	pi_unlock_irqrestore(p, flags);
	return success;
}

int wake_up_process(struct task_struct *p)
{
	return try_to_wake_up(p, TASK_INTERRUPTIBLE | TASK_UNINTERRUPTIBLE);
}

/* Linux: sched_fork() sets up the scheduler fields of a new task. */
void sched_fork(struct task_struct *p)
{
	INIT_LIST_HEAD(&p->run_list);
	p->pi_lock = (arch_spinlock_t)__ARCH_SPIN_LOCK_UNLOCKED;
	p->on_cpu = 0;
	p->__state = TASK_UNINTERRUPTIBLE;	/* Linux: TASK_NEW */
	p->time_slice = RR_TIMESLICE;
	p->nvcsw = p->nivcsw = 0;
}

/*
 * init_idle - make @idle the idle task of CPU @cpu: what that CPU runs
 * when its queue is empty, never on a queue itself, allowed on that CPU
 * only, named "swapper/<cpu>" as Linux names it. Linux: the same.
 */
void init_idle(struct task_struct *idle, int cpu)
{
	struct rq *rq = cpu_rq(cpu);

	idle->__state = TASK_RUNNING;
	idle->flags |= PF_KTHREAD | PF_NO_SETAFFINITY;
	idle->on_cpu = 1;
	cpumask_copy(&idle->cpus_mask, cpumask_of(cpu));
	set_task_cpu(idle, cpu);
	rq->curr = rq->idle = idle;
	scnprintf(idle->comm, sizeof(idle->comm), "swapper/%d", cpu);
}

/*
 * A new task's first wake-up: placed as any waking task is, which
 * spreads fork()ed children over the idle CPUs (Linux: the same, with
 * SD_BALANCE_FORK choosing the idlest CPU).
 */
void wake_up_new_task(struct task_struct *p)
{
	unsigned long flags = pi_lock_irqsave(p);
	int cpu = select_task_rq(p);

	set_task_cpu(p, cpu);
	ttwu_queue(p, cpu);
	pi_unlock_irqrestore(p, flags);
}

/*
 * Move @p, runnable and off every queue and CPU, to a CPU it may use
 * (the push after an affinity change). Interrupts are off. Linux:
 * __migrate_task() / move_queued_task().
 */
static void push_task_away(struct task_struct *p)
{
	int cpu;

	arch_spin_lock(&p->pi_lock);
	cpu = select_task_rq(p);
	set_task_cpu(p, cpu);
	ttwu_queue(p, cpu);
	arch_spin_unlock(&p->pi_lock);
}

/*
 * Called on the new stack after a switch, with prev = the task we left.
 * From here on prev may run elsewhere (on_cpu drops); a dead prev can
 * lose its stack (we are no longer on it) and the scheduler's reference;
 * a lazy mm that prev held for a kernel thread can be dropped.
 */
static void finish_task_switch(struct task_struct *prev)
{
	struct rq *rq = this_rq();
	struct mm_struct *mm = rq->prev_mm;
	struct task_struct *push = rq->push_task;
	unsigned int prev_state = READ_ONCE(prev->__state);

	rq->prev_mm = NULL;
	rq->push_task = NULL;
	/* everything we did with prev before it may be woken elsewhere */
	smp_store_release(&prev->on_cpu, 0);
	/* the lock prev took is ours now (Linux: finish_lock_switch) */
	spin_acquire(&rq->lock.dep_map, 0, 0, _THIS_IP_);
	spin_unlock(&rq->lock);
	if (push)
		push_task_away(push);
	if (mm)
		mmdrop(mm);
	if (prev_state == TASK_DEAD) {
		put_task_stack(prev);
		put_task_struct(prev);	/* its own reference (dup_task_struct) */
	}
}

/*
 * ret_from_fork's first call: a new task finishes its first switch and,
 * for CLONE_CHILD_SETTID, stores its tid in its own memory.
 */
void schedule_tail(struct task_struct *prev)
{
	finish_task_switch(prev);
	local_irq_enable();
	if (current->set_child_tid)
		put_user(current->pid, current->set_child_tid);
}

/*
 * Change address space, then registers. Linux: context_switch().
 * user -> user: switch_mm (TTBR0 + ASID). -> kernel thread: keep the old
 * mm loaded, borrowed as active_mm. kernel thread -> anything: drop the
 * borrowed reference once we're off its stack (finish_task_switch).
 */
static struct task_struct *context_switch(struct rq *rq,
					  struct task_struct *prev,
					  struct task_struct *next)
{
	struct mm_struct *oldmm = prev->active_mm;

	if (!next->mm) {
		next->active_mm = oldmm;
		mmgrab(oldmm);
	} else {
		switch_mm(oldmm, next->mm, next);
		next->active_mm = next->mm;
	}
	if (!prev->mm) {
		rq->prev_mm = oldmm;
		prev->active_mm = NULL;
	}
	return __switch_to(prev, next);
}

/* The queue with the most runnable tasks, if it has one to spare. */
static struct rq *find_busiest_queue(struct rq *this_rq)
{
	struct rq *busiest = NULL;
	unsigned int cpu, nr, most = 1;

	for_each_cpu(cpu, cpu_active_mask) {
		nr = READ_ONCE(cpu_rq(cpu)->nr_running);
		if (cpu != cpu_of(this_rq) && nr > most) {
			most = nr;
			busiest = cpu_rq(cpu);
		}
	}
	return busiest;
}

/*
 * Take one task from @src that may run on @dst_cpu and is neither
 * running nor still being switched away from, longest waiting first. Both
 * queue locks are held. Linux: detach_one_task()/can_migrate_task().
 */
static struct task_struct *detach_one_task(struct rq *src, int dst_cpu)
{
	struct task_struct *p;

	list_for_each_entry(p, &src->queue, run_list) {
		if (p == src->curr || READ_ONCE(p->on_cpu) ||
		    !cpumask_test_cpu(dst_cpu, &p->cpus_mask))
			continue;
		dequeue_task(src, p);
		set_task_cpu(p, dst_cpu);
		return p;
	}
	return NULL;
}

/*
 * This CPU is about to idle: pull one runnable task from the busiest
 * queue. Called from schedule() with this_rq's lock held, which may be
 * dropped and taken again. Linux: newidle_balance().
 */
static void idle_balance(struct rq *this_rq)
{
	struct rq *busiest;
	struct task_struct *p;

	if (!cpu_active(cpu_of(this_rq)))
		return;
	busiest = find_busiest_queue(this_rq);
	if (!busiest)
		return;
	double_lock_balance(this_rq, busiest);
	p = detach_one_task(busiest, cpu_of(this_rq));
	if (p)
		enqueue_task(this_rq, p);
	spin_unlock(&busiest->lock);
}

static struct task_struct *pick_next_task(struct rq *rq)
{
	if (list_empty(&rq->queue))
		return rq->idle;
	return list_first_entry(&rq->queue, struct task_struct, run_list);
}

/*
 * prev gave up the CPU: a task no longer TASK_RUNNING leaves the queue
 * (it sleeps or is dead); one still running goes to the back of the
 * queue, which is all round-robin is, or, if it may no longer run on
 * this CPU, is pushed to another once it is off this one.
 */
static void put_prev_task(struct rq *rq, struct task_struct *prev)
{
	if (prev == rq->idle || !on_rq(prev))
		return;
	dequeue_task(rq, prev);
	if (prev->__state != TASK_RUNNING)
		return;
	if (cpumask_test_cpu(cpu_of(rq), &prev->cpus_mask))
		enqueue_task(rq, prev);
	else
		rq->push_task = prev;
}

/*
 * Give up the CPU to the next task of this CPU's queue (pulling one from
 * another CPU if ours is empty). Interrupts and this rq's lock are held
 * across the switch and handed to next, which drops them in
 * finish_task_switch(). Linux: __schedule().
 */
void schedule(void)
{
	struct task_struct *prev = current, *next;
	unsigned long flags;
	struct rq *rq;

	local_irq_save(flags);
	rq = this_rq();
	spin_lock(&rq->lock);
	/* prev's state, set before, against a waker's check under this lock */
	smp_mb__after_spinlock();
	rq->clock = local_clock();
	clear_tsk_need_resched(prev);
	put_prev_task(rq, prev);
	if (!rq->nr_running)
		idle_balance(rq);
	next = pick_next_task(rq);
	if (next == prev) {
		spin_unlock(&rq->lock);
		local_irq_restore(flags);
		return;
	}
	if (prev->__state == TASK_RUNNING)
		prev->nivcsw++;
	else
		prev->nvcsw++;
	next->time_slice = RR_TIMESLICE;
	WRITE_ONCE(next->on_cpu, 1);
	WRITE_ONCE(rq->curr, next);
	rq->nr_switches++;
	/* next unlocks it (Linux: prepare_lock_switch) */
	spin_release(&rq->lock.dep_map, _THIS_IP_);
#ifdef CONFIG_DEBUG_SPINLOCK
	rq->lock.owner = next;
#endif
	prev = context_switch(rq, prev, next);
	finish_task_switch(prev);
	local_irq_restore(flags);
}

long sched_yield(void)
{
	schedule();
	return 0;
}

/* A task that has exited switches away for the last time. */
void __noreturn do_task_dead(void)
{
	set_current_state(TASK_DEAD);
	schedule();
	BUG();
	for (;;)
		;
}

/*
 * Sleeping for a time. Linux arms a timer (the timer wheel) whose expiry
 * wakes the task; tinymm keeps the sleepers on one list that the tick
 * scans, which is the same contract with a slower lookup. The list has
 * its own lock (Linux: each timer_base's lock), taken with interrupts
 * off because the tick takes it; it nests outside the run-queue lock.
 */
static LIST_HEAD(sleepers);
static DEFINE_SPINLOCK(sleepers_lock);

static void wake_sleepers(void)
{
	struct task_struct *p, *n;
	unsigned long flags;

	spin_lock_irqsave(&sleepers_lock, flags);
	list_for_each_entry_safe(p, n, &sleepers, sleep_list)
		if (time_after_eq(jiffies, p->sleep_until)) {
			list_del_init(&p->sleep_list);
			wake_up_process(p);
		}
	spin_unlock_irqrestore(&sleepers_lock, flags);
}

/*
 * Sleep (in the state the caller set) until woken or timeout ticks have
 * passed. Returns the ticks left: 0 if the time ran out. Linux: the same,
 * in kernel/time/timer.c.
 */
long schedule_timeout(long timeout)
{
	unsigned long expire = jiffies + timeout, flags;
	long left;

	spin_lock_irqsave(&sleepers_lock, flags);
	current->sleep_until = expire;
	list_add_tail(&current->sleep_list, &sleepers);
	spin_unlock_irqrestore(&sleepers_lock, flags);
	schedule();
	spin_lock_irqsave(&sleepers_lock, flags);
	list_del_init(&current->sleep_list);
	spin_unlock_irqrestore(&sleepers_lock, flags);
	left = (long)(expire - jiffies);
	return left < 0 ? 0 : left;
}

/*
 * The tick (timer interrupt), on every online CPU, for its own queue.
 * The running task's slice shrinks; when it is used up and others wait
 * here, or the idle task runs while tasks wait here or on a busier CPU
 * (idle_balance() then pulls one), ask for a switch. Expiring the
 * sleepers stays with the CPU that advances jiffies (Linux expires each
 * CPU's own timer base; tinymm's sleepers are one list).
 */
void scheduler_tick(void)
{
	int cpu = smp_processor_id();
	struct rq *rq = cpu_rq(cpu);
	struct task_struct *curr = rq->curr;

	if (cpu == tick_do_timer_cpu)
		wake_sleepers();
	if (!cpu_active(cpu))
		return;
	rq->clock = local_clock();
	if (curr == rq->idle) {
		if (rq->nr_running || find_busiest_queue(rq))
			set_tsk_need_resched(curr);
		return;
	}
	if (curr->time_slice && --curr->time_slice)
		return;
	curr->time_slice = RR_TIMESLICE;
	if (rq->nr_running > 1)
		set_tsk_need_resched(curr);
}

/*
 * IPI_RESCHEDULE on this CPU. Whoever sent it set TIF_NEED_RESCHED on the
 * task running here first; the interrupt itself is the point: it takes
 * this CPU out of wfi (the idle loop then calls schedule()) or out of
 * user code (ret_to_user then does). Linux also runs the wake-ups queued
 * for this CPU here; tinymm's wakers queue the task themselves, under
 * this CPU's rq lock.
 */
void scheduler_ipi(void)
{
}

/*
 * The idle task of every CPU (the boot CPU's once start_kernel() is
 * done, a secondary's from secondary_start_kernel()): sleep until an
 * interrupt, run anyone who became ready. Linux: do_idle() in
 * kernel/sched/idle.c.
 */
void __noreturn cpu_startup_entry(void)
{
	for (;;) {
		/*
		 * Check and sleep with interrupts masked: a wake-up between
		 * the check and wfi would otherwise wait a whole tick. wfi
		 * still wakes on a pending interrupt, taken once unmasked.
		 */
		local_irq_disable();
		if (!need_resched())
			cpu_do_idle();
		local_irq_enable();
		if (need_resched())
			schedule();
	}
}

/*
 * If this CPU idles with a user mm borrowed from the last task that ran
 * here (lazy TLB), load init_mm instead and drop the borrowed reference:
 * a dead process's mm_struct and pgd are freed now rather than at this
 * CPU's next switch. Runs in sched_drop_lazy_mms()'s IPI; the idle task
 * holds no lock while interrupts can reach it. Linux 6.2 does the same
 * for an mm being freed (do_shoot_lazy_tlb); v5.19 waits for the switch.
 */
static void drop_lazy_mm(void *unused)
{
	struct task_struct *idle = current;
	struct mm_struct *mm = idle->active_mm;

	if (idle != this_rq()->idle || mm == &init_mm)
		return;
	mmgrab(&init_mm);
	switch_mm(mm, &init_mm, idle);
	idle->active_mm = &init_mm;
	mmdrop(mm);
}

/* Does @cpu run a task that is exiting (it has not switched away for good)? */
static bool cpu_runs_exiting(int cpu)
{
	struct rq *rq = cpu_rq(cpu);
	unsigned long flags;
	bool exiting;

	spin_lock_irqsave(&rq->lock, flags);
	exiting = rq->curr->flags & PF_EXITING;
	spin_unlock_irqrestore(&rq->lock, flags);
	return exiting;
}

/*
 * Every CPU finishes the exits under way, then every idle CPU gives back
 * the mm it borrowed, so that a free page count taken next owes nothing
 * to which CPU ran the last process (a reaped child may still be on its
 * way off another CPU: wait4 returns once it is a zombie). Process
 * context, interrupts on; waits for every CPU.
 */
void sched_drop_lazy_mms(void)
{
	int cpu;

	for_each_online_cpu(cpu)
		while (cpu != smp_processor_id() && cpu_runs_exiting(cpu))
			cpu_relax();
	on_each_cpu(drop_lazy_mm, NULL, 1);
}

/*
 * The task with that pid, or NULL. The caller holds tasklist_lock (for
 * reading or writing) and may use the task only until it drops it.
 * Linux: find_task_by_vpid(), under rcu_read_lock() or tasklist_lock.
 */
struct task_struct *find_task_by_pid(pid_t pid)
{
	struct task_struct *g, *p;

	if (pid == 0)
		return &init_task;
	for_each_process_thread(g, p)
		if (p->pid == pid)
			return p;
	return NULL;
}

/*
 * Wait until @p is off its CPU and off every queue, asleep in
 * @match_state. Returns 1 then, 0 if p's state changed to anything else
 * (it was woken). Process context; yields the CPU while p still runs or
 * waits to run (p may be queued on this very CPU). Linux: the same.
 */
int wait_task_inactive(struct task_struct *p, unsigned int match_state)
{
	unsigned long flags;
	bool busy;
	struct rq *rq;

	for (;;) {
		if (READ_ONCE(p->__state) != match_state)
			return 0;
		local_irq_save(flags);
		rq = task_rq_lock(p);
		busy = on_rq(p) || READ_ONCE(p->on_cpu);
		spin_unlock(&rq->lock);
		local_irq_restore(flags);
		if (!busy)
			return READ_ONCE(p->__state) == match_state;
		schedule();
	}
}

/*
 * Set p's mask, nothing more: the caller holds p->pi_lock and p is not
 * running nor queued on a CPU the mask leaves out (a sleeping task: its
 * wake-up picks an allowed CPU). Linux: do_set_cpus_allowed().
 */
void do_set_cpus_allowed(struct task_struct *p, const struct cpumask *new_mask)
{
	cpumask_copy(&p->cpus_mask, new_mask);
}

/*
 * Move @p, queued on @rq but not running, to a CPU of its mask. Called
 * with p->pi_lock and rq->lock held; drops rq->lock. Linux:
 * move_queued_task().
 */
static void move_queued_task(struct rq *rq, struct task_struct *p)
{
	int cpu;

	dequeue_task(rq, p);
	spin_unlock(&rq->lock);
	cpu = select_task_rq(p);
	set_task_cpu(p, cpu);
	ttwu_queue(p, cpu);
}

/*
 * Let @p run only on the CPUs of @new_mask. Returns 0, or -EINVAL if no
 * CPU of the mask is active. A task queued on a CPU it may no longer use
 * is moved now; a running one is asked to schedule and moves off at its
 * switch (at once, before this returns, if it is the caller). Process
 * context; may sleep. Linux: set_cpus_allowed_ptr() ->
 * __set_cpus_allowed_ptr() -> affine_move_task().
 */
int set_cpus_allowed_ptr(struct task_struct *p, const struct cpumask *new_mask)
{
	struct cpumask valid;
	unsigned long flags;
	bool running;
	struct rq *rq;

	if (!cpumask_and(&valid, new_mask, cpu_active_mask))
		return -EINVAL;
	flags = pi_lock_irqsave(p);
	rq = task_rq_lock(p);
	do_set_cpus_allowed(p, new_mask);
	running = rq->curr == p;
	if (cpumask_test_cpu(cpu_of(rq), new_mask) || !on_rq(p)) {
		spin_unlock(&rq->lock);
		running = false;
	} else if (running) {
		resched_curr(rq);
		spin_unlock(&rq->lock);
	} else {
		move_queued_task(rq, p);
	}
	pi_unlock_irqrestore(p, flags);
	if (running && p == current)
		schedule();
	return 0;
}

/*
 * The task @pid names, with a reference the caller drops with
 * put_task_struct(), or NULL. Takes tasklist_lock. Linux: the same, in
 * kernel/pid.c.
 */
struct task_struct *find_get_task_by_vpid(pid_t pid)
{
	struct task_struct *p;

	read_lock(&tasklist_lock);
	p = find_task_by_pid(pid);
	if (p)
		get_task_struct(p);
	read_unlock(&tasklist_lock);
	return p;
}

/* Linux: find_process_by_pid(), with the reference; 0 is the caller. */
static struct task_struct *find_get_task(pid_t pid)
{
	return pid ? find_get_task_by_vpid(pid) : get_task_struct(current);
}

/*
 * Linux: the same. -ESRCH for no such task, -EINVAL for a bound kernel
 * thread or a mask with no active CPU. Linux also checks the caller's
 * right to move the task (CAP_SYS_NICE) and the cpuset; tinymm has one
 * user and no cpusets.
 */
long sched_setaffinity(pid_t pid, const struct cpumask *in_mask)
{
	struct task_struct *p = find_get_task(pid);
	long ret;

	if (!p)
		return -ESRCH;
	if (p->flags & PF_NO_SETAFFINITY)
		ret = -EINVAL;
	else
		ret = set_cpus_allowed_ptr(p, in_mask);
	put_task_struct(p);
	return ret;
}

/* The CPUs @pid may run on that are active. Linux: the same. */
long sched_getaffinity(pid_t pid, struct cpumask *mask)
{
	struct task_struct *p = find_get_task(pid);
	unsigned long flags;

	if (!p)
		return -ESRCH;
	flags = pi_lock_irqsave(p);
	cpumask_and(mask, &p->cpus_mask, cpu_active_mask);
	pi_unlock_irqrestore(p, flags);
	put_task_struct(p);
	return 0;
}

/* A shorter mask leaves the higher CPUs out; a longer one is cut. */
static int get_user_cpu_mask(unsigned long __user *user_mask_ptr,
			     unsigned int len, struct cpumask *new_mask)
{
	if (len < cpumask_size())
		cpumask_clear(new_mask);
	else if (len > cpumask_size())
		len = cpumask_size();
	return copy_from_user(new_mask, user_mask_ptr, len) ? -EFAULT : 0;
}

SYSCALL_DEFINE3(sched_setaffinity, pid_t, pid, unsigned int, len,
		unsigned long __user *, user_mask_ptr)
{
	struct cpumask new_mask;
	int ret;

	ret = get_user_cpu_mask(user_mask_ptr, len, &new_mask);
	if (ret)
		return ret;
	return sched_setaffinity(pid, &new_mask);
}

/*
 * Returns the bytes written (a whole cpumask at most); -EINVAL if @len
 * cannot hold nr_cpu_ids bits or is not a multiple of a long.
 */
SYSCALL_DEFINE3(sched_getaffinity, pid_t, pid, unsigned int, len,
		unsigned long __user *, user_mask_ptr)
{
	struct cpumask mask;
	unsigned int retlen;
	long ret;

	if (len * 8 < nr_cpu_ids)
		return -EINVAL;
	if (len & (sizeof(unsigned long) - 1))
		return -EINVAL;
	ret = sched_getaffinity(pid, &mask);
	if (ret)
		return ret;
	retlen = min(len, cpumask_size());
	return copy_to_user(user_mask_ptr, &mask, retlen) ? -EFAULT : retlen;
}
