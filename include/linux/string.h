/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/string.h - mem* and str* routines. Linux: include/linux/string.h,
 * lib/string.c.
 *
 * The C-library names are declared with the C library's signatures, so a
 * host-test file may include both this and <string.h>. Built for the host,
 * lib/string.c compiles only the kernel additions (memchr_inv, strnstr,
 * strscpy, skip_spaces, strim); the rest comes from libc there.
 */
#ifndef _LINUX_STRING_H
#define _LINUX_STRING_H

#include <linux/types.h>

void *memset(void *s, int c, size_t n);
void *memcpy(void *dest, const void *src, size_t n);
void *memmove(void *dest, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t maxlen);

/* The part of a path after the last '/'. Linux: kbasename(). */
static inline const char *kbasename(const char *path)
{
	const char *tail = path;

	for (; *path; path++)
		if (*path == '/')
			tail = path + 1;
	return tail;
}
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
int strcasecmp(const char *s1, const char *s2);
int strncasecmp(const char *s1, const char *s2, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
char *strpbrk(const char *cs, const char *ct);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
char *strcpy(char *dest, const char *src);
char *strncpy(char *dest, const char *src, size_t n);
char *strcat(char *dest, const char *src);
char *strncat(char *dest, const char *src, size_t n);
char *strsep(char **s, const char *ct);

/* Kernel additions. */
void *memchr_inv(const void *s, int c, size_t n);
char *strnstr(const char *haystack, const char *needle, size_t len);
ssize_t strscpy(char *dest, const char *src, size_t count);
char *skip_spaces(const char *str);
char *strim(char *s);

/**
 * str_has_prefix - does @str start with @prefix?
 * Returns strlen(@prefix) if it does (handy to skip it: str + ret), else 0.
 */
static inline size_t str_has_prefix(const char *str, const char *prefix)
{
	size_t len = strlen(prefix);

	return strncmp(str, prefix, len) == 0 ? len : 0;
}

#endif /* _LINUX_STRING_H */
