// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/kthread.c - a kernel thread working inside a user address space,
 * and one tied to a CPU. Linux: kthread_use_mm()/kthread_unuse_mm() in
 * the same file (used by io_uring and vhost workers), and kthread_bind().
 * The thread adopts the mm as its own, so TTBR0 points at it and
 * copy_to_user() on its addresses takes real page faults; the fault
 * benchmarks use this to time the fault path.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/spinlock.h>
#include <asm/mmu_context.h>

void kthread_use_mm(struct mm_struct *mm)
{
	struct task_struct *tsk = current;
	struct mm_struct *active_mm;
	unsigned long flags;

	WARN_ON_ONCE(tsk->mm);
	mmgrab(mm);
	local_irq_save(flags);
	active_mm = tsk->active_mm;
	tsk->active_mm = mm;
	tsk->mm = mm;
	switch_mm(active_mm, mm, tsk);
	local_irq_restore(flags);
	mmdrop(active_mm);	/* the lazy reference we held */
}

void kthread_unuse_mm(struct mm_struct *mm)
{
	struct task_struct *tsk = current;
	unsigned long flags;

	local_irq_save(flags);
	tsk->mm = NULL;
	/* keep it as the lazy active_mm, with the reference use_mm took */
	local_irq_restore(flags);
}

/*
 * kthread_bind - let @p run on @cpu only, for good: user space may not
 * change it (PF_NO_SETAFFINITY). @p must be a kernel thread asleep in
 * TASK_UNINTERRUPTIBLE; we wait until it is off its CPU, and warn and
 * leave it alone if it wakes meanwhile. Process context; may sleep.
 * Linux: the same (its threads sleep there from kthread_create() on).
 */
void kthread_bind(struct task_struct *p, unsigned int cpu)
{
	unsigned long flags;

	if (!wait_task_inactive(p, TASK_UNINTERRUPTIBLE)) {
		WARN_ON(1);
		return;
	}
	local_irq_save(flags);
	arch_spin_lock(&p->pi_lock);
	do_set_cpus_allowed(p, cpumask_of(cpu));
	p->flags |= PF_NO_SETAFFINITY;
	arch_spin_unlock(&p->pi_lock);
	local_irq_restore(flags);
}
