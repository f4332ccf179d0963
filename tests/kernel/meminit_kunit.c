// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/meminit_kunit.c - memory initialisation on allocation and
 * on free: with init_on_alloc=1 what the page allocator, kmalloc (small
 * sizes and kmalloc_large) and vmalloc hand out is zeroed even if its last
 * owner left data in it; with init_on_free=1 memory is zeroed as it is
 * freed; with page_poison=1 a freed page is filled with 0xaa (PAGE_POISON)
 * and the pattern is checked when it is allocated again.
 *
 * Linux counterpart: lib/test_meminit.c. Like it, each case dirties memory,
 * frees it and looks at it again; unlike it, each case first proves that it
 * got the *same* memory back (the pcp lists and the per-CPU array_cache
 * are LIFO) and, with the flag off, that the dirt survives: so a pass
 * means the flag did the zeroing, and removing kernel_init_free_pages()
 * or slab_want_init_on_alloc() makes the case fail.
 *
 * The flags are set by boot parameters (init_on_alloc=, init_on_free=,
 * page_poison=) and the test matrix boots without them, so each case sets
 * them itself and the suite's exit restores them. Linux decides them once
 * at boot (static keys); flipping them at run time is safe here only
 * because one CPU runs and the case touches nothing else meanwhile.
 * Booted with page_poison=1 the suite skips: the pages it frees with
 * poisoning off would be reported as corrupted later.
 */
#include <linux/kernel.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <kunit/test.h>
#include "internal.h"

#define DIRT		0x5c	/* what the previous owner leaves behind */
#define CTOR_BYTE	0xc7	/* what the constructor writes */

static struct {
	bool init_on_alloc, init_on_free, page_poison;
} boot;

static int meminit_init(struct kunit *test)
{
	boot.init_on_alloc = init_on_alloc;
	boot.init_on_free = init_on_free;
	boot.page_poison = page_poisoning_enabled;
	if (boot.page_poison)
		return 0;	/* each case skips */
	init_on_alloc = false;
	init_on_free = false;
	drain_all_pages(NULL);
	return 0;
}

static void meminit_exit(struct kunit *test)
{
	page_poisoning_enabled = boot.page_poison;
	init_on_alloc = boot.init_on_alloc;
	init_on_free = boot.init_on_free;
	drain_all_pages(NULL);
}

static void meminit_begin(struct kunit *test)
{
	if (boot.page_poison)
		kunit_skip(test, "booted with page_poison=1");
}

/* Offset of the first byte of @p[0..n) that isn't @c, or -1 if none. */
static long first_not(const void *p, int c, size_t n)
{
	const u8 *bad = memchr_inv(p, c, n);

	return bad ? bad - (const u8 *)p : -1;
}

/* ---- the page allocator ---- */

static const unsigned int orders[] = { 0, 1, 3 };

/*
 * Dirty a block and free it: the next allocation of that order gets the
 * same block back (LIFO pcp list), still dirty with no flag set, zeroed
 * with init_on_alloc=1.
 */
static void test_pages_init_on_alloc(struct kunit *test)
{
	int i;

	meminit_begin(test);
	for (i = 0; i < ARRAY_SIZE(orders); i++) {
		unsigned int order = orders[i];
		size_t bytes = PAGE_SIZE << order;
		struct page *page, *again;

		page = alloc_pages(GFP_KERNEL, order);
		KUNIT_ASSERT_NOT_NULL(test, page);
		memset(page_address(page), DIRT, bytes);
		__free_pages(page, order);

		again = alloc_pages(GFP_KERNEL, order);	/* control */
		KUNIT_ASSERT_TRUE(test, again == page);
		KUNIT_EXPECT_EQ(test, first_not(page_address(again), DIRT,
						bytes), -1L);
		__free_pages(again, order);

		init_on_alloc = true;
		again = alloc_pages(GFP_KERNEL, order);
		init_on_alloc = false;
		KUNIT_ASSERT_TRUE(test, again == page);
		KUNIT_EXPECT_EQ(test, first_not(page_address(again), 0, bytes),
				-1L);
		__free_pages(again, order);
	}
}

