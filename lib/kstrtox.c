// SPDX-License-Identifier: GPL-2.0
/*
 * lib/kstrtox.c - text to numbers, for boot parameters ("mem=512M",
 * "min_free_kbytes=2048", "page_poison=on") and the shell.
 * Linux: lib/kstrtox.c (kstrto*), lib/vsprintf.c (simple_strto*),
 * lib/cmdline.c (memparse, get_option).
 *
 * Two families, as in Linux:
 *  - kstrto*(): strict. The whole string must be one number (one trailing
 *    newline allowed, so text written to a sysfs-like file works); garbage
 *    gives -EINVAL, a value that does not fit gives -ERANGE, and *res is
 *    untouched on error.
 *  - simple_strto*(): lenient. Parse as far as the digits go, report where
 *    that was through @endp, silently wrap on overflow. The command-line
 *    helpers are built on these, since they parse "512M" or "1,2-5" where a
 *    number is followed by more text.
 * Base 0 means "from the prefix": 0x/0X hexadecimal, a leading 0 octal,
 * decimal otherwise. So memparse("010") is 8, exactly as in Linux.
 *
 * Simplified: Linux also has kstrto{u,s}{8,16,32}, kstrto*_from_user and
 * simple_strntoull with a length limit; we keep the ones tinymm uses.
 */
#include <linux/kernel.h>
#include <linux/ctype.h>
#include <linux/errno.h>

/* Set in the count parse_integer() returns when the value overflowed. */
#define KSTRTOX_OVERFLOW	(1U << 31)

/*
 * Resolve base 0 from the prefix and skip a "0x" when the base is 16.
 * "0x" not followed by a hex digit is octal 0 followed by an 'x'.
 */
static const char *parse_integer_fixup_radix(const char *s,
					     unsigned int *base)
{
	if (*base == 0) {
		if (s[0] == '0') {
			if (_tolower(s[1]) == 'x' && isxdigit(s[2]))
				*base = 16;
			else
				*base = 8;
		} else {
			*base = 10;
		}
	}
	if (*base == 16 && s[0] == '0' && _tolower(s[1]) == 'x')
		s += 2;
	return s;
}

static unsigned int digit_value(char c)
{
	if (isdigit(c))
		return c - '0';
	if (_tolower(c) >= 'a' && _tolower(c) <= 'z')
		return _tolower(c) - 'a' + 10;
	return ~0U;
}

/*
 * Accumulate digits of @base from @s into *@res. Returns how many
 * characters were digits, with KSTRTOX_OVERFLOW set if the true value does
 * not fit in 64 bits (*@res then holds it modulo 2^64).
 */
static unsigned int parse_integer(const char *s, unsigned int base,
				  unsigned long long *res)
{
	unsigned long long val = 0;
	unsigned int count = 0;

	for (;; s++) {
		unsigned int d = digit_value(*s);

		if (d >= base)
			break;
		if (val > (~0ULL - d) / base)
			count |= KSTRTOX_OVERFLOW;
		val = val * base + d;
		count++;
	}
	*res = val;
	return count;
}

unsigned long long simple_strtoull(const char *cp, char **endp,
				   unsigned int base)
{
	unsigned long long result;
	unsigned int rv;

	cp = parse_integer_fixup_radix(cp, &base);
	rv = parse_integer(cp, base, &result);
	cp += rv & ~KSTRTOX_OVERFLOW;
	if (endp)
		*endp = (char *)cp;
	return result;
}

unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base)
{
	return simple_strtoull(cp, endp, base);
}

/* Linux skips neither spaces nor a '+': only a leading '-' is special. */
long simple_strtol(const char *cp, char **endp, unsigned int base)
{
	if (*cp == '-')
		return -simple_strtoul(cp + 1, endp, base);
	return simple_strtoul(cp, endp, base);
}

long long simple_strtoll(const char *cp, char **endp, unsigned int base)
{
	if (*cp == '-')
		return -simple_strtoull(cp + 1, endp, base);
	return simple_strtoull(cp, endp, base);
}

/* The strict core: no sign handling. */
static int _kstrtoull(const char *s, unsigned int base,
		      unsigned long long *res)
{
	unsigned long long val;
	unsigned int rv;

	s = parse_integer_fixup_radix(s, &base);
	rv = parse_integer(s, base, &val);
	if (rv & KSTRTOX_OVERFLOW)
		return -ERANGE;
	if (rv == 0)
		return -EINVAL;
	s += rv;
	if (*s == '\n')
		s++;
	if (*s)
		return -EINVAL;
	*res = val;
	return 0;
}

/**
 * kstrtoull - convert a string to an unsigned long long
 * @s: the string: an optional '+', the digits, an optional '\n'
 * @base: 2..16, or 0 to take it from the prefix
 * @res: where the value goes (only on success)
 *
 * Returns 0, -EINVAL for anything that is not exactly one number, or
 * -ERANGE if it does not fit.
 */
int kstrtoull(const char *s, unsigned int base, unsigned long long *res)
{
	if (s[0] == '+')
		s++;
	return _kstrtoull(s, base, res);
}

