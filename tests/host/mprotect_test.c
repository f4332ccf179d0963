// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/mprotect_test.c - the system-call machinery over user mms
 * on the host: mprotect (mm/mprotect.c), madvise (mm/madvise.c), mlock
 * and mlockall (mm/mlock.c), MAP_POPULATE and get_user_pages (mm/gup.c,
 * mm/util.c), driven as the syscalls will drive them, with faults taken
 * the way arm64's MMU would take them (user_mm_host.c).
 *
 * Covered: mprotect splitting one VMA into three and merging them back,
 * the ptes really changing (and private memory never becoming writable
 * without do_wp_page), PROT_NONE and back, the TLB flush, Linux's error
 * cases (-EINVAL, -ENOMEM after partial success, -EACCES from VM_MAY*);
 * MADV_DONTNEED giving pages back and refaulting zeros, the flag-only
 * advice splitting and merging, DONTFORK; populate leaving nothing to
 * fault; mlock/munlock/mlockall with locked_vm; a seeded stress of all
 * of it (with file mappings and fork) under the user-mm checker.
 *
 * Linux tests these from user space: selftests/mm (mlock2-tests.c,
 * mlock-random-test.c, madv_populate.c), LTP's mprotect/madvise/mlock.
 */
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/sizes.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/fs.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>
#include <tinymm/test_hooks.h>
#include "mm_host.h"
#include "user_mm_host.h"

#define P		PAGE_SIZE
#define ARENA_BASE	0x40000000UL
#define ARENA_SIZE	SZ_64M
#define RW		(PROT_READ | PROT_WRITE)

static unsigned long free_at_init;

static int mprotect_test_init(struct kunit *test)
{
	int ret = um_boot(ARENA_BASE, ARENA_SIZE);

	if (ret)
		return ret;
	free_at_init = nr_free_pages_settled();
	return 0;
}

static void mprotect_test_exit(struct kunit *test)
{
	um_teardown();
}

static unsigned long map_anon(struct mm_struct *mm, unsigned long len,
			      unsigned long prot, unsigned long flags)
{
	flags |= MAP_PRIVATE | MAP_ANONYMOUS;
	return host_with_mm(mm, vm_mmap_pgoff(NULL, 0, len, prot, flags, 0));
}

static int nr_vmas(struct mm_struct *mm)
{
	struct vm_area_struct *vma;
	int n = 0;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		n++;
	return n;
}

/* Faults needed to touch [addr, addr + n pages), taking them. */
static int touch_range(struct kunit *test, struct mm_struct *mm,
		       unsigned long addr, unsigned long n, bool write)
{
	int faults = 0, r;

	while (n--) {
		r = um_touch(mm, addr, write);
		KUNIT_EXPECT_GE(test, r, 0);
		faults += r > 0;
		addr += P;
	}
	return faults;
}

static void fill(struct mm_struct *mm, unsigned long addr, unsigned long n,
		 int c)
{
	for (; n--; addr += P)
		memset(page_address(um_page_at(mm, addr)), c, P);
}

#define CHECK_MM(test, mm) do {						\
	struct mm_struct *__m = (mm);					\
	KUNIT_EXPECT_TRUE(test, um_check(test, &__m, 1));		\
} while (0)

/* ================= mprotect ================= */

