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
 * Overcommit: the file's whole size is charged to vm_committed_as when
 * it is made (unless MAP_NORESERVE in modes 0 and 1) and given back when
 * it dies, not per mapping: a shared page exists once however many
 * processes map it. Linux: shmem_acct_size()/shmem_unacct_size().
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
#include <linux/mman.h>
#include <linux/security.h>
#include <linux/slab.h>

/* Pages of a shmem object of size bytes (Linux: VM_ACCT). */
#define VM_ACCT(size)	(PAGE_ALIGN(size) >> PAGE_SHIFT)

/*
 * Charge a new object of size bytes, unless VM_NORESERVE. 0 or -ENOMEM.
 * Linux charges current->mm; the mm creating the mapping is the same.
 */
static int shmem_acct_size(struct mm_struct *mm, unsigned long flags,
			   loff_t size)
{
	return (flags & VM_NORESERVE) ?
		0 : security_vm_enough_memory_mm(mm, VM_ACCT(size));
}

static void shmem_unacct_size(unsigned long flags, loff_t size)
{
	if (!(flags & VM_NORESERVE))
		vm_unacct_memory(VM_ACCT(size));
}

/* The last reference to the file is gone: so is its memory. */
static int shmem_release(struct inode *inode, struct file *file)
{
	truncate_inode_pages(inode->i_mapping, 0);
	shmem_unacct_size(inode->i_shmem_flags, inode->i_size);
	kfree(inode);
	return 0;
}

/* A shmem page starts as zeroes, as a ramfs page without contents does. */
static int shmem_readpage(struct file *file, struct page *page)
{
	return ramfs_aops.readpage(file, page);
}

static const struct address_space_operations shmem_aops = {
	.readpage = shmem_readpage,
};

/* Whether @mapping is a shmem file's page cache (NR_SHMEM counts it). */
bool shmem_mapping(struct address_space *mapping)
{
	return mapping->a_ops == &shmem_aops;
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

	if (shmem_acct_size(vma->vm_mm, vma->vm_flags, size))
		return -ENOMEM;
	inode = ramfs_new_inode("/dev/zero (deleted)", NULL, size);
	if (IS_ERR(inode)) {
		shmem_unacct_size(vma->vm_flags, size);
		return PTR_ERR(inode);
	}
	inode->i_ino = get_next_ino();
	inode->i_shmem_flags = vma->vm_flags & VM_NORESERVE;
	inode->i_data.a_ops = &shmem_aops;
	file = alloc_file(inode, O_RDWR, &shmem_file_operations);
	if (IS_ERR(file)) {
		shmem_unacct_size(vma->vm_flags, size);
		kfree(inode);
		return PTR_ERR(file);
	}
	vma->vm_file = file;	/* the VMA holds the only reference */
	return file->f_op->mmap(file, vma);
}
