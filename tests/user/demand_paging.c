/*
 * demand_paging.c - mmap() hands out address space, not memory: each page
 * is allocated by the page fault of its first touch.
 *
 * Teaches:
 *  - writing N pages of a fresh anonymous mapping costs exactly N minor
 *    faults (getrusage's ru_minflt) and N pages of RssAnon, and takes N
 *    pages (plus page-table pages) off the free lists;
 *  - reading first maps the shared zero page read-only (do_anonymous_page
 *    without FAULT_FLAG_WRITE): a fault per page, but no page allocated
 *    and nothing added to RssAnon;
 *  - a later write to such a page faults again (do_wp_page) and gets a
 *    private zeroed copy.
 * Linux has no single selftest for this; on Linux the same numbers come
 * from /proc/self/stat (minflt), /proc/self/status (RssAnon, VmPTE) and
 * /proc/vmstat (nr_free_pages) - here from tinymm_stat().
 */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ktap.h>
#include <mmtest.h>

#define N	32

/* Free pages that left the free lists, less the page-table pages that did. */
static long data_pages_taken(struct tinymm_stat *a, struct tinymm_stat *b)
{
	return (long)(a->nr_free_pages - b->nr_free_pages) -
	       (long)(b->nr_page_table_pages - a->nr_page_table_pages);
}

static bool pages_hold(const char *p, unsigned char first)
{
	size_t i;

	for (i = 0; i < N; i++)
		if (p[i * PAGE_SIZE] != (char)first ||
		    !all_bytes(p + i * PAGE_SIZE + 1, PAGE_SIZE - 1, 0))
			return false;
	return true;
}

/* The code and stack the measurements use must be faulted in already. */
static void warm_up(void)
{
	char *w = mmap_alone(PAGE_SIZE, PROT_READ | PROT_WRITE, 0);

	if (w == MAP_FAILED)
		return;
	touch_read(w, 1);
	touch_write(w, 1, 1);
	prefault_stack();
	munmap(w, PAGE_SIZE);
}

static void write_first(void)
{
	struct tinymm_stat s0, s1, s2;
	long f0, f1, taken;
	char *p;

	s0 = mm_stat();
	p = mmap_alone(N * PAGE_SIZE, PROT_READ | PROT_WRITE, 0);
	s1 = mm_stat();
	if (!ktap_ok(p != MAP_FAILED, "mmap of %d anonymous pages", N))
		return;
	ktap_ok(s1.total_vm - s0.total_vm == N && s1.rss_anon == s0.rss_anon,
		"mmap adds %d pages to total_vm and none to rss_anon", N);

	f0 = minflt();
	touch_write(p, N, 1);
	f1 = minflt();
	s2 = mm_stat();
	taken = data_pages_taken(&s1, &s2);
	ktap_diag("write: %ld faults, rss_anon +%ld, %ld pages taken, "
		  "%ld page-table pages", f1 - f0, s2.rss_anon - s1.rss_anon,
		  taken, s2.nr_page_table_pages - s1.nr_page_table_pages);
	ktap_ok(f1 - f0 == N, "writing %d fresh pages: %d minor faults", N, N);
	ktap_ok(s2.min_flt - s1.min_flt == N,
		"tinymm_stat's min_flt agrees with getrusage");
	ktap_ok(s2.rss_anon - s1.rss_anon == N, "rss_anon +%d", N);
	ktap_ok(taken >= N && taken <= N + SLAB_SLACK,
		"%d pages left the free lists (besides page tables)", N);
	ktap_ok(pages_hold(p, 1), "written pages hold the data, zeros elsewhere");
	munmap(p, N * PAGE_SIZE);
}

static void read_then_write(void)
{
	struct tinymm_stat s1, s2, s3;
	long f0, f1, f2, f3;
	char *p;

	p = mmap_alone(N * PAGE_SIZE, PROT_READ | PROT_WRITE, 0);
	if (p == MAP_FAILED) {
		ktap_diag("mmap failed");
		return;
	}
	s1 = mm_stat();
	f0 = minflt();
	touch_read(p, N);
	f1 = minflt();
	s2 = mm_stat();
	ktap_diag("read: %ld faults, rss_anon +%ld, %ld pages taken",
		  f1 - f0, s2.rss_anon - s1.rss_anon, data_pages_taken(&s1, &s2));
	ktap_ok(f1 - f0 == N, "reading %d fresh pages: %d minor faults", N, N);
	ktap_ok(s2.rss_anon == s1.rss_anon,
		"reading maps the zero page: rss_anon unchanged");
	ktap_ok(data_pages_taken(&s1, &s2) <= SLAB_SLACK,
		"reading allocates no pages (only page tables)");
	ktap_ok(all_bytes(p, N * PAGE_SIZE, 0), "fresh pages read as zeros");

	s2 = mm_stat();
	f2 = minflt();
	touch_write(p, N, 2);
	f3 = minflt();
	s3 = mm_stat();
	ktap_diag("write after read: %ld faults, rss_anon +%ld, %ld pages taken",
		  f3 - f2, s3.rss_anon - s2.rss_anon, data_pages_taken(&s2, &s3));
	ktap_ok(f3 - f2 == N, "writing them: another %d faults (copy of the "
		"zero page)", N);
	ktap_ok(s3.rss_anon - s2.rss_anon == N &&
		data_pages_taken(&s2, &s3) >= N &&
		data_pages_taken(&s2, &s3) <= N + SLAB_SLACK,
		"each write allocated a private page: rss_anon +%d", N);
	ktap_ok(pages_hold(p, 2), "written pages hold the data, zeros elsewhere");
	munmap(p, N * PAGE_SIZE);
}

int main(void)
{
	ktap_plan(14);
	warm_up();
	write_first();
	read_then_write();
	return ktap_finish();
}
