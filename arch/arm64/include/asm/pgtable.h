/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/pgtable.h - page-table entry types and the accessors generic mm code
 * uses to walk and edit them: pgd_offset_k, pud_offset, pmd_offset,
 * pte_offset_kernel, set_pte, pte_mkwrite, ...
 * Linux: arch/arm64/include/asm/pgtable.h, pgtable-types.h and
 * include/asm-generic/pgtable-nop4d.h (p4d folded into pgd).
 * The walkers here reach tables through the linear map (__va), so they work
 * once paging_init() has built it; before that mmu.c goes through the fixmap.
 */
#ifndef __ASM_PGTABLE_H
#define __ASM_PGTABLE_H

#include <asm/pgtable-hwdef.h>
#include <asm/pgtable-prot.h>
#include <asm/barrier.h>

#ifndef __ASSEMBLY__
#include <linux/types.h>
#include <linux/compiler.h>
#include <asm/pgtable-types.h>

struct mm_struct;
struct vm_area_struct;
extern pgd_t swapper_pg_dir[PTRS_PER_PGD];
extern pgd_t init_pg_dir[PTRS_PER_PGD];
extern pgd_t init_idmap_pg_dir[PTRS_PER_PGD];
extern pgd_t reserved_pg_dir[PTRS_PER_PGD];

/* ---- indices ---- */
#define pgd_index(a)	(((a) >> PGDIR_SHIFT) & (PTRS_PER_PGD - 1))
#define pud_index(a)	(((a) >> PUD_SHIFT) & (PTRS_PER_PUD - 1))
#define pmd_index(a)	(((a) >> PMD_SHIFT) & (PTRS_PER_PMD - 1))
#define pte_index(a)	(((a) >> PAGE_SHIFT) & (PTRS_PER_PTE - 1))

#define pgd_addr_end(a, end) ({ u64 __b = ((a) + PGDIR_SIZE) & PGDIR_MASK; \
	(__b - 1 < (end) - 1) ? __b : (end); })
#define pud_addr_end(a, end) ({ u64 __b = ((a) + PUD_SIZE) & PUD_MASK; \
	(__b - 1 < (end) - 1) ? __b : (end); })
#define pmd_addr_end(a, end) ({ u64 __b = ((a) + PMD_SIZE) & PMD_MASK; \
	(__b - 1 < (end) - 1) ? __b : (end); })
#define p4d_addr_end(a, end)	(end)

/* ---- entry tests ---- */
#define pte_none(p)	(!pte_val(p))
#define pte_present(p)	(!!(pte_val(p) & PTE_VALID))
#define pte_write(p)	(!!(pte_val(p) & PTE_WRITE))
#define pte_rdonly(p)	(!!(pte_val(p) & PTE_RDONLY))
#define pte_exec(p)	(!(pte_val(p) & PTE_PXN))
#define pte_user_exec(p) (!(pte_val(p) & PTE_UXN))
#define pte_young(p)	(!!(pte_val(p) & PTE_AF))
#define pte_pfn(p)	((pte_val(p) & PTE_ADDR_MASK) >> PAGE_SHIFT)

#define pmd_none(p)	(!pmd_val(p))
#define pmd_present(p)	(!!(pmd_val(p) & PTE_VALID))
#define pmd_table(p)	((pmd_val(p) & PTE_TYPE_MASK) == PMD_TYPE_TABLE)
#define pmd_sect(p)	((pmd_val(p) & PTE_TYPE_MASK) == PMD_TYPE_SECT)
#define pmd_bad(p)	(!pmd_table(p))
#define pud_none(p)	(!pud_val(p))
#define pud_present(p)	(!!(pud_val(p) & PTE_VALID))
#define pud_table(p)	((pud_val(p) & PTE_TYPE_MASK) == PUD_TYPE_TABLE)
#define pud_sect(p)	((pud_val(p) & PTE_TYPE_MASK) == PUD_TYPE_SECT)
#define pud_bad(p)	(!pud_table(p))
#define pgd_none(p)	(!pgd_val(p))
#define pgd_bad(p)	((pgd_val(p) & PTE_TYPE_MASK) != PUD_TYPE_TABLE)
#define p4d_none(p)	pgd_none((p).pgd)
#define p4d_bad(p)	pgd_bad((p).pgd)

