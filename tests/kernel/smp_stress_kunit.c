// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/smp_stress_kunit.c - every online CPU at once hammers the
 * page and slab allocators (suite smp_stress), then everything is given
 * back and the allocators must be exactly where they started.
 *
 * Each CPU runs the same seeded random mix (smp_stress.ops= operations in
 * all, one million by default): alloc_pages() of orders 0-3 as unmovable,
 * movable and reclaimable, kmalloc() of 8 to 8192 bytes, and frees of
 * what it holds, half of its kmalloc'ed objects handed to the next CPU,
 * which frees them there (a free on another CPU than the allocation: the
 * object goes into that CPU's array, its slab may sit on another CPU's).
 * The CPUs run the mix from on_each_cpu(), in interrupt context, so the
 * allocations are GFP_ATOMIC. Afterwards: every page and object freed,
 * the per-CPU lists drained and the caches shrunk on every CPU; the free
 * page count, the buddyinfo text and the slabinfo text equal the
 * snapshot taken before, and no bad-page or slab report appeared. A
 * missing lock or a CPU touching another's per-CPU list shows as a lost
 * or doubled page, a count that differs, or a report.
 * Linux counterpart: none in-tree (mm/ stress lives in LTP and stress-ng).
 */
#include <linux/kernel.h>
#include <linux/gfp.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/smp.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/vmstat.h>
#include <kunit/test.h>
#include <tinymm/test_hooks.h>
#include "internal.h"
#include "slab.h"

#define STRESS_SLOTS	64	/* pages and objects a CPU holds at most */
#define HANDOFF_SLOTS	64	/* objects waiting for the next CPU */

static unsigned long stress_ops = 1000000;	/* in all, over the CPUs */

static int __init stress_ops_setup(char *str)
{
	unsigned long n;

	if (!kstrtoul(str, 0, &n) && n)
		stress_ops = n;
	return 0;
}
__setup("smp_stress.ops=", stress_ops_setup);

/* Objects another CPU allocated, for this one to free. */
struct handoff {
	spinlock_t lock;
	unsigned int nr;
	void *objs[HANDOFF_SLOTS];
};

struct stress_cpu {
	u64 rng;
	unsigned long ops;
	struct page *pages[STRESS_SLOTS];
	unsigned int orders[STRESS_SLOTS];
	void *objs[STRESS_SLOTS];
	struct handoff in;
};

static struct stress_cpu stress[NR_CPUS];

