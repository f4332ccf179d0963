// SPDX-License-Identifier: GPL-2.0
/*
 * mm/memory.c - the generic page-fault core and the page tables of user
 * address spaces: demand paging, copy-on-write, teardown and fork.
 * Linux: mm/memory.c of v5.19. The pieces it calls live in Linux's
 * files: the rmap counts in mm/rmap.c, the mmu_gather in mm/mmu_gather.c,
 * the pgd in arch/arm64/mm/pgd.c, table hooks in asm/pgalloc.h and the
 * pte helpers in asm/pgtable.h.
 *
 * What it teaches: mmap() only creates a VMA; the first touch faults and
 * handle_mm_fault() decides what the page should be:
 *   pte none, anonymous VMA  -> do_anonymous_page(): a read maps the one
 *                               shared zero page read-only, a write maps
 *                               a fresh zeroed page
 *   pte none, file VMA       -> do_fault(): vm_ops->fault finds the page;
 *                               read maps it, a private write maps a copy,
 *                               a shared write maps it and dirties it
 *   write to a read-only pte -> do_wp_page(): copy-on-write, or reuse the
 *                               page when this mapping is its only user
 *   pte present but old      -> mark it young (the access-flag fault)
 * fork (copy_page_range) write-protects private pages in both mms and
 * shares them; munmap/exit (unmap_vmas, free_pgtables) drop every page
 * reference and free page-table pages no VMA spans any more, batching the
 * frees in an mmu_gather so nothing is reused before the TLB forgets it.
 *
 * Locking (Linux: the comment at the top of mm/rmap.c): a fault runs
 * with mm->mmap_lock held for read, so the VMA it found stays as it is,
 * while other threads fault in the same mm; the page tables themselves
 * change under mm->page_table_lock, taken inside. Anything that changes
 * VMAs holds mmap_lock for write. The order is always
 *   mmap_lock -> page_table_lock -> zone->lock
 * (the last through the page allocator, which a fault calls with
 * page_table_lock dropped or held). mmap_lock sleeps, so it is never
 * taken with a spinlock held, and never by code holding it already: a
 * uaccess under mmap_lock would fault and wait for itself.
 *
 * Simplified, and why:
 *  - No anon_vma objects (see mm/rmap.c): an anonymous page's mapping is
 *    just PAGE_MAPPING_ANON (a NULL anon_vma with the bit), so there is
 *    no reverse-map walk.
 *  - copy_page_range() cannot ask "does this VMA have an anon_vma?" (what
 *    Linux uses to skip VMAs refaultable from their file): it copies every
 *    anonymous or private VMA and skips shared file VMAs.
 *  - do_wp_page() reuses an anonymous page when page_count() is 1; v5.19
 *    first checks PageAnonExclusive, a flag this page-flags set lacks. The
 *    outcome is the same with no swap cache, GUP pins or LRU batches.
 *  - No swap (a non-present pte is never a swap entry), THP, hugetlb,
 *    NUMA hinting, userfaultfd, mmu notifiers, memcg, page locks, LRU
 *    lists or fault-around. ->page_mkwrite returns 0 for "go ahead"
 *    (Linux: VM_FAULT_LOCKED with the page locked; 0 there means retry).
 *  - One lock per mm (mm->page_table_lock) for all its page tables:
 *    Linux without split pte locks.
 *  - Page-table pages are counted per node (NR_PAGETABLE) but not per mm:
 *    mm_struct has no pgtables_bytes.
 *  - Anonymous MAP_SHARED VMAs are shmem files (mm/shmem.c), faulted
 *    through do_fault() like any file mapping, as in Linux.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/printk.h>
#include <linux/bug.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/gfp.h>
#include <linux/spinlock.h>
#include <linux/rmap.h>
#include <asm/pgalloc.h>
#include <asm/pgtable.h>
#include <asm/tlb.h>
#include <asm/tlbflush.h>
#include <tinymm/fault_trace.h>


/*
 * Tighten or replace a pte: clear it and flush before the new one goes
 * in. Linux: mm/pgtable-generic.c.
 */
static pte_t ptep_clear_flush(struct vm_area_struct *vma,
			      unsigned long address, pte_t *ptep)
{
	pte_t pte = ptep_get_and_clear(vma->vm_mm, address, ptep);

	flush_tlb_page(vma, address);
	return pte;
}

/* ================= the zero page ================= */

unsigned long zero_pfn;

#ifndef __KERNEL_HOST__
/* arm64 Linux: in arch/arm64/mm/mmu.c, in the image's bss */
unsigned long empty_zero_page[PAGE_SIZE / sizeof(unsigned long)]
	__aligned(PAGE_SIZE);

void init_zero_pfn(void)
{
	zero_pfn = __pa_symbol(empty_zero_page) >> PAGE_SHIFT;
}
#else
/* The host arena is all there is: the zero page comes from the allocator. */
void init_zero_pfn(void)
{
	struct page *page = alloc_page(GFP_KERNEL | __GFP_ZERO);

	BUG_ON(!page);
	zero_pfn = page_to_pfn(page);
}
#endif

/* ================= page-table pages ================= */

/* Page-table pages carry the PageTable type while in use. */
static struct page *pgtable_alloc_page(void)
{
	struct page *page = alloc_page(GFP_PGTABLE_USER);

	if (page) {
		__SetPageTable(page);
		inc_lruvec_page_state(page, NR_PAGETABLE);
	}
	return page;
}

