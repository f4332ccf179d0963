/* SPDX-License-Identifier: GPL-2.0 */
/* asm/mmu.h - kernel mapping entry points. Linux: arch/arm64/include/asm/mmu.h. */
#ifndef __ASM_MMU_H
#define __ASM_MMU_H

#include <asm/pgtable.h>

void paging_init(void);
void arm64_memblock_init(void);
void __create_pgd_mapping(pgd_t *pgdir, phys_addr_t phys, u64 virt,
			  phys_addr_t size, pgprot_t prot,
			  phys_addr_t (*pgtable_alloc)(int), int flags);
void idmap_cpu_replace_ttbr1(u64 ttbr1);

#endif
