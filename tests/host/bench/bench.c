// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/bench/bench.c - the host benchmark: the workloads of `make
 * bench` (tests/bench/) timed in nanoseconds per operation over the
 * host build of mm/, and over other allocators through the same adapter
 * interface (bench.h), so one run shows what the buddy system, the per-CPU
 * lists and the slab caches buy against glibc's malloc and a first-fit
 * bitmap. Then the memory the bookkeeping costs: struct page and mem_map,
 * and the waste in kmalloc's slabs after a fixed workload.
 *
 *   make -f tests/host/Makefile host-bench && build/host/tinymm-host-bench
 *   python3 tools/bench.py --host
 *   build/host/tinymm-host-bench --help
 *
 * Linux counterpart: none on the host; in a kernel, lib/test_*.c and the
 * mm selftests time allocations. `make bench` (QEMU -icount) counts
 * instructions exactly; these are wall-clock figures of the host CPU, so
 * they vary by a few percent from run to run (the median of --runs runs
 * is printed). The work itself is fixed: loops, seeds and sequences are
 * the same on every run; only the number of iterations is chosen so a
 * run lasts at least --min-ms.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>
#include "bench.h"

#define ARENA_ALIGN		(2UL << 20)
#define MIXED_PAGE_SLOTS	4096
#define MIXED_OBJ_SLOTS		4096
#define MIXED_SEED		0x7465737473656564ULL	/* "testseed" */
#define OVERHEAD_STEPS		200000

static const struct alloc_adapter *const adapters[] = {
	&tinymm_buddy_adapter,
	&tinymm_nopcp_adapter,
	&tinymm_kmalloc_adapter,
	&bitmap_first_fit_adapter,
	&glibc_malloc_adapter,
};
#define NR_ADAPTERS	(sizeof(adapters) / sizeof(adapters[0]))

/* tinymm_host_tests_main: tests/host/host.c's main(), renamed by the Makefile */
int tinymm_host_tests_main(int argc, char **argv);

/* xorshift64*, as tests/host/mm_host.h hm_rand(): the same on every host */
static uint64_t bench_rand(unsigned long long *state)
{
	uint64_t x = *state;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	*state = x;
	return x * 0x2545F4914F6CDD1DULL;
}

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

/*
 * Write to the block as its user would: this also proves the pointer is
 * memory, and makes glibc pay for the pages it maps (tinymm's arena is
 * touched the same way).
 */
static inline void touch(void *p)
{
	*(volatile char *)p = 1;
}

/* ---- workloads ---- */

/* The loop of tests/bench/page_alloc_bench.c: one op = alloc + free. */
static unsigned long pages_loop(const struct alloc_adapter *a,
				unsigned long iters, unsigned int order,
				double *ns)
{
	unsigned long i, failed = 0;
	double t0 = now_ns();

	for (i = 0; i < iters; i++) {
		void *p = a->alloc(order);

		if (!p) {
			failed++;
			continue;
		}
		touch(p);
		a->free(p, order);
	}
	*ns = now_ns() - t0;
	return failed;
}

/* The loop of tests/bench/slab_bench.c: one op = kmalloc + kfree. */
static unsigned long bytes_loop(const struct alloc_adapter *a,
				unsigned long iters, unsigned int size,
				double *ns)
{
	unsigned long i, failed = 0;
	double t0 = now_ns();

	for (i = 0; i < iters; i++) {
		void *p = a->alloc_bytes(size);

		if (!p) {
			failed++;
			continue;
		}
		touch(p);
		a->free_bytes(p, size);
	}
	*ns = now_ns() - t0;
	return failed;
}

/*
 * Fragmentation: MIXED_PAGE_SLOTS slots, each step picks one at random;
 * a full slot is freed, an empty one gets a block of a random order
 * (mostly small, as a kernel's requests are). Blocks of every size end
 * up interleaved, so a free block's buddy is often busy, and a first-fit
 * search has holes to walk past. One op = one step (an alloc or a free).
 * The first 4 * slots steps fill the arena to its steady state, untimed.
 */
static unsigned int mixed_order(uint64_t r)
{
	static const unsigned char pct[] = { 50, 70, 82, 92, 97, 99, 100 };
	unsigned int order = 0, x = r % 100;

	while (x >= pct[order])
		order++;
	return order;	/* 0..6: 50% order 0 ... 1% order 6 */
}

static unsigned long pages_mixed(const struct alloc_adapter *a,
				 unsigned long iters, unsigned int unused,
				 double *ns)
{
	unsigned long long rng = MIXED_SEED;
	unsigned long i, n, failed = 0, warm = 4 * MIXED_PAGE_SLOTS;
	void **ptr = calloc(MIXED_PAGE_SLOTS, sizeof(*ptr));
	unsigned char *ord = calloc(MIXED_PAGE_SLOTS, 1);
	double t0 = 0;

	if (!ptr || !ord)
		abort();
	for (n = 0; n < warm + iters; n++) {
		uint64_t r = bench_rand(&rng);

		if (n == warm)
			t0 = now_ns();
		i = (r >> 32) % MIXED_PAGE_SLOTS;
		if (ptr[i]) {
			a->free(ptr[i], ord[i]);
			ptr[i] = NULL;
			continue;
		}
		ord[i] = mixed_order(r);
		ptr[i] = a->alloc(ord[i]);
		if (ptr[i])
			touch(ptr[i]);
		else if (n >= warm)
			failed++;
	}
	*ns = now_ns() - t0;
	for (i = 0; i < MIXED_PAGE_SLOTS; i++)
		if (ptr[i])
			a->free(ptr[i], ord[i]);
	free(ptr);
	free(ord);
	return failed;
}

/* ---- the mixed-size object workload (also the slab-waste workload) ---- */

int bench_objects_init(struct bench_objects *b, unsigned long slots)
{
	b->slots = slots;
	b->ptr = calloc(slots, sizeof(*b->ptr));
	b->size = calloc(slots, sizeof(*b->size));
	b->live = b->failed = 0;
	b->rng = MIXED_SEED;
	return b->ptr && b->size ? 0 : -ENOMEM;
}

/*
 * Sizes log-uniform over 8..4096 and anywhere inside their power of two
 * (8 << k, halved, plus a random part), so kmalloc's rounding up to its
 * size classes shows in the waste figures.
 */
void bench_objects_step(const struct alloc_adapter *a, struct bench_objects *b)
{
	uint64_t r = bench_rand(&b->rng);
	unsigned long i = (r >> 32) % b->slots;
	size_t top;

	if (b->ptr[i]) {
		a->free_bytes(b->ptr[i], b->size[i]);
		b->ptr[i] = NULL;
		b->live--;
		return;
	}
	top = (size_t)8 << (r % 10);
	b->size[i] = top / 2 + 1 + (r >> 8) % (top / 2);
	b->ptr[i] = a->alloc_bytes(b->size[i]);
	if (!b->ptr[i]) {
		b->failed++;
		return;
	}
	touch(b->ptr[i]);
	b->live++;
}

void bench_objects_free_all(const struct alloc_adapter *a,
			    struct bench_objects *b)
{
	unsigned long i;

	for (i = 0; i < b->slots; i++)
		if (b->ptr[i]) {
			a->free_bytes(b->ptr[i], b->size[i]);
			b->ptr[i] = NULL;
		}
	b->live = 0;
}

void bench_objects_exit(struct bench_objects *b)
{
	free(b->ptr);
	free(b->size);
}

static unsigned long bytes_mixed(const struct alloc_adapter *a,
				 unsigned long iters, unsigned int unused,
				 double *ns)
{
	struct bench_objects b;
	unsigned long n, failed;
	double t0;

	if (bench_objects_init(&b, MIXED_OBJ_SLOTS))
		abort();
	for (n = 0; n < 4 * MIXED_OBJ_SLOTS; n++)
		bench_objects_step(a, &b);
	failed = b.failed;
	t0 = now_ns();
	for (n = 0; n < iters; n++)
		bench_objects_step(a, &b);
	*ns = now_ns() - t0;
	failed = b.failed - failed;
	bench_objects_free_all(a, &b);
	bench_objects_exit(&b);
	return failed;
}

const struct bench_workload bench_workloads[] = {
	{ "order0", "order-0 alloc+free loop", BENCH_PAGES, pages_loop, 0 },
	{ "order3", "order-3 alloc+free loop", BENCH_PAGES, pages_loop, 3 },
	{ "order9", "order-9 alloc+free loop", BENCH_PAGES, pages_loop, 9 },
	{ "mixed", "orders 0-6 at random, up to 4096 live (one op = one step)",
	  BENCH_PAGES, pages_mixed, 0 },
	{ "obj8", "8-byte alloc+free loop", BENCH_BYTES, bytes_loop, 8 },
	{ "obj64", "64-byte alloc+free loop", BENCH_BYTES, bytes_loop, 64 },
	{ "obj256", "256-byte alloc+free loop", BENCH_BYTES, bytes_loop, 256 },
	{ "obj4096", "4096-byte alloc+free loop", BENCH_BYTES, bytes_loop, 4096 },
	{ "obj_mixed", "5..4096 bytes at random, up to 4096 live (one op = one step)",
	  BENCH_BYTES, bytes_mixed, 0 },
};
const unsigned int bench_nr_workloads =
	sizeof(bench_workloads) / sizeof(bench_workloads[0]);

static bool adapter_runs(const struct alloc_adapter *a,
			 const struct bench_workload *w)
{
	return w->kind == BENCH_PAGES ? a->alloc != NULL : a->alloc_bytes != NULL;
}

/* ---- options ---- */
static struct {
	double min_ms;
	int runs;
	size_t arena_mb;
	const char *adapter, *workload;
	bool verbose, overhead;
} opt = { 100, 3, 128, NULL, NULL, false, true };

static void usage(FILE *f)
{
	unsigned int i;

	fprintf(f,
"usage: tinymm-host-bench [options]\n"
"  --min-ms N     each timed run lasts at least N ms (default 100)\n"
"  --runs N       timed runs per figure; the median is printed (default 3)\n"
"  --arena-mb N   \"RAM\" for the page allocators (default 128)\n"
"  --adapter A    only adapters whose name contains A\n"
"  --workload W   only workloads whose name contains W\n"
"  --no-overhead  skip the memory-overhead report\n"
"  --verbose      show tinymm's boot log\n"
"  --check        run the self-check (KUnit suite host_bench) and exit\n"
"adapters:\n");
	for (i = 0; i < NR_ADAPTERS; i++)
		fprintf(f, "  %-18s %s\n", adapters[i]->name, adapters[i]->what);
	fprintf(f, "workloads:\n");
	for (i = 0; i < bench_nr_workloads; i++)
		fprintf(f, "  %-18s %s\n", bench_workloads[i].name,
			bench_workloads[i].what);
}

static void parse_args(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc; i++) {
		const char *arg = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(arg, "--min-ms") && val)
			opt.min_ms = atof(argv[++i]);
		else if (!strcmp(arg, "--runs") && val)
			opt.runs = atoi(argv[++i]);
		else if (!strcmp(arg, "--arena-mb") && val)
			opt.arena_mb = strtoul(argv[++i], NULL, 0);
		else if (!strcmp(arg, "--adapter") && val)
			opt.adapter = argv[++i];
		else if (!strcmp(arg, "--workload") && val)
			opt.workload = argv[++i];
		else if (!strcmp(arg, "--no-overhead"))
			opt.overhead = false;
		else if (!strcmp(arg, "--verbose"))
			opt.verbose = true;
		else if (!strcmp(arg, "--help") || !strcmp(arg, "-h")) {
			usage(stdout);
			exit(0);
		} else {
			usage(stderr);
			exit(2);
		}
	}
	if (opt.runs < 1 || opt.arena_mb < 16 || opt.min_ms < 0) {
		fprintf(stderr, "bench: bad --runs, --arena-mb or --min-ms\n");
		exit(2);
	}
}

/*
 * tinymm's boot log goes to stdout (tests/host/host.c vprintk); keep it
 * out of the table unless --verbose. Reports during the timed runs
 * (bad page, WARN) still show: those are bugs.
 */
static int saved_stdout = -1;

static void quiet_begin(void)
{
	int null;

	if (opt.verbose)
		return;
	fflush(stdout);
	null = open("/dev/null", O_WRONLY);
	saved_stdout = dup(STDOUT_FILENO);
	if (null < 0 || saved_stdout < 0)
		return;
	dup2(null, STDOUT_FILENO);
	close(null);
}

static void quiet_end(void)
{
	if (saved_stdout < 0)
		return;
	fflush(stdout);
	dup2(saved_stdout, STDOUT_FILENO);
	close(saved_stdout);
	saved_stdout = -1;
}

/* ---- timing ---- */

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

struct result {
	bool done;		/* the adapter ran this workload */
	bool failed;		/* every allocation failed */
	bool leaked;		/* free pages differ after the workload */
	double ns_per_op;	/* median */
	double spread;		/* (max - min) / median, in % */
	unsigned long iters, failures;
};

/*
 * Double the iterations until one run lasts --min-ms (that run is the
 * first sample), then --runs - 1 more runs of as many; the median of
 * them all. Iteration counts are 1024 * 2^k: the same on a machine of
 * the same speed, and the same sequence of operations in any case.
 */
static void measure(const struct alloc_adapter *a,
		    const struct bench_workload *w, struct result *res)
{
	double samples[64], ns;
	unsigned long iters = 1024, failed;
	int runs = opt.runs < 64 ? opt.runs : 64, i;

	for (;;) {
		failed = w->run(a, iters, w->arg, &ns);
		if (failed == iters && w->run != pages_mixed && w->run != bytes_mixed) {
			res->failed = true;
			res->done = true;
			return;
		}
		if (ns >= opt.min_ms * 1e6 || iters >= (1UL << 40))
			break;
		iters *= ns * 8 < opt.min_ms * 1e6 ? 8 : 2;
	}
	samples[0] = ns / iters;
	res->failures = failed;
	for (i = 1; i < runs; i++) {
		res->failures += w->run(a, iters, w->arg, &ns);
		samples[i] = ns / iters;
	}
	qsort(samples, runs, sizeof(samples[0]), cmp_double);
	res->ns_per_op = samples[runs / 2];
	res->spread = (samples[runs - 1] - samples[0]) * 100 / res->ns_per_op;
	res->iters = iters;
	res->done = true;
}

/* "tinymm-buddy" -> "tinymm_buddy", for the bench: line names */
static const char *line_name(const char *name)
{
	static char buf[64];
	size_t i;

	for (i = 0; name[i] && i < sizeof(buf) - 1; i++)
		buf[i] = name[i] == '-' ? '_' : name[i];
	buf[i] = '\0';
	return buf;
}

#define MAX_WORKLOADS	16
static struct result results[NR_ADAPTERS][MAX_WORKLOADS];

static bool selected(const char *name, const char *filter)
{
	return !filter || strstr(name, filter);
}

static void run_adapter(unsigned int ai, size_t arena_size)
{
	const struct alloc_adapter *a = adapters[ai];
	void *arena = NULL;
	unsigned int wi;
	long before;
	int ret;

	if (!a->own_arena) {
		arena = aligned_alloc(ARENA_ALIGN, arena_size);
		if (!arena) {
			fprintf(stderr, "bench: no memory for a %zu MiB arena\n",
				arena_size >> 20);
			exit(1);
		}
		memset(arena, 0, arena_size);	/* fault it in now */
	}
	quiet_begin();
	ret = a->init(arena, arena_size);
	quiet_end();
	if (ret) {
		fprintf(stderr, "bench: %s: init failed (%d)\n", a->name, ret);
		free(arena);
		return;
	}
	for (wi = 0; wi < bench_nr_workloads; wi++) {
		const struct bench_workload *w = &bench_workloads[wi];
		struct result *res = &results[ai][wi];

		if (!adapter_runs(a, w) || !selected(w->name, opt.workload))
			continue;
		fprintf(stderr, "host-bench: %s %s ...\n", a->name, w->name);
		before = a->free_pages ? a->free_pages() : 0;
		measure(a, w, res);
		if (a->free_pages && a->free_pages() != before) {
			res->leaked = true;
			fprintf(stderr, "bench: %s %s: %ld pages free before, %ld after\n",
				a->name, w->name, before, a->free_pages());
		}
	}
	quiet_begin();
	a->exit();
	quiet_end();
	free(arena);
}

static void print_table(void)
{
	unsigned int ai, wi;

	printf("\nhost benchmark: ns per operation (median of %d runs of >= %.0f ms; "
	       "arena %zu MiB)\n\n", opt.runs, opt.min_ms, opt.arena_mb);
	printf("%-14s", "workload");
	for (ai = 0; ai < NR_ADAPTERS; ai++)
		printf(" %16s", adapters[ai]->name);
	printf("\n");
	for (wi = 0; wi < bench_nr_workloads; wi++) {
		bool any = false;

		for (ai = 0; ai < NR_ADAPTERS; ai++)
			any |= results[ai][wi].done;
		if (!any)
			continue;
		printf("%-14s", bench_workloads[wi].name);
		for (ai = 0; ai < NR_ADAPTERS; ai++) {
			struct result *r = &results[ai][wi];

			if (!r->done)
				printf(" %13s   ", "-");
			else if (r->failed)
				printf(" %13s   ", "fails");
			else
				printf(" %13.1f%s", r->ns_per_op,
				       r->leaked ? " L!" : r->failures ? " f " : "   ");
		}
		printf("\n");
	}
	printf("\n");
	for (ai = 0; ai < NR_ADAPTERS; ai++)
		printf("  %-17s %s\n", adapters[ai]->name, adapters[ai]->what);
	printf("\n(f: some allocations failed, counted in the time; L!: pages "
	       "missing after the workload; spread = (max - min) / median)\n");
	for (ai = 0; ai < NR_ADAPTERS; ai++)
		for (wi = 0; wi < bench_nr_workloads; wi++) {
			struct result *r = &results[ai][wi];

			if (r->done && !r->failed && r->failures)
				printf("  %s %s: %lu allocations failed in %d runs of %lu ops\n",
				       adapters[ai]->name, bench_workloads[wi].name,
				       r->failures, opt.runs, r->iters);
		}
	printf("\n");
	for (ai = 0; ai < NR_ADAPTERS; ai++)
		for (wi = 0; wi < bench_nr_workloads; wi++) {
			struct result *r = &results[ai][wi];

			if (r->done && !r->failed)
				printf("bench: host_%s_%s %.2f ns/op\n",
				       line_name(adapters[ai]->name),
				       bench_workloads[wi].name, r->ns_per_op);
		}
	for (ai = 0; ai < NR_ADAPTERS; ai++)
		for (wi = 0; wi < bench_nr_workloads; wi++) {
			struct result *r = &results[ai][wi];

			if (r->done && !r->failed)
				printf("# %s %s: %lu ops per run, spread %.1f%%\n",
				       adapters[ai]->name, bench_workloads[wi].name,
				       r->iters, r->spread);
		}
}

/* ---- memory overhead ---- */

static void print_overhead(size_t arena_size)
{
	struct bench_overhead o;
	unsigned long waste = 0, leftover = 0;
	double arena_bytes = arena_size;
	int i, ret;

	memset(&o, 0, sizeof(o));
	quiet_begin();
	ret = tinymm_overhead(arena_size, MIXED_OBJ_SLOTS, OVERHEAD_STEPS, &o);
	quiet_end();
	if (ret) {
		fprintf(stderr, "bench: memory overhead: boot failed (%d)\n", ret);
		return;
	}
	printf("\nmemory overhead (tinymm booted on %zu MiB)\n\n", arena_size >> 20);
	printf("  sizeof(struct page)    %zu bytes per %lu-byte page: %.3f%% of RAM\n",
	       o.sizeof_struct_page, BENCH_PAGE_SIZE,
	       o.sizeof_struct_page * 100.0 / BENCH_PAGE_SIZE);
	printf("  mem_map                %lu struct pages, %lu bytes = %.3f%% of "
	       "the %lu pages handed over\n", o.mem_map_pages, o.mem_map_bytes,
	       o.mem_map_bytes * 100.0 / arena_bytes, o.arena_pages);
	printf("  managed by the buddy   %lu pages (%lu kept by boot: mem_map, "
	       "node data, memblock)\n", o.managed_pages,
	       o.arena_pages - o.managed_pages);
	printf("  bitmap-first-fit       1 bit per page: %.4f%% of RAM\n",
	       100.0 / (8 * BENCH_PAGE_SIZE));
	printf("\n  kmalloc caches after %d steps of obj_mixed (%lu objects "
	       "live, %lu bytes asked for):\n\n", OVERHEAD_STEPS, o.live_objects,
	       o.requested_bytes);
	printf("  %-16s %7s %5s %6s %5s %8s %8s %6s %9s %9s\n", "cache", "objsize",
	       "size", "objper", "pages", "active", "num", "slabs", "leftover",
	       "waste");
	for (i = 0; i < o.nr_caches; i++) {
		struct bench_slab_cache *c = &o.caches[i];

		printf("  %-16s %7u %5u %6u %5u %8lu %8lu %6lu %9lu %9lu\n",
		       c->name, c->object_size, c->size, c->objperslab,
		       c->pagesperslab, c->active_objs, c->num_objs, c->num_slabs,
		       c->leftover * c->num_slabs, c->waste);
		waste += c->waste;
		leftover += c->leftover * c->num_slabs;
	}
	printf("\n  waste = num_objs * size - active_objs * objsize (free "
	       "objects on the slabs and padding;\n  objects in the per-CPU "
	       "arrays count as active, as in slabinfo); leftover = bytes per\n"
	       "  slab no object fits in (used for colouring), times slabs\n\n");
	printf("  slab pages %lu bytes; asked for %lu, rounded up to the size "
	       "classes %lu (+%.1f%%)\n", o.slab_bytes, o.requested_bytes,
	       o.rounded_bytes,
	       o.requested_bytes ? (o.rounded_bytes - o.requested_bytes) * 100.0 /
	       o.requested_bytes : 0);
	printf("\n");
	printf("bench: sizeof_struct_page %zu bytes\n", o.sizeof_struct_page);
	printf("bench: memmap_share %.3f %%\n",
	       o.sizeof_struct_page * 100.0 / BENCH_PAGE_SIZE);
	printf("bench: memmap_bytes %lu bytes\n", o.mem_map_bytes);
	printf("bench: memmap_arena_share %.3f %%\n",
	       o.mem_map_bytes * 100.0 / arena_bytes);
	printf("bench: boot_reserved_pages %lu pages\n",
	       o.arena_pages - o.managed_pages);
	printf("bench: bitmap_share %.4f %%\n", 100.0 / (8 * BENCH_PAGE_SIZE));
	printf("bench: slab_waste_kmalloc %lu bytes\n", waste);
	printf("bench: slab_leftover_kmalloc %lu bytes\n", leftover);
	printf("bench: kmalloc_rounding %lu bytes\n",
	       o.rounded_bytes - o.requested_bytes);
	printf("bench: slab_bytes_kmalloc %lu bytes\n", o.slab_bytes);
	printf("bench: slab_efficiency_kmalloc %.2f %%\n",
	       o.slab_bytes ? o.requested_bytes * 100.0 / o.slab_bytes : 0);
}

int main(int argc, char **argv)
{
	size_t arena_size;
	unsigned int ai;

	if (argc > 1 && !strcmp(argv[1], "--check")) {
		char *targv[] = { argv[0], "host_bench", NULL };

		return tinymm_host_tests_main(2, targv);
	}
	parse_args(argc, argv);
	if (bench_nr_workloads > MAX_WORKLOADS)
		abort();
	setvbuf(stdout, NULL, _IOLBF, 0);
	arena_size = opt.arena_mb << 20;
	for (ai = 0; ai < NR_ADAPTERS; ai++)
		if (selected(adapters[ai]->name, opt.adapter))
			run_adapter(ai, arena_size);
	print_table();
	if (opt.overhead)
		print_overhead(arena_size);
	printf("bench: done\n");
	return 0;
}
