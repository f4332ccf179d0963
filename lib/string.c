// SPDX-License-Identifier: GPL-2.0
/*
 * lib/string.c - memory and string routines for a kernel without libc.
 * Linux: lib/string.c (generic C versions); arm64 replaces memcpy, memset
 * and friends with assembly in arch/arm64/lib/.
 *
 * What it teaches:
 *  - The compiler itself calls memset/memcpy (struct copies, zeroing a
 *    local array), so these must exist, and must not call themselves: GCC
 *    recognises a byte-copy loop and turns it into a memcpy() call, which
 *    inside memcpy would recurse forever. The mem* functions are therefore
 *    compiled with -fno-tree-loop-distribute-patterns (__no_libcall_loops).
 *  - Speed where it matters: every page the allocator zeroes goes through
 *    memset(), every copy-on-write through memcpy(). They move one 8-byte
 *    word per access once the destination is aligned, and only the ragged
 *    ends go byte by byte. When source and destination are misaligned
 *    relative to each other, memcpy still loads and stores whole aligned
 *    words and shifts the bytes into place (a load never touches a word
 *    that holds none of the source's bytes, so it cannot cross into an
 *    unmapped page). Unaligned accesses would be legal on Normal memory
 *    with the MMU on, but not before it is on (everything is Device memory
 *    then), so aligned accesses work at every stage of boot.
 *
 * Simplified: Linux's arm64 assembly uses ldp/stp of 16 bytes, DC ZVA for
 * zeroing whole cache lines and SIMD registers; we stay in portable C (the
 * compiler still pairs the unrolled word accesses into ldp/stp). strscpy()
 * and memchr_inv() go byte- rather than word-at-a-time in places where
 * Linux's versions do clever word tricks.
 *
 * Host build: the first part of this file duplicates the C library, which
 * the host tests use instead (ASan intercepts libc's versions), so it is
 * left out there; the kernel-only functions of the second part are built
 * on the host too.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/ctype.h>
#include <linux/errno.h>

/* Word accesses into byte buffers: tell the compiler they may alias. */
typedef unsigned long __attribute__((__may_alias__)) word_t;

#define WSIZE		sizeof(word_t)
#define WMASK		(WSIZE - 1)
#define REPEAT_BYTE(x)	((~0UL / 0xff) * (unsigned char)(x))

#define __no_libcall_loops \
	__attribute__((__optimize__("no-tree-loop-distribute-patterns")))

#ifndef __KERNEL_HOST__

/* ---- Part 1: what a C library would provide ---- */

__no_libcall_loops
void *memset(void *s, int c, size_t count)
{
	unsigned char *p = s;

	if (count >= 2 * WSIZE) {
		word_t pattern = REPEAT_BYTE(c);
		word_t *w;

		while ((uintptr_t)p & WMASK) {
			*p++ = c;
			count--;
		}
		w = (word_t *)p;
		while (count >= 4 * WSIZE) {
			w[0] = pattern;
			w[1] = pattern;
			w[2] = pattern;
			w[3] = pattern;
			w += 4;
			count -= 4 * WSIZE;
		}
		while (count >= WSIZE) {
			*w++ = pattern;
			count -= WSIZE;
		}
		p = (unsigned char *)w;
	}
	while (count--)
		*p++ = c;
	return s;
}

/*
 * Copy upwards. Also safe for memmove() when @d is below @s: every store
 * lands on bytes already loaded (see memmove()).
 */
static __no_libcall_loops __always_inline
void copy_forward(unsigned char *d, const unsigned char *s, size_t n)
{
	if (n >= 2 * WSIZE) {
		while ((uintptr_t)d & WMASK) {
			*d++ = *s++;
			n--;
		}
		if (!((uintptr_t)s & WMASK)) {
			word_t *dw = (word_t *)d;
			const word_t *sw = (const word_t *)s;

			while (n >= 4 * WSIZE) {
				dw[0] = sw[0];
				dw[1] = sw[1];
				dw[2] = sw[2];
				dw[3] = sw[3];
				dw += 4;
				sw += 4;
				n -= 4 * WSIZE;
			}
			while (n >= WSIZE) {
				*dw++ = *sw++;
				n -= WSIZE;
			}
			d = (unsigned char *)dw;
			s = (const unsigned char *)sw;
		} else {
			/*
			 * Source misaligned by @off: each destination word is
			 * the top (8 - off) bytes of one aligned source word
			 * and the bottom @off bytes of the next (little-endian:
			 * lower addresses are the less significant bytes).
			 */
			unsigned int off = (uintptr_t)s & WMASK;
			unsigned int rshift = off * 8, lshift = WSIZE * 8 - rshift;
			const word_t *sw = (const word_t *)(s - off);
			word_t *dw = (word_t *)d;
			word_t cur = *sw++;

			while (n >= WSIZE) {
				word_t next = *sw++;

				*dw++ = (cur >> rshift) | (next << lshift);
				cur = next;
				n -= WSIZE;
			}
			d = (unsigned char *)dw;
			s = (const unsigned char *)(sw - 1) + off;
		}
	}
	while (n--)
		*d++ = *s++;
}

