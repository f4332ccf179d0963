// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/string_kunit.c - in-kernel tests for lib/string.c (suite
 * "string"). Linux: lib/string_kunit.c (formerly lib/test_string.c).
 *
 * lib/string.c is only built into the kernel (the host tests use libc's
 * mem* and str*), so its word-at-a-time paths are checked here: memset and
 * memcpy at every start alignment 0..15 (and every relative alignment of
 * source and destination) against a byte-by-byte reference, memmove with
 * overlap in both directions, then the string functions' edge cases.
 *
 * The references write through volatile pointers: otherwise GCC could turn
 * a reference loop into a call to the very memset/memcpy under test.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <kunit/test.h>

#define BUF_LEN		256
#define MAX_OFF		16

static unsigned char buf[BUF_LEN] __aligned(16);
static unsigned char ref[BUF_LEN] __aligned(16);
static unsigned char src[BUF_LEN] __aligned(16);

static void ref_fill(unsigned char *p, size_t n, unsigned int seed)
{
	volatile unsigned char *v = p;
	size_t i;

	for (i = 0; i < n; i++)
		v[i] = (unsigned char)(i * 13 + seed);
}

static void ref_memset(unsigned char *p, int c, size_t n)
{
	volatile unsigned char *v = p;

	while (n--)
		*v++ = (unsigned char)c;
}

static void ref_memcpy(unsigned char *d, const unsigned char *s, size_t n)
{
	volatile unsigned char *v = d;

	while (n--)
		*v++ = *s++;
}

/* Index of the first difference, or -1. */
static int ref_diff(const unsigned char *a, const unsigned char *b, size_t n)
{
	const volatile unsigned char *va = a, *vb = b;
	size_t i;

	for (i = 0; i < n; i++)
		if (va[i] != vb[i])
			return i;
	return -1;
}

static void string_test_memset(struct kunit *test)
{
	unsigned int off, len;
	int bad = 0, d;

	for (off = 0; off < MAX_OFF; off++) {
		for (len = 0; off + len <= BUF_LEN; len++) {
			ref_fill(buf, BUF_LEN, off);
			ref_fill(ref, BUF_LEN, off);
			/* only the low byte of c counts */
			KUNIT_EXPECT_PTR_EQ(test, memset(buf + off, 0x1a5, len),
					    buf + off);
			ref_memset(ref + off, 0xa5, len);
			d = ref_diff(buf, ref, BUF_LEN);
			if (d >= 0 && bad++ < 5)
				KUNIT_FAIL(test, "memset(+%u, %u): byte %d differs",
					   off, len, d);
		}
	}
	KUNIT_EXPECT_EQ(test, bad, 0);
}

static void string_test_memcpy(struct kunit *test)
{
	static const unsigned int lens[] = {
		0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 16, 17, 23, 24, 25,
		31, 32, 33, 39, 40, 41, 47, 48, 63, 64, 65, 100, 127, 128,
		129, 200, BUF_LEN - MAX_OFF,
	};
	unsigned int soff, doff, k;
	int bad = 0, d;

	ref_fill(src, BUF_LEN, 1);
	for (soff = 0; soff < MAX_OFF; soff++) {
		for (doff = 0; doff < MAX_OFF; doff++) {
			for (k = 0; k < ARRAY_SIZE(lens); k++) {
				unsigned int len = lens[k];

				ref_fill(buf, BUF_LEN, 7);
				ref_fill(ref, BUF_LEN, 7);
				KUNIT_EXPECT_PTR_EQ(test,
					memcpy(buf + doff, src + soff, len),
					buf + doff);
				ref_memcpy(ref + doff, src + soff, len);
				d = ref_diff(buf, ref, BUF_LEN);
				if (d >= 0 && bad++ < 5)
					KUNIT_FAIL(test, "memcpy(+%u, +%u, %u): byte %d differs",
						   doff, soff, len, d);
			}
		}
	}
	KUNIT_EXPECT_EQ(test, bad, 0);
}

