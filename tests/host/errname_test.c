// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/errname_test.c - every error number has a name and a text
 * (suite errname): lib/errname.c's errname() and printk's %pe, and the
 * shell's strerror() texts (tinymm/shell/shell_strerror.c).
 * Linux counterpart: lib/test_printf.c's errptr() cases.
 *
 * The numbers come from the headers themselves, read at run time from the
 * top of the tree: a number added there without a name or a text fails
 * here, instead of printing as a bare "-42" or "Unknown error 42".
 */
#include <stdio.h>
#include <string.h>
#include <linux/kernel.h>
#include <linux/errname.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <kunit/test.h>
#include <tinymm/shell.h>

static const char *const errno_headers[] = {
	"include/uapi/asm-generic/errno-base.h",
	"include/uapi/asm-generic/errno.h",
	"include/linux/errno.h",
};

/* KUNIT_EXPECT_STREQ wants two strings: NULL as a string of its own. */
static const char *or_null(const char *s)
{
	return s ? s : "(no name)";
}

/* One "#define E... <number>" line of a header: checked. */
static int check_define(struct kunit *test, const char *text)
{
	char name[64], want[66], got[80];
	int n;

	if (sscanf(text, "#define %63s %d", name, &n) != 2 || name[0] != 'E')
		return 0;
	snprintf(want, sizeof(want), "-%s", name);
	KUNIT_EXPECT_STREQ(test, or_null(errname(-n)), want);
	KUNIT_EXPECT_STREQ(test, or_null(errname(n)), name);
	snprintf(got, sizeof(got), "%pe", ERR_PTR(-n));
	KUNIT_EXPECT_STREQ(test, got, want);
	if (!shell_strerror(n))
		KUNIT_FAIL(test, "%s (%d) has no strerror text", name, n);
	return 1;
}

static void errname_every_errno(struct kunit *test)
{
	char text[256];
	unsigned int i;
	int found = 0;
	FILE *f;

	for (i = 0; i < ARRAY_SIZE(errno_headers); i++) {
		f = fopen(errno_headers[i], "r");
		if (!f)
			KUNIT_FAIL(test, "cannot open %s (run from the top of the tree)",
				   errno_headers[i]);
		KUNIT_ASSERT_NOT_NULL(test, f);
		while (fgets(text, sizeof(text), f))
			found += check_define(test, text);
		fclose(f);
	}
	/* the parse itself worked: errno-base.h alone has more than 20 */
	KUNIT_EXPECT_GE(test, found, 30);
}

/* No name: NULL, and %pe falls back to the number, as in Linux. */
static void errname_unknown(struct kunit *test)
{
	char got[40];
	int x = 0;

	KUNIT_EXPECT_NULL(test, errname(0));
	KUNIT_EXPECT_NULL(test, errname(-4000));
	KUNIT_EXPECT_NULL(test, errname(4000));
	KUNIT_EXPECT_NULL(test, shell_strerror(4000));
	snprintf(got, sizeof(got), "%pe", ERR_PTR(-4000));
	KUNIT_EXPECT_STREQ(test, got, "-4000");
	snprintf(got, sizeof(got), "[%8pe]", ERR_PTR(-ENOENT));
	KUNIT_EXPECT_STREQ(test, got, "[ -ENOENT]");
	/* not an ERR_PTR(): the pointer, as plain %p prints it */
	snprintf(got, sizeof(got), "%pe", &x);
	KUNIT_EXPECT_EQ(test, (int)strlen(got), 16);
}

/* glibc's words, which scripts and people grep for. */
static void errname_strerror_texts(struct kunit *test)
{
	KUNIT_EXPECT_STREQ(test, or_null(shell_strerror(-ENOENT)),
			   "No such file or directory");
	KUNIT_EXPECT_STREQ(test, or_null(shell_strerror(ESRCH)),
			   "No such process");
	KUNIT_EXPECT_STREQ(test, or_null(shell_strerror(-ENOEXEC)),
			   "Exec format error");
	KUNIT_EXPECT_STREQ(test, or_null(shell_strerror(-ENOMEM)),
			   "Cannot allocate memory");
}

static struct kunit_case errname_cases[] = {
	KUNIT_CASE(errname_every_errno),
	KUNIT_CASE(errname_unknown),
	KUNIT_CASE(errname_strerror_texts),
	{}
};

static struct kunit_suite errname_suite = {
	.name = "errname",
	.test_cases = errname_cases,
};
kunit_test_suite(errname_suite);
