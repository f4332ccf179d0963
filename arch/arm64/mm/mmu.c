// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/mm/mmu.c - the kernel's final page tables (swapper_pg_dir),
 * the fixmap, and the switch from the boot tables. Linux: arch/arm64/mm/mmu.c.
 *
 * The chicken-and-egg problem this file solves: the linear map of RAM is
 * itself built out of page-table pages taken from RAM, which are not yet
 * mapped anywhere. Every table page is therefore reached through a fixmap
 * slot (FIX_PGD/PUD/PMD/PTE) while it is written.
 *
 * Linux also uses contiguous-hint (CONT_PTE/CONT_PMD) mappings and can
 * split/merge blocks later; we skip both: nothing remaps the linear map.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/libfdt.h>
#include <linux/init.h>
#include <asm/fixmap.h>
#include <asm/mmu.h>
#include <asm/mmu_context.h>
#include <asm/pgtable.h>
#include <asm/sections.h>
#include <asm/tlbflush.h>

#define NO_BLOCK_MAPPINGS	(1 << 0)

s64 memstart_addr = -1;

/* Tables backing the fixmap: part of the image, so usable before memblock. */
static pte_t bm_pte[PTRS_PER_PTE] __aligned(PAGE_SIZE) __section(".bss..page_aligned");
static pmd_t bm_pmd[PTRS_PER_PMD] __aligned(PAGE_SIZE) __section(".bss..page_aligned");
static pud_t bm_pud[PTRS_PER_PUD] __aligned(PAGE_SIZE) __section(".bss..page_aligned");

/* ---- fixmap ---- */

/*
 * Hook bm_pud/bm_pmd/bm_pte into the boot tables (init_pg_dir, still in
 * TTBR1). All slots share one pte table: the fixmap fits in one 2 MB range.
 */
void __init early_fixmap_init(void)
{
	u64 addr = FIXADDR_START;
	pgd_t *pgdp = pgd_offset_pgd(init_pg_dir, addr);

	BUILD_BUG_ON((FIXADDR_START >> PMD_SHIFT) != ((FIXADDR_TOP - 1) >> PMD_SHIFT));
	set_pgd(pgdp, __pgd(__pa_symbol(bm_pud) | PUD_TYPE_TABLE));
	set_pud(&bm_pud[pud_index(addr)], __pud(__pa_symbol(bm_pmd) | PMD_TYPE_TABLE));
	set_pmd(&bm_pmd[pmd_index(addr)], __pmd(__pa_symbol(bm_pte) | PMD_TYPE_TABLE));
}

void __set_fixmap(enum fixed_addresses idx, phys_addr_t phys, pgprot_t prot)
{
	u64 addr = __fix_to_virt(idx);
	pte_t *ptep = &bm_pte[pte_index(addr)];

	BUG_ON(idx <= FIX_HOLE || idx >= __end_of_fixed_addresses);
	if (pgprot_val(prot)) {
		set_pte(ptep, pfn_pte(phys >> PAGE_SHIFT, prot));
	} else {
		/* break before make: the next user must not hit a stale entry */
		pte_clear(ptep);
		flush_tlb_kernel_range(addr, addr + PAGE_SIZE);
	}
}

/*
 * Map the device tree read-only at FIX_FDT and reserve it in memblock.
 * Returns the virtual address of the blob, or NULL if it is not one.
 */
void *__init fixmap_remap_fdt(phys_addr_t dt_phys, int *size, pgprot_t prot)
{
	u64 base = __fix_to_virt(FIX_FDT);
	u64 offset = dt_phys & ~PAGE_MASK;
	void *dt_virt = (void *)(base + offset);
	int i, npages;

	if (!dt_phys || dt_phys % 8)
		return NULL;
	__set_fixmap(FIX_FDT, dt_phys & PAGE_MASK, prot);	/* the header */
	if (fdt_magic(dt_virt) != FDT_MAGIC)
		return NULL;
	*size = fdt_totalsize(dt_virt);
	if (*size > MAX_FDT_SIZE)
		return NULL;
	npages = DIV_ROUND_UP(offset + *size, PAGE_SIZE);
	for (i = 1; i < npages; i++)
		__set_fixmap(FIX_FDT - i, (dt_phys & PAGE_MASK) + i * PAGE_SIZE,
			     prot);
	memblock_reserve(dt_phys, *size);
	return dt_virt;
}

