/*
 * threads.c - threads: tasks of one process that share its address space.
 *
 * clone(CLONE_VM | CLONE_SIGHAND | CLONE_THREAD | ...) makes a task that
 * uses the same mm (one page table, one set of VMAs: a store by one
 * thread is seen by the other), joins the caller's thread group (same
 * getpid(), its own gettid()) and gets its own user thread pointer
 * (TPIDR_EL0, switched with the task). The group lives and dies as one:
 * exit_group() or a fatal signal in any thread ends every thread, and
 * the parent's wait4 sees the group only once its last thread is gone.
 * Each thread holds one mm_users; the mm goes with the last.
 * `threads sleep` just keeps two threads for 2 s, for the shell's ps -L.
 * Linux counterpart: the same behaviour, as pthreads programs see it
 * (tools/testing/selftests have it spread over clone3/, pidfd/, ...).
 */
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <ktap.h>
#include <mmtest.h>
#include <thread.h>
#include <tinymm.h>

#ifndef __NR_sched_setaffinity
#define __NR_sched_setaffinity	122
#endif
#ifndef __NR_getcpu
#define __NR_getcpu		168
#endif

#define NR_ADDS		100000
#define NO_CPU		(-1)

/* what the second thread saw, for the main thread to check */
struct seen {
	pid_t pid, tid;
	unsigned long tp_start, tp_end;	/* TPIDR_EL0 before and after the adds */
	int cpu;
};

static unsigned long counter;		/* bumped by both threads */
static int arrived;			/* the check-in barrier */
static struct thread second;

/* The CPU we run on, or NO_CPU if the kernel can't say (no getcpu). */
static int current_cpu(void)
{
	unsigned int cpu;

	if (syscall(__NR_getcpu, &cpu, NULL, NULL) < 0)
		return NO_CPU;
	return (int)cpu;
}

/*
 * Ask for CPU @cpu alone, so the two threads run on two CPUs if the
 * kernel schedules on more than one; a kernel without affinity says no.
 */
static void try_pin(int cpu)
{
	unsigned long mask = 1UL << cpu;

	syscall(__NR_sched_setaffinity, 0, sizeof(mask), &mask);
}

/*
 * Both threads check in, then wait (spinning, no system call) until the
 * other has: then both are between the check-in and the adds at once.
 * On one CPU the spin still ends: a tick switches to the other thread.
 */
static int check_in(void)
{
	int cpu;

	__atomic_add_fetch(&arrived, 1, __ATOMIC_SEQ_CST);
	while (__atomic_load_n(&arrived, __ATOMIC_SEQ_CST) < 2)
		;
	cpu = current_cpu();
	return cpu;
}

static void add_many(void)
{
	int i;

	for (i = 0; i < NR_ADDS; i++)
		__atomic_add_fetch(&counter, 1, __ATOMIC_RELAXED);
}

/* Yield often: every switch saves and restores TPIDR_EL0. */
static void yield_many(void)
{
	int i;

	for (i = 0; i < 200; i++)
		sched_yield();
}

static int second_thread(void *arg)
{
	struct seen *s = arg;

	try_pin(1);
	s->pid = getpid();
	s->tid = gettid();
	s->tp_start = thread_pointer();
	s->cpu = check_in();
	add_many();
	yield_many();
	s->tp_end = thread_pointer();
	return 42;
}

/* The two CPUs the check-in saw: a pass, or a skip with the reason. */
static void check_cpus(int mine, int theirs)
{
	if (mine == NO_CPU || theirs == NO_CPU)
		ktap_skip("no getcpu(): can't tell which CPU runs a thread",
			  "the two threads run on two CPUs at once");
	else if (mine == theirs)
		ktap_skip("one CPU runs tasks",
			  "the two threads run on two CPUs at once (both on CPU %d)",
			  mine);
	else
		ktap_ok(true, "the two threads run on two CPUs at once "
			"(CPUs %d and %d)", mine, theirs);
}

