// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/vsprintf_test.c - host tests for lib/vsprintf.c,
 * lib/kstrtox.c and lib/int_sqrt.c (suites vsprintf, kstrtox, int_sqrt).
 * Linux: lib/test_printf.c, lib/test-kstrtox.c.
 *
 * host_rename.h turns snprintf() and friends into tinymm_snprintf(), so the
 * calls below exercise tinymm's formatter, not the C library's. Every
 * format is checked as Linux's test_printf does: the full output and return
 * value, and then every shorter buffer size, which must give the same
 * return value, a NUL-terminated prefix, and no byte written past the end.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/kallsyms.h>
#include <linux/mm.h>
#include <kunit/test.h>

/* Real functions listed in tests/host/kallsyms_host.c's fake table. */
int kallsyms_host_alpha(int x);
int kallsyms_host_beta(int x);

#define BUF_SIZE	256
#define GUARD		'\x7f'

#define TEST_LLONG_MIN	(-9223372036854775807LL - 1)
#define TEST_ULLONG_MAX	(~0ULL)

static void check_vformat(struct kunit *test, int line, const char *expect,
			  const char *fmt, va_list ap)
{
	char buf[BUF_SIZE + 1];
	int elen = strlen(expect);
	int size, ret;
	va_list aq;

	memset(buf, GUARD, sizeof(buf));
	va_copy(aq, ap);
	ret = vsnprintf(buf, BUF_SIZE, fmt, aq);
	va_end(aq);
	if (ret != elen || strcmp(buf, expect)) {
		KUNIT_FAIL(test, "line %d: \"%s\": got \"%s\" (ret %d), want \"%s\" (%d)",
			   line, fmt, buf, ret, expect, elen);
		return;
	}

	for (size = 0; size <= elen; size++) {
		memset(buf, GUARD, sizeof(buf));
		va_copy(aq, ap);
		ret = vsnprintf(size ? buf : NULL, size, fmt, aq);
		va_end(aq);
		if (ret != elen) {
			KUNIT_FAIL(test, "line %d: \"%s\" size %d: ret %d, want %d",
				   line, fmt, size, ret, elen);
			return;
		}
		if (size && (strncmp(buf, expect, size - 1) ||
			     buf[size - 1] != '\0')) {
			KUNIT_FAIL(test, "line %d: \"%s\" size %d: bad prefix",
				   line, fmt, size);
			return;
		}
		if (buf[size] != GUARD) {
			KUNIT_FAIL(test, "line %d: \"%s\" size %d: wrote past the end",
				   line, fmt, size);
			return;
		}
	}
}

/* Checked by GCC's format attribute: arguments must match the format. */
static void __printf(4, 5) check_format(struct kunit *test, int line,
					const char *expect, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	check_vformat(test, line, expect, fmt, ap);
	va_end(ap);
}

/*
 * Not checked: for formats GCC rightly frowns upon ("%08.3d", "%n"), whose
 * Linux behaviour we still pin down.
 */
static void check_format_raw(struct kunit *test, int line, const char *expect,
			     const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	check_vformat(test, line, expect, fmt, ap);
	va_end(ap);
}

