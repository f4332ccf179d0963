/*
 * tlb_shootdown.c - when a pte changes, no CPU keeps the old translation.
 *
 * Two threads of one process: A, pinned to CPU 1, reads a page in a loop
 * (so CPU 1's TLB holds its translation); B, pinned to CPU 0, waits until
 * A has read it many times, then takes the page away - mprotect(PROT_NONE)
 * in round 1, munmap() in round 2 - and only then raises a flag. A, once
 * it sees the flag, reads the page once more: that read must fault. The
 * kernel's flush after the pte change is a broadcast TLBI (vale1is,
 * vae1is: every CPU of the inner shareable domain drops the entry) and
 * the dsb after it waits for all of them, so the flag can only be seen
 * after CPU 1's entry is gone. With a local TLBI instead (vale1), CPU 1
 * keeps the entry and A reads the page that no longer exists.
 *
 * Each round runs in a child: A's fault is SIGSEGV, which ends the whole
 * thread group (tinymm has no user signal handlers), so the parent sees
 * the child killed by signal 11; a stale translation lets A's read pass,
 * A records that on a MAP_SHARED page and the child exits 0. argv[1] is
 * the number of online CPUs (from the kernel's test case); with one, the
 * rounds are skipped: the point is a second CPU's TLB.
 * Linux counterpart: the idea of selftests/mm's mprotect and TLB tests
 * (and of the TLB-flush race fixes they guard).
 */
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <ktap.h>
#include <mmtest.h>
#include <thread.h>

#define SPIN_LIMIT	(400UL << 20)	/* iterations before giving up */
#define WARM_READS	10000UL		/* A's reads before B acts */

struct round {
	volatile unsigned long reads;	/* A's reads so far */
	volatile int done;		/* B took the page away */
	volatile int read_after;	/* A read it after done: stale TLB */
	volatile int a_cpu, b_cpu;	/* where each ran */
};

static struct round *r;
static volatile int *page;

static int pin(int cpu)
{
	cpu_set_t mask;

	CPU_ZERO(&mask);
	CPU_SET(cpu, &mask);
	if (sched_setaffinity(0, sizeof(mask), &mask))
		return -1;
	sched_yield();		/* move there now */
	return sched_getcpu();
}

/* Thread A, on CPU 1: read until told, then once more. No system call. */
static int reader(void *unused)
{
	unsigned long i;

	r->a_cpu = pin(1);
	for (i = 0; i < SPIN_LIMIT && !__atomic_load_n(&r->done, __ATOMIC_ACQUIRE); i++) {
		(void)*page;
		r->reads++;
	}
	(void)*page;		/* must fault */
	r->read_after = 1;
	return 0;
}

/* The child: B is its main thread, on CPU 0. */
static int run_round(int munmap_it)
{
	struct thread a;
	unsigned long i;

	r->b_cpu = pin(0);
	page = mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED)
		return 2;
	*page = 1;
	if (thread_create(&a, reader, NULL))
		return 3;
	for (i = 0; i < SPIN_LIMIT && r->reads < WARM_READS; i++)
		;
	if (munmap_it ? munmap((void *)page, PAGE_SIZE) :
			mprotect((void *)page, PAGE_SIZE, PROT_NONE))
		return 4;
	__atomic_store_n(&r->done, 1, __ATOMIC_RELEASE);
	thread_join(&a);	/* A faults first: SIGSEGV ends us here */
	return 0;
}

static void check_round(const char *how, int munmap_it)
{
	int pid, status = -1;

	memset((void *)r, 0, sizeof(*r));
	pid = fork();
	if (pid == 0)
		_exit(run_round(munmap_it));
	if (pid < 0 || waitpid(pid, &status, 0) != pid)
		status = -1;
	ktap_diag("%s: A on CPU %d read %lu times, B on CPU %d; child %s",
		  how, r->a_cpu, r->reads, r->b_cpu, status_str(status));
	ktap_ok(r->a_cpu == 1 && r->b_cpu == 0 && r->reads >= WARM_READS,
		"%s: A read the page from CPU 1 while B ran on CPU 0", how);
	ktap_ok(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV &&
		!r->read_after,
		"%s: A's first read after it faulted (no stale TLB entry on CPU 1)",
		how);
}

int main(int argc, char **argv)
{
	int online = argc > 1 ? atoi(argv[1]) : 1;

	ktap_plan(4);
	if (online < 2) {
		ktap_skip("needs a second CPU", "mprotect: two CPUs");
		ktap_skip("needs a second CPU", "mprotect: no stale TLB entry");
		ktap_skip("needs a second CPU", "munmap: two CPUs");
		ktap_skip("needs a second CPU", "munmap: no stale TLB entry");
		return ktap_finish();
	}
	r = mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE,
		 MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (r == MAP_FAILED)
		return 1;
	check_round("mprotect(PROT_NONE)", 0);
	check_round("munmap", 1);
	return ktap_finish();
}
