// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/user_kunit.c - KUnit suite "user": one case per user test
 * program (tests/user/<name>.c, embedded as /bin/<name>).
 *
 * Teaches: how the kernel judges a process from the outside. Each case
 * starts its program with call_usermodehelper() and waits for it; the wait4
 * status word says how it ended - exit code << 8, or the number of the
 * signal that killed it. Programs that test something legal must exit 0
 * (their exit code is their number of failed checks); the segv_* programs
 * must die of SIGSEGV. The program's own KTAP lines, printed at 8 spaces
 * before the case's result, nest under the case, so tests/ktap.py counts
 * every check inside every program. Its standard output and error are
 * /dev/kmsg, not the console: its lines become kernel messages with the
 * same timestamp prefix as KUnit's own, so the boot log is one uniform
 * KTAP stream (Linux's kunit_parser cuts one prefix width from every
 * line; a line without it would be cut to a fragment).
 *
 * munmap_exit and stress also check from the kernel side that a process
 * gives back every page: nr_free_pages_settled() (slab caches and pcp
 * lists drained, so the count is exact) is the same before and after.
 * Each is run once quietly first (KTAP_QUIET=1): the first run of a
 * program fills caches that legitimately stay - slab pages, and whatever
 * the file system keeps of /bin/<name> - as a first run on Linux would.
 *
 * Linux counterpart: tools/testing/selftests/ run by kselftest, whose
 * runner also judges each test by its exit status; there the programs
 * run from a shell, here from KUnit.
 */
#include <kunit/test.h>
#include <linux/kernel.h>
#include <linux/cpumask.h>
#include <linux/mman.h>
#include <linux/signal.h>
#include <linux/sysctl.h>
#include <linux/umh.h>
#include <tinymm/test_hooks.h>
#include "kunit_umh.h"

static char *envp[] = { "HOME=/", "PATH=/bin", NULL };
static char *quiet_envp[] = { "HOME=/", "PATH=/bin", "KTAP_QUIET=1", NULL };

static int run(struct kunit *test, char **argv, bool quiet)
{
	int status = kunit_call_usermodehelper(argv[0], argv, quiet ?
					       quiet_envp : envp,
					       UMH_WAIT_PROC);

	if (status < 0)
		KUNIT_FAIL(test, "%s could not start: error %d", argv[0],
			   status);
	return status;
}

/* exit code << 8, or the killing signal in the low 7 bits */
static void expect_exit(struct kunit *test, char **argv, int code)
{
	int status = run(test, argv, false);

	if (status < 0)
		return;
	if (status & 0x7f)
		KUNIT_FAIL(test, "%s was killed by signal %d", argv[0],
			   status & 0x7f);
	else
		KUNIT_EXPECT_EQ(test, (status >> 8) & 0xff, code);
}

static void expect_signal(struct kunit *test, char **argv, int sig)
{
	int status = run(test, argv, false);

	if (status < 0)
		return;
	if (!(status & 0x7f))
		KUNIT_FAIL(test, "%s exited with status %d, expected signal %d",
			   argv[0], (status >> 8) & 0xff, sig);
	else
		KUNIT_EXPECT_EQ(test, status & 0x7f, sig);
}

/* Run once quietly, then again counting pages around the run. */
static void expect_all_pages_back(struct kunit *test, char **warm_argv,
				  char **argv)
{
	unsigned long before, after;

	run(test, warm_argv, true);
	before = nr_free_pages_settled();
	expect_exit(test, argv, 0);
	after = nr_free_pages_settled();
	if (before != after)
		kunit_info(test, "%s: nr_free_pages_settled %lu before, %lu "
			   "after (%+ld)", argv[0], before, after,
			   (long)(after - before));
	KUNIT_EXPECT_EQ(test, after, before);
}

