/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/uaccess.h - accesses that may fault and must not oops.
 * Linux: arch/arm64/include/asm/uaccess.h (__get_kernel_nofault,
 * __put_kernel_nofault) and mm/maccess.c (copy_from_kernel_nofault).
 * On a fault the exception table sends the CPU to the stub in .text.fixup,
 * which sets err = -EFAULT and continues after the access.
 */
#ifndef __ASM_UACCESS_H
#define __ASM_UACCESS_H

#include <linux/errno.h>
#include <asm/extable.h>

#define __nofault_asm(insn, reg, x, addr, err)				\
	asm volatile(							\
	"1:	" insn "	" reg "1, [%2]\n"			\
	"2:\n"								\
	"	.pushsection .text.fixup, \"ax\"\n"			\
	"	.balign	4\n"						\
	"3:	mov	%w0, %3\n"					\
	"	b	2b\n"						\
	"	.popsection\n"						\
	_ASM_EXTABLE(1b, 3b)						\
	: "+r" (err), "+r" (x)						\
	: "r" (addr), "i" (-EFAULT)					\
	: "memory")

/* Read one u64 from a kernel address that may be unmapped: 0 or -EFAULT. */
static inline int get_kernel_nofault_u64(u64 *dst, const void *src)
{
	int err = 0;
	u64 val = 0;

	__nofault_asm("ldr", "%x", val, src, err);
	*dst = err ? 0 : val;
	return err;
}

static inline int get_kernel_nofault_u8(u8 *dst, const void *src)
{
	int err = 0;
	u32 val = 0;

	__nofault_asm("ldrb", "%w", val, src, err);
	*dst = err ? 0 : (u8)val;
	return err;
}

static inline int put_kernel_nofault_u64(void *dst, u64 val)
{
	int err = 0;

	__nofault_asm("str", "%x", val, dst, err);
	return err;
}

long copy_from_kernel_nofault(void *dst, const void *src, size_t size);

#endif
