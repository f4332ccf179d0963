// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/memory_test.c - the page-fault core (mm/memory.c) on the
 * host: user mms from mm/mmap.c over the page allocator booted on an
 * arena, faults driven by calling handle_mm_fault() as arm64's
 * do_page_fault() will, and the page tables checked by walking them in
 * software (they are real arm64-format tables in arena memory).
 *
 * Covered: demand paging (N write faults = N pages + the tables), the
 * zero page and its copy on write, fork's copy-on-write in both
 * directions with page reuse, access-flag faults, file-backed faults
 * through a tiny in-memory "file" (read, private COW, shared dirty), the
 * access check, and teardown returning every page and table. A seeded
 * stress over several mms ends it, with a checker that every pte's page
 * has mapcount = ptes mapping it, refcount >= mapcount, and the RSS
 * counters equal the ptes counted.
 *
 * Linux tests this from user space (selftests/mm/cow.c, the RSS checks of
 * LTP); there is no unit test of mm/memory.c itself.
 */
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/sizes.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/slab.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>
#include <tinymm/test_hooks.h>
#include "mm_host.h"
#include "user_mm_host.h"

#define P		PAGE_SIZE
#define ARENA_BASE	0x40000000UL
#define ARENA_SIZE	SZ_64M

/* recorded by the host twin of asm/tlbflush.h (see vmalloc_test.c) */
unsigned long host_tlb_flush_mm_count;

/* free pages after boot: every test must end with exactly this many */
static unsigned long free_at_init;

static int memory_test_init(struct kunit *test)
{
	int ret = um_boot(ARENA_BASE, ARENA_SIZE);

	if (ret)
		return ret;
	free_at_init = nr_free_pages_settled();
	return 0;
}

static void memory_test_exit(struct kunit *test)
{
	um_teardown();
}

/* ---- helpers ---- */

static unsigned long map_anon(struct mm_struct *mm, unsigned long len,
			      int prot)
{
	unsigned long populate;

	return host_with_mm(mm, do_mmap(NULL, 0, len, prot,
					MAP_PRIVATE | MAP_ANONYMOUS, 0,
					&populate, NULL));
}

#define RD	0
#define WR	FAULT_FLAG_WRITE

/* Page-table pages under mm's pgd (the pgd itself not counted). */
static unsigned long count_tables(struct mm_struct *mm)
{
	unsigned long n = 0;
	int i, j, k;

	for (i = 0; i < PTRS_PER_PGD; i++) {
		pud_t *pud;

		if (pgd_none(mm->pgd[i]))
			continue;
		n++;
		pud = phys_to_virt(pgd_val(mm->pgd[i]) & PTE_ADDR_MASK);
		for (j = 0; j < PTRS_PER_PUD; j++) {
			pmd_t *pmd;

			if (pud_none(pud[j]))
				continue;
			n++;
			pmd = phys_to_virt(pud_page_paddr(pud[j]));
			for (k = 0; k < PTRS_PER_PMD; k++)
				if (!pmd_none(pmd[k]))
					n++;
		}
	}
	return n;
}

/* ---- demand paging ---- */

static void memory_anon_write_faults(struct kunit *test)
{
	const unsigned long n = 16;
	struct mm_struct *mm = mm_alloc();
	unsigned long addr, free0, i;
	long tables0 = (long)global_node_page_state_settled(NR_PAGETABLE);

	KUNIT_ASSERT_NOT_NULL(test, mm);
	addr = map_anon(mm, n * P, PROT_READ | PROT_WRITE);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(addr));
	free0 = nr_free_pages_settled();
	/* mmap maps nothing */
	KUNIT_EXPECT_EQ(test, free0, nr_free_pages_settled());
	KUNIT_EXPECT_EQ(test, count_tables(mm), 0UL);

	for (i = 0; i < n; i++)
		KUNIT_ASSERT_EQ(test, um_fault(mm, addr + i * P + 8, WR), 0U);

	/* n pages plus pud, pmd and pte tables (n pages in one pmd here) */
	KUNIT_EXPECT_EQ(test, count_tables(mm), 3UL);
	KUNIT_EXPECT_EQ(test, free0 - nr_free_pages_settled(), n + 3);
	KUNIT_EXPECT_EQ(test, (long)global_node_page_state_settled(NR_PAGETABLE) - tables0, 3L);
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_ANONPAGES), n);
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_FILEPAGES), 0UL);

	for (i = 0; i < n; i++) {
		pte_t pte = um_pte_at(mm, addr + i * P);
		struct page *page = um_page_at(mm, addr + i * P);
		u64 v = pte_val(pte);
		const u8 *p;
		int j;

		KUNIT_ASSERT_NOT_NULL(test, page);
		KUNIT_EXPECT_TRUE(test, um_pte_writable(pte));
		KUNIT_EXPECT_TRUE(test, v & PTE_USER);
		KUNIT_EXPECT_TRUE(test, v & PTE_NG);
		KUNIT_EXPECT_TRUE(test, v & PTE_UXN);
		KUNIT_EXPECT_TRUE(test, v & PTE_PXN);
		KUNIT_EXPECT_TRUE(test, v & PTE_AF);
		KUNIT_EXPECT_NE(test, pte_pfn(pte), zero_pfn);
		KUNIT_EXPECT_EQ(test, page_mapcount(page), 1);
		KUNIT_EXPECT_EQ(test, page_count(page), 1);
		KUNIT_EXPECT_TRUE(test, PageAnon(page));
		KUNIT_EXPECT_EQ(test, page->index, (addr >> PAGE_SHIFT) + i);
		p = page_address(page);
		for (j = 0; j < (int)P && !p[j]; j++)
			;
		KUNIT_EXPECT_EQ(test, j, (int)P);	/* zero-filled */
	}
	/* a second write fault on a writable pte allocates nothing */
	i = nr_free_pages_settled();
	KUNIT_EXPECT_EQ(test, um_fault(mm, addr, WR), 0U);
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), i);

	mmput(mm);
	/* every page, table, pgd, VMA and mm_struct slab page is back */
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free_at_init);
	KUNIT_EXPECT_EQ(test, (long)global_node_page_state_settled(NR_PAGETABLE), tables0);
}

