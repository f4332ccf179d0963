// SPDX-License-Identifier: GPL-2.0
/*
 * lib/kunit/test.c - runs the registered KUnit suites and prints KTAP v1.
 * Linux: lib/kunit/test.c, executor.c, try-catch.c.
 *
 * Each case runs inside a try/catch: a failed KUNIT_ASSERT_*, a skip, or an
 * oops inside the case jumps back here and only that case is marked failed,
 * as Linux does by running each case in its own kthread. Linux also has
 * parameterised cases, resources and timeouts; we skip them because no suite
 * needs them yet (a hung case is caught by the runner's QEMU timeout).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <kunit/test.h>
#include <asm/setjmp.h>

static struct kunit *current_test;

struct kunit *kunit_get_current_test(void)
{
	return current_test;
}

void kunit_abort(struct kunit *test)
{
	arch_longjmp((struct arch_jmp_buf *)test->try_catch, 1);
}

void kunit_log(struct kunit *test, const char *level, const char *fmt, ...)
{
	char buf[256];
	va_list args;

	va_start(args, fmt);
	vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	printk("%s        # %s: %s\n", level, test->name, buf);
}

void __kunit_fail(struct kunit *test, const char *file, int line,
		  const char *fmt, ...)
{
	char buf[512];
	va_list args;

	test->status = KUNIT_FAILURE;
	va_start(args, fmt);
	vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	printk("        # %s: EXPECTATION FAILED at %s:%d\n", test->name,
	       file, line);
	printk("        %s\n", buf);
}

void kunit_mark_skipped(struct kunit *test, const char *fmt, ...)
{
	va_list args;

	test->status = KUNIT_SKIPPED;
	va_start(args, fmt);
	vscnprintf(test->status_comment, sizeof(test->status_comment), fmt,
		   args);
	va_end(args);
}

/* "all", or a comma-separated list of "suite" or "suite.case" names. */
bool kunit_filter_match(const char *filter, const char *suite,
			const char *tcase)
{
	size_t slen = strlen(suite);
	const char *p = filter;

	if (!filter || !*filter || !strcmp(filter, "all"))
		return true;
	while (*p) {
		size_t len = strchr(p, ',') ? (size_t)(strchr(p, ',') - p)
					    : strlen(p);

		if (len == slen && !strncmp(p, suite, slen))
			return true;
		if (tcase && len > slen && !strncmp(p, suite, slen) &&
		    p[slen] == '.' && len - slen - 1 == strlen(tcase) &&
		    !strncmp(p + slen + 1, tcase, len - slen - 1))
			return true;
		p += len;
		if (*p == ',')
			p++;
	}
	return false;
}

struct kunit_try {
	struct kunit_case *c;
	struct kunit *test;
};

static void kunit_try_run_case(void *arg)
{
	struct kunit_try *t = arg;
	struct arch_jmp_buf catch;

	t->test->try_catch = &catch;
	if (arch_setjmp(&catch) == 0)
		t->c->run_case(t->test);
}

static void kunit_run_case(struct kunit_suite *suite, struct kunit_case *c,
			   int index)
{
	struct kunit test = { .name = c->name, .status = KUNIT_SUCCESS };
	struct kunit_try t = { c, &test };
	struct arch_jmp_buf catch;

	current_test = &test;
	if (!suite->init || suite->init(&test) == 0) {
		/* An oops inside the case kills only the case, as in Linux. */
		if (run_as_task(c->name, kunit_try_run_case, &t)) {
			test.status = KUNIT_FAILURE;
			printk("        # %s: killed by an oops\n", c->name);
		}
		/* exit runs even when the case was aborted, as in Linux */
		test.try_catch = &catch;
		if (suite->exit && arch_setjmp(&catch) == 0)
			suite->exit(&test);
	} else {
		test.status = KUNIT_FAILURE;
	}
	current_test = NULL;
	c->status = test.status;
	if (test.status == KUNIT_SKIPPED)
		printk("    ok %d %s # SKIP %s\n", index, c->name,
		       test.status_comment);
	else
		printk("    %s %d %s\n",
		       test.status == KUNIT_SUCCESS ? "ok" : "not ok", index,
		       c->name);
}

