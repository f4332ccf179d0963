// SPDX-License-Identifier: GPL-2.0
/*
 * mm/gup.c - get_user_pages: the kernel walks a user address space in
 * software and faults in whatever is missing, as if the program had
 * touched each page. Linux: mm/gup.c of v5.19.
 *
 * What it teaches: one loop, __get_user_pages(), serves two kinds of
 * caller.
 *  - Populating (mm_populate for MAP_POPULATE and MAP_LOCKED, mlock()):
 *    every page of the range must be present afterwards, so a later
 *    access costs no fault. Writable private memory is faulted for
 *    write, breaking copy-on-write now (a read would only map the zero
 *    page or the file's page, and the first write would fault anyway);
 *    shared memory is faulted for read, so nothing is dirtied for
 *    nothing.
 *  - Getting the pages (get_user_pages_remote, e.g. exec copying argv
 *    into the new stack, or /proc/pid/mem): each page is returned with a
 *    reference, so it cannot be freed while the kernel uses it.
 * For each address, follow_page() walks pgd..pte like the MMU would; if
 * the pte is missing or lacks the right (write) permission,
 * handle_mm_fault() is called and the walk retried.
 *
 * Faults taken here are not counted in the task's min_flt/maj_flt: Linux
 * counts a fault (mm_account_fault) only when handle_mm_fault() gets the
 * user's registers, and gup passes regs = NULL.
 *
 * Simplified, and why: no GUP pinning (FOLL_PIN, FOLL_LONGTERM), fast
 * gup, huge pages, device pages or stack expansion (find_extend_vma);
 * FOLL_FORCE writes into read-only private memory (ptrace's COW) are
 * refused, since handle_mm_fault() here insists on VM_WRITE for a write.
 *
 * mmap_lock: the caller holds it (read is enough). A caller that passes
 * @locked lets a fault drop it (VM_FAULT_RETRY, FAULT_FLAG_ALLOW_RETRY):
 * *locked is then 0 and the walk stops early; __mm_populate() takes the
 * lock again and goes on. Nothing in tinymm's fault path drops it, but
 * the protocol is Linux's, so a fault that waits for I/O could.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/bug.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/spinlock.h>
#include <asm/pgtable.h>

/* ================= following the page tables ================= */

/*
 * The page mapped at address if the pte allows the access foll_flags
 * asks for: NULL if a fault is needed, ERR_PTR(-EFAULT) where there is
 * nothing a fault could fix (a core dump's zero page). With FOLL_GET the
 * page comes with a reference.
 */
static struct page *follow_page_pte(struct vm_area_struct *vma,
				    unsigned long address, pmd_t *pmd,
				    unsigned int flags)
{
	struct mm_struct *mm = vma->vm_mm;
	struct page *page;
	pte_t pte;

	spin_lock(&mm->page_table_lock);
	pte = READ_ONCE(*pte_offset_map(pmd, address));
	if (!pte_present(pte)) {
		page = NULL;		/* none, or PROT_NONE */
		goto out;
	}
	/* Linux: can_follow_write_pte(); a COW or writenotify pte faults */
	if ((flags & FOLL_WRITE) && !pte_write(pte)) {
		page = NULL;
		goto out;
	}

	page = vm_normal_page(vma, address, pte);
	if (!page) {
		if (!is_zero_pfn(pte_pfn(pte)) || (flags & FOLL_DUMP)) {
			page = ERR_PTR(-EFAULT);
			goto out;
		}
		page = pfn_to_page(pte_pfn(pte));	/* the zero page */
	}
	if (flags & FOLL_GET)
		get_page(page);
	/* the page is being written behind the pte's back: record it */
	if ((flags & (FOLL_TOUCH | FOLL_WRITE)) == (FOLL_TOUCH | FOLL_WRITE) &&
	    !PageAnon(page) && !PageDirty(page) && !is_zero_pfn(pte_pfn(pte)))
		SetPageDirty(page);
out:
	spin_unlock(&mm->page_table_lock);
	return page;
}

