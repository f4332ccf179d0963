// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/mmap_test.c - mm/mmap.c on the host: VMAs of a user mm as a
 * sorted list plus a gap-augmented red-black tree. Boots the page
 * allocator and slab on an arena (for the VMA and mm caches and the pgd
 * page), then checks find_vma, insertion, MAP_FIXED and munmap splits,
 * merging, the top-down free-range search, brk and the counters, and
 * ends with a seeded random stress of mmap/munmap/mprotect against a
 * page-by-page shadow, running validate_mm() after every operation.
 *
 * Linux has no unit test of this layer (tools/testing/vma arrived with
 * v6.11, after the maple tree); CONFIG_DEBUG_VM_RB's validate_mm() is
 * what checked it in 5.19, and it is what the stress runs here.
 */
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/sizes.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/fs.h>
#include <linux/slab.h>
#include "mm_host.h"

#define P	PAGE_SIZE

static struct mm_struct *mm;

static int mmap_test_init(struct kunit *test)
{
	int ret = host_mm_boot(0x40000000, SZ_64M, NULL);

	if (ret)
		return ret;
	kmem_cache_init();
	proc_caches_init();
	mm = mm_alloc();
	host_use_mm(mm);
	return mm ? 0 : -ENOMEM;
}

static void mmap_test_exit(struct kunit *test)
{
	host_use_mm(NULL);
	if (mm)
		mmput(mm);
	mm = NULL;
	host_mm_teardown();
}

/* ---- helpers ---- */

static unsigned long map(unsigned long addr, unsigned long len, int prot,
			 int flags)
{
	unsigned long populate;

	return do_mmap(NULL, addr, len, prot, flags | MAP_ANONYMOUS, 0,
		       &populate, NULL);
}

static unsigned long map_fixed(unsigned long addr, unsigned long len, int prot)
{
	return map(addr, len, prot, MAP_PRIVATE | MAP_FIXED);
}

#define EXPECT_SOUND(test)	KUNIT_EXPECT_EQ(test, validate_mm(mm), 0)

static int nr_vmas(void)
{
	struct vm_area_struct *vma;
	int n = 0;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		n++;
	return n;
}

/* The i-th VMA on the list (0 = lowest). */
static struct vm_area_struct *nth_vma(int i)
{
	struct vm_area_struct *vma = mm->mmap;

	while (vma && i--)
		vma = vma->vm_next;
	return vma;
}

#define EXPECT_VMA(test, i, start, end) do {				\
	struct vm_area_struct *__v = nth_vma(i);			\
	KUNIT_ASSERT_NOT_NULL(test, __v);				\
	KUNIT_EXPECT_EQ(test, __v->vm_start, (unsigned long)(start));	\
	KUNIT_EXPECT_EQ(test, __v->vm_end, (unsigned long)(end));	\
} while (0)

/* mprotect(2) on the test's mm (mm/mprotect.c) */
static int test_mprotect(unsigned long start, unsigned long len, int prot)
{
	return do_mprotect_pkey(start, len, prot, -1);
}

/* ---- cases ---- */

static void mmap_fresh_mm(struct kunit *test)
{
	unsigned long i;

	KUNIT_ASSERT_NOT_NULL(test, mm->pgd);
	KUNIT_EXPECT_TRUE(test, PAGE_ALIGNED(virt_to_phys(mm->pgd)));
	for (i = 0; i < PTRS_PER_PGD; i++)
		KUNIT_ASSERT_EQ(test, pgd_val(mm->pgd[i]), 0);
	KUNIT_EXPECT_EQ(test, mm->task_size, 1UL << 48);
	/* 8 MB stack limit + 1 MB guard is under MIN_GAP: 128 MB below top */
	KUNIT_EXPECT_EQ(test, mm->mmap_base, (1UL << 48) - SZ_128M);
	KUNIT_EXPECT_PTR_EQ(test, mm->get_unmapped_area,
			    arch_get_unmapped_area_topdown);
	KUNIT_EXPECT_EQ(test, atomic_read(&mm->mm_users), 1);
	KUNIT_EXPECT_EQ(test, atomic_read(&mm->mm_count), 1);
	KUNIT_EXPECT_EQ(test, mm->map_count, 0);
	KUNIT_EXPECT_EQ(test, mm->total_vm, 0);
	KUNIT_EXPECT_EQ(test, atomic64_read(&mm->context.id), 0);
	KUNIT_EXPECT_NULL(test, mm->mmap);
	KUNIT_EXPECT_NULL(test, find_vma(mm, 0));
	EXPECT_SOUND(test);
}

static void mmap_find_vma(struct kunit *test)
{
	struct vm_area_struct *a, *b, *c, *prev;

	/* different protections so nothing merges */
	KUNIT_ASSERT_EQ(test, map_fixed(0x10000, 0x10000, PROT_READ), 0x10000);
	KUNIT_ASSERT_EQ(test, map_fixed(0x30000, 0x10000, PROT_READ | PROT_WRITE),
			0x30000);
	KUNIT_ASSERT_EQ(test, map_fixed(0x50000, 0x10000, PROT_READ), 0x50000);
	a = nth_vma(0);
	b = nth_vma(1);
	c = nth_vma(2);
	KUNIT_ASSERT_EQ(test, nr_vmas(), 3);

	/* the first VMA with vm_end > addr */
	KUNIT_EXPECT_PTR_EQ(test, find_vma(mm, 0), a);
	KUNIT_EXPECT_PTR_EQ(test, find_vma(mm, 0x10000), a);
	KUNIT_EXPECT_PTR_EQ(test, find_vma(mm, 0x1ffff), a);
	KUNIT_EXPECT_PTR_EQ(test, find_vma(mm, 0x20000), b);	/* in a hole */
	KUNIT_EXPECT_PTR_EQ(test, find_vma(mm, 0x3ffff), b);
	KUNIT_EXPECT_PTR_EQ(test, find_vma(mm, 0x40000), c);
	KUNIT_EXPECT_PTR_EQ(test, find_vma(mm, 0x5ffff), c);
	KUNIT_EXPECT_NULL(test, find_vma(mm, 0x60000));
	KUNIT_EXPECT_NULL(test, find_vma(mm, ~0UL));

	KUNIT_EXPECT_PTR_EQ(test, find_vma_prev(mm, 0x25000, &prev), b);
	KUNIT_EXPECT_PTR_EQ(test, prev, a);
	KUNIT_EXPECT_PTR_EQ(test, find_vma_prev(mm, 0x5000, &prev), a);
	KUNIT_EXPECT_NULL(test, prev);
	KUNIT_EXPECT_NULL(test, find_vma_prev(mm, 0x70000, &prev));
	KUNIT_EXPECT_PTR_EQ(test, prev, c);	/* the last one */

	KUNIT_EXPECT_NULL(test, find_vma_intersection(mm, 0x20000, 0x30000));
	KUNIT_EXPECT_PTR_EQ(test, find_vma_intersection(mm, 0x20000, 0x30001), b);
	KUNIT_EXPECT_PTR_EQ(test, find_vma_intersection(mm, 0x1f000, 0x60000), a);
	EXPECT_SOUND(test);
}