/* init_on_free=1: the block is zero as soon as it is free, and after. */
static void test_pages_init_on_free(struct kunit *test)
{
	int i;

	meminit_begin(test);
	for (i = 0; i < ARRAY_SIZE(orders); i++) {
		unsigned int order = orders[i];
		size_t bytes = PAGE_SIZE << order;
		struct page *page, *again;
		void *addr;

		page = alloc_pages(GFP_KERNEL, order);
		KUNIT_ASSERT_NOT_NULL(test, page);
		addr = page_address(page);
		memset(addr, DIRT, bytes);
		__free_pages(page, order);
		/* control: a free page keeps its data (it is still mapped) */
		KUNIT_EXPECT_EQ(test, first_not(addr, DIRT, bytes), -1L);

		again = alloc_pages(GFP_KERNEL, order);
		KUNIT_ASSERT_TRUE(test, again == page);
		init_on_free = true;
		__free_pages(again, order);
		init_on_free = false;
		KUNIT_EXPECT_EQ(test, first_not(addr, 0, bytes), -1L);

		again = alloc_pages(GFP_KERNEL, order);
		KUNIT_ASSERT_TRUE(test, again == page);
		KUNIT_EXPECT_EQ(test, first_not(addr, 0, bytes), -1L);
		__free_pages(again, order);
	}
}

/*
 * page_poison=1: a page freed while poisoning is on is 0xaa throughout,
 * and allocating it again checks the pattern and leaves it. Only that
 * page is allocated while poisoning is on: every other free page was
 * freed without poison and would be reported as corrupted.
 */
static void test_page_poison(struct kunit *test)
{
	struct page *page, *again;
	long after_free, after_alloc;
	void *addr;

	meminit_begin(test);
	page = alloc_page(GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, page);
	addr = page_address(page);
	memset(addr, DIRT, PAGE_SIZE);
	drain_all_pages(NULL);	/* our page alone on the pcp lists */

	page_poisoning_enabled = true;
	__free_page(page);
	after_free = first_not(addr, PAGE_POISON, PAGE_SIZE);
	again = alloc_page(GFP_KERNEL);
	after_alloc = first_not(addr, PAGE_POISON, PAGE_SIZE);
	page_poisoning_enabled = false;

	KUNIT_EXPECT_EQ(test, after_free, -1L);
	KUNIT_ASSERT_TRUE(test, again == page);
	KUNIT_EXPECT_EQ(test, after_alloc, -1L);	/* no init_on_alloc */
	__free_page(again);
}

/* A bigger block is poisoned whole; look, then allocate nothing more. */
static void test_page_poison_order3(struct kunit *test)
{
	const unsigned int order = 3;
	struct page *page;
	long after_free;
	void *addr;

	meminit_begin(test);
	page = alloc_pages(GFP_KERNEL, order);
	KUNIT_ASSERT_NOT_NULL(test, page);
	addr = page_address(page);
	memset(addr, DIRT, PAGE_SIZE << order);

	page_poisoning_enabled = true;
	__free_pages(page, order);
	page_poisoning_enabled = false;
	after_free = first_not(addr, PAGE_POISON, PAGE_SIZE << order);
	KUNIT_EXPECT_EQ(test, after_free, -1L);
}

/* ---- kmalloc ---- */

/* Every kind of kmalloc cache, the largest one, and kmalloc_large. */
static const size_t kmalloc_sizes[] = {
	8, 64, 96, 192, 1000, 4096, KMALLOC_MAX_CACHE_SIZE,
	2 * KMALLOC_MAX_CACHE_SIZE, 8 * KMALLOC_MAX_CACHE_SIZE,
};

/*
 * kfree puts the object on top of the per-CPU array (or the page on top
 * of the pcp list), so the next kmalloc of that size returns it: dirty
 * with no flag, zero with init_on_alloc=1 (slab_alloc zeroes object_size
 * bytes, the page allocator zeroes kmalloc_large's pages).
 */
