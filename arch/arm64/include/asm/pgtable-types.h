/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/pgtable-types.h - the page-table entry types, wrapped in structs so
 * the compiler stops a pte being used as a pmd by mistake.
 * Linux: arch/arm64/include/asm/pgtable-types.h.
 */
#ifndef __ASM_PGTABLE_TYPES_H
#define __ASM_PGTABLE_TYPES_H

#include <linux/types.h>

typedef struct { u64 pte; } pte_t;
typedef struct { u64 pmd; } pmd_t;
typedef struct { u64 pud; } pud_t;
typedef struct { u64 pgd; } pgd_t;
typedef struct { pgd_t pgd; } p4d_t;

#define pte_val(x)	((x).pte)
#define pmd_val(x)	((x).pmd)
#define pud_val(x)	((x).pud)
#define pgd_val(x)	((x).pgd)
#define p4d_val(x)	(pgd_val((x).pgd))
#define __pte(x)	((pte_t) { (x) })
#define __pmd(x)	((pmd_t) { (x) })
#define __pud(x)	((pud_t) { (x) })
#define __pgd(x)	((pgd_t) { (x) })

#endif
