/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/file.h - a task's file descriptors. Linux: the same header
 * (fget) and init's console descriptors (console_on_rootfs).
 */
#ifndef _LINUX_FILE_H
#define _LINUX_FILE_H

struct file;
struct task_struct;

/* fs/file.c: the file behind fd, with a reference; NULL if none */
struct file *fget(unsigned int fd);
/* fs/file.c: a new user process's fds 0, 1, 2 on the console */
int files_init_console(struct task_struct *tsk);
/* fs/file.c: file at the current task's fd, closing the old one */
int replace_fd(unsigned int fd, struct file *file, unsigned int flags);

#endif
