/*
 * stdio.c - printf and friends: vsnprintf does the work, the rest wraps it.
 *
 * Supports what the test programs use: %d %i %u %x %X %o %p %s %c %%, the
 * flags '-', '0', '#', '+' and ' ', a width and a precision (digits or '*'), and the
 * length modifiers h, hh, l, ll, z. Linux counterpart: the kernel's own
 * lib/vsprintf.c has the same shape; glibc's vfprintf also does floating
 * point, positional arguments and locales, none of which we need (and
 * floating point is off limits at EL0 in tinymm).
 */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>

struct out {
	char *buf;
	size_t size;
	size_t len;	/* as if the buffer were unbounded */
};

static void put(struct out *o, char c)
{
	if (o->len + 1 < o->size)
		o->buf[o->len] = c;
	o->len++;
}

static void pad(struct out *o, char c, int n)
{
	while (n-- > 0)
		put(o, c);
}

/* One number: digits, then sign and "0x", padding on the chosen side. */
static void number(struct out *o, unsigned long long v, bool neg, int base,
		   bool upper, int width, int prec, bool left, bool zero,
		   const char *prefix)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char tmp[24];
	int n = 0, extra = (neg ? 1 : 0) + (int)strlen(prefix), zeros;

	do {
		tmp[n++] = digits[v % base];
		v /= base;
	} while (v);
	zeros = prec > n ? prec - n : 0;
	if (zero && !left && prec < 0 && width > n + extra)
		zeros = width - n - extra;
	if (!left)
		pad(o, ' ', width - n - zeros - extra);
	if (neg)
		put(o, '-');
	while (*prefix)
		put(o, *prefix++);
	pad(o, '0', zeros);
	while (n)
		put(o, tmp[--n]);
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct out o = { buf, size, 0 };

	for (; *fmt; fmt++) {
		bool left = false, zero = false, alt = false, neg;
		const char *sign = "";
		int width = 0, prec = -1, lng = 0, base;
		unsigned long long v;
		size_t start;
		const char *s;

		if (*fmt != '%') {
			put(&o, *fmt);
			continue;
		}
		for (fmt++; *fmt && strchr("-0#+ ", *fmt); fmt++) {
			if (*fmt == '-')
				left = true;
			else if (*fmt == '0')
				zero = true;
			else if (*fmt == '#')
				alt = true;
			else if (*fmt == '+' || !*sign)
				sign = *fmt == '+' ? "+" : " ";
		}
		if (*fmt == '*') {
			width = va_arg(ap, int);
			if (width < 0)
				left = true, width = -width;
			fmt++;
		}
		for (; *fmt >= '0' && *fmt <= '9'; fmt++)
			width = width * 10 + (*fmt - '0');
		if (*fmt == '.') {
			prec = 0;
			if (*++fmt == '*') {
				prec = va_arg(ap, int);
				fmt++;
			}
			for (; *fmt >= '0' && *fmt <= '9'; fmt++)
				prec = prec * 10 + (*fmt - '0');
		}
		for (; *fmt == 'l' || *fmt == 'z' || *fmt == 'h'; fmt++)
			lng += *fmt == 'h' ? -1 : 1;

		start = o.len;
		switch (*fmt) {
		case 'd':
		case 'i': {
			long long x = lng > 0 ? va_arg(ap, long) :
				      lng == 0 ? va_arg(ap, int) :
				      lng == -1 ? (short)va_arg(ap, int) :
				      (signed char)va_arg(ap, int);

			neg = x < 0;
			v = neg ? -(unsigned long long)x : (unsigned long long)x;
			number(&o, v, neg, 10, false, width, prec, left, zero,
			       neg ? "" : sign);
			break;
		}
		case 'u':
		case 'x':
		case 'X':
		case 'o':
			v = lng > 0 ? va_arg(ap, unsigned long) :
			    lng == 0 ? va_arg(ap, unsigned int) :
			    lng == -1 ? (unsigned short)va_arg(ap, unsigned int) :
			    (unsigned char)va_arg(ap, unsigned int);
			base = *fmt == 'u' ? 10 : *fmt == 'o' ? 8 : 16;
			number(&o, v, false, base, *fmt == 'X', width, prec,
			       left, zero, !alt || !v || base == 10 ? "" :
			       base == 8 ? "0" : *fmt == 'X' ? "0X" : "0x");
			break;
		case 'p':
			v = (unsigned long)va_arg(ap, void *);
			if (!v) {	/* glibc prints "(nil)" */
				s = "(nil)";
				goto string;
			}
			number(&o, v, false, 16, false, width, -1, left, false,
			       "0x");
			break;
		case 'c':
			if (!left)
				pad(&o, ' ', width - 1);
			put(&o, (char)va_arg(ap, int));
			break;
		case 's':
			s = va_arg(ap, const char *);
			if (!s)
				s = "(null)";
string:
			{
				int n = (int)strnlen(s, prec < 0 ? (size_t)-1 :
						      (size_t)prec);

				if (!left)
					pad(&o, ' ', width - n);
				while (n--)
					put(&o, *s++);
			}
			break;
		case '%':
			put(&o, '%');
			continue;
		case '\0':
			fmt--;		/* a lone '%' at the end */
			continue;
		default:
			put(&o, '%');
			put(&o, *fmt);
			continue;
		}
		if (left)
			pad(&o, ' ', width - (int)(o.len - start));
	}
	if (size)
		buf[o.len < size ? o.len : size - 1] = '\0';
	return (int)o.len;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

/* write() may take less than asked: loop, as fwrite does. */
static int write_all(int fd, const char *s, size_t n)
{
	size_t done = 0;

	while (done < n) {
		ssize_t r = write(fd, s + done, n - done);

		if (r <= 0)
			return -1;
		done += r;
	}
	return (int)done;
}

int vdprintf(int fd, const char *fmt, va_list ap)
{
	char buf[512];
	int n = vsnprintf(buf, sizeof(buf), fmt, ap);

	if (n >= (int)sizeof(buf))
		n = sizeof(buf) - 1;	/* truncated, never split */
	return write_all(fd, buf, n);
}

int dprintf(int fd, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vdprintf(fd, fmt, ap);
	va_end(ap);
	return n;
}

int printf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vdprintf(STDOUT_FILENO, fmt, ap);
	va_end(ap);
	return n;
}

int puts(const char *s)
{
	return printf("%s\n", s);
}

int putchar(int c)
{
	char ch = (char)c;

	return write_all(STDOUT_FILENO, &ch, 1) == 1 ? (unsigned char)c : EOF;
}

void perror(const char *s)
{
	dprintf(STDERR_FILENO, "%s%s%s\n", s && *s ? s : "",
		s && *s ? ": " : "", strerror(errno));
}
