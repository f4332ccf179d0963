/*
 * stdio.h - formatted output. Unlike glibc there is no FILE buffering:
 * every printf() formats into a buffer on the stack and hands the whole
 * text to one write(1, ...), so lines from a parent and its children never
 * interleave mid-line on the console.
 */
#ifndef _STDIO_H
#define _STDIO_H

#include <stdarg.h>
#include <sys/types.h>

#define EOF	(-1)

int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int dprintf(int fd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int snprintf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int vdprintf(int fd, const char *fmt, va_list ap);
int puts(const char *s);
int putchar(int c);
void perror(const char *s);

#endif /* _STDIO_H */