static void mmap_insert_ordering(struct kunit *test)
{
	/* 24 two-page VMAs with one-page holes, inserted in a scrambled order */
	const int n = 24;
	struct vm_area_struct *vma, *dup;
	unsigned long base = 0x100000;
	int i, k;

	for (k = 0; k < n; k++) {
		i = (k * 7) % n;
		vma = vm_area_alloc(mm);
		KUNIT_ASSERT_NOT_NULL(test, vma);
		vma_set_anonymous(vma);
		vma->vm_start = base + i * 3 * P;
		vma->vm_end = vma->vm_start + 2 * P;
		vma->vm_flags = VM_READ | VM_MAYREAD;
		KUNIT_ASSERT_EQ(test, insert_vm_struct(mm, vma), 0);
		/* insert_vm_struct leaves counting to the caller, as in Linux */
		vm_stat_account(mm, vma->vm_flags, vma_pages(vma));
		KUNIT_EXPECT_EQ(test, vma->vm_pgoff, vma->vm_start >> PAGE_SHIFT);
		KUNIT_ASSERT_EQ(test, validate_mm(mm), 0);
	}
	KUNIT_EXPECT_EQ(test, mm->map_count, n);
	for (i = 0, vma = mm->mmap; vma; vma = vma->vm_next, i++)
		KUNIT_EXPECT_EQ(test, vma->vm_start, base + i * 3 * P);
	KUNIT_EXPECT_EQ(test, i, n);
	/* one-page holes: the biggest gap below any VMA is the first one's */
	KUNIT_EXPECT_EQ(test, rb_entry(mm->mm_rb.rb_node, struct vm_area_struct,
				       vm_rb)->rb_subtree_gap, base);
	KUNIT_EXPECT_EQ(test, mm->highest_vm_end, base + (n - 1) * 3 * P + 2 * P);

	/* overlapping insertions are refused */
	dup = vm_area_alloc(mm);
	KUNIT_ASSERT_NOT_NULL(test, dup);
	vma_set_anonymous(dup);
	dup->vm_start = base + P;
	dup->vm_end = base + 3 * P;
	KUNIT_EXPECT_EQ(test, insert_vm_struct(mm, dup), -ENOMEM);
	dup->vm_start = base + 2 * P;	/* exactly the hole: fits */
	KUNIT_EXPECT_EQ(test, insert_vm_struct(mm, dup), 0);
	vm_stat_account(mm, dup->vm_flags, 1);
	EXPECT_SOUND(test);
}

static void mmap_fixed_splits(struct kunit *test)
{
	unsigned long b = 0x100000;
	struct vm_area_struct *v;

	KUNIT_ASSERT_EQ(test, map_fixed(b, 16 * P, PROT_READ | PROT_WRITE), b);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 1);
	/* a read-only MAP_FIXED over pages 4..8 */
	KUNIT_ASSERT_EQ(test, map_fixed(b + 4 * P, 4 * P, PROT_READ), b + 4 * P);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 3);
	KUNIT_EXPECT_EQ(test, mm->map_count, 3);
	EXPECT_VMA(test, 0, b, b + 4 * P);
	EXPECT_VMA(test, 1, b + 4 * P, b + 8 * P);
	EXPECT_VMA(test, 2, b + 8 * P, b + 16 * P);
	KUNIT_EXPECT_TRUE(test, nth_vma(0)->vm_flags & VM_WRITE);
	KUNIT_EXPECT_FALSE(test, nth_vma(1)->vm_flags & VM_WRITE);
	KUNIT_EXPECT_TRUE(test, nth_vma(2)->vm_flags & VM_WRITE);
	/* an anonymous page's offset is its page number, whatever the split */
	for (v = mm->mmap; v; v = v->vm_next)
		KUNIT_EXPECT_EQ(test, v->vm_pgoff, v->vm_start >> PAGE_SHIFT);
	KUNIT_EXPECT_EQ(test, mm->total_vm, 16);
	KUNIT_EXPECT_EQ(test, mm->data_vm, 12);
	EXPECT_SOUND(test);

	/* mapping it back read-write merges all three into one (case 1) */
	KUNIT_ASSERT_EQ(test, map_fixed(b + 4 * P, 4 * P, PROT_READ | PROT_WRITE),
			b + 4 * P);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 1);
	EXPECT_VMA(test, 0, b, b + 16 * P);
	KUNIT_EXPECT_EQ(test, mm->total_vm, 16);
	KUNIT_EXPECT_EQ(test, mm->data_vm, 16);

	/* MAP_FIXED_NOREPLACE refuses to replace */
	KUNIT_EXPECT_EQ(test, (long)map(b + 4 * P, P, PROT_READ,
				       MAP_PRIVATE | MAP_FIXED_NOREPLACE),
			-EEXIST);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 1);
	EXPECT_SOUND(test);
}

static void mmap_munmap_middle(struct kunit *test)
{
	unsigned long b = 0x200000;

	KUNIT_ASSERT_EQ(test, map_fixed(b, 16 * P, PROT_READ | PROT_WRITE), b);
	KUNIT_ASSERT_EQ(test, do_munmap(mm, b + 4 * P, 4 * P, NULL), 0);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 2);
	EXPECT_VMA(test, 0, b, b + 4 * P);
	EXPECT_VMA(test, 1, b + 8 * P, b + 16 * P);
	KUNIT_EXPECT_EQ(test, nth_vma(1)->vm_pgoff, (b + 8 * P) >> PAGE_SHIFT);
	KUNIT_EXPECT_EQ(test, mm->total_vm, 12);
	KUNIT_EXPECT_EQ(test, mm->map_count, 2);
	/* the hole is now the gap below the second VMA */
	KUNIT_EXPECT_EQ(test, find_vma(mm, b + 5 * P), nth_vma(1));
	EXPECT_SOUND(test);

	/* nothing there: success, no change; bad arguments: -EINVAL */
	KUNIT_EXPECT_EQ(test, do_munmap(mm, b + 4 * P, 4 * P, NULL), 0);
	KUNIT_EXPECT_EQ(test, do_munmap(mm, b + 1, P, NULL), -EINVAL);
	KUNIT_EXPECT_EQ(test, do_munmap(mm, b, 0, NULL), -EINVAL);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 2);

	/* an unaligned length covers the partial page */
	KUNIT_ASSERT_EQ(test, do_munmap(mm, b + 15 * P, 1, NULL), 0);
	EXPECT_VMA(test, 1, b + 8 * P, b + 15 * P);
	/* everything */
	KUNIT_ASSERT_EQ(test, do_munmap(mm, b, 16 * P, NULL), 0);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 0);
	KUNIT_EXPECT_EQ(test, mm->total_vm, 0);
	KUNIT_EXPECT_EQ(test, mm->highest_vm_end, 0);
	EXPECT_SOUND(test);
}