/* memmove(dst, src, len) inside one buffer, checked against a bounce copy. */
static int check_memmove(unsigned int dst, unsigned int from, unsigned int len)
{
	ref_fill(buf, BUF_LEN, 3);
	ref_fill(ref, BUF_LEN, 3);
	ref_memcpy(src, ref + from, len);
	ref_memcpy(ref + dst, src, len);
	if (memmove(buf + dst, buf + from, len) != buf + dst)
		return -2;
	return ref_diff(buf, ref, BUF_LEN);
}

static void string_test_memmove(struct kunit *test)
{
	static const unsigned int dists[] = {
		0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 64,
	};
	static const unsigned int lens[] = {
		0, 1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 150,
	};
	unsigned int off, i, k;
	int bad = 0, d;

	for (off = 0; off < MAX_OFF; off++) {
		for (i = 0; i < ARRAY_SIZE(dists); i++) {
			for (k = 0; k < ARRAY_SIZE(lens); k++) {
				unsigned int lo = off, hi = off + dists[i];
				unsigned int len = lens[k];

				if (hi + len > BUF_LEN)
					continue;
				/* destination above the source: copy down */
				d = check_memmove(hi, lo, len);
				if (d != -1 && bad++ < 5)
					KUNIT_FAIL(test, "memmove(+%u, +%u, %u): %d",
						   hi, lo, len, d);
				/* destination below the source: copy up */
				d = check_memmove(lo, hi, len);
				if (d != -1 && bad++ < 5)
					KUNIT_FAIL(test, "memmove(+%u, +%u, %u): %d",
						   lo, hi, len, d);
			}
		}
	}
	KUNIT_EXPECT_EQ(test, bad, 0);
}

