// SPDX-License-Identifier: GPL-2.0
/*
 * fs/read_write.c - read(), write() and lseek() on an open file, below
 * the system calls. Linux: fs/read_write.c.
 *
 * vfs_read/vfs_write check the open's access mode (-EBADF, as read(2) on
 * an O_WRONLY fd) and call the file's ->read/->write; kernel_read and
 * kernel_write are the in-kernel callers' names for the same (the ELF
 * loader reads headers with kernel_read).
 *
 * Simplified, and why: buffers are kernel memory here (Linux: __user
 * pointers or iov_iters): the read/write syscalls copy to and from user
 * space around these calls. No f_pos_lock: callers sharing a file
 * serialise.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs.h>

/* lseek for files with a size. Linux: generic_file_llseek(). */
loff_t generic_file_llseek(struct file *file, loff_t offset, int whence)
{
	struct inode *inode = file->f_mapping->host;

	switch (whence) {
	case SEEK_SET:
		break;
	case SEEK_CUR:
		offset += file->f_pos;
		break;
	case SEEK_END:
		offset += i_size_read(inode);
		break;
	default:
		return -EINVAL;		/* SEEK_DATA/SEEK_HOLE: no holes here */
	}
	/* Linux: vfs_setpos(); seeking past the end is fine, below 0 not */
	if (offset < 0 || offset > inode->i_maxbytes)
		return -EINVAL;
	file->f_pos = offset;
	return offset;
}

loff_t vfs_llseek(struct file *file, loff_t offset, int whence)
{
	if (!(file->f_mode & FMODE_LSEEK) || !file->f_op->llseek)
		return -ESPIPE;
	return file->f_op->llseek(file, offset, whence);
}

ssize_t vfs_read(struct file *file, char *buf, size_t count, loff_t *pos)
{
	if (!(file->f_mode & FMODE_READ))
		return -EBADF;
	if (!file->f_op->read)
		return -EINVAL;
	if (count > MAX_RW_COUNT)
		count = MAX_RW_COUNT;
	return file->f_op->read(file, buf, count, pos);
}

ssize_t vfs_write(struct file *file, const char *buf, size_t count,
		  loff_t *pos)
{
	if (!(file->f_mode & FMODE_WRITE))
		return -EBADF;
	if (!file->f_op->write)
		return -EINVAL;
	if (count > MAX_RW_COUNT)
		count = MAX_RW_COUNT;
	return file->f_op->write(file, buf, count, pos);
}

/* pos NULL: a stream without a position (Linux: reads at 0). */
ssize_t kernel_read(struct file *file, void *buf, size_t count, loff_t *pos)
{
	loff_t p = pos ? *pos : 0;
	ssize_t ret = vfs_read(file, buf, count, &p);

	if (pos)
		*pos = p;
	return ret;
}

ssize_t kernel_write(struct file *file, const void *buf, size_t count,
		     loff_t *pos)
{
	loff_t p = pos ? *pos : 0;
	ssize_t ret = vfs_write(file, buf, count, &p);

	if (pos)
		*pos = p;
	return ret;
}
