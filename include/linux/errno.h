/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/errno.h - error numbers. Linux: include/linux/errno.h over
 * include/uapi/asm-generic/errno.h, the numbers user space sees too.
 */
#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H

#include <uapi/asm-generic/errno.h>

#endif /* _LINUX_ERRNO_H */