static void mm_syscalls_mprotect_split_and_merge(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	unsigned long a, i, flushes, free0;
	struct vm_area_struct *vma;
	struct page *pages[8];

	KUNIT_ASSERT_NOT_NULL(test, mm);
	host_use_mm(mm);
	a = map_anon(mm, 8 * P, RW, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_EQ(test, touch_range(test, mm, a, 8, true), 8);
	for (i = 0; i < 8; i++)
		pages[i] = um_page_at(mm, a + i * P);
	fill(mm, a, 8, 0x5a);
	KUNIT_EXPECT_EQ(test, mm->data_vm, 8UL);

	/* the middle goes read-only: three VMAs, middle ptes lose write */
	flushes = host_tlb_flush_count;
	KUNIT_ASSERT_EQ(test, do_mprotect_pkey(a + 2 * P, 3 * P,
					       PROT_READ, -1), 0);
	KUNIT_EXPECT_EQ(test, nr_vmas(mm), 3);
	vma = find_vma(mm, a + 2 * P);
	KUNIT_EXPECT_EQ(test, vma->vm_start, a + 2 * P);
	KUNIT_EXPECT_EQ(test, vma->vm_end, a + 5 * P);
	KUNIT_EXPECT_EQ(test, vma->vm_flags & VM_ACCESS_FLAGS, VM_READ);
	KUNIT_EXPECT_EQ(test, pgprot_val(vma->vm_page_prot),
			pgprot_val(vm_get_page_prot(VM_READ)));
	/* the range's TLB entries were flushed */
	KUNIT_EXPECT_GT(test, host_tlb_flush_count, flushes);
	KUNIT_EXPECT_EQ(test, host_tlb_flush_start, (u64)(a + 2 * P));
	KUNIT_EXPECT_EQ(test, host_tlb_flush_end, (u64)(a + 5 * P));
	for (i = 0; i < 8; i++) {
		pte_t pte = um_pte_at(mm, a + i * P);
		bool ro = i >= 2 && i < 5;

		KUNIT_EXPECT_TRUE(test, pte_present(pte));
		KUNIT_EXPECT_EQ(test, pte_write(pte), !ro);
		KUNIT_EXPECT_EQ(test, pte_rdonly(pte), ro);
		/* the same page, still young, dirtiness kept in PTE_DIRTY */
		KUNIT_EXPECT_EQ(test, um_page_at(mm, a + i * P), pages[i]);
		KUNIT_EXPECT_TRUE(test, pte_young(pte));
		if (ro)
			KUNIT_EXPECT_TRUE(test, pte_val(pte) & PTE_DIRTY);
	}
	KUNIT_EXPECT_EQ(test, mm->data_vm, 5UL);
	/* the read-only part refuses writes */
	KUNIT_EXPECT_EQ(test, um_fault(mm, a + 3 * P, FAULT_FLAG_WRITE),
			VM_FAULT_SIGSEGV);
	CHECK_MM(test, mm);

	/* back to read-write: one VMA again, the ptes stay read-only ... */
	KUNIT_ASSERT_EQ(test, do_mprotect_pkey(a + 2 * P, 3 * P, RW, -1),
			0);
	KUNIT_EXPECT_EQ(test, nr_vmas(mm), 1);
	KUNIT_EXPECT_EQ(test, mm->data_vm, 8UL);
	KUNIT_EXPECT_FALSE(test, um_pte_writable(um_pte_at(mm, a + 3 * P)));
	/* ... until a write, which reuses the exclusive page: no copy */
	free0 = nr_free_pages_settled();
	KUNIT_EXPECT_EQ(test, touch_range(test, mm, a, 8, true), 3);
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free0);
	for (i = 0; i < 8; i++)
		KUNIT_EXPECT_EQ(test, um_page_at(mm, a + i * P), pages[i]);
	KUNIT_EXPECT_EQ(test, *(u8 *)page_address(pages[3]), 0x5a);
	CHECK_MM(test, mm);

	/* a range over several VMAs changes each, merging them all */
	KUNIT_ASSERT_EQ(test, do_mprotect_pkey(a + P, P, PROT_READ, -1), 0);
	KUNIT_ASSERT_EQ(test, do_mprotect_pkey(a + 5 * P, P, PROT_EXEC, -1),
			0);
	KUNIT_EXPECT_EQ(test, nr_vmas(mm), 5);
	KUNIT_ASSERT_EQ(test, do_mprotect_pkey(a, 8 * P, PROT_READ, -1), 0);
	KUNIT_EXPECT_EQ(test, nr_vmas(mm), 1);
	for (i = 0; i < 8; i++)
		KUNIT_EXPECT_FALSE(test, pte_write(um_pte_at(mm, a + i * P)));
	CHECK_MM(test, mm);

	mmput(mm);
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free_at_init);
}

/* COW after fork: mprotect RW must not make the shared page writable. */
static void mm_syscalls_mprotect_keeps_cow(struct kunit *test)
{
	struct mm_struct *mms[2];
	unsigned long a;
	struct page *page;

	mms[0] = mm_alloc();
	KUNIT_ASSERT_NOT_NULL(test, mms[0]);
	a = map_anon(mms[0], 2 * P, RW, 0);
	KUNIT_EXPECT_EQ(test, touch_range(test, mms[0], a, 2, true), 2);
	page = um_page_at(mms[0], a);
	mms[1] = um_fork(test, mms[0]);
	KUNIT_ASSERT_EQ(test, host_with_mm(mms[0], do_mprotect_pkey(a, 2 * P,
								    PROT_READ,
								    -1)),
			0);
	KUNIT_ASSERT_EQ(test, host_with_mm(mms[0], do_mprotect_pkey(a, 2 * P,
								    RW, -1)),
			0);
	KUNIT_EXPECT_FALSE(test, um_pte_writable(um_pte_at(mms[0], a)));
	KUNIT_EXPECT_EQ(test, page_count(page), 2);
	KUNIT_EXPECT_TRUE(test, um_check(test, mms, 2));
	/* the write copies: the child keeps the original */
	KUNIT_EXPECT_EQ(test, um_fault(mms[0], a, FAULT_FLAG_WRITE),
			VM_FAULT_WRITE);
	KUNIT_EXPECT_NE(test, um_page_at(mms[0], a), page);
	KUNIT_EXPECT_EQ(test, um_page_at(mms[1], a), page);
	KUNIT_EXPECT_TRUE(test, um_check(test, mms, 2));
	mmput(mms[1]);
	mmput(mms[0]);
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free_at_init);
}

static void mm_syscalls_mprotect_prot_none(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	unsigned long a, rss;
	struct page *page;
	pte_t pte;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	host_use_mm(mm);
	a = map_anon(mm, 4 * P, RW, 0);
	touch_range(test, mm, a, 4, true);
	fill(mm, a, 4, 0x77);
	page = um_page_at(mm, a + P);
	rss = get_mm_counter(mm, MM_ANONPAGES);

	KUNIT_ASSERT_EQ(test, do_mprotect_pkey(a, 4 * P, PROT_NONE, -1), 0);
	pte = um_pte_at(mm, a + P);
	/* the page stays, invisible to the MMU */
	KUNIT_EXPECT_FALSE(test, pte_present(pte));
	KUNIT_EXPECT_TRUE(test, pte_val(pte) & PTE_PROT_NONE);
	KUNIT_EXPECT_EQ(test, pte_pfn(pte), page_to_pfn(page));
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_ANONPAGES), rss);
	KUNIT_EXPECT_EQ(test, um_fault(mm, a + P, 0), VM_FAULT_SIGSEGV);
	KUNIT_EXPECT_EQ(test, mm->data_vm, 0UL);
	CHECK_MM(test, mm);

	/* readable again: the same page, with its data, and no fault */
	KUNIT_ASSERT_EQ(test, do_mprotect_pkey(a, 4 * P, PROT_READ, -1), 0);
	KUNIT_EXPECT_EQ(test, um_page_at(mm, a + P), page);
	KUNIT_EXPECT_EQ(test, touch_range(test, mm, a, 4, false), 0);
	KUNIT_EXPECT_EQ(test, *(u8 *)page_address(page), 0x77);
	CHECK_MM(test, mm);
	mmput(mm);
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free_at_init);
}

