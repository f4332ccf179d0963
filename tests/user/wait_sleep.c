/*
 * wait_sleep.c - the corners of wait4, nanosleep and mmap that a reviewer
 * found broken once:
 *  - a child cloned with no exit signal reaps itself; a parent already
 *    waiting for it must wake and get ECHILD, not sleep forever;
 *  - a child's exit wakes its parent, but that must not cut the parent's
 *    nanosleep short (Linux sleeps again until the time is up);
 *  - nothing may be mapped at address 0 (vm.mmap_min_addr), so a kernel
 *    NULL dereference can never read user data.
 * Linux counterpart: the same rules, from kernel/exit.c, kernel/time and
 * mm/mmap.c (security_mmap_addr).
 */
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <ktap.h>

int main(void)
{
	struct timespec ts = { 0, 50 * 1000 * 1000 }, rem = { 0, 0 };
	int status;
	long pid;
	void *p;

	ktap_plan(4);
	/* clone(0): no SIGCHLD, the child is reaped by nobody but itself */
	pid = syscall(__NR_clone, 0, 0, 0, 0, 0);
	if (pid == 0)
		_exit(0);
	ktap_ok(pid > 0 && wait4(-1, &status, 0, NULL) == -1 &&
		errno == ECHILD,
		"waiting for a self-reaping child returns ECHILD");

	pid = fork();
	if (pid == 0)
		_exit(0);	/* its exit wakes us in the middle of the sleep */
	ktap_ok(nanosleep(&ts, &rem) == 0,
		"nanosleep sleeps its full time though a child exits meanwhile");
	ktap_ok(waitpid(pid, &status, 0) == pid && WIFEXITED(status),
		"and the child is there to be reaped");

	p = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	ktap_ok(p == MAP_FAILED && errno == EPERM,
		"mmap(MAP_FIXED) at address 0 fails with EPERM");
	return ktap_finish();
}
