/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/err.h - a pointer or address that is really -errno. Linux: the
 * same file. The top MAX_ERRNO values of the address space are never a
 * valid object (the last page is never mapped), so one return value can
 * carry either a pointer or an error.
 */
#ifndef _LINUX_ERR_H
#define _LINUX_ERR_H

#include <linux/types.h>

#define MAX_ERRNO	4095

#define IS_ERR_VALUE(x)	((unsigned long)(x) >= (unsigned long)-MAX_ERRNO)

static inline void *ERR_PTR(long error)
{
	return (void *)error;
}

static inline long PTR_ERR(const void *ptr)
{
	return (long)ptr;
}

static inline bool IS_ERR(const void *ptr)
{
	return IS_ERR_VALUE((unsigned long)ptr);
}

static inline bool IS_ERR_OR_NULL(const void *ptr)
{
	return !ptr || IS_ERR_VALUE((unsigned long)ptr);
}

/* The same error, as a pointer of another type. */
static inline void *ERR_CAST(const void *ptr)
{
	return (void *)ptr;
}

#endif /* _LINUX_ERR_H */