static void memory_zero_page(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	unsigned long addr, free0, free1;
	struct page *page;
	pte_t pte;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	addr = map_anon(mm, 4 * P, PROT_READ | PROT_WRITE);
	free0 = nr_free_pages_settled();

	KUNIT_ASSERT_EQ(test, um_fault(mm, addr + P, RD), 0U);
	pte = um_pte_at(mm, addr + P);
	KUNIT_EXPECT_TRUE(test, pte_present(pte));
	KUNIT_EXPECT_EQ(test, pte_pfn(pte), zero_pfn);
	KUNIT_EXPECT_TRUE(test, pte_rdonly(pte));
	KUNIT_EXPECT_FALSE(test, pte_write(pte));
	KUNIT_EXPECT_TRUE(test, pte_val(pte) & PTE_USER);
	/* only the three tables: no page for the data */
	KUNIT_EXPECT_EQ(test, free0 - nr_free_pages_settled(), 3UL);
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_ANONPAGES), 0UL);
	KUNIT_EXPECT_EQ(test, page_mapcount(ZERO_PAGE(0)), 0);
	/* read faults again and elsewhere share it */
	KUNIT_ASSERT_EQ(test, um_fault(mm, addr + 2 * P, RD), 0U);
	KUNIT_EXPECT_EQ(test, pte_pfn(um_pte_at(mm, addr + 2 * P)), zero_pfn);
	free1 = nr_free_pages_settled();
	KUNIT_EXPECT_EQ(test, free0 - free1, 3UL);

	/* someone scribbling on the zero page must not leak into the copy */
	memset(page_address(ZERO_PAGE(0)), 0, P);
	KUNIT_ASSERT_EQ(test, um_fault(mm, addr + P, WR), VM_FAULT_WRITE);
	pte = um_pte_at(mm, addr + P);
	KUNIT_EXPECT_NE(test, pte_pfn(pte), zero_pfn);
	KUNIT_EXPECT_TRUE(test, um_pte_writable(pte));
	page = um_page_at(mm, addr + P);
	KUNIT_EXPECT_TRUE(test, !memchr_inv(page_address(page), 0, P));
	KUNIT_EXPECT_EQ(test, free1 - nr_free_pages_settled(), 1UL);
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_ANONPAGES), 1UL);
	KUNIT_EXPECT_EQ(test, page_mapcount(page), 1);
	/* the other zero-page pte is untouched */
	KUNIT_EXPECT_EQ(test, pte_pfn(um_pte_at(mm, addr + 2 * P)), zero_pfn);

	mmput(mm);
	/* every page, table, pgd, VMA and mm_struct slab page is back */
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free_at_init);
}

/* ---- fork and copy-on-write ---- */

