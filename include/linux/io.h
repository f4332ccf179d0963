/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/io.h - device memory: the arch's accessors and ioremap (asm/io.h),
 * and the generic page-table walk ioremap is built on (mm/vmalloc.c).
 * Linux: include/linux/io.h.
 */
#ifndef _LINUX_IO_H
#define _LINUX_IO_H

#include <linux/types.h>
#include <asm/io.h>

int ioremap_page_range(unsigned long addr, unsigned long end,
		       phys_addr_t phys_addr, pgprot_t prot);

#endif