/* Like kstrtoull(), and a leading '-' is allowed. */
int kstrtoll(const char *s, unsigned int base, long long *res)
{
	unsigned long long tmp;
	int rv;

	if (s[0] == '-') {
		rv = _kstrtoull(s + 1, base, &tmp);
		if (rv < 0)
			return rv;
		/* -2^63 is the one magnitude above LLONG_MAX that fits */
		if ((long long)-tmp > 0)
			return -ERANGE;
		*res = -tmp;
	} else {
		rv = kstrtoull(s, base, &tmp);
		if (rv < 0)
			return rv;
		if ((long long)tmp < 0)
			return -ERANGE;
		*res = tmp;
	}
	return 0;
}

int kstrtoul(const char *s, unsigned int base, unsigned long *res)
{
	unsigned long long tmp;
	int rv;

	rv = kstrtoull(s, base, &tmp);
	if (rv < 0)
		return rv;
	if (tmp != (unsigned long)tmp)
		return -ERANGE;
	*res = tmp;
	return 0;
}

int kstrtol(const char *s, unsigned int base, long *res)
{
	long long tmp;
	int rv;

	rv = kstrtoll(s, base, &tmp);
	if (rv < 0)
		return rv;
	if (tmp != (long)tmp)
		return -ERANGE;
	*res = tmp;
	return 0;
}

int kstrtouint(const char *s, unsigned int base, unsigned int *res)
{
	unsigned long long tmp;
	int rv;

	rv = kstrtoull(s, base, &tmp);
	if (rv < 0)
		return rv;
	if (tmp != (unsigned int)tmp)
		return -ERANGE;
	*res = tmp;
	return 0;
}

int kstrtoint(const char *s, unsigned int base, int *res)
{
	long long tmp;
	int rv;

	rv = kstrtoll(s, base, &tmp);
	if (rv < 0)
		return rv;
	if (tmp != (int)tmp)
		return -ERANGE;
	*res = tmp;
	return 0;
}

/**
 * kstrtobool - parse a yes/no answer, as boot options like page_poison= do
 * @s: first character y/Y/1/t/T/e/E (true) or n/N/0/f/F/d/D (false), or
 *     "on"/"off" (case-insensitive); only those characters are looked at
 * @res: where the answer goes (only on success)
 *
 * Returns 0 or -EINVAL.
 */
int kstrtobool(const char *s, bool *res)
{
	if (!s)
		return -EINVAL;

	switch (s[0]) {
	case 'y': case 'Y': case '1': case 't': case 'T': case 'e': case 'E':
		*res = true;
		return 0;
	case 'n': case 'N': case '0': case 'f': case 'F': case 'd': case 'D':
		*res = false;
		return 0;
	case 'o': case 'O':
		if (_tolower(s[1]) == 'n') {
			*res = true;
			return 0;
		}
		if (_tolower(s[1]) == 'f') {
			*res = false;
			return 0;
		}
		break;
	default:
		break;
	}
	return -EINVAL;
}

/**
 * memparse - parse a size with an optional binary suffix
 * @ptr: e.g. "512M", "0x4000", "1g"
 * @retptr: if not NULL, set to the first character not consumed
 *
 * The number is read like simple_strtoull(..., 0), then one of K, M, G, T,
 * P, E (either case) multiplies it by 2^10 .. 2^60; the suffix letter is
 * consumed. Anything else after the number is left for the caller.
 */
unsigned long long memparse(const char *ptr, char **retptr)
{
	char *endptr;
	unsigned long long ret = simple_strtoull(ptr, &endptr, 0);
	int shift;

	switch (_tolower(*endptr)) {
	case 'k':
		shift = 10;
		break;
	case 'm':
		shift = 20;
		break;
	case 'g':
		shift = 30;
		break;
	case 't':
		shift = 40;
		break;
	case 'p':
		shift = 50;
		break;
	case 'e':
		shift = 60;
		break;
	default:
		shift = 0;
		break;
	}
	if (shift) {
		ret <<= shift;
		endptr++;
	}
	if (retptr)
		*retptr = endptr;
	return ret;
}

/**
 * get_option - take one integer off a comma-separated option string
 * @str: in: the text; out: advanced past the number (and a comma after it)
 * @pint: where the integer goes (may be NULL)
 *
 * Returns 0 if there was no number, 1 if there was one and nothing else of
 * the list follows, 2 if a comma followed (more numbers follow), 3 if a
 * hyphen followed (the start of a range like "2-5"; *str is left on the
 * hyphen). Linux keeps this in lib/cmdline.c.
 */
int get_option(char **str, int *pint)
{
	char *cur = *str;
	int value;

	if (!cur || !*cur)
		return 0;
	if (*cur == '-')
		value = -simple_strtoull(++cur, str, 0);
	else
		value = simple_strtoull(cur, str, 0);
	if (pint)
		*pint = value;
	if (cur == *str)
		return 0;
	if (**str == ',') {
		(*str)++;
		return 2;
	}
	if (**str == '-')
		return 3;
	return 1;
}
