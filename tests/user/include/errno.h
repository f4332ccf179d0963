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

#include <asm-generic/errno.h>	/* the kernel's include/uapi */

#endif /* _ERRNO_H */
