/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/mm.h - the memory-management interface the rest of the kernel sees.
 * Linux: include/linux/mm.h. Grows with each mm feature.
 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/kernel.h>
#include <linux/pfn.h>
#include <linux/mm_types.h>

#define PAGE_ALIGN(addr)	ALIGN(addr, PAGE_SIZE)
#define PAGE_ALIGNED(addr)	IS_ALIGNED((unsigned long)(addr), PAGE_SIZE)

#endif
