/*
 * ktap.c - KTAP lines nested under the kernel's KUnit case (see ktap.h).
 * Linux counterpart: tools/testing/selftests/kselftest.h.
 *
 * Every line goes out in a single write(), so a child's diagnostic can
 * never land in the middle of one of the parent's lines.
 *
 * With KTAP_QUIET=1 in the environment nothing is printed (the checks still
 * count, and decide the exit status): the kernel suite uses it for warm-up
 * runs, since a case may carry only one nested subtest.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ktap.h>

#define INDENT	"        "	/* 8: below the kernel case at 4 */

static int planned = -1, done, failed, skipped;

static bool quiet(void)
{
	const char *q = getenv("KTAP_QUIET");

	return q && strcmp(q, "0");
}

void ktap_plan(int n)
{
	planned = n;
	if (!quiet())
		printf(INDENT "KTAP version 1\n"
	       INDENT "# Subtest: %s\n"
	       INDENT "1..%d\n", program_invocation_short_name, n);
}

static void result(const char *status, const char *directive,
		   const char *fmt, va_list ap)
{
	char what[200];

	vsnprintf(what, sizeof(what), fmt, ap);
	done++;
	if (!quiet())
		printf(INDENT "%s %d %s%s\n", status, done, what, directive);
}

bool ktap_ok(bool ok, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	result(ok ? "ok" : "not ok", "", fmt, ap);
	va_end(ap);
	if (!ok)
		failed++;
	return ok;
}

void ktap_skip(const char *why, const char *fmt, ...)
{
	char directive[160];
	va_list ap;

	snprintf(directive, sizeof(directive), " # SKIP %s", why);
	va_start(ap, fmt);
	result("ok", directive, fmt, ap);
	va_end(ap);
	skipped++;
}

void ktap_diag(const char *fmt, ...)
{
	char text[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	if (!quiet())
		printf(INDENT "# %s\n", text);
}

int ktap_finish(void)
{
	int bad = failed;

	if (done != planned) {
		ktap_diag("planned %d checks, ran %d", planned, done);
		bad++;
	}
	/* the two stat lines of a KUnit suite (kunit_print_suite_stats) */
	ktap_diag("%s: pass:%d fail:%d skip:%d total:%d",
		  program_invocation_short_name, done - failed - skipped,
		  failed, skipped, done);
	ktap_diag("Totals: pass:%d fail:%d skip:%d total:%d",
		  done - failed - skipped, failed, skipped, done);
	return bad > 127 ? 127 : bad;
}