static void test_kmalloc_init_on_alloc(struct kunit *test)
{
	int i;

	meminit_begin(test);
	for (i = 0; i < ARRAY_SIZE(kmalloc_sizes); i++) {
		size_t size = kmalloc_sizes[i], bytes;
		void *p, *q;

		p = kmalloc(size, GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, p);
		bytes = ksize(p);
		KUNIT_ASSERT_GE(test, bytes, size);
		memset(p, DIRT, bytes);
		kfree(p);

		q = kmalloc(size, GFP_KERNEL);		/* control */
		KUNIT_ASSERT_TRUE(test, q == p);
		KUNIT_EXPECT_EQ(test, first_not(q, DIRT, bytes), -1L);
		kfree(q);

		init_on_alloc = true;
		q = kmalloc(size, GFP_KERNEL);
		init_on_alloc = false;
		KUNIT_ASSERT_TRUE(test, q == p);
		KUNIT_EXPECT_EQ(test, first_not(q, 0, bytes), -1L);
		kfree(q);
	}
}

/* init_on_free=1: kfree zeroes the object (or the pages) at once. */
static void test_kmalloc_init_on_free(struct kunit *test)
{
	int i;

	meminit_begin(test);
	for (i = 0; i < ARRAY_SIZE(kmalloc_sizes); i++) {
		size_t size = kmalloc_sizes[i], bytes;
		void *p, *q;

		p = kmalloc(size, GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, p);
		bytes = ksize(p);
		memset(p, DIRT, bytes);
		kfree(p);
		KUNIT_EXPECT_EQ(test, first_not(p, DIRT, bytes), -1L);

		q = kmalloc(size, GFP_KERNEL);
		KUNIT_ASSERT_TRUE(test, q == p);
		init_on_free = true;
		kfree(q);
		init_on_free = false;
		KUNIT_EXPECT_EQ(test, first_not(p, 0, bytes), -1L);

		q = kmalloc(size, GFP_KERNEL);
		KUNIT_ASSERT_TRUE(test, q == p);
		KUNIT_EXPECT_EQ(test, first_not(q, 0, bytes), -1L);
		kfree(q);
	}
}

/* ---- kmem_cache: the same, and a constructor's work is kept ---- */

static void meminit_ctor(void *obj)
{
	memset(obj, CTOR_BYTE, 200);
}

/* A cache of 200-byte objects, one per test, with or without a ctor. */
static struct kmem_cache *meminit_cache(struct kunit *test, bool ctor)
{
	struct kmem_cache *s;

	s = kmem_cache_create("meminit_test", 200, 0, 0,
			      ctor ? meminit_ctor : NULL);
	KUNIT_ASSERT_NOT_NULL(test, s);
	return s;
}

