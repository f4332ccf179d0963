/* unistd.h - POSIX process and file-descriptor calls (a subset of glibc's). */
#ifndef _UNISTD_H
#define _UNISTD_H

#include <sys/types.h>

#define STDIN_FILENO	0
#define STDOUT_FILENO	1
#define STDERR_FILENO	2

#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2

extern char **environ;

ssize_t read(int fd, void *buf, size_t count);
ssize_t write(int fd, const void *buf, size_t count);
int close(int fd);
off_t lseek(int fd, off_t offset, int whence);

void _exit(int status) __attribute__((noreturn));
pid_t getpid(void);
pid_t getppid(void);
pid_t gettid(void);
pid_t getpgid(pid_t pid);
pid_t getpgrp(void);
pid_t fork(void);
int execve(const char *path, char *const argv[], char *const envp[]);

int brk(void *addr);
void *sbrk(long increment);

long syscall(long number, ...);

#endif /* _UNISTD_H */
