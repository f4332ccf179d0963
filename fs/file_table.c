// SPDX-License-Identifier: GPL-2.0
/*
 * fs/file_table.c - struct file: allocating one for an open, and freeing
 * it when the last reference (fd, VMA, in-flight read) is dropped.
 * Linux: fs/file_table.c.
 *
 * Every mmap() of a file holds a reference (vma->vm_file, taken with
 * get_file() by mmap_region, split_vma and fork), so a program may
 * close() the fd and keep using the mapping, as in Linux.
 *
 * Simplified, and why: files come from kzalloc, not the "filp" slab
 * cache (host tests rebuild the allocator for each case, and a static
 * cache pointer would outlive it); the last fput() releases at once,
 * where Linux defers __fput() to task_work so it never runs under locks.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/bug.h>
#include <linux/slab.h>
#include <linux/fs.h>

/*
 * Open-time access: O_RDONLY 0 -> FMODE_READ, O_WRONLY 1 -> FMODE_WRITE,
 * O_RDWR 2 -> both (and 3, "neither", -> 0). Linux: OPEN_FMODE().
 */
#define OPEN_FMODE(flag)	((fmode_t)(((flag) + 1) & O_ACCMODE))

/* A new open of inode; Linux: alloc_file() with alloc_empty_file(). */
struct file *alloc_file(struct inode *inode, int flags,
			const struct file_operations *fop)
{
	struct file *file = kzalloc(sizeof(*file), GFP_KERNEL);

	if (!file)
		return ERR_PTR(-ENOMEM);
	atomic_long_set(&file->f_count, 1);
	spin_lock_init(&file->f_lock);
	file->f_inode = inode;
	file->f_mapping = inode->i_mapping;
	file->f_op = fop;
	file->f_flags = flags;
	file->f_mode = OPEN_FMODE(flags) | FMODE_LSEEK | FMODE_PREAD |
		       FMODE_PWRITE;
	return file;
}

/* Drop a reference; the last one closes the file for good. */
void fput(struct file *file)
{
	if (WARN_ON_ONCE(atomic_long_read(&file->f_count) <= 0))
		return;
	if (!atomic_dec_and_test(&file->f_count))
		return;
	if (file->f_op && file->f_op->release)
		file->f_op->release(file->f_inode, file);
	kfree(file);
}
