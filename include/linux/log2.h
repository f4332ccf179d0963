/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/log2.h - integer base-2 logarithms and powers of two.
 * Linux: the same file, less its compile-time forms (const_ilog2): the
 * compiler folds these for a constant argument anyway.
 */
#ifndef _LINUX_LOG2_H
#define _LINUX_LOG2_H

#include <linux/types.h>
#include <linux/bitops.h>

/* floor(log2(n)); undefined for 0. */
static inline __attribute__((const)) int __ilog2_u32(u32 n)
{
	return fls(n) - 1;
}

static inline __attribute__((const)) int __ilog2_u64(u64 n)
{
	return fls64(n) - 1;
}

#define ilog2(n)	(sizeof(n) <= 4 ? __ilog2_u32(n) : __ilog2_u64(n))

/* The smallest power of two >= n (n > 0). */
static inline __attribute__((const))
unsigned long __roundup_pow_of_two(unsigned long n)
{
	return 1UL << fls_long(n - 1);
}

/* The largest power of two <= n (n > 0). */
static inline __attribute__((const))
unsigned long __rounddown_pow_of_two(unsigned long n)
{
	return 1UL << (fls_long(n) - 1);
}

/* Exactly one bit set (0 is not a power of two). */
static inline __attribute__((const)) bool is_power_of_2(unsigned long n)
{
	return n != 0 && (n & (n - 1)) == 0;
}

#define roundup_pow_of_two(n)	__roundup_pow_of_two(n)
#define rounddown_pow_of_two(n)	__rounddown_pow_of_two(n)

#endif /* _LINUX_LOG2_H */
