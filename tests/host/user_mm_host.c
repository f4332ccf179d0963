// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/user_mm_host.c - see user_mm_host.h. The page tables the
 * mm builds are real arm64-format tables in arena memory, so they are
 * walked here exactly as the MMU would.
 */
#include <stdlib.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/slab.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>
#include <kunit/test.h>
#include "slab.h"
#include "mm_host.h"
#include "user_mm_host.h"

int um_boot(phys_addr_t base, u64 size)
{
	int ret = host_mm_boot(base, size, NULL);

	if (ret)
		return ret;
	kmem_cache_init();
	proc_caches_init();
	init_zero_pfn();
	return 0;
}

void um_teardown(void)
{
	host_use_mm(NULL);	/* the test's mms are gone */
	ramfs_kill_sb();
	host_mm_teardown();
}

pte_t *um_walk(struct mm_struct *mm, unsigned long addr)
{
	pgd_t *pgd = pgd_offset(mm, addr);
	pud_t *pud;
	pmd_t *pmd;

	if (pgd_none(*pgd))
		return NULL;
	pud = pud_offset(p4d_offset(pgd, addr), addr);
	if (pud_none(*pud))
		return NULL;
	pmd = pmd_offset(pud, addr);
	if (pmd_none(*pmd))
		return NULL;
	return pte_offset_kernel(pmd, addr);
}

pte_t um_pte_at(struct mm_struct *mm, unsigned long addr)
{
	pte_t *ptep = um_walk(mm, addr);

	return ptep ? *ptep : __pte(0);
}

struct page *um_page_at(struct mm_struct *mm, unsigned long addr)
{
	pte_t pte = um_pte_at(mm, addr);

	return pte_present(pte) ? pfn_to_page(pte_pfn(pte)) : NULL;
}

bool um_pte_writable(pte_t pte)
{
	return pte_write(pte) && !pte_rdonly(pte);
}

bool um_would_fault(struct mm_struct *mm, unsigned long addr, bool write)
{
	pte_t pte = um_pte_at(mm, addr);

	if (!pte_present(pte) || !pte_young(pte) ||
	    !(pte_val(pte) & PTE_USER))
		return true;
	return write && !um_pte_writable(pte);
}

vm_fault_t um_fault(struct mm_struct *mm, unsigned long addr,
		    unsigned int flags)
{
	struct vm_area_struct *vma = find_vma(mm, addr);

	if (!vma || addr < vma->vm_start)
		return VM_FAULT_SIGSEGV;
	if (!vma_access_permitted(vma, flags))
		return VM_FAULT_SIGSEGV;
	return handle_mm_fault(vma, addr, flags | FAULT_FLAG_USER, NULL);
}

int um_touch(struct mm_struct *mm, unsigned long addr, bool write)
{
	vm_fault_t ret;

	if (!um_would_fault(mm, addr, write))
		return 0;
	ret = um_fault(mm, addr, write ? FAULT_FLAG_WRITE : 0);
	if (ret & VM_FAULT_ERROR)
		return -1;
	return 1;
}

/*
 * Linux's dup_mmap(): VM_DONTCOPY VMAs stay behind, locks are not
 * inherited, file VMAs take a file reference, then copy_page_range()
 * and a flush of the parent (whose ptes may have been write-protected).
 */
struct mm_struct *um_fork(struct kunit *test, struct mm_struct *parent)
{
	struct mm_struct *child = mm_alloc();
	struct vm_area_struct *vma;

	KUNIT_ASSERT_NOT_NULL(test, child);
	child->mmap_base = parent->mmap_base;
	for (vma = parent->mmap; vma; vma = vma->vm_next) {
		struct vm_area_struct *tmp;

		if (vma->vm_flags & VM_DONTCOPY)
			continue;
		tmp = vm_area_dup(vma);
		KUNIT_ASSERT_NOT_NULL(test, tmp);
		tmp->vm_mm = child;
		tmp->vm_flags &= ~(VM_LOCKED | VM_LOCKONFAULT);
		if (tmp->vm_file)
			get_file(tmp->vm_file);
		KUNIT_ASSERT_EQ(test, insert_vm_struct(child, tmp), 0);
		vm_stat_account(child, tmp->vm_flags, vma_pages(tmp));
		KUNIT_ASSERT_EQ(test, copy_page_range(tmp, vma), 0);
	}
	flush_tlb_mm(parent);
	return child;
}

/* ---- the checker ---- */

struct um_check_ctx {
	struct kunit *test;
	struct mm_struct *mm;
	int *seen;		/* ptes per pfn, across all mms */
	unsigned long anon, file, ptes;
	bool ok;
};

#define UM_FAIL(c, fmt, ...) do {					\
	KUNIT_FAIL((c)->test, fmt, ##__VA_ARGS__);			\
	(c)->ok = false;						\
} while (0)

