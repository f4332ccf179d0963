/*
 * munmap_exit.c - memory goes back: munmap() and exit() return every page
 * and every page-table page they no longer need.
 *
 * Teaches:
 *  - munmap() zaps the ptes (each page back to the free lists, via the
 *    mmu_gather batch) and then frees the page-table pages that mapped
 *    nothing else (free_pgtables): nr_free_pages and nr_page_table_pages
 *    come back to exactly where they were;
 *  - exit() does the same for a whole address space (exit_mmap), whether
 *    the process returned from main(), died of a signal, or held pages it
 *    shared copy-on-write with its parent;
 *  - so does execve(): the old address space is dropped whole (exec_mmap
 *    -> mmput) and the new program starts from a fresh one.
 * Warm-up rounds run each step once before measuring, so that slab caches
 * already have the pages their objects (VMAs, tasks, mms) come from; the
 * program and its children stay on one CPU, so that no other CPU's slab
 * arrays keep objects a child freed there.
 * Linux has no selftest that checks this exactly; the kernel side of this
 * test (tests/kernel/user_kunit.c) checks it once more for the whole run.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <ktap.h>
#include <mmtest.h>

#define N	64

static char *shared;

static void report(const char *what, struct tinymm_stat *a,
		   struct tinymm_stat *b)
{
	ktap_diag("%s: nr_free_pages %+ld, nr_page_table_pages %+ld, "
		  "rss_anon %+ld, map_count %+ld", what,
		  (long)(b->nr_free_pages - a->nr_free_pages),
		  (long)(b->nr_page_table_pages - a->nr_page_table_pages),
		  (long)(b->rss_anon - a->rss_anon),
		  (long)(b->map_count - a->map_count));
}

static int map_touch_unmap(bool unmap)
{
	char *p = mmap_alone(N * PAGE_SIZE, PROT_READ | PROT_WRITE, 0);

	if (p == MAP_FAILED)
		return 1;
	touch_write(p, N, 0x5a);
	if (unmap && munmap(p, N * PAGE_SIZE))
		return 1;
	return 0;
}

static void munmap_returns_everything(void)
{
	struct tinymm_stat s0, s1, s2;
	char *p;

	map_touch_unmap(true);			/* warm up */
	prefault_stack();
	s0 = mm_stat();
	p = mmap_alone(N * PAGE_SIZE, PROT_READ | PROT_WRITE, 0);
	if (p != MAP_FAILED)
		touch_write(p, N, 0x5a);
	s1 = mm_stat();
	report("mmap + touch", &s0, &s1);
	ktap_ok(p != MAP_FAILED && s1.rss_anon - s0.rss_anon == N &&
		s1.nr_page_table_pages > s0.nr_page_table_pages,
		"touching %d pages: rss_anon +%d, a page-table page more", N, N);
	if (p == MAP_FAILED || munmap(p, N * PAGE_SIZE))
		ktap_diag("munmap: %s", strerror(errno));
	s2 = mm_stat();
	report("munmap", &s0, &s2);
	ktap_ok(s2.nr_free_pages == s0.nr_free_pages,
		"munmap gives back every page: nr_free_pages as before");
	ktap_ok(s2.nr_page_table_pages == s0.nr_page_table_pages,
		"and the page-table pages: nr_page_table_pages as before");
	ktap_ok(s2.rss_anon == s0.rss_anon && s2.map_count == s0.map_count &&
		s2.total_vm == s0.total_vm,
		"rss_anon, map_count and total_vm as before");
}

static int child_maps_and_exits(void *unused)
{
	return map_touch_unmap(false);
}

static int *volatile nowhere;		/* NULL, hidden from the compiler */

static int child_maps_and_crashes(void *unused)
{
	map_touch_unmap(false);
	*nowhere = 1;			/* SIGSEGV */
	return 0;
}

/* Writes half of the parent's pages (copies), reads the rest (shared). */
static int child_cow_and_exits(void *unused)
{
	touch_write(shared, N / 2, 0x77);
	touch_read(shared + N / 2 * PAGE_SIZE, N / 2);
	return 0;
}

/* Swap the address space for a fresh copy of this program, which exits. */
static int child_maps_and_execs(void *unused)
{
	char *argv[] = { "munmap_exit", "exit-now", NULL };

	map_touch_unmap(false);
	execve("/bin/munmap_exit", argv, environ);
	return 1;
}

static void exit_returns_everything(const char *what, int (*fn)(void *),
				    int want)
{
	struct tinymm_stat s0, s1;
	int st;

	run_in_child(fn, NULL);			/* warm up */
	prefault_stack();
	s0 = mm_stat();
	st = run_in_child(fn, NULL);
	s1 = mm_stat();
	report(what, &s0, &s1);
	ktap_ok(st == want && s1.nr_free_pages == s0.nr_free_pages &&
		s1.nr_page_table_pages == s0.nr_page_table_pages,
		"%s (%s): nr_free_pages and nr_page_table_pages as before",
		what, status_str(st));
}

int main(int argc, char **argv)
{
	char *none[] = { "none", NULL };

	if (argc > 1 && !strcmp(argv[1], "exit-now"))
		return 42;		/* run by child_maps_and_execs() */
	ktap_plan(10);
	pin_to_this_cpu();
	munmap_returns_everything();

	exit_returns_everything("child maps, touches and exits",
				child_maps_and_exits, 0);
	exit_returns_everything("child maps, touches and dies of SIGSEGV",
				child_maps_and_crashes, SIGSEGV);
	exit_returns_everything("child maps, touches and execs a program "
				"that exits 42", child_maps_and_execs, 42 << 8);
	ktap_ok(execve("/bin/no-such-program", none, environ) == -1 &&
		errno == ENOENT, "execve of a missing file fails with ENOENT, "
		"and the caller goes on");

	shared = mmap_alone(N * PAGE_SIZE, PROT_READ | PROT_WRITE, 0);
	if (shared == MAP_FAILED) {
		ktap_ok(false, "mmap: %s", strerror(errno));
		return ktap_finish();
	}
	touch_write(shared, N, 0x11);
	exit_returns_everything("child copies half of the parent's pages and "
				"exits", child_cow_and_exits, 0);
	ktap_ok(all_bytes(shared, 1, 0x11) &&
		all_bytes(shared + (N - 1) * PAGE_SIZE, 1, 0x11),
		"the parent's pages are untouched by the child's exit");
	munmap(shared, N * PAGE_SIZE);
	return ktap_finish();
}
