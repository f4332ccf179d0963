/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/thread_info.h - the per-task flags the exception return path checks
 * and the kernel stack size. Linux: arch/arm64/include/asm/thread_info.h.
 * Linux also keeps preempt_count here; tinymm's kernel is not preemptible
 * (PREEMPT_NONE: a task is switched only when it calls schedule() or on
 * its way back to user space), so it needs none.
 */
#ifndef __ASM_THREAD_INFO_H
#define __ASM_THREAD_INFO_H

#include <asm/memory.h>

/* THREAD_SIZE (asm/memory.h) is 16 KB, as arm64 Linux; Linux maps stacks
 * with vmalloc (VMAP_STACK) to get a guard page, we take order-2 pages
 * from the buddy allocator. */
#define THREAD_SIZE_ORDER	2

#define TIF_SIGPENDING		0	/* a fatal signal waits: exit on return */
#define TIF_NEED_RESCHED	1	/* the tick says: schedule() on return */
#define _TIF_SIGPENDING		(1 << TIF_SIGPENDING)
#define _TIF_NEED_RESCHED	(1 << TIF_NEED_RESCHED)
#define _TIF_WORK_MASK		(_TIF_SIGPENDING | _TIF_NEED_RESCHED)

/* offsets into struct task_struct for assembly, checked in smp.c */
#define TSK_TI_FLAGS		0	/* thread_info.flags */
#define TSK_TI_CPU		8	/* thread_info.cpu */
#define TSK_STACK		24	/* stack */

#ifndef __ASSEMBLY__
#include <linux/types.h>

struct thread_info {
	unsigned long flags;	/* TIF_*: work to do before returning to EL0 */
	u32 cpu;		/* the CPU it runs or last ran on (task_cpu()) */
};

#define set_ti_thread_flag(ti, f)	__atomic_fetch_or(&(ti)->flags, 1UL << (f), __ATOMIC_RELAXED)
#define clear_ti_thread_flag(ti, f)	__atomic_fetch_and(&(ti)->flags, ~(1UL << (f)), __ATOMIC_RELAXED)
#define test_ti_thread_flag(ti, f)	(!!(READ_ONCE((ti)->flags) & (1UL << (f))))
#define set_tsk_thread_flag(t, f)	set_ti_thread_flag(&(t)->thread_info, f)
#define clear_tsk_thread_flag(t, f)	clear_ti_thread_flag(&(t)->thread_info, f)
#define test_tsk_thread_flag(t, f)	test_ti_thread_flag(&(t)->thread_info, f)
#define set_tsk_need_resched(t)		set_tsk_thread_flag(t, TIF_NEED_RESCHED)
#define clear_tsk_need_resched(t)	clear_tsk_thread_flag(t, TIF_NEED_RESCHED)
#endif

#endif