static void string_test_memcmp_memchr(struct kunit *test)
{
	unsigned char a[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
	unsigned char b[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
	unsigned char hi[1] = { 0x80 }, lo[1] = { 0x01 };

	KUNIT_EXPECT_EQ(test, memcmp(a, b, 8), 0);
	KUNIT_EXPECT_EQ(test, memcmp(a, b, 0), 0);
	b[7] = 9;
	KUNIT_EXPECT_LT(test, memcmp(a, b, 8), 0);
	KUNIT_EXPECT_EQ(test, memcmp(a, b, 7), 0);
	b[0] = 0;
	KUNIT_EXPECT_GT(test, memcmp(a, b, 8), 0);
	/* bytes compare as unsigned */
	KUNIT_EXPECT_GT(test, memcmp(hi, lo, 1), 0);

	KUNIT_EXPECT_PTR_EQ(test, memchr(a, 5, 8), &a[4]);
	KUNIT_EXPECT_NULL(test, memchr(a, 5, 4));
	KUNIT_EXPECT_NULL(test, memchr(a, 42, 8));
	KUNIT_EXPECT_PTR_EQ(test, memchr(hi, 0x180, 1), &hi[0]);
}

/* Every start alignment, every position of the odd byte out. */
static void string_test_memchr_inv(struct kunit *test)
{
	unsigned int off, pos;
	int bad = 0;

	for (off = 0; off < MAX_OFF; off++) {
		ref_memset(buf, 0xcc, BUF_LEN);
		if (memchr_inv(buf + off, 0xcc, BUF_LEN - off) != NULL)
			bad++;
		if (memchr_inv(buf + off, 0xcd, BUF_LEN - off) != buf + off)
			bad++;
		for (pos = off; pos < BUF_LEN; pos++) {
			ref_memset(buf, 0xcc, BUF_LEN);
			buf[pos] = 0x33;
			if (memchr_inv(buf + off, 0xcc, BUF_LEN - off) !=
			    buf + pos && bad++ < 5)
				KUNIT_FAIL(test, "memchr_inv(+%u): missed byte %u",
					   off, pos);
			/* the odd byte just outside the range is not seen */
			if (pos > off &&
			    memchr_inv(buf + off, 0xcc, pos - off) != NULL &&
			    bad++ < 5)
				KUNIT_FAIL(test, "memchr_inv(+%u, %u): overran",
					   off, pos - off);
		}
	}
	KUNIT_EXPECT_NULL(test, memchr_inv(buf, 0, 0));
	KUNIT_EXPECT_EQ(test, bad, 0);
}

static void string_test_strlen_cmp(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, strlen(""), 0);
	KUNIT_EXPECT_EQ(test, strlen("tinymm"), 6);
	KUNIT_EXPECT_EQ(test, strnlen("tinymm", 3), 3);
	KUNIT_EXPECT_EQ(test, strnlen("tinymm", 10), 6);
	KUNIT_EXPECT_EQ(test, strnlen("tinymm", 0), 0);

	KUNIT_EXPECT_EQ(test, strcmp("abc", "abc"), 0);
	KUNIT_EXPECT_LT(test, strcmp("abc", "abd"), 0);
	KUNIT_EXPECT_GT(test, strcmp("abd", "abc"), 0);
	KUNIT_EXPECT_LT(test, strcmp("ab", "abc"), 0);
	KUNIT_EXPECT_GT(test, strcmp("\x80", "\x01"), 0);
	KUNIT_EXPECT_EQ(test, strncmp("abcX", "abcY", 3), 0);
	KUNIT_EXPECT_LT(test, strncmp("abcX", "abcY", 4), 0);
	KUNIT_EXPECT_EQ(test, strncmp("a", "b", 0), 0);
	KUNIT_EXPECT_EQ(test, strncmp("ab", "ab", 10), 0);
	KUNIT_EXPECT_EQ(test, strcasecmp("DMA32", "dma32"), 0);
	KUNIT_EXPECT_LT(test, strcasecmp("dma", "Normal"), 0);
	KUNIT_EXPECT_EQ(test, strncasecmp("MovableX", "movableY", 7), 0);
	KUNIT_EXPECT_NE(test, strncasecmp("MovableX", "movableY", 8), 0);
}

static void string_test_search(struct kunit *test)
{
	const char *s = "zone=DMA32,zone=Normal";

	KUNIT_EXPECT_PTR_EQ(test, strchr(s, '='), s + 4);
	KUNIT_EXPECT_PTR_EQ(test, strrchr(s, '='), s + 15);
	KUNIT_EXPECT_PTR_EQ(test, strchr(s, '\0'), s + strlen(s));
	KUNIT_EXPECT_PTR_EQ(test, strrchr(s, '\0'), s + strlen(s));
	KUNIT_EXPECT_NULL(test, strchr(s, '#'));
	KUNIT_EXPECT_NULL(test, strrchr(s, '#'));

	KUNIT_EXPECT_PTR_EQ(test, strstr(s, "Normal"), s + 16);
	KUNIT_EXPECT_PTR_EQ(test, strstr(s, ""), s);
	KUNIT_EXPECT_NULL(test, strstr(s, "HighMem"));
	KUNIT_EXPECT_NULL(test, strstr("ab", "abc"));
	KUNIT_EXPECT_PTR_EQ(test, strnstr(s, "zone", 4), s);
	KUNIT_EXPECT_NULL(test, strnstr(s, "DMA", 7));
	KUNIT_EXPECT_PTR_EQ(test, strnstr(s, "DMA", 8), s + 5);

	KUNIT_EXPECT_PTR_EQ(test, strpbrk(s, ",="), s + 4);
	KUNIT_EXPECT_NULL(test, strpbrk(s, "#!"));
	KUNIT_EXPECT_EQ(test, strspn("  \tx", " \t"), 3);
	KUNIT_EXPECT_EQ(test, strcspn(s, ","), 10);
	KUNIT_EXPECT_EQ(test, strcspn(s, "#"), strlen(s));

	KUNIT_EXPECT_EQ(test, str_has_prefix("memblock=debug", "memblock="), 9);
	KUNIT_EXPECT_EQ(test, str_has_prefix("mem=1G", "memblock="), 0);
}

static void string_test_copy(struct kunit *test)
{
	char d[16];

	KUNIT_EXPECT_PTR_EQ(test, strcpy(d, "abc"), d);
	KUNIT_EXPECT_STREQ(test, d, "abc");
	KUNIT_EXPECT_PTR_EQ(test, strcat(d, "def"), d);
	KUNIT_EXPECT_STREQ(test, d, "abcdef");
	strncat(d, "ghijkl", 2);
	KUNIT_EXPECT_STREQ(test, d, "abcdefgh");

	ref_memset((unsigned char *)d, 'x', sizeof(d));
	strncpy(d, "ab", 5);
	KUNIT_EXPECT_TRUE(test, d[0] == 'a' && d[1] == 'b' && d[2] == 0 &&
			  d[3] == 0 && d[4] == 0 && d[5] == 'x');
	strncpy(d, "abcdef", 3);	/* no NUL when too long, as in C */
	KUNIT_EXPECT_EQ(test, d[3], 0);
	KUNIT_EXPECT_EQ(test, d[2], 'c');
}

static void string_test_strscpy(struct kunit *test)
{
	char d[8];

	KUNIT_EXPECT_EQ(test, strscpy(d, "hi", sizeof(d)), 2);
	KUNIT_EXPECT_STREQ(test, d, "hi");
	KUNIT_EXPECT_EQ(test, strscpy(d, "1234567", sizeof(d)), 7);
	KUNIT_EXPECT_STREQ(test, d, "1234567");
	/* one too long: truncated, still terminated, -E2BIG */
	KUNIT_EXPECT_EQ(test, strscpy(d, "12345678", sizeof(d)), -E2BIG);
	KUNIT_EXPECT_STREQ(test, d, "1234567");
	KUNIT_EXPECT_EQ(test, strscpy(d, "abcdef", 3), -E2BIG);
	KUNIT_EXPECT_STREQ(test, d, "ab");
	KUNIT_EXPECT_EQ(test, strscpy(d, "", sizeof(d)), 0);
	KUNIT_EXPECT_STREQ(test, d, "");
	/* count 0: nothing written */
	d[0] = 'q';
	KUNIT_EXPECT_EQ(test, strscpy(d, "abc", 0), -E2BIG);
	KUNIT_EXPECT_EQ(test, d[0], 'q');
}

static void string_test_strsep(struct kunit *test)
{
	char opts[] = "a,,b=c";
	char *s = opts;

	KUNIT_EXPECT_STREQ(test, strsep(&s, ","), "a");
	KUNIT_EXPECT_STREQ(test, strsep(&s, ","), "");	/* empty token kept */
	KUNIT_EXPECT_STREQ(test, strsep(&s, ",="), "b");
	KUNIT_EXPECT_STREQ(test, strsep(&s, ","), "c");
	KUNIT_EXPECT_NULL(test, s);
	KUNIT_EXPECT_NULL(test, strsep(&s, ","));
}

static void string_test_spaces(struct kunit *test)
{
	char line[] = " \t  buddyinfo  \r\n";
	char blank[] = " \n ";
	char empty[] = "";
	const char *cmd = "  \tzoneinfo";

	KUNIT_EXPECT_PTR_EQ(test, skip_spaces(cmd), cmd + 3);
	KUNIT_EXPECT_PTR_EQ(test, skip_spaces(cmd + 3), cmd + 3);
	KUNIT_EXPECT_STREQ(test, strim(line), "buddyinfo");
	KUNIT_EXPECT_EQ(test, strlen(line), 13);	/* trailing space cut in place */
	KUNIT_EXPECT_STREQ(test, strim(blank), "");
	KUNIT_EXPECT_PTR_EQ(test, strim(empty), empty);
}

static struct kunit_case string_cases[] = {
	KUNIT_CASE(string_test_memset),
	KUNIT_CASE(string_test_memcpy),
	KUNIT_CASE(string_test_memmove),
	KUNIT_CASE(string_test_memcmp_memchr),
	KUNIT_CASE(string_test_memchr_inv),
	KUNIT_CASE(string_test_strlen_cmp),
	KUNIT_CASE(string_test_search),
	KUNIT_CASE(string_test_copy),
	KUNIT_CASE(string_test_strscpy),
	KUNIT_CASE(string_test_strsep),
	KUNIT_CASE(string_test_spaces),
	{}
};

static struct kunit_suite string_suite = {
	.name = "string",
	.test_cases = string_cases,
};
kunit_test_suite(string_suite);
