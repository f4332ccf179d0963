/* SPDX-License-Identifier: GPL-2.0 */
/* asm/barrier.h - dsb/dmb/isb. Linux: arch/arm64/include/asm/barrier.h. */
#ifndef __ASM_BARRIER_H
#define __ASM_BARRIER_H

#define isb()		asm volatile("isb" : : : "memory")
#define dmb(opt)	asm volatile("dmb " #opt : : : "memory")
#define dsb(opt)	asm volatile("dsb " #opt : : : "memory")

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
