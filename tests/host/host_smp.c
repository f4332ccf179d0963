// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/host_smp.c - the host's SMP machine: pthreads standing in for
 * CPUs, so the same mm/ code runs concurrently on the host, under
 * ThreadSanitizer in the TSan build.
 *
 * A host thread "is" CPU n when its per-CPU offset (asm/percpu.h's
 * thread-local TPIDR_EL1) is CPU n's: smp_processor_id(), this_cpu_ptr()
 * and the per-CPU lists then reach CPU n's copies. Interrupts off on
 * CPU n is CPU n's irq mutex held (asm/irqflags.h), so code that relies
 * on interrupts off to own its CPU's data is exclusive on the host too.
 *
 * Cross-CPU calls are kernel/smp.c's own (its queues and csd locks); only
 * the IPI is modelled: the sender takes the target CPU's irq mutex (the
 * target must have interrupts on to take an IPI), becomes that CPU, runs
 * its queued calls and comes back. The calls run with interrupts off, not
 * in hardirq context: nothing on the host reads in_hardirq() for them.
 */
/* libc's sched_yield() is not the kernel's syscall of that name */
#define sched_yield	libc_sched_yield_decl
#include <pthread.h>
#undef sched_yield
#include <string.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/percpu.h>
#include <linux/sched.h>
#include <linux/smp.h>
#include <linux/spinlock.h>
#include "host_smp.h"

__thread struct task_struct *host_current;
__thread int host_irqs_disabled;
/* the CPU whose irq mutex this thread holds while host_irqs_disabled */
static __thread int host_irq_cpu;
/* host CPU threads running now (asm/spinlock.h: can a lock be released?) */
int host_smp_threads;

/* libc's, under a name of its own */
int libc_sched_yield(void) __asm__("sched_yield");

static pthread_mutex_t host_irq_mutex[NR_CPUS];
static pthread_once_t host_irq_once = PTHREAD_ONCE_INIT;

/* Error-checking mutexes: a thread taking its CPU's twice is a BUG. */
static void host_irq_mutex_init(void)
{
	pthread_mutexattr_t attr;
	int cpu;

	pthread_mutexattr_init(&attr);
	pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_ERRORCHECK);
	for (cpu = 0; cpu < NR_CPUS; cpu++)
		pthread_mutex_init(&host_irq_mutex[cpu], &attr);
	pthread_mutexattr_destroy(&attr);
}

static void host_irq_lock(int cpu)
{
	pthread_once(&host_irq_once, host_irq_mutex_init);
	if (pthread_mutex_lock(&host_irq_mutex[cpu]))
		host_bug(__FILE__, __LINE__);
}

static void host_irq_unlock(int cpu)
{
	if (pthread_mutex_unlock(&host_irq_mutex[cpu]))
		host_bug(__FILE__, __LINE__);
}

/*
 * The main thread while no CPU thread runs has nobody to exclude: it
 * skips the mutex (-1), so the single-threaded suites and the host
 * bench pay nothing for it. It cannot start CPU threads with interrupts
 * off (host_smp_run), so no thread appears while it is masked.
 */
void host_irq_mask(void)
{
	int cpu = smp_processor_id();

	if (!host_current &&
	    !__atomic_load_n(&host_smp_threads, __ATOMIC_ACQUIRE)) {
		host_irq_cpu = -1;
	} else {
		host_irq_lock(cpu);
		host_irq_cpu = cpu;
	}
	host_irqs_disabled = 1;
}

void host_irq_unmask(void)
{
	host_irqs_disabled = 0;
	if (host_irq_cpu >= 0)
		host_irq_unlock(host_irq_cpu);
}

int host_lock_cpu(void)
{
	return smp_processor_id() + 1;
}

/*
 * A spinning thread gives its core away (two host cores may carry four
 * CPU threads); with no other CPU thread running nobody can ever release
 * the lock: the kernel would hang here, the host test stops at once.
 */
void host_spin_wait(void)
{
	int others = __atomic_load_n(&host_smp_threads, __ATOMIC_ACQUIRE) -
		     (host_current != NULL);

	if (others <= 0)
		host_bug(__FILE__, __LINE__);
	host_yield();
}

void host_yield(void)
{
	libc_sched_yield();
}