/* Copy downwards, for memmove() when @d is above @s. */
static __no_libcall_loops __always_inline
void copy_backward(unsigned char *d, const unsigned char *s, size_t n)
{
	d += n;
	s += n;
	if (n >= 2 * WSIZE && !(((uintptr_t)d ^ (uintptr_t)s) & WMASK)) {
		word_t *dw;
		const word_t *sw;

		while ((uintptr_t)d & WMASK) {
			*--d = *--s;
			n--;
		}
		dw = (word_t *)d;
		sw = (const word_t *)s;
		while (n >= 4 * WSIZE) {
			dw[-1] = sw[-1];
			dw[-2] = sw[-2];
			dw[-3] = sw[-3];
			dw[-4] = sw[-4];
			dw -= 4;
			sw -= 4;
			n -= 4 * WSIZE;
		}
		while (n >= WSIZE) {
			*--dw = *--sw;
			n -= WSIZE;
		}
		d = (unsigned char *)dw;
		s = (const unsigned char *)sw;
	}
	while (n--)
		*--d = *--s;
}

__no_libcall_loops
void *memcpy(void *dest, const void *src, size_t count)
{
	copy_forward(dest, src, count);
	return dest;
}

/*
 * Overlap is fine either way as long as we copy away from the overlap:
 * upwards when the destination is below the source (each store is below
 * every byte still to be loaded), downwards when it is above.
 */
__no_libcall_loops
void *memmove(void *dest, const void *src, size_t count)
{
	if ((uintptr_t)dest - (uintptr_t)src >= count)
		copy_forward(dest, src, count);	/* below, or disjoint */
	else
		copy_backward(dest, src, count);
	return dest;
}

int memcmp(const void *cs, const void *ct, size_t count)
{
	const unsigned char *a = cs, *b = ct;

	for (; count; count--, a++, b++)
		if (*a != *b)
			return *a - *b;
	return 0;
}

void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	for (; n; n--, p++)
		if (*p == (unsigned char)c)
			return (void *)p;
	return NULL;
}

size_t strlen(const char *s)
{
	const char *sc = s;

	while (*sc)
		sc++;
	return sc - s;
}

size_t strnlen(const char *s, size_t count)
{
	const char *sc = s;

	while (count-- && *sc)
		sc++;
	return sc - s;
}

/* As in Linux: the sign of the first difference, as unsigned chars. */
int strcmp(const char *cs, const char *ct)
{
	unsigned char c1, c2;

	do {
		c1 = *cs++;
		c2 = *ct++;
		if (c1 != c2)
			return c1 < c2 ? -1 : 1;
	} while (c1);
	return 0;
}

int strncmp(const char *cs, const char *ct, size_t count)
{
	unsigned char c1, c2;

	while (count--) {
		c1 = *cs++;
		c2 = *ct++;
		if (c1 != c2)
			return c1 < c2 ? -1 : 1;
		if (!c1)
			break;
	}
	return 0;
}

int strcasecmp(const char *s1, const char *s2)
{
	int c1, c2;

	do {
		c1 = tolower(*s1++);
		c2 = tolower(*s2++);
	} while (c1 == c2 && c1);
	return c1 - c2;
}

int strncasecmp(const char *s1, const char *s2, size_t len)
{
	int c1, c2;

	if (!len)
		return 0;
	do {
		c1 = tolower(*s1++);
		c2 = tolower(*s2++);
	} while (--len && c1 == c2 && c1);
	return c1 - c2;
}

/* The terminating NUL counts as part of the string: strchr(s, 0) finds it. */
char *strchr(const char *s, int c)
{
	for (; *s != (char)c; s++)
		if (!*s)
			return NULL;
	return (char *)s;
}

char *strrchr(const char *s, int c)
{
	const char *last = NULL;

	do {
		if (*s == (char)c)
			last = s;
	} while (*s++);
	return (char *)last;
}

char *strstr(const char *s1, const char *s2)
{
	size_t l1, l2 = strlen(s2);

	if (!l2)
		return (char *)s1;
	for (l1 = strlen(s1); l1 >= l2; l1--, s1++)
		if (!memcmp(s1, s2, l2))
			return (char *)s1;
	return NULL;
}