/* The mm's users drop as the thread exits, just after it clears its tid. */
static unsigned long mm_users_settled(void)
{
	struct tinymm_stat st = mm_stat();
	int i;

	for (i = 0; i < 100 && st.mm_users != 1; i++) {
		sched_yield();
		st = mm_stat();
	}
	return st.mm_users;
}

static void two_threads(void)
{
	unsigned long my_tp = (unsigned long)&counter;	/* any value */
	struct seen s = { 0 };
	struct tinymm_stat st;
	int cpu, ret, status;

	__asm__ volatile("msr tpidr_el0, %0" : : "r"(my_tp));
	try_pin(0);
	if (!ktap_ok(thread_create(&second, second_thread, &s) == 0,
		     "thread_create: clone(CLONE_VM | CLONE_THREAD | ...)")) {
		ktap_diag("clone: %s", strerror(errno));
		return;
	}
	st = mm_stat();
	ktap_ok(st.mm_users == 2 && st.nr_threads == 2,
		"while it runs: 2 threads, 2 mm users (%lu, %lu)",
		st.nr_threads, st.mm_users);
	ktap_ok(waitpid(second.tid, &status, WNOHANG) == -1 && errno == ECHILD,
		"a thread is not a child: wait4 on its tid gives ECHILD");
	cpu = check_in();
	add_many();
	yield_many();
	ret = thread_join(&second);
	ktap_ok(ret == 42, "thread_join returns the thread's value (%d)", ret);
	ktap_ok(counter == 2 * NR_ADDS,
		"one mm: 2 x %d atomic adds give %lu", NR_ADDS, counter);
	ktap_ok(s.pid == getpid(), "getpid() is the same in both threads");
	ktap_ok(s.tid != getpid() && s.tid > 0,
		"gettid() %d in the second thread is not getpid() %d", s.tid,
		getpid());
	ktap_ok(gettid() == getpid(), "the leader's gettid() is getpid()");
	ktap_ok(s.tp_start == (unsigned long)&second &&
		s.tp_end == s.tp_start && thread_pointer() == my_tp,
		"CLONE_SETTLS: each thread keeps its own TPIDR_EL0 across "
		"switches (%#lx, %#lx / %#lx)", s.tp_start, s.tp_end,
		thread_pointer());
	check_cpus(cpu, s.cpu);
	ktap_ok(mm_users_settled() == 1 && mm_stat().nr_threads == 1,
		"after join: mm_users back to 1, 1 thread");
}

/* Sit for up to 5 s: the group should end us sooner. Exits 3 if not. */
static void wait_to_be_killed(void)
{
	struct timespec ts = { 0, 10 * 1000 * 1000 };
	int i;

	for (i = 0; i < 500; i++)
		nanosleep(&ts, NULL);
	_exit(3);
}

static int segv_thread(void *arg)
{
	*(volatile int *)arg = 1;	/* NULL: nothing is mapped there */
	return 0;
}

static int exit_group_thread(void *arg)
{
	_exit(7);			/* exit_group: every thread goes */
}

/* Spin in user space, no system call, until the signal ends us. */
static int spin_thread(void *arg)
{
	volatile unsigned long n;

	for (n = 0; n < (1UL << 40); n++)
		;
	return 0;
}

/* In a child: a thread runs @fn, the leader waits for the end. */
static int group_child(void *fn)
{
	struct thread t;

	if (thread_create(&t, (int (*)(void *))fn, NULL))
		return 2;
	wait_to_be_killed();
	return 0;
}

static int tgkill_child(void *arg)
{
	struct thread t;

	if (thread_create(&t, spin_thread, NULL))
		return 2;
	while (!t.tid)		/* CLONE_PARENT_SETTID: set before clone returns */
		;
	tgkill(getpid(), t.tid, SIGTERM);
	wait_to_be_killed();
	return 0;
}

