/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/compiler.h - attributes and access helpers the rest of the tree uses.
 * Linux: include/linux/compiler.h, compiler_types.h, compiler_attributes.h.
 */
#ifndef _LINUX_COMPILER_H
#define _LINUX_COMPILER_H

#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)

#undef __always_inline		/* glibc's sys/cdefs.h has one (host build) */
#define __always_inline	inline __attribute__((__always_inline__))
#define noinline	__attribute__((__noinline__))
#define __noreturn	__attribute__((__noreturn__))
/* sparse annotations in Linux: a pointer into user space, a cast it allows */
#define __user
#define __force
#define __packed	__attribute__((__packed__))
#define __aligned(x)	__attribute__((__aligned__(x)))
#define __section(s)	__attribute__((__section__(s)))
#define __used		__attribute__((__used__))
#define __maybe_unused	__attribute__((__unused__))
#define __weak		__attribute__((__weak__))
#define __printf(a, b)	__attribute__((__format__(printf, a, b)))
#define __cold		__attribute__((__cold__))
#define fallthrough	__attribute__((__fallthrough__))

#define barrier()	__asm__ __volatile__("" : : : "memory")

/* READ_ONCE(), WRITE_ONCE() */
#include <asm/rwonce.h>

/*
 * data_race(expr) - evaluate @expr, a race its author means: a racy read
 * whose stale value is harmless (it is checked again under the lock) or
 * an update that may be lost. Linux's race detector (KCSAN) ignores the
 * accesses inside; tinymm's host TSan build likewise (asm/rwonce.h).
 */
#ifndef __kcsan_disable_current
#define __kcsan_disable_current()	do { } while (0)
#define __kcsan_enable_current()	do { } while (0)
#endif
#define data_race(expr) ({						\
	__auto_type __v = ({ __kcsan_disable_current(); (expr); });	\
	__kcsan_enable_current();					\
	__v;								\
})

#define __stringify_1(x...)	#x
#define __stringify(x...)	__stringify_1(x)

#define BUILD_BUG_ON(cond)	_Static_assert(!(cond), "BUILD_BUG_ON: " #cond)
#define static_assert(c, m)	_Static_assert(c, m)

#endif /* _LINUX_COMPILER_H */
