/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/* uapi/asm-generic/errno.h - the rest of the error numbers. Linux: the same file. */
#ifndef _ASM_GENERIC_ERRNO_H
#define _ASM_GENERIC_ERRNO_H

#include "errno-base.h"

#define ENAMETOOLONG	36
#define ENOSYS		38
#define EOVERFLOW	75
#define EOPNOTSUPP	95

#endif