static void mmap_munmap_spanning(struct kunit *test)
{
	static const int prots[] = { PROT_READ | PROT_WRITE, PROT_READ,
				     PROT_READ | PROT_WRITE, PROT_READ,
				     PROT_READ | PROT_WRITE };
	unsigned long b = 0x400000;
	int i;

	/* five adjacent 8-page VMAs, alternating so none merge */
	for (i = 0; i < 5; i++)
		KUNIT_ASSERT_EQ(test, map_fixed(b + i * 8 * P, 8 * P, prots[i]),
				b + i * 8 * P);
	KUNIT_ASSERT_EQ(test, nr_vmas(), 5);
	KUNIT_EXPECT_EQ(test, mm->total_vm, 40);
	KUNIT_EXPECT_EQ(test, mm->data_vm, 24);

	/* from the middle of the second to the middle of the fourth */
	KUNIT_ASSERT_EQ(test, do_munmap(mm, b + 12 * P, 16 * P, NULL), 0);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 4);
	KUNIT_EXPECT_EQ(test, mm->map_count, 4);
	EXPECT_VMA(test, 0, b, b + 8 * P);
	EXPECT_VMA(test, 1, b + 8 * P, b + 12 * P);
	EXPECT_VMA(test, 2, b + 28 * P, b + 32 * P);
	EXPECT_VMA(test, 3, b + 32 * P, b + 40 * P);
	KUNIT_EXPECT_EQ(test, nth_vma(2)->vm_pgoff, (b + 28 * P) >> PAGE_SHIFT);
	KUNIT_EXPECT_EQ(test, mm->total_vm, 24);
	KUNIT_EXPECT_EQ(test, mm->data_vm, 16);	/* the RW third went */
	EXPECT_SOUND(test);

	/* a range covering whole VMAs and holes */
	KUNIT_ASSERT_EQ(test, do_munmap(mm, b - 16 * P, 30 * P, NULL), 0);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 2);
	EXPECT_VMA(test, 0, b + 28 * P, b + 32 * P);
	KUNIT_EXPECT_EQ(test, mm->total_vm, 12);
	EXPECT_SOUND(test);
}

static void mmap_merge(struct kunit *test)
{
	unsigned long b = 0x800000, rw = PROT_READ | PROT_WRITE;

	/* case 2: a new mapping right after a compatible one extends it */
	KUNIT_ASSERT_EQ(test, map_fixed(b, 4 * P, rw), b);
	KUNIT_ASSERT_EQ(test, map_fixed(b + 4 * P, 4 * P, rw), b + 4 * P);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 1);
	EXPECT_VMA(test, 0, b, b + 8 * P);
	/* case 3: right before it */
	KUNIT_ASSERT_EQ(test, map_fixed(b - 4 * P, 4 * P, rw), b - 4 * P);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 1);
	EXPECT_VMA(test, 0, b - 4 * P, b + 8 * P);
	KUNIT_EXPECT_EQ(test, nth_vma(0)->vm_pgoff, (b - 4 * P) >> PAGE_SHIFT);
	/* case 1: filling the hole between two joins all three */
	KUNIT_ASSERT_EQ(test, map_fixed(b + 12 * P, 4 * P, rw), b + 12 * P);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 2);
	KUNIT_ASSERT_EQ(test, map_fixed(b + 8 * P, 4 * P, rw), b + 8 * P);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 1);
	EXPECT_VMA(test, 0, b - 4 * P, b + 16 * P);
	KUNIT_EXPECT_EQ(test, mm->map_count, 1);
	KUNIT_EXPECT_EQ(test, mm->total_vm, 20);
	EXPECT_SOUND(test);

	/* no merge: other protection, shared, or a hole */
	KUNIT_ASSERT_EQ(test, map_fixed(b + 16 * P, 4 * P, PROT_READ), b + 16 * P);
	KUNIT_ASSERT_EQ(test, map(b + 20 * P, 4 * P, rw, MAP_SHARED | MAP_FIXED),
			b + 20 * P);
	KUNIT_ASSERT_EQ(test, map(b + 24 * P, 4 * P, rw, MAP_SHARED | MAP_FIXED),
			b + 24 * P);
	KUNIT_ASSERT_EQ(test, map_fixed(b + 29 * P, 4 * P, rw), b + 29 * P);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 5);
	/* anonymous MAP_SHARED: a shmem file of its own each, never merged */
	KUNIT_EXPECT_TRUE(test, nth_vma(2)->vm_flags & VM_SHARED);
	KUNIT_EXPECT_TRUE(test, nth_vma(2)->vm_flags & VM_MAYSHARE);
	KUNIT_EXPECT_EQ(test, nth_vma(2)->vm_pgoff, 0);
	KUNIT_EXPECT_NOT_NULL(test, nth_vma(2)->vm_file);
	KUNIT_EXPECT_TRUE(test, nth_vma(2)->vm_file != nth_vma(3)->vm_file);
	/* only private writable memory is charged */
	KUNIT_EXPECT_TRUE(test, nth_vma(0)->vm_flags & VM_ACCOUNT);
	KUNIT_EXPECT_FALSE(test, nth_vma(1)->vm_flags & VM_ACCOUNT);
	KUNIT_EXPECT_FALSE(test, nth_vma(2)->vm_flags & VM_ACCOUNT);
	/* VM_SPECIAL mappings never merge */
	KUNIT_EXPECT_NULL(test, vma_merge(mm, nth_vma(4), b + 33 * P, b + 34 * P,
					  nth_vma(4)->vm_flags | VM_IO, NULL,
					  NULL, (b + 33 * P) >> PAGE_SHIFT));
	/* a compatible range right after merges; a wrong pgoff does not */
	KUNIT_EXPECT_NULL(test, vma_merge(mm, nth_vma(4), b + 33 * P, b + 34 * P,
					  nth_vma(4)->vm_flags, NULL, NULL, 0));
	EXPECT_SOUND(test);
}

