// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/mm/ioremap.c - mapping a device's registers into the kernel's
 * address space. Linux: the same file (v5.19: __ioremap_caller,
 * __ioremap, iounmap).
 *
 * What it teaches: a device is reached through the page tables like
 * memory, only with a different memory type. ioremap() takes a range of
 * vmalloc space (get_vm_area_caller with VM_IOREMAP, so the range is
 * aligned to its size) and points it at the physical registers with
 * Device-nGnRE attributes through ioremap_page_range() (mm/vmalloc.c):
 * no caching, no speculative reads, writes in program order.
 * RAM is refused: the linear map already maps it Normal cacheable, and
 * two mappings of one page with different types break coherency.
 *
 * Simplified: Linux also has ioremap_cache() (RAM returns its linear-map
 * address) and early_ioremap() through fixmap slots; we skip them
 * because nothing maps memory cacheable and the early console uses its
 * fixmap slot directly. The RAM check is pfn_valid() where Linux asks
 * pfn_is_map_memory(): with FLATMEM and no holes they agree.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/io.h>
#include <linux/vmalloc.h>

/*
 * Map [phys_addr, phys_addr + size) with @prot; returns the virtual
 * address of phys_addr (its offset in the page kept), or NULL for an
 * empty or wrapping range, RAM, or no vmalloc space. May sleep (the
 * vm_struct and page tables are GFP_KERNEL); @caller is what
 * /proc/vmallocinfo shows.
 */
static void __iomem *__ioremap_caller(phys_addr_t phys_addr, size_t size,
				      pgprot_t prot, void *caller)
{
	unsigned long offset = phys_addr & ~PAGE_MASK;
	unsigned long addr;
	phys_addr_t last_addr;
	struct vm_struct *area;

	phys_addr &= PAGE_MASK;
	size = PAGE_ALIGN(size + offset);
	last_addr = phys_addr + size - 1;
	if (!size || last_addr < phys_addr)
		return NULL;

	/* RAM is already mapped cacheable: a device alias would conflict */
	if (WARN_ON(pfn_valid(phys_addr >> PAGE_SHIFT)))
		return NULL;

	area = get_vm_area_caller(size, VM_IOREMAP, caller);
	if (!area)
		return NULL;
	addr = (unsigned long)area->addr;
	area->phys_addr = phys_addr;

	if (ioremap_page_range(addr, addr + size, phys_addr, prot)) {
		vunmap((void *)addr);
		return NULL;
	}
	return (void __iomem *)(offset + addr);
}

void __iomem *__ioremap(phys_addr_t phys_addr, size_t size, pgprot_t prot)
{
	return __ioremap_caller(phys_addr, size, prot,
				__builtin_return_address(0));
}

/* Undo ioremap(): unmap the range and give it back. May sleep. */
void iounmap(volatile void __iomem *io_addr)
{
	unsigned long addr = (unsigned long)io_addr & PAGE_MASK;

	if (is_vmalloc_addr((void *)addr))
		vunmap((void *)addr);
}