/* Map a table page at its fixmap slot; return the entry for addr in it. */
static void *table_fixmap(enum fixed_addresses idx, phys_addr_t entry_phys)
{
	return (void *)set_fixmap_offset(idx, entry_phys, FIXMAP_PAGE_NORMAL);
}

/* ---- building mappings ---- */

static phys_addr_t __init early_pgtable_alloc(int shift)
{
	phys_addr_t phys = memblock_phys_alloc(PAGE_SIZE, PAGE_SIZE);
	void *ptr;

	if (!phys)
		panic("Failed to allocate page table page\n");
	ptr = table_fixmap(FIX_PTE, phys);
	memset(ptr, 0, PAGE_SIZE);
	clear_fixmap(FIX_PTE);
	return phys;
}

static void init_pte(pmd_t *pmdp, u64 addr, u64 end, phys_addr_t phys,
		     pgprot_t prot)
{
	pte_t *ptep = table_fixmap(FIX_PTE, pte_offset_phys(pmdp, addr));

	do {
		set_pte(ptep, pfn_pte(phys >> PAGE_SHIFT, prot));
		phys += PAGE_SIZE;
	} while (ptep++, addr += PAGE_SIZE, addr != end);
	clear_fixmap(FIX_PTE);
}

static void alloc_init_pmd(pud_t *pudp, u64 addr, u64 end, phys_addr_t phys,
			   pgprot_t prot, phys_addr_t (*pgtable_alloc)(int),
			   int flags)
{
	pmd_t *pmdp;
	u64 next;

	if (pud_none(READ_ONCE(*pudp)))
		set_pud(pudp, __pud(pgtable_alloc(PMD_SHIFT) | PUD_TYPE_TABLE));
	BUG_ON(pud_bad(READ_ONCE(*pudp)));
	pmdp = table_fixmap(FIX_PMD, pmd_offset_phys(pudp, addr));
	do {
		next = pmd_addr_end(addr, end);
		if (((addr | next | phys) & ~PMD_MASK) == 0 &&
		    !(flags & NO_BLOCK_MAPPINGS)) {
			/* a 2 MB block: prot minus the "page" type bit */
			set_pmd(pmdp, __pmd(phys | (pgprot_val(prot) & ~PTE_TABLE_BIT)));
		} else {
			if (pmd_none(READ_ONCE(*pmdp)))
				set_pmd(pmdp, __pmd(pgtable_alloc(PAGE_SHIFT) |
						    PMD_TYPE_TABLE));
			BUG_ON(pmd_bad(READ_ONCE(*pmdp)));
			init_pte(pmdp, addr, next, phys, prot);
		}
		phys += next - addr;
	} while (pmdp++, addr = next, addr != end);
	clear_fixmap(FIX_PMD);
}

static void alloc_init_pud(pgd_t *pgdp, u64 addr, u64 end, phys_addr_t phys,
			   pgprot_t prot, phys_addr_t (*pgtable_alloc)(int),
			   int flags)
{
	p4d_t *p4dp = p4d_offset(pgdp, addr);
	pud_t *pudp;
	u64 next;

	if (p4d_none(READ_ONCE(*p4dp)))
		set_pgd(pgdp, __pgd(pgtable_alloc(PUD_SHIFT) | PUD_TYPE_TABLE));
	BUG_ON(p4d_bad(READ_ONCE(*p4dp)));
	pudp = table_fixmap(FIX_PUD, pud_offset_phys(p4dp, addr));
	do {
		next = pud_addr_end(addr, end);
		if (((addr | next | phys) & ~PUD_MASK) == 0 &&
		    !(flags & NO_BLOCK_MAPPINGS)) {
			set_pud(pudp, __pud(phys | (pgprot_val(prot) & ~PTE_TABLE_BIT)));
		} else {
			alloc_init_pmd(pudp, addr, next, phys, prot,
				       pgtable_alloc, flags);
		}
		phys += next - addr;
	} while (pudp++, addr = next, addr != end);
	clear_fixmap(FIX_PUD);
}

