/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/kdev_t.h - the kernel's internal dev_t: a 12-bit major number
 * above a 20-bit minor. Linux: the same file.
 */
#ifndef _LINUX_KDEV_T_H
#define _LINUX_KDEV_T_H

#define MINORBITS	20
#define MINORMASK	((1U << MINORBITS) - 1)

#define MAJOR(dev)	((unsigned int) ((dev) >> MINORBITS))
#define MINOR(dev)	((unsigned int) ((dev) & MINORMASK))
#define MKDEV(ma, mi)	(((ma) << MINORBITS) | (mi))

#endif