char *strpbrk(const char *cs, const char *ct)
{
	for (; *cs; cs++)
		if (strchr(ct, *cs))
			return (char *)cs;
	return NULL;
}

size_t strspn(const char *s, const char *accept)
{
	const char *p = s;

	while (*p && strchr(accept, *p))
		p++;
	return p - s;
}

size_t strcspn(const char *s, const char *reject)
{
	const char *p = s;

	while (*p && !strchr(reject, *p))
		p++;
	return p - s;
}

/* Unbounded: prefer strscpy(). Kept because the compiler may emit calls. */
char *strcpy(char *dest, const char *src)
{
	char *tmp = dest;

	while ((*dest++ = *src++) != '\0')
		;
	return tmp;
}

/* C semantics: no NUL if @src is too long, zero-fill if it is short. */
char *strncpy(char *dest, const char *src, size_t count)
{
	char *tmp = dest;

	while (count) {
		*tmp = *src;
		if (*src)
			src++;
		tmp++;
		count--;
	}
	return dest;
}

char *strcat(char *dest, const char *src)
{
	strcpy(dest + strlen(dest), src);
	return dest;
}

/* Append at most @count characters of @src, then always a NUL. */
char *strncat(char *dest, const char *src, size_t count)
{
	char *tmp = dest + strlen(dest);

	while (count-- && *src)
		*tmp++ = *src++;
	*tmp = '\0';
	return dest;
}

/*
 * Split off the token before the first character of @ct: it is
 * NUL-terminated in place and returned, and *@s moves past the delimiter
 * (to NULL after the last token). Empty tokens are returned, unlike
 * strtok(), which is why Linux prefers it for "a,,b" style options.
 */
char *strsep(char **s, const char *ct)
{
	char *sbegin = *s;
	char *end;

	if (!sbegin)
		return NULL;
	end = strpbrk(sbegin, ct);
	if (end)
		*end++ = '\0';
	*s = end;
	return sbegin;
}

#endif /* !__KERNEL_HOST__ */

/* ---- Part 2: kernel additions (not in a C library) ---- */

static void *check_bytes(const unsigned char *p, unsigned char value,
			 size_t n)
{
	for (; n; n--, p++)
		if (*p != value)
			return (void *)p;
	return NULL;
}

/**
 * memchr_inv - find the first byte that is NOT @c
 * @start: the area
 * @c: the expected byte
 * @bytes: its size
 *
 * Returns the first differing byte or NULL if all are @c. Slab debugging
 * and page poisoning check whole objects and pages with it, so it compares
 * a word at a time once aligned.
 */
void *memchr_inv(const void *start, int c, size_t bytes)
{
	const unsigned char *p = start;
	unsigned char value = c;
	word_t pattern;

	if (bytes < 2 * WSIZE)
		return check_bytes(p, value, bytes);
	while ((uintptr_t)p & WMASK) {
		if (*p != value)
			return (void *)p;
		p++;
		bytes--;
	}
	pattern = REPEAT_BYTE(value);
	for (; bytes >= WSIZE; p += WSIZE, bytes -= WSIZE)
		if (*(const word_t *)p != pattern)
			return check_bytes(p, value, WSIZE);
	return check_bytes(p, value, bytes);
}

/* strstr() within the first @len bytes of @s1. */
char *strnstr(const char *s1, const char *s2, size_t len)
{
	size_t l2 = strlen(s2);

	if (!l2)
		return (char *)s1;
	for (; len >= l2; len--, s1++)
		if (!memcmp(s1, s2, l2))
			return (char *)s1;
	return NULL;
}

/**
 * strscpy - copy a string into a sized buffer, always NUL-terminated
 * @dest: where to copy
 * @src: what to copy
 * @count: size of @dest
 *
 * Returns the length copied (not counting the NUL), or -E2BIG if @src did
 * not fit (then @dest holds its first @count - 1 characters) or @count is 0.
 * Unlike strncpy() it never leaves @dest unterminated and never reads
 * more than @count bytes of @src.
 */
ssize_t strscpy(char *dest, const char *src, size_t count)
{
	size_t i;

	if (count == 0 || WARN_ON_ONCE(count > INT_MAX))
		return -E2BIG;
	for (i = 0; i < count; i++) {
		dest[i] = src[i];
		if (!src[i])
			return i;
	}
	dest[count - 1] = '\0';
	return -E2BIG;
}

char *skip_spaces(const char *str)
{
	while (isspace(*str))
		str++;
	return (char *)str;
}

/*
 * Remove trailing whitespace in place (the string is shortened) and return
 * a pointer past the leading whitespace.
 */
char *strim(char *s)
{
	char *end = s + strlen(s);

	while (end > s && isspace(end[-1]))
		end--;
	*end = '\0';
	return skip_spaces(s);
}
