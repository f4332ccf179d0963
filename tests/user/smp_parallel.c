/*
 * smp_parallel.c - processes run at the same time, one per CPU, each on
 * the CPU its affinity names.
 *
 * One child per online CPU (argv[1], from the kernel's test case; the
 * CPUs the program may use, as nproc counts them, without it), each
 * pinned to a different CPU with sched_setaffinity.
 * Each checks in on a MAP_SHARED page and spins there, without a system
 * call, until every child has checked in, recording getcpu() before and
 * after. The children must report as many distinct CPUs as there are
 * children, each its own pinned one: with every task on CPU 0, or
 * affinity ignored, they could all check in (round-robin would hand the
 * one CPU around) but they would report the same CPU.
 * Linux counterpart: the idea of selftests/sched's affinity checks and
 * taskset(1) -c N with getcpu().
 */
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <ktap.h>
#include <mmtest.h>

#define MAX_CHILDREN	16
#define SPIN_LIMIT	(400UL << 20)	/* iterations before giving up */

struct board {
	int checked_in;			/* children that arrived (atomic) */
	int pinned[MAX_CHILDREN];	/* the CPU each child was given */
	int cpu_in[MAX_CHILDREN];	/* getcpu() when it checked in */
	int cpu_out[MAX_CHILDREN];	/* getcpu() once all were in */
	int saw_all[MAX_CHILDREN];	/* 1: it saw every child check in */
};

static struct board *board;

static int child(int me, int nr)
{
	cpu_set_t mask;
	unsigned long i;

	CPU_ZERO(&mask);
	CPU_SET(board->pinned[me], &mask);
	if (sched_setaffinity(0, sizeof(mask), &mask))
		return 2;
	board->cpu_in[me] = sched_getcpu();
	__atomic_add_fetch(&board->checked_in, 1, __ATOMIC_SEQ_CST);
	for (i = 0; i < SPIN_LIMIT; i++)
		if (__atomic_load_n(&board->checked_in, __ATOMIC_SEQ_CST) == nr)
			break;
	board->saw_all[me] = i < SPIN_LIMIT;
	board->cpu_out[me] = sched_getcpu();
	return 0;
}

/* Were the children's CPUs all different, and each its pinned one? */
static int distinct_pinned(int nr, const int *cpus)
{
	int k, j, distinct = 0;

	for (k = 0; k < nr; k++) {
		for (j = 0; j < k; j++)
			if (cpus[j] == cpus[k])
				break;
		if (j == k && cpus[k] == board->pinned[k])
			distinct++;
	}
	return distinct;
}

int main(int argc, char **argv)
{
	int pid[MAX_CHILDREN], status[MAX_CHILDREN];
	int nr = 0, k, cpu, exited = 0, saw_all = 0, online;
	cpu_set_t all;

	ktap_plan(5);
	if (sched_getaffinity(0, sizeof(all), &all))
		CPU_ZERO(&all);
	online = argc > 1 ? atoi(argv[1]) : CPU_COUNT(&all);
	if (!ktap_ok(CPU_COUNT(&all) == online,
		     "sched_getaffinity(0) gives all %d online CPUs: %d",
		     online, CPU_COUNT(&all)))
		return ktap_finish();
	board = mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE,
		     MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (!ktap_ok(board != MAP_FAILED, "a MAP_SHARED page to check in on"))
		return ktap_finish();
	for (cpu = 0; cpu < CPU_SETSIZE && nr < MAX_CHILDREN; cpu++)
		if (CPU_ISSET(cpu, &all))
			board->pinned[nr++] = cpu;
	ktap_diag("%d CPUs, one child pinned to each", nr);
	for (k = 0; k < nr; k++) {
		pid[k] = fork();
		if (pid[k] == 0)
			_exit(child(k, nr));
	}
	for (k = 0; k < nr; k++) {
		if (waitpid(pid[k], &status[k], 0) != pid[k])
			status[k] = -1;
		exited += WIFEXITED(status[k]) && WEXITSTATUS(status[k]) == 0;
		saw_all += board->saw_all[k];
		ktap_diag("child %d: pinned to CPU %d, ran on CPU %d then %d (%s)",
			  k, board->pinned[k], board->cpu_in[k],
			  board->cpu_out[k], status_str(status[k]));
	}
	ktap_ok(exited == nr && saw_all == nr,
		"all %d children pinned themselves and saw all %d check in",
		nr, nr);
	ktap_ok(distinct_pinned(nr, board->cpu_in) == nr,
		"they checked in on %d distinct CPUs, each on its pinned one",
		nr);
	ktap_ok(distinct_pinned(nr, board->cpu_out) == nr,
		"and were still there once all were in");
	return ktap_finish();
}
