// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/mmap_kunit.c - mm/mmap.c in the running kernel: a fresh
 * user mm (pgd page from the buddy allocator, VMAs from the
 * "vm_area_struct" slab cache), MAP_FIXED splits and merges, the top-down
 * search, brk, and a short seeded random run checked by validate_mm().
 * The exhaustive cases and the 120,000-operation stress are the host suite
 * (tests/host/mmap_test.c); this one shows the same code works on arm64.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched/mm.h>
#include <kunit/test.h>

#define P	PAGE_SIZE

/* do_mmap() maps into current->mm: the test adopts its mm first. */
static unsigned long kmap_anon(unsigned long addr, unsigned long len,
			       int prot, int flags)
{
	unsigned long populate;

	return do_mmap(NULL, addr, len, prot, flags | MAP_ANONYMOUS |
		       MAP_PRIVATE, 0, &populate, NULL);
}

static void mmap_kunit_basics(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	unsigned long b = 0x400000, rw = PROT_READ | PROT_WRITE, i;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	kthread_use_mm(mm);
	for (i = 0; i < PTRS_PER_PGD; i++)
		KUNIT_ASSERT_EQ(test, pgd_val(mm->pgd[i]), 0);
	KUNIT_EXPECT_EQ(test, mm->mmap_base, TASK_SIZE - (128UL << 20));

	/* MAP_FIXED read-only over the middle: three VMAs */
	KUNIT_ASSERT_EQ(test, kmap_anon(b, 16 * P, rw, MAP_FIXED), b);
	KUNIT_ASSERT_EQ(test, kmap_anon(b + 4 * P, 4 * P, PROT_READ,
					MAP_FIXED), b + 4 * P);
	KUNIT_EXPECT_EQ(test, mm->map_count, 3);
	KUNIT_EXPECT_EQ(test, find_vma(mm, b + 5 * P)->vm_start, b + 4 * P);
	KUNIT_EXPECT_EQ(test, find_vma(mm, b + 9 * P)->vm_start, b + 8 * P);
	/* read-write again: merged back into one */
	KUNIT_ASSERT_EQ(test, kmap_anon(b + 4 * P, 4 * P, rw, MAP_FIXED),
			b + 4 * P);
	KUNIT_EXPECT_EQ(test, mm->map_count, 1);
	/* munmap in the middle: two */
	KUNIT_ASSERT_EQ(test, do_munmap(mm, b + 6 * P, 2 * P, NULL), 0);
	KUNIT_EXPECT_EQ(test, mm->map_count, 2);
	KUNIT_EXPECT_EQ(test, mm->total_vm, 14);
	/* top-down: right below mmap_base */
	KUNIT_EXPECT_EQ(test, kmap_anon(0, 2 * P, PROT_READ, 0),
			mm->mmap_base - 2 * P);
	/* brk */
	mm->start_brk = mm->brk = 0x1000000;
	KUNIT_EXPECT_EQ(test, mm_brk(0x1000000 + 3 * P),
			0x1000000 + 3 * P);
	KUNIT_EXPECT_EQ(test, find_vma(mm, 0x1000000)->vm_end, 0x1000000 + 3 * P);
	KUNIT_EXPECT_EQ(test, mm_brk(0x1000000), 0x1000000);
	KUNIT_EXPECT_NULL(test, find_vma_intersection(mm, 0x1000000,
						      0x1000000 + 3 * P));
	KUNIT_EXPECT_EQ(test, validate_mm(mm), 0);
	kthread_unuse_mm(mm);
	mmput(mm);
}

static void mmap_kunit_random(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	u64 x = 0x12345678;
	int op, bad = 0;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	kthread_use_mm(mm);
	for (op = 0; op < 5000 && !bad; op++) {
		unsigned long addr, len;

		x ^= x >> 12;
		x ^= x << 25;
		x ^= x >> 27;
		addr = 0x10000000 + ((x >> 16) % 1024) * P;
		len = (1 + (x >> 32) % 32) * P;
		if (x % 3)
			kmap_anon(addr, len, (x >> 8) & 1 ? PROT_READ :
				  PROT_READ | PROT_WRITE, MAP_FIXED);
		else
			KUNIT_ASSERT_EQ(test, do_munmap(mm, addr, len, NULL), 0);
		bad = validate_mm(mm);
	}
	KUNIT_EXPECT_EQ(test, bad, 0);
	KUNIT_EXPECT_GT(test, mm->map_count, 10);
	kthread_unuse_mm(mm);
	mmput(mm);
}

static struct kunit_case mmap_kunit_cases[] = {
	KUNIT_CASE(mmap_kunit_basics),
	KUNIT_CASE(mmap_kunit_random),
	{}
};

static struct kunit_suite mmap_kunit_suite = {
	.name = "mmap",
	.test_cases = mmap_kunit_cases,
};
kunit_test_suite(mmap_kunit_suite);
