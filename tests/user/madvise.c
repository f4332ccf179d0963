/*
 * madvise.c - MADV_DONTNEED: throw away the pages, keep the mapping.
 *
 * Teaches: madvise(MADV_DONTNEED) zaps the ptes of a range
 * (zap_page_range): private anonymous pages go straight back to the free
 * lists and leave RssAnon, but the VMA stays, so the next access is a plain
 * demand fault - a read maps the zero page, a write a fresh zeroed page.
 * Page tables are not freed (only munmap frees page tables). This is how
 * allocators like glibc's give memory back without unmapping it.
 * Linux counterpart: the MADV_DONTNEED parts of
 * tools/testing/selftests/mm/madv_populate.c and of cow.c; Linux's man
 * page madvise(2) promises "zero-fill-on-demand pages" afterwards.
 */
#include <errno.h>
#include <string.h>
#include <sys/mman.h>
#include <ktap.h>
#include <mmtest.h>

#define N	32

int main(void)
{
	struct tinymm_stat s0, s1, s2, s3;
	long f0, f1, freed;
	char *p;
	int r;

	ktap_plan(7);
	p = mmap_alone(N * PAGE_SIZE, PROT_READ | PROT_WRITE, 0);
	if (p == MAP_FAILED) {
		ktap_ok(false, "mmap: %s", strerror(errno));
		return ktap_finish();
	}
	prefault_stack();
	s0 = mm_stat();
	memset(p, 0x5a, N * PAGE_SIZE);
	s1 = mm_stat();

	r = madvise(p, N * PAGE_SIZE, MADV_DONTNEED);
	s2 = mm_stat();
	freed = s2.nr_free_pages - s1.nr_free_pages;
	ktap_diag("MADV_DONTNEED: nr_free_pages %+ld, rss_anon %+ld, "
		  "page tables %+ld, map_count %+ld", freed,
		  (long)(s2.rss_anon - s1.rss_anon),
		  (long)(s2.nr_page_table_pages - s1.nr_page_table_pages),
		  (long)(s2.map_count - s1.map_count));
	ktap_ok(r == 0 && s1.rss_anon - s2.rss_anon == N && s2.rss_anon ==
		s0.rss_anon, "madvise(MADV_DONTNEED): rss_anon -%d", N);
	ktap_ok(freed == N, "the %d pages are back on the free lists", N);
	ktap_ok(s2.nr_page_table_pages == s1.nr_page_table_pages &&
		s2.map_count == s1.map_count && s2.total_vm == s1.total_vm,
		"the mapping and its page tables stay");

	f0 = minflt();
	r = all_bytes(p, N * PAGE_SIZE, 0);
	f1 = minflt();
	s3 = mm_stat();
	ktap_ok(r, "the next read sees zeros, not the old data");
	ktap_ok(f1 - f0 == N && s3.rss_anon == s2.rss_anon,
		"reading refaults each page onto the zero page (%ld faults)",
		f1 - f0);

	/* Only the range asked for: drop the middle half of fresh data. */
	memset(p, 0x6b, N * PAGE_SIZE);
	r = madvise(p + N / 4 * PAGE_SIZE, N / 2 * PAGE_SIZE, MADV_DONTNEED);
	ktap_ok(r == 0 && all_bytes(p, N / 4 * PAGE_SIZE, 0x6b) &&
		all_bytes(p + N / 4 * PAGE_SIZE, N / 2 * PAGE_SIZE, 0) &&
		all_bytes(p + 3 * N / 4 * PAGE_SIZE, N / 4 * PAGE_SIZE, 0x6b),
		"MADV_DONTNEED on part of a mapping drops just that part");
	ktap_ok(madvise(p + 1, PAGE_SIZE, MADV_DONTNEED) == -1 &&
		errno == EINVAL, "an unaligned start is EINVAL");
	munmap(p, N * PAGE_SIZE);
	return ktap_finish();
}
