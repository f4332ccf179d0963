// SPDX-License-Identifier: GPL-2.0
/*
 * tinymm/shell/shell_strerror.c - what an error number means, in words, for
 * the tinymm> prompt: "exec: /bin/nosuch: No such file or directory", as a
 * shell prints what strerror(errno) says. tinymm's own, not in Linux: the
 * kernel gives user space only the number (and printk's %pe the name,
 * lib/errname.c); the texts live in the C library. These are glibc's, word
 * for word, so the shell reads like bash on a Linux box.
 *
 * Every number of uapi/asm-generic/errno{,-base}.h has its text; the host
 * test (tests/host/errname_test.c) reads those headers to make sure.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <tinymm/shell.h>

static const char *const shell_errlist[] = {
	[EPERM]		= "Operation not permitted",
	[ENOENT]	= "No such file or directory",
	[ESRCH]		= "No such process",
	[EINTR]		= "Interrupted system call",
	[EIO]		= "Input/output error",
	[ENXIO]		= "No such device or address",
	[E2BIG]		= "Argument list too long",
	[ENOEXEC]	= "Exec format error",
	[EBADF]		= "Bad file descriptor",
	[ECHILD]	= "No child processes",
	[EAGAIN]	= "Resource temporarily unavailable",
	[ENOMEM]	= "Cannot allocate memory",
	[EACCES]	= "Permission denied",
	[EFAULT]	= "Bad address",
	[EBUSY]		= "Device or resource busy",
	[EEXIST]	= "File exists",
	[ENODEV]	= "No such device",
	[ENOTDIR]	= "Not a directory",
	[EISDIR]	= "Is a directory",
	[EINVAL]	= "Invalid argument",
	[EMFILE]	= "Too many open files",
	[EFBIG]		= "File too large",
	[ENOSPC]	= "No space left on device",
	[ESPIPE]	= "Illegal seek",
	[EROFS]		= "Read-only file system",
	[ERANGE]	= "Numerical result out of range",
	[ENAMETOOLONG]	= "File name too long",
	[ENOSYS]	= "Function not implemented",
	[EOVERFLOW]	= "Value too large for defined data type",
	[EOPNOTSUPP]	= "Operation not supported",
};

/*
 * glibc's strerror() text for err (ENOENT or -ENOENT alike), or NULL if
 * there is none; the caller then says "Unknown error N", as glibc does.
 */
const char *shell_strerror(int err)
{
	unsigned int n = err < 0 ? -(unsigned int)err : err;

	return n < ARRAY_SIZE(shell_errlist) ? shell_errlist[n] : NULL;
}