static void pgtable_free_now(struct page *page)
{
	pgtable_page_dtor(page);
	__free_page(page);
}

/*
 * Allocate a missing level. Another thread may have filled the slot
 * while we allocated (Linux rechecks under the lock); then ours goes back.
 */
int __pud_alloc(struct mm_struct *mm, p4d_t *p4d, unsigned long address)
{
	struct page *page = pgtable_alloc_page();

	if (!page)
		return -ENOMEM;
	spin_lock(&mm->page_table_lock);
	if (p4d_none(*p4d)) {
		p4d_populate(mm, p4d, page_address(page));
		page = NULL;
	}
	spin_unlock(&mm->page_table_lock);
	if (page)
		pgtable_free_now(page);
	return 0;
}

int __pmd_alloc(struct mm_struct *mm, pud_t *pud, unsigned long address)
{
	struct page *page = pgtable_alloc_page();

	if (!page)
		return -ENOMEM;
	spin_lock(&mm->page_table_lock);
	if (pud_none(*pud)) {
		pud_populate(mm, pud, page_address(page));
		page = NULL;
	}
	spin_unlock(&mm->page_table_lock);
	if (page)
		pgtable_free_now(page);
	return 0;
}

int __pte_alloc(struct mm_struct *mm, pmd_t *pmd)
{
	struct page *page = pgtable_alloc_page();

	if (!page)
		return -ENOMEM;
	spin_lock(&mm->page_table_lock);
	if (pmd_none(*pmd)) {
		pmd_populate(mm, pmd, page);
		page = NULL;
	}
	spin_unlock(&mm->page_table_lock);
	if (page)
		pgtable_free_now(page);
	return 0;
}

/*
 * The struct page behind a pte, or NULL if it has none we may refcount:
 * the zero page (and other "special" ptes) are never counted.
 */
struct page *vm_normal_page(struct vm_area_struct *vma, unsigned long addr,
			    pte_t pte)
{
	unsigned long pfn = pte_pfn(pte);

	if (unlikely(pte_special(pte)) || is_zero_pfn(pfn))
		return NULL;
	if (unlikely(!pfn_valid(pfn))) {
		pr_err("BUG: Bad page map: pte:%016llx pfn:%lx at %lx\n",
		       (unsigned long long)pte_val(pte), pfn, addr);
		return NULL;
	}
	return pfn_to_page(pfn);
}

/* ================= anonymous faults ================= */

static struct page *alloc_zeroed_user_highpage_movable(
		struct vm_area_struct *vma, unsigned long vaddr)
{
	return alloc_page(GFP_HIGHUSER_MOVABLE | __GFP_ZERO);
}

static void copy_user_highpage(struct page *to, struct page *from,
			       unsigned long vaddr, struct vm_area_struct *vma)
{
	memcpy(page_address(to), page_address(from), PAGE_SIZE);
}

/*
 * First touch of anonymous memory. Reads share the zero page (a special,
 * read-only pte: nothing allocated, nothing counted); writes get their
 * own zeroed page, writable and dirty at once.
 */
static vm_fault_t do_anonymous_page(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct page *page = NULL;
	pte_t entry;

	/* shared anonymous memory is a shmem file: do_fault(), not here */
	if (WARN_ON_ONCE(vma->vm_flags & VM_SHARED))
		return VM_FAULT_SIGBUS;
	if (pte_alloc(vma->vm_mm, vmf->pmd))
		return VM_FAULT_OOM;

	if (!(vmf->flags & FAULT_FLAG_WRITE)) {
		if (unlikely(!zero_pfn))
			init_zero_pfn();
		entry = pte_mkspecial(pfn_pte(my_zero_pfn(vmf->address),
					      vma->vm_page_prot));
		vmf->pte = pte_offset_map_lock(vma->vm_mm, vmf->pmd,
					       vmf->address, &vmf->ptl);
		if (!pte_none(*vmf->pte))
			goto unlock;	/* someone else mapped it */
		goto setpte;
	}

	page = alloc_zeroed_user_highpage_movable(vma, vmf->address);
	if (!page)
		return VM_FAULT_OOM;
	entry = mk_pte(page, vma->vm_page_prot);
	if (vma->vm_flags & VM_WRITE)
		entry = pte_mkwrite(pte_mkdirty(entry));

	vmf->pte = pte_offset_map_lock(vma->vm_mm, vmf->pmd, vmf->address,
				       &vmf->ptl);
	if (!pte_none(*vmf->pte)) {
		pte_unmap_unlock(vmf->pte, vmf->ptl);
		put_page(page);
		return 0;
	}
	inc_mm_counter(vma->vm_mm, MM_ANONPAGES);
	page_add_new_anon_rmap(page, vma, vmf->address);
setpte:
	set_pte_at(vma->vm_mm, vmf->address, vmf->pte, entry);
unlock:
	pte_unmap_unlock(vmf->pte, vmf->ptl);
	return 0;
}

/* ================= file-backed faults ================= */

/* Ask the VMA's owner for the page; it comes back with a reference. */
static vm_fault_t __do_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	vm_fault_t ret;

	/* Linux preallocates the pte table here, outside the page lock */
	if (pte_alloc(vma->vm_mm, vmf->pmd))
		return VM_FAULT_OOM;
	ret = vma->vm_ops->fault(vmf);
	if (unlikely(ret & (VM_FAULT_ERROR | VM_FAULT_NOPAGE | VM_FAULT_RETRY |
			    VM_FAULT_DONE_COW)))
		return ret;
	if (WARN_ON_ONCE(!vmf->page))
		return VM_FAULT_SIGBUS;
	return ret;
}