static void mm_syscalls_mprotect_errors(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	unsigned long a, b, s;
	struct inode *inode;
	struct file *file;
	static char data[2 * 4096];

	KUNIT_ASSERT_NOT_NULL(test, mm);
	host_use_mm(mm);
	a = map_anon(mm, 4 * P, RW, 0);
	/* a hole of 2 pages, then b */
	b = vm_mmap_pgoff(NULL, a + 6 * P, 4 * P, RW,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, 0);
	KUNIT_ASSERT_EQ(test, b, a + 6 * P);

	KUNIT_EXPECT_EQ(test, do_mprotect_pkey(a + 1, P, PROT_READ, -1),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, do_mprotect_pkey(a, 0, PROT_READ, -1), 0);
	KUNIT_EXPECT_EQ(test, do_mprotect_pkey(a, P, PROT_READ | PROT_BTI,
					       -1), -EINVAL);
	KUNIT_EXPECT_EQ(test, do_mprotect_pkey(a, P, PROT_READ, 3),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, do_mprotect_pkey(a, P, PROT_READ |
					       PROT_GROWSDOWN | PROT_GROWSUP,
					       -1), -EINVAL);
	/* PROT_GROWSDOWN only on a stack */
	KUNIT_EXPECT_EQ(test, do_mprotect_pkey(a, P, PROT_READ |
					       PROT_GROWSDOWN, -1), -EINVAL);
	KUNIT_EXPECT_EQ(test, do_mprotect_pkey(a + 4 * P, P, PROT_READ, -1),
			-ENOMEM);
	KUNIT_EXPECT_EQ(test, do_mprotect_pkey(-2 * P, 4 * P, PROT_READ,
					       -1), -ENOMEM);
	/* over the hole: the part before it changes, then -ENOMEM */
	KUNIT_EXPECT_EQ(test, do_mprotect_pkey(a + 2 * P, 6 * P, PROT_READ,
					       -1), -ENOMEM);
	KUNIT_EXPECT_EQ(test, find_vma(mm, a + 2 * P)->vm_flags &
			VM_ACCESS_FLAGS, VM_READ);
	KUNIT_EXPECT_EQ(test, find_vma(mm, a + P)->vm_flags & VM_ACCESS_FLAGS,
			VM_READ | VM_WRITE);
	KUNIT_EXPECT_EQ(test, find_vma(mm, b)->vm_flags & VM_ACCESS_FLAGS,
			VM_READ | VM_WRITE);

	/* -EACCES: a shared mapping of a read-only open can't be writable */
	inode = ramfs_create_file("/data/ro", data, sizeof(data));
	KUNIT_ASSERT_FALSE(test, IS_ERR(inode));
	file = filp_open("/data/ro", O_RDONLY, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(file));
	s = vm_mmap_pgoff(file, 0, 2 * P, PROT_READ, MAP_SHARED, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(s));
	KUNIT_EXPECT_FALSE(test, find_vma(mm, s)->vm_flags & VM_MAYWRITE);
	KUNIT_EXPECT_EQ(test, do_mprotect_pkey(s, P, RW, -1), -EACCES);
	KUNIT_EXPECT_EQ(test, do_mprotect_pkey(s, P, PROT_READ | PROT_EXEC,
					       -1), 0);
	/* a private one may: writes go to private copies */
	s = vm_mmap_pgoff(file, 0, 2 * P, PROT_READ, MAP_PRIVATE, 0);
	KUNIT_EXPECT_EQ(test, do_mprotect_pkey(s, P, RW, -1), 0);
	fput(file);
	CHECK_MM(test, mm);
	mmput(mm);
	ramfs_kill_sb();	/* the inode, so the page count can compare */
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free_at_init);
}

/* ================= madvise ================= */

static void mm_syscalls_madvise_dontneed(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	unsigned long a, i, free0, flushes;
	struct page *page;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	a = map_anon(mm, 16 * P, RW, 0);
	touch_range(test, mm, a, 16, true);
	fill(mm, a, 16, 0xee);
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_ANONPAGES), 16UL);
	free0 = nr_free_pages_settled();

	flushes = host_tlb_flush_count;
	KUNIT_ASSERT_EQ(test, do_madvise(mm, a + 4 * P, 8 * P, MADV_DONTNEED),
			0);
	/* the 8 pages are free again (the tables stay), the VMA is whole */
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free0 + 8);
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_ANONPAGES), 8UL);
	KUNIT_EXPECT_GT(test, host_tlb_flush_count, flushes);
	KUNIT_EXPECT_EQ(test, nr_vmas(mm), 1);
	for (i = 0; i < 16; i++)
		KUNIT_EXPECT_EQ(test, pte_none(um_pte_at(mm, a + i * P)),
				i >= 4 && i < 12);
	CHECK_MM(test, mm);

	/* the next read sees zeros (the zero page), a write a fresh page */
	KUNIT_EXPECT_EQ(test, um_touch(mm, a + 4 * P, false), 1);
	KUNIT_EXPECT_EQ(test, pte_pfn(um_pte_at(mm, a + 4 * P)), zero_pfn);
	KUNIT_EXPECT_EQ(test, um_touch(mm, a + 5 * P, true), 1);
	page = um_page_at(mm, a + 5 * P);
	KUNIT_EXPECT_TRUE(test, !memchr_inv(page_address(page), 0, P));
	/* the pages outside the range kept their data */
	KUNIT_EXPECT_EQ(test, *(u8 *)page_address(um_page_at(mm, a + 3 * P)),
			0xee);
	KUNIT_EXPECT_EQ(test, *(u8 *)page_address(um_page_at(mm, a + 12 * P)),
			0xee);
	CHECK_MM(test, mm);

	/* MADV_FREE: the same here (freeing at once is allowed) */
	KUNIT_ASSERT_EQ(test, do_madvise(mm, a, 16 * P, MADV_FREE), 0);
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_ANONPAGES), 0UL);
	mmput(mm);
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free_at_init);
}