/* ---- making entries ---- */
static inline pte_t pfn_pte(u64 pfn, pgprot_t prot)
{
	return __pte((pfn << PAGE_SHIFT) | pgprot_val(prot));
}

static inline pte_t pte_mkwrite(pte_t p)
{
	return __pte((pte_val(p) | PTE_WRITE) & ~PTE_RDONLY);
}

/*
 * Dirty is either hardware-dirty (writable and no longer read-only: the
 * DBM state a write leaves) or software-dirty (PTE_DIRTY).
 */
#define pte_hw_dirty(p)	(pte_write(p) && !pte_rdonly(p))
#define pte_sw_dirty(p)	(!!(pte_val(p) & PTE_DIRTY))
#define pte_dirty(p)	(pte_sw_dirty(p) || pte_hw_dirty(p))
#define pte_special(p)	(!!(pte_val(p) & PTE_SPECIAL))

/* Dirty and, if writable, let the hardware write without a fault. */
static inline pte_t pte_mkdirty(pte_t p)
{
	p = __pte(pte_val(p) | PTE_DIRTY);
	if (pte_write(p))
		p = __pte(pte_val(p) & ~PTE_RDONLY);
	return p;
}

static inline pte_t pte_mkclean(pte_t p)
{
	return __pte((pte_val(p) & ~PTE_DIRTY) | PTE_RDONLY);
}

/* Read-only, keeping hardware dirtiness as PTE_DIRTY so it is not lost. */
static inline pte_t pte_wrprotect(pte_t p)
{
	if (pte_hw_dirty(p))
		p = __pte(pte_val(p) | PTE_DIRTY);
	return __pte((pte_val(p) & ~PTE_WRITE) | PTE_RDONLY);
}

static inline pte_t pte_mkspecial(pte_t p)
{
	return __pte(pte_val(p) | PTE_SPECIAL);
}

/*
 * New permission bits, same page, same young/dirty state. Dirtiness
 * recorded only in the hardware form (writable, not read-only) would be
 * lost when the pte becomes read-only, so it is first copied into the
 * software PTE_DIRTY bit.
 */
static inline pte_t pte_modify(pte_t pte, pgprot_t newprot)
{
	const u64 mask = PTE_USER | PTE_PXN | PTE_UXN | PTE_RDONLY |
			 PTE_PROT_NONE | PTE_VALID | PTE_WRITE;

	if (pte_hw_dirty(pte))
		pte = __pte(pte_val(pte) | PTE_DIRTY);
	return __pte((pte_val(pte) & ~mask) | (pgprot_val(newprot) & mask));
}

/* The caller has page_to_pfn() (linux/mm.h), as in Linux. */
#define mk_pte(page, prot)	pfn_pte(page_to_pfn(page), prot)

static inline pte_t pte_mkyoung(pte_t p)	{ return __pte(pte_val(p) | PTE_AF); }
static inline pte_t pte_mkold(pte_t p)		{ return __pte(pte_val(p) & ~PTE_AF); }
static inline pte_t pte_mkexec(pte_t p)		{ return __pte(pte_val(p) & ~PTE_PXN); }
static inline pte_t pte_mknexec(pte_t p)	{ return __pte(pte_val(p) | PTE_PXN); }

/* Physical address a table entry points to. */
#define pmd_page_paddr(p)	(pmd_val(p) & PTE_ADDR_MASK)
#define pud_page_paddr(p)	(pud_val(p) & PTE_ADDR_MASK)
#define p4d_page_paddr(p)	(p4d_val(p) & PTE_ADDR_MASK)

/*
 * Writing a live entry: the store must be visible to the table walker
 * before any later access that may walk it (dsb ishst), and a new valid
 * kernel mapping must not be used by an earlier-fetched instruction (isb).
 */
static inline void set_pte(pte_t *ptep, pte_t pte)
{
	WRITE_ONCE(*ptep, pte);
	dsb(ishst);
	isb();
}

/*
 * A user pte that may be executed: the page's bytes came in through the
 * data cache (a page-cache fill, a copy-on-write copy), which the
 * instruction cache does not snoop, so the page is cleaned to the point
 * of unification first, once per write (asm/cacheflush.h).
 * Linux: set_pte_at() -> __sync_icache_dcache().
 */