/* Install page at vmf->address (Linux: do_set_pte). */
static void do_set_pte(struct vm_fault *vmf, struct page *page,
		       unsigned long addr)
{
	struct vm_area_struct *vma = vmf->vma;
	bool write = vmf->flags & FAULT_FLAG_WRITE;
	pte_t entry = mk_pte(page, vma->vm_page_prot);

	if (write)
		entry = maybe_mkwrite(pte_mkdirty(entry), vma);
	if (write && !(vma->vm_flags & VM_SHARED)) {
		inc_mm_counter(vma->vm_mm, MM_ANONPAGES);
		page_add_new_anon_rmap(page, vma, addr);
	} else {
		inc_mm_counter(vma->vm_mm, mm_counter_file(page));
		page_add_file_rmap(page, vma, false);
	}
	set_pte_at(vma->vm_mm, addr, vmf->pte, entry);
}

/*
 * Map the page __do_fault() found (or do_cow_fault()'s copy). The
 * reference the caller holds becomes the mapping's. VM_FAULT_NOPAGE if
 * the pte got filled meanwhile; the caller then drops its reference.
 */
static vm_fault_t finish_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct page *page;
	vm_fault_t ret = 0;

	if ((vmf->flags & FAULT_FLAG_WRITE) && !(vma->vm_flags & VM_SHARED))
		page = vmf->cow_page;
	else
		page = vmf->page;

	if (pte_alloc(vma->vm_mm, vmf->pmd))
		return VM_FAULT_OOM;
	vmf->pte = pte_offset_map_lock(vma->vm_mm, vmf->pmd, vmf->address,
				       &vmf->ptl);
	if (likely(pte_none(*vmf->pte)))
		do_set_pte(vmf, page, vmf->address);
	else
		ret = VM_FAULT_NOPAGE;
	pte_unmap_unlock(vmf->pte, vmf->ptl);
	return ret;
}

static vm_fault_t do_read_fault(struct vm_fault *vmf)
{
	vm_fault_t ret = __do_fault(vmf);

	if (unlikely(ret & (VM_FAULT_ERROR | VM_FAULT_NOPAGE | VM_FAULT_RETRY)))
		return ret;
	ret |= finish_fault(vmf);
	if (unlikely(ret & (VM_FAULT_ERROR | VM_FAULT_NOPAGE | VM_FAULT_RETRY)))
		put_page(vmf->page);
	return ret;
}

/* A write to a private file mapping: map a private copy of the file page. */
static vm_fault_t do_cow_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	vm_fault_t ret;

	vmf->cow_page = alloc_page(GFP_HIGHUSER_MOVABLE);
	if (!vmf->cow_page)
		return VM_FAULT_OOM;

	ret = __do_fault(vmf);
	if (unlikely(ret & (VM_FAULT_ERROR | VM_FAULT_NOPAGE | VM_FAULT_RETRY)))
		goto uncharge_out;
	if (ret & VM_FAULT_DONE_COW)
		return ret;

	copy_user_highpage(vmf->cow_page, vmf->page, vmf->address, vma);
	ret |= finish_fault(vmf);
	put_page(vmf->page);		/* the file keeps its own reference */
	if (unlikely(ret & (VM_FAULT_ERROR | VM_FAULT_NOPAGE | VM_FAULT_RETRY)))
		goto uncharge_out;
	return ret;
uncharge_out:
	put_page(vmf->cow_page);
	return ret;
}

/* A page of a shared mapping was written: writeback must see it. */
static void fault_dirty_shared_page(struct vm_fault *vmf)
{
	SetPageDirty(vmf->page);	/* Linux: set_page_dirty(), balance_dirty_pages */
}

/*
 * Tell the owner a shared page is about to be written (it may refuse:
 * VM_FAULT_NOPAGE when the page was truncated, and the access retries).
 */
static vm_fault_t do_page_mkwrite(struct vm_fault *vmf)
{
	unsigned int old_flags = vmf->flags;
	vm_fault_t ret;

	vmf->flags = FAULT_FLAG_WRITE | FAULT_FLAG_MKWRITE;
	ret = vmf->vma->vm_ops->page_mkwrite(vmf);
	vmf->flags = old_flags;
	return ret;
}

static vm_fault_t do_shared_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	vm_fault_t ret = __do_fault(vmf), tmp;

	if (unlikely(ret & (VM_FAULT_ERROR | VM_FAULT_NOPAGE | VM_FAULT_RETRY)))
		return ret;
	/* the filesystem may prepare for the write, or refuse it */
	if (vma->vm_ops->page_mkwrite) {
		tmp = do_page_mkwrite(vmf);
		if (unlikely(tmp & (VM_FAULT_ERROR | VM_FAULT_NOPAGE))) {
			put_page(vmf->page);
			return tmp;
		}
	}
	ret |= finish_fault(vmf);
	if (unlikely(ret & (VM_FAULT_ERROR | VM_FAULT_NOPAGE | VM_FAULT_RETRY))) {
		put_page(vmf->page);
		return ret;
	}
	fault_dirty_shared_page(vmf);
	return ret;
}

