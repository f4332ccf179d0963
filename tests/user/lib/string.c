/*
 * string.c - memory and string functions, byte at a time.
 *
 * glibc's versions are hand-written assembly that moves 16 or 32 bytes per
 * instruction with SIMD registers; our programs may not touch FP/SIMD
 * (tinymm doesn't save that state on a context switch), and clarity wins.
 * Built with -fno-tree-loop-distribute-patterns, else GCC would "optimise"
 * memset's loop into a call to memset.
 */
#include <string.h>
#include <errno.h>

void *memset(void *s, int c, size_t n)
{
	unsigned char *p = s;

	while (n--)
		*p++ = (unsigned char)c;
	return s;
}

void *memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	while (n--)
		*d++ = *s++;
	return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d <= s || d >= s + n)
		return memcpy(dst, src, n);
	while (n--)
		d[n] = s[n];
	return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;

	for (; n; n--, x++, y++)
		if (*x != *y)
			return *x - *y;
	return 0;
}

size_t strlen(const char *s)
{
	const char *p = s;

	while (*p)
		p++;
	return p - s;
}

size_t strnlen(const char *s, size_t max)
{
	size_t n = 0;

	while (n < max && s[n])
		n++;
	return n;
}

int strcmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (unsigned char)*a - (unsigned char)*b;
}

int strncmp(const char *a, const char *b, size_t n)
{
	for (; n; n--, a++, b++) {
		if (*a != *b)
			return (unsigned char)*a - (unsigned char)*b;
		if (!*a)
			break;
	}
	return 0;
}

char *strcpy(char *dst, const char *src)
{
	char *d = dst;

	while ((*d++ = *src++))
		;
	return dst;
}

char *strchr(const char *s, int c)
{
	for (;; s++) {
		if (*s == (char)c)
			return (char *)s;
		if (!*s)
			return NULL;
	}
}

char *strrchr(const char *s, int c)
{
	const char *last = NULL;

	for (;; s++) {
		if (*s == (char)c)
			last = s;
		if (!*s)
			return (char *)last;
	}
}

const char *strerror(int errnum)
{
	switch (errnum) {
	case 0:		return "Success";
	case EPERM:	return "Operation not permitted";
	case ENOENT:	return "No such file or directory";
	case ESRCH:	return "No such process";
	case EINTR:	return "Interrupted system call";
	case EBADF:	return "Bad file descriptor";
	case ECHILD:	return "No child processes";
	case EAGAIN:	return "Resource temporarily unavailable";
	case ENOMEM:	return "Cannot allocate memory";
	case EACCES:	return "Permission denied";
	case EFAULT:	return "Bad address";
	case EBUSY:	return "Device or resource busy";
	case EEXIST:	return "File exists";
	case EINVAL:	return "Invalid argument";
	case ENOSYS:	return "Function not implemented";
	default:	return "Unknown error";
	}
}
