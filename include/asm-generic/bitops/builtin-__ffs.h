/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm-generic/bitops/builtin-__ffs.h - the lowest set bit, 0-based.
 * Linux: the same file; arm64 compiles __builtin_ctzl to rbit + clz.
 */
#ifndef _ASM_GENERIC_BITOPS_BUILTIN___FFS_H_
#define _ASM_GENERIC_BITOPS_BUILTIN___FFS_H_

#include <linux/compiler.h>

/* Undefined for 0: callers test for no bit set first. */
static __always_inline unsigned long __ffs(unsigned long word)
{
	return __builtin_ctzl(word);
}

#endif
