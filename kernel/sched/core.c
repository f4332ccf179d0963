// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/sched/core.c - the scheduler: a run queue, schedule(), the
 * context switch and the tick. Linux: kernel/sched/core.c (schedule,
 * __schedule, context_switch, finish_task_switch, try_to_wake_up,
 * scheduler_tick) with kernel/sched/rt.c's round-robin time slice.
 *
 * What it teaches for mm: context_switch() is where address spaces change.
 * A user task's mm goes into TTBR0 with its ASID (switch_mm); a kernel
 * thread has no mm and keeps the previous one loaded ("lazy TLB"),
 * holding a reference on it through active_mm, so switching to a kernel
 * thread and back costs no TLB flush.
 *
 * Simplified: one CPU and one list, round-robin (Linux: CFS's red-black
 * tree of vruntime; we skip it because it teaches scheduling, not mm);
 * the kernel is not preemptible (Linux's PREEMPT_NONE): a running task
 * gives up the CPU only in schedule(), which the tick requests through
 * TIF_NEED_RESCHED and ret_to_user honours on the way back to EL0.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/spinlock.h>
#include <linux/time.h>
#include <asm/mmu_context.h>
#include <asm/system_misc.h>
#include <asm/uaccess.h>

struct rq {
	spinlock_t lock;
	struct list_head queue;		/* runnable tasks but idle, in turn order */
	unsigned long nr_running;
	unsigned long nr_switches;
	struct task_struct *curr;
	struct task_struct *idle;
	struct mm_struct *prev_mm;	/* a lazy mm to mmdrop after the switch */
};

static struct rq runqueue = {
	.lock = __SPIN_LOCK_UNLOCKED(runqueue.lock),
	.queue = LIST_HEAD_INIT(runqueue.queue),
	.curr = &init_task,
	.idle = &init_task,
};

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
 * The boot thread becomes the idle task. Its active_mm is init_mm, and
 * like every lazy user it holds a reference (Linux: sched_init()).
 */
void sched_init(void)
{
	mmgrab(&init_mm);
	init_task.active_mm = &init_mm;
}

unsigned long nr_running(void)
{
	return runqueue.nr_running;
}

bool need_resched(void)
{
	return test_tsk_thread_flag(current, TIF_NEED_RESCHED);
}

/*
 * Make p runnable. Returns 1 if it was asleep. Safe from interrupts and
 * against the sleeper's own set_current_state()/schedule() race: the
 * state is checked and set under the run-queue lock, and schedule()
 * only takes a task off the queue if it is still not TASK_RUNNING.
 */
int wake_up_process(struct task_struct *p)
{
	struct rq *rq = &runqueue;
	unsigned long flags;
	int woken = 0;

	spin_lock_irqsave(&rq->lock, flags);
	/* our caller's store of the wake-up condition before p's state */
	smp_mb__after_spinlock();
	if (p->__state & (TASK_INTERRUPTIBLE | TASK_UNINTERRUPTIBLE)) {
		WRITE_ONCE(p->__state, TASK_RUNNING);
		if (!on_rq(p))
			enqueue_task(rq, p);
		if (rq->curr == rq->idle)
			set_tsk_need_resched(rq->curr);
		woken = 1;
	}
	spin_unlock_irqrestore(&rq->lock, flags);
	return woken;
}

/* Linux: sched_fork() sets up the scheduler fields of a new task. */
void sched_fork(struct task_struct *p)
{
	INIT_LIST_HEAD(&p->run_list);
	p->__state = TASK_UNINTERRUPTIBLE;	/* Linux: TASK_NEW */
	p->time_slice = RR_TIMESLICE;
	p->nvcsw = p->nivcsw = 0;
}

/*
 * init_idle - make @idle the idle task of CPU @cpu: runnable in the sense
 * that it always may run, named "swapper/<cpu>" as Linux names it. Linux
 * also makes it that CPU's rq->idle and rq->curr; tinymm's one run queue
 * belongs to CPU 0 (its idle task is init_task), and a secondary runs
 * only its idle loop (secondary_start_kernel).
 */
void init_idle(struct task_struct *idle, int cpu)
{
	idle->__state = TASK_RUNNING;
	idle->flags |= PF_KTHREAD;
	WRITE_ONCE(idle->thread_info.cpu, cpu);
	scnprintf(idle->comm, sizeof(idle->comm), "swapper/%d", cpu);
}

void wake_up_new_task(struct task_struct *p)
{
	wake_up_process(p);
}

/*
 * Called on the new stack after a switch, with prev = the task we left.
 * A dead prev can now lose its stack (we are no longer on it); a lazy mm
 * that prev held for a kernel thread can be dropped.
 */
static void finish_task_switch(struct task_struct *prev)
{
	struct rq *rq = &runqueue;
	struct mm_struct *mm = rq->prev_mm;

	rq->prev_mm = NULL;
	/* the lock prev took is ours now (Linux: finish_lock_switch) */
	spin_acquire(&rq->lock.dep_map, 0, 0, _THIS_IP_);
	spin_unlock(&rq->lock);
	if (mm)
		mmdrop(mm);
	if (READ_ONCE(prev->__state) == TASK_DEAD) {
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

static struct task_struct *pick_next_task(struct rq *rq)
{
	if (list_empty(&rq->queue))
		return rq->idle;
	return list_first_entry(&rq->queue, struct task_struct, run_list);
}

/*
 * Give up the CPU. A task that is no longer TASK_RUNNING leaves the queue
 * (it sleeps or is dead); one still running goes to the back of the
 * queue, which is all round-robin is. Linux: __schedule().
 */
void schedule(void)
{
	struct rq *rq = &runqueue;
	struct task_struct *prev = current, *next;
	unsigned long flags;

	local_irq_save(flags);
	spin_lock(&rq->lock);
	clear_tsk_need_resched(prev);
	if (prev != rq->idle && on_rq(prev)) {
		dequeue_task(rq, prev);
		if (prev->__state == TASK_RUNNING)
			enqueue_task(rq, prev);
	}
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
	rq->curr = next;
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
 * The tick (timer interrupt), on every online CPU. The running task's
 * slice shrinks; when it is used up, or the idle task runs while others
 * wait, ask for a switch. The run queue belongs to the active CPU (only
 * the boot CPU is active: the others are online and idle, outside it),
 * so another CPU's tick has nothing to account.
 */
void scheduler_tick(void)
{
	struct rq *rq = &runqueue;
	struct task_struct *curr = rq->curr;

	if (!cpu_active(smp_processor_id()))
		return;

	wake_sleepers();
	if (curr == rq->idle) {
		if (rq->nr_running)
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
 * for this CPU here; tinymm queues none.
 */
void scheduler_ipi(void)
{
}

/* The idle task: sleep until an interrupt, run anyone who became ready. */
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
