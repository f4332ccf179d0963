// SPDX-License-Identifier: GPL-2.0
/*
 * fs/namei.c - bringing a path name in from user space. Linux: getname()
 * and putname() in the same file (Linux returns a struct filename with
 * the string inside; a plain kmalloc'd string is enough here, as tinymm
 * has no path walk: ramfs looks names up whole).
 */
#include <linux/errno.h>
#include <linux/limits.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <asm/uaccess.h>

/* The name, or ERR_PTR(-EFAULT / -ENAMETOOLONG / -ENOENT / -ENOMEM). */
char *getname(const char __user *filename)
{
	char *name = kmalloc(PATH_MAX, GFP_KERNEL);
	long len;

	if (!name)
		return ERR_PTR(-ENOMEM);
	len = strncpy_from_user(name, filename, PATH_MAX);
	if (len < 0 || len >= PATH_MAX || len == 0) {
		kfree(name);
		return ERR_PTR(len < 0 ? len : len ? -ENAMETOOLONG : -ENOENT);
	}
	return name;
}

void putname(char *name)
{
	kfree(name);
}
