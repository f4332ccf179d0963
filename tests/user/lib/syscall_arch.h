/*
 * syscall_arch.h - the one instruction between user space and the kernel.
 *
 * x8 = number, x0..x5 = arguments, "svc #0" traps to EL1 (the kernel's
 * el0_svc), and the result comes back in x0. The kernel preserves every
 * other register, so only x0 is an output; "memory" because the kernel may
 * read or write any buffer we passed. Linux counterpart: glibc's
 * sysdeps/unix/sysv/linux/aarch64/sysdep.h (INTERNAL_SYSCALL_RAW).
 */
#ifndef _SYSCALL_ARCH_H
#define _SYSCALL_ARCH_H

static inline long __syscall6(long n, long a, long b, long c, long d, long e,
			      long f)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0") = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	register long x3 __asm__("x3") = d;
	register long x4 __asm__("x4") = e;
	register long x5 __asm__("x5") = f;

	__asm__ volatile("svc #0"
			 : "+r"(x0)
			 : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5)
			 : "memory", "cc");
	return x0;
}

#define __syscall0(n)		__syscall6(n, 0, 0, 0, 0, 0, 0)
#define __syscall1(n, a)	__syscall6(n, (long)(a), 0, 0, 0, 0, 0)
#define __syscall2(n, a, b)	__syscall6(n, (long)(a), (long)(b), 0, 0, 0, 0)
#define __syscall3(n, a, b, c)	\
	__syscall6(n, (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define __syscall4(n, a, b, c, d) \
	__syscall6(n, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)
#define __syscall5(n, a, b, c, d, e) \
	__syscall6(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), 0)

/*
 * The libc convention: the kernel returns -4095..-1 for an error; the
 * wrapper stores the positive errno and returns -1. Anything else is a
 * result (mmap addresses are "negative" as longs only above 2^63, which
 * user addresses never are).
 */
long __syscall_ret(long r);

#endif /* _SYSCALL_ARCH_H */
