// SPDX-License-Identifier: GPL-2.0
/*
 * fs/file.c - the file descriptor table and the file system calls that
 * use it. Linux: fs/file.c (fd_install, close_fd), with the SYSCALL
 * bodies of fs/open.c (openat, close) and fs/read_write.c (read, write,
 * lseek) gathered here.
 *
 * Simplified: a fixed table of NR_OPEN_DEFAULT descriptors per task,
 * copied on fork (Linux shares it between threads and grows it); no
 * directories, so openat's dirfd must be AT_FDCWD or the path absolute.
 * read() and write() bounce through a kernel buffer one page at a time,
 * so the file code (fs/ramfs, drivers/tty) works on kernel memory and
 * only this file touches user pointers.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/console.h>
#include <linux/fcntl.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/syscalls.h>
#include <asm/uaccess.h>

static int get_unused_fd(struct files_struct *files)
{
	int fd;

	for (fd = 0; fd < NR_OPEN_DEFAULT; fd++)
		if (!files->fd_array[fd])
			return fd;
	return -EMFILE;
}

struct file *fget(unsigned int fd)
{
	struct files_struct *files = current->files;

	if (!files || fd >= NR_OPEN_DEFAULT || !files->fd_array[fd])
		return NULL;
	return get_file(files->fd_array[fd]);
}

/* Install file at the lowest free descriptor; the table takes our reference. */
static int fd_install_file(struct file *file)
{
	struct files_struct *files = current->files;
	int fd;

	if (!files)
		return -EBADF;
	fd = get_unused_fd(files);
	if (fd >= 0)
		files->fd_array[fd] = file;
	return fd;
}

/*
 * Put file at descriptor fd of the current task, closing what was there;
 * the table takes a reference of its own. Returns fd or -errno. Linux's
 * replace_fd() also takes flags (O_CLOEXEC; there is no exec-closing
 * here) and closes fd when file is NULL; ours needs a file.
 */
int replace_fd(unsigned int fd, struct file *file, unsigned int flags)
{
	struct files_struct *files = current->files;
	struct file *old;

	if (!files || fd >= NR_OPEN_DEFAULT)
		return -EBADF;
	old = files->fd_array[fd];
	files->fd_array[fd] = get_file(file);
	if (old)
		fput(old);
	return fd;
}

/*
 * A new user process's table with 0, 1, 2 on the console, as init gets
 * them (Linux: console_on_rootfs()). call_usermodehelper() uses it.
 */
int files_init_console(struct task_struct *tsk)
{
	struct files_struct *files = kzalloc(sizeof(*files), GFP_KERNEL);
	int fd;

	if (!files)
		return -ENOMEM;
	atomic_set(&files->count, 1);
	for (fd = 0; fd < 3; fd++) {
		struct file *f = console_file_open(fd ? O_WRONLY : O_RDONLY);

		if (IS_ERR(f)) {
			tsk->files = files;
			exit_files(tsk);
			return PTR_ERR(f);
		}
		files->fd_array[fd] = f;
	}
	tsk->files = files;
	return 0;
}

SYSCALL_DEFINE4(openat, int, dfd, const char __user *, filename, int, flags,
		umode_t, mode)
{
	char *name = getname(filename);
	struct file *file;
	long ret;

	if (IS_ERR(name))
		return PTR_ERR(name);
	ret = -ENOTDIR;		/* relative to a directory fd: no directories */
	if (dfd != AT_FDCWD && name[0] != '/')
		goto out;
	file = filp_open(name, flags, mode);
	ret = PTR_ERR(file);
	if (IS_ERR(file))
		goto out;
	ret = fd_install_file(file);
	if (ret < 0)
		fput(file);
out:
	putname(name);
	return ret;
}

SYSCALL_DEFINE1(close, unsigned int, fd)
{
	struct files_struct *files = current->files;
	struct file *file;

	if (!files || fd >= NR_OPEN_DEFAULT || !files->fd_array[fd])
		return -EBADF;
	file = files->fd_array[fd];
	files->fd_array[fd] = NULL;
	return filp_close(file, files);
}

