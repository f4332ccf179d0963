/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/math.h - dividing and scaling integers. Linux: the same file;
 * its round_up/round_down stay beside ALIGN in linux/kernel.h, which
 * includes this header.
 */
#ifndef _LINUX_MATH_H
#define _LINUX_MATH_H

#define DIV_ROUND_UP(n, d)	(((n) + (d) - 1) / (d))

/*
 * x * numer / denom without overflowing x * numer: the quotient and the
 * remainder of x / denom are scaled apart.
 */
#define mult_frac(x, numer, denom) ({				\
	__typeof__(x) quot = (x) / (denom);			\
	__typeof__(x) rem  = (x) % (denom);			\
	(quot * (numer)) + ((rem * (numer)) / (denom));		\
})

#endif /* _LINUX_MATH_H */
