// SPDX-License-Identifier: GPL-2.0
/*
 * lib/int_sqrt.c - integer square root, rounded down.
 * Linux: lib/math/int_sqrt.c.
 *
 * The page allocator sizes its reserves with it: min_free_kbytes =
 * int_sqrt(lowmem_kbytes * 16), so 1 GiB of lowmem (1048576 KB) gives
 * sqrt(16777216) = 4096 KB. The result must be exactly floor(sqrt(x)), or the
 * watermarks differ from Linux's.
 *
 * Method: the schoolbook digit-by-digit root in base 2 (no division, no
 * floating point): from the top down, try to set each bit of the root and
 * keep it if its square still fits under x.
 * Linux has the same algorithm; it also offers int_sqrt64() for 32-bit
 * machines, which a 64-bit-only kernel does not need.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>

unsigned long int_sqrt(unsigned long x)
{
	unsigned long bit, trial, root = 0;

	if (x <= 1)
		return x;

	/* The highest power of 4 that is <= x: the root's top bit, squared. */
	bit = 1UL << (__fls(x) & ~1UL);

	/*
	 * Deciding root bit b = 2^j (bit == b * b): with r the root bits
	 * found so far, setting b costs (r + b)^2 - r^2 = 2 * r * b + b * b
	 * of the remainder x. We keep root == 2 * r * b, so the cost is
	 * simply root + bit, and halving root moves to the next lower b.
	 */
	while (bit) {
		trial = root + bit;
		root >>= 1;
		if (x >= trial) {
			x -= trial;
			root += bit;
		}
		bit >>= 2;
	}
	return root;
}