static void memory_cow_fork(struct kunit *test)
{
	const unsigned long n = 4;
	struct mm_struct *parent = mm_alloc(), *child;
	unsigned long addr, free0, free1, free2, i;
	struct page *ppage[4];

	KUNIT_ASSERT_NOT_NULL(test, parent);
	addr = map_anon(parent, n * P, PROT_READ | PROT_WRITE);
	free0 = nr_free_pages_settled();
	for (i = 0; i < n; i++) {
		KUNIT_ASSERT_EQ(test, um_fault(parent, addr + i * P, WR), 0U);
		ppage[i] = um_page_at(parent, addr + i * P);
		memset(page_address(ppage[i]), 0xa0 + i, P);
	}
	free1 = nr_free_pages_settled();
	KUNIT_EXPECT_EQ(test, free0 - free1, n + 3);

	child = um_fork(test, parent);
	KUNIT_EXPECT_EQ(test, validate_mm(child), 0);
	/* the child costs its pgd and tables, not one data page */
	KUNIT_EXPECT_EQ(test, free1 - nr_free_pages_settled(), 1 + count_tables(child));
	free2 = nr_free_pages_settled();
	KUNIT_EXPECT_EQ(test, get_mm_counter(child, MM_ANONPAGES), n);
	for (i = 0; i < n; i++) {
		pte_t pp = um_pte_at(parent, addr + i * P);
		pte_t cp = um_pte_at(child, addr + i * P);

		KUNIT_EXPECT_EQ(test, pte_pfn(pp), pte_pfn(cp));
		KUNIT_EXPECT_FALSE(test, um_pte_writable(pp));
		KUNIT_EXPECT_FALSE(test, um_pte_writable(cp));
		KUNIT_EXPECT_TRUE(test, pte_rdonly(pp) && pte_rdonly(cp));
		KUNIT_EXPECT_EQ(test, page_count(ppage[i]), 2);
		KUNIT_EXPECT_EQ(test, page_mapcount(ppage[i]), 2);
		/* the child's copies start old */
		KUNIT_EXPECT_FALSE(test, pte_young(cp));
		KUNIT_EXPECT_TRUE(test, pte_young(pp));
	}

	/* an access-flag fault: a read in the child just marks it young */
	KUNIT_ASSERT_EQ(test, um_fault(child, addr + 3 * P, RD), 0U);
	KUNIT_EXPECT_TRUE(test, pte_young(um_pte_at(child, addr + 3 * P)));
	KUNIT_EXPECT_EQ(test, um_page_at(child, addr + 3 * P), ppage[3]);
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free2);

	/* the child writes: it gets a copy, the parent keeps its page */
	KUNIT_ASSERT_EQ(test, um_fault(child, addr, WR), VM_FAULT_WRITE);
	KUNIT_EXPECT_NE(test, um_page_at(child, addr), ppage[0]);
	KUNIT_EXPECT_EQ(test, um_page_at(parent, addr), ppage[0]);
	KUNIT_EXPECT_TRUE(test, !memchr_inv(page_address(um_page_at(child, addr)),
					    0xa0, P));
	KUNIT_EXPECT_TRUE(test, um_pte_writable(um_pte_at(child, addr)));
	KUNIT_EXPECT_FALSE(test, um_pte_writable(um_pte_at(parent, addr)));
	KUNIT_EXPECT_EQ(test, page_mapcount(ppage[0]), 1);
	KUNIT_EXPECT_EQ(test, page_count(ppage[0]), 1);
	KUNIT_EXPECT_EQ(test, free2 - nr_free_pages_settled(), 1UL);
	memset(page_address(um_page_at(child, addr)), 0xcc, P);
	KUNIT_EXPECT_TRUE(test, !memchr_inv(page_address(ppage[0]), 0xa0, P));

	/* now the parent is the only user: its write reuses the page */
	free2 = nr_free_pages_settled();
	KUNIT_ASSERT_EQ(test, um_fault(parent, addr, WR), VM_FAULT_WRITE);
	KUNIT_EXPECT_EQ(test, um_page_at(parent, addr), ppage[0]);
	KUNIT_EXPECT_TRUE(test, um_pte_writable(um_pte_at(parent, addr)));
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free2);

	/* the other direction: the parent writes a shared page first */
	KUNIT_ASSERT_EQ(test, um_fault(parent, addr + P, WR), VM_FAULT_WRITE);
	KUNIT_EXPECT_NE(test, um_page_at(parent, addr + P), ppage[1]);
	KUNIT_EXPECT_EQ(test, um_page_at(child, addr + P), ppage[1]);
	memset(page_address(um_page_at(parent, addr + P)), 0x55, P);
	KUNIT_EXPECT_TRUE(test, !memchr_inv(page_address(ppage[1]), 0xa1, P));
	free2 = nr_free_pages_settled();
	KUNIT_ASSERT_EQ(test, um_fault(child, addr + P, WR), VM_FAULT_WRITE);
	KUNIT_EXPECT_EQ(test, um_page_at(child, addr + P), ppage[1]);
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free2);

	KUNIT_EXPECT_EQ(test, get_mm_counter(parent, MM_ANONPAGES), n);
	KUNIT_EXPECT_EQ(test, get_mm_counter(child, MM_ANONPAGES), n);

	/* the child exits: shared pages go back to one mapping */
	mmput(child);
	KUNIT_EXPECT_EQ(test, page_mapcount(ppage[2]), 1);
	KUNIT_EXPECT_EQ(test, page_count(ppage[2]), 1);
	/* the parent copied page 1; the child took the original with it */
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free1);
	mmput(parent);
	/* every page, table, pgd, VMA and mm_struct slab page is back */
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free_at_init);
}

/* The zero page is shared read-only across fork and copied on write. */
static void memory_cow_zero_page_fork(struct kunit *test)
{
	struct mm_struct *parent = mm_alloc(), *child;
	unsigned long addr;

	KUNIT_ASSERT_NOT_NULL(test, parent);
	addr = map_anon(parent, P, PROT_READ | PROT_WRITE);
	KUNIT_ASSERT_EQ(test, um_fault(parent, addr, RD), 0U);
	child = um_fork(test, parent);
	KUNIT_EXPECT_EQ(test, pte_pfn(um_pte_at(child, addr)), zero_pfn);
	KUNIT_EXPECT_EQ(test, get_mm_counter(child, MM_ANONPAGES), 0UL);
	KUNIT_ASSERT_EQ(test, um_fault(child, addr, WR), VM_FAULT_WRITE);
	KUNIT_EXPECT_NE(test, pte_pfn(um_pte_at(child, addr)), zero_pfn);
	KUNIT_EXPECT_EQ(test, pte_pfn(um_pte_at(parent, addr)), zero_pfn);
	mmput(child);
	mmput(parent);
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free_at_init);
}

