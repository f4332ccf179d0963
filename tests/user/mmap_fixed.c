/*
 * mmap_fixed.c - MAP_FIXED replaces whatever was mapped there, splitting
 * VMAs; munmap() of a middle part splits them too; equal neighbours merge.
 *
 * Teaches:
 *  - mmap(MAP_FIXED) over the middle of a mapping is an munmap() of that
 *    middle (__split_vma twice, the old pages freed) followed by a new VMA:
 *    one VMA becomes three, the outer thirds keep their data, the middle
 *    reads as fresh zeros;
 *  - munmap() of the middle leaves two VMAs and a hole that faults;
 *  - MAP_FIXED_NOREPLACE refuses to replace (EEXIST);
 *  - filling the hole with a mapping like its neighbours merges all three
 *    back into one VMA (vma_merge), as Linux does for anonymous memory.
 * The middle gets PROT_READ first so that it can't merge with its
 * neighbours: different vm_flags are what keep VMAs apart.
 * Linux counterpart: tools/testing/selftests/mm/map_fixed_noreplace.c
 * (which walks the same overlaps); VMA counts there come from
 * /proc/self/maps, here from tinymm_stat's map_count.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <ktap.h>
#include <mmtest.h>

#define K	4			/* pages per third */
#define THIRD	(K * PAGE_SIZE)

static char *mid;

static int touch_mid(void *unused)
{
	*(volatile char *)mid = 1;
	return 0;
}

static bool outer_kept(const char *p)
{
	return all_bytes(p, THIRD, 'a') && all_bytes(p + 2 * THIRD, THIRD, 'c');
}

int main(void)
{
	struct tinymm_stat s1, s2, s3, s4;
	char *p, *r;
	int st;

	ktap_plan(9);
	p = mmap_alone(3 * THIRD, PROT_READ | PROT_WRITE, 0);
	if (p == MAP_FAILED) {
		ktap_ok(false, "mmap: %s", strerror(errno));
		return ktap_finish();
	}
	memset(p, 'a', THIRD);
	memset(p + THIRD, 'b', THIRD);
	memset(p + 2 * THIRD, 'c', THIRD);
	mid = p + THIRD;
	s1 = mm_stat();

	r = mmap(mid, THIRD, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS |
		 MAP_FIXED, -1, 0);
	s2 = mm_stat();
	ktap_diag("MAP_FIXED: map_count %+ld, total_vm %+ld, rss_anon %+ld",
		  (long)(s2.map_count - s1.map_count),
		  (long)(s2.total_vm - s1.total_vm),
		  (long)(s2.rss_anon - s1.rss_anon));
	ktap_ok(r == mid, "MAP_FIXED maps exactly at the address asked for");
	ktap_ok(s2.map_count == s1.map_count + 2,
		"over the middle of one VMA: three VMAs (map_count +2)");
	ktap_ok(outer_kept(p) && all_bytes(mid, THIRD, 0),
		"the outer parts keep their data, the middle is fresh zeros");
	ktap_ok(s2.total_vm == s1.total_vm && s1.rss_anon - s2.rss_anon == K,
		"replaced, not added: total_vm unchanged, the old %d pages "
		"freed from rss_anon", K);

	r = mmap(mid, THIRD, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS |
		 MAP_FIXED_NOREPLACE, -1, 0);
	ktap_ok(r == MAP_FAILED && errno == EEXIST,
		"MAP_FIXED_NOREPLACE over a mapping fails with EEXIST");

	munmap(mid, THIRD);
	s3 = mm_stat();
	ktap_ok(s3.map_count == s1.map_count + 1 &&
		s3.total_vm == s1.total_vm - K && outer_kept(p),
		"munmap of the middle: two VMAs left, total_vm -%d, data kept",
		K);
	st = run_in_child(touch_mid, NULL);
	ktap_ok(st != -1 && WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV,
		"touching the hole: SIGSEGV (%s)", status_str(st));

	r = mmap(mid, THIRD, PROT_READ | PROT_WRITE, MAP_PRIVATE |
		 MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	s4 = mm_stat();
	ktap_ok(r == mid && s4.map_count == s1.map_count,
		"filling the hole like its neighbours merges them: one VMA "
		"(map_count %+ld)", (long)(s4.map_count - s1.map_count));
	memset(mid, 'b', THIRD);
	ktap_ok(outer_kept(p) && all_bytes(mid, THIRD, 'b'),
		"the merged VMA is usable end to end");
	munmap(p, 3 * THIRD);
	return ktap_finish();
}
