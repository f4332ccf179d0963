// SPDX-License-Identifier: GPL-2.0
/*
 * lib/vsprintf.c - the formatter behind printk(), snprintf() and friends.
 * Linux: lib/vsprintf.c, Documentation/core-api/printk-formats.rst.
 *
 * What it teaches: a kernel has no libc, so it formats its own numbers, and
 * it adds %p extensions that print kernel objects: %pa for a phys_addr_t
 * (passed by reference, so it works for 32- and 64-bit physical addresses
 * alike), %pS for "function+offset/size" through kallsyms, %pGg for GFP
 * flags, %pe for an ERR_PTR() ("-ENOENT", through lib/errname.c). Output
 * is always bounded: every writer takes (buf, end), advances
 * buf past what it *would* have written, but stores only while buf < end, so
 * vsnprintf() can return the untruncated length, as C's snprintf does.
 *
 * Linux semantics kept on purpose (they differ from C's printf):
 *  - "%#x" of 0 prints "0x0" (C: "0"); sprint_symbol's "+0x0/0x40" needs it.
 *  - "%.0d" of 0 prints "0" (C: nothing).
 *  - The 0 flag still pads with zeros when a precision is given:
 *    "%08.3d" of 5 is "00000005" (C: "     005").
 *  - A negative precision from '*' counts as 0 (C: "no precision").
 *  - %n and unknown conversions stop the output there: the va_list can no
 *    longer be trusted to be in step with the format. (Linux also WARNs; we
 *    skip the WARN because this code runs inside printk and the early boot
 *    console, where a trap may not be safe yet.)
 *  - After %p every alphanumeric character belongs to the extension, so
 *    "%pSfoo" prints the symbol and drops "foo", as in Linux.
 *  - %s of NULL prints "(null)"; of an address in the first page or an
 *    ERR_PTR() value, "(efault)" (%pa likewise).
 *
 * Simplified: plain %p and %pK print the real address, exactly like %px.
 * Linux hashes %p to avoid leaking kernel addresses; a teaching kernel wants
 * the real address. The many other extensions (%pR, %pM, %pI4, %pt,
 * %pU, %ph, %pd, %pOF...) are left out because no tinymm code prints those
 * objects. Decimal digits come one division at a time (Linux converts two
 * digits per step through a lookup table; speed does not matter here).
 * Beyond Linux, "%j" (intmax_t) is accepted.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/ctype.h>
#include <linux/err.h>
#include <linux/errname.h>
#include <linux/kallsyms.h>
#include <asm/page.h>

/* struct printf_spec.flags */
#define ZEROPAD	1	/* pad with zeros, not spaces */
#define SIGN	2	/* the value is signed */
#define PLUS	4	/* show '+' for positive numbers */
#define SPACE	8	/* show ' ' for positive numbers */
#define LEFT	16	/* left-justify within the field */
#define SMALL	32	/* lower-case hex; 32 == 'a' - 'A', see number() */
#define SPECIAL	64	/* "0x" before hex, "0" before octal */

/* Linux's limits too: beyond these a width or precision is a bug. */
#define FIELD_WIDTH_MAX	((1 << 23) - 1)
#define PRECISION_MAX	((1 << 15) - 1)

struct printf_spec {
	unsigned int flags;
	unsigned int base;	/* 8, 10 or 16 */
	int field_width;	/* -1: none given */
	int precision;		/* -1: none given */
};

/* The size/type a length modifier asks va_arg() for. */
enum format_qualifier {
	QUAL_NONE,
	QUAL_HH,	/* hh: char */
	QUAL_H,		/* h: short */
	QUAL_L,		/* l: long */
	QUAL_LL,	/* ll, L, q: long long */
	QUAL_Z,		/* z, Z: size_t */
	QUAL_T,		/* t: ptrdiff_t */
	QUAL_J,		/* j: intmax_t */
};

static char *put_char(char *buf, char *end, char c)
{
	if (buf < end)
		*buf = c;
	return buf + 1;
}

static char *put_repeat(char *buf, char *end, char c, int count)
{
	while (count-- > 0)
		buf = put_char(buf, end, c);
	return buf;
}

/*
 * The integer printer. Layout, left to right:
 *   [spaces] [sign] [0x prefix] [zero padding] [precision zeros] digits
 *   [spaces if LEFT]
 */
