// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/slab_kunit.c - the slab allocator finds corruption, says
 * so in Linux's report shape, and carries on: each case corrupts an object
 * of a fresh debug cache and expects an exact number of
 * "BUG <cache> (<taint>): ..." reports, then checks the cache still
 * allocates and frees and that slabinfo agrees with what is live.
 * Linux counterpart: lib/slub_kunit.c (test_clobber_zone,
 * test_next_pointer, test_first_word, test_clobber_50th_byte,
 * test_clobber_redzone_free) - SLUB's, as the reports are SLUB-shaped.
 *
 * The second half misuses caches without slab_debug (the default boot):
 * double frees (at the top of the array cache, deeper, on the slab's
 * freelist, a thousand times), interior pointers, the wrong cache,
 * krealloc of freed memory, large kmalloc double frees, and pointers
 * outside the linear map. Each must be reported and change nothing: the
 * objects handed out afterwards are distinct and don't overlap, and the
 * counts (slabinfo's active objects, Slab pages) are exact.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/console.h>
#include <linux/debug_locks.h>
#include <linux/string.h>
#include <linux/poison.h>
#include <linux/vmalloc.h>
#include <kunit/test.h>
#include <tinymm/test_hooks.h>
#include "slab.h"

struct slab_case {
	struct kmem_cache *s;
	unsigned long reports;
	u64 log;
	char taint[32];		/* print_tainted() before the case */
};

static int slab_kunit_init(struct kunit *test)
{
	static struct slab_case c;

	c.s = NULL;
	c.reports = slab_nr_reports;
	c.log = printk_log_pos();
	strscpy(c.taint, print_tainted(), sizeof(c.taint));
	test->priv = &c;
	return 0;
}

static struct kmem_cache *test_cache(struct kunit *test, slab_flags_t flags)
{
	struct slab_case *c = test->priv;

	c->s = kmem_cache_create("TestSlab", 64, 0, flags, NULL);
	return c->s;
}

static unsigned long new_reports(struct kunit *test)
{
	struct slab_case *c = test->priv;

	return slab_nr_reports - c->reports;
}

static bool logged(struct kunit *test, const char *text)
{
	struct slab_case *c = test->priv;

	return printk_log_contains(c->log, text);
}

/*
 * "BUG <cache> (<taint>): <what>", the taint as the case began: a report
 * taints B only once it is printed, so its own line shows the one before.
 */
static bool logged_bug_in(struct kunit *test, const char *cache,
			  const char *what)
{
	struct slab_case *c = test->priv;
	char line[96];

	scnprintf(line, sizeof(line), "BUG %s (%s): %s", cache, c->taint, what);
	return logged(test, line);
}

static bool logged_bug(struct kunit *test, const char *what)
{
	return logged_bug_in(test, "TestSlab", what);
}

/* The cache is still sound: allocate and free, and count what is live. */
static void check_usable(struct kunit *test, struct kmem_cache *s,
			 unsigned long live)
{
	struct slabinfo si = { 0 };
	void *objs[8];
	int i;

	for (i = 0; i < 8; i++) {
		objs[i] = kmem_cache_alloc(s, GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, objs[i]);
		memset(objs[i], 0x33, 64);
	}
	for (i = 0; i < 8; i++)
		kmem_cache_free(s, objs[i]);
	drain_cpu_caches(s);
	get_slabinfo(s, &si);
	KUNIT_EXPECT_EQ(test, si.active_objs, live + s->num_taken_out);
}

static void slab_kunit_exit(struct kunit *test)
{
	struct slab_case *c = test->priv;

	if (c->s)
		kmem_cache_destroy(c->s);
}

/* One byte past a 64-byte object lands in its red zone: found at free. */
static void test_clobber_zone(struct kunit *test)
{
	struct kmem_cache *s = test_cache(test, SLAB_RED_ZONE);
	u8 *p;

	KUNIT_ASSERT_NOT_NULL(test, s);
	p = kmem_cache_alloc(s, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	p[64] = 0x12;
	kmem_cache_free(s, p);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
	KUNIT_EXPECT_TRUE(test, logged_bug(test, "Redzone overwritten"));
	KUNIT_EXPECT_TRUE(test, logged(test, "First byte 0x12 instead of 0x"));
	KUNIT_EXPECT_TRUE(test, logged(test, "FIX TestSlab: Marking object"));
	KUNIT_EXPECT_EQ(test, s->num_taken_out, 1ul);
	check_usable(test, s, 0);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
}

/* Written after free: the poison is checked when it is handed out again. */
static void test_write_after_free(struct kunit *test)
{
	struct kmem_cache *s = test_cache(test, SLAB_POISON | SLAB_STORE_USER |
					  SLAB_RED_ZONE);
	u8 *p, *q;

	KUNIT_ASSERT_NOT_NULL(test, s);
	p = kmem_cache_alloc(s, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_EQ(test, p[0], POISON_INUSE);
	kmem_cache_free(s, p);
	KUNIT_EXPECT_EQ(test, p[0], POISON_FREE);
	KUNIT_EXPECT_EQ(test, p[63], POISON_END);
	p[50] = 0x9a;
	q = kmem_cache_alloc(s, GFP_KERNEL);	/* LIFO: p was next */
	KUNIT_ASSERT_NOT_NULL(test, q);
	KUNIT_EXPECT_NE(test, (uintptr_t)q, (uintptr_t)p);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
	KUNIT_EXPECT_TRUE(test, logged_bug(test, "Poison overwritten"));
	KUNIT_EXPECT_TRUE(test, logged(test, "First byte 0x9a instead of 0x6b"));
	KUNIT_EXPECT_TRUE(test, logged(test, "INFO: Allocated in "));
	KUNIT_EXPECT_TRUE(test, logged(test, "INFO: Freed in "));
	KUNIT_EXPECT_TRUE(test, logged(test, "Object   "));
	kmem_cache_free(s, q);
	check_usable(test, s, 0);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
}

/* A freelist entry pointing nowhere: the slab's freelist is isolated. */
static void test_corrupt_freelist(struct kunit *test)
{
	struct kmem_cache *s = test_cache(test, SLAB_CONSISTENCY_CHECKS);
	struct page *page;
	void *p, *q;

	KUNIT_ASSERT_NOT_NULL(test, s);
	p = kmem_cache_alloc(s, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	drain_cpu_caches(s);		/* the rest back on the slab's freelist */
	page = virt_to_head_page(p);
	KUNIT_ASSERT_EQ(test, page->active, 1u);
	((freelist_idx_t *)page->freelist)[page->active] = 0xffff;
	q = kmem_cache_alloc(s, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, q);
	KUNIT_EXPECT_NE(test, (uintptr_t)virt_to_head_page(q), (uintptr_t)page);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
	KUNIT_EXPECT_TRUE(test, logged_bug(test, "Freepointer corrupt"));
	KUNIT_EXPECT_TRUE(test, logged(test, "FIX TestSlab: Isolate corrupted freelist"));
	KUNIT_EXPECT_EQ(test, s->num_taken_out, (unsigned long)s->num - 1);
	kmem_cache_free(s, p);
	kmem_cache_free(s, q);
	check_usable(test, s, 0);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
}

/* @report: SLAB's line, or with debugging the "BUG TestSlab" one's end */
static void double_free(struct kunit *test, slab_flags_t flags,
			const char *report)
{
	struct kmem_cache *s = test_cache(test, flags);
	void *p, *other, *again, *next;

	KUNIT_ASSERT_NOT_NULL(test, s);
	p = kmem_cache_alloc(s, GFP_KERNEL);
	other = kmem_cache_alloc(s, GFP_KERNEL);
	KUNIT_ASSERT_TRUE(test, p && other);
	kmem_cache_free(s, p);
	kmem_cache_free(s, p);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
	KUNIT_EXPECT_TRUE(test, (flags | slub_debug) & SLAB_DEBUG_FLAGS ?
			  logged_bug(test, report) : logged(test, report));
	/* p is handed out once, not twice */
	again = kmem_cache_alloc(s, GFP_KERNEL);
	next = kmem_cache_alloc(s, GFP_KERNEL);
	KUNIT_EXPECT_PTR_EQ(test, again, p);
	KUNIT_EXPECT_NE(test, (uintptr_t)next, (uintptr_t)p);
	kmem_cache_free(s, again);
	kmem_cache_free(s, next);
	kmem_cache_free(s, other);
	check_usable(test, s, 0);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
}

/* Freed twice: the red zones already say "inactive" the second time. */
static void test_double_free_redzone(struct kunit *test)
{
	double_free(test, SLAB_RED_ZONE, "Object already free");
}

/* Without red zones the object's state byte says it is free already. */
static void test_double_free_checks(struct kunit *test)
{
	double_free(test, SLAB_CONSISTENCY_CHECKS, "Object already free");
}

/* A pointer into the middle of an object is refused, the object kept. */
static void test_free_middle(struct kunit *test)
{
	struct kmem_cache *s = test_cache(test, SLAB_CONSISTENCY_CHECKS |
					  SLAB_RED_ZONE);
	u8 *p;

	KUNIT_ASSERT_NOT_NULL(test, s);
	p = kmem_cache_alloc(s, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	kmem_cache_free(s, p + 8);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
	KUNIT_EXPECT_TRUE(test, logged_bug(test, "Invalid object pointer"));
	kmem_cache_free(s, p);		/* the real free still works */
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
	check_usable(test, s, 0);
}

/* Clean use of a fully debugged cache reports nothing. */
static void test_clean(struct kunit *test)
{
	struct kmem_cache *s = test_cache(test, SLAB_CONSISTENCY_CHECKS |
					  SLAB_RED_ZONE | SLAB_POISON |
					  SLAB_STORE_USER);

	KUNIT_ASSERT_NOT_NULL(test, s);
	check_usable(test, s, 0);
	KUNIT_EXPECT_EQ(test, new_reports(test), 0ul);
}

/* ---- misuse with no debug flags: caught all the same ---- */

/* A double free's report in @s: SLAB's line, or SLUB's with slab_debug=. */
static const char *double_free_text(struct kmem_cache *s)
{
	static char text[80];

	if (s->flags & SLAB_DEBUG_FLAGS)
		return "Object already free";	/* after "BUG <cache> (...): " */
	snprintf(text, sizeof(text),
		 "slab: double free detected in cache '%s', objp ", s->name);
	return text;
}

/* Objects of @s in use, with the array caches emptied first. */
static unsigned long active_objs(struct kmem_cache *s)
{
	struct slabinfo si = { 0 };

	drain_cpu_caches(s);
	get_slabinfo(s, &si);
	return si.active_objs;
}

#define NR_FRESH	64

/*
 * After a misuse: NR_FRESH objects of @s are distinct and don't overlap,
 * hold what was written to them, and @s counts exactly @active in use
 * once they are back.
 */
static void check_fresh(struct kunit *test, struct kmem_cache *s,
			unsigned long active)
{
	static u8 *objs[NR_FRESH];
	unsigned int i, j, size = s->object_size, bad = 0;

	for (i = 0; i < NR_FRESH; i++) {
		objs[i] = kmem_cache_alloc(s, GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, objs[i]);
		memset(objs[i], i, size);
	}
	for (i = 0; i < NR_FRESH; i++)
		for (j = i + 1; j < NR_FRESH; j++)
			if (objs[i] < objs[j] + size && objs[j] < objs[i] + size)
				bad++;
	KUNIT_EXPECT_EQ(test, bad, 0u);
	for (i = 0; i < NR_FRESH; i++) {
		KUNIT_EXPECT_EQ(test, objs[i][0], (u8)i);
		KUNIT_EXPECT_EQ(test, objs[i][size - 1], (u8)i);
		kmem_cache_free(s, objs[i]);
	}
	KUNIT_EXPECT_EQ(test, active_objs(s), active);
}

/* kfree twice: the second is reported and dropped; one object, once. */
static void test_double_kfree(struct kunit *test)
{
	struct kmem_cache *s = kmalloc_slab(64, 0);
	unsigned long active = active_objs(s);
	void *p, *a, *b;

	p = kmalloc(64, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	kfree(p);
	kfree(p);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
	KUNIT_EXPECT_TRUE(test, logged(test, double_free_text(s)));
	a = kmalloc(64, GFP_KERNEL);
	b = kmalloc(64, GFP_KERNEL);
	KUNIT_ASSERT_TRUE(test, a && b);
	KUNIT_EXPECT_PTR_EQ(test, a, p);
	KUNIT_EXPECT_NE(test, (uintptr_t)b, (uintptr_t)p);
	kfree(a);
	kfree(b);
	check_fresh(test, s, active);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
}

/*
 * The first free is buried under others in the array cache, then back on
 * its slab's freelist: a second free is caught wherever the object is.
 */
static void test_double_kfree_deep(struct kunit *test)
{
	struct kmem_cache *s = kmalloc_slab(128, 0);
	unsigned long active = active_objs(s);
	void *p, *others[10];
	int i;

	p = kmalloc(128, GFP_KERNEL);
	for (i = 0; i < 10; i++)
		others[i] = kmalloc(128, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	kfree(p);
	for (i = 0; i < 10; i++)
		kfree(others[i]);
	kfree(p);			/* 10 deep in the array cache */
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
	drain_cpu_caches(s);
	kfree(p);			/* on its slab's freelist */
	KUNIT_EXPECT_EQ(test, new_reports(test), 2ul);
	KUNIT_EXPECT_TRUE(test, logged(test, double_free_text(s)));
	check_fresh(test, s, active);
	KUNIT_EXPECT_EQ(test, new_reports(test), 2ul);
}

/* kfree(p + 8): refused; p itself is freed normally afterwards. */
static void test_interior_kfree(struct kunit *test)
{
	struct kmem_cache *s = kmalloc_slab(128, 0);
	unsigned long active = active_objs(s);
	u8 *p;

	p = kmalloc(128, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	kfree(p + 8);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
	KUNIT_EXPECT_TRUE(test, logged_bug_in(test, "kmalloc-128",
					      "Invalid object pointer"));
	KUNIT_EXPECT_TRUE(test, logged(test, "FIX kmalloc-128: Object at "));
	KUNIT_EXPECT_EQ(test, active_objs(s), active + 1);
	kfree(p);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
	check_fresh(test, s, active);
}

/* No debug flags: SLAB's own line, and the object still goes out once. */
static void test_double_kmem_cache_free(struct kunit *test)
{
	double_free(test, 0, slub_debug ? "Object already free" :
		    "slab: double free detected in cache 'TestSlab', objp ");
}

/* krealloc of freed memory, smaller or larger: refused, reported. */
static void test_krealloc_freed(struct kunit *test)
{
	struct kmem_cache *s = kmalloc_slab(64, 0), *big = kmalloc_slab(200, 0);
	unsigned long active = active_objs(s), big_active = active_objs(big);
	void *p;

	p = kmalloc(64, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	kfree(p);
	KUNIT_EXPECT_NULL(test, krealloc(p, 32, GFP_KERNEL));
	KUNIT_EXPECT_NULL(test, krealloc(p, 200, GFP_KERNEL));
	KUNIT_EXPECT_EQ(test, new_reports(test), 2ul);
	check_fresh(test, s, active);
	KUNIT_EXPECT_EQ(test, active_objs(big), big_active);
}

/* Freed to another cache: Linux's warning; the object goes home. */
static void test_wrong_cache(struct kunit *test)
{
	struct kmem_cache *a = test_cache(test, 0);
	struct kmem_cache *b = kmem_cache_create("TestSlab2", 64, 0, 0, NULL);
	void *p, *q;

	KUNIT_ASSERT_TRUE(test, a && b);
	p = kmem_cache_alloc(a, GFP_KERNEL);
	q = kmem_cache_alloc(b, GFP_KERNEL);
	KUNIT_ASSERT_TRUE(test, p && q);
	kmem_cache_free(b, p);
	KUNIT_EXPECT_TRUE(test, logged(test, "cache_from_obj: Wrong slab cache. TestSlab2 but object is from TestSlab"));
	KUNIT_EXPECT_EQ(test, active_objs(a), 0ul);
	KUNIT_EXPECT_EQ(test, active_objs(b), 1ul);
	kmem_cache_free(b, q);
	check_fresh(test, b, 0);
	check_fresh(test, a, 0);
	kmem_cache_destroy(b);
	KUNIT_EXPECT_FALSE(test, logged(test, "Objects remaining"));
	KUNIT_EXPECT_EQ(test, new_reports(test), 0ul);
}

/* A large kmalloc freed again: reported, Slab/SUnreclaim counted once. */
static void test_large_double_kfree(struct kunit *test)
{
	unsigned long slab = global_node_page_state_settled(NR_SLAB_UNRECLAIMABLE_B);
	unsigned long free;
	void *p;
	int i;

	/*
	 * Count with the pcp lists empty, before and after: the pages come
	 * from this CPU's list, whose content depends on earlier tests and
	 * on the CPUs their tasks exited on; an empty list is refilled with
	 * a whole batch from the buddy lists.
	 */
	drain_all_pages(NULL);
	free = nr_free_pages_exact();

	p = kmalloc(16384, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_SLAB_UNRECLAIMABLE_B), slab + 4);
	kfree(p);
	for (i = 0; i < 3; i++)
		kfree(p);
	KUNIT_EXPECT_TRUE(test, logged(test, "page already free (double free?)"));
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_SLAB_UNRECLAIMABLE_B), slab);
	KUNIT_EXPECT_NULL(test, krealloc(p, 20000, GFP_KERNEL));
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_SLAB_UNRECLAIMABLE_B), slab);
	drain_all_pages(NULL);
	KUNIT_EXPECT_EQ(test, nr_free_pages_exact(), free);
}

/* Not from kmalloc (a page of its own), or inside a large kmalloc. */
static void test_kfree_not_kmalloc(struct kunit *test)
{
	unsigned long slab = global_node_page_state_settled(NR_SLAB_UNRECLAIMABLE_B), free;
	struct page *page = alloc_page(GFP_KERNEL);
	u8 *p = kmalloc(16384, GFP_KERNEL);

	KUNIT_ASSERT_TRUE(test, page && p);
	free = nr_free_pages_exact();
	kfree(page_address(page));
	KUNIT_EXPECT_TRUE(test, logged(test, "object pointer: 0x"));
	KUNIT_EXPECT_EQ(test, page_ref_count(page), 1);
	kfree(p + PAGE_SIZE);
	KUNIT_EXPECT_EQ(test, ksize(p + PAGE_SIZE), (size_t)0);
	KUNIT_EXPECT_EQ(test, nr_free_pages_exact(), free);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_SLAB_UNRECLAIMABLE_B), slab + 4);
	kfree(p);
	__free_page(page);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_SLAB_UNRECLAIMABLE_B), slab);
}

