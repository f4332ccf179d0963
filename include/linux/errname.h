/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/errname.h - the symbolic name of an error number, as printk's %pe
 * prints it. Linux: the same header (CONFIG_SYMBOLIC_ERRNAME, always on
 * here).
 */
#ifndef _LINUX_ERRNAME_H
#define _LINUX_ERRNAME_H

/*
 * errname(-ENOENT) is "-ENOENT", errname(ENOENT) is "ENOENT"; NULL for a
 * number that has no name. The string is static: callers keep it.
 */
const char *errname(int err);

#endif /* _LINUX_ERRNAME_H */