/*
 * arm64's pte_wrprotect() keeps a hardware-dirty page dirty: fork
 * write-protects the parent's written pages, and writeback must still see
 * them as dirty (PTE_DIRTY) once PTE_WRITE is gone.
 */
static void memory_pte_wrprotect_keeps_dirty(struct kunit *test)
{
	pte_t clean = pfn_pte(0x1234, PAGE_SHARED);	/* writable, read-only */
	pte_t written = __pte(pte_val(clean) & ~PTE_RDONLY);	/* DBM: dirty */
	pte_t ro;

	KUNIT_EXPECT_FALSE(test, pte_dirty(clean));
	KUNIT_EXPECT_TRUE(test, pte_dirty(written));
	KUNIT_EXPECT_FALSE(test, pte_sw_dirty(written));
	ro = pte_wrprotect(written);
	KUNIT_EXPECT_FALSE(test, pte_write(ro));
	KUNIT_EXPECT_TRUE(test, pte_rdonly(ro));
	KUNIT_EXPECT_TRUE(test, pte_dirty(ro));
	KUNIT_EXPECT_EQ(test, pte_pfn(ro), 0x1234UL);
	/* a clean page stays clean; pte_mkclean() forgets the dirt */
	KUNIT_EXPECT_FALSE(test, pte_dirty(pte_wrprotect(clean)));
	KUNIT_EXPECT_FALSE(test, pte_dirty(pte_mkclean(ro)));
}

/* ---- teardown ---- */

static void memory_munmap_frees(struct kunit *test)
{
	struct mm_struct *mm;
	unsigned long free0, addr, a2, i, flushes;
	long tables0 = (long)global_node_page_state_settled(NR_PAGETABLE);

	free0 = nr_free_pages_settled();
	mm = mm_alloc();
	KUNIT_ASSERT_NOT_NULL(test, mm);
	/* 3 MB: crosses a pmd boundary, so two pte tables */
	addr = map_anon(mm, 768 * P, PROT_READ | PROT_WRITE);
	for (i = 0; i < 768; i += 3)
		KUNIT_ASSERT_EQ(test, um_fault(mm, addr + i * P, (i & 1) ? RD : WR), 0U);
	a2 = map_anon(mm, 8 * P, PROT_READ | PROT_WRITE);
	for (i = 0; i < 8; i++)
		KUNIT_ASSERT_EQ(test, um_fault(mm, a2 + i * P, WR), 0U);

	/* a hole in the middle: pages go, the tables stay (still spanned) */
	flushes = host_tlb_flush_count;
	KUNIT_ASSERT_EQ(test, do_munmap(mm, addr + 30 * P, 30 * P, NULL), 0);
	KUNIT_EXPECT_GT(test, host_tlb_flush_count, flushes);
	KUNIT_EXPECT_LE(test, host_tlb_flush_start, addr + 30 * P);
	/* ptes were cleared at pages 30, 33, ..., 57: the range covers them */
	KUNIT_EXPECT_GE(test, host_tlb_flush_end, addr + 58 * P);
	for (i = 30; i < 60; i++)
		KUNIT_EXPECT_TRUE(test, pte_none(um_pte_at(mm, addr + i * P)));
	KUNIT_EXPECT_TRUE(test, pte_present(um_pte_at(mm, addr + 60 * P)));
	KUNIT_EXPECT_EQ(test, validate_mm(mm), 0);

	/* the whole big mapping: its tables go as far as a2's allow */
	KUNIT_ASSERT_EQ(test, do_munmap(mm, addr, 768 * P, NULL), 0);
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_ANONPAGES), 8UL);
	KUNIT_EXPECT_EQ(test, count_tables(mm),
			(a2 >> PMD_SHIFT) == ((a2 + 8 * P - 1) >> PMD_SHIFT) ?
			3UL : 4UL);

	/* exit returns everything, the pgd included */
	flushes = host_tlb_flush_mm_count;
	mmput(mm);
	KUNIT_EXPECT_GT(test, host_tlb_flush_mm_count, flushes);
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free0);
	KUNIT_EXPECT_EQ(test, (long)global_node_page_state_settled(NR_PAGETABLE), tables0);
}

