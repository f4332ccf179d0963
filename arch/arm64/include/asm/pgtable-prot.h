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

/*
 * ---- user protections (Linux v5.19 arm64) ----
 * Software bits in the upper attributes the hardware ignores: PTE_DIRTY
 * (written since last cleaned; hardware dirtiness is PTE_WRITE without
 * PTE_RDONLY), PTE_SPECIAL (no struct page to refcount: the zero page),
 * PTE_PROT_NONE (PROT_NONE: not valid, but present to the mm).
 * Every user page is non-global (PTE_NG: tagged with the ASID) and never
 * kernel-executable (PTE_PXN). A shared writable page starts clean:
 * PTE_WRITE with PTE_RDONLY, so the first write faults and dirties it.
 * PAGE_COPY (private writable) is not an arm64 name: private mappings use
 * PAGE_READONLY and copy on the write fault.
 */
#define PTE_DIRTY		(UL(1) << 55)
#define PTE_SPECIAL		(UL(1) << 56)
#define PTE_PROT_NONE		(UL(1) << 58)	/* only when !PTE_VALID */

#define _PAGE_DEFAULT		(PROT_DEFAULT | PTE_ATTRINDX(MT_NORMAL))

#ifndef __ASSEMBLY__
#define PAGE_NONE		__pgprot(((_PAGE_DEFAULT) & ~PTE_VALID) | PTE_PROT_NONE | \
					 PTE_RDONLY | PTE_NG | PTE_PXN | PTE_UXN)
#define PAGE_SHARED		__pgprot(_PAGE_DEFAULT | PTE_USER | PTE_RDONLY | PTE_NG | \
					 PTE_PXN | PTE_UXN | PTE_WRITE)
#define PAGE_SHARED_EXEC	__pgprot(_PAGE_DEFAULT | PTE_USER | PTE_RDONLY | PTE_NG | \
					 PTE_PXN | PTE_WRITE)
#define PAGE_READONLY		__pgprot(_PAGE_DEFAULT | PTE_USER | PTE_RDONLY | PTE_NG | \
					 PTE_PXN | PTE_UXN)
#define PAGE_READONLY_EXEC	__pgprot(_PAGE_DEFAULT | PTE_USER | PTE_RDONLY | PTE_NG | \
					 PTE_PXN)
#define PAGE_EXECONLY		__pgprot(_PAGE_DEFAULT | PTE_RDONLY | PTE_NG | PTE_PXN)

/*
 * mm/mmap.c's protection_map[]: __Pxwr for private, __Sxwr for shared
 * mappings. Execute-only would be PAGE_EXECONLY, but without the Enhanced
 * PAN feature (none of QEMU's usual CPUs has it) arm64 Linux downgrades
 * it to PAGE_READONLY_EXEC, as here.
 */
#define __P000	PAGE_NONE
#define __P001	PAGE_READONLY
#define __P010	PAGE_READONLY
#define __P011	PAGE_READONLY
#define __P100	PAGE_READONLY_EXEC
#define __P101	PAGE_READONLY_EXEC
#define __P110	PAGE_READONLY_EXEC
#define __P111	PAGE_READONLY_EXEC

#define __S000	PAGE_NONE
#define __S001	PAGE_READONLY
#define __S010	PAGE_SHARED
#define __S011	PAGE_SHARED
#define __S100	PAGE_READONLY_EXEC
#define __S101	PAGE_READONLY_EXEC
#define __S110	PAGE_SHARED_EXEC
#define __S111	PAGE_SHARED_EXEC
#endif

#endif /* __ASM_PGTABLE_PROT_H */
