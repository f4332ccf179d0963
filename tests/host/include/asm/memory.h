/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Host twin of arch/arm64/include/asm/memory.h: the same virtual layout
 * constants (vmalloc's range, the fixmap...), without the arm64 __va/__pa,
 * which the host's asm/page.h defines over the arena. Keep the numbers in
 * step with the arm64 header; tests/host/vmalloc_test.c checks a few.
 */
#ifndef __HOST_ASM_MEMORY_H
#define __HOST_ASM_MEMORY_H

#include <linux/sizes.h>
#include <asm/page.h>

#define UL(x)			(x##UL)

#define VA_BITS			48
#define PAGE_OFFSET		(-(UL(1) << VA_BITS))
#define PAGE_END		(-(UL(1) << (VA_BITS - 1)))
#define MODULES_VADDR		PAGE_END
#define MODULES_VSIZE		SZ_128M
#define MODULES_END		(MODULES_VADDR + MODULES_VSIZE)
#define KIMAGE_VADDR		MODULES_END
#define STRUCT_PAGE_MAX_SHIFT	6
#define VMEMMAP_SIZE		((PAGE_END - PAGE_OFFSET) >> \
				 (PAGE_SHIFT - STRUCT_PAGE_MAX_SHIFT))
#define VMEMMAP_START		(-VMEMMAP_SIZE - SZ_2M)
#define VMEMMAP_END		(VMEMMAP_START + VMEMMAP_SIZE)
#define PCI_IO_SIZE		SZ_16M
#define PCI_IO_END		(VMEMMAP_START - SZ_2M)
#define PCI_IO_START		(PCI_IO_END - PCI_IO_SIZE)
#define FIXADDR_TOP		(PCI_IO_START - SZ_2M)
#define VMALLOC_START		MODULES_END
#define VMALLOC_END		(-(UL(1) << 30) - VMEMMAP_SIZE - SZ_64K)

#endif
