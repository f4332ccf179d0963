// SPDX-License-Identifier: GPL-2.0
/*
 * mm/madvise.c - madvise(2): the program tells the kernel how it will
 * use a range of memory. Linux: mm/madvise.c of v5.19.
 *
 * What it teaches: advice comes in two kinds.
 *  - Hints that only set VMA flags (MADV_NORMAL/RANDOM/SEQUENTIAL set
 *    VM_RAND_READ/VM_SEQ_READ, which readahead would read; DONTFORK and
 *    DOFORK set VM_DONTCOPY, which fork obeys). Like mprotect, a hint on
 *    part of a VMA splits it, and a hint that makes neighbours alike
 *    merges them.
 *  - Actions on the pages: MADV_DONTNEED unmaps the range's pages at
 *    once (zap_page_range). The memory stays mapped: the next touch
 *    faults in a fresh zero-filled page (anonymous) or the file's page
 *    again (file). MADV_FREE lets the kernel do the same whenever it
 *    likes; here that is at once. MADV_WILLNEED reads a file range into
 *    the page cache ahead of the faults.
 * Errors follow Linux: -EINVAL for unknown advice or an unaligned start;
 * -ENOMEM if part of the range is unmapped, reported after the advice
 * has been applied to the mapped parts; -EINVAL for DONTNEED on locked
 * memory (it must stay resident).
 *
 * Simplified, and why: no swap (MADV_WILLNEED on anonymous memory has
 * nothing to read in), no reclaim (MADV_COLD/PAGEOUT), no THP, KSM,
 * hugetlb, memory failure or process_madvise; MADV_FREE frees at once
 * instead of lazily (an outcome Linux also allows); MADV_WILLNEED reads
 * the file holding mmap_lock (Linux drops it around the readahead: our
 * page cache reads never wait for a disk).
 *
 * mmap_lock: advice that changes VMA flags takes it for write; advice
 * that only acts on the pages of the VMAs as they are (WILLNEED,
 * DONTNEED, FREE) takes it for read, so faults go on meanwhile. Linux:
 * madvise_need_mmap_write().
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/bug.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/fs.h>

static bool madvise_behavior_valid(int behavior)
{
	switch (behavior) {
	case MADV_NORMAL:
	case MADV_RANDOM:
	case MADV_SEQUENTIAL:
	case MADV_WILLNEED:
	case MADV_DONTNEED:
	case MADV_FREE:
	case MADV_DONTFORK:
	case MADV_DOFORK:
		return true;
	default:
		return false;
	}
}

/* Does the advice change VMAs (write) or only read them? */
static int madvise_need_mmap_write(int behavior)
{
	switch (behavior) {
	case MADV_WILLNEED:
	case MADV_DONTNEED:
	case MADV_FREE:
		return 0;
	default:
		/* be safe: anything not listed changes the VMAs */
		return 1;
	}
}

/*
 * Give [start, end) of vma new_flags, splitting or merging as mprotect
 * does. Linux: madvise_update_vma().
 */
static int madvise_update_vma(struct vm_area_struct *vma,
			      struct vm_area_struct **prev,
			      unsigned long start, unsigned long end,
			      unsigned long new_flags)
{
	struct mm_struct *mm = vma->vm_mm;

	if (new_flags == vma->vm_flags) {
		*prev = vma;
		return 0;
	}

	vma = vma_modify_flags(mm, prev, vma, start, end, new_flags);
	if (IS_ERR(vma))
		return PTR_ERR(vma);
	vma->vm_flags = new_flags;
	return 0;
}

/*
 * Read the file pages behind [start, end) into the page cache, mapping
 * none of them (Linux: vfs_fadvise(POSIX_FADV_WILLNEED) -> readahead).
 */
static int madvise_willneed(struct vm_area_struct *vma,
			    struct vm_area_struct **prev,
			    unsigned long start, unsigned long end)
{
	struct file *file = vma->vm_file;
	pgoff_t index, last, eof;

	*prev = vma;
	if (!file)
		return 0;	/* Linux: swap-in; there is no swap */

	index = vma->vm_pgoff + ((start - vma->vm_start) >> PAGE_SHIFT);
	last = index + ((end - start) >> PAGE_SHIFT);
	eof = DIV_ROUND_UP(i_size_read(file_inode(file)), PAGE_SIZE);
	for (; index < min(last, eof); index++) {
		struct page *page = read_mapping_page(file->f_mapping, index,
						      file);

		if (IS_ERR(page))
			break;		/* readahead is best effort */
		put_page(page);
	}
	return 0;
}

