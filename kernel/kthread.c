// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/kthread.c - a kernel thread working inside a user address space.
 * Linux: kthread_use_mm()/kthread_unuse_mm() in the same file (used by
 * io_uring and vhost workers). The thread adopts the mm as its own, so
 * TTBR0 points at it and copy_to_user() on its addresses takes real page
 * faults; the fault benchmarks use this to time the fault path.
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
