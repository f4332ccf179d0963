// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/mm/context.c - the ASID allocator. Linux: the same file.
 *
 * Every user mm gets an Address Space ID so its TLB entries can stay in
 * the TLB while other mms run. ASIDs are 8 or 16 bits (ID_AA64MMFR0_EL1.
 * ASIDBits), far fewer than the address spaces a system creates over
 * time, so they are handed out in generations: mm->context.id holds
 * generation | asid. When the bitmap is full a new generation starts
 * (flush_context()): the bitmap is cleared, the ASID live on each CPU is
 * kept for its mm (reserved_asids), and every CPU is told to flush its
 * TLB before it next switches (tlb_flush_pending). An mm whose id
 * carries an old generation gets a new ASID the next time it is switched
 * in, preferably the same number as before.
 *
 * Switching to an mm whose ASID is of the current generation takes no
 * lock: the CPU swaps its active_asids entry with a cmpxchg. A rollover
 * on another CPU zeroes that entry first (xchg), so a CPU that finds 0
 * there knows it must take cpu_asid_lock and look again.
 *
 * ASID 0 is never handed out: TTBR0 holds it with the empty
 * reserved_pg_dir while no user mm is loaded.
 * Simplified: Linux also has pinned ASIDs (for SVA), the KPTI odd/even
 * pairs, the Falkor erratum's reserved ASID, CNP and branch-predictor
 * hardening on switch; we skip them because tinymm has no SVA, no KPTI
 * and runs on QEMU's A53/A72 models, which need none of the rest.
 */
#include <linux/kernel.h>
#include <linux/atomic.h>
#include <linux/bitops.h>
#include <linux/cpumask.h>
#include <linux/mm.h>
#include <linux/percpu.h>
#include <linux/smp.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <asm/barrier.h>
#include <asm/mmu_context.h>
#include <asm/sysreg.h>
#include <asm/tlbflush.h>

#define MAX_ASID_BITS	16

static unsigned int asid_bits;
static atomic64_t asid_generation;
static DECLARE_BITMAP(asid_map, 1UL << MAX_ASID_BITS);
static DEFINE_SPINLOCK(cpu_asid_lock);	/* raw in Linux; ours never sleep */

/*
 * Linux keeps these three static; here sched_kunit may set another CPU's
 * entries, standing in for a CPU that runs an mm (asm/mmu_context.h).
 */
DEFINE_PER_CPU(atomic64_t, active_asids);	/* 0: a rollover passed */
DEFINE_PER_CPU(u64, reserved_asids);		/* live at the last rollover */
cpumask_t tlb_flush_pending;			/* flush before next switch */

/*
 * Linux counts generations in units of 1 << asid_bits; we always use
 * 1 << 16 so the low 16 bits of context.id are the ASID whatever the
 * CPU's width, which is what ASID() in asm/tlbflush.h reads.
 */
#define ASID_FIRST_VERSION	(1UL << MAX_ASID_BITS)
#define NUM_USER_ASIDS		(1UL << asid_bits)
#define ctxid2asid(asid)	((asid) & ASID_MASK(asid_bits))
#define asid2ctxid(asid, genid)	((asid) | (genid))

static unsigned int get_cpu_asid_bits(void)
{
	u64 mmfr0 = read_sysreg(id_aa64mmfr0_el1);

	/* ASIDBits: 0b0000 = 8 bits, 0b0010 = 16 bits (head.S set TCR.AS) */
	return ((mmfr0 >> ID_AA64MMFR0_ASIDBITS_SHIFT) & 0xf) == 2 ? 16 : 8;
}

/* Linux: asids_init(), an early_initcall; tinymm has no initcalls, so
 * the first user of the allocator sets it up, under cpu_asid_lock. */
static void asids_init_once(void)
{
	unsigned long flags;

	if (likely(READ_ONCE(asid_bits))) {
		smp_rmb();	/* pairs with the smp_wmb() below */
		return;
	}
	spin_lock_irqsave(&cpu_asid_lock, flags);
	if (!asid_bits) {
		atomic64_set(&asid_generation, ASID_FIRST_VERSION);
		__set_bit(0, asid_map);
		smp_wmb();	/* generation and map before asid_bits */
		WRITE_ONCE(asid_bits, get_cpu_asid_bits());
	}
	spin_unlock_irqrestore(&cpu_asid_lock, flags);
}

unsigned int asid_bits_in_use(void)
{
	asids_init_once();
	return asid_bits;
}

u64 asid_generation_now(void)
{
	asids_init_once();
	return atomic64_read(&asid_generation);
}

/*
 * A new generation: forget every ASID but those live on a CPU, and make
 * every CPU flush its TLB before it next switches. Caller holds
 * cpu_asid_lock and has already advanced asid_generation.
 */
