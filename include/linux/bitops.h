/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/bitops.h - atomic bit operations on a word, and bit searches.
 * Linux: include/linux/bitops.h + asm-generic/bitops/atomic.h. Built on
 * the compiler's __atomic builtins (LDXR/STXR loops or LSE on arm64).
 * __ffs/ffs/__fls/fls/fls64 come from asm/bitops.h, as in Linux.
 */
#ifndef _LINUX_BITOPS_H
#define _LINUX_BITOPS_H

#include <linux/types.h>
#include <asm/bitops.h>

#define BIT(nr)			(1UL << (nr))
#define BIT_MASK(nr)		(1UL << ((nr) % 64))
#define BIT_WORD(nr)		((nr) / 64)

static inline void set_bit(unsigned int nr, volatile unsigned long *addr)
{
	__atomic_fetch_or(&addr[BIT_WORD(nr)], BIT_MASK(nr), __ATOMIC_RELAXED);
}

static inline void clear_bit(unsigned int nr, volatile unsigned long *addr)
{
	__atomic_fetch_and(&addr[BIT_WORD(nr)], ~BIT_MASK(nr), __ATOMIC_RELAXED);
}

static inline bool test_bit(unsigned int nr, const volatile unsigned long *addr)
{
	return (__atomic_load_n(&addr[BIT_WORD(nr)], __ATOMIC_RELAXED) >> (nr % 64)) & 1;
}

static inline bool test_and_clear_bit(unsigned int nr, volatile unsigned long *addr)
{
	return __atomic_fetch_and(&addr[BIT_WORD(nr)], ~BIT_MASK(nr),
				  __ATOMIC_SEQ_CST) & BIT_MASK(nr);
}

static inline bool test_and_set_bit(unsigned int nr, volatile unsigned long *addr)
{
	return __atomic_fetch_or(&addr[BIT_WORD(nr)], BIT_MASK(nr),
				 __ATOMIC_SEQ_CST) & BIT_MASK(nr);
}

/* The non-atomic forms, for a bitmap the caller owns or locks
 * (asm-generic/bitops/non-atomic.h). */
static inline void __set_bit(unsigned int nr, volatile unsigned long *addr)
{
	addr[BIT_WORD(nr)] |= BIT_MASK(nr);
}

static inline void __clear_bit(unsigned int nr, volatile unsigned long *addr)
{
	addr[BIT_WORD(nr)] &= ~BIT_MASK(nr);
}

/* The highest set bit of a long, 1-based; fls_long(0) = 0. */
static inline unsigned int fls_long(unsigned long l)
{
	if (sizeof(l) == 4)
		return fls(l);
	return fls64(l);
}

/* ceil(log2(l)): the order of the smallest power of two >= l; -1 for 0. */
static inline int get_count_order_long(unsigned long l)
{
	if (l == 0UL)
		return -1;
	return (int)fls_long(--l);
}

#define BITS_TO_LONGS(n)	(((n) + 63) / 64)
#define DECLARE_BITMAP(name, bits)	unsigned long name[BITS_TO_LONGS(bits)]

/* The first set bit at or after offset, or size if none. */
static inline unsigned long find_next_bit(const unsigned long *addr,
					  unsigned long size,
					  unsigned long offset)
{
	for (; offset < size; offset++) {
		unsigned long word = addr[BIT_WORD(offset)];

		if (!word && !(offset % 64)) {
			offset += 63;
			continue;
		}
		if (word & BIT_MASK(offset))
			return offset;
	}
	return size;
}

/* The first clear bit at or after offset, or size if none. */
static inline unsigned long find_next_zero_bit(const unsigned long *addr,
					       unsigned long size,
					       unsigned long offset)
{
	for (; offset < size; offset++) {
		unsigned long word = addr[BIT_WORD(offset)];

		if (word == ~0UL && !(offset % 64)) {
			offset += 63;
			continue;
		}
		if (!(word & BIT_MASK(offset)))
			return offset;
	}
	return size;
}

#endif
