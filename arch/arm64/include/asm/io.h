/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/io.h - MMIO accessors and ioremap. Linux: arch/arm64/include/asm/io.h.
 * The barriers order device accesses against normal memory: a write must
 * not overtake earlier stores to a buffer the device will read (wmb first),
 * and a read must complete before later loads that depend on it (rmb after).
 */
#ifndef __ASM_IO_H
#define __ASM_IO_H

#include <linux/types.h>
#include <asm/barrier.h>
#include <asm/pgtable-prot.h>

#define __iomem

static inline u32 __raw_readl(const volatile void __iomem *addr)
{
	u32 val;

	asm volatile("ldr %w0, [%1]" : "=r" (val) : "r" (addr));
	return val;
}

static inline void __raw_writel(u32 val, volatile void __iomem *addr)
{
	asm volatile("str %w0, [%1]" : : "rZ" (val), "r" (addr));
}

#define readl(c)	({ u32 __v = __raw_readl(c); rmb(); __v; })
#define writel(v, c)	({ wmb(); __raw_writel((v), (c)); })

/*
 * Map a device's registers into vmalloc space; iounmap() undoes it
 * (arch/arm64/mm/ioremap.c). ioremap() is Device-nGnRE, never executable.
 * Linux also has ioremap_wc and ioremap_cache; we skip them because no
 * caller maps memory write-combined or cacheable.
 */
void __iomem *__ioremap(phys_addr_t phys_addr, size_t size, pgprot_t prot);
void iounmap(volatile void __iomem *addr);

#define ioremap(addr, size)	__ioremap((addr), (size), __pgprot(PROT_DEVICE_nGnRE))

#endif
