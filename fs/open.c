// SPDX-License-Identifier: GPL-2.0
/*
 * fs/open.c - opening a file by name from inside the kernel, and
 * closing it. Linux: fs/open.c (filp_open, filp_close, do_truncate) over
 * fs/namei.c's path walk.
 *
 * The open() syscall (the lead's fs code: fd tables) calls filp_open()
 * and installs the result in a free fd; exec opens the program with it.
 *
 * Simplified, and why: there is one flat ramfs directory, so "path walk"
 * is ramfs_lookup(name); no permissions, so O_TRUNC and writes are always
 * allowed; O_ACCMODE, O_CREAT, O_EXCL, O_TRUNC, O_APPEND are honoured and
 * other flags only recorded in f_flags.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs.h>

/* Cut (or extend) a file to length bytes. Linux: do_truncate(). */
static int do_truncate(struct inode *inode, loff_t length)
{
	if (length < 0)
		return -EINVAL;
	if (length > inode->i_maxbytes)
		return -EFBIG;
	spin_lock(&inode->i_lock);
	i_size_write(inode, length);
	/* the built-in image no longer speaks for bytes past the cut */
	if (inode->i_private_size > (unsigned long)length)
		inode->i_private_size = length;
	spin_unlock(&inode->i_lock);
	truncate_inode_pages(inode->i_mapping, length);
	return 0;
}

/*
 * Open filename with O_* flags; mode is the new file's permissions with
 * O_CREAT (recorded, not enforced). ERR_PTR(-ENOENT) if there is no
 * such file, -EEXIST for O_CREAT|O_EXCL on an existing one.
 */
struct file *filp_open(const char *filename, int flags, umode_t mode)
{
	struct inode *inode = ramfs_lookup(filename);
	struct file *file;
	int err;

	if (inode) {
		if ((flags & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL))
			return ERR_PTR(-EEXIST);
	} else {
		if (!(flags & O_CREAT))
			return ERR_PTR(-ENOENT);
		inode = ramfs_create_file(filename, NULL, 0);
		/* lost a race with another creator: open theirs */
		if (PTR_ERR(inode) == -EEXIST && !(flags & O_EXCL))
			inode = ramfs_lookup(filename);
		if (!inode)
			return ERR_PTR(-ENOENT);
		if (IS_ERR(inode))
			return ERR_CAST(inode);
		inode->i_mode = S_IFREG | (mode & 07777);
	}

	file = alloc_file(inode, flags, inode->i_fop);
	if (IS_ERR(file))
		return file;
	if (file->f_op->open) {
		err = file->f_op->open(inode, file);
		if (err) {
			fput(file);
			return ERR_PTR(err);
		}
	}
	if (flags & O_TRUNC) {
		err = do_truncate(inode, 0);
		if (err) {
			fput(file);
			return ERR_PTR(err);
		}
	}
	return file;
}

/* close(): the fd's reference goes. Linux also flushes and drops locks. */
int filp_close(struct file *filp, fl_owner_t id)
{
	if (!atomic_long_read(&filp->f_count))
		return -EBADF;
	fput(filp);
	return 0;
}
