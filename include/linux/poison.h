/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/poison.h - the magic values debugging code writes into memory so
 * that a stray use shows up as a recognisable pattern in a dump.
 * Linux: include/linux/poison.h (the slab and list values; the rest of
 * Linux's file covers subsystems tinymm doesn't have).
 */
#ifndef _LINUX_POISON_H
#define _LINUX_POISON_H

/* list.h has its own LIST_POISON1/2 (not offset by a POISON_POINTER_DELTA) */

/* ---- slab red zones: a word on each side of an object (mm/slab.c) ---- */
#define RED_INACTIVE	0x09F911029D74E35BULL	/* when obj is inactive */
#define RED_ACTIVE	0xD84156C5635688C0ULL	/* when obj is active */

/* ---- slab poisoning: object contents (mm/slab.c) ---- */
#define POISON_INUSE	0x5a	/* for use-uninitialised poisoning */
#define POISON_FREE	0x6b	/* for use-after-free poisoning */
#define POISON_END	0xa5	/* end-byte of poisoning */

#endif
