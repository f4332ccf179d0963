// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/ratelimit_test.c - lib/ratelimit.c: bursts, windows, the
 * "callbacks suppressed" line, and the settings that turn each part off.
 * Linux counterpart: none in-tree (lib/test_ratelimit.c came after
 * v5.19). jiffies stands still on the host, so each case moves it by hand
 * and every count is exact.
 */
#include <string.h>
#include <linux/kernel.h>
#include <linux/ratelimit.h>
#include <kunit/test.h>
#include "host.h"

static int allowed(struct ratelimit_state *rs, int calls)
{
	int n = 0;

	while (calls--)
		n += __ratelimit(rs);
	return n;
}

static bool log_has(const char *s)
{
	return strstr(host_log_text(), s) != NULL;
}

/* burst per window; the window ends after interval jiffies, not at it */
static void ratelimit_burst_per_window(struct kunit *test)
{
	DEFINE_RATELIMIT_STATE(rs, 5 * HZ, 3);

	host_log_clear();
	KUNIT_EXPECT_EQ(test, allowed(&rs, 10), 3);
	KUNIT_EXPECT_EQ(test, rs.missed, 7);
	jiffies += 5 * HZ;
	KUNIT_EXPECT_EQ(test, allowed(&rs, 1), 0);
	KUNIT_EXPECT_FALSE(test, log_has("callbacks suppressed"));

	jiffies += 1;
	KUNIT_EXPECT_EQ(test, allowed(&rs, 10), 3);
	KUNIT_EXPECT_TRUE(test, log_has("allowed: 8 callbacks suppressed\n"));
	KUNIT_EXPECT_EQ(test, rs.missed, 7);
}

/* a window with nothing held back ends without a line */
static void ratelimit_quiet_window(struct kunit *test)
{
	DEFINE_RATELIMIT_STATE(rs, HZ, 2);

	host_log_clear();
	KUNIT_EXPECT_EQ(test, allowed(&rs, 2), 2);
	jiffies += HZ + 1;
	KUNIT_EXPECT_EQ(test, allowed(&rs, 2), 2);
	KUNIT_EXPECT_STREQ(test, host_log_text(), "");
}

/* interval 0: no limit at all; burst 0: nothing passes */
static void ratelimit_zero_settings(struct kunit *test)
{
	struct ratelimit_state rs;

	ratelimit_state_init(&rs, 0, 1);
	KUNIT_EXPECT_EQ(test, allowed(&rs, 100), 100);
	KUNIT_EXPECT_EQ(test, rs.missed, 0);
	ratelimit_state_init(&rs, HZ, 0);
	KUNIT_EXPECT_EQ(test, allowed(&rs, 5), 0);
	KUNIT_EXPECT_EQ(test, rs.missed, 5);
}

/* RATELIMIT_MSG_ON_RELEASE: no line per window; the count keeps growing */
static void ratelimit_msg_on_release(struct kunit *test)
{
	DEFINE_RATELIMIT_STATE(rs, HZ, 1);

	ratelimit_set_flags(&rs, RATELIMIT_MSG_ON_RELEASE);
	host_log_clear();
	KUNIT_EXPECT_EQ(test, allowed(&rs, 4), 1);
	jiffies += HZ + 1;
	KUNIT_EXPECT_EQ(test, allowed(&rs, 4), 1);
	KUNIT_EXPECT_FALSE(test, log_has("callbacks suppressed"));
	KUNIT_EXPECT_EQ(test, rs.missed, 6);
}

static struct kunit_case ratelimit_cases[] = {
	KUNIT_CASE(ratelimit_burst_per_window),
	KUNIT_CASE(ratelimit_quiet_window),
	KUNIT_CASE(ratelimit_zero_settings),
	KUNIT_CASE(ratelimit_msg_on_release),
	{}
};

static struct kunit_suite ratelimit_suite = {
	.name = "ratelimit",
	.test_cases = ratelimit_cases,
};
kunit_test_suite(ratelimit_suite);
