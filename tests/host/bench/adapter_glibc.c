// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/bench/adapter_glibc.c - glibc's malloc as a bench adapter:
 * page blocks from aligned_alloc(PAGE_SIZE, PAGE_SIZE << order), objects
 * from malloc(size). What a user-space program would use instead of a
 * page allocator, timed by the same workloads.
 *
 * Not a fair fight either way, and the table should be read with that in
 * mind: glibc keeps per-thread caches (tcache) of small chunks, which is
 * what tinymm's per-CPU lists and array caches are; big blocks (128 KiB
 * and up at first) come from mmap()/munmap(), i.e. from the host
 * kernel's page allocator; blocks are page-aligned only, where the buddy
 * allocator gives 2^order-aligned ones for nothing.
 */
#include <stdlib.h>
#include "bench.h"

static int glibc_init(void *arena, size_t size)
{
	return 0;
}

static void *glibc_alloc(unsigned int order)
{
	return aligned_alloc(BENCH_PAGE_SIZE, BENCH_PAGE_SIZE << order);
}

static void glibc_free(void *p, unsigned int order)
{
	free(p);
}

static void *glibc_alloc_bytes(size_t size)
{
	return malloc(size);
}

static void glibc_free_bytes(void *p, size_t size)
{
	free(p);
}

static void glibc_exit(void)
{
}

const struct alloc_adapter glibc_malloc_adapter = {
	.name = "glibc-malloc",
	.what = "aligned_alloc(PAGE_SIZE, PAGE_SIZE << order) / malloc(size), free()",
	.own_arena = true,
	.init = glibc_init,
	.alloc = glibc_alloc,
	.free = glibc_free,
	.alloc_bytes = glibc_alloc_bytes,
	.free_bytes = glibc_free_bytes,
	.exit = glibc_exit,
};
