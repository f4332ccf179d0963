/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm-generic/rwonce.h - READ_ONCE() and WRITE_ONCE(): one access of the
 * whole variable that the compiler may neither tear, merge with another
 * nor repeat. Linux: the same file (an architecture's asm/rwonce.h may
 * change them; arm64's does only for LTO builds). Include through
 * linux/compiler.h.
 */
#ifndef __ASM_GENERIC_RWONCE_H
#define __ASM_GENERIC_RWONCE_H

#define READ_ONCE(x)	(*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, val) \
	do { *(volatile __typeof__(x) *)&(x) = (val); } while (0)

#endif
