// SPDX-License-Identifier: GPL-2.0
/*
 * lib/strncpy_from_user.c - copy a NUL-terminated string from user space.
 * Linux: lib/strncpy_from_user.c, lib/strnlen_user.c (word at a time;
 * here a byte at a time through the faulting-safe __arch_get_user_u8).
 * Returns the length copied (without the NUL), count if no NUL came in
 * count bytes, or -EFAULT if a byte couldn't be read.
 */
#include <linux/errno.h>
#include <linux/types.h>
#include <asm/uaccess.h>

long strncpy_from_user(char *dst, const char __user *src, long count)
{
	long i;

	for (i = 0; i < count; i++) {
		if (!access_ok(src + i, 1) ||
		    __arch_get_user_u8((u8 *)&dst[i], (const u8 __user *)src + i))
			return -EFAULT;
		if (!dst[i])
			return i;
	}
	return count;
}

/* Length including the NUL; 0 on a fault; n + 1 if longer than n. */
long strnlen_user(const char __user *str, long n)
{
	long i;
	u8 c;

	for (i = 0; i < n; i++) {
		if (!access_ok(str + i, 1) ||
		    __arch_get_user_u8(&c, (const u8 __user *)str + i))
			return 0;
		if (!c)
			return i + 1;
	}
	return n + 1;
}