/*
 * Drop the pages: the ptes go, the pages' references with them. Locked
 * memory refuses (Linux: can_madv_lru_vma), MADV_FREE works only on
 * anonymous memory.
 */
static int madvise_dontneed_free(struct vm_area_struct *vma,
				 struct vm_area_struct **prev,
				 unsigned long start, unsigned long end,
				 int behavior)
{
	*prev = vma;
	if (vma->vm_flags & (VM_LOCKED | VM_HUGETLB | VM_PFNMAP))
		return -EINVAL;
	if (behavior == MADV_FREE && !vma_is_anonymous(vma))
		return -EINVAL;
	zap_page_range(vma, start, end - start);
	return 0;
}

/* Apply behavior to [start, end), which lies inside vma. */
static int madvise_vma_behavior(struct vm_area_struct *vma,
				struct vm_area_struct **prev,
				unsigned long start, unsigned long end,
				int behavior)
{
	unsigned long new_flags = vma->vm_flags;

	switch (behavior) {
	case MADV_WILLNEED:
		return madvise_willneed(vma, prev, start, end);
	case MADV_DONTNEED:
	case MADV_FREE:
		return madvise_dontneed_free(vma, prev, start, end, behavior);
	case MADV_NORMAL:
		new_flags &= ~(VM_RAND_READ | VM_SEQ_READ);
		break;
	case MADV_SEQUENTIAL:
		new_flags = (new_flags & ~VM_RAND_READ) | VM_SEQ_READ;
		break;
	case MADV_RANDOM:
		new_flags = (new_flags & ~VM_SEQ_READ) | VM_RAND_READ;
		break;
	case MADV_DONTFORK:
		new_flags |= VM_DONTCOPY;
		break;
	case MADV_DOFORK:
		if (vma->vm_flags & VM_IO)
			return -EINVAL;
		new_flags &= ~VM_DONTCOPY;
		break;
	}
	return madvise_update_vma(vma, prev, start, end, new_flags);
}

/*
 * Visit each VMA part in [start, end). A hole does not stop the walk:
 * it is remembered and reported (-ENOMEM) once the rest is done.
 * Linux: madvise_walk_vmas().
 */
static int madvise_walk_vmas(struct mm_struct *mm, unsigned long start,
			     unsigned long end, int behavior)
{
	struct vm_area_struct *vma, *prev;
	int unmapped_error = 0, error;
	unsigned long tmp;

	vma = find_vma_prev(mm, start, &prev);
	if (vma && start > vma->vm_start)
		prev = vma;

	for (;;) {
		if (!vma)
			return -ENOMEM;	/* nothing mapped from start on */
		if (start < vma->vm_start) {
			unmapped_error = -ENOMEM;
			start = vma->vm_start;
			if (start >= end)
				break;
		}
		/* vma->vm_start <= start < min(end, vma->vm_end) */
		tmp = min(vma->vm_end, end);
		error = madvise_vma_behavior(vma, &prev, start, tmp, behavior);
		if (error)
			return error;
		start = tmp;
		if (prev && start < prev->vm_end)
			start = prev->vm_end;
		if (start >= end)
			break;
		vma = prev ? prev->vm_next : find_vma(mm, start);
	}
	return unmapped_error;
}

/*
 * madvise(2): start page aligned, len rounded up to pages. 0, or the
 * first error (see the header). Takes mmap_lock, so may sleep.
 */
int do_madvise(struct mm_struct *mm, unsigned long start, size_t len_in,
	       int behavior)
{
	unsigned long end;
	size_t len;
	int write, error;

	if (!madvise_behavior_valid(behavior))
		return -EINVAL;
	if (!PAGE_ALIGNED(start))
		return -EINVAL;
	len = PAGE_ALIGN(len_in);
	/* a tiny negative length rounded up to 0 */
	if (len_in && !len)
		return -EINVAL;
	end = start + len;
	if (end < start)
		return -EINVAL;
	if (end == start)
		return 0;

	write = madvise_need_mmap_write(behavior);
	if (write)
		mmap_write_lock(mm);
	else
		mmap_read_lock(mm);
	error = madvise_walk_vmas(mm, start, end, behavior);
	if (write)
		mmap_write_unlock(mm);
	else
		mmap_read_unlock(mm);
	return error;
}
