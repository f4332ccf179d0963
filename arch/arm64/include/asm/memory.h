/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/memory.h - the kernel's virtual memory layout and the __va()/__pa()
 * translations between the linear map, the kernel image and physical memory.
 * Linux: arch/arm64/include/asm/memory.h and the VMALLOC_* lines of
 * asm/pgtable.h (layout as in v5.19: 48-bit VA, 4K pages, no KASAN).
 *
 *   0xffff000000000000  PAGE_OFFSET    linear map of all RAM (128 TB window)
 *   0xffff800000000000  PAGE_END       modules (128 MB, unused: no modules)
 *   0xffff800008000000  KIMAGE_VADDR   kernel image, then the vmalloc area
 *   0xfffffbfff0000000  VMALLOC_END    (VmallocTotal 133143592960 kB)
 *   0xfffffbfffe000000  FIXADDR_TOP    fixmap grows down from here
 *   0xfffffbfffe800000  PCI_IO_START   PCI I/O (16 MB, unused)
 *   0xfffffc0000000000  VMEMMAP_START  vmemmap, 2 TB (unused: FLATMEM)
 *
 * tinymm keeps VMALLOC_START/END here rather than in asm/pgtable.h, so the
 * whole layout reads in one place. Its struct pages live in a flat mem_map
 * from memblock in the linear map, not at VMEMMAP_START (no SPARSEMEM);
 * the vmemmap constants only mark the window Linux would use.
 */
#ifndef __ASM_MEMORY_H
#define __ASM_MEMORY_H

#include <linux/sizes.h>
#ifdef __KERNEL_HOST__
/* The host unit tests share the layout, but translate over an arena. */
#include <asm/page.h>
#else
#include <asm/page-def.h>
#endif

#ifdef __ASSEMBLY__
#define UL(x)		x
#else
#define UL(x)		(x##UL)
#endif

#define VA_BITS			48
#define PAGE_OFFSET		(-(UL(1) << VA_BITS))
#define PAGE_END		(-(UL(1) << (VA_BITS - 1)))

/* struct page is at most 64 bytes, so vmemmap is linear map >> 6. */
#define STRUCT_PAGE_MAX_SHIFT	6
#define VMEMMAP_SHIFT		(PAGE_SHIFT - STRUCT_PAGE_MAX_SHIFT)
#define VMEMMAP_SIZE		((PAGE_END - PAGE_OFFSET) >> VMEMMAP_SHIFT)

#define MODULES_VADDR		PAGE_END
#define MODULES_VSIZE		SZ_128M
#define MODULES_END		(MODULES_VADDR + MODULES_VSIZE)
#define KIMAGE_VADDR		MODULES_END
#define VMEMMAP_START		(-(UL(1) << (VA_BITS - VMEMMAP_SHIFT)))
#define VMEMMAP_END		(VMEMMAP_START + VMEMMAP_SIZE)
#define PCI_IO_SIZE		SZ_16M
#define PCI_IO_END		(VMEMMAP_START - SZ_8M)
#define PCI_IO_START		(PCI_IO_END - PCI_IO_SIZE)
#define FIXADDR_TOP		(VMEMMAP_START - SZ_32M)
#define VMALLOC_START		MODULES_END
#define VMALLOC_END		(VMEMMAP_START - SZ_256M)

/*
 * Allow all memory at the discovery stage (drivers/of/fdt.c):
 * arm64_memblock_init() clips it to what the linear map can hold.
 */
#define MIN_MEMBLOCK_ADDR	0
#define MAX_MEMBLOCK_ADDR	U64_MAX

#define THREAD_SIZE		SZ_16K

#if !defined(__ASSEMBLY__) && !defined(__KERNEL_HOST__)
#include <linux/types.h>
#include <linux/compiler.h>

/* Start of RAM, rounded down; set by arm64_memblock_init(). */
extern s64 memstart_addr;
#define PHYS_OFFSET		((phys_addr_t)memstart_addr)
/* Kernel image VA minus its PA: set in head.S before the MMU is on. */
extern u64 kimage_voffset;

#define __is_lm_address(addr)	(((u64)(addr) - PAGE_OFFSET) < (PAGE_END - PAGE_OFFSET))
#define __lm_to_phys(addr)	(((addr) - PAGE_OFFSET) + PHYS_OFFSET)
#define __kimg_to_phys(addr)	((addr) - kimage_voffset)

#define __virt_to_phys_nodebug(x) ({					\
	phys_addr_t __x = (phys_addr_t)(x);				\
	__is_lm_address(__x) ? __lm_to_phys(__x) : __kimg_to_phys(__x); \
})

/*
 * CONFIG_DEBUG_VIRTUAL, always on: virt_to_phys()/__pa() (and so
 * virt_to_pfn/virt_to_page) of an address outside the linear map warns
 * "virt_to_phys used for non-linear address" (arch/arm64/mm/physaddr.c).
 * Linux calls __virt_to_phys() out of line for every address when the
 * option is set; we test the range inline and call out only for a bad
 * address, so the check costs two instructions and can stay on. Kernel
 * symbols take __pa_symbol(), as in Linux.
 */
phys_addr_t __virt_to_phys(unsigned long x);

static __always_inline phys_addr_t __virt_to_phys_checked(unsigned long x)
{
	if (likely(__is_lm_address(x)))
		return __lm_to_phys(x);
	return __virt_to_phys(x);
}

#define __pa_nodebug(x)	__virt_to_phys_nodebug((unsigned long)(x))
#define __phys_to_virt(x)	((unsigned long)((x) - PHYS_OFFSET) | PAGE_OFFSET)
#define __phys_to_kimg(x)	((unsigned long)((x) + kimage_voffset))

static inline phys_addr_t virt_to_phys(const volatile void *x)
{
	return __virt_to_phys_checked((unsigned long)(x));
}

static inline void *phys_to_virt(phys_addr_t x)
{
	return (void *)(__phys_to_virt(x));
}

#define __pa(x)		__virt_to_phys_checked((unsigned long)(x))
#define __pa_symbol(x)		__kimg_to_phys((phys_addr_t)(x))
#define __va(x)			((void *)__phys_to_virt((phys_addr_t)(x)))
#define lm_alias(x)		__va(__pa_symbol(x))
#define virt_addr_valid(x)	__is_lm_address((u64)(x))

#endif /* !__ASSEMBLY__ && !__KERNEL_HOST__ */
#endif /* __ASM_MEMORY_H */
