// SPDX-License-Identifier: GPL-2.0
/*
 * mm/mlock.c - mlock(2), munlock(2), mlockall(2): keep a range of memory
 * resident. Linux: mm/mlock.c of v5.19.
 *
 * What it teaches: locking is a VMA flag plus populating.
 *  - apply_vma_lock_flags() walks the VMAs of the range and gives each
 *    part VM_LOCKED (or takes it away) through mlock_fixup(), which
 *    splits and merges VMAs as mprotect does and keeps mm->locked_vm
 *    (VmLck in /proc/pid/status) equal to the locked pages.
 *  - mlock then faults every page in (__mm_populate): afterwards no
 *    access to the range faults, which is what real-time programs lock
 *    memory for. munlock only clears the flag; the pages stay mapped.
 *  - mlockall(MCL_FUTURE) sets VM_LOCKED in mm->def_flags, so every
 *    later mmap and brk is locked (and populated) too.
 * A hole in the range is -ENOMEM; a range that cannot be faulted in
 * (PROT_NONE) is -ENOMEM from mlock (POSIX's EFAULT -> ENOMEM mapping),
 * with the flags already set, as in Linux.
 *
 * Simplified, and why: Linux also moves locked pages to the unevictable
 * LRU (PG_mlocked, mlock_page/munlock_page) so reclaim skips them;
 * tinymm has no LRU or reclaim, so the flag on the VMA is all there
 * is to it. No RLIMIT_MEMLOCK / CAP_IPC_LOCK check (tinymm has no rlimits
 * or capabilities).
 *
 * mmap_lock: the flags change under it for write; the populating runs
 * after it is dropped (__mm_populate takes it for read), so other
 * threads' faults are not held up while the pages come in, as in Linux.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/bug.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/mman.h>

/*
 * Give [start, end) of vma the lock flags in newflags. VM_SPECIAL
 * mappings (raw pfns, I/O) are never locked nor counted.
 */
static int mlock_fixup(struct vm_area_struct *vma,
		       struct vm_area_struct **prev, unsigned long start,
		       unsigned long end, vm_flags_t newflags)
{
	struct mm_struct *mm = vma->vm_mm;
	vm_flags_t oldflags = vma->vm_flags;
	long nr_pages;

	if (newflags == oldflags || (oldflags & VM_SPECIAL)) {
		*prev = vma;
		return 0;
	}

	vma = vma_modify_flags(mm, prev, vma, start, end, newflags);
	if (IS_ERR(vma))
		return PTR_ERR(vma);

	nr_pages = (end - start) >> PAGE_SHIFT;
	if (!(newflags & VM_LOCKED))
		nr_pages = -nr_pages;
	else if (oldflags & VM_LOCKED)
		nr_pages = 0;		/* only VM_LOCKONFAULT changed */
	mm->locked_vm += nr_pages;
	/* Linux: mlock_vma_pages_range() moves the pages to/from unevictable */
	vma->vm_flags = newflags;
	return 0;
}

/* flags (VM_LOCKED, VM_LOCKONFAULT, or 0 to unlock) over [start, start + len) */
static int apply_vma_lock_flags(struct mm_struct *mm, unsigned long start,
				size_t len, vm_flags_t flags)
{
	unsigned long nstart, end, tmp;
	struct vm_area_struct *vma, *prev;
	int error;

	WARN_ON(offset_in_page(start) || len != PAGE_ALIGN(len));
	end = start + len;
	if (end < start)
		return -EINVAL;
	if (end == start)
		return 0;
	vma = find_vma(mm, start);
	if (!vma || vma->vm_start > start)
		return -ENOMEM;

	prev = vma->vm_prev;
	if (start > vma->vm_start)
		prev = vma;

	for (nstart = start; ; ) {
		vm_flags_t newflags = (vma->vm_flags & VM_LOCKED_CLEAR_MASK) |
				      flags;

		/* vma->vm_start <= nstart < vma->vm_end here */
		tmp = min(vma->vm_end, end);
		error = mlock_fixup(vma, &prev, nstart, tmp, newflags);
		if (error)
			break;
		nstart = tmp;
		if (nstart < prev->vm_end)
			nstart = prev->vm_end;
		if (nstart >= end)
			break;
		vma = prev->vm_next;
		if (!vma || vma->vm_start != nstart) {
			error = -ENOMEM;
			break;
		}
	}
	return error;
}