/* mprotect through vma_merge: the cases split and merge create */
static void mmap_merge_cases(struct kunit *test)
{
	unsigned long b = 0x1000000;
	const int r = PROT_READ, rw = PROT_READ | PROT_WRITE,
		  rx = PROT_READ | PROT_EXEC;

	/*
	 * Both halves from one read-write mapping, so both carry VM_ACCOUNT:
	 * a fresh read-only mapping would not, and could not merge with them.
	 */
	KUNIT_ASSERT_EQ(test, map_fixed(b, 16 * P, rw), b);
	KUNIT_ASSERT_EQ(test, test_mprotect(b + 8 * P, 8 * P, r), 0);
	KUNIT_ASSERT_EQ(test, nr_vmas(), 2);
	KUNIT_EXPECT_TRUE(test, nth_vma(1)->vm_flags & VM_ACCOUNT);
	/* a fresh read-only neighbour stays apart for that reason */
	KUNIT_ASSERT_EQ(test, map_fixed(b + 16 * P, 4 * P, r), b + 16 * P);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 3);
	KUNIT_ASSERT_EQ(test, do_munmap(mm, b + 16 * P, 4 * P, NULL), 0);
	/* case 4: the tail of P becomes N's */
	KUNIT_ASSERT_EQ(test, test_mprotect(b + 4 * P, 4 * P, r), 0);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 2);
	EXPECT_VMA(test, 0, b, b + 4 * P);
	EXPECT_VMA(test, 1, b + 4 * P, b + 16 * P);
	KUNIT_EXPECT_EQ(test, nth_vma(1)->vm_pgoff, (b + 4 * P) >> PAGE_SHIFT);
	EXPECT_SOUND(test);
	/* case 5: the head of N becomes P's */
	KUNIT_ASSERT_EQ(test, test_mprotect(b + 4 * P, 6 * P, rw), 0);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 2);
	EXPECT_VMA(test, 0, b, b + 10 * P);
	EXPECT_VMA(test, 1, b + 10 * P, b + 16 * P);
	KUNIT_EXPECT_EQ(test, nth_vma(1)->vm_pgoff, (b + 10 * P) >> PAGE_SHIFT);
	EXPECT_SOUND(test);
	/* middle of one VMA: two splits, three VMAs */
	KUNIT_ASSERT_EQ(test, test_mprotect(b + 12 * P, 2 * P, rx), 0);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 4);
	EXPECT_VMA(test, 2, b + 12 * P, b + 14 * P);
	KUNIT_EXPECT_EQ(test, mm->exec_vm, 2);
	/* case 6: back to r, and P(rw) N(r) X(r) ... the r ones rejoin */
	KUNIT_ASSERT_EQ(test, test_mprotect(b + 12 * P, 2 * P, r), 0);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 2);
	EXPECT_VMA(test, 1, b + 10 * P, b + 16 * P);
	KUNIT_EXPECT_EQ(test, mm->exec_vm, 0);
	EXPECT_SOUND(test);

	/* case 7: P(rw) A(r) X(rx): A -> rw joins P only */
	KUNIT_ASSERT_EQ(test, test_mprotect(b + 14 * P, 2 * P, rx), 0);
	KUNIT_ASSERT_EQ(test, nr_vmas(), 3);
	KUNIT_ASSERT_EQ(test, test_mprotect(b + 10 * P, 4 * P, rw), 0);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 2);
	EXPECT_VMA(test, 0, b, b + 14 * P);
	EXPECT_VMA(test, 1, b + 14 * P, b + 16 * P);
	EXPECT_SOUND(test);

	/* case 8: P(rw) A(r) N(rx): A -> rx joins N, which grows down */
	KUNIT_ASSERT_EQ(test, test_mprotect(b + 10 * P, 4 * P, r), 0);
	KUNIT_ASSERT_EQ(test, nr_vmas(), 3);
	KUNIT_ASSERT_EQ(test, test_mprotect(b + 10 * P, 4 * P, rx), 0);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 2);
	EXPECT_VMA(test, 0, b, b + 10 * P);
	EXPECT_VMA(test, 1, b + 10 * P, b + 16 * P);
	KUNIT_EXPECT_EQ(test, nth_vma(1)->vm_pgoff, (b + 10 * P) >> PAGE_SHIFT);
	KUNIT_EXPECT_EQ(test, mm->exec_vm, 6);
	KUNIT_EXPECT_EQ(test, mm->data_vm, 10);
	KUNIT_EXPECT_EQ(test, mm->total_vm, 16);
	EXPECT_SOUND(test);

	/* a hole stops mprotect with -ENOMEM, after changing what precedes */
	KUNIT_ASSERT_EQ(test, map_fixed(b + 20 * P, 4 * P, rw), b + 20 * P);
	KUNIT_EXPECT_EQ(test, test_mprotect(b + 12 * P, 10 * P, r), -ENOMEM);
	KUNIT_EXPECT_FALSE(test, find_vma(mm, b + 12 * P)->vm_flags & VM_EXEC);
	KUNIT_EXPECT_TRUE(test, find_vma(mm, b + 20 * P)->vm_flags & VM_WRITE);
	EXPECT_SOUND(test);
}

static void mmap_split_vma(struct kunit *test)
{
	unsigned long b = 0x2000000;
	int saved = sysctl_max_map_count;

	KUNIT_ASSERT_EQ(test, map_fixed(b, 8 * P, PROT_READ), b);
	KUNIT_ASSERT_EQ(test, split_vma(mm, nth_vma(0), b + 2 * P, 1), 0);
	EXPECT_VMA(test, 0, b, b + 2 * P);
	EXPECT_VMA(test, 1, b + 2 * P, b + 8 * P);
	KUNIT_ASSERT_EQ(test, split_vma(mm, nth_vma(1), b + 5 * P, 0), 0);
	EXPECT_VMA(test, 2, b + 5 * P, b + 8 * P);
	KUNIT_EXPECT_EQ(test, nth_vma(2)->vm_pgoff, (b + 5 * P) >> PAGE_SHIFT);
	KUNIT_EXPECT_EQ(test, mm->map_count, 3);
	KUNIT_EXPECT_EQ(test, mm->total_vm, 8);	/* splitting maps nothing */
	EXPECT_SOUND(test);

	/* the map count limit: split_vma refuses, as munmap of a middle */
	sysctl_max_map_count = mm->map_count;
	KUNIT_EXPECT_EQ(test, split_vma(mm, nth_vma(2), b + 6 * P, 0), -ENOMEM);
	KUNIT_EXPECT_EQ(test, do_munmap(mm, b + 6 * P, P, NULL), -ENOMEM);
	/* ... but unmapping an end still works */
	KUNIT_EXPECT_EQ(test, do_munmap(mm, b + 7 * P, P, NULL), 0);
	sysctl_max_map_count = saved;
	KUNIT_EXPECT_EQ(test, mm->map_count, 3);
	EXPECT_SOUND(test);
}

/*
 * The answer get_unmapped_area() must give, by brute force over the
 * list: the highest start in [low, high - len] whose range fits a gap
 * (guard gaps counted), or -ENOMEM.
 */
static unsigned long brute_topdown(unsigned long len, unsigned long low,
				   unsigned long high)
{
	struct vm_area_struct *vma, *last = NULL;
	unsigned long best = -ENOMEM, gs, ge, cand;

	for (vma = mm->mmap; ; vma = vma->vm_next) {
		gs = last ? vm_end_gap(last) : 0;
		ge = vma ? vm_start_gap(vma) : ULONG_MAX;
		if (ge > high)
			ge = high;
		gs = max(gs, low);
		if (ge >= gs && ge - gs >= len) {
			cand = ge - len;
			if (IS_ERR_VALUE(best) || cand > best)
				best = cand;
		}
		if (!vma)
			break;
		last = vma;
	}
	return best;
}