/*
 * do_fault - no pte at all in a VMA with ->fault (a file, or shmem for shared
 * anonymous memory): a read maps the page-cache page (do_read_fault), a
 * private write a copy of it (do_cow_fault), a shared write the page
 * itself, writable and dirty (do_shared_fault). Returns VM_FAULT_* bits:
 * none, or VM_FAULT_MAJOR if ->fault had to fill the page, when a pte now
 * maps it; VM_FAULT_SIGBUS with no ->fault, an error bit on failure.
 * Caller: handle_pte_fault(), vmf->pte NULL. In Linux ->fault may sleep
 * reading the file; ramfs pages are always in memory here.
 */
static vm_fault_t do_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;

	if (!vma->vm_ops->fault)
		return VM_FAULT_SIGBUS;
	if (!(vmf->flags & FAULT_FLAG_WRITE))
		return do_read_fault(vmf);
	if (!(vma->vm_flags & VM_SHARED))
		return do_cow_fault(vmf);
	return do_shared_fault(vmf);
}

/* ================= write-protect faults ================= */

/* Keep the page: just make the pte writable (and young, dirty). */
static void wp_page_reuse(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	pte_t entry;

	entry = pte_mkyoung(vmf->orig_pte);
	entry = maybe_mkwrite(pte_mkdirty(entry), vma);
	ptep_set_access_flags(vma, vmf->address, vmf->pte, entry, 1);
	pte_unmap_unlock(vmf->pte, vmf->ptl);
}

/*
 * Break COW: give this mapping its own copy (zeroed if the old page is
 * the zero page). The old page loses this pte's mapcount and reference,
 * and the extra reference do_wp_page() took to keep it alive meanwhile.
 */
static vm_fault_t wp_page_copy(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct mm_struct *mm = vma->vm_mm;
	struct page *old_page = vmf->page;
	struct page *new_page;
	pte_t entry;

	if (is_zero_pfn(pte_pfn(vmf->orig_pte))) {
		new_page = alloc_zeroed_user_highpage_movable(vma,
							      vmf->address);
	} else {
		new_page = alloc_page(GFP_HIGHUSER_MOVABLE);
		if (new_page)
			copy_user_highpage(new_page, old_page, vmf->address,
					   vma);
	}
	if (!new_page) {
		if (old_page)
			put_page(old_page);
		return VM_FAULT_OOM;
	}

	vmf->pte = pte_offset_map_lock(mm, vmf->pmd, vmf->address, &vmf->ptl);
	if (likely(pte_same(*vmf->pte, vmf->orig_pte))) {
		if (old_page) {
			if (!PageAnon(old_page)) {
				dec_mm_counter(mm, mm_counter_file(old_page));
				inc_mm_counter(mm, MM_ANONPAGES);
			}
		} else {
			inc_mm_counter(mm, MM_ANONPAGES);
		}
		entry = mk_pte(new_page, vma->vm_page_prot);
		entry = maybe_mkwrite(pte_mkdirty(entry), vma);
		/* the old translation must be gone before the new one */
		ptep_clear_flush(vma, vmf->address, vmf->pte);
		page_add_new_anon_rmap(new_page, vma, vmf->address);
		set_pte_at(mm, vmf->address, vmf->pte, entry);
		if (old_page) {
			page_remove_rmap(old_page, vma, false);
			put_page(old_page);	/* the pte's reference */
		}
		new_page = NULL;
	}
	pte_unmap_unlock(vmf->pte, vmf->ptl);
	if (new_page)
		put_page(new_page);	/* lost a race: not needed */
	if (old_page)
		put_page(old_page);	/* do_wp_page's reference */
	return VM_FAULT_WRITE;
}

/*
 * A write to a shared mapping's read-only page: make it writable, dirty
 * it. With ->page_mkwrite (writenotify) the owner is asked first, without
 * the pte lock; the pte may have changed meanwhile, then the access
 * simply retries.
 */
static vm_fault_t wp_page_shared(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	vm_fault_t tmp;

	get_page(vmf->page);
	if (vma->vm_ops && vma->vm_ops->page_mkwrite) {
		pte_unmap_unlock(vmf->pte, vmf->ptl);
		tmp = do_page_mkwrite(vmf);
		if (unlikely(tmp & (VM_FAULT_ERROR | VM_FAULT_NOPAGE))) {
			put_page(vmf->page);
			return tmp;
		}
		/* Linux: finish_mkwrite_fault() */
		vmf->pte = pte_offset_map_lock(vma->vm_mm, vmf->pmd,
					       vmf->address, &vmf->ptl);
		if (!pte_same(*vmf->pte, vmf->orig_pte)) {
			pte_unmap_unlock(vmf->pte, vmf->ptl);
			put_page(vmf->page);
			return VM_FAULT_NOPAGE;
		}
	}
	wp_page_reuse(vmf);
	fault_dirty_shared_page(vmf);
	put_page(vmf->page);
	return VM_FAULT_WRITE;
}

/*
 * A write hit a present read-only pte of a writable VMA (called with the
 * pte lock held). The zero page is always copied. An anonymous page only
 * this pte refers to is reused in place: after fork, whichever side
 * writes last gets the page back without a copy.
 */