/*
 * What mlock(2) reports when populating failed: POSIX wants ENOMEM for
 * an inaccessible range and EAGAIN when memory ran short.
 */
static int __mlock_posix_error_return(long retval)
{
	if (retval == -EFAULT)
		return -ENOMEM;
	if (retval == -ENOMEM)
		return -EAGAIN;
	return retval;
}

/* mlock(2)/mlock2(2): lock the pages of [start, start + len), fault them in. */
int do_mlock(unsigned long start, size_t len, vm_flags_t flags)
{
	struct mm_struct *mm = current->mm;
	int error;

	/* whole pages around the bytes asked for */
	len = PAGE_ALIGN(len + offset_in_page(start));
	start &= PAGE_MASK;

	/* Linux: RLIMIT_MEMLOCK against locked_vm, unless CAP_IPC_LOCK */
	mmap_write_lock(mm);
	error = apply_vma_lock_flags(mm, start, len, flags);
	mmap_write_unlock(mm);
	if (error)
		return error;

	error = __mm_populate(start, len, 0);
	if (error)
		return __mlock_posix_error_return(error);
	return 0;
}

/* mlock2(2): flags 0 or MLOCK_ONFAULT (lock pages as they fault in). */
int do_mlock2(unsigned long start, size_t len, int flags)
{
	vm_flags_t vm_flags = VM_LOCKED;

	if (flags & ~MLOCK_ONFAULT)
		return -EINVAL;
	if (flags & MLOCK_ONFAULT)
		vm_flags |= VM_LOCKONFAULT;
	return do_mlock(start, len, vm_flags);
}

/* munlock(2): the flag goes, the pages stay mapped. */
int do_munlock(unsigned long start, size_t len)
{
	struct mm_struct *mm = current->mm;
	int ret;

	len = PAGE_ALIGN(len + offset_in_page(start));
	start &= PAGE_MASK;
	mmap_write_lock(mm);
	ret = apply_vma_lock_flags(mm, start, len, 0);
	mmap_write_unlock(mm);
	return ret;
}

/*
 * Every VMA (MCL_CURRENT) and/or every future one (MCL_FUTURE, through
 * def_flags) gets the lock flags. Errors on individual VMAs are ignored,
 * as in Linux.
 */
static int apply_mlockall_flags(struct mm_struct *mm, int flags)
{
	struct vm_area_struct *vma, *prev = NULL;
	vm_flags_t to_add = 0;

	mm->def_flags &= VM_LOCKED_CLEAR_MASK;
	if (flags & MCL_FUTURE) {
		mm->def_flags |= VM_LOCKED;
		if (flags & MCL_ONFAULT)
			mm->def_flags |= VM_LOCKONFAULT;
		if (!(flags & MCL_CURRENT))
			return 0;
	}
	if (flags & MCL_CURRENT) {
		to_add |= VM_LOCKED;
		if (flags & MCL_ONFAULT)
			to_add |= VM_LOCKONFAULT;
	}

	for (vma = mm->mmap; vma; vma = prev->vm_next) {
		vm_flags_t newflags = (vma->vm_flags & VM_LOCKED_CLEAR_MASK) |
				      to_add;

		/* mlock_fixup() may merge vma away: go on from prev */
		mlock_fixup(vma, &prev, vma->vm_start, vma->vm_end, newflags);
	}
	return 0;
}

/* mlockall(2) */
int do_mlockall(int flags)
{
	struct mm_struct *mm = current->mm;
	int ret;

	if (!flags || (flags & ~(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT)) ||
	    flags == MCL_ONFAULT)
		return -EINVAL;
	mmap_write_lock(mm);
	ret = apply_mlockall_flags(mm, flags);
	mmap_write_unlock(mm);
	if (!ret && (flags & MCL_CURRENT))
		mm_populate(0, TASK_SIZE);
	return ret;
}

/* munlockall(2): unlock everything, now and in future. */
int do_munlockall(void)
{
	struct mm_struct *mm = current->mm;
	int ret;

	mmap_write_lock(mm);
	ret = apply_mlockall_flags(mm, 0);
	mmap_write_unlock(mm);
	return ret;
}