/* munmap of a middle part of a VMA frees the pte table nobody spans. */
static void memory_free_pgtables_span(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	unsigned long addr, base, free0;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	/* 3 pmds worth; touch one page in each pmd */
	addr = map_anon(mm, 4 * PMD_SIZE, PROT_READ | PROT_WRITE);
	base = ALIGN(addr + P, PMD_SIZE);
	KUNIT_ASSERT_EQ(test, um_fault(mm, base - P, WR), 0U);
	KUNIT_ASSERT_EQ(test, um_fault(mm, base + P, WR), 0U);
	KUNIT_ASSERT_EQ(test, um_fault(mm, base + PMD_SIZE + P, WR), 0U);
	KUNIT_ASSERT_EQ(test, um_fault(mm, base + 2 * PMD_SIZE + P, WR), 0U);
	free0 = nr_free_pages_settled();
	/* [base, base + 2 PMD): the middle table is wholly inside */
	KUNIT_ASSERT_EQ(test, do_munmap(mm, base, 2 * PMD_SIZE, NULL), 0);
	KUNIT_EXPECT_NULL(test, um_walk(mm, base + PMD_SIZE + P));
	KUNIT_EXPECT_NULL(test, um_walk(mm, base + P));
	KUNIT_EXPECT_NOT_NULL(test, um_walk(mm, base - P));
	KUNIT_EXPECT_NOT_NULL(test, um_walk(mm, base + 2 * PMD_SIZE + P));
	/* two data pages and two pte tables */
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled() - free0, 4UL);
	mmput(mm);
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free_at_init);
}

/* ---- the access check ---- */

static void memory_access_check(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	struct vm_area_struct *vma;
	unsigned long ro, rw, none;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	ro = map_anon(mm, 2 * P, PROT_READ);
	rw = map_anon(mm, 2 * P, PROT_READ | PROT_WRITE);
	none = map_anon(mm, P, PROT_NONE);

	/* outside any VMA */
	KUNIT_EXPECT_EQ(test, um_fault(mm, 0x1000, RD), VM_FAULT_SIGSEGV);
	KUNIT_EXPECT_EQ(test, um_fault(mm, rw + 2 * P + 16 * P, WR) & VM_FAULT_SIGSEGV,
			VM_FAULT_SIGSEGV);

	vma = find_vma(mm, ro);
	KUNIT_EXPECT_TRUE(test, vma_access_permitted(vma, RD));
	KUNIT_EXPECT_FALSE(test, vma_access_permitted(vma, WR));
	KUNIT_EXPECT_FALSE(test, vma_access_permitted(vma, FAULT_FLAG_INSTRUCTION));
	KUNIT_EXPECT_EQ(test, um_fault(mm, ro, WR), VM_FAULT_SIGSEGV);
	/* the generic core refuses too, should an arch forget */
	KUNIT_EXPECT_EQ(test, handle_mm_fault(vma, ro, WR, NULL), VM_FAULT_SIGSEGV);
	KUNIT_EXPECT_TRUE(test, pte_none(um_pte_at(mm, ro)));
	KUNIT_EXPECT_EQ(test, um_fault(mm, ro, RD), 0U);
	KUNIT_EXPECT_EQ(test, pte_pfn(um_pte_at(mm, ro)), zero_pfn);
	/* a read-only VMA: even after a read, a write is refused */
	KUNIT_EXPECT_EQ(test, um_fault(mm, ro, WR), VM_FAULT_SIGSEGV);

	vma = find_vma(mm, rw);
	KUNIT_EXPECT_TRUE(test, vma_access_permitted(vma, WR));
	KUNIT_EXPECT_FALSE(test, vma_access_permitted(vma, FAULT_FLAG_INSTRUCTION));
	KUNIT_EXPECT_EQ(test, um_fault(mm, rw, FAULT_FLAG_INSTRUCTION),
			VM_FAULT_SIGSEGV);

	vma = find_vma(mm, none);
	KUNIT_EXPECT_FALSE(test, vma_access_permitted(vma, RD));
	KUNIT_EXPECT_EQ(test, um_fault(mm, none, RD), VM_FAULT_SIGSEGV);
	mmput(mm);
}

/* ---- file-backed faults through a tiny in-memory file ---- */

#define FILE_PAGES	4
static struct page *file_pages[FILE_PAGES];
static unsigned long file_faults;

/* filemap_fault()'s contract: the page, with a reference for the caller */
static vm_fault_t memfile_fault(struct vm_fault *vmf)
{
	file_faults++;
	if (vmf->pgoff >= FILE_PAGES)
		return VM_FAULT_SIGBUS;
	vmf->page = file_pages[vmf->pgoff];
	get_page(vmf->page);
	return 0;
}

static const struct vm_operations_struct memfile_vm_ops = {
	.fault = memfile_fault,
};

static void memfile_create(struct kunit *test)
{
	int i;

	for (i = 0; i < FILE_PAGES; i++) {
		file_pages[i] = alloc_page(GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, file_pages[i]);
		memset(page_address(file_pages[i]), 'A' + i, P);
	}
	file_faults = 0;
}

static void memfile_destroy(void)
{
	int i;

	for (i = 0; i < FILE_PAGES; i++) {
		ClearPageDirty(file_pages[i]);
		put_page(file_pages[i]);	/* the "page cache" reference */
	}
}

