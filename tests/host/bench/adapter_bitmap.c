// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/bench/adapter_bitmap.c - the simplest page allocator that
 * works, as a baseline for the buddy allocator: one bit per page (set =
 * in use), allocation = the first run of 2^order clear bits at a
 * 2^order-aligned position (so it keeps alloc_pages()' contract of
 * naturally aligned blocks), free = clear the bits.
 *
 * What it teaches by contrast with mm/page_alloc.c: its bookkeeping is
 * tiny (1 bit per page against a 64-byte struct page) and freeing needs
 * no merging (neighbouring clear bits are already "merged"), but every
 * allocation searches from the start of memory, so its cost grows with
 * how full and how fragmented the low part of the arena is, where the
 * buddy allocator takes the head of free_area[order] in constant time.
 * Linux used a bitmap like this only at boot (the old bootmem allocator,
 * replaced by memblock), and still does for some small ID spaces.
 *
 * Simplified on purpose: no next-fit hint, no per-order summaries.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bench.h"

#define BITS	64

static unsigned char *base;	/* page 0 of the arena */
static uint64_t *map;		/* lives in the first pages of the arena */
static unsigned long npages, nwords;
static long nfree;

static void set_bits(unsigned long idx, unsigned long n)
{
	for (; n && idx % BITS; n--, idx++)
		map[idx / BITS] |= 1ULL << (idx % BITS);
	for (; n >= BITS; n -= BITS, idx += BITS)
		map[idx / BITS] = ~0ULL;
	for (; n; n--, idx++)
		map[idx / BITS] |= 1ULL << (idx % BITS);
}

static int bitmap_init(void *arena, size_t size)
{
	unsigned long meta;

	base = arena;
	npages = size >> BENCH_PAGE_SHIFT;
	nwords = (npages + BITS - 1) / BITS;
	map = arena;
	memset(map, 0, nwords * sizeof(*map));
	/* the bitmap's own pages, and the bits past the end, are in use */
	meta = (nwords * sizeof(*map) + BENCH_PAGE_SIZE - 1) >> BENCH_PAGE_SHIFT;
	set_bits(0, meta);
	set_bits(npages, nwords * BITS - npages);
	nfree = npages - meta;
	return 0;
}

/* 2^order < 64 pages: the block lies inside one word */
static long find_small(unsigned int n)
{
	uint64_t mask = (1ULL << n) - 1;
	unsigned long w, b;

	for (w = 0; w < nwords; w++) {
		uint64_t word = map[w];

		if (word == ~0ULL)
			continue;
		if (n == 1)
			return w * BITS + __builtin_ctzll(~word);
		for (b = 0; b < BITS; b += n)
			if (!(word & (mask << b)))
				return w * BITS + b;
	}
	return -1;
}

/* 2^order >= 64 pages: whole words, n / 64 of them, all clear */
static long find_large(unsigned int n)
{
	unsigned long w, k, words = n / BITS;

	for (w = 0; w + words <= nwords; w += words) {
		for (k = 0; k < words && !map[w + k]; k++)
			;
		if (k == words)
			return w * BITS;
	}
	return -1;
}

static void *bitmap_alloc(unsigned int order)
{
	unsigned int n = 1U << order;
	long idx = n < BITS ? find_small(n) : find_large(n);

	if (idx < 0)
		return NULL;
	set_bits(idx, n);
	nfree -= n;
	return base + ((unsigned long)idx << BENCH_PAGE_SHIFT);
}

static void bitmap_free(void *p, unsigned int order)
{
	unsigned long idx = ((unsigned char *)p - base) >> BENCH_PAGE_SHIFT;
	unsigned long i, n = 1UL << order;

	for (i = idx; i < idx + n; i++) {
		if (!(map[i / BITS] & (1ULL << (i % BITS)))) {
			fprintf(stderr, "bitmap-first-fit: page %lu freed twice\n", i);
			abort();
		}
		map[i / BITS] &= ~(1ULL << (i % BITS));
	}
	nfree += n;
}

static long bitmap_free_pages(void)
{
	return nfree;
}

static void bitmap_exit(void)
{
	base = NULL;
	map = NULL;
}

const struct alloc_adapter bitmap_first_fit_adapter = {
	.name = "bitmap-first-fit",
	.what = "1 bit per page, first aligned run of 2^order clear bits",
	.init = bitmap_init,
	.alloc = bitmap_alloc,
	.free = bitmap_free,
	.free_pages = bitmap_free_pages,
	.exit = bitmap_exit,
};