static void mm_syscalls_madvise_errors_and_holes(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	unsigned long a, b;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	host_use_mm(mm);
	a = map_anon(mm, 4 * P, RW, 0);
	b = vm_mmap_pgoff(NULL, a + 6 * P, 4 * P, RW,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, 0);
	KUNIT_ASSERT_EQ(test, b, a + 6 * P);
	touch_range(test, mm, a, 4, true);
	touch_range(test, mm, b, 4, true);

	KUNIT_EXPECT_EQ(test, do_madvise(mm, a, P, 99), -EINVAL);
	KUNIT_EXPECT_EQ(test, do_madvise(mm, a, P, MADV_REMOVE), -EINVAL);
	KUNIT_EXPECT_EQ(test, do_madvise(mm, a + 8, P, MADV_DONTNEED), -EINVAL);
	KUNIT_EXPECT_EQ(test, do_madvise(mm, a, 0, MADV_DONTNEED), 0);
	KUNIT_EXPECT_EQ(test, do_madvise(mm, a, (size_t)-100, MADV_DONTNEED),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, do_madvise(mm, a + 4 * P, 2 * P, MADV_DONTNEED),
			-ENOMEM);
	/* a hole in the middle: both sides are done, then -ENOMEM */
	KUNIT_EXPECT_EQ(test, do_madvise(mm, a + 2 * P, 6 * P, MADV_DONTNEED),
			-ENOMEM);
	KUNIT_EXPECT_TRUE(test, pte_present(um_pte_at(mm, a + P)));
	KUNIT_EXPECT_TRUE(test, pte_none(um_pte_at(mm, a + 2 * P)));
	KUNIT_EXPECT_TRUE(test, pte_none(um_pte_at(mm, b + P)));
	KUNIT_EXPECT_TRUE(test, pte_present(um_pte_at(mm, b + 2 * P)));
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_ANONPAGES), 4UL);

	/* locked memory must stay: DONTNEED refuses */
	KUNIT_ASSERT_EQ(test, do_mlock(b, 4 * P, VM_LOCKED), 0);
	KUNIT_EXPECT_EQ(test, do_madvise(mm, b, 4 * P, MADV_DONTNEED), -EINVAL);
	KUNIT_EXPECT_TRUE(test, pte_present(um_pte_at(mm, b + 3 * P)));
	CHECK_MM(test, mm);
	mmput(mm);
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free_at_init);
}

static void mm_syscalls_madvise_flags_split_merge(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc(), *child;
	struct vm_area_struct *vma;
	unsigned long a;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	a = map_anon(mm, 8 * P, RW, 0);
	touch_range(test, mm, a, 8, true);

	KUNIT_ASSERT_EQ(test, do_madvise(mm, a + 2 * P, 2 * P, MADV_SEQUENTIAL),
			0);
	KUNIT_EXPECT_EQ(test, nr_vmas(mm), 3);
	vma = find_vma(mm, a + 2 * P);
	KUNIT_EXPECT_TRUE(test, vma->vm_flags & VM_SEQ_READ);
	KUNIT_EXPECT_EQ(test, vma->vm_end, a + 4 * P);
	KUNIT_ASSERT_EQ(test, do_madvise(mm, a + 2 * P, P, MADV_RANDOM), 0);
	KUNIT_EXPECT_EQ(test, nr_vmas(mm), 4);
	vma = find_vma(mm, a + 2 * P);
	KUNIT_EXPECT_TRUE(test, vma->vm_flags & VM_RAND_READ);
	KUNIT_EXPECT_FALSE(test, vma->vm_flags & VM_SEQ_READ);
	/* WILLNEED on anonymous memory: accepted, changes nothing */
	KUNIT_EXPECT_EQ(test, do_madvise(mm, a, 8 * P, MADV_WILLNEED), 0);
	KUNIT_EXPECT_EQ(test, nr_vmas(mm), 4);
	/* NORMAL over everything: one VMA again, pages untouched */
	KUNIT_ASSERT_EQ(test, do_madvise(mm, a, 8 * P, MADV_NORMAL), 0);
	KUNIT_EXPECT_EQ(test, nr_vmas(mm), 1);
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_ANONPAGES), 8UL);
	CHECK_MM(test, mm);

	/* DONTFORK: the child does not get that part */
	KUNIT_ASSERT_EQ(test, do_madvise(mm, a + 4 * P, 4 * P, MADV_DONTFORK),
			0);
	child = um_fork(test, mm);
	KUNIT_EXPECT_EQ(test, nr_vmas(child), 1);
	KUNIT_EXPECT_EQ(test, find_vma(child, a)->vm_end, a + 4 * P);
	KUNIT_EXPECT_NULL(test, find_vma(child, a + 4 * P));
	KUNIT_EXPECT_EQ(test, get_mm_counter(child, MM_ANONPAGES), 4UL);
	mmput(child);
	KUNIT_ASSERT_EQ(test, do_madvise(mm, a, 8 * P, MADV_DOFORK), 0);
	KUNIT_EXPECT_EQ(test, nr_vmas(mm), 1);
	CHECK_MM(test, mm);
	mmput(mm);
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free_at_init);
}

