/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm-generic/bitops/builtin-fls.h - the highest set bit of an int,
 * 1-based. Linux: the same file.
 */
#ifndef _ASM_GENERIC_BITOPS_BUILTIN_FLS_H_
#define _ASM_GENERIC_BITOPS_BUILTIN_FLS_H_

#include <linux/compiler.h>

/* fls(0) = 0, fls(1) = 1, fls(0x80000000) = 32. */
static __always_inline int fls(unsigned int x)
{
	return x ? sizeof(x) * 8 - __builtin_clz(x) : 0;
}

#endif
