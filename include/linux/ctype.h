/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/ctype.h - character classes for parsers (command line, kstrto*,
 * vsprintf's format parser, the shell).
 * Linux: include/linux/ctype.h + lib/ctype.c.
 *
 * Linux looks every character up in a 256-entry table (_ctype[]) that also
 * classifies the Latin-1 range 160..255 (isalpha(0xe9) is true there). We
 * only need ASCII, so each test is a comparison or two; bytes >= 0x80 belong
 * to no class. Callers may pass a plain (possibly signed) char, as in Linux:
 * the value is reduced to unsigned char first.
 *
 * The names are macros over __-prefixed inlines so that a host-test file may
 * also see the C library's <ctype.h>, which declares functions of the same
 * names: on the host we include it first, then our macros take over.
 */
#ifndef _LINUX_CTYPE_H
#define _LINUX_CTYPE_H

#ifdef __KERNEL_HOST__
#include <ctype.h>
#endif

#undef isdigit
#undef isxdigit
#undef isspace
#undef isalpha
#undef isalnum
#undef isupper
#undef islower
#undef isprint
#undef isgraph
#undef iscntrl
#undef ispunct
#undef isascii
#undef tolower
#undef toupper
#undef _tolower

static inline int __kisdigit(int c)
{
	return (unsigned int)((unsigned char)c - '0') < 10;
}

static inline int __kisupper(int c)
{
	return (unsigned int)((unsigned char)c - 'A') < 26;
}

static inline int __kislower(int c)
{
	return (unsigned int)((unsigned char)c - 'a') < 26;
}

static inline int __kisalpha(int c)
{
	return __kisupper(c) || __kislower(c);
}

static inline int __kisalnum(int c)
{
	return __kisalpha(c) || __kisdigit(c);
}

static inline int __kisxdigit(int c)
{
	/* OR-ing 0x20 folds 'A'..'F' onto 'a'..'f' (and leaves digits alone) */
	return __kisdigit(c) ||
	       (unsigned int)(((unsigned char)c | 0x20) - 'a') < 6;
}

/* Linux's isspace: space, \t \n \v \f \r. */
static inline int __kisspace(int c)
{
	unsigned char ch = c;

	return ch == ' ' || (ch >= '\t' && ch <= '\r');
}

static inline int __kisprint(int c)
{
	return (unsigned int)((unsigned char)c - 0x20) < 0x5f;	/* ' '..'~' */
}

static inline int __kiscntrl(int c)
{
	unsigned char ch = c;

	return ch < 0x20 || ch == 0x7f;
}

static inline int __kisgraph(int c)
{
	return __kisprint(c) && (unsigned char)c != ' ';
}

static inline int __kispunct(int c)
{
	return __kisgraph(c) && !__kisdigit(c) && !__kisalpha(c);
}

static inline int __ktolower(int c)
{
	return __kisupper(c) ? c + ('a' - 'A') : c;
}

static inline int __ktoupper(int c)
{
	return __kislower(c) ? c - ('a' - 'A') : c;
}

#define isdigit(c)	__kisdigit(c)
#define isxdigit(c)	__kisxdigit(c)
#define isspace(c)	__kisspace(c)
#define isalpha(c)	__kisalpha(c)
#define isalnum(c)	__kisalnum(c)
#define isupper(c)	__kisupper(c)
#define islower(c)	__kislower(c)
#define isprint(c)	__kisprint(c)
#define isgraph(c)	__kisgraph(c)
#define iscntrl(c)	__kiscntrl(c)
#define ispunct(c)	__kispunct(c)
#define isascii(c)	(((unsigned char)(c)) <= 0x7f)
#define tolower(c)	__ktolower(c)
#define toupper(c)	__ktoupper(c)

/*
 * Linux's _tolower(): lower-case a character already known to be a letter
 * or a digit, without the range check (the number parsers use it).
 */
static inline char __k_tolower(const char c)
{
	return c | 0x20;
}
#define _tolower(c)	__k_tolower(c)

/* Linux: an octal digit. */
static inline int isodigit(const char c)
{
	return c >= '0' && c <= '7';
}

#endif /* _LINUX_CTYPE_H */