#define USER_PROGRAM_EXITS_0(name)					\
static void user_##name(struct kunit *test)				\
{									\
	char *argv[] = { "/bin/" #name, NULL };				\
									\
	expect_exit(test, argv, 0);					\
}

#define USER_PROGRAM_DIES_OF(name, sig)					\
static void user_##name(struct kunit *test)				\
{									\
	char *argv[] = { "/bin/" #name, NULL };				\
									\
	expect_signal(test, argv, sig);					\
}

USER_PROGRAM_EXITS_0(hello)
USER_PROGRAM_EXITS_0(demo)
USER_PROGRAM_EXITS_0(demand_paging)
USER_PROGRAM_EXITS_0(cow)
USER_PROGRAM_EXITS_0(brk)
USER_PROGRAM_EXITS_0(mmap_fixed)
USER_PROGRAM_EXITS_0(populate)
USER_PROGRAM_EXITS_0(madvise)
USER_PROGRAM_EXITS_0(file_map)
USER_PROGRAM_EXITS_0(efault)
USER_PROGRAM_EXITS_0(stack_grow)
USER_PROGRAM_EXITS_0(sched_rr)
USER_PROGRAM_EXITS_0(wait_sleep)
USER_PROGRAM_EXITS_0(shared_anon)
USER_PROGRAM_EXITS_0(threads)
USER_PROGRAM_DIES_OF(segv_mprotect, SIGSEGV)
USER_PROGRAM_DIES_OF(segv_exec, SIGSEGV)
USER_PROGRAM_DIES_OF(segv_kernel, SIGSEGV)
USER_PROGRAM_DIES_OF(segv_stack, SIGSEGV)

static void user_munmap_exit(struct kunit *test)
{
	char *argv[] = { "/bin/munmap_exit", NULL };

	expect_all_pages_back(test, argv, argv);
}

/*
 * /bin/smp_parallel, /bin/affinity and /bin/tlb_shootdown are told how
 * many CPUs are online:
 * user space has no sysfs to read it from, and the count it can see (its
 * affinity) would shrink with the bugs they look for.
 */
static void expect_exit_given_cpus(struct kunit *test, char *path)
{
	char online[12];
	char *argv[] = { path, online, NULL };

	snprintf(online, sizeof(online), "%u", num_online_cpus());
	expect_exit(test, argv, 0);
}

static void user_smp_parallel(struct kunit *test)
{
	expect_exit_given_cpus(test, "/bin/smp_parallel");
}

static void user_affinity(struct kunit *test)
{
	expect_exit_given_cpus(test, "/bin/affinity");
}

static void user_tlb_shootdown(struct kunit *test)
{
	expect_exit_given_cpus(test, "/bin/tlb_shootdown");
}

/* The full 100,000 operations; the warm-up run needs only a few. */
static void user_stress(struct kunit *test)
{
	char *warm_argv[] = { "/bin/stress", "400", "7", NULL };
	char *argv[] = { "/bin/stress", "100000", NULL };

	expect_all_pages_back(test, warm_argv, argv);
}

/*
 * /bin/overcommit under one vm.overcommit_memory mode, set as
 * `sysctl -w` would set it; argv[0] names the case (the program's KTAP
 * subtest is named after it). Whatever the program promised, its exit
 * gives back: the kernel's Committed_AS is the same before and after.
 */
static void run_overcommit(struct kunit *test, char *name, char *mode)
{
	struct ctl_table *policy = sysctl_find("vm.overcommit_memory");
	char reserve[24], saved[8];
	char *argv[] = { name, mode, reserve, NULL };
	unsigned long before;
	int status;

	KUNIT_ASSERT_NOT_NULL(test, policy);
	KUNIT_ASSERT_EQ(test, sysctl_read(policy, saved, sizeof(saved)), 0);
	snprintf(reserve, sizeof(reserve), "%lu", sysctl_user_reserve_kbytes);
	KUNIT_ASSERT_EQ(test, sysctl_write(policy, mode), 0);
	before = vm_memory_committed();
	status = kunit_call_usermodehelper("/bin/overcommit", argv, envp,
					   UMH_WAIT_PROC);
	KUNIT_EXPECT_EQ(test, status, 0);	/* exit 0: every check passed */
	KUNIT_EXPECT_EQ(test, vm_memory_committed(), before);
	KUNIT_EXPECT_EQ(test, sysctl_write(policy, saved), 0);
}

static void user_overcommit_guess(struct kunit *test)
{
	run_overcommit(test, "overcommit_guess", "0");
}

static void user_overcommit_always(struct kunit *test)
{
	run_overcommit(test, "overcommit_always", "1");
}

static void user_overcommit_never(struct kunit *test)
{
	run_overcommit(test, "overcommit_never", "2");
}

/*
 * Case names are "user_" and the program's name, so "ktest=user.user_cow"
 * runs one program; user_overcommit_* are one program under three modes.
 */
#define USER_CASE(prog) { .run_case = user_##prog, .name = "user_" #prog }

static struct kunit_case user_cases[] = {
	USER_CASE(hello),
	USER_CASE(demand_paging),
	USER_CASE(cow),
	USER_CASE(munmap_exit),
	USER_CASE(brk),
	USER_CASE(mmap_fixed),
	USER_CASE(populate),
	USER_CASE(madvise),
	USER_CASE(file_map),
	USER_CASE(efault),
	USER_CASE(stack_grow),
	USER_CASE(sched_rr),
	USER_CASE(wait_sleep),
	USER_CASE(shared_anon),
	USER_CASE(smp_parallel),
	USER_CASE(affinity),
	USER_CASE(threads),
	USER_CASE(tlb_shootdown),
	USER_CASE(overcommit_guess),
	USER_CASE(overcommit_always),
	USER_CASE(overcommit_never),
	USER_CASE(segv_mprotect),
	USER_CASE(segv_exec),
	USER_CASE(segv_kernel),
	USER_CASE(segv_stack),
	USER_CASE(demo),
	USER_CASE(stress),
	{}
};

static struct kunit_suite user_suite = {
	.name = "user",
	.test_cases = user_cases,
};
kunit_test_suite(user_suite);