/* mmap of the file: do_mmap() refuses files yet, so link a VMA by hand */
static unsigned long map_file(struct kunit *test, struct mm_struct *mm,
			      unsigned long addr, unsigned long vm_flags)
{
	struct vm_area_struct *vma = vm_area_alloc(mm);

	KUNIT_ASSERT_NOT_NULL(test, vma);
	vma->vm_start = addr;
	vma->vm_end = addr + FILE_PAGES * P;
	vma->vm_flags = vm_flags | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;
	if (vm_flags & VM_SHARED)
		vma->vm_flags |= VM_MAYSHARE;
	vma->vm_page_prot = vm_get_page_prot(vma->vm_flags);
	vma->vm_ops = &memfile_vm_ops;
	vma->vm_pgoff = 0;
	KUNIT_ASSERT_EQ(test, insert_vm_struct(mm, vma), 0);
	vm_stat_account(mm, vma->vm_flags, vma_pages(vma));
	return addr;
}

static void memory_file_private(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	unsigned long addr;
	struct page *page;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	memfile_create(test);
	addr = map_file(test, mm, 0x10000000, VM_READ | VM_WRITE);

	/* read: the file's own page, read-only, counted as a file page */
	KUNIT_ASSERT_EQ(test, um_fault(mm, addr + P, RD), 0U);
	KUNIT_EXPECT_EQ(test, um_page_at(mm, addr + P), file_pages[1]);
	KUNIT_EXPECT_FALSE(test, um_pte_writable(um_pte_at(mm, addr + P)));
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_FILEPAGES), 1UL);
	KUNIT_EXPECT_EQ(test, page_mapcount(file_pages[1]), 1);
	KUNIT_EXPECT_EQ(test, page_count(file_pages[1]), 2);
	KUNIT_EXPECT_FALSE(test, PageAnon(file_pages[1]));

	/* then write: a private anonymous copy; the file page is left alone */
	KUNIT_ASSERT_EQ(test, um_fault(mm, addr + P, WR), VM_FAULT_WRITE);
	page = um_page_at(mm, addr + P);
	KUNIT_EXPECT_NE(test, page, file_pages[1]);
	KUNIT_EXPECT_TRUE(test, PageAnon(page));
	KUNIT_EXPECT_TRUE(test, !memchr_inv(page_address(page), 'B', P));
	KUNIT_EXPECT_EQ(test, page_mapcount(file_pages[1]), 0);
	KUNIT_EXPECT_EQ(test, page_count(file_pages[1]), 1);
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_FILEPAGES), 0UL);
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_ANONPAGES), 1UL);

	/* a first write: do_cow_fault copies at once */
	KUNIT_ASSERT_EQ(test, um_fault(mm, addr + 2 * P, WR), 0U);
	page = um_page_at(mm, addr + 2 * P);
	KUNIT_EXPECT_NE(test, page, file_pages[2]);
	KUNIT_EXPECT_TRUE(test, um_pte_writable(um_pte_at(mm, addr + 2 * P)));
	KUNIT_EXPECT_TRUE(test, !memchr_inv(page_address(page), 'C', P));
	KUNIT_EXPECT_EQ(test, page_count(file_pages[2]), 1);
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_ANONPAGES), 2UL);
	KUNIT_EXPECT_FALSE(test, PageDirty(file_pages[2]));
	KUNIT_EXPECT_EQ(test, file_faults, 2UL);

	mmput(mm);
	KUNIT_EXPECT_EQ(test, page_count(file_pages[1]), 1);
	KUNIT_EXPECT_EQ(test, page_mapcount(file_pages[1]), 0);
	memfile_destroy();
	/* every page, table, pgd, VMA and mm_struct slab page is back */
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free_at_init);
}

/* One vm event, summed over the CPUs as /proc/vmstat shows it. */
static unsigned long vm_event(enum vm_event_item item)
{
	unsigned long ev[NR_VM_EVENT_ITEMS];

	all_vm_events(ev);
	return ev[item];
}

/*
 * The counters behind vmstat's nr_anon_pages, nr_mapped and pgfault
 * (meminfo's AnonPages and Mapped): a page counts once however many ptes
 * map it, from its first mapping to its last unmapping.
 */
static void memory_vmstat_counters(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc(), *child;
	unsigned long anon0 = global_node_page_state_settled(NR_ANON_MAPPED);
	unsigned long mapped0 = global_node_page_state_settled(NR_FILE_MAPPED);
	unsigned long faults0 = vm_event(PGFAULT);
	unsigned long addr, file;
	int i;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	addr = map_anon(mm, 4 * P, PROT_READ | PROT_WRITE);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(addr));
	for (i = 0; i < 4; i++)
		KUNIT_ASSERT_EQ(test, um_fault(mm, addr + i * P, WR), 0U);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_ANON_MAPPED), anon0 + 4);
	KUNIT_EXPECT_EQ(test, vm_event(PGFAULT), faults0 + 4);

	/* the child maps the same pages: still 4 */
	child = um_fork(test, mm);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_ANON_MAPPED), anon0 + 4);
	/* its COW write maps a new anonymous page */
	KUNIT_ASSERT_EQ(test, um_fault(child, addr, WR), VM_FAULT_WRITE);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_ANON_MAPPED), anon0 + 5);
	KUNIT_EXPECT_EQ(test, vm_event(PGFAULT), faults0 + 5);
	mmput(child);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_ANON_MAPPED), anon0 + 4);

	/* a file page mapped twice counts once in nr_mapped */
	memfile_create(test);
	file = map_file(test, mm, 0x10000000, VM_READ | VM_SHARED);
	KUNIT_ASSERT_EQ(test, um_fault(mm, file + P, RD), 0U);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_FILE_MAPPED), mapped0 + 1);
	child = um_fork(test, mm);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_FILE_MAPPED), mapped0 + 1);
	mmput(child);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_FILE_MAPPED), mapped0 + 1);

	mmput(mm);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_ANON_MAPPED), anon0);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_FILE_MAPPED), mapped0);
	memfile_destroy();
}