static char *number(char *buf, char *end, unsigned long long num,
		    struct printf_spec spec)
{
	/* Upper case; OR-ing SMALL (0x20) lower-cases letters, keeps digits. */
	static const char digits[] = "0123456789ABCDEF";
	char tmp[24];			/* 64 bits are 22 octal digits */
	char locase = spec.flags & SMALL;
	bool need_pfx = (spec.flags & SPECIAL) && spec.base != 10;
	bool is_zero = num == 0;
	int width = spec.field_width;
	int precision = spec.precision;
	char sign = 0;
	int len = 0;

	if (spec.flags & LEFT)
		spec.flags &= ~ZEROPAD;
	if (spec.flags & SIGN) {
		if ((long long)num < 0) {
			sign = '-';
			/* unsigned negation: LLONG_MIN becomes 2^63, no overflow */
			num = -num;
		} else if (spec.flags & PLUS) {
			sign = '+';
		} else if (spec.flags & SPACE) {
			sign = ' ';
		}
		if (sign)
			width--;
	}
	/* Octal zero is just "0": its digit is the prefix. */
	if (need_pfx) {
		if (spec.base == 16)
			width -= 2;
		else if (!is_zero)
			width--;
	}

	do {
		tmp[len++] = digits[num % spec.base] | locase;
		num /= spec.base;
	} while (num);

	if (precision < len)
		precision = len;
	width -= precision;

	if (!(spec.flags & (ZEROPAD | LEFT)))
		buf = put_repeat(buf, end, ' ', width);
	if (sign)
		buf = put_char(buf, end, sign);
	if (need_pfx) {
		if (spec.base == 16 || !is_zero)
			buf = put_char(buf, end, '0');
		if (spec.base == 16)
			buf = put_char(buf, end, 'X' | locase);
	}
	if (spec.flags & ZEROPAD)
		buf = put_repeat(buf, end, '0', width);
	buf = put_repeat(buf, end, '0', precision - len);
	while (len > 0)
		buf = put_char(buf, end, tmp[--len]);
	if (spec.flags & LEFT)
		buf = put_repeat(buf, end, ' ', width);
	return buf;
}

/* "0x" and every hex digit of a @size-byte value: %pa, unresolved %pS. */
static char *special_hex_number(char *buf, char *end, unsigned long long num,
				int size)
{
	struct printf_spec spec = {
		.flags = SPECIAL | SMALL | ZEROPAD,
		.base = 16,
		.field_width = 2 + 2 * size,
		.precision = -1,
	};

	return number(buf, end, num, spec);
}

/* Copy @len bytes of @s, padded with spaces to the field width. */
static char *widen_string(char *buf, char *end, const char *s, int len,
			  struct printf_spec spec)
{
	int pad = spec.field_width - len;
	int i;

	if (!(spec.flags & LEFT))
		buf = put_repeat(buf, end, ' ', pad);
	for (i = 0; i < len; i++)
		buf = put_char(buf, end, s[i]);
	if (spec.flags & LEFT)
		buf = put_repeat(buf, end, ' ', pad);
	return buf;
}

/*
 * A pointer we are about to dereference: NULL, the first page and the
 * ERR_PTR() range would fault (or mislead), so print a marker instead.
 */
static const char *check_pointer_msg(const void *ptr)
{
	if (!ptr)
		return "(null)";
	if ((unsigned long)ptr < PAGE_SIZE || IS_ERR_VALUE(ptr))
		return "(efault)";
	return NULL;
}

static char *string(char *buf, char *end, const char *s,
		    struct printf_spec spec)
{
	const char *msg = check_pointer_msg(s);
	int limit = spec.precision < 0 ? INT_MAX : spec.precision;
	int len = 0;

	if (msg)
		s = msg;
	while (len < limit && s[len])
		len++;
	return widen_string(buf, end, s, len, spec);
}

/* %px, %p, %pK: all 16 hex digits, no "0x", unless a width was given. */
static char *pointer_string(char *buf, char *end, const void *ptr,
			    struct printf_spec spec)
{
	spec.base = 16;
	spec.flags |= SMALL;
	if (spec.field_width == -1) {
		spec.field_width = 2 * sizeof(ptr);
		spec.flags |= ZEROPAD;
	}
	return number(buf, end, (unsigned long)ptr, spec);
}

/* %pa, %pap (phys_addr_t *), %pad (dma_addr_t *). */
static char *address_val(char *buf, char *end, const void *addr,
			 struct printf_spec spec, const char *fmt)
{
	const char *msg = check_pointer_msg(addr);