static void mmap_get_unmapped_area(struct kunit *test)
{
	unsigned long base = mm->mmap_base, rw = PROT_READ | PROT_WRITE, a;
	unsigned long saved_min;
	struct vm_unmapped_area_info info = { 0 };

	/* an empty mm: right below mmap_base */
	a = map(0, 3 * P, PROT_READ, MAP_PRIVATE);
	KUNIT_EXPECT_EQ(test, a, base - 3 * P);
	KUNIT_ASSERT_EQ(test, do_munmap(mm, a, 3 * P, NULL), 0);

	/* [base-4p, base) r; [base-10p, base-6p) rw; [base-30p, base-20p) r */
	KUNIT_ASSERT_EQ(test, map_fixed(base - 4 * P, 4 * P, PROT_READ), base - 4 * P);
	KUNIT_ASSERT_EQ(test, map_fixed(base - 10 * P, 4 * P, rw), base - 10 * P);
	KUNIT_ASSERT_EQ(test, map_fixed(base - 30 * P, 10 * P, PROT_READ),
			base - 30 * P);
	/* 2 pages: the highest gap, exactly */
	KUNIT_EXPECT_EQ(test, get_unmapped_area(NULL, 0, 2 * P, 0, 0),
			base - 6 * P);
	/* 3 pages: too big for it; the top of the 10-page gap */
	KUNIT_EXPECT_EQ(test, get_unmapped_area(NULL, 0, 3 * P, 0, 0),
			base - 13 * P);
	KUNIT_EXPECT_EQ(test, get_unmapped_area(NULL, 0, 10 * P, 0, 0),
			base - 20 * P);
	/* 11 pages: below everything */
	KUNIT_EXPECT_EQ(test, get_unmapped_area(NULL, 0, 11 * P, 0, 0),
			base - 41 * P);
	KUNIT_EXPECT_EQ(test, brute_topdown(11 * P, P, base), base - 41 * P);

	/* alignment: a 2 MB-aligned start, the highest one that fits */
	info.flags = VM_UNMAPPED_AREA_TOPDOWN;
	info.length = 4 * P;
	info.low_limit = P;
	info.high_limit = base;
	info.align_mask = SZ_2M - 1;
	a = vm_unmapped_area(&info);
	KUNIT_EXPECT_TRUE(test, IS_ALIGNED(a, SZ_2M));
	KUNIT_EXPECT_EQ(test, a, ALIGN_DOWN(base - 30 * P - 4 * P, SZ_2M));
	KUNIT_EXPECT_NULL(test, find_vma_intersection(mm, a, a + 4 * P));
	/* with an offset: start = 0x5000 mod 2 MB */
	info.align_offset = 0x5000;
	a = vm_unmapped_area(&info);
	KUNIT_EXPECT_EQ(test, a & (SZ_2M - 1), 0x5000);
	KUNIT_EXPECT_NULL(test, find_vma_intersection(mm, a, a + 4 * P));
	/* bottom-up finds the lowest: from low_limit */
	info.flags = 0;
	info.align_mask = 0;
	info.align_offset = 0;
	info.low_limit = 0x100000;
	info.high_limit = TASK_SIZE;
	KUNIT_EXPECT_EQ(test, vm_unmapped_area(&info), 0x100000);
	info.low_limit = base - 12 * P;
	KUNIT_EXPECT_EQ(test, vm_unmapped_area(&info), base);	/* above all */
	info.length = 2 * P;
	KUNIT_EXPECT_EQ(test, vm_unmapped_area(&info), base - 12 * P);
	/* nothing fits in the limits */
	info.flags = VM_UNMAPPED_AREA_TOPDOWN;
	info.low_limit = base - 12 * P;
	info.high_limit = base - 4 * P;
	info.length = 3 * P;
	KUNIT_EXPECT_EQ(test, vm_unmapped_area(&info), (unsigned long)-ENOMEM);

	/* a free hint is taken; a taken one is not */
	KUNIT_EXPECT_EQ(test, get_unmapped_area(NULL, 0x700000, P, 0, 0),
			0x700000);
	KUNIT_EXPECT_EQ(test, get_unmapped_area(NULL, base - 9 * P, P, 0, 0),
			base - 5 * P);
	/* non-fixed hints below mmap_min_addr are raised to it */
	saved_min = mmap_min_addr;
	mmap_min_addr = 0x10000;
	KUNIT_EXPECT_EQ(test, map(0x2000, P, PROT_READ, MAP_PRIVATE), 0x10000);
	/* below a page the hint is "none": top-down as usual */
	KUNIT_EXPECT_EQ(test, map(0x100, P, PROT_READ, MAP_PRIVATE),
			base - 5 * P);
	mmap_min_addr = saved_min;
	/* MAP_FIXED is taken as given; too long is refused */
	KUNIT_EXPECT_EQ(test, get_unmapped_area(NULL, base - 8 * P, P, 0,
						MAP_FIXED), base - 8 * P);
	KUNIT_EXPECT_EQ(test, get_unmapped_area(NULL, 0, TASK_SIZE + P, 0, 0),
			(unsigned long)-ENOMEM);
	EXPECT_SOUND(test);
}

static void mmap_layouts(struct kunit *test)
{
	unsigned long a;

	/* a stack's guard gap is kept free below it */
	a = map(mm->mmap_base - 16 * P, 16 * P, PROT_READ | PROT_WRITE,
		MAP_PRIVATE | MAP_FIXED | MAP_GROWSDOWN);
	KUNIT_ASSERT_EQ(test, a, mm->mmap_base - 16 * P);
	KUNIT_EXPECT_TRUE(test, nth_vma(0)->vm_flags & VM_GROWSDOWN);
	KUNIT_EXPECT_EQ(test, mm->stack_vm, 16);
	KUNIT_EXPECT_EQ(test, mm->data_vm, 0);
	KUNIT_EXPECT_EQ(test, get_unmapped_area(NULL, 0, P, 0, 0),
			mm->mmap_base - 16 * P - stack_guard_gap - P);
	/* a hint inside the guard gap is not taken either */
	KUNIT_EXPECT_NE(test, get_unmapped_area(NULL, a - P, P, 0, 0), a - P);
	KUNIT_EXPECT_EQ(test, (long)map(0, P, PROT_READ | PROT_WRITE,
				       MAP_SHARED | MAP_GROWSDOWN), -EINVAL);

	/* no room under mmap_base: bottom-up from TASK_UNMAPPED_BASE instead */
	mm->mmap_base = 3 * P;
	KUNIT_EXPECT_EQ(test, get_unmapped_area(NULL, 0, 4 * P, 0, 0),
			TASK_UNMAPPED_BASE);

	/* the legacy layout grows up from TASK_UNMAPPED_BASE */
	arch_pick_mmap_layout(mm, ULONG_MAX);
	KUNIT_EXPECT_PTR_EQ(test, mm->get_unmapped_area, arch_get_unmapped_area);
	KUNIT_EXPECT_EQ(test, mm->mmap_base, TASK_UNMAPPED_BASE);
	KUNIT_EXPECT_EQ(test, map(0, 4 * P, PROT_READ, MAP_PRIVATE),
			TASK_UNMAPPED_BASE);
	KUNIT_EXPECT_EQ(test, map(0, 4 * P, PROT_EXEC, MAP_PRIVATE),
			TASK_UNMAPPED_BASE + 4 * P);
	/* a big stack rlimit moves mmap_base down (max 5/6 of the space) */
	arch_pick_mmap_layout(mm, SZ_1G);
	KUNIT_EXPECT_EQ(test, mm->mmap_base, TASK_SIZE - SZ_1G - stack_guard_gap);
	arch_pick_mmap_layout(mm, TASK_SIZE);
	KUNIT_EXPECT_EQ(test, mm->mmap_base,
			PAGE_ALIGN(TASK_SIZE - TASK_SIZE / 6 * 5));
	EXPECT_SOUND(test);
}

