// SPDX-License-Identifier: GPL-2.0
/*
 * tests/bench/vmalloc_bench.c - what vmalloc()+vfree() cost, in
 * instructions: one page (the tree search, one page from the buddy
 * allocator, one pte, the unmap and its TLB flush, the merge on free) and
 * 16 pages (the per-page part: allocation and pte writes).
 * The numbers include the eager TLB flush on every vfree (Linux defers
 * it, see mm/vmalloc.c), so they are an upper bound for Linux's path.
 */
#include <linux/kernel.h>
#include <linux/sizes.h>
#include <linux/vmalloc.h>
#include <tinymm/bench.h>

static unsigned long vmalloc_loop(unsigned long iters, unsigned long size)
{
	unsigned long i;

	for (i = 0; i < iters; i++) {
		void *p = vmalloc(size);

		if (!p)
			return i;
		vfree(p);
	}
	return iters;
}

static unsigned long vmalloc_4k(unsigned long iters)
{
	return vmalloc_loop(iters, SZ_4K);
}

static struct bench bench_vmalloc_4k = {
	.name = "vmalloc_4k_vfree", .unit = "insn/op",
	.run = vmalloc_4k, .iters = 5000,
};
BENCH(bench_vmalloc_4k);

static unsigned long vmalloc_64k(unsigned long iters)
{
	return vmalloc_loop(iters, SZ_64K);
}

static struct bench bench_vmalloc_64k = {
	.name = "vmalloc_64k_vfree", .unit = "insn/op",
	.run = vmalloc_64k, .iters = 2000,
};
BENCH(bench_vmalloc_64k);
