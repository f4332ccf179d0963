// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/vmstat_test.c - the in-kernel vmstat cases
 * (tests/kernel/vmstat_kunit.c, included below) run on the host with
 * ASan, over the page allocator booted on an arena (one CPU).
 */
#include <linux/sizes.h>
#include "mm_host.h"

#define VMSTAT_CASES_ONLY
#include "../kernel/vmstat_kunit.c"

static int vmstat_host_init(struct kunit *test)
{
	return host_mm_boot(0x40000000, SZ_64M, NULL);
}

static void vmstat_host_exit(struct kunit *test)
{
	host_mm_teardown();
}

/* the kernel suite's cases, so they keep its names (vmstat_...) */
static struct kunit_suite vmstat_host_suite = {
	.name = "vmstat_host",
	.init = vmstat_host_init,
	.exit = vmstat_host_exit,
	.test_cases = vmstat_cases,
};
kunit_test_suite(vmstat_host_suite);