static void check_pte(struct um_check_ctx *c, unsigned long addr, pte_t pte)
{
	struct vm_area_struct *vma = find_vma(c->mm, addr);
	unsigned long pfn = pte_pfn(pte);
	struct page *page;

	c->ptes++;
	if (!vma || addr < vma->vm_start) {
		UM_FAIL(c, "pte %llx at %lx outside every VMA",
			(unsigned long long)pte_val(pte), addr);
		return;
	}
	if (!(vma->vm_flags & VM_WRITE) && pte_write(pte))
		UM_FAIL(c, "writable pte at %lx in a read-only VMA", addr);
	if (vma_is_accessible(vma) != pte_present(pte))
		UM_FAIL(c, "pte at %lx %s, VMA flags %lx", addr,
			pte_present(pte) ? "valid" : "invalid", vma->vm_flags);
	if (!(pte_val(pte) & (PTE_VALID | PTE_PROT_NONE)))
		UM_FAIL(c, "pte %llx at %lx neither present nor PROT_NONE",
			(unsigned long long)pte_val(pte), addr);
	if (is_zero_pfn(pfn)) {
		if (pte_write(pte))
			UM_FAIL(c, "writable zero page at %lx", addr);
		return;
	}
	if (!pfn_valid(pfn)) {
		UM_FAIL(c, "pte at %lx: pfn %lx not in mem_map", addr, pfn);
		return;
	}
	page = pfn_to_page(pfn);
	c->seen[pfn - ARCH_PFN_OFFSET]++;
	if (PageAnon(page)) {
		c->anon++;
		if (vma->vm_flags & VM_SHARED)
			UM_FAIL(c, "anonymous page at %lx in a shared VMA",
				addr);
	} else {
		c->file++;
		if (vma->vm_file && page->mapping != vma->vm_file->f_mapping)
			UM_FAIL(c, "file page at %lx: mapping %p, file's %p",
				addr, page->mapping, vma->vm_file->f_mapping);
	}
	if ((PageAnon(page) || vma->vm_file) &&
	    page->index != linear_page_index(vma, addr))
		UM_FAIL(c, "page at %lx: index %lx, expected %lx", addr,
			page->index, linear_page_index(vma, addr));
	/* a writable private pte must map a page nobody else holds */
	if (!(vma->vm_flags & VM_SHARED) && um_pte_writable(pte) &&
	    (page_mapcount(page) != 1 || page_count(page) != 1))
		UM_FAIL(c, "writable shared page at %lx: map %d ref %d",
			addr, page_mapcount(page), page_count(page));
}

/* Every pte of the user half, in or out of VMAs. */
static void check_tables(struct um_check_ctx *c)
{
	struct mm_struct *mm = c->mm;
	unsigned long i, j, k, l;

	for (i = 0; i < PTRS_PER_PGD; i++) {
		pud_t *pud;

		if (pgd_none(mm->pgd[i]))
			continue;
		pud = phys_to_virt(pgd_val(mm->pgd[i]) & PTE_ADDR_MASK);
		for (j = 0; j < PTRS_PER_PUD; j++) {
			pmd_t *pmd;

			if (pud_none(pud[j]))
				continue;
			pmd = phys_to_virt(pud_page_paddr(pud[j]));
			for (k = 0; k < PTRS_PER_PMD; k++) {
				pte_t *pte;

				if (pmd_none(pmd[k]))
					continue;
				pte = phys_to_virt(pmd_page_paddr(pmd[k]));
				for (l = 0; l < PTRS_PER_PTE; l++) {
					unsigned long addr =
						(i << PGDIR_SHIFT) |
						(j << PUD_SHIFT) |
						(k << PMD_SHIFT) |
						(l << PAGE_SHIFT);

					if (!pte_none(pte[l]))
						check_pte(c, addr, pte[l]);
				}
			}
		}
	}
}

bool um_check(struct kunit *test, struct mm_struct **mms, int n)
{
	struct um_check_ctx c = { .test = test, .ok = true };
	unsigned long i;
	int m;

	c.seen = calloc(max_mapnr, sizeof(*c.seen));
	KUNIT_ASSERT_NOT_NULL(test, c.seen);
	for (m = 0; m < n; m++) {
		struct vm_area_struct *vma;
		unsigned long locked = 0;

		if (!mms[m])
			continue;
		c.mm = mms[m];
		c.anon = c.file = c.ptes = 0;
		if (validate_mm(c.mm)) {
			UM_FAIL(&c, "mm %d: validate_mm", m);
			break;
		}
		for (vma = c.mm->mmap; vma; vma = vma->vm_next)
			if (vma->vm_flags & VM_LOCKED)
				locked += vma_pages(vma);
		if (locked != c.mm->locked_vm)
			UM_FAIL(&c, "mm %d: locked_vm %lu, VMAs %lu", m,
				c.mm->locked_vm, locked);
		check_tables(&c);
		if (c.anon != get_mm_counter(c.mm, MM_ANONPAGES) ||
		    c.file != get_mm_counter(c.mm, MM_FILEPAGES))
			UM_FAIL(&c, "mm %d: rss anon %lu file %lu, ptes %lu %lu",
				m, get_mm_counter(c.mm, MM_ANONPAGES),
				get_mm_counter(c.mm, MM_FILEPAGES), c.anon,
				c.file);
	}
	for (i = 0; c.ok && i < max_mapnr; i++) {
		struct page *page = pfn_to_page(ARCH_PFN_OFFSET + i);

		if (PageBuddy(page) || PageTable(page) || PageSlab(page) ||
		    PageReserved(page) || is_zero_pfn(ARCH_PFN_OFFSET + i))
			continue;
		if (page_mapcount(page) != c.seen[i] ||
		    page_count(page) < c.seen[i])
			UM_FAIL(&c, "pfn %lx: mapcount %d refcount %d, ptes %d",
				ARCH_PFN_OFFSET + i, page_mapcount(page),
				page_count(page), c.seen[i]);
	}
	free(c.seen);
	return c.ok;
}
