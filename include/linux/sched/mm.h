/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/sched/mm.h - the two reference counts of an mm_struct.
 * Linux: include/linux/sched/mm.h.
 *
 * mm_users counts who uses the address space (tasks sharing it); when it
 * drops to 0 the VMAs and pages go (mmput -> exit_mmap). mm_count counts
 * references to the struct itself, the users together holding one; a
 * kernel thread borrowing an mm as active_mm (lazy TLB) holds only this,
 * so the page-table root stays valid while TTBR0 still points at it.
 */
#ifndef _LINUX_SCHED_MM_H
#define _LINUX_SCHED_MM_H

#include <linux/mm_types.h>
#include <linux/atomic.h>

static inline void mmgrab(struct mm_struct *mm)
{
	atomic_inc(&mm->mm_count);
}

static inline void mmget(struct mm_struct *mm)
{
	atomic_inc(&mm->mm_users);
}

void mmdrop(struct mm_struct *mm);
void mmput(struct mm_struct *mm);
struct mm_struct *mm_alloc(void);
struct mm_struct *dup_mm(struct mm_struct *oldmm);	/* kernel/fork.c */
void kthread_use_mm(struct mm_struct *mm);		/* kernel/kthread.c */
void kthread_unuse_mm(struct mm_struct *mm);

#endif