static vm_fault_t do_wp_page(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;

	vmf->page = vm_normal_page(vma, vmf->address, vmf->orig_pte);
	if (!vmf->page) {
		pte_unmap_unlock(vmf->pte, vmf->ptl);
		return wp_page_copy(vmf);
	}

	if (PageAnon(vmf->page)) {
		/* Linux 5.19: PageAnonExclusive first; see the header */
		if (page_count(vmf->page) != 1)
			goto copy;
		wp_page_reuse(vmf);
		return VM_FAULT_WRITE;
	} else if ((vma->vm_flags & (VM_WRITE | VM_SHARED)) ==
		   (VM_WRITE | VM_SHARED)) {
		return wp_page_shared(vmf);
	}
copy:
	get_page(vmf->page);
	pte_unmap_unlock(vmf->pte, vmf->ptl);
	return wp_page_copy(vmf);
}

/* ================= the entry ================= */

static vm_fault_t handle_pte_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	pte_t entry;

	if (unlikely(pmd_none(*vmf->pmd))) {
		vmf->pte = NULL;
	} else {
		vmf->pte = pte_offset_map(vmf->pmd, vmf->address);
		vmf->orig_pte = READ_ONCE(*vmf->pte);
		vmf->flags |= FAULT_FLAG_ORIG_PTE_VALID;
		if (pte_none(vmf->orig_pte)) {
			pte_unmap(vmf->pte);
			vmf->pte = NULL;
		}
	}

	if (!vmf->pte) {
		if (vma_is_anonymous(vma))
			return do_anonymous_page(vmf);
		return do_fault(vmf);
	}
	/* Linux: do_swap_page(); tinymm has no swap, hence no swap entries */
	if (!pte_present(vmf->orig_pte))
		return VM_FAULT_SIGBUS;

	vmf->ptl = &vma->vm_mm->page_table_lock;
	spin_lock(vmf->ptl);
	entry = vmf->orig_pte;
	if (unlikely(!pte_same(*vmf->pte, entry)))
		goto unlock;		/* changed under us: retry the access */
	if (vmf->flags & (FAULT_FLAG_WRITE | FAULT_FLAG_UNSHARE)) {
		if (!pte_write(entry))
			return do_wp_page(vmf);
		if (likely(vmf->flags & FAULT_FLAG_WRITE))
			entry = pte_mkdirty(entry);
	}
	/* the access-flag fault: the page is in use again */
	entry = pte_mkyoung(entry);
	ptep_set_access_flags(vma, vmf->address, vmf->pte, entry,
			      vmf->flags & FAULT_FLAG_WRITE);
unlock:
	pte_unmap_unlock(vmf->pte, vmf->ptl);
	return 0;
}

/*
 * __handle_mm_fault - walk to the pmd, allocating the pud and pmd tables
 * on the way, and let handle_pte_fault() resolve the pte. Returns
 * VM_FAULT_* bits (VM_FAULT_OOM if a table could not be allocated).
 * Caller: handle_mm_fault(), which checked @address against @vma.
 */
static vm_fault_t __handle_mm_fault(struct vm_area_struct *vma,
				    unsigned long address, unsigned int flags)
{
	struct vm_fault vmf = {
		.vma = vma,
		.address = address & PAGE_MASK,
		.real_address = address,
		.flags = flags,
		.pgoff = linear_page_index(vma, address),
		.gfp_mask = GFP_HIGHUSER_MOVABLE,
	};
	struct mm_struct *mm = vma->vm_mm;
	vm_fault_t ret;
	pgd_t *pgd;
	p4d_t *p4d;

	pgd = pgd_offset(mm, address);
	p4d = p4d_offset(pgd, address);
	vmf.pud = pud_alloc(mm, p4d, address);
	if (!vmf.pud)
		return VM_FAULT_OOM;
	vmf.pmd = pmd_alloc(mm, vmf.pud, address);
	if (!vmf.pmd)
		return VM_FAULT_OOM;
	ret = handle_pte_fault(&vmf);
	if (unlikely(fault_trace))
		trace_fault(&vmf, ret);
	return ret;
}

/*
 * Count the fault against the task: getrusage's ru_minflt/ru_majflt.
 * Only a fault a real access raised (regs != NULL) counts: gup and
 * populate fault pages in without one. Linux: mm_account_fault(), which
 * also feeds perf's page-fault events.
 */
static void mm_account_fault(struct pt_regs *regs, unsigned long address,
			     unsigned int flags, vm_fault_t ret)
{
	if (!regs || (ret & VM_FAULT_ERROR))
		return;
	if (ret & VM_FAULT_MAJOR)
		current->maj_flt++;
	else
		current->min_flt++;
}

/*
 * handle_mm_fault - resolve a fault at @address in @vma. Returns VM_FAULT_*
 * bits: 0 or VM_FAULT_MAJOR when a page now backs the address, an
 * error bit (OOM, SIGBUS, SIGSEGV) when not. The caller holds mmap_lock
 * for read (or write), which keeps @vma as it is; never VM_FAULT_RETRY,
 * as nothing here drops that lock. It allocates with
 * GFP_HIGHUSER_MOVABLE and so may sleep in Linux; tinymm's allocator
 * never does.
 * The arch fault handler calls this once it has found the VMA and
 * checked the access against vm_flags (vma_access_permitted()). Linux
 * would then only ask arch_vma_access_permitted() (protection keys); we
 * repeat the vm_flags check, so a caller that forgets it gets SIGSEGV
 * rather than a writable copy of a read-only page.
 */