/* ================= populate and get_user_pages ================= */

static void mm_syscalls_populate_map_populate(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	unsigned long a, r, n = 40, free0, flags;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	host_use_mm(mm);
	free0 = nr_free_pages_settled();
	a = map_anon(mm, n * P, RW, MAP_POPULATE);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	/* n pages and 3 tables, all there already */
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_ANONPAGES), n);
	/* private writable: faulted for write, so writes cost nothing */
	KUNIT_EXPECT_EQ(test, touch_range(test, mm, a, n, true), 0);
	KUNIT_EXPECT_LE(test, nr_free_pages_settled() + n + 3, free0);

	/* read-only memory is populated with the zero page */
	r = map_anon(mm, 4 * P, PROT_READ, MAP_POPULATE);
	KUNIT_EXPECT_EQ(test, touch_range(test, mm, r, 4, false), 0);
	KUNIT_EXPECT_EQ(test, pte_pfn(um_pte_at(mm, r + P)), zero_pfn);
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_ANONPAGES), n);

	/* MAP_NONBLOCK turns MAP_POPULATE off; PROT_NONE is skipped */
	r = map_anon(mm, 4 * P, RW, MAP_POPULATE | MAP_NONBLOCK);
	KUNIT_EXPECT_TRUE(test, pte_none(um_pte_at(mm, r)));
	r = map_anon(mm, 4 * P, PROT_NONE, MAP_POPULATE);
	KUNIT_EXPECT_FALSE(test, IS_ERR_VALUE(r));
	KUNIT_EXPECT_TRUE(test, pte_none(um_pte_at(mm, r)));

	/* without MAP_POPULATE every page faults */
	r = map_anon(mm, 4 * P, RW, 0);
	KUNIT_EXPECT_EQ(test, touch_range(test, mm, r, 4, true), 4);

	/* __mm_populate over a hole and a PROT_NONE VMA: errors or not */
	flags = __mm_populate(r - 8 * P, 16 * P, 0);
	KUNIT_EXPECT_EQ(test, (long)flags, -EFAULT);
	KUNIT_EXPECT_EQ(test, __mm_populate(r - 8 * P, 16 * P, 1), 0);
	CHECK_MM(test, mm);
	mmput(mm);
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free_at_init);
}

static void mm_syscalls_gup_remote_pages(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	struct vm_area_struct *vmas[4];
	struct page *pages[4];
	unsigned long a;
	long i, n;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	host_use_mm(mm);
	a = map_anon(mm, 4 * P, RW, 0);
	/* a write get: the kernel writes argv into a fresh stack like this */
	mmap_read_lock(mm);
	n = get_user_pages_remote(mm, a, 4, FOLL_WRITE, pages, vmas, NULL);
	mmap_read_unlock(mm);
	KUNIT_ASSERT_EQ(test, n, 4L);
	for (i = 0; i < 4; i++) {
		KUNIT_EXPECT_EQ(test, pages[i], um_page_at(mm, a + i * P));
		KUNIT_EXPECT_EQ(test, page_count(pages[i]), 2);
		KUNIT_EXPECT_EQ(test, vmas[i], find_vma(mm, a));
		memset(page_address(pages[i]), 'a' + i, P);
		put_page(pages[i]);
	}
	KUNIT_EXPECT_EQ(test, touch_range(test, mm, a, 4, true), 0);
	KUNIT_EXPECT_EQ(test, *(u8 *)page_address(um_page_at(mm, a + 2 * P)),
			'c');
	/* past the end: the pages before it, then nothing */
	mmap_read_lock(mm);
	KUNIT_EXPECT_EQ(test, get_user_pages_remote(mm, a + 2 * P, 4, 0, NULL,
						    NULL, NULL), 2L);
	KUNIT_EXPECT_EQ(test, get_user_pages_remote(mm, a + 4 * P, 1, 0, NULL,
						    NULL, NULL), (long)-EFAULT);
	mmap_read_unlock(mm);
	/* writes into read-only memory are refused */
	KUNIT_ASSERT_EQ(test, do_mprotect_pkey(a, 4 * P, PROT_READ, -1), 0);
	mmap_read_lock(mm);
	KUNIT_EXPECT_EQ(test, get_user_pages_remote(mm, a, 1, FOLL_WRITE, NULL,
						    NULL, NULL), (long)-EFAULT);
	mmap_read_unlock(mm);
	CHECK_MM(test, mm);
	mmput(mm);
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free_at_init);
}

/* ================= mlock ================= */

