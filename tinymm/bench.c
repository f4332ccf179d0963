// SPDX-License-Identifier: GPL-2.0
/*
 * tinymm/bench.c - run the registered micro-benchmarks (bench=<filter>)
 * and print instructions per operation; see include/tinymm/bench.h.
 * tinymm's own, not in Linux (perf stands in for it there). Instruction
 * counts, not time: under QEMU -icount shift=0 they are identical from run to
 * run, so a change of one instruction in a fast path shows up.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <kunit/test.h>
#include <asm/pmu.h>
#include <tinymm/bench.h>

static char bench_filter[256];

static int __init bench_setup(char *str)
{
	strscpy(bench_filter, str, sizeof(bench_filter));
	return 0;
}
early_param("bench", bench_setup);

static u64 bench_one(const struct bench *b)
{
	unsigned long done, flags;
	u64 before, after;

	if (b->setup)
		b->setup();
	/* the timer tick must not land in the measured instructions */
	local_irq_save(flags);
	before = pmu_inst_read();
	done = b->run(b->iters);
	after = pmu_inst_read();
	local_irq_restore(flags);
	if (b->teardown)
		b->teardown();
	if (!done)
		return 0;
	/* hundredths of an instruction per op */
	return (after - before) * 100 / done;
}

int bench_run_all(const char *filter)
{
	const struct bench **bp;
	int ran = 0;

	if (!pmu_present()) {
		pr_err("bench: no PMUv3 on this CPU model\n");
		return -1;
	}
	pmu_inst_counter_start();
	for (bp = __start_benchmarks; bp < __stop_benchmarks; bp++) {
		const struct bench *b = *bp;
		u64 v;

		if (!kunit_filter_match(filter, b->name, NULL))
			continue;
		v = bench_one(b);
		printk("bench: %s %llu.%02llu %s\n", b->name,
		       (unsigned long long)(v / 100),
		       (unsigned long long)(v % 100), b->unit);
		ran++;
	}
	printk("bench: done %d\n", ran);
	return 0;
}

bool __init bench_run_boot(void)
{
	if (!bench_filter[0])
		return false;
	/* wall time on several CPUs, never part of bench=all's counts */
	if (!strcmp(bench_filter, "scale"))
		bench_scale_run();
	else
		bench_run_all(bench_filter);
	return true;
}