static void mmap_brk(struct kunit *test)
{
	unsigned long sb = 0x400000, r;

	mm->start_brk = mm->brk = sb;
	/* grow: a heap VMA from start_brk to the page-rounded brk */
	KUNIT_EXPECT_EQ(test, mm_brk(sb + 5000), sb + 5000);
	KUNIT_EXPECT_EQ(test, mm->brk, sb + 5000);
	KUNIT_ASSERT_EQ(test, nr_vmas(), 1);
	EXPECT_VMA(test, 0, sb, sb + 2 * P);
	KUNIT_EXPECT_EQ(test, nth_vma(0)->vm_flags & (VM_READ | VM_WRITE | VM_EXEC),
			VM_READ | VM_WRITE);
	KUNIT_EXPECT_EQ(test, mm->data_vm, 2);
	/* within the same page: only brk moves */
	KUNIT_EXPECT_EQ(test, mm_brk(sb + 6000), sb + 6000);
	EXPECT_VMA(test, 0, sb, sb + 2 * P);
	/* grow again: the same VMA grows (merge), no new one */
	KUNIT_EXPECT_EQ(test, mm_brk(sb + 10 * P), sb + 10 * P);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 1);
	EXPECT_VMA(test, 0, sb, sb + 10 * P);
	KUNIT_EXPECT_EQ(test, mm->total_vm, 10);
	KUNIT_EXPECT_EQ(test, mm->data_vm, 10);
	EXPECT_SOUND(test);
	/* shrink */
	KUNIT_EXPECT_EQ(test, mm_brk(sb + 1), sb + 1);
	EXPECT_VMA(test, 0, sb, sb + P);
	KUNIT_EXPECT_EQ(test, mm->total_vm, 1);
	KUNIT_EXPECT_EQ(test, mm_brk(sb), sb);
	KUNIT_EXPECT_EQ(test, nr_vmas(), 0);
	KUNIT_EXPECT_EQ(test, mm->total_vm, 0);
	KUNIT_EXPECT_EQ(test, mm->data_vm, 0);
	/* below start_brk: refused, the old brk comes back */
	KUNIT_EXPECT_EQ(test, mm_brk(sb - P), sb);
	EXPECT_SOUND(test);

	/* a mapping 16 pages up: brk may come within one page of it */
	KUNIT_ASSERT_EQ(test, map_fixed(sb + 16 * P, P, PROT_READ), sb + 16 * P);
	KUNIT_EXPECT_EQ(test, mm_brk(sb + 16 * P), sb);
	KUNIT_EXPECT_EQ(test, mm_brk(sb + 15 * P), sb + 15 * P);
	KUNIT_EXPECT_EQ(test, mm_brk(sb + 15 * P + 1), sb + 15 * P);
	EXPECT_SOUND(test);

	/* the heap merges with a bss/data VMA just below (same flags) */
	r = mm_brk(sb);
	KUNIT_EXPECT_EQ(test, r, sb);
	KUNIT_ASSERT_EQ(test, map_fixed(sb - 4 * P, 4 * P, PROT_READ | PROT_WRITE),
			sb - 4 * P);
	KUNIT_EXPECT_EQ(test, mm_brk(sb + 3 * P), sb + 3 * P);
	EXPECT_VMA(test, 0, sb - 4 * P, sb + 3 * P);
	KUNIT_EXPECT_EQ(test, vm_brk_flags(0x10000000, 1, 0), 0);
	KUNIT_EXPECT_EQ(test, find_vma(mm, 0x10000000)->vm_end, 0x10000000 + P);
	KUNIT_EXPECT_EQ(test, vm_brk_flags(0x10000000, P, VM_WRITE), -EINVAL);
	EXPECT_SOUND(test);
}

static void mmap_accounting(struct kunit *test)
{
	unsigned long populate, a;
	int rw = PROT_READ | PROT_WRITE;

	map(0, 2 * P, PROT_READ | PROT_EXEC, MAP_PRIVATE);	/* exec */
	map(0, 3 * P, rw, MAP_PRIVATE);				/* data */
	map(0, 4 * P, rw, MAP_SHARED);				/* neither */
	map(0, 5 * P, PROT_READ, MAP_PRIVATE);			/* neither */
	map(0, 6 * P, rw, MAP_PRIVATE | MAP_GROWSDOWN);		/* stack */
	KUNIT_EXPECT_EQ(test, mm->total_vm, 20);
	KUNIT_EXPECT_EQ(test, mm->exec_vm, 2);
	KUNIT_EXPECT_EQ(test, mm->data_vm, 3);
	KUNIT_EXPECT_EQ(test, mm->stack_vm, 6);
	KUNIT_EXPECT_EQ(test, mm->map_count, 5);
	EXPECT_SOUND(test);

	/* MAP_LOCKED: locked_vm, and the caller is told to populate */
	a = do_mmap(NULL, 0, 8 * P, rw, MAP_PRIVATE | MAP_ANONYMOUS |
		    MAP_LOCKED, 0, &populate, NULL);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_EQ(test, populate, 8 * P);
	KUNIT_EXPECT_EQ(test, mm->locked_vm, 8);
	KUNIT_EXPECT_TRUE(test, find_vma(mm, a)->vm_flags & VM_LOCKED);
	KUNIT_ASSERT_EQ(test, do_munmap(mm, a + 2 * P, 2 * P, NULL), 0);
	KUNIT_EXPECT_EQ(test, mm->locked_vm, 6);
	KUNIT_EXPECT_EQ(test, mm->total_vm, 26);
	do_mmap(NULL, 0, P, rw, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE,
		0, &populate, NULL);
	KUNIT_EXPECT_EQ(test, populate, P);
	do_mmap(NULL, 0, P, rw, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE |
		MAP_NONBLOCK, 0, &populate, NULL);
	KUNIT_EXPECT_EQ(test, populate, 0);

	/* bad requests */
	KUNIT_EXPECT_EQ(test, (long)do_mmap(NULL, 0, 0, rw, MAP_PRIVATE |
					   MAP_ANONYMOUS, 0, &populate, NULL),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, (long)do_mmap(NULL, 0, P, rw, MAP_ANONYMOUS,
					   0, &populate, NULL), -EINVAL);
	/* a file whose filesystem can't mmap (no ->mmap): -ENODEV */
	KUNIT_EXPECT_EQ(test, (long)do_mmap(&(struct file){
			.f_op = &(const struct file_operations){ 0 },
			.f_mode = FMODE_READ }, 0, P, PROT_READ,
			MAP_PRIVATE, 0, &populate, NULL), -ENODEV);
	KUNIT_EXPECT_EQ(test, (long)do_mmap(NULL, 0, -P / 2, rw,
					   MAP_PRIVATE | MAP_ANONYMOUS, 0,
					   &populate, NULL), -ENOMEM);
	EXPECT_SOUND(test);
}

