/*
 * errno.h - error numbers (Linux's include/uapi/asm-generic/errno-base.h)
 * and errno itself.
 *
 * The kernel returns -ENOMEM in x0; the libc wrapper turns that into -1 and
 * errno = ENOMEM. glibc's errno is a per-thread variable (__errno_location());
 * we have one thread per process, so a plain global will do.
 */
#ifndef _ERRNO_H
#define _ERRNO_H

extern int errno;

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
#define EISDIR		21
#define EINVAL		22
#define EMFILE		24
#define EFBIG		27
#define ENOSPC		28
#define ESPIPE		29
#define EROFS		30
#define ERANGE		34
#define ENOSYS		38

#endif /* _ERRNO_H */