static int a_global;

/* Not in the linear map: DEBUG_VIRTUAL's warning, and nothing else. */
static void test_free_nonlinear(struct kunit *test)
{
	struct kmem_cache *s = test_cache(test, 0);
	unsigned long slab = global_node_page_state_settled(NR_SLAB_UNRECLAIMABLE_B);
	unsigned long free;
	void *v = vmalloc(PAGE_SIZE);

	KUNIT_ASSERT_TRUE(test, s && v);
	free = nr_free_pages_exact();
	kfree(&a_global);
	KUNIT_EXPECT_TRUE(test, logged(test, "virt_to_phys used for non-linear address: "));
	kfree(v);
	kmem_cache_free(s, v);
	kmem_cache_free(s, &a_global);
	KUNIT_EXPECT_EQ(test, ksize(v), (size_t)0);
	KUNIT_EXPECT_NULL(test, krealloc(&a_global, 64, GFP_KERNEL));
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_SLAB_UNRECLAIMABLE_B), slab);
	KUNIT_EXPECT_EQ(test, nr_free_pages_exact(), free);
	KUNIT_EXPECT_EQ(test, new_reports(test), 0ul);
	check_fresh(test, s, 0);
	vfree(v);
}

/* virt_to_phys/virt_to_page of a vmalloc address warn (DEBUG_VIRTUAL). */
static void test_virt_to_phys_nonlinear(struct kunit *test)
{
	void *v = vmalloc(PAGE_SIZE);
	void *p = kmalloc(64, GFP_KERNEL);

	KUNIT_ASSERT_TRUE(test, v && p);
	KUNIT_EXPECT_EQ(test, page_to_phys(virt_to_page(p)),
			virt_to_phys(p) & PAGE_MASK);
	KUNIT_EXPECT_FALSE(test, logged(test, "virt_to_phys used for non-linear address"));
	(void)virt_to_page(v);
	KUNIT_EXPECT_TRUE(test, logged(test, "virt_to_phys used for non-linear address: "));
	kfree(p);
	vfree(v);
}