static void mmap_page_prot(struct kunit *test)
{
	u64 prw = pgprot_val(vm_get_page_prot(VM_READ | VM_WRITE));
	u64 srw = pgprot_val(vm_get_page_prot(VM_READ | VM_WRITE | VM_SHARED));
	u64 rx = pgprot_val(vm_get_page_prot(VM_READ | VM_EXEC));
	u64 none = pgprot_val(vm_get_page_prot(VM_NONE));

	/* private writable: read-only PTE until the write fault copies */
	KUNIT_EXPECT_TRUE(test, prw & PTE_RDONLY);
	KUNIT_EXPECT_FALSE(test, prw & PTE_WRITE);
	KUNIT_EXPECT_TRUE(test, prw & PTE_USER);
	KUNIT_EXPECT_TRUE(test, prw & PTE_NG);
	KUNIT_EXPECT_TRUE(test, prw & PTE_UXN);
	/* shared writable: writable at once */
	KUNIT_EXPECT_TRUE(test, srw & PTE_WRITE);
	/* exec: user-executable, never kernel-executable */
	KUNIT_EXPECT_FALSE(test, rx & PTE_UXN);
	KUNIT_EXPECT_TRUE(test, rx & PTE_PXN);
	/* PROT_NONE: not valid for the MMU */
	KUNIT_EXPECT_FALSE(test, none & PTE_VALID);
	/* a new VMA carries the protection of its flags */
	KUNIT_ASSERT_EQ(test, map_fixed(0x100000, P, PROT_READ | PROT_WRITE),
			0x100000);
	KUNIT_EXPECT_EQ(test, pgprot_val(nth_vma(0)->vm_page_prot), prw);
}

static void mmap_mm_lifetime(struct kunit *test)
{
	struct mm_struct *other = mm_alloc();
	int i;

	KUNIT_ASSERT_NOT_NULL(test, other);
	KUNIT_EXPECT_NE(test, (unsigned long)other->pgd, (unsigned long)mm->pgd);
	/* a second user keeps it alive through one mmput */
	atomic_inc(&other->mm_users);
	for (i = 0; i < 10; i++)
		host_with_mm(other, do_mmap(NULL, 0, P,
					    i & 1 ? PROT_READ : PROT_EXEC,
					    MAP_PRIVATE | MAP_ANONYMOUS, 0,
					    &(unsigned long){ 0 }, NULL));
	KUNIT_EXPECT_EQ(test, other->map_count, 10);
	mmput(other);
	KUNIT_EXPECT_EQ(test, other->map_count, 10);
	KUNIT_EXPECT_EQ(test, validate_mm(other), 0);
	/* exit_mmap empties it */
	exit_mmap(other);
	KUNIT_EXPECT_NULL(test, other->mmap);
	KUNIT_EXPECT_EQ(test, other->map_count, 0);
	KUNIT_EXPECT_TRUE(test, RB_EMPTY_ROOT(&other->mm_rb));
	mmput(other);		/* the last: frees pgd and struct (ASan sees) */
}

/*
 * ---- the stress ----
 * A window of WIN_PAGES pages holds every mapping (mmap_base at its top,
 * mmap_min_addr at its bottom). shadow[i] is the vm_flags page i must
 * have (0: unmapped). Operations: MAP_FIXED mmap anywhere in the window,
 * top-down mmap (address predicted by brute force), munmap, mprotect.
 */
#define WIN_BASE	0x10000000UL
#define WIN_PAGES	4096
#define STRESS_OPS	120000

static unsigned long shadow[WIN_PAGES];

static unsigned long expect_flags(int prot, int flags)
{
	unsigned long vmf = calc_vm_prot_bits(prot, 0) | calc_vm_flag_bits(flags) |
			    VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;

	if ((flags & MAP_TYPE) == MAP_SHARED)
		vmf |= VM_SHARED | VM_MAYSHARE;
	if ((vmf & (VM_SHARED | VM_WRITE)) == VM_WRITE)
		vmf |= VM_ACCOUNT;
	return vmf;
}

static void shadow_set(unsigned long addr, unsigned long len,
		       unsigned long vmf)
{
	unsigned long i, first = (addr - WIN_BASE) >> PAGE_SHIFT;

	for (i = 0; i < len >> PAGE_SHIFT; i++)
		shadow[first + i] = vmf;
}

/* Every page of the window as the shadow says; private neighbours merged. */
static bool shadow_check(struct kunit *test)
{
	unsigned long i, addr, total = 0;
	struct vm_area_struct *vma;

	for (i = 0; i < WIN_PAGES; i++) {
		addr = WIN_BASE + i * P;
		vma = find_vma(mm, addr);
		if (vma && vma->vm_start > addr)
			vma = NULL;
		if (shadow[i] != (vma ? vma->vm_flags : 0)) {
			KUNIT_FAIL(test, "page %lx: flags %lx, shadow %lx", addr,
				   vma ? vma->vm_flags : 0, shadow[i]);
			return false;
		}
		total += shadow[i] != 0;
	}
	if (total != mm->total_vm) {
		KUNIT_FAIL(test, "total_vm %lu, shadow %lu", mm->total_vm, total);
		return false;
	}
	/*
	 * Private anonymous VMAs that touch and have equal flags always get
	 * merged by mmap and mprotect (their pgoffs line up by construction).
	 */
	for (vma = mm->mmap; vma && vma->vm_next; vma = vma->vm_next) {
		if (vma->vm_end == vma->vm_next->vm_start &&
		    vma->vm_flags == vma->vm_next->vm_flags &&
		    !(vma->vm_flags & VM_SHARED)) {
			KUNIT_FAIL(test, "unmerged %lx-%lx %lx-%lx flags %lx",
				   vma->vm_start, vma->vm_end,
				   vma->vm_next->vm_start, vma->vm_next->vm_end,
				   vma->vm_flags);
			return false;
		}
	}
	return true;
}

static void dump_vmas(struct kunit *test)
{
	struct vm_area_struct *v;

	for (v = mm->mmap; v; v = v->vm_next)
		kunit_info(test, "%lx-%lx %lx gap %lx subtree %lx", v->vm_start,
			   v->vm_end, v->vm_flags, vm_start_gap(v),
			   v->rb_subtree_gap);
}

/*
 * Linux's top-down walk gives up at the first VMA whose gap ends below
 * low_limit, taking gap ends to fall as it walks down. A stack's guard gap
 * breaks that: vm_start_gap() of a VM_GROWSDOWN VMA can lie below that of
 * a lower VMA. Real stacks sit at the top, so it never shows; the stress
 * puts stacks anywhere, and then only checks that the answer is free.
 */
static bool guard_below(unsigned long low_limit)
{
	struct vm_area_struct *v;

	for (v = mm->mmap; v; v = v->vm_next)
		if ((v->vm_flags & VM_GROWSDOWN) && vm_start_gap(v) < low_limit)
			return true;
	return false;
}

static const int stress_prots[] = {
	PROT_READ, PROT_READ | PROT_WRITE, PROT_READ | PROT_EXEC, PROT_NONE,
};