	if (msg)
		return string(buf, end, msg, spec);
	if (fmt[1] == 'd')
		return special_hex_number(buf, end, *(const dma_addr_t *)addr,
					  sizeof(dma_addr_t));
	return special_hex_number(buf, end, *(const phys_addr_t *)addr,
				  sizeof(phys_addr_t));
}

/* %pS, %ps, %pB: the width and '-' flag apply to the whole symbol text. */
static char *symbol_string(char *buf, char *end, void *ptr,
			   struct printf_spec spec, const char *fmt)
{
	char sym[KSYM_SYMBOL_LEN];
	unsigned long value = (unsigned long)ptr;

	if (*fmt == 'B')
		sprint_backtrace(sym, value);
	else if (*fmt == 'S')
		sprint_symbol(sym, value);
	else
		sprint_symbol_no_offset(sym, value);
	spec.precision = -1;
	return string(buf, end, sym, spec);
}

/*
 * The %pGg hook. The names of the GFP bits belong to the page allocator
 * (Linux: gfpflag_names[] in mm/debug.c), so mm/ overrides this weak default
 * with a strong format_flags_gfp() that prints "GFP_KERNEL|__GFP_ZERO"-style
 * text, as Linux's format_flags() does: known names joined by '|', then any
 * leftover bits as "%#lx", and nothing at all for 0 ("mode:0x0()").
 * Contract: write only while buf < end, return buf advanced by the full
 * length. One way: buf += snprintf(buf, buf < end ? end - buf : 0, ...).
 * Until mm/ provides it, the flags print as a hex number.
 */
__weak char *format_flags_gfp(char *buf, char *end, unsigned long flags)
{
	struct printf_spec spec = {
		.flags = SPECIAL | SMALL,
		.base = 16,
		.field_width = -1,
		.precision = -1,
	};

	if (!flags)
		return buf;
	return number(buf, end, flags, spec);
}

static char *flags_string(char *buf, char *end, void *flags_ptr,
			  struct printf_spec spec, const char *fmt)
{
	const char *msg;

	if (fmt[1] != 'g')
		return string(buf, end, "(%pG?)", spec);
	msg = check_pointer_msg(flags_ptr);
	if (msg)
		return string(buf, end, msg, spec);
	return format_flags_gfp(buf, end, *(gfp_t *)flags_ptr);
}

/*
 * %pe: an ERR_PTR() by its error's name ("-ENOMEM"), or as a signed
 * number if the error has none. Linux: err_ptr().
 */
static char *err_ptr(char *buf, char *end, void *ptr, struct printf_spec spec)
{
	int err = (int)(long)ptr;
	const char *sym = errname(err);

	if (sym)
		return string(buf, end, sym, spec);
	spec.flags |= SIGN;
	spec.base = 10;
	return number(buf, end, err, spec);
}

/* @fmt points just past the 'p'. */
static char *pointer(const char *fmt, char *buf, char *end, void *ptr,
		     struct printf_spec spec)
{
	switch (*fmt) {
	case 'S':
	case 's':
	case 'B':
		return symbol_string(buf, end, ptr, spec, fmt);
	case 'a':
		return address_val(buf, end, ptr, spec, fmt);
	case 'G':
		return flags_string(buf, end, ptr, spec, fmt);
	case 'e':	/* not an ERR_PTR(): printed as plain %p, as Linux */
		if (IS_ERR(ptr))
			return err_ptr(buf, end, ptr, spec);
		return pointer_string(buf, end, ptr, spec);
	case 'x':	/* raw: the one Linux keeps unhashed */
	case 'K':	/* Linux: hashed or zeroed, per kptr_restrict */
	default:	/* plain %p: Linux hashes it, we print the address */
		return pointer_string(buf, end, ptr, spec);
	}
}

static int skip_atoi(const char **s)
{
	int i = 0;

	while (isdigit(**s)) {
		if (i < FIELD_WIDTH_MAX)
			i = i * 10 + (**s - '0');
		(*s)++;
	}
	return i;
}

