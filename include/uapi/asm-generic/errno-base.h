/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * uapi/asm-generic/errno-base.h - the first error numbers, shared by the
 * kernel (linux/errno.h) and user programs (tests/user/include/errno.h).
 * Linux: the same file (only the numbers tinymm uses).
 */
#ifndef _ASM_GENERIC_ERRNO_BASE_H
#define _ASM_GENERIC_ERRNO_BASE_H

#define EPERM		1
#define ENOENT		2
#define ESRCH		3
#define EINTR		4
#define EIO		5
#define ENXIO		6
#define E2BIG		7
#define ENOEXEC		8
#define EBADF		9
#define ECHILD		10
#define EAGAIN		11
#define ENOMEM		12
#define EACCES		13
#define EFAULT		14
#define EBUSY		16
#define EEXIST		17
#define ENODEV		19
#define ENOTDIR		20
#define EISDIR		21
#define EINVAL		22
#define EMFILE		24
#define EFBIG		27
#define ENOSPC		28
#define ESPIPE		29
#define EROFS		30
#define ERANGE		34

#endif
