/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/pgtable-prot.h - the protections the kernel maps memory with.
 * Linux: arch/arm64/include/asm/pgtable-prot.h. PTE_WRITE is the software
 * "writable" bit (Linux reuses DBM for it); the hardware only looks at
 * PTE_RDONLY, which set_pte keeps consistent.
 */
#ifndef __ASM_PGTABLE_PROT_H
#define __ASM_PGTABLE_PROT_H

#include <asm/pgtable-hwdef.h>
#include <asm/sysreg.h>

#define PTE_WRITE		PTE_DBM

#define PROT_DEFAULT		(PTE_TYPE_PAGE | PTE_AF | PTE_SHARED)
#define PROT_SECT_DEFAULT	(PMD_TYPE_SECT | PTE_AF | PTE_SHARED)

#define PROT_DEVICE_nGnRnE	(PROT_DEFAULT | PTE_PXN | PTE_UXN | PTE_WRITE | \
				 PTE_ATTRINDX(MT_DEVICE_nGnRnE))
#define PROT_DEVICE_nGnRE	(PROT_DEFAULT | PTE_PXN | PTE_UXN | PTE_WRITE | \
				 PTE_ATTRINDX(MT_DEVICE_nGnRE))
#define PROT_NORMAL_NC		(PROT_DEFAULT | PTE_PXN | PTE_UXN | PTE_WRITE | \
				 PTE_ATTRINDX(MT_NORMAL_NC))
#define PROT_NORMAL		(PROT_DEFAULT | PTE_PXN | PTE_UXN | PTE_WRITE | \
				 PTE_ATTRINDX(MT_NORMAL))

#ifndef __ASSEMBLY__
#include <linux/types.h>

typedef struct { u64 pgprot; } pgprot_t;
#define pgprot_val(x)		((x).pgprot)
#define __pgprot(x)		((pgprot_t) { (x) })

#define PAGE_KERNEL		__pgprot(PROT_NORMAL)
#define PAGE_KERNEL_RO		__pgprot((PROT_NORMAL & ~PTE_WRITE) | PTE_RDONLY)
#define PAGE_KERNEL_ROX		__pgprot((PROT_NORMAL & ~(PTE_WRITE | PTE_PXN)) | PTE_RDONLY)
#define PAGE_KERNEL_EXEC	__pgprot(PROT_NORMAL & ~PTE_PXN)
#define PAGE_KERNEL_NC		__pgprot(PROT_NORMAL_NC)
#define PAGE_KERNEL_DEVICE	__pgprot(PROT_DEVICE_nGnRE)
#define FIXMAP_PAGE_IO		__pgprot(PROT_DEVICE_nGnRE)
#define FIXMAP_PAGE_NORMAL	PAGE_KERNEL
#define FIXMAP_PAGE_RO		PAGE_KERNEL_RO
#endif

#endif /* __ASM_PGTABLE_PROT_H */
