/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tests/host/bench/bench.h - the allocator-adapter interface of the host
 * benchmark: every allocator under test is a struct alloc_adapter, so the
 * driver (bench.c) runs the same workloads over tinymm's buddy allocator,
 * tinymm's kmalloc, glibc's malloc and a bitmap allocator in one run.
 *
 * Linux has no such thing: its allocators are benchmarked in a running
 * kernel (tools/testing/selftests/mm, lib/test_*); the in-kernel
 * counterpart here is tests/bench/ with tinymm/bench.c (`make bench`).
 *
 * This header uses plain C types only: bench.c and the libc/bitmap
 * adapters are ordinary host programs built without the kernel headers.
 */
#ifndef _TESTS_HOST_BENCH_H
#define _TESTS_HOST_BENCH_H

#include <stdbool.h>
#include <stddef.h>

#define BENCH_PAGE_SHIFT	12
#define BENCH_PAGE_SIZE		(1UL << BENCH_PAGE_SHIFT)

struct alloc_adapter {
	const char *name;
	const char *what;		/* one line for the legend */
	/*
	 * true: init() gets a NULL arena and brings its own memory (tinymm's
	 * host build allocates its "physical memory" in host_mem_init();
	 * glibc has its heap). false: the driver hands over an arena of
	 * @size bytes, aligned to 2 MiB so order-9 blocks can be aligned.
	 */
	bool own_arena;
	int (*init)(void *arena, size_t size);
	/* page blocks: 2^order pages, NULL when there is no room */
	void *(*alloc)(unsigned int order);
	void (*free)(void *p, unsigned int order);
	/* small objects (optional): NULL for page-only allocators */
	void *(*alloc_bytes)(size_t size);
	void (*free_bytes)(void *p, size_t size);
	/* pages free now (optional): checks each workload gave all back */
	long (*free_pages)(void);
	void (*exit)(void);
};

extern const struct alloc_adapter tinymm_buddy_adapter;
extern const struct alloc_adapter tinymm_nopcp_adapter;
extern const struct alloc_adapter tinymm_kmalloc_adapter;
extern const struct alloc_adapter glibc_malloc_adapter;
extern const struct alloc_adapter bitmap_first_fit_adapter;

/* ---- workloads (bench.c), also run by the self-check ---- */
enum bench_kind { BENCH_PAGES, BENCH_BYTES };

struct bench_workload {
	const char *name;
	const char *what;
	enum bench_kind kind;
	/*
	 * Run @iters operations; returns how many allocations failed.
	 * *ns gets the time of the timed part only (set-up and the final
	 * free-everything are outside it).
	 */
	unsigned long (*run)(const struct alloc_adapter *a, unsigned long iters,
			     unsigned int arg, double *ns);
	unsigned int arg;		/* order or size, for the loops */
};

extern const struct bench_workload bench_workloads[];
extern const unsigned int bench_nr_workloads;

/* ---- memory overhead of tinymm (adapter_tinymm.c) ---- */
#define BENCH_MAX_CACHES	24

struct bench_slab_cache {
	char name[24];
	unsigned long active_objs, num_objs, num_slabs;
	unsigned int object_size, size, objperslab, pagesperslab;
	unsigned long leftover;		/* per slab, bytes */
	unsigned long waste;		/* num_objs*size - active_objs*object_size */
};

struct bench_overhead {
	size_t sizeof_struct_page;
	unsigned long arena_pages;	/* RAM handed to the boot */
	unsigned long mem_map_pages;	/* struct pages in mem_map */
	unsigned long mem_map_bytes;
	unsigned long managed_pages;	/* what the buddy allocator got */
	/* the kmalloc caches after the fixed workload */
	int nr_caches;
	struct bench_slab_cache caches[BENCH_MAX_CACHES];
	unsigned long slab_bytes;	/* pages of all kmalloc slabs */
	unsigned long live_objects;	/* what the workload holds */
	unsigned long requested_bytes;	/* sum of the sizes it asked for */
	unsigned long rounded_bytes;	/* sum of ksize() of those */
};

/*
 * Boot tinymm on @arena_size bytes, run @steps steps of the obj_mixed
 * sequence over @slots slots through kmalloc (fixed seed, so the same
 * objects every time), measure, free, tear down. 0 or -errno.
 */
int tinymm_overhead(size_t arena_size, unsigned long slots,
		    unsigned long steps, struct bench_overhead *o);

/*
 * The mixed-size object workload without a clock: @steps steps over
 * @slots slots from the fixed seed; the caller frees what is left with
 * bench_objects_free_all(). The same sequence the timed "mixed" runs.
 */
struct bench_objects {
	unsigned long slots;
	void **ptr;
	size_t *size;
	unsigned long live, failed;
	unsigned long long rng;
};

int bench_objects_init(struct bench_objects *b, unsigned long slots);
void bench_objects_step(const struct alloc_adapter *a, struct bench_objects *b);
void bench_objects_free_all(const struct alloc_adapter *a,
			    struct bench_objects *b);
void bench_objects_exit(struct bench_objects *b);

#endif
