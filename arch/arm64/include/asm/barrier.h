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

#endif
