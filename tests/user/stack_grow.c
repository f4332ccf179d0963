/*
 * stack_grow.c - the stack is a VMA that grows down on demand.
 *
 * Teaches: a new program's stack VMA covers only its first pages (argv,
 * envp, auxv and some room); a fault just below it finds the VM_GROWSDOWN
 * VMA above the address and expand_stack() moves its start down, within
 * RLIMIT_STACK. Each new stack page then costs one anonymous fault, like
 * any other. The pages stay after the function returns: Linux never shrinks
 * a stack, so going deep again is free.
 * Here we go 256 KiB deep - well within the 8 MiB default limit;
 * segv_stack.c goes past the limit.
 * Linux has no selftest for plain stack growth; this is what
 * tools/testing/selftests/mm/ assumes whenever it recurses or uses big
 * local arrays.
 */
#include <ktap.h>
#include <mmtest.h>

#define FRAME	4096
#define DEPTH	64			/* 64 * 4 KiB = 256 KiB */

static struct tinymm_stat deepest;
static long deepest_flt;

static unsigned char mark(int depth, size_t i)
{
	return (unsigned char)(depth * 7 + i / 64);
}

/* Each level owns a page of stack, fills it, and checks it on the way out. */
static int __attribute__((noinline)) descend(int depth, bool measure)
{
	volatile unsigned char frame[FRAME];
	int bad = 0;
	size_t i;

	for (i = 0; i < FRAME; i += 64)
		frame[i] = mark(depth, i);
	if (depth + 1 < DEPTH) {
		bad = descend(depth + 1, measure);
	} else if (measure) {
		deepest = mm_stat();
		deepest_flt = minflt();
	}
	for (i = 0; i < FRAME; i += 64)
		bad += frame[i] != mark(depth, i);
	return bad;
}

int main(void)
{
	struct tinymm_stat s0;
	long f0, f1, f2, grown_rss;
	int bad;

	ktap_plan(6);
	prefault_stack();
	s0 = mm_stat();
	f0 = minflt();
	bad = descend(0, true);
	f1 = minflt();
	grown_rss = deepest.rss_anon - s0.rss_anon;
	ktap_diag("%d KiB deep: %ld faults, rss_anon %+ld, total_vm %+ld, "
		  "map_count %+ld", DEPTH * FRAME / 1024, deepest_flt - f0,
		  grown_rss, (long)(deepest.total_vm - s0.total_vm),
		  (long)(deepest.map_count - s0.map_count));
	ktap_ok(bad == 0, "%d KiB of stack: every frame kept its data",
		DEPTH * FRAME / 1024);
	ktap_ok(deepest.map_count == s0.map_count,
		"the stack VMA grew in place: map_count unchanged");
	ktap_ok(deepest.total_vm > s0.total_vm,
		"the stack VMA grew: total_vm larger");
	ktap_ok(grown_rss >= DEPTH - 8 && grown_rss <= DEPTH + 2,
		"the new stack pages are anonymous memory: rss_anon +%ld",
		grown_rss);
	ktap_ok(deepest_flt - f0 >= grown_rss &&
		deepest_flt - f0 <= grown_rss + 4,
		"one fault per new stack page");

	bad = descend(0, false);
	f2 = minflt();
	ktap_ok(bad == 0 && f2 - f1 == 0,
		"the stack doesn't shrink: going deep again costs no faults "
		"(%ld)", f2 - f1);
	return ktap_finish();
}
