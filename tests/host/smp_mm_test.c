// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/smp_mm_test.c - the allocators under true concurrency (suite
 * smp_mm): four host threads, each a CPU (host_smp.c), hammer at once
 *   - alloc_pages/__free_pages of orders 0-3 in each pcp migrate type,
 *   - kmalloc/kfree of 8..8192 bytes, half the frees handed to the next
 *     CPU through a ring under a spinlock (freed on another CPU than the
 *     one that allocated, as SLAB's alien frees are on a real machine),
 *   - vmalloc/vfree,
 *   - every 64 operations, the next CPU's pcp lists drained on that CPU
 *     through a cross-call, while it runs (drain_all_pages()'s IPI; on
 *     the host it is exclusive only by that CPU's irq mutex),
 * every object filled with a pattern of its owner that is checked before
 * it is freed (an object handed out twice shows). Then each CPU's pcp
 * lists are drained on that CPU (drain_local_pages through a cross-call)
 * and every slab cache is shrunk, and the free page count, buddyinfo's
 * and slabinfo's texts must equal their snapshot from before, with no
 * bad-page or slab report and the page allocator's invariant checker
 * (mm_host.c) clean. In the TSan build the same run must give no
 * ThreadSanitizer report (tests/run_tests.py --host: host.tsan_clean).
 *
 * SMP_MM_OPS=<n> in the environment sets the operations per thread.
 * Linux's nearest: mm/page_alloc.c has no such test; lib/test_vmalloc.c's
 * multi-threaded stress and the in-kernel SMP suite are the relatives.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/gfp.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/sizes.h>
#include <linux/smp.h>
#include <linux/spinlock.h>
#include <kunit/test.h>
#include <tinymm/test_hooks.h>
#include <asm/pgtable.h>
#include "slab.h"
#include "internal.h"
#include "mm_host.h"
#include "host.h"
#include "host_smp.h"

#define SMP_MM_BASE		((phys_addr_t)0x40000000)
#define SMP_MM_SIZE		((u64)SZ_64M)
#define SMP_MM_CPUS		4
#define SMP_MM_DEFAULT_OPS	15000

/* live objects per thread, by kind */
#define PAGE_SLOTS	16
#define KMALLOC_SLOTS	32
#define VMALLOC_SLOTS	4
#define VMALLOC_MAX	(4 * PAGE_SIZE)
#define RING_SIZE	64
/* ops between two drains of another CPU's pcp lists */
#define DRAIN_EVERY	64

/* a freed-elsewhere kmalloc object and its size */
struct handoff {
	void *obj;
	size_t size;
};

/* one per CPU: what the previous CPU hands over for this one to free */
struct ring {
	spinlock_t lock;
	unsigned int head, tail;	/* head - tail entries are queued */
	struct handoff slot[RING_SIZE];
};

struct smp_mm_run {
	unsigned long ops;		/* per thread */
	unsigned int nr_cpus;
	int producers_done;		/* threads that will queue no more */
	struct ring ring[SMP_MM_CPUS];
	/* per thread results, each written only by its own thread */
	struct smp_mm_stats {
		unsigned long pages, kmallocs, handed, vmallocs, drains;
		unsigned long failed, corrupt;
	} stats[SMP_MM_CPUS];
};

/* ---- patterns ---- */

static u8 pattern_of(const void *obj, size_t size)
{
	return (u8)(((unsigned long)obj >> 4) ^ size ^ 0x5a);
}

static void fill(void *obj, size_t size)
{
	memset(obj, pattern_of(obj, size), size);
}

/* Every byte still as fill() left it? */
static bool intact(const void *obj, size_t size)
{
	const u8 *p = obj;
	u8 want = pattern_of(obj, size);
	size_t i;

	for (i = 0; i < size; i++)
		if (p[i] != want)
			return false;
	return true;
}

/*
 * A vmalloc address is not host memory (only its page tables, in the
 * arena, are real): reach each page through them, as a CPU's MMU would.
 */
static bool vmalloc_pattern(void *addr, size_t size, bool check)
{
	unsigned long off;

	for (off = 0; off < size; off += PAGE_SIZE) {
		struct page *page = vmalloc_to_page((u8 *)addr + off);
		size_t len = min_t(size_t, size - off, PAGE_SIZE);

		if (!page)
			return false;
		if (!check)
			fill(page_address(page), len);
		else if (!intact(page_address(page), len))
			return false;
	}
	return true;
}

/* ---- the hand-off ring ---- */

static bool ring_put(struct ring *r, void *obj, size_t size)
{
	unsigned long flags;
	bool ok;

	spin_lock_irqsave(&r->lock, flags);
	ok = r->head - r->tail < RING_SIZE;
	if (ok) {
		r->slot[r->head % RING_SIZE] = (struct handoff){ obj, size };
		r->head++;
	}
	spin_unlock_irqrestore(&r->lock, flags);
	return ok;
}

static bool ring_get(struct ring *r, struct handoff *h)
{
	unsigned long flags;
	bool ok;

	spin_lock_irqsave(&r->lock, flags);
	ok = r->head != r->tail;
	if (ok)
		*h = r->slot[r->tail++ % RING_SIZE];
	spin_unlock_irqrestore(&r->lock, flags);
	return ok;
}

/* ---- one CPU's work ---- */

struct cpu_work {
	struct smp_mm_run *run;
	struct smp_mm_stats *st;
	unsigned int cpu;
	u64 seed;
	struct page *page[PAGE_SLOTS];
	unsigned int page_order[PAGE_SLOTS];
	void *kobj[KMALLOC_SLOTS];
	size_t ksize[KMALLOC_SLOTS];
	void *vobj[VMALLOC_SLOTS];
	size_t vsize[VMALLOC_SLOTS];
};

static const gfp_t mt_gfp[MIGRATE_PCPTYPES] = {
	[MIGRATE_UNMOVABLE]	= GFP_KERNEL,
	[MIGRATE_MOVABLE]	= GFP_HIGHUSER_MOVABLE,
	[MIGRATE_RECLAIMABLE]	= GFP_KERNEL | __GFP_RECLAIMABLE,
};

static void free_object(struct cpu_work *w, void *obj, size_t size)
{
	if (!intact(obj, size))
		w->st->corrupt++;
	kfree(obj);
}

static void page_op(struct cpu_work *w, unsigned int i)
{
	if (w->page[i]) {
		struct page *page = w->page[i];
		size_t size = PAGE_SIZE << w->page_order[i];

		if (!intact(page_address(page), size))
			w->st->corrupt++;
		__free_pages(page, w->page_order[i]);
		w->page[i] = NULL;
		return;
	}
	w->page_order[i] = hm_rand(&w->seed) % 4;
	w->page[i] = alloc_pages(mt_gfp[hm_rand(&w->seed) % MIGRATE_PCPTYPES] |
				 __GFP_NOWARN, w->page_order[i]);
	if (!w->page[i]) {
		w->st->failed++;
		return;
	}
	fill(page_address(w->page[i]), PAGE_SIZE << w->page_order[i]);
	w->st->pages++;
}

static unsigned int take_handoffs(struct cpu_work *w, unsigned int max);

/* Free half of the objects here, hand the other half to the next CPU. */
static void kmalloc_op(struct cpu_work *w, unsigned int i)
{
	struct ring *next = &w->run->ring[(w->cpu + 1) % w->run->nr_cpus];

	if (w->kobj[i]) {
		if (hm_rand(&w->seed) & 1) {
			free_object(w, w->kobj[i], w->ksize[i]);
		} else {
			/* the next CPU empties it meanwhile, as we do ours */
			while (!ring_put(next, w->kobj[i], w->ksize[i]))
				if (!take_handoffs(w, RING_SIZE))
					host_spin_wait();
			w->st->handed++;
		}
		w->kobj[i] = NULL;
		return;
	}
	w->ksize[i] = 8 + hm_rand(&w->seed) % (8192 - 8 + 1);
	w->kobj[i] = kmalloc(w->ksize[i], GFP_KERNEL | __GFP_NOWARN);
	if (!w->kobj[i]) {
		w->st->failed++;
		return;
	}
	fill(w->kobj[i], w->ksize[i]);
	w->st->kmallocs++;
}

static void vmalloc_op(struct cpu_work *w, unsigned int i)
{
	if (w->vobj[i]) {
		if (!vmalloc_pattern(w->vobj[i], w->vsize[i], true))
			w->st->corrupt++;
		vfree(w->vobj[i]);
		w->vobj[i] = NULL;
		return;
	}
	w->vsize[i] = 1 + hm_rand(&w->seed) % VMALLOC_MAX;
	w->vobj[i] = vmalloc(w->vsize[i]);
	if (!w->vobj[i]) {
		w->st->failed++;
		return;
	}
	if (!vmalloc_pattern(w->vobj[i], w->vsize[i], false))
		w->st->corrupt++;
	w->st->vmallocs++;
}

/* Free what the previous CPU handed over; returns how many. */
static unsigned int take_handoffs(struct cpu_work *w, unsigned int max)
{
	struct ring *mine = &w->run->ring[w->cpu];
	struct handoff h;
	unsigned int n = 0;

	while (n < max && ring_get(mine, &h)) {
		free_object(w, h.obj, h.size);
		n++;
	}
	return n;
}

static void free_everything(struct cpu_work *w)
{
	unsigned int i;

	for (i = 0; i < PAGE_SLOTS; i++)
		if (w->page[i])
			page_op(w, i);
	for (i = 0; i < KMALLOC_SLOTS; i++)
		if (w->kobj[i])
			kmalloc_op(w, i);
	for (i = 0; i < VMALLOC_SLOTS; i++)
		if (w->vobj[i])
			vmalloc_op(w, i);
}

static void drain_this_cpu(void *info)
{
	drain_local_pages(NULL);
}

static void smp_mm_cpu(void *arg)
{
	struct smp_mm_run *run = arg;
	struct cpu_work *w = calloc(1, sizeof(*w));
	unsigned long op;

	if (!w)
		abort();
	w->run = run;
	w->cpu = smp_processor_id();
	w->st = &run->stats[w->cpu];
	w->seed = 0x9e3779b97f4a7c15ULL * (w->cpu + 1);
	for (op = 0; op < run->ops; op++) {
		u64 r = hm_rand(&w->seed);

		switch (r % 8) {
		case 0 ... 2:
			page_op(w, (r >> 8) % PAGE_SLOTS);
			break;
		case 3 ... 6:
			kmalloc_op(w, (r >> 8) % KMALLOC_SLOTS);
			break;
		default:
			vmalloc_op(w, (r >> 8) % VMALLOC_SLOTS);
			break;
		}
		take_handoffs(w, 2);
		/* drain_all_pages()'s IPI: the next CPU's lists, as that CPU */
		if (op % DRAIN_EVERY == DRAIN_EVERY - 1) {
			smp_call_function_single((w->cpu + 1) % run->nr_cpus,
						 drain_this_cpu, NULL, 1);
			w->st->drains++;
		}
	}
	free_everything(w);
	/* nothing more comes once every CPU stopped handing over */
	__atomic_fetch_add(&run->producers_done, 1, __ATOMIC_RELEASE);
	for (;;) {
		bool all_done = __atomic_load_n(&run->producers_done,
						__ATOMIC_ACQUIRE) ==
				(int)run->nr_cpus;

		if (take_handoffs(w, RING_SIZE))
			continue;
		if (all_done)
			break;
		host_spin_wait();
	}
	free(w);
}

/* ---- set-up and checks ---- */

static unsigned long smp_mm_ops(void)
{
	const char *env = getenv("SMP_MM_OPS");
	unsigned long n;

	if (env && kstrtoul(env, 0, &n) == 0 && n)
		return n;
	return SMP_MM_DEFAULT_OPS;
}

static int smp_mm_init(struct kunit *test)
{
	struct host_mm_opts opts = { .nr_cpus = SMP_MM_CPUS };
	int ret;

	host_log_clear();
	ret = host_mm_boot(SMP_MM_BASE, SMP_MM_SIZE, &opts);
	if (ret)
		return ret;
	memset(swapper_pg_dir, 0, sizeof(swapper_pg_dir));
	slub_debug = 0;
	kmem_cache_init();
	vmalloc_init();
	return 0;
}

static void smp_mm_exit(struct kunit *test)
{
	host_mm_teardown();
}

/*
 * Every cache gives its free slabs back (into this CPU's pcp lists),
 * then each CPU empties its own pcp lists; again until nothing moves: a
 * freed off-slab slab frees its freelist into a cache shrunk before it
 * (Linux's drop_slab() loops for the same reason).
 */
static void settle(unsigned int nr_cpus)
{
	unsigned long free_pages;
	unsigned int cpu;

	do {
		free_pages = nr_free_pages_exact();
		drop_slab();
		for (cpu = 0; cpu < nr_cpus; cpu++)
			smp_call_function_single(cpu, drain_this_cpu, NULL, 1);
	} while (nr_free_pages() != free_pages);
}

/*
 * What the allocators hold now, for the invariant checker: every block
 * with a reference (slab pages, page tables, vmalloc'ed pages) counts as
 * allocated, with the order it was allocated with.
 */
static void track_allocated(void)
{
	int i, n = host_mm_nr_zones();

	for (i = 0; i < n; i++) {
		struct zone *zone = host_mm_zone(i);
		unsigned long pfn = zone->zone_start_pfn;

		while (pfn < zone_end_pfn(zone)) {
			struct page *page = pfn_to_page(pfn);
			unsigned int order = 0;

			if (!PageReserved(page) && page_ref_count(page) > 0) {
				order = page_alloc_order(page);
				host_mm_track(page, order);
			}
			pfn += 1UL << order;
		}
	}
}

/*
 * vmalloc's free-tree descriptors are replaced as areas merge
 * (merge_or_add_vmap_area keeps the neighbour's), so after the run the
 * same number of them may sit in other slab pages than before: equal
 * slabinfo, different buddyinfo. One object pinned in each of enough
 * vmap_area slabs for the whole run keeps that cache's pages fixed.
 */
#define VMAP_AREA_PINS	4096

static bool page_listed(struct page **pages, int n, struct page *page)
{
	while (n--)
		if (pages[n] == page)
			return true;
	return false;
}

static void pin_vmap_area_slabs(struct kunit *test)
{
	struct kmem_cache *s, *cache = NULL;
	static struct page *pinned[VMAP_AREA_PINS];
	void **objs;
	int i, nr_pinned = 0;

	list_for_each_entry(s, &slab_caches, list)
		if (!strcmp(s->name, "vmap_area"))
			cache = s;
	KUNIT_ASSERT_NOT_NULL(test, cache);
	objs = calloc(VMAP_AREA_PINS, sizeof(*objs));
	KUNIT_ASSERT_NOT_NULL(test, objs);
	for (i = 0; i < VMAP_AREA_PINS; i++)
		objs[i] = kmem_cache_alloc(cache, GFP_KERNEL);
	/* keep the first object of each slab page, free the others */
	for (i = 0; i < VMAP_AREA_PINS; i++) {
		struct page *page;

		KUNIT_ASSERT_NOT_NULL(test, objs[i]);
		page = virt_to_head_page(objs[i]);
		if (page_listed(pinned, nr_pinned, page))
			kmem_cache_free(cache, objs[i]);
		else
			pinned[nr_pinned++] = page;
	}
	free(objs);
}

struct smp_mm_state {
	unsigned long free_pages;
	char *buddyinfo, *slabinfo;
};

static char *show_text(int (*show)(struct seq_file *m, void *v))
{
	char *text;

	host_log_clear();
	host_show(show, NULL);
	text = strdup(host_log_text());
	if (!text)
		abort();
	return text;
}

static void take_state(struct smp_mm_state *s)
{
	s->free_pages = nr_free_pages_exact();	/* every CPU's vmstat folded */
	s->buddyinfo = show_text(buddyinfo_show);
	s->slabinfo = show_text(slabinfo_show);
}

static void put_state(struct smp_mm_state *s)
{
	free(s->buddyinfo);
	free(s->slabinfo);
}

/* 4 CPUs x ops, then the state from before, exactly */
static void smp_mm_stress(struct kunit *test)
{
	static struct smp_mm_run run;
	struct smp_mm_state before, after;
	struct smp_mm_stats sum = { 0 };
	struct timespec t0, t1;
	unsigned int cpu;
	void *warm;

	memset(&run, 0, sizeof(run));
	run.ops = smp_mm_ops();
	run.nr_cpus = SMP_MM_CPUS;
	for (cpu = 0; cpu < SMP_MM_CPUS; cpu++)
		spin_lock_init(&run.ring[cpu].lock);
	/*
	 * vmalloc's page tables are never freed: map the lowest addresses
	 * the threads can use at once, so they add no table pages later.
	 */
	warm = vmalloc(SMP_MM_CPUS * VMALLOC_SLOTS * (VMALLOC_MAX + PAGE_SIZE));
	KUNIT_ASSERT_NOT_NULL(test, warm);
	vfree(warm);
	pin_vmap_area_slabs(test);
	settle(1);
	track_allocated();
	take_state(&before);

	clock_gettime(CLOCK_MONOTONIC, &t0);
	KUNIT_ASSERT_EQ(test, host_smp_run(SMP_MM_CPUS, smp_mm_cpu, &run), 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	settle(SMP_MM_CPUS);
	take_state(&after);

	for (cpu = 0; cpu < SMP_MM_CPUS; cpu++) {
		sum.pages += run.stats[cpu].pages;
		sum.kmallocs += run.stats[cpu].kmallocs;
		sum.handed += run.stats[cpu].handed;
		sum.vmallocs += run.stats[cpu].vmallocs;
		sum.drains += run.stats[cpu].drains;
		sum.failed += run.stats[cpu].failed;
		sum.corrupt += run.stats[cpu].corrupt;
	}
	kunit_info(test, "%u CPUs x %lu ops in %ld ms: %lu page blocks, %lu kmallocs (%lu freed on the next CPU), %lu vmallocs, %lu remote pcp drains",
		   SMP_MM_CPUS, run.ops,
		   (long)((t1.tv_sec - t0.tv_sec) * 1000 +
			  (t1.tv_nsec - t0.tv_nsec) / 1000000),
		   sum.pages, sum.kmallocs, sum.handed, sum.vmallocs, sum.drains);
	KUNIT_EXPECT_EQ(test, sum.failed, 0UL);
	KUNIT_EXPECT_EQ(test, sum.corrupt, 0UL);
	KUNIT_EXPECT_GT(test, sum.handed, 0UL);
	KUNIT_EXPECT_EQ(test, after.free_pages, before.free_pages);
	KUNIT_EXPECT_STREQ(test, after.buddyinfo, before.buddyinfo);
	KUNIT_EXPECT_STREQ(test, after.slabinfo, before.slabinfo);
	KUNIT_EXPECT_EQ(test, host_mm_pcp_count(host_mm_zone(0)), 0UL);
	KUNIT_EXPECT_TRUE(test, host_mm_check(test));
	host_log_clear();
	put_state(&before);
	put_state(&after);
}

/*
 * The model itself: a cross-call runs as the target CPU with interrupts
 * off there, and comes back as the caller with its own state.
 */
static void record_cpu(void *info)
{
	int *seen = info;

	seen[0] = smp_processor_id();
	seen[1] = irqs_disabled();
}

static void smp_mm_call_single(struct kunit *test)
{
	int seen[2] = { -1, -1 };

	KUNIT_ASSERT_EQ(test, host_smp_run(2, drain_this_cpu, NULL), 0);
	KUNIT_EXPECT_EQ(test, smp_call_function_single(1, record_cpu, seen, 1), 0);
	KUNIT_EXPECT_EQ(test, seen[0], 1);
	KUNIT_EXPECT_EQ(test, seen[1], 1);
	KUNIT_EXPECT_EQ(test, (int)smp_processor_id(), 0);
	KUNIT_EXPECT_FALSE(test, irqs_disabled());
	/* CPU 3 is possible but was never started */
	KUNIT_EXPECT_EQ(test, smp_call_function_single(3, record_cpu, seen, 1),
			-ENXIO);
}

/* ---- the host's locks: what the allocators rely on ---- */

#define MODEL_ITERS	20000

struct lock_count {
	spinlock_t lock;
	unsigned long count;	/* under lock */
};

static void count_under_lock(void *arg)
{
	struct lock_count *c = arg;
	unsigned long v;
	int i;

	for (i = 0; i < MODEL_ITERS; i++) {
		spin_lock(&c->lock);
		v = c->count;
		if (i % 64 == 0)
			host_yield();	/* a window for another CPU */
		c->count = v + 1;
		spin_unlock(&c->lock);
	}
}

/* A spinlock excludes the other CPUs: no increment is lost. */
static void smp_mm_spinlock_excludes(struct kunit *test)
{
	static struct lock_count c;

	spin_lock_init(&c.lock);
	c.count = 0;
	KUNIT_ASSERT_EQ(test, host_smp_run(SMP_MM_CPUS, count_under_lock, &c), 0);
	KUNIT_EXPECT_EQ(test, c.count, (unsigned long)SMP_MM_CPUS * MODEL_ITERS);
}

static DEFINE_PER_CPU(unsigned long, model_count);

static void bump_model_count(void *info)
{
	__this_cpu_inc(model_count);
}

/*
 * CPU 1 read-modify-writes its per-CPU counter with interrupts off, in
 * two steps; the other CPUs bump the same counter through cross-calls
 * to CPU 1. Interrupts off must keep the cross-calls out between the
 * two steps, as per-CPU lists need: no increment is lost.
 */
static void bump_cpu1(void *arg)
{
	unsigned long flags, v;
	int i;

	for (i = 0; i < MODEL_ITERS; i++) {
		if (smp_processor_id() != 1) {
			smp_call_function_single(1, bump_model_count, NULL, 1);
			continue;
		}
		local_irq_save(flags);
		v = __this_cpu_read(model_count);
		host_yield();		/* a window for a cross-call */
		__this_cpu_write(model_count, v + 1);
		local_irq_restore(flags);
	}
}

static void smp_mm_irqs_off_excludes_calls(struct kunit *test)
{
	unsigned long count;

	KUNIT_ASSERT_EQ(test, host_smp_run(SMP_MM_CPUS, bump_cpu1, NULL), 0);
	count = per_cpu(model_count, 1);
	KUNIT_EXPECT_EQ(test, count, (unsigned long)SMP_MM_CPUS * MODEL_ITERS);
}

static struct kunit_case smp_mm_cases[] = {
	KUNIT_CASE(smp_mm_call_single),
	KUNIT_CASE(smp_mm_spinlock_excludes),
	KUNIT_CASE(smp_mm_irqs_off_excludes_calls),
	KUNIT_CASE(smp_mm_stress),
	{}
};

static struct kunit_suite smp_mm_suite = {
	.name = "smp_mm",
	.init = smp_mm_init,
	.exit = smp_mm_exit,
	.test_cases = smp_mm_cases,
};
kunit_test_suite(smp_mm_suite);
