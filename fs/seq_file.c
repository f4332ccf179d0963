// SPDX-License-Identifier: GPL-2.0
/*
 * fs/seq_file.c - the text of a /proc file, built by seq_printf() and
 * friends. Linux v5.19: fs/seq_file.c (seq_vprintf, seq_putc, seq_puts,
 * seq_write, seq_pad).
 *
 * What it teaches: a /proc read does not print; the show function writes
 * into a buffer, and when the text does not fit the buffer is marked
 * overflowed (count == size) instead of being overrun. Linux's seq_read()
 * then frees it, allocates one twice as large and runs the show again;
 * tinymm's callers keep one buffer and report the overflow (see
 * linux/seq_file.h), so looking at the allocator never allocates.
 */
#include <linux/kernel.h>
#include <linux/seq_file.h>
#include <linux/string.h>

static void seq_set_overflow(struct seq_file *m)
{
	m->count = m->size;
}

void seq_vprintf(struct seq_file *m, const char *fmt, va_list args)
{
	int len;

	if (m->count < m->size) {
		len = vsnprintf(m->buf + m->count, m->size - m->count, fmt,
				args);
		if (m->count + len < m->size) {
			m->count += len;
			return;
		}
	}
	seq_set_overflow(m);
}

void seq_printf(struct seq_file *m, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	seq_vprintf(m, fmt, args);
	va_end(args);
}

void seq_putc(struct seq_file *m, char c)
{
	if (m->count >= m->size)
		return;
	m->buf[m->count++] = c;
}

void seq_write(struct seq_file *m, const void *data, size_t len)
{
	if (m->count + len < m->size) {
		memcpy(m->buf + m->count, data, len);
		m->count += len;
		return;
	}
	seq_set_overflow(m);
}

void seq_puts(struct seq_file *m, const char *s)
{
	seq_write(m, s, strlen(s));
}

void seq_pad(struct seq_file *m, char c)
{
	int size = m->pad_until - m->count;

	if (size > 0) {
		if (size + m->count > m->size) {
			seq_set_overflow(m);
			return;
		}
		memset(m->buf + m->count, ' ', size);
		m->count += size;
	}
	if (c)
		seq_putc(m, c);
}
