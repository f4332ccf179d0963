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

/*
 * Fill vec[] for up to @pages pages from @addr, all inside one VMA.
 * Returns the number done, or -ENOMEM if @addr is not mapped. The
 * caller holds mmap_lock for read. Linux: do_mincore().
 */
static long do_mincore(unsigned long addr, unsigned long pages,
		       unsigned char *vec)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma = find_vma(mm, addr);
	unsigned long end, i;

	if (!vma || vma->vm_start > addr)
		return -ENOMEM;	/* a hole in the range */
	end = min(vma->vm_end, addr + (pages << PAGE_SHIFT));
	for (i = 0; addr < end; addr += PAGE_SIZE, i++)
		vec[i] = mincore_page(mm, addr);
	return i;
}

/*
 * A page's worth of answers at a time: looked up under mmap_lock for
 * read into a kernel buffer, copied out with the lock dropped (a fault
 * on vec would take mmap_lock itself).
 */
SYSCALL_DEFINE3(mincore, unsigned long, start, size_t, len,
		unsigned char __user *, vec)
{
	struct mm_struct *mm = current->mm;
	unsigned long end, pages;
	unsigned char *tmp;
	long retval = 0;

	if (offset_in_page(start))
		return -EINVAL;
	end = start + PAGE_ALIGN(len);
	if (end < start || end > TASK_SIZE)
		return -ENOMEM;
	pages = (end - start) >> PAGE_SHIFT;
	tmp = (void *)__get_free_page(GFP_USER);
	if (!tmp)
		return -EAGAIN;
	while (pages) {
		mmap_read_lock(mm);
		retval = do_mincore(start, min(pages, PAGE_SIZE), tmp);
		mmap_read_unlock(mm);
		if (retval <= 0)
			break;
		if (copy_to_user(vec, tmp, retval)) {
			retval = -EFAULT;
			break;
		}
		pages -= retval;
		vec += retval;
		start += retval << PAGE_SHIFT;
		retval = 0;
	}
	free_page((unsigned long)tmp);
	return retval;
}
