/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm-generic/bitops/builtin-__fls.h - the highest set bit, 0-based.
 * Linux: the same file.
 */
#ifndef _ASM_GENERIC_BITOPS_BUILTIN___FLS_H_
#define _ASM_GENERIC_BITOPS_BUILTIN___FLS_H_

#include <linux/compiler.h>

/* Undefined for 0: callers test for no bit set first. */
static __always_inline unsigned long __fls(unsigned long word)
{
	return (sizeof(word) * 8) - 1 - __builtin_clzl(word);
}

#endif
