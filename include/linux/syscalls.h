/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/syscalls.h - SYSCALL_DEFINEn(name, type, arg, ...): how a system
 * call is written. Linux: include/linux/syscalls.h and arm64's
 * asm/syscall_wrapper.h.
 *
 * Each call gets three functions: __arm64_sys_<name>(regs), the one the
 * table points at, which takes its arguments from x0..x5 of the saved user
 * registers; __se_sys_<name>(long, ...), which converts each 64-bit
 * register to the declared type (so an `int` argument ignores whatever
 * garbage the top half of the register holds); and __do_sys_<name>(typed
 * args), the body written after the macro.
 */
#ifndef _LINUX_SYSCALLS_H
#define _LINUX_SYSCALLS_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <asm/ptrace.h>

typedef long (*syscall_fn_t)(const struct pt_regs *regs);

#define __MAP0(m, ...)
#define __MAP1(m, t, a, ...)	m(t, a)
#define __MAP2(m, t, a, ...)	m(t, a), __MAP1(m, __VA_ARGS__)
#define __MAP3(m, t, a, ...)	m(t, a), __MAP2(m, __VA_ARGS__)
#define __MAP4(m, t, a, ...)	m(t, a), __MAP3(m, __VA_ARGS__)
#define __MAP5(m, t, a, ...)	m(t, a), __MAP4(m, __VA_ARGS__)
#define __MAP6(m, t, a, ...)	m(t, a), __MAP5(m, __VA_ARGS__)
#define __MAP(n, ...)		__MAP##n(__VA_ARGS__)

#define __SC_DECL(t, a)		t a
#define __SC_LONG(t, a)		long a
#define __SC_CAST(t, a)		(__force t) a
#define __SC_ARGS(t, a)		a

#define SC_ARM64_REGS_TO_ARGS(x, ...)					\
	__MAP(x, __SC_ARGS, , regs->regs[0], , regs->regs[1],		\
	      , regs->regs[2], , regs->regs[3], , regs->regs[4],		\
	      , regs->regs[5])

#define SYSCALL_DEFINE0(sname)						\
	long __arm64_sys_##sname(const struct pt_regs *regs);		\
	static long __do_sys_##sname(void);				\
	long __arm64_sys_##sname(const struct pt_regs *regs)		\
	{								\
		return __do_sys_##sname();				\
	}								\
	static long __do_sys_##sname(void)

#define SYSCALL_DEFINEx(x, sname, ...)					\
	long __arm64_sys##sname(const struct pt_regs *regs);		\
	static long __se_sys##sname(__MAP(x, __SC_LONG, __VA_ARGS__));	\
	static inline long __do_sys##sname(__MAP(x, __SC_DECL, __VA_ARGS__)); \
	long __arm64_sys##sname(const struct pt_regs *regs)		\
	{								\
		return __se_sys##sname(SC_ARM64_REGS_TO_ARGS(x, __VA_ARGS__)); \
	}								\
	static long __se_sys##sname(__MAP(x, __SC_LONG, __VA_ARGS__))	\
	{								\
		return __do_sys##sname(__MAP(x, __SC_CAST, __VA_ARGS__)); \
	}								\
	static inline long __do_sys##sname(__MAP(x, __SC_DECL, __VA_ARGS__))

#define SYSCALL_DEFINE1(name, ...) SYSCALL_DEFINEx(1, _##name, __VA_ARGS__)
#define SYSCALL_DEFINE2(name, ...) SYSCALL_DEFINEx(2, _##name, __VA_ARGS__)
#define SYSCALL_DEFINE3(name, ...) SYSCALL_DEFINEx(3, _##name, __VA_ARGS__)
#define SYSCALL_DEFINE4(name, ...) SYSCALL_DEFINEx(4, _##name, __VA_ARGS__)
#define SYSCALL_DEFINE5(name, ...) SYSCALL_DEFINEx(5, _##name, __VA_ARGS__)
#define SYSCALL_DEFINE6(name, ...) SYSCALL_DEFINEx(6, _##name, __VA_ARGS__)

#endif
