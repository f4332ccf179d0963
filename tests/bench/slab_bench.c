// SPDX-License-Identifier: GPL-2.0
/*
 * tests/bench/slab_bench.c - what a kmalloc and a kfree cost, in
 * instructions: the per-CPU array fast path (an alloc+free pair never
 * leaves it), by size, through a kmem_cache of its own, and a
 * kmalloc_large that goes to the page allocator every time.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <tinymm/bench.h>

static unsigned long kmalloc_loop(unsigned long iters, size_t size)
{
	unsigned long i;

	for (i = 0; i < iters; i++) {
		void *p = kmalloc(size, GFP_KERNEL);

		if (!p)
			return i;
		kfree(p);
	}
	return iters;
}

#define KMALLOC_BENCH(sz)						\
static unsigned long kmalloc_##sz(unsigned long iters)			\
{									\
	return kmalloc_loop(iters, sz);					\
}									\
static struct bench bench_kmalloc_##sz = {				\
	.name = "kmalloc_kfree_" #sz, .unit = "insn/op",		\
	.run = kmalloc_##sz, .iters = 20000,				\
};									\
BENCH(bench_kmalloc_##sz)

KMALLOC_BENCH(8);
KMALLOC_BENCH(64);
KMALLOC_BENCH(256);
KMALLOC_BENCH(4096);

static unsigned long kmalloc_large_32k(unsigned long iters)
{
	return kmalloc_loop(iters, 32768);
}

static struct bench bench_kmalloc_large = {
	.name = "kmalloc_large_32k", .unit = "insn/op",
	.run = kmalloc_large_32k, .iters = 5000,
};
BENCH(bench_kmalloc_large);

static struct kmem_cache *bench_cache;

static void cache_setup(void)
{
	bench_cache = kmem_cache_create("bench_cache", 200, 0,
					SLAB_HWCACHE_ALIGN, NULL);
}

static void cache_teardown(void)
{
	kmem_cache_destroy(bench_cache);
}

static unsigned long cache_alloc_free(unsigned long iters)
{
	unsigned long i;

	for (i = 0; i < iters; i++) {
		void *p = kmem_cache_alloc(bench_cache, GFP_KERNEL);

		if (!p)
			return i;
		kmem_cache_free(bench_cache, p);
	}
	return iters;
}

static struct bench bench_cache_alloc = {
	.name = "kmem_cache_alloc_free", .unit = "insn/op",
	.run = cache_alloc_free, .setup = cache_setup,
	.teardown = cache_teardown, .iters = 20000,
};
BENCH(bench_cache_alloc);

/* 1000 objects then 1000 frees: refills, flushes and new slabs too */
static void *batch[1000];

static unsigned long kmalloc_batch_64(unsigned long iters)
{
	unsigned long i, done = 0;

	while (done < iters) {
		for (i = 0; i < ARRAY_SIZE(batch); i++)
			batch[i] = kmalloc(64, GFP_KERNEL);
		for (i = 0; i < ARRAY_SIZE(batch); i++)
			kfree(batch[i]);
		done += ARRAY_SIZE(batch);
	}
	return done;
}

static struct bench bench_kmalloc_batch = {
	.name = "kmalloc_kfree_64_batch1000", .unit = "insn/op",
	.run = kmalloc_batch_64, .iters = 20000,
};
BENCH(bench_kmalloc_batch);
