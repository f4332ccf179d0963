/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm-generic/bitops/builtin-ffs.h - the lowest set bit, 1-based, as libc's
 * ffs(). Linux: the same file.
 */
#ifndef _ASM_GENERIC_BITOPS_BUILTIN_FFS_H_
#define _ASM_GENERIC_BITOPS_BUILTIN_FFS_H_

/* ffs(0) = 0, ffs(1) = 1, ffs(0x80000000) = 32. */
#define ffs(x)	__builtin_ffs(x)

#endif
