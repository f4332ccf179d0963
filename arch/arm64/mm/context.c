// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/mm/context.c - the ASID allocator. Linux: the same file.
 *
 * Every user mm gets an Address Space ID so its TLB entries can stay in
 * the TLB while other mms run. ASIDs are 8 or 16 bits (ID_AA64MMFR0_EL1.
 * ASIDBits), far fewer than the address spaces a system creates over
 * time, so they are handed out in generations: mm->context.id holds
 * generation | asid. When the bitmap is full a new generation starts:
 * the bitmap is cleared, the ASIDs live on CPUs right now are kept
 * (reserved), and the whole TLB is flushed once. An mm whose id carries
 * an old generation gets a new ASID the next time it is switched in,
 * preferably the same number as before.
 *
 * ASID 0 is never handed out: TTBR0 holds it with the empty
 * reserved_pg_dir while no user mm is loaded.
 * Simplified: one CPU, so "active_asids" is one value and the lock is
 * interrupt masking; Linux also has pinned ASIDs (for SVA) and a fast
 * path that avoids the lock with cmpxchg; we skip both.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/mm.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <asm/mmu_context.h>
#include <asm/sysreg.h>
#include <asm/tlbflush.h>

#define MAX_ASID_BITS	16

static unsigned int asid_bits;
static u64 asid_generation;
static DECLARE_BITMAP(asid_map, 1UL << MAX_ASID_BITS);
static unsigned long cur_idx = 1;
static u64 active_asid;		/* per CPU in Linux */
static u64 reserved_asid;	/* per CPU in Linux: active at the rollover */
static bool tlb_flush_pending;	/* per CPU in Linux */
static DEFINE_SPINLOCK(cpu_asid_lock);

/*
 * Linux counts generations in units of 1 << asid_bits; we always use
 * 1 << 16 so the low 16 bits of context.id are the ASID whatever the
 * CPU's width, which is what ASID() in asm/tlbflush.h reads.
 */
#define ASID_FIRST_VERSION	(1UL << MAX_ASID_BITS)
#define NUM_USER_ASIDS		(1UL << asid_bits)
#define asid2idx(asid)		((asid) & ASID_MASK(asid_bits))

static unsigned int get_cpu_asid_bits(void)
{
	u64 mmfr0 = read_sysreg(id_aa64mmfr0_el1);

	/* ASIDBits: 0b0000 = 8 bits, 0b0010 = 16 bits (head.S set TCR.AS) */
	return ((mmfr0 >> ID_AA64MMFR0_ASIDBITS_SHIFT) & 0xf) == 2 ? 16 : 8;
}

static void asids_init(void);

unsigned int asid_bits_in_use(void)
{
	if (!asid_bits)
		asids_init();
	return asid_bits;
}

u64 asid_generation_now(void)
{
	asid_bits_in_use();
	return asid_generation;
}

/* Linux: an early_initcall; here on first use */
static void asids_init(void)
{
	asid_bits = get_cpu_asid_bits();
	asid_generation = ASID_FIRST_VERSION;
	set_bit(0, asid_map);
}

/* A new generation: forget every ASID but the one loaded now. */
static void flush_context(void)
{
	u64 asid;

	memset(asid_map, 0, BITS_TO_LONGS(NUM_USER_ASIDS) * sizeof(long));
	set_bit(0, asid_map);
	asid = active_asid;
	active_asid = 0;
	/* Linux: if the CPU rolled over without switching, keep its old one */
	if (asid == 0)
		asid = reserved_asid;
	set_bit(asid2idx(asid), asid_map);
	reserved_asid = asid;
	tlb_flush_pending = true;
}

/* Was this mm's ASID live at the rollover? Then it keeps it. */
static bool check_update_reserved_asid(u64 asid, u64 newasid)
{
	if (reserved_asid != asid)
		return false;
	reserved_asid = newasid;
	return true;
}

static u64 new_context(struct mm_struct *mm)
{
	u64 asid = mm->context.id;
	u64 generation = asid_generation;
	unsigned long idx;

	if (asid != 0) {
		u64 newasid = generation | asid2idx(asid);

		if (check_update_reserved_asid(asid, newasid))
			return newasid;
		/* the same number again, if nobody took it this generation */
		if (!test_and_set_bit(asid2idx(asid), asid_map))
			return newasid;
	}
	idx = find_next_zero_bit(asid_map, NUM_USER_ASIDS, cur_idx);
	if (idx == NUM_USER_ASIDS) {
		/* all taken: start a new generation */
		generation = asid_generation += ASID_FIRST_VERSION;
		flush_context();
		idx = find_next_zero_bit(asid_map, NUM_USER_ASIDS, 1);
	}
	set_bit(idx, asid_map);
	cur_idx = idx;
	return generation | idx;
}

static bool asid_gen_match(u64 asid)
{
	return !((asid ^ asid_generation) >> MAX_ASID_BITS);
}

/*
 * Give mm an ASID of the current generation (keeping its number when it
 * can) and make it this CPU's active one. Flushes the local TLB if a
 * rollover happened since this CPU last switched.
 */
u64 asid_update_context(struct mm_struct *mm)
{
	unsigned long flags;
	u64 asid;

	spin_lock_irqsave(&cpu_asid_lock, flags);
	asid_bits_in_use();
	asid = mm->context.id;
	if (!asid || !asid_gen_match(asid)) {
		asid = new_context(mm);
		mm->context.id = asid;
	}
	if (tlb_flush_pending) {
		tlb_flush_pending = false;
		local_flush_tlb_all();
	}
	active_asid = asid;
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

void check_and_switch_context(struct mm_struct *mm)
{
	if (mm == &init_mm) {
		cpu_set_reserved_ttbr0();
		return;
	}
	asid_update_context(mm);
	cpu_switch_mm(mm->pgd, mm);
}
