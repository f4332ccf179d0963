// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/slab_reap_kunit.c - per-CPU timers and the slab reaper
 * they drive (suite slab_reap_timer):
 *  - a timer added on another CPU runs there, from its tick, in hard-IRQ
 *    context, once jiffies has reached its expiry, and not before;
 *  - objects left in another CPU's array of a cache go back to the slabs
 *    within 2 * REAPTIMEOUT_AC with no call from the test: that CPU's own
 *    reap timer ran cache_reap() there (its slab_reap_count grew).
 * Needs a second CPU (the SMP matrix boots); with one it skips, saying why.
 * Linux counterpart: none in-tree (slab's reap is exercised by use).
 */
#include <linux/kernel.h>
#include <linux/jiffies.h>
#include <linux/percpu.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/smp.h>
#include <linux/timer.h>
#include <kunit/test.h>
#include "slab.h"
#include "other_cpu.h"

#define REAPTIMEOUT_AC	(2 * HZ)	/* mm/slab.c's */
#define NR_OBJS		16

/* Sleep one tick at a time until @cond or @ticks have passed. */
#define wait_ticks_for(cond, ticks) ({					\
	unsigned long __end = jiffies + (ticks);			\
	while (!(cond) && time_before(jiffies, __end)) {		\
		set_current_state(TASK_INTERRUPTIBLE);			\
		schedule_timeout(1);					\
	}								\
	(cond);								\
})

struct timer_probe {
	struct timer_list timer;
	unsigned long ran_at;
	unsigned int cpu;
	bool in_irq;
	int done;
};

static void timer_probe_fn(struct timer_list *t)
{
	struct timer_probe *p = from_timer(p, t, timer);

	p->ran_at = jiffies;
	p->cpu = smp_processor_id();
	p->in_irq = in_hardirq();
	smp_store_release(&p->done, 1);
}

static void timer_runs_on_its_cpu(struct kunit *test)
{
	unsigned int cpu = other_cpu(test);
	struct timer_probe p = { .cpu = ~0U };
	unsigned long expires = jiffies + HZ / 10;

	timer_setup(&p.timer, timer_probe_fn, TIMER_PINNED);
	p.timer.expires = expires;
	add_timer_on(&p.timer, cpu);
	KUNIT_EXPECT_TRUE(test, timer_pending(&p.timer));
	wait_ticks_for(smp_load_acquire(&p.done), HZ);
	/* 0: it ran and left its base (and nothing on the stack is queued) */
	KUNIT_EXPECT_EQ(test, del_timer_sync(&p.timer), 0);
	KUNIT_ASSERT_EQ(test, smp_load_acquire(&p.done), 1);
	KUNIT_EXPECT_EQ(test, p.cpu, cpu);
	KUNIT_EXPECT_TRUE(test, p.in_irq);
	KUNIT_EXPECT_TRUE(test, time_after_eq(p.ran_at, expires));
}

static void timer_deleted_never_runs(struct kunit *test)
{
	unsigned int cpu = other_cpu(test);
	struct timer_probe p = { .cpu = ~0U };

	timer_setup(&p.timer, timer_probe_fn, TIMER_PINNED);
	p.timer.expires = jiffies + HZ / 10;
	add_timer_on(&p.timer, cpu);
	KUNIT_EXPECT_EQ(test, del_timer_sync(&p.timer), 1);
	wait_ticks_for(false, HZ / 5);
	KUNIT_EXPECT_EQ(test, smp_load_acquire(&p.done), 0);
}

struct fill {
	struct kmem_cache *cachep;
	void *objs[NR_OBJS];
};

static void free_objs_here(void *arg)
{
	struct fill *f = arg;
	int i;

	for (i = 0; i < NR_OBJS; i++)
		kmem_cache_free(f->cachep, f->objs[i]);
}

/*
 * Freed on the other CPU, the objects wait in its array (a free does not
 * mark it touched); nothing here calls the reaper, and still they go home.
 */
static void reap_timer_drains_remote_array(struct kunit *test)
{
	unsigned int cpu = other_cpu(test);
	unsigned long reaps;
	struct array_cache *ac;
	struct fill f;
	int i;

	f.cachep = kmem_cache_create("reap_timer_test", 64, 0, 0, NULL);
	KUNIT_ASSERT_NOT_NULL(test, f.cachep);
	for (i = 0; i < NR_OBJS; i++) {
		f.objs[i] = kmem_cache_alloc(f.cachep, GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, f.objs[i]);
	}
	ac = per_cpu_ptr(f.cachep->cpu_cache, cpu);
	reaps = READ_ONCE(per_cpu(slab_reap_count, cpu));
	KUNIT_ASSERT_EQ(test, smp_call_function_single(cpu, free_objs_here,
						       &f, 1), 0);
	KUNIT_ASSERT_GT(test, READ_ONCE(ac->avail), 0U);
	KUNIT_EXPECT_TRUE(test, wait_ticks_for(READ_ONCE(ac->avail) < NR_OBJS,
					       2 * REAPTIMEOUT_AC));
	KUNIT_EXPECT_GT(test, READ_ONCE(per_cpu(slab_reap_count, cpu)), reaps);
	kmem_cache_destroy(f.cachep);
}

static struct kunit_case slab_reap_timer_cases[] = {
	KUNIT_CASE(timer_runs_on_its_cpu),
	KUNIT_CASE(timer_deleted_never_runs),
	KUNIT_CASE(reap_timer_drains_remote_array),
	{}
};

static struct kunit_suite slab_reap_timer_suite = {
	.name = "slab_reap_timer",
	.test_cases = slab_reap_timer_cases,
};
kunit_test_suite(slab_reap_timer_suite);
