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

/* Force a single, untorn access the compiler may not merge or re-read. */
#define READ_ONCE(x)	(*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, val) \
	do { *(volatile __typeof__(x) *)&(x) = (val); } while (0)

#define __stringify_1(x...)	#x
#define __stringify(x...)	__stringify_1(x)

#define BUILD_BUG_ON(cond)	_Static_assert(!(cond), "BUILD_BUG_ON: " #cond)
#define static_assert(c, m)	_Static_assert(c, m)

#endif /* _LINUX_COMPILER_H */
