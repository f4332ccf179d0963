// SPDX-License-Identifier: GPL-2.0
/*
 * mm/mprotect.c - mprotect(2): change the access rights of a range of a
 * user address space. Linux: mm/mprotect.c of v5.19.
 *
 * What it teaches: a protection change is two jobs.
 *  1. The VMAs: the range may cover parts of several. Each part gets the
 *     new VM_READ/WRITE/EXEC bits through mprotect_fixup(), which first
 *     tries to merge it into a neighbour with those flags already
 *     (vma_merge) and otherwise splits it off (split_vma): mprotect of
 *     the middle of one VMA leaves three, and undoing it merges them
 *     back into one.
 *  2. The ptes already there: vm_page_prot only governs future faults,
 *     so change_protection() walks the page tables of the range and
 *     rewrites every pte with the new permission bits (pte_modify keeps
 *     the page, young and dirty), then flushes the TLB for the range.
 * Rights can only be granted within the VM_MAY* bits the mapping was
 * created with (a read-only open of a file can never be mapped shared
 * writable): otherwise -EACCES. A hole in the range is -ENOMEM, after the
 * part before it was changed, as in Linux.
 *
 * Private writable memory never gets a writable pte from here: its
 * vm_page_prot is read-only (copy-on-write), so a write afterwards takes
 * do_wp_page(), which reuses a page this mapping alone holds and copies
 * one it shares. That is exactly v5.19; v6.0 learnt to make exclusive
 * anonymous pages writable at once (can_change_pte_writable) to save
 * that fault.
 *
 * Simplified, and why: no protection keys (pkey must be -1 or 0, the
 * only one arm64 has), PROT_BTI/PROT_MTE refused (neither feature is
 * enabled), no NUMA-hinting or userfaultfd-wp variants of the walk, no
 * rlimit check when memory becomes writable (may_expand_vm), and no
 * huge pmds to split. Overcommit
 * is as in Linux: private memory first made writable is charged then
 * (mm/util.c), and stays charged (VM_ACCOUNT) if it becomes read-only
 * again, until it is unmapped.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/bug.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/security.h>
#include <linux/spinlock.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>

/* ================= the ptes ================= */

/* Mapped: valid, or PROT_NONE (present to the mm, invalid to the MMU). */
static inline bool pte_present_or_protnone(pte_t pte)
{
	return pte_val(pte) & (PTE_VALID | PTE_PROT_NONE);
}

static unsigned long change_pte_range(struct vm_area_struct *vma, pmd_t *pmd,
				      unsigned long addr, unsigned long end,
				      pgprot_t newprot, unsigned long cp_flags)
{
	struct mm_struct *mm = vma->vm_mm;
	bool dirty_accountable = cp_flags & MM_CP_DIRTY_ACCT;
	unsigned long pages = 0;
	pte_t *pte;

	spin_lock(&mm->page_table_lock);
	pte = pte_offset_map(pmd, addr);
	do {
		pte_t oldpte = READ_ONCE(*pte), ptent;

		if (!pte_present_or_protnone(oldpte))
			continue;
		ptent = pte_modify(oldpte, newprot);
		/*
		 * Writenotify mappings start read-only so the first write is
		 * seen; a page already dirty has been seen, so it may stay
		 * writable (Linux: MM_CP_DIRTY_ACCT).
		 */
		if (dirty_accountable && pte_dirty(ptent))
			ptent = pte_mkwrite(ptent);
		if (pte_val(ptent) != pte_val(oldpte)) {
			set_pte_at(vma->vm_mm, addr, pte, ptent);
			pages++;
		}
	} while (pte++, addr += PAGE_SIZE, addr != end);
	spin_unlock(&mm->page_table_lock);
	return pages;
}

static unsigned long change_pmd_range(struct vm_area_struct *vma, pud_t *pud,
				      unsigned long addr, unsigned long end,
				      pgprot_t newprot, unsigned long cp_flags)
{
	pmd_t *pmd = pmd_offset(pud, addr);
	unsigned long next, pages = 0;

	do {
		next = pmd_addr_end(addr, end);
		if (pmd_none(*pmd) || pmd_bad(*pmd))
			continue;
		pages += change_pte_range(vma, pmd, addr, next, newprot,
					  cp_flags);
	} while (pmd++, addr = next, addr != end);
	return pages;
}

static unsigned long change_pud_range(struct vm_area_struct *vma, p4d_t *p4d,
				      unsigned long addr, unsigned long end,
				      pgprot_t newprot, unsigned long cp_flags)
{
	pud_t *pud = pud_offset(p4d, addr);
	unsigned long next, pages = 0;

	do {
		next = pud_addr_end(addr, end);
		if (pud_none(*pud) || pud_bad(*pud))
			continue;
		pages += change_pmd_range(vma, pud, addr, next, newprot,
					  cp_flags);
	} while (pud++, addr = next, addr != end);
	return pages;
}

/*
 * Rewrite the ptes of [start, end) in vma with newprot; returns how many
 * changed. The TLB may hold the old, possibly more permissive, entries:
 * they are flushed before returning (Linux: change_protection_range()).
 */
unsigned long change_protection(struct vm_area_struct *vma,
				unsigned long start, unsigned long end,
				pgprot_t newprot, unsigned long cp_flags)
{
	pgd_t *pgd = pgd_offset(vma->vm_mm, start);
	unsigned long addr = start, next, pages = 0;

	BUG_ON(addr >= end);
	do {
		next = pgd_addr_end(addr, end);
		if (pgd_none(*pgd) || pgd_bad(*pgd))
			continue;
		/* p4d is folded into the pgd on arm64 */
		pages += change_pud_range(vma, p4d_offset(pgd, addr), addr,
					  next, newprot, cp_flags);
	} while (pgd++, addr = next, addr != end);

	if (pages)
		flush_tlb_range(vma, start, end);
	return pages;
}