/* Walk to the pte; a missing table means "fault it in". */
struct page *follow_page(struct vm_area_struct *vma, unsigned long address,
			 unsigned int foll_flags)
{
	pgd_t *pgd = pgd_offset(vma->vm_mm, address);
	pud_t *pud;
	pmd_t *pmd;

	if (pgd_none(*pgd) || pgd_bad(*pgd))
		return NULL;
	pud = pud_offset(p4d_offset(pgd, address), address);
	if (pud_none(*pud) || pud_bad(*pud))
		return NULL;
	pmd = pmd_offset(pud, address);
	if (pmd_none(*pmd) || pmd_bad(*pmd))
		return NULL;
	return follow_page_pte(vma, address, pmd, foll_flags);
}

/* ================= faulting in ================= */

/*
 * Take the fault the walk found missing. 0: retry the walk; -EBUSY: the
 * fault dropped mmap_lock (*locked is now 0), stop here.
 */
static int faultin_page(struct vm_area_struct *vma, unsigned long address,
			unsigned int *flags, int *locked)
{
	unsigned int fault_flags = 0;
	vm_fault_t ret;

	if (*flags & FOLL_NOFAULT)
		return -EFAULT;
	if (*flags & FOLL_WRITE)
		fault_flags |= FAULT_FLAG_WRITE;
	if (*flags & FOLL_REMOTE)
		fault_flags |= FAULT_FLAG_REMOTE;
	if (locked)
		fault_flags |= FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_KILLABLE;

	/* regs == NULL: not the task's own fault, not counted */
	ret = handle_mm_fault(vma, address, fault_flags, NULL);
	if (ret & VM_FAULT_RETRY) {
		*locked = 0;	/* handle_mm_fault() released mmap_lock */
		return -EBUSY;
	}
	if (ret & VM_FAULT_ERROR) {
		int err = vm_fault_to_errno(ret, *flags);

		if (WARN_ON_ONCE(!err))
			return -EFAULT;
		return err;
	}
	return 0;
}

/*
 * May gup_flags touch vma at all? Writes need VM_WRITE; reads need
 * VM_READ, or with FOLL_FORCE just VM_MAYREAD (mlock of execute-only
 * memory). PROT_NONE and I/O mappings refuse.
 */
static int check_vma_flags(struct vm_area_struct *vma, unsigned int gup_flags)
{
	vm_flags_t vm_flags = vma->vm_flags;

	if (vm_flags & (VM_IO | VM_PFNMAP))
		return -EFAULT;
	if (gup_flags & FOLL_WRITE) {
		if (!(vm_flags & VM_WRITE))
			return -EFAULT;	/* see the header on FOLL_FORCE */
	} else if (!(vm_flags & VM_READ)) {
		if (!(gup_flags & FOLL_FORCE))
			return -EFAULT;
		if (!(vm_flags & VM_MAYREAD))
			return -EFAULT;
	}
	return 0;
}

/*
 * Make nr_pages pages from start present (with the access gup_flags
 * asks for), filling pages[] and vmas[] if given. Returns how many were
 * done, or -errno if none was: -EFAULT for an unmapped or forbidden
 * address, -ENOMEM when memory ran out. The caller holds mmap_lock; if
 * a fault drops it (only when @locked is given) the count so far is
 * returned, possibly 0, with *locked = 0.
 */
long __get_user_pages(struct mm_struct *mm, unsigned long start,
		      unsigned long nr_pages, unsigned int gup_flags,
		      struct page **pages, struct vm_area_struct **vmas,
		      int *locked)
{
	struct vm_area_struct *vma = NULL;
	long ret = 0, i = 0;

	if (!nr_pages)
		return 0;
	mmap_assert_locked(mm);
	start &= PAGE_MASK;
	if (pages)
		gup_flags |= FOLL_GET;

	do {
		struct page *page;

		if (!vma || start >= vma->vm_end) {
			vma = find_vma(mm, start);
			if (!vma || start < vma->vm_start) {
				ret = -EFAULT;
				break;
			}
			ret = check_vma_flags(vma, gup_flags);
			if (ret)
				break;
		}
retry:
		page = follow_page(vma, start, gup_flags);
		if (!page) {
			ret = faultin_page(vma, start, &gup_flags, locked);
			if (!ret)
				goto retry;
			if (ret == -EBUSY)
				ret = 0;	/* no error: the lock went */
			break;
		}
		if (IS_ERR(page)) {
			ret = PTR_ERR(page);
			break;
		}
		if (pages)
			pages[i] = page;
		if (vmas)
			vmas[i] = vma;
		start += PAGE_SIZE;
		nr_pages--;
		i++;
	} while (nr_pages);
	return i ? i : ret;
}

