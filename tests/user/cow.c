/*
 * cow.c - copy-on-write after fork(): private memory stays private, yet
 * fork copies no data until somebody writes.
 *
 * Teaches:
 *  - fork() copies page tables, not pages (copy_page_range): both processes
 *    map the same pages read-only, so the child reads them without a new
 *    page (its ptes are marked old, as Linux does, so on a CPU without
 *    hardware access-flag updates - cortex-a53/a72 - the first read of each
 *    page is a cheap access-flag fault that only sets the young bit);
 *  - the first write by either side faults (do_wp_page) and gets a private
 *    copy, so neither ever sees the other's writes;
 *  - a page that is no longer shared (the other process exited, or it was
 *    never shared) is reused by the write fault - made writable in place,
 *    no copy, content kept (wp_page_reuse).
 * Linux counterpart: tools/testing/selftests/mm/cow.c, which checks the same
 * promises (and many more: THP, hugetlb, GUP pins, KSM) and synchronises
 * parent and child through pipes; tinymm has no pipes, so the one check
 * that needs an order between them sleeps instead.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sched.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <ktap.h>
#include <mmtest.h>

#define N	16

static char *buf;

/* Every byte of every page == c? */
static bool holds(char c)
{
	return all_bytes(buf, N * PAGE_SIZE, (unsigned char)c);
}

/* The child's view, as its exit code: 0 = as expected. */
static int child_sees_P(void *unused)
{
	return holds('P') ? 0 : 1;
}

static int child_writes_C(void *unused)
{
	memset(buf, 'C', N * PAGE_SIZE);
	return holds('C') ? 0 : 1;
}

static void pause_ms(long ms)
{
	struct timespec ts = { 0, ms * 1000000L };
	int i;

	if (nanosleep(&ts, NULL) == 0)
		return;
	for (i = 0; i < 1000; i++)	/* no nanosleep: let the parent run */
		sched_yield();
}

/*
 * Child: measure what reading and then writing the shared pages costs.
 * Exit code bits say which expectation failed, so that the parent can
 * report each one as its own KTAP line.
 */
#define READ_ALLOCATED	1
#define READ_NEW_PTES	2
#define WRITE_NO_COPY	4
#define WRITE_FAULTS	8

static int child_measures(void *unused)
{
	struct tinymm_stat s0, s1, s2;
	long f0, f1, f2, taken;
	int bad = 0;

	prefault_stack();
	s0 = mm_stat();
	f0 = minflt();
	touch_read(buf, N);
	f1 = minflt();
	s1 = mm_stat();
	touch_write(buf, N, 'c');
	f2 = minflt();
	s2 = mm_stat();
	ktap_diag("child: read %d shared pages: %ld faults, %ld pages taken; "
		  "write: %ld faults, %ld pages taken", N, f1 - f0,
		  (long)(s0.nr_free_pages - s1.nr_free_pages), f2 - f1,
		  (long)(s1.nr_free_pages - s2.nr_free_pages));
	if ((long)(s0.nr_free_pages - s1.nr_free_pages) > SLAB_SLACK)
		bad |= READ_ALLOCATED;
	if (s1.rss_anon != s0.rss_anon || f1 - f0 > N + 2)
		bad |= READ_NEW_PTES;
	taken = s1.nr_free_pages - s2.nr_free_pages;
	if (taken < N)
		bad |= WRITE_NO_COPY;
	if (f2 - f1 != N)
		bad |= WRITE_FAULTS;
	return bad;
}

static void shared_until_written(void)
{
	int st = run_in_child(child_measures, NULL);
	bool exited = st != -1 && WIFEXITED(st);
	int bad = exited ? WEXITSTATUS(st) : 0xff;

	if (!exited)
		ktap_diag("child: %s", status_str(st));
	ktap_ok(!(bad & READ_ALLOCATED), "child reading shared pages takes no "
		"pages from the free lists");
	ktap_ok(!(bad & READ_NEW_PTES), "child reading shared pages finds them "
		"mapped: rss_anon unchanged, at most an access-flag fault each");
	ktap_ok(!(bad & WRITE_NO_COPY), "child writing %d shared pages takes "
		"%d pages (copies)", N, N);
	ktap_ok(!(bad & WRITE_FAULTS), "child writing them: %d write-protect "
		"faults", N);
}

