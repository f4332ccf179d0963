// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/mempool_test.c - the in-kernel mempool cases
 * (tests/kernel/mempool_kunit.c, included below) run on the host with
 * ASan, over the page allocator and slab booted on an arena.
 */
#include <linux/sizes.h>
#include "mm_host.h"

#define MEMPOOL_CASES_ONLY
#include "../kernel/mempool_kunit.c"

static int mempool_host_init(struct kunit *test)
{
	int ret = host_mm_boot(0x40000000, SZ_64M, NULL);

	if (!ret)
		kmem_cache_init();
	return ret;
}

static void mempool_host_exit(struct kunit *test)
{
	host_mm_teardown();
}

/* the kernel suite's cases, so they keep its names (mempool_...) */
static struct kunit_suite mempool_host_suite = {
	.name = "mempool_host",
	.init = mempool_host_init,
	.exit = mempool_host_exit,
	.test_cases = mempool_cases,
};
kunit_test_suite(mempool_host_suite);