/* Flags, width, precision: "%-08.3" ... up to the length modifier. */
static const char *decode_spec(const char *fmt, struct printf_spec *spec,
			       va_list *args)
{
	spec->flags = 0;
	spec->base = 10;
	spec->field_width = -1;
	spec->precision = -1;

	for (;; fmt++) {
		if (*fmt == '-')
			spec->flags |= LEFT;
		else if (*fmt == '+')
			spec->flags |= PLUS;
		else if (*fmt == ' ')
			spec->flags |= SPACE;
		else if (*fmt == '#')
			spec->flags |= SPECIAL;
		else if (*fmt == '0')
			spec->flags |= ZEROPAD;
		else
			break;
	}

	if (isdigit(*fmt)) {
		spec->field_width = skip_atoi(&fmt);
	} else if (*fmt == '*') {
		int w = va_arg(*args, int);

		fmt++;
		if (w < 0) {
			spec->flags |= LEFT;
			/* -INT_MIN would overflow; any huge width is clamped */
			w = w < -FIELD_WIDTH_MAX ? FIELD_WIDTH_MAX : -w;
		}
		spec->field_width = min(w, FIELD_WIDTH_MAX);
	}

	if (*fmt == '.') {
		int p = 0;

		fmt++;
		if (isdigit(*fmt)) {
			p = skip_atoi(&fmt);
		} else if (*fmt == '*') {
			p = va_arg(*args, int);
			fmt++;
		}
		spec->precision = clamp(p, 0, PRECISION_MAX);
	}
	return fmt;
}

static const char *decode_qualifier(const char *fmt,
				    enum format_qualifier *qual)
{
	switch (*fmt) {
	case 'h':
		if (fmt[1] == 'h') {
			*qual = QUAL_HH;
			return fmt + 2;
		}
		*qual = QUAL_H;
		return fmt + 1;
	case 'l':
		if (fmt[1] == 'l') {
			*qual = QUAL_LL;
			return fmt + 2;
		}
		*qual = QUAL_L;
		return fmt + 1;
	case 'L':
	case 'q':
		*qual = QUAL_LL;
		return fmt + 1;
	case 'z':
	case 'Z':
		*qual = QUAL_Z;
		return fmt + 1;
	case 't':
		*qual = QUAL_T;
		return fmt + 1;
	case 'j':
		*qual = QUAL_J;
		return fmt + 1;
	default:
		*qual = QUAL_NONE;
		return fmt;
	}
}

/*
 * Fetch an integer argument of the size @qual names, sign- or zero-extended
 * to 64 bits. Values narrower than int were promoted to int by the caller,
 * so they are read as int and then truncated, as C requires.
 */
static unsigned long long fetch_number(va_list *args,
				       enum format_qualifier qual, bool sign)
{
	if (sign) {
		switch (qual) {
		case QUAL_HH:
			return (signed char)va_arg(*args, int);
		case QUAL_H:
			return (short)va_arg(*args, int);
		case QUAL_L:
			return va_arg(*args, long);
		case QUAL_LL:
			return va_arg(*args, long long);
		case QUAL_Z:
			return va_arg(*args, ssize_t);
		case QUAL_T:
			return va_arg(*args, ptrdiff_t);
		case QUAL_J:
			return va_arg(*args, intmax_t);
		default:
			return va_arg(*args, int);
		}
	}
	switch (qual) {
	case QUAL_HH:
		return (unsigned char)va_arg(*args, unsigned int);
	case QUAL_H:
		return (unsigned short)va_arg(*args, unsigned int);
	case QUAL_L:
		return va_arg(*args, unsigned long);
	case QUAL_LL:
		return va_arg(*args, unsigned long long);
	case QUAL_Z:
		return va_arg(*args, size_t);
	case QUAL_T:
		return (unsigned long)va_arg(*args, ptrdiff_t);
	case QUAL_J:
		return va_arg(*args, uintmax_t);
	default:
		return va_arg(*args, unsigned int);
	}
}

/**
 * vsnprintf - format a string into a buffer
 * @buf: where to write; may be NULL if @size is 0
 * @size: size of @buf including the terminating NUL
 * @fmt: the format, see the top of this file
 * @args: its arguments
 *
 * Returns the length the whole output would have had (without the NUL),
 * which may exceed @size: that is how a caller detects truncation. The
 * result is NUL-terminated whenever @size > 0.
 */
int vsnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	struct printf_spec spec;
	enum format_qualifier qual;
	unsigned long long num;
	va_list ap;
	char *str, *end;

	/* A "negative" size_t is a caller bug, as in Linux. */
	if (WARN_ON_ONCE(size > INT_MAX))
		return 0;

	str = buf;
	/* buf + size must not wrap: clamp to the top of the address space. */
	if ((uintptr_t)buf + size < (uintptr_t)buf)
		size = UINTPTR_MAX - (uintptr_t)buf;
	end = buf + size;

	/* Helpers take a va_list *, which is only portable on a copy. */
	va_copy(ap, args);

	while (*fmt) {
		if (*fmt != '%') {
			str = put_char(str, end, *fmt++);
			continue;
		}
		fmt = decode_spec(fmt + 1, &spec, &ap);
		fmt = decode_qualifier(fmt, &qual);

		switch (*fmt) {
		case 'c': {
			char c = (unsigned char)va_arg(ap, int);

			str = widen_string(str, end, &c, 1, spec);
			fmt++;
			continue;
		}
		case 's':
			str = string(str, end, va_arg(ap, const char *), spec);
			fmt++;
			continue;
		case 'p':
			str = pointer(fmt + 1, str, end, va_arg(ap, void *),
				      spec);
			fmt++;
			while (isalnum(*fmt))
				fmt++;
			continue;
		case '%':
			str = put_char(str, end, '%');
			fmt++;
			continue;
		case 'd':
		case 'i':
			spec.flags |= SIGN;
			break;
		case 'u':
			break;
		case 'o':
			spec.base = 8;
			break;
		case 'x':
			spec.flags |= SMALL;
			fallthrough;
		case 'X':
			spec.base = 16;
			break;
		default:
			/* %n, an unknown conversion, or a lone '%' at the end */
			goto out;
		}
		num = fetch_number(&ap, qual, spec.flags & SIGN);
		str = number(str, end, num, spec);
		fmt++;
	}
out:
	va_end(ap);
	if (size > 0) {
		if (str < end)
			*str = '\0';
		else
			end[-1] = '\0';
	}
	return str - buf;
}

/**
 * vscnprintf - like vsnprintf(), but return what was actually written
 *
 * Returns the number of characters stored in @buf, not counting the NUL:
 * at most @size - 1, and 0 if @size is 0. Use it to append piecewise:
 * len += scnprintf(buf + len, size - len, ...) never runs past the end.
 */
int vscnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	int i = vsnprintf(buf, size, fmt, args);

	if (likely((size_t)i < size))
		return i;
	return size ? size - 1 : 0;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int i;

	va_start(args, fmt);
	i = vsnprintf(buf, size, fmt, args);
	va_end(args);
	return i;
}

int scnprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int i;

	va_start(args, fmt);
	i = vscnprintf(buf, size, fmt, args);
	va_end(args);
	return i;
}

/* Unbounded: only for buffers sized for the worst case. */
int sprintf(char *buf, const char *fmt, ...)
{
	va_list args;
	int i;

	va_start(args, fmt);
	i = vsnprintf(buf, INT_MAX, fmt, args);
	va_end(args);
	return i;
}

/*
 * Weak stand-in until kernel/kallsyms.c is linked in (the host tests link
 * tests/host/kallsyms_host.c): without a symbol table every address prints
 * as a number.
 */
__weak const char *kallsyms_lookup(unsigned long addr,
				   unsigned long *symbolsize,
				   unsigned long *offset, char *namebuf)
{
	return NULL;
}

/*
 * @symbol_offset is added before the lookup and taken back out of the
 * printed offset: -1 for return addresses (see sprint_backtrace()).
 */
static int __sprint_symbol(char *buffer, unsigned long address,
			   int symbol_offset, bool add_offset)
{
	unsigned long size = 0, offset = 0;
	const char *name;
	int len;

	address += symbol_offset;
	name = kallsyms_lookup(address, &size, &offset, buffer);
	if (!name)
		return snprintf(buffer, KSYM_SYMBOL_LEN, "0x%lx",
				address - symbol_offset);
	if (name != buffer)
		snprintf(buffer, KSYM_NAME_LEN, "%s", name);
	len = strlen(buffer);
	if (add_offset)
		len += snprintf(buffer + len, KSYM_SYMBOL_LEN - len,
				"+%#lx/%#lx", offset - symbol_offset, size);
	return len;
}

int sprint_symbol(char *buffer, unsigned long address)
{
	return __sprint_symbol(buffer, address, 0, true);
}

int sprint_symbol_no_offset(char *buffer, unsigned long address)
{
	return __sprint_symbol(buffer, address, 0, false);
}

int sprint_backtrace(char *buffer, unsigned long address)
{
	return __sprint_symbol(buffer, address, -1, true);
}