static void mmap_stress(struct kunit *test)
{
	unsigned long saved_min = mmap_min_addr, win_end = WIN_BASE +
				  WIN_PAGES * P;
	unsigned long nr_fixed = 0, nr_top = 0, nr_unmap = 0, nr_prot = 0,
		      max_count = 0, fallbacks = 0, nr_quirk = 0;
	unsigned long saved_guard = stack_guard_gap;
	u64 seed = 0x5eed2026;
	int op;

	mmap_min_addr = WIN_BASE;
	stack_guard_gap = 16 * P;	/* stack_guard_gap=16: fits the window */
	mm->mmap_base = win_end;
	memset(shadow, 0, sizeof(shadow));

	for (op = 0; op < STRESS_OPS; op++) {
		u64 r = hm_rand(&seed);
		unsigned long pages = 1 + (r >> 8) % 48;
		unsigned long first = (r >> 20) % WIN_PAGES;
		unsigned long addr, len, got, want;
		int kind = r % 100, prot = stress_prots[(r >> 40) % 4];
		int flags = MAP_PRIVATE;

		if (((r >> 44) & 15) == 0)
			flags = MAP_SHARED;
		else if (((r >> 44) & 31) == 1)
			flags |= MAP_GROWSDOWN;
		if (first + pages > WIN_PAGES)
			pages = WIN_PAGES - first;
		addr = WIN_BASE + first * P;
		len = pages * P;

		if (kind < 35) {
			got = map(addr, len, prot, flags | MAP_FIXED);
			KUNIT_ASSERT_EQ(test, got, addr);
			shadow_set(addr, len, expect_flags(prot, flags));
			nr_fixed++;
		} else if (kind < 50) {
			bool quirk = guard_below(WIN_BASE + len);

			want = brute_topdown(len, WIN_BASE, win_end);
			got = map(0, len, prot, flags);
			if (quirk && got >= WIN_BASE && got < win_end) {
				/* not necessarily the highest: just free */
				unsigned long i = (got - WIN_BASE) >> PAGE_SHIFT;

				KUNIT_ASSERT_TRUE(test, got + len <= win_end);
				for (; i < (got + len - WIN_BASE) >> PAGE_SHIFT; i++)
					KUNIT_ASSERT_EQ(test, shadow[i], 0);
				shadow_set(got, len, expect_flags(prot, flags));
				nr_quirk++;
			} else if (IS_ERR_VALUE(want) || quirk) {
				/* full: the bottom-up fallback, outside */
				KUNIT_ASSERT_GE(test, got, TASK_UNMAPPED_BASE);
				KUNIT_ASSERT_EQ(test, do_munmap(mm, got, len,
								NULL), 0);
				fallbacks++;
			} else {
				if (got != want)
					dump_vmas(test);
				KUNIT_ASSERT_EQ(test, got, want);
				shadow_set(got, len, expect_flags(prot, flags));
			}
			nr_top++;
		} else if (kind < 75) {
			KUNIT_ASSERT_EQ(test, do_munmap(mm, addr, len, NULL), 0);
			shadow_set(addr, len, 0);
			nr_unmap++;
		} else {
			unsigned long i, done = 0, vmf;
			int ret = test_mprotect(addr, len, prot);

			/* Linux changes what lies before the first hole */
			for (i = first; i < first + pages && shadow[i]; i++) {
				vmf = (shadow[i] & ~VM_ACCESS_FLAGS) |
				      calc_vm_prot_bits(prot, 0);
				if ((vmf & VM_WRITE) && !(shadow[i] &
				    (VM_ACCOUNT | VM_WRITE | VM_SHARED)))
					vmf |= VM_ACCOUNT;
				shadow[i] = vmf;
				done++;
			}
			KUNIT_ASSERT_EQ(test, ret, done == pages ? 0 : -ENOMEM);
			nr_prot++;
		}

		if (validate_mm(mm)) {
			KUNIT_FAIL(test, "validate_mm failed after op %d", op);
			break;
		}
		if (mm->map_count > max_count)
			max_count = mm->map_count;
		if (op % 100 == 99 && !shadow_check(test)) {
			kunit_info(test, "after op %d", op);
			break;
		}
	}
	kunit_info(test, "%d ops: %lu fixed, %lu top-down (%lu fell back, %lu near a low stack), %lu munmap, %lu mprotect; up to %lu VMAs",
		   op, nr_fixed, nr_top, fallbacks, nr_quirk, nr_unmap, nr_prot,
		   max_count);
	KUNIT_EXPECT_EQ(test, op, STRESS_OPS);
	KUNIT_EXPECT_GT(test, max_count, 50);

	/* unmapping the window empties the mm and every counter */
	KUNIT_EXPECT_EQ(test, do_munmap(mm, WIN_BASE, WIN_PAGES * P, NULL), 0);
	KUNIT_EXPECT_EQ(test, mm->map_count, 0);
	KUNIT_EXPECT_EQ(test, mm->total_vm, 0);
	KUNIT_EXPECT_EQ(test, mm->data_vm + mm->exec_vm + mm->stack_vm, 0);
	EXPECT_SOUND(test);
	mmap_min_addr = saved_min;
	stack_guard_gap = saved_guard;
}

/* validate_mm must notice breakage, or the stress proves nothing */
static void mmap_validate_catches(struct kunit *test)
{
	struct vm_area_struct *v;
	unsigned long saved;

	map_fixed(0x100000, 4 * P, PROT_READ);
	map_fixed(0x200000, 4 * P, PROT_READ | PROT_WRITE);
	map_fixed(0x300000, 4 * P, PROT_READ);
	EXPECT_SOUND(test);
	v = nth_vma(1);

	saved = v->rb_subtree_gap;
	v->rb_subtree_gap += P;
	KUNIT_EXPECT_GT(test, validate_mm(mm), 0);
	v->rb_subtree_gap = saved;

	mm->map_count++;
	KUNIT_EXPECT_GT(test, validate_mm(mm), 0);
	mm->map_count--;

	mm->total_vm--;
	KUNIT_EXPECT_GT(test, validate_mm(mm), 0);
	mm->total_vm++;

	v->vm_end = 0x300000 + P;		/* overlaps the next */
	KUNIT_EXPECT_GT(test, validate_mm(mm), 0);
	v->vm_end = 0x200000 + 4 * P;

	mm->highest_vm_end -= P;
	KUNIT_EXPECT_GT(test, validate_mm(mm), 0);
	mm->highest_vm_end += P;
	EXPECT_SOUND(test);
}

static struct kunit_case mmap_cases[] = {
	KUNIT_CASE(mmap_fresh_mm),
	KUNIT_CASE(mmap_find_vma),
	KUNIT_CASE(mmap_insert_ordering),
	KUNIT_CASE(mmap_fixed_splits),
	KUNIT_CASE(mmap_munmap_middle),
	KUNIT_CASE(mmap_munmap_spanning),
	KUNIT_CASE(mmap_merge),
	KUNIT_CASE(mmap_merge_cases),
	KUNIT_CASE(mmap_split_vma),
	KUNIT_CASE(mmap_get_unmapped_area),
	KUNIT_CASE(mmap_layouts),
	KUNIT_CASE(mmap_brk),
	KUNIT_CASE(mmap_accounting),
	KUNIT_CASE(mmap_page_prot),
	KUNIT_CASE(mmap_mm_lifetime),
	KUNIT_CASE(mmap_validate_catches),
	KUNIT_CASE(mmap_stress),
	{}
};

static struct kunit_suite mmap_test_suite = {
	.name = "mmap",
	.init = mmap_test_init,
	.exit = mmap_test_exit,
	.test_cases = mmap_cases,
};
kunit_test_suite(mmap_test_suite);
