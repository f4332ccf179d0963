/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/fixmap.h - compile-time virtual addresses for early mappings.
 * Linux: arch/arm64/include/asm/fixmap.h.
 *
 * Before the linear map exists the kernel still has to read the device tree,
 * talk to the UART and write page tables that live in memory it cannot see
 * yet. Each such use gets a fixed slot (one page) just below FIXADDR_TOP,
 * backed by page tables that are part of the kernel image (bm_pud/bm_pmd/
 * bm_pte in mmu.c), so mapping a slot never needs an allocation.
 */
#ifndef __ASM_FIXMAP_H
#define __ASM_FIXMAP_H

#include <linux/sizes.h>
#include <asm/memory.h>
#include <asm/pgtable-prot.h>

#define MAX_FDT_SIZE	SZ_1M
/* the blob need not start on a page boundary: one extra page */
#define FIX_FDT_SIZE	(MAX_FDT_SIZE + PAGE_SIZE)

#ifndef __ASSEMBLY__
#include <linux/types.h>

enum fixed_addresses {
	FIX_HOLE,
	FIX_FDT_END,
	FIX_FDT = FIX_FDT_END + FIX_FDT_SIZE / PAGE_SIZE - 1,
	FIX_EARLYCON_MEM_BASE,
	__end_of_permanent_fixed_addresses,

	/* Used only while creating page tables (paging_init and later). */
	FIX_PTE,
	FIX_PMD,
	FIX_PUD,
	FIX_PGD,
	__end_of_fixed_addresses
};

#define FIXADDR_SIZE		(__end_of_permanent_fixed_addresses << PAGE_SHIFT)
#define FIXADDR_TOT_SIZE	(__end_of_fixed_addresses << PAGE_SHIFT)
#define FIXADDR_START		(FIXADDR_TOP - FIXADDR_TOT_SIZE)

#define __fix_to_virt(x)	(FIXADDR_TOP - ((u64)(x) << PAGE_SHIFT))
#define fix_to_virt(x)		__fix_to_virt(x)

void early_fixmap_init(void);
void __set_fixmap(enum fixed_addresses idx, phys_addr_t phys, pgprot_t prot);
void *fixmap_remap_fdt(phys_addr_t dt_phys, int *size, pgprot_t prot);

static inline u64 set_fixmap_offset(enum fixed_addresses idx,
				    phys_addr_t phys, pgprot_t prot)
{
	__set_fixmap(idx, phys & PAGE_MASK, prot);
	return fix_to_virt(idx) + (phys & ~PAGE_MASK);
}

#define set_fixmap_io(idx, phys)	__set_fixmap(idx, phys, FIXMAP_PAGE_IO)
#define clear_fixmap(idx)		__set_fixmap(idx, 0, __pgprot(0))
#endif

#endif /* __ASM_FIXMAP_H */
