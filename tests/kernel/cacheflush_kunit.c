// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/cacheflush_kunit.c - PG_dcache_clean (asm/cacheflush.h):
 * a page-cache page mapped executable is cleaned for the instruction
 * cache once, then remembered as clean; a kernel write to it (write(2))
 * makes it dirty for the I-cache again, and the next executable mapping
 * cleans it again. QEMU has no caches, so the flag is what can be seen.
 */
#include <kunit/test.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/umh.h>
#include "kunit_umh.h"
#include <asm/cacheflush.h>

#define PROG	"/bin/hello"

static bool text_page_clean(struct kunit *test)
{
	struct inode *inode = ramfs_lookup(PROG);
	struct page *page;
	bool clean;

	KUNIT_ASSERT_NOT_NULL(test, inode);
	page = find_get_page(inode->i_mapping, 0);	/* headers + _start */
	KUNIT_ASSERT_NOT_NULL(test, page);
	clean = PageDcacheClean(page);
	put_page(page);
	return clean;
}

static void run_prog(struct kunit *test)
{
	char *argv[] = { PROG, NULL };

	KUNIT_ASSERT_EQ(test, kunit_call_usermodehelper(PROG, argv, NULL,
							UMH_WAIT_PROC), 0);
}

static void cacheflush_exec_cleans_once_write_dirties(struct kunit *test)
{
	struct file *file;
	char byte;
	loff_t pos = 0;

	run_prog(test);
	KUNIT_EXPECT_TRUE(test, text_page_clean(test));

	/* rewrite one byte with its own value: content same, cache state not */
	file = filp_open(PROG, O_RDWR, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(file));
	KUNIT_ASSERT_EQ(test, kernel_read(file, &byte, 1, &pos), 1);
	pos = 0;
	KUNIT_ASSERT_EQ(test, kernel_write(file, &byte, 1, &pos), 1);
	fput(file);
	KUNIT_EXPECT_FALSE(test, text_page_clean(test));

	run_prog(test);
	KUNIT_EXPECT_TRUE(test, text_page_clean(test));
}

static struct kunit_case cacheflush_cases[] = {
	KUNIT_CASE(cacheflush_exec_cleans_once_write_dirties),
	{}
};

static struct kunit_suite cacheflush_suite = {
	.name = "cacheflush",
	.test_cases = cacheflush_cases,
};
kunit_test_suite(cacheflush_suite);
