/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/tlbflush.h - TLB maintenance. Linux: arch/arm64/include/asm/tlbflush.h.
 * The pattern is always: make the table write visible (dsb ishst), invalidate
 * (tlbi ... is = inner shareable, so every CPU drops it), wait for completion
 * (dsb ish), then resynchronise the instruction stream (isb).
 */
#ifndef __ASM_TLBFLUSH_H
#define __ASM_TLBFLUSH_H

#include <asm/barrier.h>
#include <asm/pgtable-hwdef.h>

#ifndef __ASSEMBLY__
#include <linux/types.h>

#define __tlbi(op, ...)	asm volatile("tlbi " #op __VA_ARGS__ : : : "memory")
#define __TLBI_VADDR(addr)	(((u64)(addr) >> 12) & ((UL(1) << 44) - 1))

static inline void local_flush_tlb_all(void)
{
	dsb(nshst);
	__tlbi(vmalle1);
	dsb(nsh);
	isb();
}

static inline void flush_tlb_all(void)
{
	dsb(ishst);
	__tlbi(vmalle1is);
	dsb(ish);
	isb();
}

/* One kernel page, all ASIDs ("vaale1is": last level, all ASIDs). */
static inline void flush_tlb_kernel_page(u64 addr)
{
	u64 a = __TLBI_VADDR(addr);

	dsb(ishst);
	asm volatile("tlbi vaae1is, %0" : : "r" (a) : "memory");
	dsb(ish);
	isb();
}

static inline void flush_tlb_kernel_range(u64 start, u64 end)
{
	u64 addr;

	if ((end - start) >> PAGE_SHIFT > 512) {
		flush_tlb_all();
		return;
	}
	dsb(ishst);
	for (addr = start; addr < end; addr += PAGE_SIZE)
		asm volatile("tlbi vaae1is, %0" : : "r" (__TLBI_VADDR(addr)) : "memory");
	dsb(ish);
	isb();
}

/*
 * ---- user address spaces: by ASID ----
 * User entries are non-global (PTE_NG), tagged with the mm's ASID, so one
 * mm's entries can be dropped without touching others'. The TLBI operand
 * carries the ASID in bits [63:48]; arch/arm64/mm/context.c gives each
 * mm its ASID (context.id) when it is first switched to.
 */
#include <linux/atomic.h>
#include <linux/mm_types.h>

#define ASID(mm)	(atomic64_read(&(mm)->context.id) & 0xffff)
#define __TLBI_VADDR_ASID(addr, asid) \
	(__TLBI_VADDR(addr) | ((u64)(asid) << 48))
#define MAX_TLBI_OPS	PTRS_PER_PTE

static inline void flush_tlb_mm(struct mm_struct *mm)
{
	u64 asid = __TLBI_VADDR_ASID(0, ASID(mm));

	dsb(ishst);
	asm volatile("tlbi aside1is, %0" : : "r" (asid) : "memory");
	dsb(ish);
}

static inline void flush_tlb_page(struct vm_area_struct *vma, u64 uaddr)
{
	u64 addr = __TLBI_VADDR_ASID(uaddr, ASID(vma->vm_mm));

	dsb(ishst);
	asm volatile("tlbi vale1is, %0" : : "r" (addr) : "memory");
	dsb(ish);
}

/* Past MAX_TLBI_OPS pages one ASID-wide flush is cheaper than a loop. */
static inline void flush_tlb_range(struct vm_area_struct *vma, u64 start,
				   u64 end)
{
	u64 asid = ASID(vma->vm_mm), addr;

	if ((end - start) >> PAGE_SHIFT > MAX_TLBI_OPS) {
		flush_tlb_mm(vma->vm_mm);
		return;
	}
	dsb(ishst);
	for (addr = start; addr < end; addr += PAGE_SIZE)
		asm volatile("tlbi vae1is, %0" : :
			     "r" (__TLBI_VADDR_ASID(addr, asid)) : "memory");
	dsb(ish);
}
#endif

#endif
