/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Host twin of asm/barrier.h: the host tests are single-threaded and no
 * hardware table walker reads the arena, so the arm64 barriers only need
 * to stop the compiler from reordering.
 */
#ifndef __ASM_BARRIER_H
#define __ASM_BARRIER_H

#define isb()		__asm__ __volatile__("" : : : "memory")
#define dmb(opt)	__asm__ __volatile__("" : : : "memory")
#define dsb(opt)	__asm__ __volatile__("" : : : "memory")

#define mb()		dsb(sy)
#define rmb()		dsb(ld)
#define wmb()		dsb(st)
#define smp_mb()	dmb(ish)
#define smp_rmb()	dmb(ishld)
#define smp_wmb()	dmb(ishst)

/* One-way barriers on one variable: STLR and LDAR on arm64. */
#define smp_store_release(p, v)	__atomic_store_n(p, v, __ATOMIC_RELEASE)
#define smp_load_acquire(p)	__atomic_load_n(p, __ATOMIC_ACQUIRE)

#endif