/*
 * __create_pgd_mapping - map [virt, virt + size) to phys with prot in the
 * tables rooted at pgdir, allocating intermediate tables on the way down.
 */
void __create_pgd_mapping(pgd_t *pgdir, phys_addr_t phys, u64 virt,
			  phys_addr_t size, pgprot_t prot,
			  phys_addr_t (*pgtable_alloc)(int), int flags)
{
	pgd_t *pgdp = pgd_offset_pgd(pgdir, virt);
	u64 addr, end, next;

	phys &= PAGE_MASK;
	addr = virt & PAGE_MASK;
	end = PAGE_ALIGN(virt + size);
	do {
		next = pgd_addr_end(addr, end);
		alloc_init_pud(pgdp, addr, next, phys, prot, pgtable_alloc,
			       flags);
		phys += next - addr;
	} while (pgdp++, addr = next, addr != end);
}

/* ---- the final kernel map ---- */

static void __init map_kernel_segment(pgd_t *pgdp, void *va_start,
				      void *va_end, pgprot_t prot)
{
	phys_addr_t pa_start = __pa_symbol(va_start);
	u64 size = PAGE_ALIGN((u64)va_end) - (u64)va_start;

	__create_pgd_mapping(pgdp, pa_start, (u64)va_start, size, prot,
			     early_pgtable_alloc, NO_BLOCK_MAPPINGS);
}

/* W^X: each segment gets exactly the rights its contents need. */
static void __init map_kernel(pgd_t *pgdp)
{
	map_kernel_segment(pgdp, _text, _etext, PAGE_KERNEL_ROX);
	map_kernel_segment(pgdp, __start_rodata, __end_rodata, PAGE_KERNEL_RO);
	map_kernel_segment(pgdp, _sdata, _end, PAGE_KERNEL);
	/* The fixmap has a pgd entry of its own: share the boot one. */
	set_pgd(pgd_offset_pgd(pgdp, FIXADDR_START),
		READ_ONCE(*pgd_offset_pgd(init_pg_dir, FIXADDR_START)));
}

/*
 * The linear map: every memblock.memory range at __va(pa), read-write and
 * never executable. Linux with rodata=full also makes the linear alias of
 * the kernel's text and rodata read-only; we skip that: the alias is not
 * executable, so no mapping is both writable and executable.
 */
static void __init map_mem(pgd_t *pgdp)
{
	phys_addr_t start, end;
	u64 i;

	for_each_mem_range(i, &start, &end) {
		if (start >= end)
			break;
		__create_pgd_mapping(pgdp, start, __phys_to_virt(start),
				     end - start, PAGE_KERNEL,
				     early_pgtable_alloc, 0);
	}
}

static void cpu_replace_ttbr1(pgd_t *pgdp)
{
	void (*replace_phys)(u64) =
		(void *)__pa_symbol(idmap_cpu_replace_ttbr1);

	/* TTBR0 still holds the identity map, so the physical address runs. */
	replace_phys(__pa_symbol(pgdp));
}

void cpu_set_reserved_ttbr0(void)
{
	write_sysreg(__pa_symbol(reserved_pg_dir), ttbr0_el1);
	isb();
	local_flush_tlb_all();
}

void __init paging_init(void)
{
	map_kernel(swapper_pg_dir);
	map_mem(swapper_pg_dir);
	cpu_replace_ttbr1(swapper_pg_dir);
	init_mm.pgd = swapper_pg_dir;
	/* From here on TTBR0 translates nothing until user space exists. */
	cpu_set_reserved_ttbr0();
	/*
	 * Everything that must survive is reserved and all RAM is mapped, so
	 * memblock may now place grown region arrays anywhere. Linux first
	 * gives init_pg_dir back to memblock; tinymm leaves it in the image.
	 */
	memblock_allow_resize();
}