static void mm_syscalls_mlock_munlock(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	struct vm_area_struct *vma;
	unsigned long a, i;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	host_use_mm(mm);
	a = map_anon(mm, 8 * P, RW, 0);

	/* bytes, not pages: [a + 2P + 5, a + 5P + 1) locks pages 2..5 */
	KUNIT_ASSERT_EQ(test, do_mlock(a + 2 * P + 5, 3 * P - 4, VM_LOCKED),
			0);
	KUNIT_EXPECT_EQ(test, nr_vmas(mm), 3);
	vma = find_vma(mm, a + 2 * P);
	KUNIT_EXPECT_EQ(test, vma->vm_start, a + 2 * P);
	KUNIT_EXPECT_EQ(test, vma->vm_end, a + 6 * P);
	KUNIT_EXPECT_TRUE(test, vma->vm_flags & VM_LOCKED);
	KUNIT_EXPECT_FALSE(test, find_vma(mm, a)->vm_flags & VM_LOCKED);
	KUNIT_EXPECT_EQ(test, mm->locked_vm, 4UL);
	/* locked means resident: present and writable, nothing to fault */
	for (i = 0; i < 8; i++)
		KUNIT_EXPECT_EQ(test, pte_none(um_pte_at(mm, a + i * P)),
				i < 2 || i >= 6);
	KUNIT_EXPECT_EQ(test, touch_range(test, mm, a + 2 * P, 4, true), 0);
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_ANONPAGES), 4UL);
	/* locking again changes nothing */
	KUNIT_ASSERT_EQ(test, do_mlock(a + 2 * P, 4 * P, VM_LOCKED), 0);
	KUNIT_EXPECT_EQ(test, mm->locked_vm, 4UL);
	CHECK_MM(test, mm);

	/* munlock: flag and count go, the pages stay */
	KUNIT_ASSERT_EQ(test, do_munlock(a, 8 * P), 0);
	KUNIT_EXPECT_EQ(test, nr_vmas(mm), 1);
	KUNIT_EXPECT_EQ(test, mm->locked_vm, 0UL);
	KUNIT_EXPECT_FALSE(test, find_vma(mm, a)->vm_flags & VM_LOCKED);
	KUNIT_EXPECT_TRUE(test, pte_present(um_pte_at(mm, a + 3 * P)));
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_ANONPAGES), 4UL);

	/* a hole: -ENOMEM */
	KUNIT_EXPECT_EQ(test, do_mlock(a + 6 * P, 4 * P, VM_LOCKED),
			-ENOMEM);
	KUNIT_EXPECT_EQ(test, do_munlock(a - 4 * P, 2 * P), -ENOMEM);
	/* munmap of locked memory uncounts it */
	KUNIT_ASSERT_EQ(test, do_mlock(a, 8 * P, VM_LOCKED), 0);
	KUNIT_EXPECT_EQ(test, mm->locked_vm, 8UL);
	KUNIT_ASSERT_EQ(test, do_munmap(mm, a + 3 * P, 2 * P, NULL), 0);
	KUNIT_EXPECT_EQ(test, mm->locked_vm, 6UL);
	CHECK_MM(test, mm);
	mmput(mm);
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free_at_init);
}

static void mm_syscalls_mlock_variants(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	unsigned long a, b, brk0;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	host_use_mm(mm);

	/* MAP_LOCKED: locked and populated by vm_mmap_pgoff */
	a = map_anon(mm, 4 * P, RW, MAP_LOCKED);
	KUNIT_EXPECT_EQ(test, mm->locked_vm, 4UL);
	KUNIT_EXPECT_EQ(test, touch_range(test, mm, a, 4, true), 0);

	/* mlock2(MLOCK_ONFAULT): locked, but nothing fetched */
	b = map_anon(mm, 4 * P, RW, 0);
	KUNIT_EXPECT_EQ(test, do_mlock2(b, 4 * P, 2), -EINVAL);
	KUNIT_ASSERT_EQ(test, do_mlock2(b, 4 * P, MLOCK_ONFAULT), 0);
	KUNIT_EXPECT_TRUE(test, find_vma(mm, b)->vm_flags & VM_LOCKONFAULT);
	KUNIT_EXPECT_EQ(test, mm->locked_vm, 8UL);
	KUNIT_EXPECT_TRUE(test, pte_none(um_pte_at(mm, b)));
	/* then plain mlock: the same pages, no double count, now present */
	KUNIT_ASSERT_EQ(test, do_mlock(b, 4 * P, VM_LOCKED), 0);
	KUNIT_EXPECT_EQ(test, mm->locked_vm, 8UL);
	KUNIT_EXPECT_FALSE(test, find_vma(mm, b)->vm_flags & VM_LOCKONFAULT);
	KUNIT_EXPECT_EQ(test, touch_range(test, mm, b, 4, true), 0);

	/* PROT_NONE can't be faulted in: -ENOMEM, though flagged (Linux) */
	b = map_anon(mm, 2 * P, PROT_NONE, 0);
	KUNIT_EXPECT_EQ(test, do_mlock(b, 2 * P, VM_LOCKED), -ENOMEM);
	KUNIT_EXPECT_TRUE(test, find_vma(mm, b)->vm_flags & VM_LOCKED);
	KUNIT_EXPECT_EQ(test, mm->locked_vm, 10UL);
	/* a locked private mapping turning writable is COWed at once */
	b = map_anon(mm, 2 * P, PROT_READ, MAP_LOCKED);
	KUNIT_EXPECT_EQ(test, pte_pfn(um_pte_at(mm, b)), zero_pfn);
	KUNIT_ASSERT_EQ(test, do_mprotect_pkey(b, 2 * P, RW, -1), 0);
	KUNIT_EXPECT_NE(test, pte_pfn(um_pte_at(mm, b)), zero_pfn);
	KUNIT_EXPECT_EQ(test, touch_range(test, mm, b, 2, true), 0);
	CHECK_MM(test, mm);

	/* mlockall: everything now and later */
	KUNIT_EXPECT_EQ(test, do_mlockall(0), -EINVAL);
	KUNIT_EXPECT_EQ(test, do_mlockall(MCL_ONFAULT), -EINVAL);
	KUNIT_ASSERT_EQ(test, do_munlockall(), 0);
	KUNIT_EXPECT_EQ(test, mm->locked_vm, 0UL);
	KUNIT_ASSERT_EQ(test, do_mlockall(MCL_CURRENT | MCL_FUTURE), 0);
	KUNIT_EXPECT_EQ(test, mm->locked_vm, mm->total_vm);
	KUNIT_EXPECT_TRUE(test, mm->def_flags & VM_LOCKED);
	b = map_anon(mm, 3 * P, RW, 0);
	KUNIT_EXPECT_TRUE(test, find_vma(mm, b)->vm_flags & VM_LOCKED);
	KUNIT_EXPECT_EQ(test, touch_range(test, mm, b, 3, true), 0);
	/* the heap too: brk populates under MCL_FUTURE */
	brk0 = 0x10000000;
	mm->start_brk = mm->brk = brk0;
	KUNIT_EXPECT_EQ(test, mm_brk(brk0 + 2 * P), brk0 + 2 * P);
	KUNIT_EXPECT_EQ(test, touch_range(test, mm, brk0, 2, true), 0);
	KUNIT_EXPECT_EQ(test, mm->locked_vm, mm->total_vm);
	CHECK_MM(test, mm);
	KUNIT_ASSERT_EQ(test, do_munlockall(), 0);
	KUNIT_EXPECT_EQ(test, mm->locked_vm, 0UL);
	KUNIT_EXPECT_FALSE(test, mm->def_flags & VM_LOCKED);
	b = map_anon(mm, P, RW, 0);
	KUNIT_EXPECT_FALSE(test, find_vma(mm, b)->vm_flags & VM_LOCKED);
	CHECK_MM(test, mm);
	mmput(mm);
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free_at_init);
}

