/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/io.h - MMIO accessors. Linux: arch/arm64/include/asm/io.h.
 * The barriers order device accesses against normal memory: a write must
 * not overtake earlier stores to a buffer the device will read (wmb first),
 * and a read must complete before later loads that depend on it (rmb after).
 */
#ifndef _LINUX_IO_H
#define _LINUX_IO_H

#include <linux/types.h>
#include <asm/barrier.h>

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
 * Map a device's registers into vmalloc space (Device-nGnRE, never
 * executable); iounmap() undoes it. Linux: arch/arm64/mm/ioremap.c,
 * here in mm/vmalloc.c.
 */
void __iomem *ioremap(phys_addr_t phys_addr, size_t size);
void iounmap(volatile void __iomem *addr);

#endif