#define CHECK(expect, fmt, ...) \
	check_format(test, __LINE__, expect, fmt, ##__VA_ARGS__)
#define CHECK_RAW(expect, fmt, ...) \
	check_format_raw(test, __LINE__, expect, fmt, ##__VA_ARGS__)

static void vsprintf_test_decimal(struct kunit *test)
{
	CHECK("0", "%d", 0);
	CHECK("42", "%d", 42);
	CHECK("-42", "%i", -42);
	CHECK("4294967295", "%u", -1);
	CHECK("2147483647 -2147483648", "%d %d", INT_MAX, -INT_MAX - 1);
	CHECK("   42|", "%5d|", 42);
	CHECK("42   |", "%-5d|", 42);
	CHECK("-0042", "%05d", -42);
	CHECK("  -42", "%5d", -42);
	CHECK("+42 +0 -1", "%+d %+d %+d", 42, 0, -1);
	CHECK(" 42", "% d", 42);
	CHECK("100", "%2d", 100);
	CHECK("005", "%.3d", 5);
	CHECK("     005", "%8.3d", 5);
	CHECK("005     |", "%-8.3d|", 5);
	CHECK("-005", "%.3d", -5);
	CHECK("    42", "%*d", 6, 42);
	CHECK("42    |", "%*d|", -6, 42);
	CHECK("0007", "%.*d", 4, 7);
	CHECK("a1b22c", "a%db%dc", 1, 22);
	/* Linux, unlike C: the 0 flag survives a precision, and %.0d of 0 is "0". */
	CHECK_RAW("00000005", "%08.3d", 5);
	CHECK_RAW("0", "%.0d", 0);
	CHECK_RAW("42   |", "%-05d|", 42);
}

static void vsprintf_test_hex_octal(struct kunit *test)
{
	CHECK("ff FF", "%x %X", 255, 255);
	CHECK("0xff 0XFF", "%#x %#X", 255, 255);
	CHECK("0000beef", "%08x", 0xbeef);
	CHECK("0x0000beef", "%#010x", 0xbeef);
	CHECK("    0xbeef", "%#10x", 0xbeef);
	CHECK("0xbeef    |", "%-#10x|", 0xbeef);
	CHECK("ffffffff", "%x", -1);
	CHECK("10 010", "%o %#o", 8, 8);
	CHECK("0", "%#o", 0);
	/* Linux prints the prefix for zero too ("0x0"); C would print "0". */
	CHECK("0x0", "%#x", 0);
	CHECK("0x00", "%#04x", 0);
}

static void vsprintf_test_qualifiers(struct kunit *test)
{
	CHECK("44 -56", "%hhd %hhd", 300, 200);
	CHECK("255", "%hhu", -1);
	CHECK("4464", "%hd", 70000);
	CHECK("ffff", "%hx", -1);
	CHECK("-9223372036854775808", "%ld", (long)TEST_LLONG_MIN);
	CHECK("-9223372036854775808", "%lld", TEST_LLONG_MIN);
	CHECK("9223372036854775807", "%lld", -(TEST_LLONG_MIN + 1));
	CHECK("18446744073709551615", "%llu", TEST_ULLONG_MAX);
	CHECK("ffffffffffffffff", "%llx", TEST_ULLONG_MAX);
	CHECK("1777777777777777777777", "%llo", TEST_ULLONG_MAX);
	CHECK("18446744073709551615", "%lu", ~0UL);
	CHECK("18446744073709551615", "%zu", (size_t)-1);
	CHECK("-5", "%zd", (ssize_t)-5);
	CHECK("-7", "%td", (ptrdiff_t)-7);
	CHECK("-9 9", "%jd %ju", (intmax_t)-9, (uintmax_t)9);
	CHECK("1000000000000", "%lu", 1000000000000UL);
	CHECK("0x000000001234abcd", "%#018llx", 0x1234abcdULL);
	/* Linux also takes L and q for long long */
	CHECK_RAW("-3", "%Ld", -3LL);
}

static void vsprintf_test_chars_strings(struct kunit *test)
{
	const char *null_str = NULL;

	CHECK("A", "%c", 'A');
	CHECK("  A|", "%3c|", 'A');
	CHECK("A  |", "%-3c|", 'A');
	CHECK("hi", "%s", "hi");
	CHECK("   hi|", "%5s|", "hi");
	CHECK("hi   |", "%-5s|", "hi");
	CHECK("h", "%.1s", "hi");
	CHECK("abc", "%.*s", 3, "abcdef");
	CHECK("  abc", "%5.3s", "abcdef");
	CHECK("", "%s", "");
	/* unchecked: GCC knows %s of NULL is undefined in C */
	CHECK_RAW("(null)", "%s", null_str);
	CHECK_RAW("    (null)", "%10s", null_str);
	CHECK("(efault)", "%s", (const char *)16);
	CHECK("%", "%%");
	CHECK("100%", "%d%%", 100);
	CHECK("plain text", "plain text");
	CHECK_RAW("", "");
	/* Linux: a negative precision from '*' counts as 0. */
	CHECK("", "%.*s", -1, "abc");
}

static void vsprintf_test_invalid(struct kunit *test)
{
	int n = 0;

	/* %n is not supported and ends the output, as in Linux. */
	CHECK_RAW("ab", "ab%ncd", &n);
	KUNIT_EXPECT_EQ(test, n, 0);
	CHECK_RAW("x", "x%k%d", 5);
	/* a lone '%' at the end */
	CHECK_RAW("abc", "abc%");
}

static void vsprintf_test_pointers(struct kunit *test)
{
	void *p = (void *)0xffff000012345678UL;
	phys_addr_t phys = 0x40000000;
	phys_addr_t phys_max = ~(phys_addr_t)0;
	dma_addr_t dma = 0x1000;
	phys_addr_t *null_phys = NULL;

	CHECK("ffff000012345678", "%px", p);
	CHECK("0000000000001234", "%px", (void *)0x1234);
	CHECK("0000000000000000", "%px", NULL);
	/* tinymm does not hash %p or %pK: the real address, like %px */
	CHECK("ffff000012345678", "%p", p);
	CHECK("ffff000012345678", "%pK", p);
	CHECK("    ffff000012345678|", "%20px|", p);
	CHECK("ffff000012345678    |", "%-20px|", p);
	/* %pa and %pad take the address of the value */
	CHECK("0x0000000040000000", "%pa", &phys);
	CHECK("0x0000000040000000", "%pap", &phys);
	CHECK("0xffffffffffffffff", "%pa", &phys_max);
	CHECK("0x0000000000001000", "%pad", &dma);
	CHECK("[mem 0x0000000040000000-0xffffffffffffffff]",
	      "[mem %pa-%pa]", &phys, &phys_max);
	CHECK("(null)", "%pa", null_phys);
	/* Every alphanumeric after %p belongs to the extension. */
	CHECK("ffff000012345678!", "%pxfoo!", p);
	CHECK("0x0000000040000000 ok", "%pap ok", &phys);
	/* %pe: an ERR_PTR() by name, else its number; a pointer as %p */
	CHECK("open: -ENOENT", "open: %pe", ERR_PTR(-ENOENT));
	CHECK("-EFAULT   |", "%-10pe|", ERR_PTR(-EFAULT));
	CHECK("-4000", "%pe", ERR_PTR(-4000));
	CHECK("ffff000012345678", "%pe", p);
}

static void vsprintf_test_symbols(struct kunit *test)
{
	unsigned long alpha = (unsigned long)kallsyms_host_alpha;
	unsigned long beta = (unsigned long)kallsyms_host_beta;
	char sym[KSYM_SYMBOL_LEN];

	CHECK("kallsyms_host_alpha+0x24/0x40", "%pS", (void *)(alpha + 0x24));
	CHECK("kallsyms_host_alpha+0x0/0x40", "%pS", (void *)alpha);
	CHECK("kallsyms_host_alpha+0x3f/0x40", "%pS", (void *)(alpha + 0x3f));
	CHECK("kallsyms_host_beta+0x8/0x40", "%pS", (void *)(beta + 8));
	CHECK("kallsyms_host_alpha", "%ps", (void *)(alpha + 0x24));
	CHECK("kallsyms_host_alpha        |", "%-27ps|", (void *)alpha);
	/* %pB looks up addr - 1: a return address just past the end */
	CHECK("kallsyms_host_alpha+0x40/0x40", "%pB", (void *)(alpha + 0x40));
	CHECK("kallsyms_host_alpha+0x1/0x40", "%pB", (void *)(alpha + 1));
	/* no symbol: the address as 0x%lx */
	CHECK("0x1234", "%pS", (void *)0x1234);
	CHECK("0x1234", "%ps", (void *)0x1234);
	CHECK("0x1234", "%pB", (void *)0x1234);
	CHECK("at kallsyms_host_beta+0x10/0x40.", "at %pS.", (void *)(beta + 16));

	KUNIT_EXPECT_EQ(test, sprint_symbol(sym, alpha + 0x10),
			(int)strlen("kallsyms_host_alpha+0x10/0x40"));
	KUNIT_EXPECT_STREQ(test, sym, "kallsyms_host_alpha+0x10/0x40");
	KUNIT_EXPECT_EQ(test, sprint_symbol_no_offset(sym, beta),
			(int)strlen("kallsyms_host_beta"));
	KUNIT_EXPECT_STREQ(test, sym, "kallsyms_host_beta");
	KUNIT_EXPECT_EQ(test, sprint_symbol(sym, 0xdeadUL), 6);
	KUNIT_EXPECT_STREQ(test, sym, "0xdead");
	KUNIT_EXPECT_EQ(test, kallsyms_lookup_name("kallsyms_host_beta"), beta);
	KUNIT_EXPECT_EQ(test, kallsyms_lookup_name("no_such_symbol"), 0);
}

static void vsprintf_test_gfp_flags(struct kunit *test)
{
	gfp_t none = 0;
	gfp_t unknown_bit = (gfp_t)0x80000000u;
	gfp_t *null_gfp = NULL;

	/*
	 * Holds for the weak default and for mm/'s real names alike: no
	 * flags print nothing, a bit without a name prints as %#lx.
	 */
	CHECK("mode:0x0()", "mode:%#x(%pGg)", none, &none);
	CHECK("0x80000000", "%pGg", &unknown_bit);
	CHECK("(null)", "%pGg", null_gfp);
	CHECK_RAW("(%pG?)", "%pGz", &none);
}

/*
 * The results go through a variable first: a format string inside a
 * KUNIT_EXPECT_*() argument would end up in the failure message's format.
 */
static void vsprintf_test_truncation(struct kunit *test)
{
	char buf[16];
	int n;

	memset(buf, GUARD, sizeof(buf));
	n = snprintf(buf, 8, "%s", "hello world");
	KUNIT_EXPECT_EQ(test, n, 11);
	KUNIT_EXPECT_STREQ(test, buf, "hello w");
	KUNIT_EXPECT_EQ(test, buf[8], GUARD);

	n = snprintf(buf, 6, "hello");
	KUNIT_EXPECT_EQ(test, n, 5);
	KUNIT_EXPECT_STREQ(test, buf, "hello");
	n = snprintf(buf, 5, "hello");
	KUNIT_EXPECT_EQ(test, n, 5);
	KUNIT_EXPECT_STREQ(test, buf, "hell");
	n = snprintf(buf, 4, "%d", 123456);
	KUNIT_EXPECT_EQ(test, n, 6);
	KUNIT_EXPECT_STREQ(test, buf, "123");
	n = snprintf(NULL, 0, "%d", 12345);
	KUNIT_EXPECT_EQ(test, n, 5);
	n = snprintf(buf, 1, "abc");
	KUNIT_EXPECT_EQ(test, n, 3);
	KUNIT_EXPECT_STREQ(test, buf, "");

	/* scnprintf: what was stored, never more than size - 1 */
	n = scnprintf(buf, 8, "%s", "hello world");
	KUNIT_EXPECT_EQ(test, n, 7);
	KUNIT_EXPECT_STREQ(test, buf, "hello w");
	n = scnprintf(buf, 8, "%d", 42);
	KUNIT_EXPECT_EQ(test, n, 2);
	n = scnprintf(buf, 1, "abc");
	KUNIT_EXPECT_EQ(test, n, 0);
	memset(buf, GUARD, sizeof(buf));
	n = scnprintf(buf, 0, "abc");
	KUNIT_EXPECT_EQ(test, n, 0);
	KUNIT_EXPECT_EQ(test, buf[0], GUARD);
	n = scnprintf(buf, 6, "hello");
	KUNIT_EXPECT_EQ(test, n, 5);

	/* the appending idiom stops cleanly at the end */
	{
		int len = 0, i;

		for (i = 0; i < 10; i++)
			len += scnprintf(buf + len, sizeof(buf) - len, "%d,", i);
		KUNIT_EXPECT_EQ(test, len, 15);
		KUNIT_EXPECT_STREQ(test, buf, "0,1,2,3,4,5,6,7");
	}

	n = sprintf(buf, "%05d|%s", 7, "ok");
	KUNIT_EXPECT_EQ(test, n, 8);
	KUNIT_EXPECT_STREQ(test, buf, "00007|ok");

	/* a field wider than the buffer still reports its full length */
	n = snprintf(buf, sizeof(buf), "%300d", 1);
	KUNIT_EXPECT_EQ(test, n, 300);
	KUNIT_EXPECT_EQ(test, strlen(buf), sizeof(buf) - 1);
}

static struct kunit_case vsprintf_cases[] = {
	KUNIT_CASE(vsprintf_test_decimal),
	KUNIT_CASE(vsprintf_test_hex_octal),
	KUNIT_CASE(vsprintf_test_qualifiers),
	KUNIT_CASE(vsprintf_test_chars_strings),
	KUNIT_CASE(vsprintf_test_invalid),
	KUNIT_CASE(vsprintf_test_pointers),
	KUNIT_CASE(vsprintf_test_symbols),
	KUNIT_CASE(vsprintf_test_gfp_flags),
	KUNIT_CASE(vsprintf_test_truncation),
	{}
};

static struct kunit_suite vsprintf_suite = {
	.name = "vsprintf",
	.test_cases = vsprintf_cases,
};
kunit_test_suite(vsprintf_suite);

/* ---- kstrtox ---- */

static void kstrtox_test_memparse(struct kunit *test)
{
	char *end;

	KUNIT_EXPECT_EQ(test, memparse("1G", &end), 1ULL << 30);
	KUNIT_EXPECT_EQ(test, *end, '\0');
	KUNIT_EXPECT_EQ(test, memparse("128M", NULL), 128ULL << 20);
	KUNIT_EXPECT_EQ(test, memparse("128m", NULL), 128ULL << 20);
	KUNIT_EXPECT_EQ(test, memparse("4k", NULL), 4096);
	KUNIT_EXPECT_EQ(test, memparse("2T", NULL), 2ULL << 40);
	KUNIT_EXPECT_EQ(test, memparse("1P", NULL), 1ULL << 50);
	KUNIT_EXPECT_EQ(test, memparse("3E", NULL), 3ULL << 60);
	KUNIT_EXPECT_EQ(test, memparse("512", NULL), 512);
	KUNIT_EXPECT_EQ(test, memparse("0x10M", NULL), 16ULL << 20);
	/* base 0, as Linux: a leading 0 means octal */
	KUNIT_EXPECT_EQ(test, memparse("010", NULL), 8);

	KUNIT_EXPECT_EQ(test, memparse("64Kfoo", &end), 65536);
	KUNIT_EXPECT_STREQ(test, end, "foo");
	KUNIT_EXPECT_EQ(test, memparse("1G@0x40000000", &end), 1ULL << 30);
	KUNIT_EXPECT_STREQ(test, end, "@0x40000000");
	KUNIT_EXPECT_EQ(test, memparse(end + 1, &end), 0x40000000);
	KUNIT_EXPECT_EQ(test, memparse("abc", &end), 0);
	KUNIT_EXPECT_STREQ(test, end, "abc");
}

static void kstrtox_test_kstrtoul(struct kunit *test)
{
	unsigned long v;

	KUNIT_EXPECT_EQ(test, kstrtoul("123", 10, &v), 0);
	KUNIT_EXPECT_EQ(test, v, 123);
	KUNIT_EXPECT_EQ(test, kstrtoul("456\n", 10, &v), 0);
	KUNIT_EXPECT_EQ(test, v, 456);
	KUNIT_EXPECT_EQ(test, kstrtoul("+5", 10, &v), 0);
	KUNIT_EXPECT_EQ(test, v, 5);
	KUNIT_EXPECT_EQ(test, kstrtoul("0x1f", 0, &v), 0);
	KUNIT_EXPECT_EQ(test, v, 31);
	KUNIT_EXPECT_EQ(test, kstrtoul("0X1F", 16, &v), 0);
	KUNIT_EXPECT_EQ(test, v, 31);
	KUNIT_EXPECT_EQ(test, kstrtoul("1f", 16, &v), 0);
	KUNIT_EXPECT_EQ(test, v, 31);
	KUNIT_EXPECT_EQ(test, kstrtoul("017", 0, &v), 0);
	KUNIT_EXPECT_EQ(test, v, 15);
	KUNIT_EXPECT_EQ(test, kstrtoul("101", 2, &v), 0);
	KUNIT_EXPECT_EQ(test, v, 5);
	KUNIT_EXPECT_EQ(test, kstrtoul("18446744073709551615", 10, &v), 0);
	KUNIT_EXPECT_TRUE(test, v == ~0UL);

	/* errors leave the result alone */
	v = 77;
	KUNIT_EXPECT_EQ(test, kstrtoul("", 10, &v), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtoul("12a", 10, &v), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtoul(" 12", 10, &v), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtoul("12 ", 10, &v), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtoul("12\n\n", 10, &v), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtoul("-1", 10, &v), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtoul("\n", 10, &v), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtoul("0x", 16, &v), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtoul("0x", 0, &v), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtoul("8", 8, &v), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtoul("18446744073709551616", 10, &v), -ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtoul("99999999999999999999999", 10, &v),
			-ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtoul("0x10000000000000000", 0, &v), -ERANGE);
	KUNIT_EXPECT_EQ(test, v, 77);
}

static void kstrtox_test_signed(struct kunit *test)
{
	unsigned long long ull;
	unsigned int ui;
	long long ll;
	long l;
	int i;

	KUNIT_EXPECT_EQ(test, kstrtoint("2147483647", 10, &i), 0);
	KUNIT_EXPECT_EQ(test, i, INT_MAX);
	KUNIT_EXPECT_EQ(test, kstrtoint("-2147483648", 10, &i), 0);
	KUNIT_EXPECT_EQ(test, i, -INT_MAX - 1);
	KUNIT_EXPECT_EQ(test, kstrtoint("-0", 10, &i), 0);
	KUNIT_EXPECT_EQ(test, i, 0);
	KUNIT_EXPECT_EQ(test, kstrtoint("-0x10", 0, &i), 0);
	KUNIT_EXPECT_EQ(test, i, -16);
	KUNIT_EXPECT_EQ(test, kstrtoint("2147483648", 10, &i), -ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtoint("-2147483649", 10, &i), -ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtoint("--1", 10, &i), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtoint("-", 10, &i), -EINVAL);

	KUNIT_EXPECT_EQ(test, kstrtoll("-9223372036854775808", 10, &ll), 0);
	KUNIT_EXPECT_EQ(test, ll, TEST_LLONG_MIN);
	KUNIT_EXPECT_EQ(test, kstrtoll("-9223372036854775809", 10, &ll), -ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtoll("9223372036854775808", 10, &ll), -ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtol("-42\n", 10, &l), 0);
	KUNIT_EXPECT_EQ(test, l, -42);
	KUNIT_EXPECT_EQ(test, kstrtouint("4294967295", 10, &ui), 0);
	KUNIT_EXPECT_EQ(test, ui, 4294967295u);
	KUNIT_EXPECT_EQ(test, kstrtouint("4294967296", 10, &ui), -ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtoull("0xffffffffffffffff", 16, &ull), 0);
	KUNIT_EXPECT_TRUE(test, ull == TEST_ULLONG_MAX);
}

static void kstrtox_test_bool(struct kunit *test)
{
	static const char * const yes[] = { "1", "y", "Y", "on", "ON", "true", "enable" };
	static const char * const no[] = { "0", "n", "N", "off", "Off", "false", "disable" };
	bool b;
	size_t k;

	for (k = 0; k < ARRAY_SIZE(yes); k++) {
		b = false;
		KUNIT_EXPECT_EQ(test, kstrtobool(yes[k], &b), 0);
		KUNIT_EXPECT_TRUE(test, b);
	}
	for (k = 0; k < ARRAY_SIZE(no); k++) {
		b = true;
		KUNIT_EXPECT_EQ(test, kstrtobool(no[k], &b), 0);
		KUNIT_EXPECT_FALSE(test, b);
	}
	KUNIT_EXPECT_EQ(test, kstrtobool("o", &b), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtobool("x", &b), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtobool("", &b), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtobool(NULL, &b), -EINVAL);
}

static void kstrtox_test_simple_strto(struct kunit *test)
{
	char *end;

	KUNIT_EXPECT_EQ(test, simple_strtoul("0x1fz", &end, 0), 31);
	KUNIT_EXPECT_STREQ(test, end, "z");
	/* "0x" without a hex digit: octal 0, then the 'x' is left over */
	KUNIT_EXPECT_EQ(test, simple_strtoul("0xg", &end, 0), 0);
	KUNIT_EXPECT_STREQ(test, end, "xg");
	KUNIT_EXPECT_EQ(test, simple_strtoul("777", &end, 8), 511);
	KUNIT_EXPECT_EQ(test, simple_strtoul("12abc", &end, 10), 12);
	KUNIT_EXPECT_STREQ(test, end, "abc");
	KUNIT_EXPECT_EQ(test, simple_strtoul("abc", &end, 10), 0);
	KUNIT_EXPECT_STREQ(test, end, "abc");
	KUNIT_EXPECT_EQ(test, simple_strtoul("0x10", NULL, 16), 16);
	KUNIT_EXPECT_EQ(test, simple_strtol("-42x", &end, 10), -42);
	KUNIT_EXPECT_STREQ(test, end, "x");
	KUNIT_EXPECT_EQ(test, simple_strtoll("-0x10", NULL, 0), -16);
	/* overflow wraps silently; that is why kstrto* exist */
	KUNIT_EXPECT_EQ(test, simple_strtoull("18446744073709551617", NULL, 10), 1);
}

static void kstrtox_test_get_option(struct kunit *test)
{
	char list[] = "3,4-6";
	char neg[] = "-5";
	char hex[] = "0x10";
	char bad[] = "abc";
	char empty[] = "";
	char *s;
	int v = 0;

	s = list;
	KUNIT_EXPECT_EQ(test, get_option(&s, &v), 2);
	KUNIT_EXPECT_EQ(test, v, 3);
	KUNIT_EXPECT_EQ(test, get_option(&s, &v), 3);
	KUNIT_EXPECT_EQ(test, v, 4);
	KUNIT_EXPECT_STREQ(test, s, "-6");
	s = neg;
	KUNIT_EXPECT_EQ(test, get_option(&s, &v), 1);
	KUNIT_EXPECT_EQ(test, v, -5);
	s = hex;
	KUNIT_EXPECT_EQ(test, get_option(&s, &v), 1);
	KUNIT_EXPECT_EQ(test, v, 16);
	s = bad;
	KUNIT_EXPECT_EQ(test, get_option(&s, &v), 0);
	s = empty;
	KUNIT_EXPECT_EQ(test, get_option(&s, &v), 0);
	s = NULL;
	KUNIT_EXPECT_EQ(test, get_option(&s, NULL), 0);
}

static struct kunit_case kstrtox_cases[] = {
	KUNIT_CASE(kstrtox_test_memparse),
	KUNIT_CASE(kstrtox_test_kstrtoul),
	KUNIT_CASE(kstrtox_test_signed),
	KUNIT_CASE(kstrtox_test_bool),
	KUNIT_CASE(kstrtox_test_simple_strto),
	KUNIT_CASE(kstrtox_test_get_option),
	{}
};

static struct kunit_suite kstrtox_suite = {
	.name = "kstrtox",
	.test_cases = kstrtox_cases,
};
kunit_test_suite(kstrtox_suite);

/* ---- int_sqrt ---- */

static void int_sqrt_test_small(struct kunit *test)
{
	static const unsigned long expect[] = {
		0, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 4,
	};
	unsigned long x;

	for (x = 0; x < ARRAY_SIZE(expect); x++)
		KUNIT_EXPECT_EQ(test, int_sqrt(x), expect[x]);
	KUNIT_EXPECT_EQ(test, int_sqrt(24), 4);
	KUNIT_EXPECT_EQ(test, int_sqrt(25), 5);
	KUNIT_EXPECT_EQ(test, int_sqrt(1UL << 20), 1024);
	KUNIT_EXPECT_EQ(test, int_sqrt((1UL << 20) - 1), 1023);
	KUNIT_EXPECT_EQ(test, int_sqrt(1UL << 62), 1UL << 31);
	KUNIT_EXPECT_EQ(test, int_sqrt(~0UL), 0xffffffffUL);
	KUNIT_EXPECT_EQ(test, int_sqrt(0xfffffffe00000001UL), 0xffffffffUL);
	KUNIT_EXPECT_EQ(test, int_sqrt(0xfffffffe00000000UL), 0xfffffffeUL);
}

/* floor(sqrt(x)) for every x up to 2^18 and a spread of large ones. */
static void int_sqrt_test_floor(struct kunit *test)
{
	unsigned long x, r, seed = 12345;
	int bad = 0, i;

	for (x = 0; x <= (1UL << 18) && bad < 5; x++) {
		r = int_sqrt(x);
		if (r * r > x || (r + 1) * (r + 1) <= x) {
			KUNIT_FAIL(test, "int_sqrt(%lu) = %lu", x, r);
			bad++;
		}
	}
	for (i = 0; i < 100000 && bad < 5; i++) {
		seed = seed * 6364136223846793005UL + 1442695040888963407UL;
		x = seed >> (seed & 63);
		r = int_sqrt(x);
		/* r^2 <= x < (r+1)^2, without overflowing r+1 squared */
		if (r > 0xffffffffUL || r * r > x ||
		    (r < 0xffffffffUL && (r + 1) * (r + 1) <= x)) {
			KUNIT_FAIL(test, "int_sqrt(%#lx) = %#lx", x, r);
			bad++;
		}
	}
}

/*
 * min_free_kbytes = int_sqrt(lowmem_kbytes * 16): the table in the comment
 * above Linux's init_per_zone_wmark_min() (before the 128..65536 clamp).
 */
static void int_sqrt_test_min_free_kbytes(struct kunit *test)
{
	static const struct {
		unsigned long lowmem_mb, min_free_kbytes;
	} table[] = {
		{ 16, 512 }, { 32, 724 }, { 64, 1024 }, { 128, 1448 },
		{ 256, 2048 }, { 512, 2896 }, { 1024, 4096 }, { 2048, 5792 },
		/* Linux's comment says 11584k; the exact root is 11585.2 */
		{ 4096, 8192 }, { 8192, 11585 }, { 16384, 16384 },
	};
	size_t k;

	KUNIT_EXPECT_EQ(test, int_sqrt(1048576UL * 16), 4096);
	for (k = 0; k < ARRAY_SIZE(table); k++)
		KUNIT_EXPECT_EQ(test, int_sqrt(table[k].lowmem_mb * 1024 * 16),
				table[k].min_free_kbytes);
}

static struct kunit_case int_sqrt_cases[] = {
	KUNIT_CASE(int_sqrt_test_small),
	KUNIT_CASE(int_sqrt_test_floor),
	KUNIT_CASE(int_sqrt_test_min_free_kbytes),
	{}
};

static struct kunit_suite int_sqrt_suite = {
	.name = "int_sqrt",
	.test_cases = int_sqrt_cases,
};
kunit_test_suite(int_sqrt_suite);