SYSCALL_DEFINE3(lseek, unsigned int, fd, long, offset, unsigned int, whence)
{
	struct file *file = fget(fd);
	long ret;

	if (!file)
		return -EBADF;
	ret = vfs_llseek(file, offset, whence);
	fput(file);
	return ret;
}

/*
 * write(): copy up to a page from user space and hand what arrived to the
 * file. A copy that faults part way writes the bytes before the fault, as
 * Linux's generic_perform_write() does: write() returns that short count,
 * and only a write that got no byte at all fails with -EFAULT.
 */
static long write_chunk(struct file *file, char *kbuf,
			const char __user *ubuf, size_t chunk, bool *fault)
{
	size_t got = chunk - copy_from_user(kbuf, ubuf, chunk);

	*fault = got < chunk;
	if (!got)
		return -EFAULT;
	return vfs_write(file, kbuf, got, &file->f_pos);
}

/*
 * read(): let the file fill the bounce page, then copy to user space. If
 * that copy faults part way, the bytes before the fault count and the
 * position goes back over the rest, so the next read() returns them
 * again: Linux's filemap_read() advances ki_pos only by what
 * copy_page_to_iter() managed. (A stream - a tty - has no position to go
 * back on; its bytes past the fault are gone, as in Linux's
 * iterate_tty_read.)
 */
static long read_chunk(struct file *file, char *kbuf, char __user *ubuf,
		       size_t chunk, bool *fault)
{
	long ret = vfs_read(file, kbuf, chunk, &file->f_pos);
	size_t left;

	*fault = false;
	if (ret <= 0)
		return ret;
	left = copy_to_user(ubuf, kbuf, ret);
	if (!left)
		return ret;
	*fault = true;
	if ((file->f_mode & FMODE_LSEEK) && file->f_op->llseek)
		file->f_pos -= left;	/* a seekable file: not read after all */
	return left == (size_t)ret ? -EFAULT : ret - (long)left;
}

/*
 * read/write through a bounce page: the copy to/from user may fault.
 * Returns the bytes moved, or the error of the first chunk if none were:
 * a buffer that is only partly mapped gives a short count, not -EFAULT.
 * Simplified: Linux's tty_write and /dev/kmsg copy their whole chunk
 * before acting and fail with -EFAULT if part of it faults; here every
 * file gets the page-cache files' rule, because the copy is made here,
 * not in the file's own code.
 */
static long rw_chunked(unsigned int fd, char __user *ubuf, size_t count,
		       bool write)
{
	struct file *file = fget(fd);
	size_t done = 0;
	bool fault = false;
	char *kbuf;
	long ret = 0;

	if (!file)
		return -EBADF;
	kbuf = (char *)__get_free_page(GFP_KERNEL);
	if (!kbuf) {
		fput(file);
		return -ENOMEM;
	}
	while (done < count && !fault) {
		size_t chunk = min_t(size_t, count - done, PAGE_SIZE);

		ret = write ? write_chunk(file, kbuf, ubuf + done, chunk, &fault) :
			      read_chunk(file, kbuf, ubuf + done, chunk, &fault);
		if (ret <= 0)
			break;
		done += ret;
		if ((size_t)ret < chunk)
			break;
	}
	free_page((unsigned long)kbuf);
	fput(file);
	return done ? (long)done : ret;
}

SYSCALL_DEFINE3(read, unsigned int, fd, char __user *, buf, size_t, count)
{
	if (!access_ok(buf, count))
		return -EFAULT;
	return rw_chunked(fd, buf, count, false);
}

SYSCALL_DEFINE3(write, unsigned int, fd, const char __user *, buf,
		size_t, count)
{
	if (!access_ok(buf, count))
		return -EFAULT;
	return rw_chunked(fd, (char __user *)buf, count, true);
}