vm_fault_t handle_mm_fault(struct vm_area_struct *vma, unsigned long address,
			   unsigned int flags, struct pt_regs *regs)
{
	vm_fault_t ret;

	if (address < vma->vm_start || address >= vma->vm_end ||
	    !vma_access_permitted(vma, flags))
		return VM_FAULT_SIGSEGV;
	count_vm_event(PGFAULT);
	ret = __handle_mm_fault(vma, address, flags);
	mm_account_fault(regs, address, flags, ret);
	return ret;
}

/* ================= unmapping ================= */

static unsigned long zap_pte_range(struct mmu_gather *tlb,
				   struct vm_area_struct *vma, pmd_t *pmd,
				   unsigned long addr, unsigned long end)
{
	struct mm_struct *mm = tlb->mm;
	long rss[NR_MM_COUNTERS] = { 0 };
	bool force_flush = false;
	spinlock_t *ptl;
	pte_t *start_pte, *pte;
	int i;

	start_pte = pte = pte_offset_map_lock(mm, pmd, addr, &ptl);
	do {
		pte_t ptent = READ_ONCE(*pte);
		struct page *page;

		if (pte_none(ptent))
			continue;
		/* present, or PROT_NONE (mapped but inaccessible) */
		page = vm_normal_page(vma, addr, ptent);
		ptent = ptep_get_and_clear(mm, addr, pte);
		__tlb_adjust_range(tlb, addr, PAGE_SIZE);
		if (!page)
			continue;
		if (!PageAnon(page) && pte_dirty(ptent))
			SetPageDirty(page);
		rss[mm_counter(page)]--;
		page_remove_rmap(page, vma, false);
		if (unlikely(page_mapcount(page) < 0))
			pr_err("BUG: Bad page map: mapcount %d at %lx\n",
			       page_mapcount(page), addr);
		if (unlikely(__tlb_remove_page(tlb, page))) {
			force_flush = true;
			addr += PAGE_SIZE;
			break;
		}
	} while (pte++, addr += PAGE_SIZE, addr != end);

	for (i = 0; i < NR_MM_COUNTERS; i++)
		if (rss[i])
			add_mm_counter(mm, i, rss[i]);
	pte_unmap_unlock(start_pte, ptl);
	/* the batch filled: free it (after the flush) and carry on */
	if (force_flush)
		tlb_flush_mmu(tlb);
	return addr;
}

static unsigned long zap_pmd_range(struct mmu_gather *tlb,
				   struct vm_area_struct *vma, pud_t *pud,
				   unsigned long addr, unsigned long end)
{
	pmd_t *pmd = pmd_offset(pud, addr);
	unsigned long next;

	do {
		next = pmd_addr_end(addr, end);
		if (pmd_none(*pmd) || pmd_bad(*pmd))
			continue;
		do {
			addr = zap_pte_range(tlb, vma, pmd, addr, next);
		} while (addr != next);
	} while (pmd++, addr = next, addr != end);
	return addr;
}

static unsigned long zap_pud_range(struct mmu_gather *tlb,
				   struct vm_area_struct *vma, p4d_t *p4d,
				   unsigned long addr, unsigned long end)
{
	pud_t *pud = pud_offset(p4d, addr);
	unsigned long next;

	do {
		next = pud_addr_end(addr, end);
		if (pud_none(*pud) || pud_bad(*pud))
			continue;
		next = zap_pmd_range(tlb, vma, pud, addr, next);
	} while (pud++, addr = next, addr != end);
	return addr;
}

/* p4d is folded into the pgd on arm64: one entry, the pgd's own. */
static unsigned long zap_p4d_range(struct mmu_gather *tlb,
				   struct vm_area_struct *vma, pgd_t *pgd,
				   unsigned long addr, unsigned long end)
{
	p4d_t *p4d = p4d_offset(pgd, addr);

	if (p4d_none(*p4d) || p4d_bad(*p4d))
		return end;
	return zap_pud_range(tlb, vma, p4d, addr, end);
}

static void unmap_page_range(struct mmu_gather *tlb,
			     struct vm_area_struct *vma, unsigned long addr,
			     unsigned long end)
{
	pgd_t *pgd = pgd_offset(vma->vm_mm, addr);
	unsigned long next;

	do {
		next = pgd_addr_end(addr, end);
		if (pgd_none(*pgd) || pgd_bad(*pgd))
			continue;
		next = zap_p4d_range(tlb, vma, pgd, addr, next);
	} while (pgd++, addr = next, addr != end);
}

static void unmap_single_vma(struct mmu_gather *tlb,
			     struct vm_area_struct *vma,
			     unsigned long start_addr, unsigned long end_addr)
{
	unsigned long start = max(vma->vm_start, start_addr);
	unsigned long end = min(vma->vm_end, end_addr);

	if (start >= end)
		return;
	unmap_page_range(tlb, vma, start, end);
}

/*
 * Zap every pte of [start_addr, end_addr) in the VMAs from vma on (a
 * list ending in NULL or past end_addr). Page tables stay: free_pgtables.
 */
void unmap_vmas(struct mmu_gather *tlb, struct vm_area_struct *vma,
		unsigned long start_addr, unsigned long end_addr)
{
	for (; vma && vma->vm_start < end_addr; vma = vma->vm_next)
		unmap_single_vma(tlb, vma, start_addr, end_addr);
}