/* ================= the stress ================= */

#define NR_MMS		4
#define NR_FILES	2
#define FILE_PAGES	12

static struct mm_struct *smm[NR_MMS];
static char file_data[NR_FILES][FILE_PAGES * 4096];

static unsigned long rand_below(u64 *s, unsigned long n)
{
	return hm_rand(s) % n;
}

static const unsigned long prots[] = {
	PROT_NONE, PROT_READ, RW, PROT_READ | PROT_EXEC, RW | PROT_EXEC,
};

/* A random part of a random VMA of mm: [*addr, *addr + *len). */
static bool pick_range(u64 *seed, struct mm_struct *mm, unsigned long *addr,
		       unsigned long *len)
{
	struct vm_area_struct *vma;
	int n = nr_vmas(mm), k;

	if (!n)
		return false;
	k = rand_below(seed, n);
	for (vma = mm->mmap; k--; vma = vma->vm_next)
		;
	*addr = vma->vm_start + rand_below(seed, vma_pages(vma)) * P;
	*len = (1 + rand_below(seed, 10)) * P;
	/* sometimes reach into (or past) the next VMA */
	if (*addr + *len > vma->vm_end && rand_below(seed, 3))
		*len = vma->vm_end - *addr;
	return true;
}

static void mm_syscalls_stress(struct kunit *test)
{
	unsigned long ops = 12000, i, free0, counts[10] = { 0 };
	struct file *files[NR_FILES];
	u64 seed = 0x6d70726fULL;
	int m, f;

	free0 = nr_free_pages_settled();
	for (f = 0; f < NR_FILES; f++) {
		char name[16] = "/data/stress0";

		name[12] += f;
		memset(file_data[f], 'f' + f, sizeof(file_data[f]));
		KUNIT_ASSERT_FALSE(test, IS_ERR(ramfs_create_file(name,
				file_data[f], sizeof(file_data[f]) - 100)));
		files[f] = filp_open(name, O_RDWR, 0);
		KUNIT_ASSERT_FALSE(test, IS_ERR(files[f]));
	}
	memset(smm, 0, sizeof(smm));
	smm[0] = mm_alloc();
	KUNIT_ASSERT_NOT_NULL(test, smm[0]);

	for (i = 0; i < ops; i++) {
		unsigned int op = rand_below(&seed, 100);
		unsigned long addr, len, prot;
		struct mm_struct *mm;
		int ret, k;

		m = rand_below(&seed, NR_MMS);
		if (!smm[m]) {
			for (k = 1; k < NR_MMS && !smm[(m + k) % NR_MMS]; k++)
				;
			if (k < NR_MMS && (op & 1)) {
				smm[m] = um_fork(test, smm[(m + k) % NR_MMS]);
				counts[6]++;
			} else {
				smm[m] = mm_alloc();
				KUNIT_ASSERT_NOT_NULL(test, smm[m]);
			}
			continue;
		}
		mm = smm[m];
		host_use_mm(mm);	/* as if its task ran the calls */
		prot = prots[rand_below(&seed, ARRAY_SIZE(prots))];

		if (op < 10 || !mm->mmap) {		/* mmap anon */
			unsigned long fl = 0;

			if (op & 1)
				fl |= MAP_POPULATE;
			if (op == 2)
				fl |= MAP_LOCKED;
			addr = map_anon(mm, (1 + rand_below(&seed, 16)) * P,
					prot, fl);
			KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(addr));
			counts[0]++;
		} else if (op < 16) {			/* mmap a file */
			unsigned long pgoff = rand_below(&seed, FILE_PAGES);
			unsigned long fl;

			f = rand_below(&seed, NR_FILES);
			len = (1 + rand_below(&seed, FILE_PAGES + 2 - pgoff)) * P;
			fl = (op & 1 ? MAP_SHARED : MAP_PRIVATE) |
			     (op == 12 ? MAP_POPULATE : 0);
			addr = vm_mmap_pgoff(files[f], 0, len, prot, fl, pgoff);
			KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(addr));
			counts[1]++;
		} else if (op < 24) {			/* munmap */
			if (pick_range(&seed, mm, &addr, &len))
				KUNIT_ASSERT_EQ(test, do_munmap(mm, addr, len,
								NULL), 0);
			counts[2]++;
		} else if (op < 38) {			/* mprotect */
			if (!pick_range(&seed, mm, &addr, &len))
				continue;
			ret = do_mprotect_pkey(addr, len, prot, -1);
			/* holes, and shared read-only opens: Linux's errors */
			KUNIT_ASSERT_TRUE(test, ret == 0 || ret == -ENOMEM ||
					  ret == -EACCES);
			counts[3]++;
		} else if (op < 48) {			/* madvise */
			static const int advice[] = {
				MADV_DONTNEED, MADV_DONTNEED, MADV_NORMAL,
				MADV_RANDOM, MADV_SEQUENTIAL, MADV_WILLNEED,
				MADV_DONTFORK, MADV_DOFORK,
			};

			if (!pick_range(&seed, mm, &addr, &len))
				continue;
			ret = do_madvise(mm, addr, len, advice[rand_below(&seed,
						ARRAY_SIZE(advice))]);
			/* -EINVAL: DONTNEED on locked memory */
			KUNIT_ASSERT_TRUE(test, ret == 0 || ret == -ENOMEM ||
					  ret == -EINVAL);
			counts[4]++;
		} else if (op < 54) {			/* mlock/munlock */
			if (!pick_range(&seed, mm, &addr, &len))
				continue;
			if (op & 1)
				ret = do_mlock(addr, len, VM_LOCKED);
			else
				ret = do_munlock(addr, len);
			KUNIT_ASSERT_TRUE(test, ret == 0 || ret == -ENOMEM);
			counts[5]++;
		} else if (op < 56) {			/* fork */
			for (k = 0; k < NR_MMS && smm[k]; k++)
				;
			if (k < NR_MMS) {
				smm[k] = um_fork(test, mm);
				counts[6]++;
			}
		} else if (op < 58) {			/* exit */
			mmput(mm);
			smm[m] = NULL;
			counts[7]++;
		} else {				/* touch */
			struct vm_area_struct *vma;
			bool write = op & 1;

			if (!pick_range(&seed, mm, &addr, &len))
				continue;
			vma = find_vma(mm, addr);
			ret = um_touch(mm, addr, write);
			if (write ? !(vma->vm_flags & VM_WRITE) :
				    !vma_is_accessible(vma)) {
				KUNIT_ASSERT_EQ(test, ret, -1);
			} else if (!vma_is_anonymous(vma) &&
				   linear_page_index(vma, addr) >=
				   DIV_ROUND_UP(sizeof(file_data[0]) - 100, P)) {
				KUNIT_ASSERT_EQ(test, ret, -1);	/* SIGBUS */
			} else {
				KUNIT_ASSERT_GE(test, ret, 0);
				counts[8] += ret;
				if (write)
					*(u64 *)page_address(um_page_at(mm,
								addr)) = i;
			}
		}
		if (i % 500 == 499 && !um_check(test, smm, NR_MMS))
			break;
	}
	KUNIT_EXPECT_TRUE(test, um_check(test, smm, NR_MMS));
	kunit_info(test, "%lu ops: %lu anon mmap, %lu file mmap, %lu munmap, %lu mprotect, %lu madvise, %lu mlock, %lu fork, %lu exit, %lu faults",
		   ops, counts[0], counts[1], counts[2], counts[3], counts[4],
		   counts[5], counts[6], counts[7], counts[8]);
	KUNIT_EXPECT_GT(test, counts[3], 500UL);
	KUNIT_EXPECT_GT(test, counts[6], 20UL);

	for (m = 0; m < NR_MMS; m++)
		if (smm[m])
			mmput(smm[m]);
	for (f = 0; f < NR_FILES; f++) {
		/* only the fd's reference is left: every VMA let go */
		KUNIT_EXPECT_EQ(test, atomic_long_read(&files[f]->f_count), 1L);
		fput(files[f]);
	}
	ramfs_kill_sb();	/* inodes and their page cache */
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free0);
}

static struct kunit_case mprotect_cases[] = {
	KUNIT_CASE(mm_syscalls_mprotect_split_and_merge),
	KUNIT_CASE(mm_syscalls_mprotect_keeps_cow),
	KUNIT_CASE(mm_syscalls_mprotect_prot_none),
	KUNIT_CASE(mm_syscalls_mprotect_errors),
	KUNIT_CASE(mm_syscalls_madvise_dontneed),
	KUNIT_CASE(mm_syscalls_madvise_errors_and_holes),
	KUNIT_CASE(mm_syscalls_madvise_flags_split_merge),
	KUNIT_CASE(mm_syscalls_populate_map_populate),
	KUNIT_CASE(mm_syscalls_gup_remote_pages),
	KUNIT_CASE(mm_syscalls_mlock_munlock),
	KUNIT_CASE(mm_syscalls_mlock_variants),
	KUNIT_CASE(mm_syscalls_stress),
	{}
};

static struct kunit_suite mprotect_test_suite = {
	.name = "mm_syscalls",
	.init = mprotect_test_init,
	.exit = mprotect_test_exit,
	.test_cases = mprotect_cases,
};
kunit_test_suite(mprotect_test_suite);
