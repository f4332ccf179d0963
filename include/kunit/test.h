/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kunit/test.h - the in-kernel unit-test API: suites of cases with
 * expectations (a failure is recorded, the case goes on) and assertions (a
 * failure ends the case). Results are printed as KTAP version 1.
 * Linux: include/kunit/test.h (same names, a subset of the macros).
 * The very same suites are built into the host unit tests (tests/host/),
 * where GNU ld provides __start_/__stop_kunit_suites for the section.
 */
#ifndef _KUNIT_TEST_H
#define _KUNIT_TEST_H

#include <linux/types.h>
#include <linux/compiler.h>

enum kunit_status {
	KUNIT_SUCCESS,
	KUNIT_FAILURE,
	KUNIT_SKIPPED,
};

struct kunit;

struct kunit_case {
	void (*run_case)(struct kunit *test);
	const char *name;
	/* filled in by the runner */
	enum kunit_status status;
};

struct kunit_suite {
	const char *name;
	int (*suite_init)(struct kunit_suite *suite);
	void (*suite_exit)(struct kunit_suite *suite);
	int (*init)(struct kunit *test);
	void (*exit)(struct kunit *test);
	struct kunit_case *test_cases;
};

struct kunit {
	const char *name;		/* case name */
	enum kunit_status status;
	char status_comment[128];
	void *priv;			/* for init/exit and the case to share */
	void *try_catch;		/* where an assertion failure jumps to */
};

#define KUNIT_CASE(test_name) { .run_case = test_name, .name = #test_name }

/* Linux: kunit_test_suites() puts pointers in .kunit_test_suites. */
#define kunit_test_suite(suite)						\
	static struct kunit_suite *__kunit_suite_ptr_##suite		\
		__used __section("kunit_suites") __aligned(8) = &(suite)

extern struct kunit_suite *__start_kunit_suites[];
extern struct kunit_suite *__stop_kunit_suites[];

/* Run the suites whose name matches @filter ("all", "a,b", "a.case"). */
int kunit_run_all_tests(const char *filter, int *passed, int *failed);
bool kunit_filter_match(const char *filter, const char *suite, const char *tcase);

/* Called from the fault/oops path: is a case running, and end it. */
struct kunit *kunit_get_current_test(void);
void __noreturn kunit_abort(struct kunit *test);

void __kunit_fail(struct kunit *test, const char *file, int line,
		  const char *fmt, ...) __printf(4, 5);
void kunit_log(struct kunit *test, const char *level, const char *fmt, ...)
	__printf(3, 4);
void kunit_mark_skipped(struct kunit *test, const char *fmt, ...)
	__printf(2, 3);

#define kunit_info(test, fmt, ...) kunit_log(test, "", fmt, ##__VA_ARGS__)
#define kunit_err(test, fmt, ...)  kunit_log(test, "", fmt, ##__VA_ARGS__)

#define kunit_skip(test, fmt, ...) do {					\
	kunit_mark_skipped(test, fmt, ##__VA_ARGS__);			\
	kunit_abort(test);						\
} while (0)

/* ---- expectations and assertions ---- */

#define __KUNIT_FAIL(test, assert, fmt, ...) do {			\
	__kunit_fail(test, __FILE__, __LINE__, fmt, ##__VA_ARGS__);	\
	if (assert)							\
		kunit_abort(test);					\
} while (0)

#define KUNIT_FAIL(test, fmt, ...) __KUNIT_FAIL(test, 0, fmt, ##__VA_ARGS__)

#define __KUNIT_TRUE(test, assert, cond) do {			\
	if (!(cond))							\
		__KUNIT_FAIL(test, assert,				\
			"Expected %s to be true, but is false", #cond);	\
} while (0)

#define __KUNIT_BINARY(test, assert, left, op, right) do {		\
	long long __l = (long long)(left);				\
	long long __r = (long long)(right);				\
	if (!(__l op __r))						\
		__KUNIT_FAIL(test, assert,				\
			"Expected %s %s %s, but\n"			\
			"        %s == %lld (0x%llx)\n"			\
			"        %s == %lld (0x%llx)",			\
			#left, #op, #right, #left, __l,			\
			(unsigned long long)__l, #right, __r,		\
			(unsigned long long)__r);			\
} while (0)