/* Drop the pages of part of one VMA (madvise(MADV_DONTNEED)). */
void zap_page_range(struct vm_area_struct *vma, unsigned long start,
		    unsigned long size)
{
	struct mmu_gather tlb;
	unsigned long end = start + size;

	tlb_gather_mmu(&tlb, vma->vm_mm);
	for (; vma && vma->vm_start < end; vma = vma->vm_next)
		unmap_single_vma(&tlb, vma, start, end);
	tlb_finish_mmu(&tlb);
}

/* ================= freeing page tables ================= */

/*
 * The rule at every level: a table may go only if the whole range it
 * maps lies within [floor, ceiling), the gap between the VMAs that remain
 * on either side (ceiling 0 = the top). Otherwise a neighbour may still
 * use it. The lower levels are freed first.
 */
static void free_pte_range(struct mmu_gather *tlb, pmd_t *pmd,
			   unsigned long addr)
{
	struct page *token = pfn_to_page(pmd_page_paddr(*pmd) >> PAGE_SHIFT);

	set_pmd(pmd, __pmd(0));
	pte_free_tlb(tlb, token, addr);
}

static void free_pmd_range(struct mmu_gather *tlb, pud_t *pud,
			   unsigned long addr, unsigned long end,
			   unsigned long floor, unsigned long ceiling)
{
	unsigned long next, start = addr;
	pmd_t *pmd = pmd_offset(pud, addr);

	do {
		next = pmd_addr_end(addr, end);
		if (pmd_none(*pmd) || pmd_bad(*pmd))
			continue;
		free_pte_range(tlb, pmd, addr);
	} while (pmd++, addr = next, addr != end);

	start &= PUD_MASK;
	if (start < floor)
		return;
	if (ceiling) {
		ceiling &= PUD_MASK;
		if (!ceiling)
			return;
	}
	if (end - 1 > ceiling - 1)
		return;

	pmd = pmd_offset(pud, start);
	set_pud(pud, __pud(0));
	pmd_free_tlb(tlb, pmd, start);
}

static void free_pud_range(struct mmu_gather *tlb, p4d_t *p4d,
			   unsigned long addr, unsigned long end,
			   unsigned long floor, unsigned long ceiling)
{
	unsigned long next, start = addr;
	pud_t *pud = pud_offset(p4d, addr);

	do {
		next = pud_addr_end(addr, end);
		if (pud_none(*pud) || pud_bad(*pud))
			continue;
		free_pmd_range(tlb, pud, addr, next, floor, ceiling);
	} while (pud++, addr = next, addr != end);

	start &= PGDIR_MASK;	/* P4D_MASK: p4d is folded */
	if (start < floor)
		return;
	if (ceiling) {
		ceiling &= PGDIR_MASK;
		if (!ceiling)
			return;
	}
	if (end - 1 > ceiling - 1)
		return;

	pud = pud_offset(p4d, start);
	set_pgd((pgd_t *)p4d, __pgd(0));
	pud_free_tlb(tlb, pud, start);
}

/* Folded: the pgd entry is the p4d entry, freed in free_pud_range(). */
static void free_p4d_range(struct mmu_gather *tlb, pgd_t *pgd,
			   unsigned long addr, unsigned long end,
			   unsigned long floor, unsigned long ceiling)
{
	free_pud_range(tlb, p4d_offset(pgd, addr), addr, end, floor, ceiling);
}

/*
 * Free the page tables of [addr, end), as far as [floor, ceiling) allows.
 * The pte level is freed in PMD_SIZE units: first trim the range to the
 * whole units that lie inside the limits.
 */
void free_pgd_range(struct mmu_gather *tlb, unsigned long addr,
		    unsigned long end, unsigned long floor,
		    unsigned long ceiling)
{
	unsigned long next;
	pgd_t *pgd;

	addr &= PMD_MASK;
	if (addr < floor) {
		addr += PMD_SIZE;
		if (!addr)
			return;
	}
	if (ceiling) {
		ceiling &= PMD_MASK;
		if (!ceiling)
			return;
	}
	if (end - 1 > ceiling - 1)
		end -= PMD_SIZE;
	if (addr > end - 1)
		return;

	pgd = pgd_offset(tlb->mm, addr);
	do {
		next = pgd_addr_end(addr, end);
		if (pgd_none(*pgd) || pgd_bad(*pgd))
			continue;
		free_p4d_range(tlb, pgd, addr, next, floor, ceiling);
	} while (pgd++, addr = next, addr != end);
}

/*
 * After unmap_vmas(): free the tables under the (detached, or on exit
 * all) VMAs from vma on. Neighbouring VMAs closer than a PMD are handled
 * in one call, since they share pte tables anyway.
 */
void free_pgtables(struct mmu_gather *tlb, struct vm_area_struct *vma,
		   unsigned long floor, unsigned long ceiling)
{
	while (vma) {
		struct vm_area_struct *next = vma->vm_next;
		unsigned long addr = vma->vm_start;

		/* Linux: unlink_anon_vmas(), unlink_file_vma() here */
		while (next && next->vm_start <= vma->vm_end + PMD_SIZE) {
			vma = next;
			next = vma->vm_next;
		}
		free_pgd_range(tlb, addr, vma->vm_end, floor,
			       next ? next->vm_start : ceiling);
		vma = next;
	}
}

/* ================= fork ================= */

/*
 * Copy one present pte into the child. A private writable page becomes
 * read-only in both (the first write on either side copies it); shared
 * mappings stay writable in both. The child's pte starts old.
 */