static void memory_file_shared(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc(), *child;
	struct vm_area_struct *vma2;
	unsigned long addr;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	memfile_create(test);
	addr = map_file(test, mm, 0x10000000, VM_READ | VM_WRITE | VM_SHARED);

	/* a shared write maps the file page itself, writable and dirty */
	KUNIT_ASSERT_EQ(test, um_fault(mm, addr, WR), 0U);
	KUNIT_EXPECT_EQ(test, um_page_at(mm, addr), file_pages[0]);
	KUNIT_EXPECT_TRUE(test, um_pte_writable(um_pte_at(mm, addr)));
	KUNIT_EXPECT_TRUE(test, PageDirty(file_pages[0]));
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_FILEPAGES), 1UL);

	/*
	 * Read first: a clean pte, PTE_WRITE with PTE_RDONLY (PAGE_SHARED).
	 * The write fault only makes it dirty (arm64's software dirty-bit
	 * management): no copy, and the page is dirtied when the pte goes.
	 */
	KUNIT_ASSERT_EQ(test, um_fault(mm, addr + 3 * P, RD), 0U);
	KUNIT_EXPECT_FALSE(test, um_pte_writable(um_pte_at(mm, addr + 3 * P)));
	KUNIT_EXPECT_TRUE(test, pte_write(um_pte_at(mm, addr + 3 * P)));
	KUNIT_ASSERT_EQ(test, um_fault(mm, addr + 3 * P, WR), 0U);
	KUNIT_EXPECT_EQ(test, um_page_at(mm, addr + 3 * P), file_pages[3]);
	KUNIT_EXPECT_TRUE(test, um_pte_writable(um_pte_at(mm, addr + 3 * P)));
	KUNIT_EXPECT_TRUE(test, pte_val(um_pte_at(mm, addr + 3 * P)) & PTE_DIRTY);
	KUNIT_EXPECT_FALSE(test, PageDirty(file_pages[3]));
	KUNIT_EXPECT_EQ(test, page_count(file_pages[3]), 2);

	/*
	 * A filesystem that wants to hear of writes (vma_wants_writenotify)
	 * maps shared pages without PTE_WRITE: then the write goes through
	 * do_wp_page() -> wp_page_shared(), which dirties the page at once.
	 */
	vma2 = find_vma(mm, map_file(test, mm, 0x20000000,
				     VM_READ | VM_WRITE | VM_SHARED));
	vma2->vm_page_prot = vm_get_page_prot(vma2->vm_flags & ~VM_SHARED);
	KUNIT_ASSERT_EQ(test, um_fault(mm, 0x20000000 + 2 * P, RD), 0U);
	KUNIT_EXPECT_FALSE(test, PageDirty(file_pages[2]));
	KUNIT_ASSERT_EQ(test, um_fault(mm, 0x20000000 + 2 * P, WR), VM_FAULT_WRITE);
	KUNIT_EXPECT_EQ(test, um_page_at(mm, 0x20000000 + 2 * P), file_pages[2]);
	KUNIT_EXPECT_TRUE(test, um_pte_writable(um_pte_at(mm, 0x20000000 + 2 * P)));
	KUNIT_EXPECT_TRUE(test, PageDirty(file_pages[2]));
	KUNIT_EXPECT_EQ(test, page_count(file_pages[2]), 2);

	/* fork leaves shared file pages to refault in the child */
	child = um_fork(test, mm);
	KUNIT_EXPECT_TRUE(test, pte_none(um_pte_at(child, addr)));
	KUNIT_ASSERT_EQ(test, um_fault(child, addr, WR), 0U);
	KUNIT_EXPECT_EQ(test, um_page_at(child, addr), file_pages[0]);
	KUNIT_EXPECT_EQ(test, page_mapcount(file_pages[0]), 2);
	mmput(child);

	mmput(mm);
	/* zap moved the pte's dirtiness to the page */
	KUNIT_EXPECT_TRUE(test, PageDirty(file_pages[3]));
	KUNIT_EXPECT_EQ(test, page_mapcount(file_pages[0]), 0);
	KUNIT_EXPECT_EQ(test, page_count(file_pages[0]), 1);
	memfile_destroy();
	/* every page, table, pgd, VMA and mm_struct slab page is back */
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free_at_init);
}

/* ---- the stress ---- */

#define NR_MMS		6

static struct mm_struct *smm[NR_MMS];
/* Every pte of every live mm against its VMA, its page and the counters. */
static bool stress_check(struct kunit *test)
{
	return um_check(test, smm, NR_MMS);
}

static unsigned long rand_below(u64 *s, unsigned long n)
{
	return hm_rand(s) % n;
}