static u64 xorshift(u64 *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

static const gfp_t stress_gfp[] = {
	GFP_ATOMIC,
	GFP_ATOMIC | __GFP_MOVABLE,
	GFP_ATOMIC | __GFP_RECLAIMABLE,
};

static void page_op(struct stress_cpu *c, u64 r)
{
	unsigned int i = r % STRESS_SLOTS;

	if (c->pages[i]) {
		__free_pages(c->pages[i], c->orders[i]);
		c->pages[i] = NULL;
		return;
	}
	c->orders[i] = (r >> 8) % 4;
	c->pages[i] = alloc_pages(stress_gfp[(r >> 16) % 3], c->orders[i]);
}

/* Give @obj to the next online CPU; false if its queue is full. */
static bool hand_off(void *obj)
{
	unsigned int cpu = cpumask_next(smp_processor_id(), cpu_online_mask);
	struct handoff *h;
	bool queued = false;

	if (cpu >= nr_cpu_ids)
		cpu = cpumask_first(cpu_online_mask);
	h = &stress[cpu].in;
	spin_lock(&h->lock);
	if (h->nr < HANDOFF_SLOTS) {
		h->objs[h->nr++] = obj;
		queued = true;
	}
	spin_unlock(&h->lock);
	return queued;
}

/* Free what the previous CPU handed us. */
static void take_handoffs(struct stress_cpu *c)
{
	void *objs[HANDOFF_SLOTS];
	unsigned int i, nr;

	spin_lock(&c->in.lock);
	nr = c->in.nr;
	memcpy(objs, c->in.objs, nr * sizeof(void *));
	c->in.nr = 0;
	spin_unlock(&c->in.lock);
	for (i = 0; i < nr; i++)
		kfree(objs[i]);
}

static void slab_op(struct stress_cpu *c, u64 r)
{
	unsigned int i = r % STRESS_SLOTS;
	void *obj = c->objs[i];

	if (obj) {
		c->objs[i] = NULL;
		if (!((r >> 8) & 1) || !hand_off(obj))
			kfree(obj);
		return;
	}
	c->objs[i] = kmalloc(8 + (r >> 16) % 8185, GFP_ATOMIC);
	if (c->objs[i])
		memset(c->objs[i], 0xa5, 8);
}

/* On each CPU, interrupts off: its share of the operations. */
static void stress_mix(void *arg)
{
	struct stress_cpu *c = &stress[smp_processor_id()];
	unsigned long n = *(unsigned long *)arg, done;

	for (done = 0; done < n; done++) {
		u64 r = xorshift(&c->rng);

		if (r & (1ULL << 40))
			page_op(c, r);
		else
			slab_op(c, r);
		if (!(done % 16))
			take_handoffs(c);
	}
	c->ops = done;
}

/* Everything a CPU still holds goes back, on that CPU. */
static void stress_release(void *unused)
{
	struct stress_cpu *c = &stress[smp_processor_id()];
	unsigned int i;

	take_handoffs(c);
	for (i = 0; i < STRESS_SLOTS; i++) {
		if (c->pages[i])
			__free_pages(c->pages[i], c->orders[i]);
		kfree(c->objs[i]);
		c->pages[i] = NULL;
		c->objs[i] = NULL;
	}
}

#define SNAP_SIZE	16384	/* test_show_text()'s buffer */

/* Each line of @now that differs from @before, reported; true if none. */
static bool same_text(struct kunit *test, const char *what, const char *before,
		      const char *now)
{
	bool same = !strcmp(before, now);

	while (!same && *before && *now) {
		size_t lb = strcspn(before, "\n"), ln = strcspn(now, "\n");

		if (lb != ln || strncmp(before, now, lb))
			kunit_info(test, "%s was: %.*s\n%s now: %.*s", what,
				   (int)lb, before, what, (int)ln, now);
		before += lb + (before[lb] != 0);
		now += ln + (now[ln] != 0);
	}
	return same;
}

static void smp_stress_alloc_free_all_cpus(struct kunit *test)
{
	unsigned long bad = nr_bad_pages, reports = slab_nr_reports;
	unsigned long free_before, per_cpu, total = 0;
	char *buddy_before, *slab_before;
	unsigned int cpu, online = num_online_cpus();

	if (online < 2)
		kunit_skip(test, "needs a second online CPU (boot with -smp 2 or more)");
	per_cpu = stress_ops / online;
	memset(stress, 0, sizeof(stress));
	for_each_online_cpu(cpu) {
		stress[cpu].rng = 0x9e3779b97f4a7c15ULL * (cpu + 1);
		spin_lock_init(&stress[cpu].in.lock);
	}

	/*
	 * The snapshots' buffers come first (kmalloc_large: buddy pages,
	 * no slab), so both texts see them allocated.
	 */
	buddy_before = kmalloc(SNAP_SIZE, GFP_KERNEL);
	slab_before = kmalloc(SNAP_SIZE, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, buddy_before);
	KUNIT_ASSERT_NOT_NULL(test, slab_before);
	free_before = nr_free_pages_settled();
	strscpy(buddy_before, test_show_text(buddyinfo_show, NULL), SNAP_SIZE);
	strscpy(slab_before, test_show_text(slabinfo_show, NULL), SNAP_SIZE);

	on_each_cpu(stress_mix, &per_cpu, 1);
	on_each_cpu(stress_release, NULL, 1);
	on_each_cpu(stress_release, NULL, 1);	/* handoffs queued meanwhile */
	for_each_online_cpu(cpu)
		total += stress[cpu].ops;
	kunit_info(test, "ops: %lu on %u CPUs", total, online);
	KUNIT_EXPECT_GE(test, total, per_cpu * online);

	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free_before);
	KUNIT_EXPECT_TRUE(test, same_text(test, "buddyinfo", buddy_before,
					  test_show_text(buddyinfo_show, NULL)));
	KUNIT_EXPECT_TRUE(test, same_text(test, "slabinfo", slab_before,
					  test_show_text(slabinfo_show, NULL)));
	KUNIT_EXPECT_EQ(test, nr_bad_pages, bad);
	KUNIT_EXPECT_EQ(test, slab_nr_reports, reports);
	kfree(buddy_before);
	kfree(slab_before);
}

static struct kunit_case smp_stress_cases[] = {
	KUNIT_CASE(smp_stress_alloc_free_all_cpus),
	{}
};

static struct kunit_suite smp_stress_suite = {
	.name = "smp_stress",
	.test_cases = smp_stress_cases,
};
kunit_test_suite(smp_stress_suite);
