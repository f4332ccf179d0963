/*
 * brk.c - the heap: one VMA just above the program's data, whose end
 * (the "program break") moves with brk()/sbrk().
 *
 * Teaches:
 *  - the break starts page-aligned just after the bss (mm->start_brk);
 *  - moving it up only extends the VMA (do_brk_flags): pages come later,
 *    one fault each, exactly as for mmap();
 *  - moving it down unmaps the tail (do_munmap): those pages go back to the
 *    free lists, the data below the new break stays, and a touch above it
 *    is a SIGSEGV;
 *  - the raw system call never fails: asked for something impossible
 *    (below start_brk) it returns the break unchanged, and libc's brk()
 *    turns that into -1/ENOMEM.
 * malloc() grows its arena this way (glibc: for requests below the mmap
 * threshold). No Linux selftest does just this.
 */
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <ktap.h>
#include <mmtest.h>

#define N	32

extern char _end[];			/* end of bss, from tests/user/user.ld */

static char *over;			/* a byte above the shrunk break */

static int touch_over(void *unused)
{
	*(volatile char *)over = 1;
	return 0;			/* survived: the test fails */
}

int main(void)
{
	struct tinymm_stat s0, s1, s2, s3;
	char *start, *top, *p;
	long f0, f1, freed;
	int st;

	ktap_plan(10);
	start = sbrk(0);
	ktap_diag("bss ends at %p, break at %p", (void *)_end, start);
	ktap_ok(((unsigned long)start & (PAGE_SIZE - 1)) == 0 &&
		start >= _end && start < _end + 64 * PAGE_SIZE,
		"the break starts page-aligned just above the bss");

	prefault_stack();
	s0 = mm_stat();
	p = sbrk(N * PAGE_SIZE);
	top = sbrk(0);
	s1 = mm_stat();
	ktap_ok(p == start && top == start + N * PAGE_SIZE &&
		s1.total_vm - s0.total_vm == N && s1.rss_anon == s0.rss_anon,
		"sbrk(+%d pages): break moves up, total_vm +%d, no pages until touched",
		N, N);

	f0 = minflt();
	touch_write(p, N, 0x42);
	f1 = minflt();
	s2 = mm_stat();
	ktap_ok(f1 - f0 == N && s2.rss_anon - s1.rss_anon == N,
		"touching the new heap: %d faults, rss_anon +%d (%ld, %+ld)",
		N, N, f1 - f0, (long)(s2.rss_anon - s1.rss_anon));

	sbrk(-(long)(N / 2 * PAGE_SIZE));
	s3 = mm_stat();
	freed = s3.nr_free_pages - s2.nr_free_pages;
	ktap_ok(sbrk(0) == start + N / 2 * PAGE_SIZE,
		"sbrk(-%d pages): the break moves down", N / 2);
	ktap_ok(freed >= N / 2 && freed <= N / 2 + SLAB_SLACK &&
		s2.rss_anon - s3.rss_anon == N / 2,
		"shrinking gives back the %d pages above it (%ld)", N / 2,
		freed);
	ktap_ok(touch_read(p, N / 2) == 0x42UL * (N / 2),
		"the heap below the new break keeps its data");

	over = start + N / 2 * PAGE_SIZE;
	st = run_in_child(touch_over, NULL);
	ktap_ok(st != -1 && WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV,
		"touching above the break: SIGSEGV (%s)", status_str(st));

	ktap_ok(syscall(__NR_brk, start - PAGE_SIZE) ==
		(long)(start + N / 2 * PAGE_SIZE),
		"raw brk below start_brk refuses: returns the break unchanged");

	sbrk(N / 2 * PAGE_SIZE);
	ktap_ok(touch_read(over, N / 2) == 0,
		"grown again, the pages above read as zeros (fresh pages)");
	sbrk(-(long)(N * PAGE_SIZE));
	s3 = mm_stat();
	ktap_ok(sbrk(0) == start && s3.total_vm == s0.total_vm &&
		s3.rss_anon == s0.rss_anon,
		"back at start_brk: total_vm and rss_anon as at the start");
	return ktap_finish();
}