/*
 * After the child is gone the parent's pages are its own again. What user
 * space can see of "no copy" is that no page leaves the free lists; a copy
 * that freed the old page at once would look the same from here (Linux
 * tests read the pfn from /proc/self/pagemap, which tinymm lacks), so the
 * page itself is checked by the host suite, tests/host/memory_test.c.
 */
static void reuse_after_exit(void)
{
	struct tinymm_stat s0, s1;
	long f0, f1;
	size_t i;
	bool kept = true;

	prefault_stack();
	s0 = mm_stat();
	f0 = minflt();
	touch_write(buf, N, 'R');
	f1 = minflt();
	s1 = mm_stat();
	for (i = 0; i < N; i++)
		kept &= all_bytes(buf + i * PAGE_SIZE + 1, PAGE_SIZE - 1, 'Q');
	ktap_diag("parent after the child exited: %ld faults, %ld pages taken, "
		  "rss_anon %+ld", f1 - f0,
		  (long)(s0.nr_free_pages - s1.nr_free_pages),
		  (long)(s1.rss_anon - s0.rss_anon));
	ktap_ok(f1 - f0 == N && (long)(s0.nr_free_pages - s1.nr_free_pages) <=
		SLAB_SLACK && s1.rss_anon == s0.rss_anon && kept,
		"sole owner's write fault reuses the page: one fault each, no "
		"copy, content kept");
}

/*
 * A page that was never shared, mapped read-only by mprotect() and then
 * writable again. Linux since 5.19 may make such an exclusive page writable
 * right in mprotect(); older kernels (and a simple one) leave the pte
 * read-only and the next write reuses it. Either way: no copy.
 */
static void reuse_never_shared(void)
{
	struct tinymm_stat s0, s1;
	long f0, f1;
	char *p = mmap_alone(N * PAGE_SIZE, PROT_READ | PROT_WRITE, 0);
	bool kept = true;
	size_t i;

	if (p == MAP_FAILED) {
		ktap_ok(false, "never-shared pages: mmap");
		return;
	}
	memset(p, 'E', N * PAGE_SIZE);
	if (mprotect(p, N * PAGE_SIZE, PROT_READ) ||
	    mprotect(p, N * PAGE_SIZE, PROT_READ | PROT_WRITE))
		ktap_diag("mprotect: %s", strerror(errno));
	prefault_stack();
	s0 = mm_stat();
	f0 = minflt();
	touch_write(p, N, 'e');
	f1 = minflt();
	s1 = mm_stat();
	for (i = 0; i < N; i++)
		kept &= all_bytes(p + i * PAGE_SIZE + 1, PAGE_SIZE - 1, 'E');
	ktap_diag("never shared: %ld faults, %ld pages taken", f1 - f0,
		  (long)(s0.nr_free_pages - s1.nr_free_pages));
	ktap_ok(f1 - f0 <= N && (long)(s0.nr_free_pages - s1.nr_free_pages) <=
		SLAB_SLACK && s1.rss_anon == s0.rss_anon && kept,
		"never-shared page is reused: at most one fault each, no copy, "
		"content kept");
	munmap(p, N * PAGE_SIZE);
}

int main(void)
{
	int st;
	pid_t pid;

	ktap_plan(9);
	buf = mmap_alone(N * PAGE_SIZE, PROT_READ | PROT_WRITE, 0);
	if (buf == MAP_FAILED) {
		ktap_diag("mmap: %s", strerror(errno));
		return ktap_finish() + 1;
	}
	memset(buf, 'P', N * PAGE_SIZE);
	run_in_child(child_sees_P, NULL);	/* warm up fork and exit */

	st = run_in_child(child_sees_P, NULL);
	ktap_ok(st == 0, "child sees the parent's data (%s)", status_str(st));

	st = run_in_child(child_writes_C, NULL);
	ktap_ok(st == 0 && holds('P'), "child's writes stay in the child: it "
		"sees them (%s), the parent doesn't", status_str(st));

	/* The parent writes while the child sleeps, then the child looks. */
	pid = fork();
	if (pid == 0) {
		pause_ms(20);
		_exit(holds('P') ? 0 : 1);
	}
	memset(buf, 'Q', N * PAGE_SIZE);
	st = -1;
	if (pid > 0)
		waitpid(pid, &st, 0);
	ktap_ok(st == 0 && holds('Q'), "parent's writes after fork stay in the "
		"parent: the child still sees the old data (%s)",
		status_str(st));

	shared_until_written();
	reuse_after_exit();
	reuse_never_shared();
	munmap(buf, N * PAGE_SIZE);
	return ktap_finish();
}