/* ---- CPU threads ---- */

struct host_cpu_thread {
	pthread_t thread;
	unsigned int cpu, nr;
	int *ready;		/* CPU threads at the start line */
	void (*fn)(void *arg);
	void *arg;
};

static struct task_struct host_cpu_tasks[NR_CPUS];

static void *host_cpu_thread_fn(void *data)
{
	struct host_cpu_thread *t = data;
	struct task_struct *tsk = &host_cpu_tasks[t->cpu];

	memset(tsk, 0, sizeof(*tsk));
	strscpy(tsk->comm, "host", sizeof(tsk->comm));
	host_current = tsk;
	set_my_cpu_offset(per_cpu_offset(t->cpu));
	/* all start together, or the first may be done before the last runs */
	__atomic_fetch_add(t->ready, 1, __ATOMIC_ACQ_REL);
	while (__atomic_load_n(t->ready, __ATOMIC_ACQUIRE) < (int)t->nr)
		host_yield();
	t->fn(t->arg);
	/* returning from a CPU's work with interrupts off or a lock held */
	if (host_irqs_disabled || tsk->lockdep_depth)
		host_bug(__FILE__, __LINE__);
	__atomic_fetch_sub(&host_smp_threads, 1, __ATOMIC_RELEASE);
	return NULL;
}

int host_smp_run(unsigned int nr, void (*fn)(void *arg), void *arg)
{
	struct host_cpu_thread threads[NR_CPUS];
	unsigned int cpu;
	int ready = 0;

	if (!nr || nr > nr_cpu_ids)
		return -EINVAL;
	if (host_irqs_disabled || host_current)
		host_bug(__FILE__, __LINE__);	/* only the main thread starts CPUs */
	for (cpu = 0; cpu < nr; cpu++)
		set_cpu_online(cpu, true);
	__atomic_store_n(&host_smp_threads, nr, __ATOMIC_RELEASE);
	for (cpu = 0; cpu < nr; cpu++) {
		threads[cpu] = (struct host_cpu_thread){
			.cpu = cpu, .nr = nr, .ready = &ready, .fn = fn,
			.arg = arg,
		};
		if (pthread_create(&threads[cpu].thread, NULL,
				   host_cpu_thread_fn, &threads[cpu]))
			host_bug(__FILE__, __LINE__);
	}
	for (cpu = 0; cpu < nr; cpu++)
		pthread_join(threads[cpu].thread, NULL);
	return 0;
}

/* ---- cross-CPU calls ---- */

/* Run @func as @cpu, another CPU: with its irq mutex, as it, then back. */
static void host_call_on(int cpu, smp_call_func_t func, void *info)
{
	unsigned long old_offset = __my_cpu_offset;
	int old_disabled = host_irqs_disabled, old_irq_cpu = host_irq_cpu;

	host_irq_lock(cpu);
	set_my_cpu_offset(per_cpu_offset(cpu));
	host_irq_cpu = cpu;
	host_irqs_disabled = 1;
	func(info);
	/* an IPI handler that unmasked, or left as another CPU */
	if (!host_irqs_disabled || host_irq_cpu != cpu ||
	    smp_processor_id() != cpu)
		host_bug(__FILE__, __LINE__);
	host_irqs_disabled = old_disabled;
	host_irq_cpu = old_irq_cpu;
	set_my_cpu_offset(old_offset);
	host_irq_unlock(cpu);
}

static void host_ipi_handler(void *unused)
{
	generic_smp_call_function_single_interrupt();
}

/*
 * arch/arm64/kernel/smp.c's IPI_CALL_FUNC, delivered at once: the sender
 * becomes the target (its irq mutex: the target must have interrupts on
 * to take an IPI) and runs the target's queued calls, kernel/smp.c's own
 * handler, as the target's interrupt would. kernel/smp.c's queues, csd
 * locks and waits are the kernel's; only the interrupt is modelled.
 */
void arch_send_call_function_single_ipi(int cpu)
{
	host_call_on(cpu, host_ipi_handler, NULL);
}

void arch_send_call_function_ipi_mask(const struct cpumask *mask)
{
	unsigned int cpu;

	for_each_cpu(cpu, mask)
		host_call_on(cpu, host_ipi_handler, NULL);
}
