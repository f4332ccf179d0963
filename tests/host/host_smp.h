/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tests/host/host_smp.h - host threads standing in for CPUs: start them,
 * and call a function on one of them (tests/host/host_smp.c).
 */
#ifndef _TESTS_HOST_SMP_H
#define _TESTS_HOST_SMP_H

/*
 * Run @fn(@arg) on @nr host threads at once, thread i as CPU i (its own
 * per-CPU offset, task and irq mutex), and return when all have
 * returned. CPUs 0..@nr-1 must be possible; they are marked online and
 * stay so. 0, or -EINVAL if @nr is 0 or above nr_cpu_ids. Called from
 * the main thread with interrupts on; @fn must return with interrupts
 * on and no lock held (checked: a BUG otherwise).
 */
int host_smp_run(unsigned int nr, void (*fn)(void *arg), void *arg);

/* Give this thread's host core to another thread for a while. */
void host_yield(void);


#endif