static int kunit_suite_num_cases(struct kunit_suite *suite, const char *filter)
{
	struct kunit_case *c;
	int n = 0;

	for (c = suite->test_cases; c->run_case; c++)
		n += kunit_filter_match(filter, suite->name, c->name);
	return n;
}

static bool kunit_suite_selected(struct kunit_suite *suite, const char *filter)
{
	return kunit_suite_num_cases(suite, filter) > 0;
}

/*
 * As Linux's kunit_print_suite_stats() with kunit.stats_enabled=1: the
 * suite's counts, then its "# Totals" (Linux's count parameterised cases
 * one by one there; tinymm has none, so the two agree), for suites of more
 * than one case.
 */
static void kunit_print_suite_stats(struct kunit_suite *suite, int pass,
				    int fail, int skip)
{
	int total = pass + fail + skip;

	if (total <= 1)
		return;
	printk(KERN_INFO "# %s: pass:%d fail:%d skip:%d total:%d\n",
	       suite->name, pass, fail, skip, total);
	printk(KERN_INFO "# Totals: pass:%d fail:%d skip:%d total:%d\n",
	       pass, fail, skip, total);
}

/* Returns true when every selected case passed or was skipped. */
static bool kunit_run_suite(struct kunit_suite *suite, const char *filter,
			    int index, int *passed, int *failed)
{
	int pass = 0, fail = 0, skip = 0, i = 0;
	struct kunit_case *c;

	printk("    KTAP version 1\n");
	printk("    # Subtest: %s\n", suite->name);
	printk("    1..%d\n", kunit_suite_num_cases(suite, filter));
	if (suite->suite_init && suite->suite_init(suite)) {
		printk("not ok %d %s # suite_init failed\n", index, suite->name);
		(*failed)++;
		return false;
	}
	for (c = suite->test_cases; c->run_case; c++) {
		if (!kunit_filter_match(filter, suite->name, c->name))
			continue;
		kunit_run_case(suite, c, ++i);
		if (c->status == KUNIT_SKIPPED)
			skip++;
		else if (c->status == KUNIT_SUCCESS)
			pass++;
		else
			fail++;
	}
	if (suite->suite_exit)
		suite->suite_exit(suite);
	kunit_print_suite_stats(suite, pass, fail, skip);
	printk("%s %d %s\n", fail ? "not ok" : "ok", index, suite->name);
	*passed += pass;
	*failed += fail;
	return fail == 0;
}

/*
 * Each comma-separated entry of the filter must match something: a
 * mistyped suite or case would otherwise run nothing and pass. Linux's
 * executor just runs nothing (a "1..0" plan); tinymm warns and fails.
 * Returns the number of entries that match nothing.
 */
static int kunit_filter_check(const char *filter)
{
	struct kunit_suite **s;
	struct kunit_case *c;
	int unmatched = 0;
	char entry[128];
	const char *p;
	size_t len;
	bool found;

	if (!filter || !*filter || !strcmp(filter, "all"))
		return 0;
	for (p = filter; *p; p += len + (p[len] == ',')) {
		len = strcspn(p, ",");
		if (!len)
			continue;
		strscpy(entry, p, min(len + 1, sizeof(entry)));
		found = false;
		for (s = __start_kunit_suites; s < __stop_kunit_suites; s++)
			for (c = (*s)->test_cases; c->run_case; c++)
				found |= kunit_filter_match(entry, (*s)->name,
							    c->name);
		if (!found) {
			pr_warn("kunit: no test suite or case matches '%s'\n",
				entry);
			unmatched++;
		}
	}
	return unmatched;
}

/* 0 if every selected case passed and every filter entry matched. */
int kunit_run_all_tests(const char *filter, int *passed, int *failed)
{
	struct kunit_suite **s;
	int nsuites = 0, index = 0, unmatched;

	*passed = *failed = 0;
	unmatched = kunit_filter_check(filter);
	for (s = __start_kunit_suites; s < __stop_kunit_suites; s++)
		nsuites += kunit_suite_selected(*s, filter);
	printk("KTAP version 1\n");
	printk("1..%d\n", nsuites);
	for (s = __start_kunit_suites; s < __stop_kunit_suites; s++)
		if (kunit_suite_selected(*s, filter))
			kunit_run_suite(*s, filter, ++index, passed, failed);
	return (*failed || unmatched) ? -1 : 0;
}