/*
 * A report taints the kernel 'B' and ends lock debugging, as SLUB's
 * slab_err()/object_err() (TAINT_BAD_PAGE, LOCKDEP_NOW_UNRELIABLE): after
 * its own lines, whose stack dump still shows the taint from before.
 */
static void test_report_taints(struct kunit *test)
{
	struct slab_case *c = test->priv;
	unsigned long before = get_taint();
	char banner[64];
	void *p;

	p = kmalloc(64, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	kfree(p);
	kfree(p);
	KUNIT_EXPECT_EQ(test, new_reports(test), 1ul);
	KUNIT_EXPECT_TRUE(test, test_taint(TAINT_BAD_PAGE));
	KUNIT_EXPECT_EQ(test, get_taint(), before | (1UL << TAINT_BAD_PAGE));
	KUNIT_EXPECT_EQ(test, debug_locks, 0);
	scnprintf(banner, sizeof(banner), " %s 5.19.0-tinymm #1\n", c->taint);
	KUNIT_EXPECT_TRUE(test, logged(test, banner));
}

/* A thousand double frees: each reported, nothing breaks, slabinfo sane. */
static void test_double_kfree_x1000(struct kunit *test)
{
	struct kmem_cache *s = kmalloc_slab(64, 0), *c;
	unsigned long active = active_objs(s);
	struct slabinfo si;
	void *p, *pin;
	int i;

	/* a neighbour in use keeps the slab from the reap timer's drain */
	pin = kmalloc(64, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, pin);
	p = kmalloc(64, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	if (virt_to_head_page(pin) != virt_to_head_page(p)) {
		kfree(pin);	/* the refill crossed slabs: p's slab is new */
		pin = kmalloc(64, GFP_KERNEL);
		KUNIT_ASSERT_PTR_EQ(test, virt_to_head_page(pin),
				    virt_to_head_page(p));
	}
	kfree(p);
	for (i = 0; i < 1000; i++) {
		kfree(p);
		if (i == 500)
			drain_cpu_caches(s);
	}
	KUNIT_EXPECT_EQ(test, new_reports(test), 1000ul);
	kfree(pin);
	check_fresh(test, s, active);
	list_for_each_entry(c, &slab_caches, list) {
		memset(&si, 0, sizeof(si));
		get_slabinfo(c, &si);
		KUNIT_EXPECT_LE(test, si.active_objs, si.num_objs);
		KUNIT_EXPECT_EQ(test, si.num_objs, si.num_slabs * c->num);
	}
}

/* The suite and case names are Linux's (lib/slub_kunit.c). */
static struct kunit_case slab_kunit_cases[] = {
	KUNIT_CASE(test_clean),
	KUNIT_CASE(test_report_taints),
	KUNIT_CASE(test_clobber_zone),
	KUNIT_CASE(test_write_after_free),
	KUNIT_CASE(test_corrupt_freelist),
	KUNIT_CASE(test_double_free_redzone),
	KUNIT_CASE(test_double_free_checks),
	KUNIT_CASE(test_free_middle),
	KUNIT_CASE(test_double_kfree),
	KUNIT_CASE(test_double_kfree_deep),
	KUNIT_CASE(test_interior_kfree),
	KUNIT_CASE(test_double_kmem_cache_free),
	KUNIT_CASE(test_krealloc_freed),
	KUNIT_CASE(test_wrong_cache),
	KUNIT_CASE(test_large_double_kfree),
	KUNIT_CASE(test_kfree_not_kmalloc),
	KUNIT_CASE(test_free_nonlinear),
	KUNIT_CASE(test_virt_to_phys_nonlinear),
	KUNIT_CASE(test_double_kfree_x1000),
	{}
};

static struct kunit_suite slab_kunit_suite = {
	.name = "slub_test",
	.init = slab_kunit_init,
	.exit = slab_kunit_exit,
	.test_cases = slab_kunit_cases,
};
kunit_test_suite(slab_kunit_suite);
