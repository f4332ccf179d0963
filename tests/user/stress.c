/*
 * stress.c - four processes doing random mmap/munmap/touch/fork, checking
 * every byte they ever wrote; afterwards every page is back.
 *
 * Usage: stress [total-ops [seed]]      (default 100000 operations, seed 1)
 *
 * Teaches: the mechanisms of the other tests - demand paging, zero page,
 * copy-on-write, VMA split on partial munmap, exit - composed at random,
 * with several address spaces alive at once and the scheduler switching
 * between them. Each worker keeps up to 8 regions of 1..16 pages; every
 * page it wrote holds a pattern derived from (region tag, page), every page
 * it didn't must read as zero. A forked child checks all of it, writes its
 * own patterns (which the parent must never see), checks again and exits.
 * At the end the parent checks that nr_free_pages came back - up to slab
 * pages the kernel caches keep; the kernel case around this program
 * (tests/kernel/user_kunit.c) drains those and checks exactly.
 * Same seed, same run: a failure can be replayed with the printed seed.
 * Linux counterpart: in the spirit of tools/testing/selftests/mm/ stress
 * tests and LTP's mm stress (mtest*), scaled down to run under QEMU in
 * seconds.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <ktap.h>
#include <mmtest.h>

#define WORKERS		4
#define MAXR		8		/* regions per worker */
#define MAXP		16		/* pages per region */
#define STAT_SLACK	16		/* slab pages cached, per CPU */

struct region {
	char *addr;			/* NULL: slot unused */
	int npages;
	unsigned int written;		/* bit i: page i holds the pattern */
	unsigned long tag;
};

static struct region reg[MAXR];
static long errors, forks;

static unsigned long pattern(struct region *r, int i)
{
	return (r->tag * 0x9e3779b97f4a7c15UL) ^ (unsigned long)i;
}

static void error(struct region *r, int i, const char *what)
{
	if (++errors <= 5)
		ktap_diag("pid %d: region %p page %d: %s", getpid(),
			  (void *)r->addr, i, what);
}

/* First and last word of the page: pattern and its complement. */
static void write_page(struct region *r, int i)
{
	unsigned long *w = (unsigned long *)(r->addr + i * PAGE_SIZE);

	w[0] = pattern(r, i);
	w[PAGE_SIZE / sizeof(long) - 1] = ~pattern(r, i);
	r->written |= 1U << i;
}

static void check_page(struct region *r, int i)
{
	unsigned long *w = (unsigned long *)(r->addr + i * PAGE_SIZE);
	unsigned long first = w[0], last = w[PAGE_SIZE / sizeof(long) - 1];

	if (r->written & (1U << i)) {
		if (first != pattern(r, i) || last != ~pattern(r, i))
			error(r, i, "lost its data");
	} else if (first || last) {
		error(r, i, "never written, yet not zero");
	}
}

static void check_all(void)
{
	int k, i;

	for (k = 0; k < MAXR; k++)
		for (i = 0; reg[k].addr && i < reg[k].npages; i++)
			check_page(&reg[k], i);
}

static struct region *pick(void)
{
	int k, start = rand() % MAXR;

	for (k = 0; k < MAXR; k++)
		if (reg[(start + k) % MAXR].addr)
			return &reg[(start + k) % MAXR];
	return NULL;
}

