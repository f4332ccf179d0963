// SPDX-License-Identifier: GPL-2.0
/*
 * tests/bench/fault_bench.c - what a page fault costs, in instructions:
 * the first write to an anonymous page (exception entry, find_vma,
 * do_anonymous_page: a zeroed page, a pte; a page-table page every 512
 * faults) and a copy-on-write fault (do_wp_page: a new page, a 4 KB copy,
 * the old page's reference dropped, the pte replaced and its TLB entry
 * flushed).
 *
 * The faults are real: the benchmark thread adopts a user mm
 * (kthread_use_mm) and writes each page with put_user(), so the MMU
 * raises a data abort that goes through do_mem_abort -> do_page_fault ->
 * handle_mm_fault exactly as a user write would. Only the EL0 side is
 * missing (entering from EL0 saves the same registers). The put_user
 * itself is a handful of instructions per op.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <asm/uaccess.h>
#include <tinymm/bench.h>

#define FAULT_PAGES	2048

static struct mm_struct *bench_mm, *bench_child_mm;
static unsigned long bench_addr;

static void fault_bench_map(void)
{
	unsigned long populate;

	bench_mm = mm_alloc();
	if (!bench_mm)
		return;
	kthread_use_mm(bench_mm);
	bench_addr = do_mmap(NULL, 0, FAULT_PAGES * PAGE_SIZE,
			     PROT_READ | PROT_WRITE,
			     MAP_PRIVATE | MAP_ANONYMOUS, 0, &populate, NULL);
}

static unsigned long touch_pages(unsigned long iters)
{
	unsigned long i;

	if (!bench_mm || IS_ERR_VALUE(bench_addr))
		return 0;
	for (i = 0; i < iters && i < FAULT_PAGES; i++)
		if (put_user((char)i, (char __user *)(bench_addr + i * PAGE_SIZE)))
			return i;
	return i;
}

static void fault_bench_unmap(void)
{
	if (!bench_mm)
		return;
	kthread_unuse_mm(bench_mm);
	if (bench_child_mm)
		mmput(bench_child_mm);
	mmput(bench_mm);
	bench_mm = bench_child_mm = NULL;
}

static struct bench bench_anon_fault = {
	.name = "fault_anon_first_write", .unit = "insn/op",
	.setup = fault_bench_map, .run = touch_pages,
	.teardown = fault_bench_unmap, .iters = FAULT_PAGES,
};
BENCH(bench_anon_fault);

/* Touch every page, then "fork": both mms now share write-protected pages. */
static void cow_bench_setup(void)
{
	fault_bench_map();
	if (touch_pages(FAULT_PAGES) != FAULT_PAGES)
		return;
	bench_child_mm = dup_mm(bench_mm);
}

static struct bench bench_cow_fault = {
	.name = "fault_cow_write", .unit = "insn/op",
	.setup = cow_bench_setup, .run = touch_pages,
	.teardown = fault_bench_unmap, .iters = FAULT_PAGES,
};
BENCH(bench_cow_fault);