#define __KUNIT_STR(test, assert, left, op, right) do {		\
	const char *__l = (left), *__r = (right);			\
	if (!(strcmp(__l, __r) op 0))					\
		__KUNIT_FAIL(test, assert,				\
			"Expected %s %s %s, but\n"			\
			"        %s == \"%s\"\n"			\
			"        %s == \"%s\"", #left, #op, #right,	\
			#left, __l, #right, __r);			\
} while (0)

#define KUNIT_EXPECT_TRUE(t, c)		__KUNIT_TRUE(t, 0, c)
#define KUNIT_EXPECT_FALSE(t, c)	__KUNIT_TRUE(t, 0, !(c))
#define KUNIT_EXPECT_EQ(t, l, r)	__KUNIT_BINARY(t, 0, l, ==, r)
#define KUNIT_EXPECT_NE(t, l, r)	__KUNIT_BINARY(t, 0, l, !=, r)
#define KUNIT_EXPECT_LT(t, l, r)	__KUNIT_BINARY(t, 0, l, <, r)
#define KUNIT_EXPECT_LE(t, l, r)	__KUNIT_BINARY(t, 0, l, <=, r)
#define KUNIT_EXPECT_GT(t, l, r)	__KUNIT_BINARY(t, 0, l, >, r)
#define KUNIT_EXPECT_GE(t, l, r)	__KUNIT_BINARY(t, 0, l, >=, r)
#define KUNIT_EXPECT_PTR_EQ(t, l, r)	__KUNIT_BINARY(t, 0, (uintptr_t)(l), ==, (uintptr_t)(r))
#define KUNIT_EXPECT_NULL(t, p)		__KUNIT_BINARY(t, 0, (uintptr_t)(p), ==, 0)
#define KUNIT_EXPECT_NOT_NULL(t, p)	__KUNIT_BINARY(t, 0, (uintptr_t)(p), !=, 0)
#define KUNIT_EXPECT_STREQ(t, l, r)	__KUNIT_STR(t, 0, l, ==, r)
#define KUNIT_EXPECT_STRNEQ(t, l, r)	__KUNIT_STR(t, 0, l, !=, r)

#define KUNIT_ASSERT_TRUE(t, c)		__KUNIT_TRUE(t, 1, c)
#define KUNIT_ASSERT_FALSE(t, c)	__KUNIT_TRUE(t, 1, !(c))
#define KUNIT_ASSERT_EQ(t, l, r)	__KUNIT_BINARY(t, 1, l, ==, r)
#define KUNIT_ASSERT_NE(t, l, r)	__KUNIT_BINARY(t, 1, l, !=, r)
#define KUNIT_ASSERT_LT(t, l, r)	__KUNIT_BINARY(t, 1, l, <, r)
#define KUNIT_ASSERT_LE(t, l, r)	__KUNIT_BINARY(t, 1, l, <=, r)
#define KUNIT_ASSERT_GT(t, l, r)	__KUNIT_BINARY(t, 1, l, >, r)
#define KUNIT_ASSERT_GE(t, l, r)	__KUNIT_BINARY(t, 1, l, >=, r)
#define KUNIT_ASSERT_PTR_EQ(t, l, r)	__KUNIT_BINARY(t, 1, (uintptr_t)(l), ==, (uintptr_t)(r))
#define KUNIT_ASSERT_NOT_NULL(t, p)	__KUNIT_BINARY(t, 1, (uintptr_t)(p), !=, 0)
#define KUNIT_ASSERT_NULL(t, p)		__KUNIT_BINARY(t, 1, (uintptr_t)(p), ==, 0)
#define KUNIT_ASSERT_STREQ(t, l, r)	__KUNIT_STR(t, 1, l, ==, r)

#endif /* _KUNIT_TEST_H */