static void test_kmem_cache_init(struct kunit *test)
{
	struct kmem_cache *s;
	void *p, *q;

	meminit_begin(test);
	s = meminit_cache(test, false);
	p = kmem_cache_alloc(s, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	memset(p, DIRT, 200);
	kmem_cache_free(s, p);

	init_on_alloc = true;
	q = kmem_cache_alloc(s, GFP_KERNEL);
	init_on_alloc = false;
	KUNIT_EXPECT_PTR_EQ(test, q, p);
	KUNIT_EXPECT_EQ(test, first_not(q, 0, 200), -1L);

	memset(q, DIRT, 200);
	init_on_free = true;
	kmem_cache_free(s, q);
	init_on_free = false;
	KUNIT_EXPECT_EQ(test, first_not(p, 0, 200), -1L);
	kmem_cache_destroy(s);
}

/*
 * A constructed object is handed out in its constructed state: Linux
 * turns both init_on_alloc and init_on_free off for caches with a ctor
 * (slab_want_init_on_alloc/_free), or the ctor's work would be wiped.
 */
static void test_kmem_cache_ctor_kept(struct kunit *test)
{
	struct kmem_cache *s;
	void *p;

	meminit_begin(test);
	s = meminit_cache(test, true);
	init_on_alloc = true;
	init_on_free = true;
	p = kmem_cache_alloc(s, GFP_KERNEL);
	if (p)
		kmem_cache_free(s, p);
	init_on_alloc = false;
	init_on_free = false;
	KUNIT_ASSERT_NOT_NULL(test, p);
	/* the object is back in the per-CPU array, constructed, not zeroed */
	KUNIT_EXPECT_EQ(test, first_not(p, CTOR_BYTE, 200), -1L);
	kmem_cache_destroy(s);
}

/* ---- vmalloc: its pages come from the page allocator one by one ---- */

#define VM_PAGES	4

/* How many pages of the area @addr are among @pages[]. */
static int pages_reused(const void *addr, struct page **pages)
{
	int i, j, n = 0;

	for (i = 0; i < VM_PAGES; i++)
		for (j = 0; j < VM_PAGES; j++)
			if (vmalloc_to_page((const char *)addr + i * PAGE_SIZE)
			    == pages[j])
				n++;
	return n;
}

static void vmalloc_pages(const void *addr, struct page **pages)
{
	int i;

	for (i = 0; i < VM_PAGES; i++)
		pages[i] = vmalloc_to_page((const char *)addr + i * PAGE_SIZE);
}

/*
 * vfree returns the pages to the pcp list, and the next vmalloc of the
 * same size takes them again: dirty without the flag, zero with it.
 */
static void test_vmalloc_init_on_alloc(struct kunit *test)
{
	const size_t bytes = VM_PAGES * PAGE_SIZE;
	struct page *pages[VM_PAGES];
	void *v;

	meminit_begin(test);
	v = vmalloc(bytes);
	KUNIT_ASSERT_NOT_NULL(test, v);
	vmalloc_pages(v, pages);
	memset(v, DIRT, bytes);
	vfree(v);

	v = vmalloc(bytes);			/* control */
	KUNIT_ASSERT_NOT_NULL(test, v);
	KUNIT_ASSERT_EQ(test, pages_reused(v, pages), VM_PAGES);
	KUNIT_EXPECT_EQ(test, first_not(v, DIRT, bytes), -1L);
	vfree(v);

	init_on_alloc = true;
	v = vmalloc(bytes);
	init_on_alloc = false;
	KUNIT_ASSERT_NOT_NULL(test, v);
	KUNIT_ASSERT_EQ(test, pages_reused(v, pages), VM_PAGES);
	KUNIT_EXPECT_EQ(test, first_not(v, 0, bytes), -1L);
	vfree(v);
}

/* init_on_free=1: vfree hands back pages that are already zero. */
static void test_vmalloc_init_on_free(struct kunit *test)
{
	const size_t bytes = VM_PAGES * PAGE_SIZE;
	struct page *pages[VM_PAGES];
	void *v;
	int i;

	meminit_begin(test);
	v = vmalloc(bytes);
	KUNIT_ASSERT_NOT_NULL(test, v);
	vmalloc_pages(v, pages);
	memset(v, DIRT, bytes);
	init_on_free = true;
	vfree(v);
	init_on_free = false;
	for (i = 0; i < VM_PAGES; i++)
		KUNIT_EXPECT_EQ(test, first_not(page_address(pages[i]), 0,
						PAGE_SIZE), -1L);

	v = vmalloc(bytes);
	KUNIT_ASSERT_NOT_NULL(test, v);
	KUNIT_ASSERT_EQ(test, pages_reused(v, pages), VM_PAGES);
	KUNIT_EXPECT_EQ(test, first_not(v, 0, bytes), -1L);
	vfree(v);
}

/* The suite and case names are Linux's (lib/test_meminit.c). */
static struct kunit_case meminit_cases[] = {
	KUNIT_CASE(test_pages_init_on_alloc),
	KUNIT_CASE(test_pages_init_on_free),
	KUNIT_CASE(test_page_poison),
	KUNIT_CASE(test_page_poison_order3),
	KUNIT_CASE(test_kmalloc_init_on_alloc),
	KUNIT_CASE(test_kmalloc_init_on_free),
	KUNIT_CASE(test_kmem_cache_init),
	KUNIT_CASE(test_kmem_cache_ctor_kept),
	KUNIT_CASE(test_vmalloc_init_on_alloc),
	KUNIT_CASE(test_vmalloc_init_on_free),
	{}
};

static struct kunit_suite meminit_suite = {
	.name = "test_meminit",
	.init = meminit_init,
	.exit = meminit_exit,
	.test_cases = meminit_cases,
};
kunit_test_suite(meminit_suite);
