/*
 * populate.c - faulting in ahead of time: MAP_POPULATE, mlock(), MAP_LOCKED.
 *
 * Teaches: demand paging can be skipped when a program knows it will use
 * the memory (or must never wait for a fault: real-time code). The kernel
 * then runs the faults itself, inside the system call
 * (populate_vma_page_range -> __get_user_pages -> handle_mm_fault), with
 * write faults for a private writable mapping, so real pages - not the
 * zero page - are mapped before the call returns. Touching them afterwards
 * costs no fault at all. munlock() only clears VM_LOCKED: the pages stay.
 * mincore() shows which pages are resident.
 * Linux counterpart: tools/testing/selftests/mm/map_populate.c and
 * mlock2-tests.c (which read the same facts from /proc/self/smaps).
 */
#include <errno.h>
#include <string.h>
#include <sys/mman.h>
#include <ktap.h>
#include <mmtest.h>

#define N	32

/* Faults taken by writing every page of p. */
static long write_faults(char *p, unsigned char val)
{
	long f0 = minflt();

	touch_write(p, N, val);
	return minflt() - f0;
}

static void map_populate(void)
{
	struct tinymm_stat s0, s1;
	char *p;

	prefault_stack();
	s0 = mm_stat();
	p = mmap_alone(N * PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_POPULATE);
	s1 = mm_stat();
	if (!ktap_ok(p != MAP_FAILED, "mmap(MAP_POPULATE) of %d pages", N))
		return;
	ktap_ok(s1.rss_anon - s0.rss_anon == N,
		"the pages are there before the first touch: rss_anon +%d (%ld)",
		N, (long)(s1.rss_anon - s0.rss_anon));
	ktap_ok(write_faults(p, 1) == 0, "writing them: no faults");
	munmap(p, N * PAGE_SIZE);
}

/* mincore(): which pages of a range are resident, one byte per page. */
static void residency(void)
{
	unsigned char vec[N];
	char *p = mmap_alone(N * PAGE_SIZE, PROT_READ | PROT_WRITE, 0);
	int before, after, i, r1, r2;

	if (p == MAP_FAILED) {
		ktap_ok(false, "mmap: %s", strerror(errno));
		return;
	}
	memset(vec, 0xff, sizeof(vec));
	r1 = mincore(p, N * PAGE_SIZE, vec);
	for (before = 0, i = 0; i < N; i++)
		before += vec[i] & 1;
	mlock(p, N / 2 * PAGE_SIZE);
	r2 = mincore(p, N * PAGE_SIZE, vec);
	for (after = 0, i = 0; i < N; i++)
		after += (vec[i] & 1) == (i < N / 2);
	ktap_ok(r1 == 0 && r2 == 0 && before == 0 && after == N,
		"mincore(): nothing resident before, exactly the mlock()ed "
		"half after");
	munmap(p, N * PAGE_SIZE);
}

static void lock_unlock(void)
{
	struct tinymm_stat s0, s1, s2;
	char *p = mmap_alone(N * PAGE_SIZE, PROT_READ | PROT_WRITE, 0);
	int r;

	if (p == MAP_FAILED) {
		ktap_ok(false, "mmap: %s", strerror(errno));
		return;
	}
	s0 = mm_stat();
	r = mlock(p, N * PAGE_SIZE);
	s1 = mm_stat();
	ktap_ok(r == 0 && s1.rss_anon - s0.rss_anon == N,
		"mlock() faults the range in: rss_anon +%d (%ld)", N,
		(long)(s1.rss_anon - s0.rss_anon));
	ktap_ok(write_faults(p, 2) == 0, "writing locked pages: no faults");
	r = munlock(p, N * PAGE_SIZE);
	s2 = mm_stat();
	ktap_ok(r == 0 && s2.rss_anon == s1.rss_anon &&
		write_faults(p, 3) == 0 && touch_read(p, N) == 3UL * N,
		"munlock() keeps the pages: rss_anon unchanged, still no faults");
	munmap(p, N * PAGE_SIZE);
}

static void map_locked(void)
{
	struct tinymm_stat s0, s1;
	char *p;

	s0 = mm_stat();
	p = mmap_alone(N * PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_LOCKED);
	s1 = mm_stat();
	ktap_ok(p != MAP_FAILED && s1.rss_anon - s0.rss_anon == N &&
		write_faults(p, 4) == 0,
		"mmap(MAP_LOCKED) populates too: rss_anon +%d, no faults", N);
	if (p != MAP_FAILED)
		munmap(p, N * PAGE_SIZE);
}

int main(void)
{
	ktap_plan(8);
	map_populate();
	residency();
	lock_unlock();
	map_locked();
	return ktap_finish();
}
