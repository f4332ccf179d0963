// SPDX-License-Identifier: GPL-2.0
/*
 * lib/errname.c - error numbers by name: what lets printk("%pe", ERR_PTR(err))
 * say "-ENOENT" where "%d" says "-2". Linux: the same file, errname().
 *
 * One table indexed by the number, its entries written "-EPERM" so that a
 * positive number's name is the same string one character on. Every
 * number of uapi/asm-generic/errno{,-base}.h has an entry; the host test
 * (tests/host/errname_test.c) reads those headers to make sure.
 * Simplified: Linux also names the aliases (EWOULDBLOCK, EDEADLOCK) by
 * their first spelling and the kernel-internal numbers from 512 up
 * (ERESTARTSYS, EPROBE_DEFER...); tinymm defines none of those.
 */
#include <linux/kernel.h>
#include <linux/errname.h>
#include <linux/errno.h>

#define E(err) [err] = "-" #err

static const char *const names_0[] = {
	E(EPERM),
	E(ENOENT),
	E(ESRCH),
	E(EINTR),
	E(EIO),
	E(ENXIO),
	E(E2BIG),
	E(ENOEXEC),
	E(EBADF),
	E(ECHILD),
	E(EAGAIN),
	E(ENOMEM),
	E(EACCES),
	E(EFAULT),
	E(EBUSY),
	E(EEXIST),
	E(ENODEV),
	E(ENOTDIR),
	E(EISDIR),
	E(EINVAL),
	E(EMFILE),
	E(EFBIG),
	E(ENOSPC),
	E(ESPIPE),
	E(EROFS),
	E(ERANGE),
	E(ENAMETOOLONG),
	E(ENOSYS),
	E(EOVERFLOW),
	E(EOPNOTSUPP),
};

static const char *__errname(unsigned int err)
{
	return err < ARRAY_SIZE(names_0) ? names_0[err] : NULL;
}

const char *errname(int err)
{
	const char *name = __errname(err < 0 ? -(unsigned int)err : err);

	if (!name)
		return NULL;
	return err > 0 ? name + 1 : name;
}