static void copy_present_pte(struct vm_area_struct *dst_vma,
			     struct vm_area_struct *src_vma, pte_t *dst_pte,
			     pte_t *src_pte, unsigned long addr, long *rss)
{
	struct mm_struct *src_mm = src_vma->vm_mm;
	unsigned long vm_flags = src_vma->vm_flags;
	pte_t pte = READ_ONCE(*src_pte);
	struct page *page = vm_normal_page(src_vma, addr, pte);

	if (page) {
		get_page(page);
		if (PageAnon(page))
			page_try_dup_anon_rmap(page, false, src_vma);
		else
			page_dup_file_rmap(page, false);
		rss[mm_counter(page)]++;
	}
	if (is_cow_mapping(vm_flags) && pte_write(pte)) {
		ptep_set_wrprotect(src_mm, addr, src_pte);
		pte = pte_wrprotect(pte);
	}
	if (vm_flags & VM_SHARED)
		pte = pte_mkclean(pte);
	pte = pte_mkold(pte);
	set_pte_at(dst_vma->vm_mm, addr, dst_pte, pte);
}

static int copy_pte_range(struct vm_area_struct *dst_vma,
			  struct vm_area_struct *src_vma, pmd_t *dst_pmd,
			  pmd_t *src_pmd, unsigned long addr,
			  unsigned long end)
{
	struct mm_struct *dst_mm = dst_vma->vm_mm;
	struct mm_struct *src_mm = src_vma->vm_mm;
	long rss[NR_MM_COUNTERS] = { 0 };
	pte_t *src_pte, *dst_pte;
	int i;

	if (pte_alloc(dst_mm, dst_pmd))
		return -ENOMEM;
	dst_pte = pte_offset_map(dst_pmd, addr);
	src_pte = pte_offset_map(src_pmd, addr);
	spin_lock(&dst_mm->page_table_lock);
	if (src_mm != dst_mm)
		spin_lock(&src_mm->page_table_lock);
	do {
		if (pte_none(READ_ONCE(*src_pte)))
			continue;
		copy_present_pte(dst_vma, src_vma, dst_pte, src_pte, addr,
				 rss);
	} while (dst_pte++, src_pte++, addr += PAGE_SIZE, addr != end);
	if (src_mm != dst_mm)
		spin_unlock(&src_mm->page_table_lock);
	spin_unlock(&dst_mm->page_table_lock);

	for (i = 0; i < NR_MM_COUNTERS; i++)
		if (rss[i])
			add_mm_counter(dst_mm, i, rss[i]);
	return 0;
}

static int copy_pmd_range(struct vm_area_struct *dst_vma,
			  struct vm_area_struct *src_vma, pud_t *dst_pud,
			  pud_t *src_pud, unsigned long addr,
			  unsigned long end)
{
	pmd_t *src_pmd, *dst_pmd;
	unsigned long next;

	dst_pmd = pmd_alloc(dst_vma->vm_mm, dst_pud, addr);
	if (!dst_pmd)
		return -ENOMEM;
	src_pmd = pmd_offset(src_pud, addr);
	do {
		next = pmd_addr_end(addr, end);
		if (pmd_none(*src_pmd) || pmd_bad(*src_pmd))
			continue;
		if (copy_pte_range(dst_vma, src_vma, dst_pmd, src_pmd, addr,
				   next))
			return -ENOMEM;
	} while (dst_pmd++, src_pmd++, addr = next, addr != end);
	return 0;
}

static int copy_pud_range(struct vm_area_struct *dst_vma,
			  struct vm_area_struct *src_vma, p4d_t *dst_p4d,
			  p4d_t *src_p4d, unsigned long addr,
			  unsigned long end)
{
	pud_t *src_pud, *dst_pud;
	unsigned long next;

	dst_pud = pud_alloc(dst_vma->vm_mm, dst_p4d, addr);
	if (!dst_pud)
		return -ENOMEM;
	src_pud = pud_offset(src_p4d, addr);
	do {
		next = pud_addr_end(addr, end);
		if (pud_none(*src_pud) || pud_bad(*src_pud))
			continue;
		if (copy_pmd_range(dst_vma, src_vma, dst_pud, src_pud, addr,
				   next))
			return -ENOMEM;
	} while (dst_pud++, src_pud++, addr = next, addr != end);
	return 0;
}

/*
 * fork: give dst_vma (the child's copy of src_vma) the same ptes.
 * Linux's dup_mmap() calls this per VMA and then flush_tlb_mm(parent),
 * since parent ptes may have been write-protected.
 */
int copy_page_range(struct vm_area_struct *dst_vma,
		    struct vm_area_struct *src_vma)
{
	unsigned long addr = src_vma->vm_start, end = src_vma->vm_end, next;
	pgd_t *src_pgd, *dst_pgd;

	/* shared file pages simply refault in the child; see the header */
	if (!vma_is_anonymous(src_vma) && (src_vma->vm_flags & VM_SHARED))
		return 0;

	dst_pgd = pgd_offset(dst_vma->vm_mm, addr);
	src_pgd = pgd_offset(src_vma->vm_mm, addr);
	do {
		next = pgd_addr_end(addr, end);
		if (pgd_none(*src_pgd) || pgd_bad(*src_pgd))
			continue;
		if (copy_pud_range(dst_vma, src_vma,
				   p4d_offset(dst_pgd, addr),
				   p4d_offset(src_pgd, addr), addr, next))
			return -ENOMEM;
	} while (dst_pgd++, src_pgd++, addr = next, addr != end);
	return 0;
}