/*
 * The pages of another mm (or our own, from the kernel), each with a
 * reference the caller drops with put_page(). The caller holds @mm's
 * mmap_lock for read. Linux: the same name.
 */
long get_user_pages_remote(struct mm_struct *mm, unsigned long start,
			   unsigned long nr_pages, unsigned int gup_flags,
			   struct page **pages, struct vm_area_struct **vmas,
			   int *locked)
{
	return __get_user_pages(mm, start, nr_pages,
				gup_flags | FOLL_TOUCH | FOLL_REMOTE, pages,
				vmas, locked);
}

/* ================= populating ================= */

/*
 * Fault in [start, end) of vma, which it must lie within. Returns the
 * pages done or -errno. The caller holds mmap_lock; @locked as for
 * __get_user_pages(), NULL if the lock must not be dropped (mprotect,
 * which holds it for write). Linux: the same name, used by mlock and mmap.
 */
long populate_vma_page_range(struct vm_area_struct *vma, unsigned long start,
			     unsigned long end, int *locked)
{
	unsigned long nr_pages = (end - start) >> PAGE_SHIFT;
	unsigned int gup_flags;

	WARN_ON(start & ~PAGE_MASK || end & ~PAGE_MASK);
	WARN_ON(start < vma->vm_start || end > vma->vm_end);
	mmap_assert_locked(vma->vm_mm);

	/* mlock2(MLOCK_ONFAULT): lock pages as they come, fetch none now */
	if (vma->vm_flags & VM_LOCKONFAULT)
		return nr_pages;

	gup_flags = FOLL_TOUCH;
	/*
	 * Writable private memory: fault for write, breaking COW now.
	 * Shared memory does not COW; writing would only dirty it.
	 */
	if ((vma->vm_flags & (VM_WRITE | VM_SHARED)) == VM_WRITE)
		gup_flags |= FOLL_WRITE;
	/* any access right will do for mlock, only PROT_NONE fails */
	if (vma_is_accessible(vma))
		gup_flags |= FOLL_FORCE;

	return __get_user_pages(vma->vm_mm, start, nr_pages, gup_flags,
				NULL, NULL, locked);
}

/*
 * Populate every VMA part in [start, start + len) of current->mm. Holes
 * are skipped; errors stop the walk unless ignore_errors (then that VMA
 * is skipped). Returns 0 or -errno. The caller must not hold mmap_lock:
 * this takes it for read, again after any fault that dropped it (the
 * VMAs may have changed meanwhile: look them up afresh). May sleep.
 */
int __mm_populate(unsigned long start, unsigned long len, int ignore_errors)
{
	struct mm_struct *mm = current->mm;
	unsigned long end = start + len, nstart, nend;
	struct vm_area_struct *vma = NULL;
	int locked = 0;
	long ret = 0;

	for (nstart = start; nstart < end; nstart = nend) {
		if (!locked) {
			locked = 1;
			mmap_read_lock(mm);
			vma = find_vma(mm, nstart);
		} else if (nstart >= vma->vm_end)
			vma = vma->vm_next;
		if (!vma || vma->vm_start >= end)
			break;
		/* up to the end of this VMA (or of the range) */
		nend = min(end, vma->vm_end);
		if (vma->vm_flags & (VM_IO | VM_PFNMAP))
			continue;
		if (nstart < vma->vm_start)
			nstart = vma->vm_start;
		ret = populate_vma_page_range(vma, nstart, nend, &locked);
		if (ret < 0) {
			if (ignore_errors) {
				ret = 0;
				continue;	/* the next VMA */
			}
			break;
		}
		nend = nstart + ret * PAGE_SIZE;
		ret = 0;
	}
	if (locked)
		mmap_read_unlock(mm);
	return ret;
}
