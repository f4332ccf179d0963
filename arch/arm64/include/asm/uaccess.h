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

/* ---- user space (TTBR0) ---- */
#include <linux/compiler.h>
#include <asm/memory.h>

/*
 * Is [addr, addr + size) inside the user half? Checked before every
 * user copy; LDTR/STTR then check the page's EL0 permissions.
 * Linux: access_ok() / __range_ok().
 */
static inline bool access_ok(const void __user *addr, unsigned long size)
{
	unsigned long a = (unsigned long)addr, limit = UL(1) << VA_BITS;

	return size <= limit && a <= limit - size;
}

unsigned long __arch_copy_from_user(void *to, const void __user *from,
				    unsigned long n);
unsigned long __arch_copy_to_user(void __user *to, const void *from,
				  unsigned long n);
unsigned long __arch_clear_user(void __user *to, unsigned long n);
int __arch_get_user_u8(u8 *dst, const u8 __user *src);

/* Return the number of bytes NOT copied: 0 on success. */
static inline unsigned long copy_from_user(void *to, const void __user *from,
					   unsigned long n)
{
	if (!access_ok(from, n))
		return n;
	return __arch_copy_from_user(to, from, n);
}

static inline unsigned long copy_to_user(void __user *to, const void *from,
					 unsigned long n)
{
	if (!access_ok(to, n))
		return n;
	return __arch_copy_to_user(to, from, n);
}

static inline unsigned long clear_user(void __user *to, unsigned long n)
{
	if (!access_ok(to, n))
		return n;
	return __arch_clear_user(to, n);
}

long strncpy_from_user(char *dst, const char __user *src, long count);
long strnlen_user(const char __user *str, long n);

#define put_user(x, ptr) ({						\
	__typeof__(*(ptr)) __pu_val = (x);				\
	copy_to_user((ptr), &__pu_val, sizeof(__pu_val)) ? -EFAULT : 0; \
})

#define get_user(x, ptr) ({						\
	__typeof__(*(ptr)) __gu_val;					\
	int __gu_err = copy_from_user(&__gu_val, (ptr), sizeof(__gu_val)) ? \
		       -EFAULT : 0;					\
	(x) = __gu_err ? (__typeof__(*(ptr)))0 : __gu_val;		\
	__gu_err;							\
})

#endif
