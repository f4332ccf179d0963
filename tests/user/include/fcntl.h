/* fcntl.h - open() and its flags (Linux's include/uapi/asm-generic/fcntl.h). */
#ifndef _FCNTL_H
#define _FCNTL_H

#include <sys/types.h>

#define O_RDONLY	00
#define O_WRONLY	01
#define O_RDWR		02
#define O_CREAT		0100
#define O_EXCL		0200
#define O_TRUNC		01000
#define O_APPEND	02000

/* "relative to the current directory": open() is openat(AT_FDCWD, ...) */
#define AT_FDCWD	-100

int open(const char *path, int flags, ...);
int openat(int dirfd, const char *path, int flags, ...);

#endif /* _FCNTL_H */
