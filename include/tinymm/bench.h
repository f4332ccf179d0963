/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tinymm/bench.h - in-kernel micro-benchmarks, run with bench=<name|all>.
 * tinymm's own, not in Linux (its counterparts are perf and the mm
 * selftests). Each benchmark runs its operation @iters times between two
 * reads of the retired-instruction counter and reports instructions per
 * operation as "bench: <name> <value> <unit>", which tools/bench.py compares
 * with the checked-in baseline (tests/bench/baseline.txt). bench=scale is
 * apart: wall-clock operations per second on several CPUs at once.
 */
#ifndef _TINYMM_BENCH_H
#define _TINYMM_BENCH_H

#include <linux/compiler.h>
#include <linux/types.h>

struct bench {
	const char *name;
	const char *unit;	/* e.g. "insn/op" */
	/* Run the operation @iters times; return how many ops were done. */
	unsigned long (*run)(unsigned long iters);
	void (*setup)(void);	/* outside the measured region */
	void (*teardown)(void);
	unsigned long iters;
};

#define BENCH(bname) \
	static const struct bench *__bench_ptr_##bname \
		__used __section("benchmarks") __aligned(8) = &(bname)

extern const struct bench *__start_benchmarks[], *__stop_benchmarks[];

int bench_run_all(const char *filter);
/* bench=scale: wall-clock ops/s on 1, 2, 4 CPUs (tests/bench/smp_scale_bench.c) */
int bench_scale_run(void);
/* init: run what bench=<filter> asked for; false if it asked for nothing */
bool bench_run_boot(void);

#endif
