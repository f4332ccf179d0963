// SPDX-License-Identifier: GPL-2.0
/*
 * tests/bench/smp_scale_bench.c - bench=scale: how the order-0 page and
 * kmalloc(64) fast paths scale when 1, 2 and 4 CPUs allocate at once.
 * tinymm's own, not in Linux (its counterparts are perf and the mm
 * selftests run on several CPUs).
 *
 * Each round is one on_each_cpu_mask() over the first n online CPUs: the
 * boot CPU runs the loop itself, the others run it in their cross-call
 * handler (they idle in the kernel, so the IPI finds them in wfi). The
 * loop runs with interrupts off, so it allocates GFP_ATOMIC and never
 * sleeps. The CPUs meet at a barrier, then each allocates and frees for
 * SCALE_MS of wall time by local_clock(); a round's rate is the sum of
 * theirs, in alloc+free pairs per second, and the figure printed is the
 * median of SCALE_RUNS rounds (the host's other load moves single ones).
 *
 * Wall time, not instructions: it means something only without -icount,
 * where QEMU runs each vCPU in a host thread (MTTCG), so the figures
 * depend on the host, its cores and its load; a report, never a test.
 */
#include <linux/kernel.h>
#include <linux/atomic.h>
#include <linux/cpumask.h>
#include <linux/gfp.h>
#include <linux/percpu.h>
#include <linux/slab.h>
#include <linux/smp.h>
#include <linux/time.h>
#include <asm/system_misc.h>
#include <tinymm/bench.h>

#define SCALE_MS		100
#define SCALE_RUNS		3	/* the figure is their median */
#define SCALE_WARMUP_MS		50	/* QEMU translates the loop's code first */
#define SCALE_CHECK_EVERY	64	/* ops between two clock reads */

struct scale_result {
	unsigned long ops;
	u64 ns;
};
static DEFINE_PER_CPU(struct scale_result, scale_result);

struct scale_round {
	bool (*op)(void);	/* one alloc+free pair; false if it failed */
	unsigned int nr_cpus;
	unsigned int ms;	/* how long each CPU loops */
	atomic_t arrived;
};

static bool scale_page_op(void)
{
	struct page *page = alloc_pages(GFP_ATOMIC, 0);

	if (!page)
		return false;
	__free_pages(page, 0);
	return true;
}

static bool scale_kmalloc_op(void)
{
	void *p = kmalloc(64, GFP_ATOMIC);

	if (!p)
		return false;
	kfree(p);
	return true;
}

/*
 * Runs on each CPU of the round, interrupts off (the cross-call handler,
 * or on_each_cpu_mask()'s local call). Waits for the others so that the
 * timed loops overlap, then loops until its own r->ms are up.
 */
static void scale_worker(void *info)
{
	struct scale_round *r = info;
	struct scale_result *res = this_cpu_ptr(&scale_result);
	unsigned long ops = 0;
	u64 start, now, end;
	unsigned int i;

	atomic_inc(&r->arrived);
	while ((unsigned int)atomic_read(&r->arrived) < r->nr_cpus)
		cpu_relax();
	start = local_clock();
	end = start + r->ms * 1000000ULL;
	do {
		for (i = 0; i < SCALE_CHECK_EVERY; i++) {
			if (!r->op())
				goto out;
			ops++;
		}
		now = local_clock();
	} while (now < end);
out:
	res->ops = ops;
	res->ns = local_clock() - start;
}

/* One round of @ms on the first @n online CPUs; returns ops per second. */
static u64 scale_round_run(bool (*op)(void), unsigned int n, unsigned int ms)
{
	struct scale_round r = { .op = op, .nr_cpus = n, .ms = ms };
	struct cpumask mask;
	unsigned int cpu, taken = 0;
	u64 rate = 0;

	cpumask_clear(&mask);
	for_each_online_cpu(cpu) {
		if (taken == n)
			break;
		cpumask_set_cpu(cpu, &mask);
		per_cpu(scale_result, cpu).ops = 0;
		per_cpu(scale_result, cpu).ns = 0;
		taken++;
	}
	atomic_set(&r.arrived, 0);
	on_each_cpu_mask(&mask, scale_worker, &r, true);
	for_each_cpu(cpu, &mask) {
		struct scale_result *res = per_cpu_ptr(&scale_result, cpu);

		if (res->ns)
			rate += res->ops * 1000000000ULL / res->ns;
	}
	return rate;
}

/* The median of SCALE_RUNS rounds of @op on @n CPUs. */
static u64 scale_median(bool (*op)(void), unsigned int n)
{
	u64 rate[SCALE_RUNS], t;
	unsigned int i, j;

	for (i = 0; i < SCALE_RUNS; i++) {
		rate[i] = scale_round_run(op, n, SCALE_MS);
		for (j = i; j > 0 && rate[j - 1] > rate[j]; j--) {
			t = rate[j];
			rate[j] = rate[j - 1];
			rate[j - 1] = t;
		}
	}
	return rate[SCALE_RUNS / 2];
}

static const struct {
	const char *name;
	bool (*op)(void);
} scale_ops[] = {
	{ "scale_page_alloc", scale_page_op },
	{ "scale_kmalloc", scale_kmalloc_op },
};

/*
 * bench=scale: print "bench: scale_<op>_<n>cpu <rate> ops/s" for n = 1,
 * 2, 4 as far as CPUs are online, then "bench: done <count>". Called by
 * init with interrupts on; takes about 6 * SCALE_RUNS * SCALE_MS +
 * 2 * SCALE_WARMUP_MS of wall time.
 */
int bench_scale_run(void)
{
	static const unsigned int nr[] = { 1, 2, 4 };
	unsigned int i, j;
	int ran = 0;

	for (i = 0; i < ARRAY_SIZE(scale_ops); i++) {
		/* untimed: the first round would also time QEMU's translator */
		scale_round_run(scale_ops[i].op, 1, SCALE_WARMUP_MS);
		for (j = 0; j < ARRAY_SIZE(nr); j++) {
			if (nr[j] > num_online_cpus())
				break;
			printk("bench: %s_%ucpu %llu ops/s\n", scale_ops[i].name,
			       nr[j], (unsigned long long)
			       scale_median(scale_ops[i].op, nr[j]));
			ran++;
		}
	}
	printk("bench: done %d\n", ran);
	return 0;
}