static void op_map(void)
{
	struct region *r = NULL;
	int k;

	for (k = 0; k < MAXR && !r; k++)
		if (!reg[k].addr)
			r = &reg[k];
	if (!r)
		return;
	r->npages = 1 + rand() % MAXP;
	r->addr = mmap(NULL, r->npages * PAGE_SIZE, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (r->addr == MAP_FAILED) {
		r->addr = NULL;
		error(r, 0, strerror(errno));
	}
	r->written = 0;
	r->tag = rand();
}

/* Whole region, or (a third of the time) just its tail: a VMA split. */
static void op_unmap(struct region *r)
{
	int keep = r->npages > 1 && rand() % 3 == 0 ? 1 + rand() %
		   (r->npages - 1) : 0;

	if (munmap(r->addr + keep * PAGE_SIZE,
		   (r->npages - keep) * PAGE_SIZE))
		error(r, keep, strerror(errno));
	r->npages = keep;
	r->written &= (1U << keep) - 1;
	if (!keep)
		r->addr = NULL;
}

/* The child changes every region's tag and rewrites what was written. */
static void op_fork(void)
{
	int k, i, st;
	pid_t pid = fork();

	if (pid < 0) {
		error(reg, 0, "fork failed");
		return;
	}
	if (pid == 0) {
		errors = 0;
		check_all();
		for (k = 0; k < MAXR; k++) {
			reg[k].tag = ~reg[k].tag;
			for (i = 0; reg[k].addr && i < reg[k].npages; i++)
				if (reg[k].written & (1U << i) || rand() % 4 == 0)
					write_page(&reg[k], i);
		}
		check_all();
		_exit(errors ? 1 : 0);
	}
	forks++;
	if (waitpid(pid, &st, 0) != pid || st != 0)
		error(reg, 0, "the forked child found errors");
	check_all();			/* the child's writes stayed there */
}

static int worker(long ops, bool report)
{
	struct region *r;
	long n;
	int k, op;

	for (n = 0; n < ops; n++) {
		op = rand() % 100;
		r = pick();
		if (op < 10 || !r)
			op_map();
		else if (op < 18)
			op_unmap(r);
		else if (op < 55)
			write_page(r, rand() % r->npages);
		else if (op < 99)
			check_page(r, rand() % r->npages);
		else
			op_fork();
	}
	check_all();
	for (k = 0; k < MAXR; k++)
		if (reg[k].addr)
			munmap(reg[k].addr, reg[k].npages * PAGE_SIZE);
	if (report)
		ktap_diag("worker %d: %ld operations, %ld forks, %ld errors",
			  getpid(), ops, forks, errors);
	return errors ? 1 : 0;
}

/* Run WORKERS workers at once; returns how many exited cleanly. */
static int run_workers(long total, unsigned int seed, bool report)
{
	pid_t pid[WORKERS];
	int w, st, clean = 0;

	for (w = 0; w < WORKERS; w++) {
		pid[w] = fork();
		if (pid[w] == 0) {
			srand(seed * WORKERS + w);
			_exit(worker(total / WORKERS +
				     (w == 0 ? total % WORKERS : 0), report));
		}
	}
	for (w = 0; w < WORKERS; w++) {
		st = -1;
		if (pid[w] > 0)
			waitpid(pid[w], &st, 0);
		if (report)
			ktap_ok(st == 0, "worker %d: all data as written (%s)",
				w, status_str(st));
		clean += st == 0;
	}
	return clean;
}

int main(int argc, char **argv)
{
	long total = argc > 1 ? atol(argv[1]) : 100000;
	unsigned int seed = argc > 2 ? (unsigned int)atol(argv[2]) : 1;
	struct tinymm_stat s0, s1;
	long delta, slack = STAT_SLACK * nr_cpus_allowed();

	ktap_plan(WORKERS + 1);
	ktap_diag("%ld operations in %d processes, seed %u", total, WORKERS,
		  seed);
	run_workers(WORKERS * 50, seed + 1000, false);	/* warm up the caches */
	prefault_stack();
	s0 = mm_stat();
	run_workers(total, seed, true);
	s1 = mm_stat();
	delta = (long)(s1.nr_free_pages - s0.nr_free_pages);
	ktap_diag("nr_free_pages %+ld, nr_page_table_pages %+ld", delta,
		  (long)(s1.nr_page_table_pages - s0.nr_page_table_pages));
	/* each CPU's slab arrays may keep what the workers freed there */
	ktap_ok(delta <= slack && delta >= -slack &&
		s1.nr_page_table_pages == s0.nr_page_table_pages,
		"all workers gone: nr_free_pages back (up to %ld cached slab "
		"pages), page tables all freed", slack);
	return ktap_finish();
}
