/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/pgtable-hwdef.h - the hardware's page-table format for a 4 KB granule
 * and 48-bit VAs: four levels of 512 eight-byte descriptors.
 * Linux: arch/arm64/include/asm/pgtable-hwdef.h.
 *
 *   VA bits  47..39   38..30   29..21   20..12   11..0
 *            pgd idx  pud idx  pmd idx  pte idx  offset
 *            level 0  level 1  level 2  level 3
 * A level-1 or level-2 entry is a table (bits[1:0] = 0b11) or a block of
 * 1 GB / 2 MB (0b01); a level-3 entry is a page (0b11). p4d is folded into
 * pgd, as on arm64 Linux with 4 levels.
 */
#ifndef __ASM_PGTABLE_HWDEF_H
#define __ASM_PGTABLE_HWDEF_H

#include <asm/memory.h>

#define CONFIG_PGTABLE_LEVELS	4
#define PTRS_PER_PTE		512
#define PTRS_PER_PMD		512
#define PTRS_PER_PUD		512
#define PTRS_PER_PGD		512
#define PTRS_PER_P4D		1

#define PMD_SHIFT		21
#define PMD_SIZE		(UL(1) << PMD_SHIFT)
#define PMD_MASK		(~(PMD_SIZE - 1))
#define PUD_SHIFT		30
#define PUD_SIZE		(UL(1) << PUD_SHIFT)
#define PUD_MASK		(~(PUD_SIZE - 1))
#define PGDIR_SHIFT		39
#define PGDIR_SIZE		(UL(1) << PGDIR_SHIFT)
#define PGDIR_MASK		(~(PGDIR_SIZE - 1))
#define P4D_SHIFT		PGDIR_SHIFT
#define P4D_SIZE		PGDIR_SIZE

/* Descriptor type, bits [1:0] */
#define PTE_VALID		(UL(1) << 0)
#define PTE_TABLE_BIT		(UL(1) << 1)	/* table/page, clear for a block */
#define PTE_TYPE_MASK		(UL(3) << 0)
#define PTE_TYPE_PAGE		(UL(3) << 0)
#define PMD_TYPE_TABLE		(UL(3) << 0)
#define PMD_TYPE_SECT		(UL(1) << 0)
#define PUD_TYPE_TABLE		(UL(3) << 0)
#define PUD_TYPE_SECT		(UL(1) << 0)
#define PMD_TABLE_BIT		PTE_TABLE_BIT

/* Lower attributes, bits [11:2] (same for pages and blocks) */
#define PTE_ATTRINDX(t)		((UL(t)) << 2)	/* MAIR index */
#define PTE_ATTRINDX_MASK	(UL(7) << 2)
#define PTE_USER		(UL(1) << 6)	/* AP[1]: EL0 may access */
#define PTE_RDONLY		(UL(1) << 7)	/* AP[2]: read-only */
#define PTE_SHARED		(UL(3) << 8)	/* SH[1:0]: inner shareable */
#define PTE_AF			(UL(1) << 10)	/* access flag */
#define PTE_NG			(UL(1) << 11)	/* not global: tagged with the ASID */

/* Upper attributes, bits [63:51] */
#define PTE_DBM			(UL(1) << 51)	/* dirty bit modifier */
#define PTE_CONT		(UL(1) << 52)	/* contiguous hint */
#define PTE_PXN			(UL(1) << 53)	/* privileged execute never */
#define PTE_UXN			(UL(1) << 54)	/* user execute never */

/* Output address, bits [47:12] */
#define PTE_ADDR_LOW		(((UL(1) << (48 - PAGE_SHIFT)) - 1) << PAGE_SHIFT)
#define PTE_ADDR_MASK		PTE_ADDR_LOW

/* Hierarchical attributes in table descriptors (unused, listed for ptdump) */
#define PMD_TABLE_PXN		(UL(1) << 59)
#define PMD_TABLE_UXN		(UL(1) << 60)

#endif /* __ASM_PGTABLE_HWDEF_H */