static void group_deaths(void)
{
	int status;

	status = run_in_child(group_child, segv_thread);
	ktap_ok(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV,
		"a thread's SIGSEGV kills the whole group (%s)",
		status_str(status));
	status = run_in_child(group_child, exit_group_thread);
	ktap_ok(WIFEXITED(status) && WEXITSTATUS(status) == 7,
		"exit_group(7) in a thread ends the other one too (%s)",
		status_str(status));
	status = run_in_child(tgkill_child, NULL);
	ktap_ok(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM,
		"tgkill(SIGTERM) to a spinning thread ends its group (%s)",
		status_str(status));
	ktap_ok(tgkill(1, gettid(), 0) == -1 && errno == ESRCH,
		"tgkill with a tid outside that group gives ESRCH");
}

/* ---- the leader exits first: the parent hears of it after the last ---- */

static volatile int *late_done;		/* MAP_SHARED with the parent */

static int late_thread(void *arg)
{
	struct timespec ts = { 0, 50 * 1000 * 1000 };

	nanosleep(&ts, NULL);
	*late_done = 1;
	return 0;
}

static int leader_exits_first(void *arg)
{
	struct thread t;

	if (thread_create(&t, late_thread, NULL))
		return 2;
	syscall(__NR_exit, 4);		/* this thread only */
	return 0;
}

static void leader_first(void)
{
	int status;

	late_done = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
			 MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (late_done == MAP_FAILED) {
		ktap_ok(false, "wait4 waits for the group's last thread");
		return;
	}
	status = run_in_child(leader_exits_first, NULL);
	ktap_ok(WIFEXITED(status) && WEXITSTATUS(status) == 4 && *late_done,
		"wait4 waits for the group's last thread (%s, thread done %d)",
		status_str(status), *late_done);
	munmap((void *)late_done, 4096);
}

/* ---- the flags' rules and the tid words ---- */

static volatile pid_t settid_word;
static pid_t settid_seen;

static int settid_thread(void *arg)
{
	settid_seen = settid_word;	/* CLONE_CHILD_SETTID wrote it */
	return gettid() == settid_seen ? 0 : 1;
}

static int nothing(void *arg)
{
	return 0;
}

static void flags_and_tids(void)
{
	char *stack = mmap(NULL, THREAD_STACK_SIZE, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *top = stack + THREAD_STACK_SIZE;
	long tid;
	int i;

	errno = 0;
	ktap_ok(clone(nothing, top, CLONE_VM | CLONE_THREAD, NULL) == -1 &&
		errno == EINVAL, "CLONE_THREAD without CLONE_SIGHAND: EINVAL");
	errno = 0;
	ktap_ok(clone(nothing, top, CLONE_SIGHAND, NULL) == -1 &&
		errno == EINVAL, "CLONE_SIGHAND without CLONE_VM: EINVAL");
	tid = clone(settid_thread, top, CLONE_VM | CLONE_SIGHAND |
		    CLONE_THREAD | CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID,
		    NULL, NULL, NULL, &settid_word);
	for (i = 0; tid > 0 && i < 1000 && (!settid_seen || settid_word); i++)
		sched_yield();	/* until it ran and exited */
	ktap_ok(tid > 0 && settid_seen == tid && settid_word == 0,
		"CLONE_CHILD_SETTID stores the tid %ld, CLONE_CHILD_CLEARTID "
		"clears it (saw %d, now %d)", tid, settid_seen, settid_word);
	ktap_ok(syscall(__NR_set_tid_address, &settid_word) == gettid(),
		"set_tid_address returns the caller's tid");
	syscall(__NR_set_tid_address, NULL);
	munmap(stack, THREAD_STACK_SIZE);
}

/* `threads sleep`: two threads sit for 2 s, for the shell's `ps -L` */
static int sit(void *arg)
{
	struct timespec ts = { 2, 0 };

	nanosleep(&ts, NULL);
	return 0;
}

static int two_sitting_threads(void)
{
	struct thread t;

	if (thread_create(&t, sit, NULL))
		return 1;
	printf("threads: pid %d, second thread %d\n", getpid(), t.tid);
	sit(NULL);
	return thread_join(&t);
}

int main(int argc, char **argv)
{
	if (argc == 2 && !strcmp(argv[1], "sleep"))
		return two_sitting_threads();
	ktap_plan(20);
	two_threads();
	group_deaths();
	leader_first();
	flags_and_tids();
	return ktap_finish();
}
