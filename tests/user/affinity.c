/*
 * affinity.c - sched_setaffinity/sched_getaffinity/getcpu as Linux has
 * them: a mask without an active CPU is refused with EINVAL and changes
 * nothing; a mask of one CPU moves the caller there by its next
 * sched_yield(); another process's mask moves it while it runs; a pid
 * that does not exist is ESRCH; getaffinity wants room for every
 * possible CPU in whole longs.
 * Told how many CPUs are online (argv[1]), it checks that a new process
 * may use them all.
 * Linux counterpart: the checks of sched_setaffinity(2) and taskset(1).
 */
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <ktap.h>
#include <mmtest.h>

#define WAIT_LIMIT	(400UL << 20)	/* spins before giving up */

/* The CPU a forked child last reported, and when it may stop. */
struct report {
	volatile int cpu;
	volatile int stop;
};

static int count_cpus(const cpu_set_t *set)
{
	return CPU_COUNT(set);
}

/* The @n-th CPU of @set (0: the first), or -1: CPUs may be missing. */
static int nth_cpu(const cpu_set_t *set, int n)
{
	int cpu;

	for (cpu = 0; cpu < CPU_SETSIZE; cpu++)
		if (CPU_ISSET(cpu, set) && n-- == 0)
			return cpu;
	return -1;
}

static bool set_is(const cpu_set_t *a, const cpu_set_t *b)
{
	return memcmp(a, b, sizeof(*a)) == 0;
}

/* setaffinity(mask) fails with EINVAL and leaves the mask as it was. */
static void refused(const cpu_set_t *all, const cpu_set_t *mask,
		    const char *what)
{
	cpu_set_t now;
	int ret;

	errno = 0;
	ret = sched_setaffinity(0, sizeof(*mask), mask);
	ktap_ok(ret == -1 && errno == EINVAL && !sched_getaffinity(0,
		sizeof(now), &now) && set_is(&now, all),
		"setaffinity to %s: EINVAL, mask unchanged (ret %d, %s)",
		what, ret, strerror(errno));
}

static int reporter(struct report *r, int from)
{
	cpu_set_t mask;

	CPU_ZERO(&mask);
	CPU_SET(from, &mask);
	if (sched_setaffinity(0, sizeof(mask), &mask))
		return 1;
	while (!r->stop)
		r->cpu = sched_getcpu();
	return 0;
}

/*
 * Move a child that runs on CPU @from to CPU @to by its pid, from CPU
 * @home: the kernel must interrupt it there (it makes no blocking call)
 * and push it off.
 */
static void move_other(struct report *r, int home, int from, int to)
{
	cpu_set_t mask;
	unsigned long i;
	int pid, status, was;

	r->cpu = -1;
	r->stop = 0;
	CPU_ZERO(&mask);
	CPU_SET(home, &mask);
	sched_setaffinity(0, sizeof(mask), &mask);
	pid = fork();
	if (pid == 0)
		_exit(reporter(r, from));
	for (i = 0; i < WAIT_LIMIT && r->cpu != from; i++)
		;
	was = r->cpu;
	CPU_ZERO(&mask);
	CPU_SET(to, &mask);
	ktap_ok(sched_setaffinity(pid, sizeof(mask), &mask) == 0 && was == from,
		"setaffinity(child pid, {%d}) while it runs on CPU %d", to,
		was);
	for (i = 0; i < WAIT_LIMIT && r->cpu != to; i++)
		;
	ktap_ok(r->cpu == to, "the child moves to CPU %d (last seen on %d)",
		to, r->cpu);
	r->stop = 1;
	waitpid(pid, &status, 0);
}

/* argv[1]: the online CPUs, from the kernel's test case (else: ours) */
int main(int argc, char **argv)
{
	cpu_set_t all, mask, now;
	struct report *r;
	unsigned int cpu = ~0U, node = ~0U;
	unsigned long raw[16];
	int nr, ret, was, first, second;

	ktap_plan(12);
	ret = sched_getaffinity(0, sizeof(all), &all);
	nr = count_cpus(&all);
	ktap_ok(ret == 0 && nr == (argc > 1 ? atoi(argv[1]) : nr) && nr > 0,
		"getaffinity: every online CPU, %d", nr);
	ktap_ok(getcpu(&cpu, &node) == 0 && CPU_ISSET(cpu, &all) && node != ~0U,
		"getcpu: CPU %u of the mask, node %u", cpu, node);

	CPU_ZERO(&mask);
	CPU_SET(CPU_SETSIZE - 1, &mask);
	refused(&all, &mask, "a CPU that does not exist");
	CPU_ZERO(&mask);
	refused(&all, &mask, "an empty mask");
	errno = 0;
	ktap_ok(sched_setaffinity(99999, sizeof(all), &all) == -1 &&
		errno == ESRCH, "setaffinity of no such pid: ESRCH (%s)",
		strerror(errno));
	errno = 0;
	ret = syscall(__NR_sched_getaffinity, 0, 4, raw);
	ktap_ok(ret == -1 && errno == EINVAL,
		"getaffinity into 4 bytes: EINVAL (ret %d, %s)", ret,
		strerror(errno));
	ret = syscall(__NR_sched_getaffinity, 0, sizeof(raw), raw);
	ktap_ok(ret > 0 && ret % sizeof(long) == 0 && ret < (int)sizeof(raw),
		"getaffinity into 128 bytes writes the kernel's mask: %d bytes",
		ret);

	if (nr < 2) {
		ktap_skip("one CPU", "setaffinity to one CPU, then another");
		ktap_skip("one CPU", "getaffinity gives the second back");
		ktap_skip("one CPU", "setaffinity back to every CPU");
		ktap_skip("one CPU", "setaffinity(child pid, another CPU)");
		ktap_skip("one CPU", "the child moves there");
		return ktap_finish();
	}
	/* CPU 0 and 1, or the next online ones if one of those is missing */
	first = nth_cpu(&all, 0);
	second = nth_cpu(&all, 1);
	/* from the first, so that being on the second afterwards is a move */
	CPU_ZERO(&mask);
	CPU_SET(first, &mask);
	ret = sched_setaffinity(0, sizeof(mask), &mask);
	sched_yield();
	was = sched_getcpu();
	CPU_ZERO(&mask);
	CPU_SET(second, &mask);
	ret |= sched_setaffinity(0, sizeof(mask), &mask);
	sched_yield();
	cpu = sched_getcpu();
	ktap_ok(ret == 0 && was == first && (int)cpu == second,
		"setaffinity({%d}), then {%d}, each with sched_yield(): getcpu() == %d, then %u",
		first, second, was, cpu);
	ktap_ok(!sched_getaffinity(0, sizeof(now), &now) && set_is(&now, &mask),
		"getaffinity gives {%d} back", second);
	ktap_ok(!sched_setaffinity(0, sizeof(all), &all),
		"setaffinity back to every CPU");
	r = mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE,
		 MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	move_other(r, first, second, nr > 2 ? nth_cpu(&all, 2) : first);
	sched_setaffinity(0, sizeof(all), &all);
	return ktap_finish();
}
