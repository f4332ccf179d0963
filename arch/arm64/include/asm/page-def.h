/* SPDX-License-Identifier: GPL-2.0 */
/* asm/page-def.h - the 4 KB granule. Linux: arch/arm64/include/asm/page-def.h. */
#ifndef __ASM_PAGE_DEF_H
#define __ASM_PAGE_DEF_H

#define PAGE_SHIFT	12		/* 4 KB granule; Linux also offers 16K/64K */
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))

#endif