static void memory_stress(struct kunit *test)
{
	unsigned long free0, tables0, i, ops = 20000;
	unsigned long counts[8] = { 0 };
	u64 seed = 0x5eed1234abcdULL;
	int m;

	free0 = nr_free_pages_settled();
	tables0 = (long)global_node_page_state_settled(NR_PAGETABLE);
	memset(smm, 0, sizeof(smm));
	smm[0] = mm_alloc();
	KUNIT_ASSERT_NOT_NULL(test, smm[0]);

	for (i = 0; i < ops; i++) {
		unsigned int op = rand_below(&seed, 100);
		struct mm_struct *mm;
		struct vm_area_struct *vma;
		unsigned long addr, len;
		int n = 0, k;

		m = rand_below(&seed, NR_MMS);
		if (!smm[m]) {
			/* an empty slot: a fork of a live mm, or a fresh one */
			for (k = 0; k < NR_MMS && !smm[(m + k) % NR_MMS]; k++)
				;
			if (k < NR_MMS && (op & 1)) {
				smm[m] = um_fork(test, smm[(m + k) % NR_MMS]);
				counts[5]++;
			} else {
				smm[m] = mm_alloc();
				KUNIT_ASSERT_NOT_NULL(test, smm[m]);
			}
			continue;
		}
		mm = smm[m];
		for (vma = mm->mmap; vma; vma = vma->vm_next)
			n++;

		if (op < 8 || !n) {			/* mmap */
			len = (1 + rand_below(&seed, 24)) * P;
			addr = map_anon(mm, len, rand_below(&seed, 5) ?
					PROT_READ | PROT_WRITE : PROT_READ);
			KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(addr));
			counts[0]++;
		} else if (op < 14) {			/* munmap a piece */
			k = rand_below(&seed, n);
			for (vma = mm->mmap; k--; vma = vma->vm_next)
				;
			addr = vma->vm_start + rand_below(&seed, vma_pages(vma)) * P;
			len = (1 + rand_below(&seed, 8)) * P;
			KUNIT_ASSERT_EQ(test, do_munmap(mm, addr, len, NULL), 0);
			counts[1]++;
		} else if (op < 16) {			/* fork */
			for (k = 0; k < NR_MMS && smm[k]; k++)
				;
			if (k < NR_MMS) {
				smm[k] = um_fork(test, mm);
				counts[5]++;
			}
		} else if (op < 18) {			/* exit */
			mmput(mm);
			smm[m] = NULL;
			counts[2]++;
		} else {				/* touch */
			bool write = rand_below(&seed, 2);
			vm_fault_t ret;

			k = rand_below(&seed, n);
			for (vma = mm->mmap; k--; vma = vma->vm_next)
				;
			addr = vma->vm_start + rand_below(&seed, vma_pages(vma)) * P;
			ret = um_fault(mm, addr, write ? WR : RD);
			if (write && !(vma->vm_flags & VM_WRITE))
				KUNIT_ASSERT_EQ(test, ret, VM_FAULT_SIGSEGV);
			else
				KUNIT_ASSERT_EQ(test, ret & VM_FAULT_ERROR, 0U);
			if (write && !ret)
				counts[3]++;
			else if (ret == VM_FAULT_WRITE)
				counts[4]++;
			if (write && !(ret & VM_FAULT_ERROR))
				*(u64 *)page_address(um_page_at(mm, addr)) = i;
		}
		if (i % 1000 == 999 && !stress_check(test))
			break;
	}
	KUNIT_EXPECT_TRUE(test, stress_check(test));
	kunit_info(test, "%lu ops: %lu mmap %lu munmap %lu fork %lu exit %lu write faults %lu COW/reuse",
		   ops, counts[0], counts[1], counts[5], counts[2], counts[3],
		   counts[4]);
	KUNIT_EXPECT_GT(test, counts[4], 100UL);
	KUNIT_EXPECT_GT(test, counts[5], 50UL);

	for (m = 0; m < NR_MMS; m++)
		if (smm[m])
			mmput(smm[m]);
	KUNIT_EXPECT_EQ(test, (long)global_node_page_state_settled(NR_PAGETABLE), (long)tables0);
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free0);
}

static struct kunit_case memory_cases[] = {
	KUNIT_CASE(memory_anon_write_faults),
	KUNIT_CASE(memory_zero_page),
	KUNIT_CASE(memory_cow_fork),
	KUNIT_CASE(memory_cow_zero_page_fork),
	KUNIT_CASE(memory_pte_wrprotect_keeps_dirty),
	KUNIT_CASE(memory_munmap_frees),
	KUNIT_CASE(memory_free_pgtables_span),
	KUNIT_CASE(memory_access_check),
	KUNIT_CASE(memory_file_private),
	KUNIT_CASE(memory_file_shared),
	KUNIT_CASE(memory_vmstat_counters),
	KUNIT_CASE(memory_stress),
	{}
};

static struct kunit_suite memory_test_suite = {
	.name = "memory",
	.init = memory_test_init,
	.exit = memory_test_exit,
	.test_cases = memory_cases,
};
kunit_test_suite(memory_test_suite);