/* ================= the VMAs ================= */

/*
 * Give [start, end) of vma the flags newflags: merge it into a neighbour
 * or split it off, then update flags, vm_page_prot, the ptes and the
 * counters. *pprev ends as the VMA now covering the range.
 */
int mprotect_fixup(struct vm_area_struct *vma, struct vm_area_struct **pprev,
		   unsigned long start, unsigned long end,
		   unsigned long newflags)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long oldflags = vma->vm_flags;
	long nrpages = (end - start) >> PAGE_SHIFT;
	unsigned long cp_flags = 0, charged = 0;

	if (newflags == oldflags) {
		*pprev = vma;
		return 0;
	}

	/* private memory turning writable is charged now (overcommit) */
	if ((newflags & VM_WRITE) &&
	    !(oldflags & (VM_ACCOUNT | VM_WRITE | VM_HUGETLB | VM_SHARED |
			  VM_NORESERVE))) {
		charged = nrpages;
		if (security_vm_enough_memory_mm(mm, charged))
			return -ENOMEM;
		newflags |= VM_ACCOUNT;
	}

	vma = vma_modify_flags(mm, pprev, vma, start, end, newflags);
	if (IS_ERR(vma)) {
		vm_unacct_memory(charged);
		return PTR_ERR(vma);
	}
	vma->vm_flags = newflags;
	vma_set_page_prot(vma);
	if (vma_wants_writenotify(vma, vma->vm_page_prot))
		cp_flags |= MM_CP_DIRTY_ACCT;
	change_protection(vma, start, end, vma->vm_page_prot, cp_flags);

	/*
	 * A locked private mapping turning writable: break COW now, so the
	 * first write is not a fault on memory promised to be resident.
	 */
	if ((oldflags & (VM_WRITE | VM_SHARED | VM_LOCKED)) == VM_LOCKED &&
	    (newflags & VM_WRITE))
		populate_vma_page_range(vma, start, end, NULL);

	vm_stat_account(mm, oldflags, -nrpages);
	vm_stat_account(mm, newflags, nrpages);
	return 0;
}

/* arm64: PROT_BTI and PROT_MTE only where the CPU has them (not here). */
static bool arch_validate_prot(unsigned long prot, unsigned long addr)
{
	return !(prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM));
}

/*
 * mprotect(2) and pkey_mprotect(2) (pkey -1 for plain mprotect) on
 * current->mm. start must be page aligned; len is rounded up.
 * PROT_GROWSDOWN extends the change down to the start of a stack VMA.
 * Takes mmap_lock for write, so may sleep. Returns 0 or -errno. Linux: static here, with the system calls beside
 * it; tinymm's system calls are in arch/arm64/kernel/sys.c.
 */
int do_mprotect_pkey(unsigned long start, size_t len, unsigned long prot,
		     int pkey)
{
	struct mm_struct *mm = current->mm;
	unsigned long nstart, end, tmp, reqprot;
	struct vm_area_struct *vma, *prev;
	const int grows = prot & (PROT_GROWSDOWN | PROT_GROWSUP);
	int error;

	prot &= ~(PROT_GROWSDOWN | PROT_GROWSUP);
	if (grows == (PROT_GROWSDOWN | PROT_GROWSUP))	/* can't be both */
		return -EINVAL;
	if (start & ~PAGE_MASK)
		return -EINVAL;
	if (!len)
		return 0;
	len = PAGE_ALIGN(len);
	end = start + len;
	if (end <= start)
		return -ENOMEM;
	if (!arch_validate_prot(prot, start))
		return -EINVAL;
	reqprot = prot;

	/* without protection keys only key 0 exists (mm_pkey_is_allocated) */
	if (pkey != -1 && pkey != 0)
		return -EINVAL;

	mmap_write_lock(mm);
	error = -ENOMEM;
	vma = find_vma(mm, start);
	if (!vma)
		goto out;
	if (unlikely(grows & PROT_GROWSDOWN)) {
		if (vma->vm_start >= end)
			goto out;
		start = vma->vm_start;
		error = -EINVAL;
		if (!(vma->vm_flags & VM_GROWSDOWN))
			goto out;
	} else {
		if (vma->vm_start > start)
			goto out;
		if (unlikely(grows & PROT_GROWSUP)) {
			end = vma->vm_end;
			error = -EINVAL;
			if (!(vma->vm_flags & VM_GROWSUP))
				goto out;
		}
	}

	prev = vma->vm_prev;
	if (start > vma->vm_start)
		prev = vma;

	for (nstart = start; ; ) {
		unsigned long newflags;

		/* vma->vm_start <= nstart < vma->vm_end here */
		newflags = calc_vm_prot_bits(prot, pkey) |
			   (vma->vm_flags & ~VM_ACCESS_FLAGS);
		/* VM_MAYx sits 4 bits above VM_x: each right needs its MAY */
		if ((newflags & ~(newflags >> 4)) & VM_ACCESS_FLAGS) {
			error = -EACCES;
			break;
		}

		tmp = min(vma->vm_end, end);
		error = mprotect_fixup(vma, &prev, nstart, tmp, newflags);
		if (error)
			break;

		nstart = tmp;
		if (nstart < prev->vm_end)
			nstart = prev->vm_end;
		if (nstart >= end)
			break;

		vma = prev->vm_next;
		if (!vma || vma->vm_start != nstart) {
			error = -ENOMEM;	/* a hole */
			break;
		}
		prot = reqprot;
	}
out:
	mmap_write_unlock(mm);
	return error;
}