static void flush_context(void)
{
	unsigned int cpu;
	u64 asid;

	memset(asid_map, 0, BITS_TO_LONGS(NUM_USER_ASIDS) * sizeof(long));
	__set_bit(0, asid_map);

	for_each_possible_cpu(cpu) {
		asid = atomic64_xchg_relaxed(&per_cpu(active_asids, cpu), 0);
		/*
		 * 0: this CPU has not switched since an earlier rollover,
		 * so its reserved ASID is the only trace of the mm it runs.
		 */
		if (asid == 0)
			asid = per_cpu(reserved_asids, cpu);
		__set_bit(ctxid2asid(asid), asid_map);
		per_cpu(reserved_asids, cpu) = asid;
	}
	cpumask_setall(&tlb_flush_pending);
}

/*
 * Was @asid live on some CPU at the rollover? Then its mm keeps the
 * number: every CPU's reserved copy becomes @newasid (all of them, not
 * just the first, or the next rollover would find a stale one).
 */
static bool check_update_reserved_asid(u64 asid, u64 newasid)
{
	bool hit = false;
	unsigned int cpu;

	for_each_possible_cpu(cpu) {
		if (per_cpu(reserved_asids, cpu) == asid) {
			hit = true;
			per_cpu(reserved_asids, cpu) = newasid;
		}
	}
	return hit;
}

/* An id of the current generation for @mm. Caller holds cpu_asid_lock. */
static u64 new_context(struct mm_struct *mm)
{
	static unsigned long cur_idx = 1;
	u64 asid = atomic64_read(&mm->context.id);
	u64 generation = atomic64_read(&asid_generation);

	if (asid != 0) {
		u64 newasid = asid2ctxid(ctxid2asid(asid), generation);

		if (check_update_reserved_asid(asid, newasid))
			return newasid;
		/* the same number again, if nobody took it this generation */
		if (!test_and_set_bit(ctxid2asid(asid), asid_map))
			return newasid;
	}

	asid = find_next_zero_bit(asid_map, NUM_USER_ASIDS, cur_idx);
	if (asid == NUM_USER_ASIDS) {
		/* all taken: start a new generation */
		generation = atomic64_add_return_relaxed(ASID_FIRST_VERSION,
							 &asid_generation);
		flush_context();
		/* more ASIDs than CPUs: one is free now */
		asid = find_next_zero_bit(asid_map, NUM_USER_ASIDS, 1);
	}
	__set_bit(asid, asid_map);
	cur_idx = asid;
	return asid2ctxid(asid, generation);
}

static bool asid_gen_match(u64 asid)
{
	return !((asid ^ atomic64_read(&asid_generation)) >> MAX_ASID_BITS);
}

/*
 * asid_update_context - check_and_switch_context() without the TTBR0
 * write: give @mm an ASID of the current generation (keeping its number
 * when it can), make it this CPU's active one and flush the local TLB if
 * a rollover happened since this CPU last switched. Returns mm's new
 * context.id. Called with preemption off (the scheduler, or a test);
 * never sleeps. The split lets sched_kunit drive the allocator with mms
 * that have no page tables.
 */
u64 asid_update_context(struct mm_struct *mm)
{
	atomic64_t *active = this_cpu_ptr(&active_asids);
	unsigned long flags;
	u64 asid, old_active_asid;

	asids_init_once();
	/*
	 * Fast path, no lock: the mm's generation is current and our
	 * active entry is still non-zero when the cmpxchg replaces it. A
	 * rollover's xchg and our cmpxchg are ordered on that one location:
	 * either it took our old value (we read 0 and take the lock, which
	 * shows us the new generation) or it comes later and reserves the
	 * ASID we just stored.
	 */
	asid = atomic64_read(&mm->context.id);
	old_active_asid = atomic64_read(active);
	if (old_active_asid && asid_gen_match(asid) &&
	    atomic64_cmpxchg_relaxed(active, old_active_asid, asid) ==
	    (s64)old_active_asid)
		return asid;

	spin_lock_irqsave(&cpu_asid_lock, flags);
	/* look again: another CPU may have renewed it meanwhile */
	asid = atomic64_read(&mm->context.id);
	if (!asid_gen_match(asid)) {
		asid = new_context(mm);
		atomic64_set(&mm->context.id, asid);
	}
	if (cpumask_test_and_clear_cpu(smp_processor_id(), &tlb_flush_pending))
		local_flush_tlb_all();
	atomic64_set(active, asid);
	spin_unlock_irqrestore(&cpu_asid_lock, flags);
	return asid;
}

/* TTBR0 = the pgd's physical address | ASID << 48. */
void cpu_switch_mm(pgd_t *pgd, struct mm_struct *mm)
{
	u64 ttbr = virt_to_phys(pgd) | (ASID(mm) << 48);

	write_sysreg(ttbr, ttbr0_el1);
	isb();
}

/*
 * check_and_switch_context - load user @mm into TTBR0 of this CPU with an
 * ASID of the current generation. Caller: switch_mm() with preemption
 * off; init_mm never comes here. Never sleeps.
 */
void check_and_switch_context(struct mm_struct *mm)
{
	asid_update_context(mm);
	cpu_switch_mm(mm->pgd, mm);
}
