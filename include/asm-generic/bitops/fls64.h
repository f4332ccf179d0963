/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm-generic/bitops/fls64.h - the highest set bit of a u64, 1-based.
 * Linux: the same file (its 64-bit branch: __fls() of the whole word).
 */
#ifndef _ASM_GENERIC_BITOPS_FLS64_H_
#define _ASM_GENERIC_BITOPS_FLS64_H_

#include <linux/compiler.h>
#include <linux/types.h>

/* fls64(0) = 0, fls64(1) = 1, fls64(1ULL << 63) = 64. */
static __always_inline int fls64(u64 x)
{
	if (x == 0)
		return 0;
	return __fls(x) + 1;
}

#endif
