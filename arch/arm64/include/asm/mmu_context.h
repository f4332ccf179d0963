/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/mmu_context.h - putting an address space on the CPU.
 * Linux: arch/arm64/include/asm/mmu_context.h, arch/arm64/mm/context.c.
 *
 * TTBR0_EL1 holds the user page-table root and, in bits [63:48], the
 * mm's ASID (TCR_EL1.A1 = 0). User ptes are non-global (nG), so TLB
 * entries are tagged with the ASID and a switch needs no TLB flush; only
 * running out of ASIDs (a new generation) flushes everything.
 */
#ifndef __ASM_MMU_CONTEXT_H
#define __ASM_MMU_CONTEXT_H

#include <linux/atomic.h>
#include <linux/cpumask.h>
#include <linux/mm_types.h>
#include <linux/percpu.h>
#include <linux/sched/mm.h>
#include <linux/smp.h>

struct task_struct;

#define ASID_MASK(bits)		((1UL << (bits)) - 1)

void check_and_switch_context(struct mm_struct *mm);
void cpu_switch_mm(pgd_t *pgd, struct mm_struct *mm);
void cpu_set_reserved_ttbr0(void);
u64 asid_update_context(struct mm_struct *mm);	/* the allocator alone */
unsigned int asid_bits_in_use(void);
u64 asid_generation_now(void);

/* The allocator's per-CPU state (arch/arm64/mm/context.c), for tests. */
DECLARE_PER_CPU(atomic64_t, active_asids);
DECLARE_PER_CPU(u64, reserved_asids);
extern cpumask_t tlb_flush_pending;

static inline void __switch_mm(struct mm_struct *next)
{
	/* init_mm maps nothing in TTBR0: load the empty reserved table */
	if (next == &init_mm) {
		cpu_set_reserved_ttbr0();
		return;
	}
	check_and_switch_context(next);
}

/*
 * Caller: the scheduler (or exec, kthread_use_mm) with preemption off.
 * Linux's arm64 leaves mm_cpumask() empty, its TLB maintenance being
 * broadcast; we record the CPUs so GDB and the tests can see where an
 * mm has been loaded.
 */
static inline void switch_mm(struct mm_struct *prev, struct mm_struct *next,
			     struct task_struct *tsk)
{
	cpumask_set_cpu(smp_processor_id(), mm_cpumask(next));
	if (prev != next)
		__switch_mm(next);
}

/* exec: the new mm goes live on this CPU at once */
static inline void activate_mm(struct mm_struct *prev, struct mm_struct *next)
{
	switch_mm(prev, next, NULL);
}

#endif
