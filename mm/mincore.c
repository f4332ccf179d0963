// SPDX-License-Identifier: GPL-2.0
/*
 * mm/mincore.c - which pages of a range are resident. Linux: the same
 * file. One byte per page, bit 0 set if a pte maps it now (the zero page
 * counts). User tests use it to watch demand paging and MADV_DONTNEED.
 * Linux also reports pages in the page cache that aren't mapped; we look
 * only at this mm's page tables.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <asm/pgtable.h>
#include <asm/uaccess.h>

static unsigned char mincore_page(struct mm_struct *mm, unsigned long addr)
{
	pgd_t *pgd = pgd_offset(mm, addr);
	pud_t *pud;
	pmd_t *pmd;
	pte_t *pte;

	if (pgd_none(*pgd) || pgd_bad(*pgd))
		return 0;
	pud = pud_offset(p4d_offset(pgd, addr), addr);
	if (pud_none(*pud) || pud_bad(*pud))
		return 0;
	pmd = pmd_offset(pud, addr);
	if (pmd_none(*pmd) || pmd_bad(*pmd))
		return 0;
	pte = pte_offset_kernel(pmd, addr);
	return pte_present(READ_ONCE(*pte)) ? 1 : 0;
}

SYSCALL_DEFINE3(mincore, unsigned long, start, size_t, len,
		unsigned char __user *, vec)
{
	struct mm_struct *mm = current->mm;
	unsigned long addr, end;
	unsigned char c;

	if (offset_in_page(start))
		return -EINVAL;
	end = start + PAGE_ALIGN(len);
	if (end < start || end > TASK_SIZE)
		return -ENOMEM;
	for (addr = start; addr < end; addr += PAGE_SIZE) {
		struct vm_area_struct *vma = find_vma(mm, addr);

		if (!vma || vma->vm_start > addr)
			return -ENOMEM;	/* a hole in the range */
		c = mincore_page(mm, addr);
		if (put_user(c, vec + ((addr - start) >> PAGE_SHIFT)))
			return -EFAULT;
	}
	return 0;
}
