/*
 * segv_stack.c - unbounded recursion ends in SIGSEGV at the stack limit.
 *
 * Teaches: the stack VMA may only grow down to RLIMIT_STACK (8 MiB by
 * default) below its top, and never into the guard gap above the next VMA
 * down (stack_guard_gap, 256 pages). A fault beyond that finds no VMA that
 * may grow and the kernel sends SIGSEGV - there is no stack left to run a
 * signal handler on, so the process dies. stack_grow.c shows the legal
 * growth; the kernel suite checks the wait status of this one.
 * Linux counterpart: mm/mmap.c acct_stack_growth() (the rlimit check) and
 * expand_downwards() (the guard gap). No Linux selftest does just this.
 */
#include <ktap.h>
#include <mmtest.h>

#define FRAME	(16 * 1024)
#define GIVE_UP	(32UL << 20)	/* no limit at all? stop before OOM */

static unsigned long depth_bytes;

static int __attribute__((noinline)) recurse(void)
{
	volatile char frame[FRAME];
	size_t i;

	for (i = 0; i < FRAME; i += PAGE_SIZE)	/* touch every page */
		frame[i] = 1;
	depth_bytes += FRAME;
	if (depth_bytes > GIVE_UP)
		return 1;
	return recurse() + frame[0];
}

static int __attribute__((noinline)) recurse_to(unsigned long bytes)
{
	volatile char frame[FRAME];

	frame[0] = 1;
	depth_bytes += FRAME;
	if (depth_bytes < bytes)
		return recurse_to(bytes) + frame[0];
	return frame[0];
}

int main(void)
{
	ktap_plan(1);
	ktap_ok(recurse_to(64 * 1024) == (int)(64 * 1024 / FRAME),
		"recursing 64 KiB deep works");
	depth_bytes = 0;
	ktap_diag("recursing without end: expect SIGSEGV at the stack limit");
	recurse();
	ktap_diag("still alive %lu MiB deep: no stack limit?", depth_bytes >> 20);
	return 1;
}
