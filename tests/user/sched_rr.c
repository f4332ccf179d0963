/*
 * sched_rr.c - the timer tick preempts a process that never gives up the
 * CPU, and round-robin hands the CPU to the next one.
 *
 * Two children spin without making a system call. Each publishes a
 * progress counter in a page of a file both map MAP_SHARED, and watches
 * the other's. If the tick did not preempt, the first child would spin
 * alone until its loop ended and would never see the other move. With
 * round-robin, each sees the other make progress while it was itself still
 * running, and getrusage() counts involuntary context switches (ru_nivcsw).
 * Both are pinned to one CPU (sched_setaffinity, inherited over fork):
 * on two CPUs they would see each other move without any preemption.
 * Linux counterpart: the idea of tools/testing/selftests/sched (RR slices).
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <ktap.h>
#include <mmtest.h>

#define SPIN_LIMIT	(400UL << 20)	/* iterations before giving up */

struct progress {
	volatile unsigned long count[2];
	volatile unsigned long saw_other[2];	/* other's count seen moving */
};

static struct progress *shared;

static int spinner(void *arg)
{
	int me = (int)(long)arg, other = !me;
	unsigned long i, last_seen = shared->count[other], moved = 0;
	struct rusage ru;

	for (i = 0; i < SPIN_LIMIT && moved < 2; i++) {
		shared->count[me] = i;
		if (shared->count[other] != last_seen) {
			last_seen = shared->count[other];
			moved++;	/* the other ran since we last looked */
			while (shared->count[other] == last_seen &&
			       i++ < SPIN_LIMIT)
				shared->count[me] = i;	/* wait to be preempted */
		}
	}
	shared->saw_other[me] = moved;
	shared->count[me] = ~0UL;	/* done: don't wait for me */
	if (getrusage(RUSAGE_SELF, &ru))
		return 2;
	printf("        # spinner %d: %lu iterations, saw the other run %lu times, %ld involuntary switches\n",
	       me, i, moved, ru.ru_nivcsw);
	return moved ? (ru.ru_nivcsw > 0 ? 0 : 3) : 1;
}

int main(void)
{
	char zero[PAGE_SIZE];
	int fd, pid[2], status[2], k, cpu;

	ktap_plan(5);
	cpu = pin_to_this_cpu();
	ktap_ok(cpu >= 0, "pinned to CPU %d, as the children will be", cpu);
	memset(zero, 0, sizeof(zero));
	fd = open("/tmp/sched_rr", O_RDWR | O_CREAT | O_TRUNC, 0600);
	ktap_ok(fd >= 0 && write(fd, zero, sizeof(zero)) == sizeof(zero),
		"a one-page file to share between the children");
	shared = mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (!ktap_ok(shared != MAP_FAILED, "mapped MAP_SHARED"))
		return ktap_finish();
	for (k = 0; k < 2; k++) {
		pid[k] = fork();
		if (pid[k] == 0)
			_exit(spinner((void *)(long)k));
	}
	for (k = 0; k < 2; k++)
		if (waitpid(pid[k], &status[k], 0) != pid[k])
			status[k] = -1;
	ktap_ok(WIFEXITED(status[0]) && WEXITSTATUS(status[0]) == 0,
		"spinner 0 saw spinner 1 run while it was runnable itself (%s)",
		status_str(status[0]));
	ktap_ok(WIFEXITED(status[1]) && WEXITSTATUS(status[1]) == 0,
		"spinner 1 saw spinner 0 run while it was runnable itself (%s)",
		status_str(status[1]));
	close(fd);
	return ktap_finish();
}
