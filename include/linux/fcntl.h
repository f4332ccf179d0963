/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/fcntl.h - open() flags and lseek() origins. User programs pass
 * these in registers, so the values are Linux's for arm64 exactly:
 * include/uapi/asm-generic/fcntl.h with arm64's O_DIRECTORY..O_LARGEFILE
 * (arch/arm64/include/uapi/asm/fcntl.h), octal as there; SEEK_* from
 * include/uapi/linux/fs.h.
 *
 * tinymm's files honour O_ACCMODE, O_CREAT, O_EXCL, O_TRUNC and O_APPEND;
 * the rest are accepted and ignored (there are no directories, devices
 * or links to be careful about).
 */
#ifndef _LINUX_FCNTL_H
#define _LINUX_FCNTL_H

#define O_ACCMODE	00000003
#define O_RDONLY	00000000
#define O_WRONLY	00000001
#define O_RDWR		00000002
#define O_CREAT		00000100	/* create the file if it is missing */
#define O_EXCL		00000200	/* with O_CREAT: fail if it exists */
#define O_NOCTTY	00000400
#define O_TRUNC		00001000	/* empty the file on open */
#define O_APPEND	00002000	/* every write goes to the end */
#define O_NONBLOCK	00004000
#define O_DSYNC		00010000
#define O_DIRECTORY	00040000	/* arm64 values from here */
#define O_NOFOLLOW	00100000
#define O_DIRECT	00200000
#define O_LARGEFILE	00400000
#define O_NOATIME	01000000
#define O_CLOEXEC	02000000

/* openat()'s "relative to the current directory" */
#define AT_FDCWD	-100

#define SEEK_SET	0	/* from the start of the file */
#define SEEK_CUR	1	/* from the current position */
#define SEEK_END	2	/* from the end */
#define SEEK_MAX	SEEK_END

#endif /* _LINUX_FCNTL_H */
