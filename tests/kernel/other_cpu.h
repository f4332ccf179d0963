/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tests/kernel/other_cpu.h - for the suites that need a second CPU
 * (smp_call, slab_reap_timer): the highest online CPU, not the one the
 * test runs on; with one CPU online the case skips, saying why.
 */
#ifndef _KTEST_OTHER_CPU_H
#define _KTEST_OTHER_CPU_H

#include <linux/cpumask.h>
#include <linux/smp.h>
#include <kunit/test.h>

static inline unsigned int other_cpu(struct kunit *test)
{
	unsigned int cpu, last = 0;

	for_each_online_cpu(cpu)
		last = cpu;
	if (last == smp_processor_id())
		kunit_skip(test, "needs a second online CPU (boot with -smp 2 or more)");
	return last;
}

#endif
