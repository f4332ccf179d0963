// SPDX-License-Identifier: GPL-2.0
/*
 * mm/shmem.c - shared anonymous memory. Linux: the same file
 * (shmem_zero_setup, shmem_file_setup).
 *
 * mmap(MAP_SHARED | MAP_ANONYMOUS) can't use anonymous pages: after a
 * fork, parent and child must see each other's writes, so the pages need
 * one owner both mappings find them through. Linux gives the VMA an
 * unnamed in-memory file ("/dev/zero (deleted)" in /proc/pid/maps) and the
 * VMA becomes a shared file mapping of it: faults go through
 * filemap_fault() to its page cache. The file dies with the last
 * mapping that holds it.
 *
 * Simplified: the file is a ramfs inode kept out of the file system's
 * list; its pages count as file RSS (Linux: MM_SHMEMPAGES); no swap,
 * no tmpfs, no SysV shm.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/slab.h>

/* The last reference to the file is gone: so is its memory. */
static int shmem_release(struct inode *inode, struct file *file)
{
	truncate_inode_pages(inode->i_mapping, 0);
	kfree(inode);
	return 0;
}

static const struct file_operations shmem_file_operations = {
	.mmap = generic_file_mmap,
	.release = shmem_release,
};

int shmem_zero_setup(struct vm_area_struct *vma)
{
	unsigned long size = vma->vm_end - vma->vm_start;
	struct inode *inode;
	struct file *file;

	inode = ramfs_new_inode("/dev/zero (deleted)", NULL, size);
	if (IS_ERR(inode))
		return PTR_ERR(inode);
	inode->i_ino = get_next_ino();
	file = alloc_file(inode, O_RDWR, &shmem_file_operations);
	if (IS_ERR(file)) {
		kfree(inode);
		return PTR_ERR(file);
	}
	vma->vm_file = file;	/* the VMA holds the only reference */
	return file->f_op->mmap(file, vma);
}
