// SPDX-License-Identifier: GPL-2.0
/*
 * mm/util.c - mmap and munmap as the rest of the kernel calls them: the
 * mmap() system call (after looking up the fd) and exec's ELF loader.
 * Linux: vm_mmap_pgoff(), vm_mmap() in mm/util.c, vm_munmap() in
 * mm/mmap.c.
 *
 * What it teaches: do_mmap() only creates the VMA and says how much of it
 * should be faulted in now (*populate, for MAP_POPULATE and MAP_LOCKED);
 * the caller does that afterwards with mm_populate(), outside the
 * mmap_lock in Linux (so other threads are not held up by the faults).
 * Errors come back as -errno in the address (IS_ERR_VALUE).
 *
 * Simplified, and why: the mm is passed in (Linux: current->mm); no
 * mmap_lock, LSM hook or userfaultfd unmap notification.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/mman.h>

unsigned long vm_mmap_pgoff(struct mm_struct *mm, struct file *file,
			    unsigned long addr, unsigned long len,
			    unsigned long prot, unsigned long flag,
			    unsigned long pgoff)
{
	unsigned long ret, populate;

	ret = do_mmap(mm, file, addr, len, prot, flag, pgoff, &populate,
		      NULL);
	if (!IS_ERR_VALUE(ret) && populate)
		mm_populate(mm, ret, populate);
	return ret;
}

/* offset in bytes, which must be page aligned (the ELF loader's call) */
unsigned long vm_mmap(struct mm_struct *mm, struct file *file,
		      unsigned long addr, unsigned long len,
		      unsigned long prot, unsigned long flag,
		      unsigned long offset)
{
	if (unlikely(offset + PAGE_ALIGN(len) < offset))
		return -EINVAL;
	if (unlikely(offset_in_page(offset)))
		return -EINVAL;
	return vm_mmap_pgoff(mm, file, addr, len, prot, flag,
			     offset >> PAGE_SHIFT);
}

int vm_munmap(struct mm_struct *mm, unsigned long start, size_t len)
{
	return do_munmap(mm, start, len, NULL);
}
