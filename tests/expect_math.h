/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tests/expect_math.h - reference arithmetic for the watermark tests, in
 * the host and the in-kernel suites alike. Written independently of
 * lib/int_sqrt.c on purpose: a test must not share the code it checks.
 */
#ifndef _TESTS_EXPECT_MATH_H
#define _TESTS_EXPECT_MATH_H

/* floor(sqrt(x)), bit by bit */
static inline unsigned long isqrt(unsigned long x)
{
	unsigned long r = 0, bit = 1UL << 62;

	while (bit > x)
		bit >>= 2;
	while (bit) {
		if (x >= r + bit) {
			x -= r + bit;
			r = (r >> 1) + bit;
		} else {
			r >>= 1;
		}
		bit >>= 2;
	}
	return r;
}

#endif
