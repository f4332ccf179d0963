/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/seq_file.h - how a /proc file's text is made: a show function
 * writes into a struct seq_file with seq_printf(), and the reader gets
 * the buffer. Linux: include/linux/seq_file.h, fs/seq_file.c.
 *
 * Linux's seq_read() allocates the buffer, grows it when a show overflows
 * it and walks records with start/next/stop; tinymm's shows are
 * single_open() style (one show prints the whole file) and the caller
 * owns the buffer (tinymm/shell/shell.c shell_show(), or a test's array).
 */
#ifndef _LINUX_SEQ_FILE_H
#define _LINUX_SEQ_FILE_H

#include <stdarg.h>
#include <linux/compiler.h>
#include <linux/types.h>

struct seq_file {
	char *buf;
	size_t size;
	size_t count;		/* bytes used; == size once it overflowed */
	size_t pad_until;	/* seq_setwidth()/seq_pad() */
	void *private;
};

/* A seq_file over a caller's buffer (Linux fills these in seq_open). */
#define SEQ_FILE_INIT(b, sz)	{ .buf = (b), .size = (sz) }

static inline bool seq_has_overflowed(struct seq_file *m)
{
	return m->count == m->size;
}

void seq_vprintf(struct seq_file *m, const char *fmt, va_list args);
__printf(2, 3) void seq_printf(struct seq_file *m, const char *fmt, ...);
void seq_putc(struct seq_file *m, char c);
void seq_puts(struct seq_file *m, const char *s);
/* Linux's returns 0 or -1; nobody here looks, the overflow is in m */
void seq_write(struct seq_file *m, const void *data, size_t len);

/* Pad the text since seq_setwidth() with spaces to its width, then c. */
static inline void seq_setwidth(struct seq_file *m, size_t size)
{
	m->pad_until = m->count + size;
}
void seq_pad(struct seq_file *m, char c);

#endif /* _LINUX_SEQ_FILE_H */