void __sync_icache_dcache(pte_t pteval);	/* arch/arm64/mm/flush.c */

static inline void set_pte_at(struct mm_struct *mm, unsigned long addr,
			      pte_t *ptep, pte_t pte)
{
	if (pte_present(pte) && pte_user_exec(pte))
		__sync_icache_dcache(pte);
	set_pte(ptep, pte);
}

static inline void set_pmd(pmd_t *pmdp, pmd_t pmd)
{
	WRITE_ONCE(*pmdp, pmd);
	dsb(ishst);
	isb();
}

static inline void set_pud(pud_t *pudp, pud_t pud)
{
	WRITE_ONCE(*pudp, pud);
	dsb(ishst);
	isb();
}

static inline void set_pgd(pgd_t *pgdp, pgd_t pgd)
{
	WRITE_ONCE(*pgdp, pgd);
	dsb(ishst);
	isb();
}

#define pte_clear(ptep)		set_pte(ptep, __pte(0))

/*
 * Read, then clear. Linux swaps atomically because the hardware may set
 * AF or dirty meanwhile; TCR_EL1.HA/HD are off here, so nothing does.
 */
static inline pte_t ptep_get_and_clear(struct mm_struct *mm,
				       unsigned long addr, pte_t *ptep)
{
	pte_t pte = READ_ONCE(*ptep);

	pte_clear(ptep);
	return pte;
}

static inline void ptep_set_wrprotect(struct mm_struct *mm,
				      unsigned long addr, pte_t *ptep)
{
	set_pte(ptep, pte_wrprotect(READ_ONCE(*ptep)));
}

/*
 * Loosen a pte (young, dirty, writable) in place; returns 1 if it
 * changed. On arm64 no TLB flush is needed for that: a stale stricter
 * entry only costs a spurious fault. Linux: arch/arm64/mm/fault.c, a
 * cmpxchg loop racing the hardware's AF/DBM updates; nothing here updates
 * a pte behind the kernel's back, so one store does.
 */
static inline int ptep_set_access_flags(struct vm_area_struct *vma,
					unsigned long address, pte_t *ptep,
					pte_t entry, int dirty)
{
	if (pte_val(READ_ONCE(*ptep)) == pte_val(entry))	/* pte_same() */
		return 0;
	set_pte(ptep, entry);
	return 1;
}

/* ---- walking (through the linear map) ---- */
#define pgd_offset_pgd(pgd, a)	((pgd) + pgd_index(a))
#define pgd_offset_k(a)		pgd_offset_pgd(swapper_pg_dir, (a))

static inline p4d_t *p4d_offset(pgd_t *pgdp, u64 addr)
{
	return (p4d_t *)pgdp;
}

static inline pud_t *pud_offset(p4d_t *p4dp, u64 addr)
{
	return (pud_t *)phys_to_virt(p4d_page_paddr(READ_ONCE(*p4dp))) +
	       pud_index(addr);
}

static inline pmd_t *pmd_offset(pud_t *pudp, u64 addr)
{
	return (pmd_t *)phys_to_virt(pud_page_paddr(READ_ONCE(*pudp))) +
	       pmd_index(addr);
}

static inline pte_t *pte_offset_kernel(pmd_t *pmdp, u64 addr)
{
	return (pte_t *)phys_to_virt(pmd_page_paddr(READ_ONCE(*pmdp))) +
	       pte_index(addr);
}

/* Offsets computed from a physical table address (for the fixmap walkers). */
#define pud_offset_phys(p4dp, a) (p4d_page_paddr(READ_ONCE(*(p4dp))) + pud_index(a) * sizeof(pud_t))
#define pmd_offset_phys(pudp, a) (pud_page_paddr(READ_ONCE(*(pudp))) + pmd_index(a) * sizeof(pmd_t))
#define pte_offset_phys(pmdp, a) (pmd_page_paddr(READ_ONCE(*(pmdp))) + pte_index(a) * sizeof(pte_t))

#endif /* !__ASSEMBLY__ */
#endif /* __ASM_PGTABLE_H */
