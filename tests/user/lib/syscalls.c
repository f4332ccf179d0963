/*
 * syscalls.c - the libc wrappers: one trap each, errno on failure.
 *
 * Teaches: how thin libc is at this level. Each wrapper is the system call
 * of the same name (open() is openat(AT_FDCWD, ...), fork() is clone(),
 * waitpid() is wait4(), exit() is exit_group() on arm64 where the old
 * calls don't exist). Linux counterpart: glibc's sysdeps/unix/sysv/linux/.
 * glibc also caches getpid(), retries on EINTR where POSIX says so, and
 * runs fork handlers; we have no signal handlers. Threads are
 * clone.S and thread.c.
 */
#include <stdarg.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sched.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <tinymm.h>
#include "syscall_arch.h"

int errno;

long __syscall_ret(long r)
{
	if (r < 0 && r > -4096) {
		errno = (int)-r;
		return -1;
	}
	return r;
}

long syscall(long n, ...)
{
	va_list ap;
	long a, b, c, d, e, f;

	va_start(ap, n);
	a = va_arg(ap, long);
	b = va_arg(ap, long);
	c = va_arg(ap, long);
	d = va_arg(ap, long);
	e = va_arg(ap, long);
	f = va_arg(ap, long);
	va_end(ap);
	return __syscall_ret(__syscall6(n, a, b, c, d, e, f));
}

ssize_t read(int fd, void *buf, size_t count)
{
	return __syscall_ret(__syscall3(__NR_read, fd, buf, count));
}

ssize_t write(int fd, const void *buf, size_t count)
{
	return __syscall_ret(__syscall3(__NR_write, fd, buf, count));
}

int openat(int dirfd, const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode = 0;

	if (flags & O_CREAT) {
		va_start(ap, flags);
		mode = va_arg(ap, mode_t);
		va_end(ap);
	}
	return __syscall_ret(__syscall4(__NR_openat, dirfd, path, flags, mode));
}

int open(const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode = 0;

	if (flags & O_CREAT) {
		va_start(ap, flags);
		mode = va_arg(ap, mode_t);
		va_end(ap);
	}
	return openat(AT_FDCWD, path, flags, mode);
}

int close(int fd)
{
	return __syscall_ret(__syscall1(__NR_close, fd));
}

off_t lseek(int fd, off_t offset, int whence)
{
	return __syscall_ret(__syscall3(__NR_lseek, fd, offset, whence));
}

void _exit(int status)
{
	for (;;)
		__syscall1(__NR_exit_group, status);
}

pid_t getpid(void)
{
	return __syscall0(__NR_getpid);
}

pid_t getppid(void)
{
	return __syscall0(__NR_getppid);
}

pid_t getpgid(pid_t pid)
{
	return __syscall_ret(__syscall1(__NR_getpgid, pid));
}

pid_t getpgrp(void)
{
	return getpgid(0);
}

pid_t gettid(void)
{
	return __syscall0(__NR_gettid);
}

/* clone(flags, newsp, parent_tid, tls, child_tid): arm64's argument order */
pid_t fork(void)
{
	return __syscall_ret(__syscall5(__NR_clone, SIGCHLD, 0, 0, 0, 0));
}

int execve(const char *path, char *const argv[], char *const envp[])
{
	return __syscall_ret(__syscall3(__NR_execve, path, argv, envp));
}

pid_t wait4(pid_t pid, int *status, int options, struct rusage *rusage)
{
	return __syscall_ret(__syscall4(__NR_wait4, pid, status, options,
					rusage));
}

pid_t waitpid(pid_t pid, int *status, int options)
{
	return wait4(pid, status, options, NULL);
}

pid_t wait(int *status)
{
	return wait4(-1, status, 0, NULL);
}

int kill(pid_t pid, int sig)
{
	return __syscall_ret(__syscall2(__NR_kill, pid, sig));
}

int tgkill(pid_t tgid, pid_t tid, int sig)
{
	return __syscall_ret(__syscall3(__NR_tgkill, tgid, tid, sig));
}

int sched_yield(void)
{
	return __syscall_ret(__syscall0(__NR_sched_yield));
}

int sched_setaffinity(pid_t pid, size_t cpusetsize, const cpu_set_t *mask)
{
	return __syscall_ret(__syscall3(__NR_sched_setaffinity, pid,
					cpusetsize, mask));
}

/* The kernel writes the bytes it has; glibc zeroes the rest and returns 0. */
int sched_getaffinity(pid_t pid, size_t cpusetsize, cpu_set_t *mask)
{
	long r = __syscall_ret(__syscall3(__NR_sched_getaffinity, pid,
					  cpusetsize, mask));

	if (r < 0)
		return -1;
	memset((char *)mask + r, 0, cpusetsize - r);
	return 0;
}

int __sched_cpucount(size_t setsize, const cpu_set_t *set)
{
	size_t i, bit;
	int n = 0;

	/* bit by bit: __builtin_popcountl would need FP/SIMD registers */
	for (i = 0; i < setsize / sizeof(unsigned long); i++)
		for (bit = 0; bit < 8 * sizeof(unsigned long); bit++)
			n += (set->__bits[i] >> bit) & 1;
	return n;
}

int getcpu(unsigned int *cpu, unsigned int *node)
{
	return __syscall_ret(__syscall3(__NR_getcpu, cpu, node, NULL));
}

int sched_getcpu(void)
{
	unsigned int cpu;

	return getcpu(&cpu, NULL) ? -1 : (int)cpu;
}

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	return __syscall_ret(__syscall2(__NR_nanosleep, req, rem));
}

int uname(struct utsname *buf)
{
	return __syscall_ret(__syscall1(__NR_uname, buf));
}

int getrusage(int who, struct rusage *usage)
{
	return __syscall_ret(__syscall2(__NR_getrusage, who, usage));
}

int sysinfo(struct sysinfo *info)
{
	return __syscall_ret(__syscall1(__NR_sysinfo, info));
}

void *mmap(void *addr, size_t length, int prot, int flags, int fd,
	   off_t offset)
{
	return (void *)__syscall_ret(__syscall6(__NR_mmap, (long)addr,
				(long)length, prot, flags, fd, offset));
}

int munmap(void *addr, size_t length)
{
	return __syscall_ret(__syscall2(__NR_munmap, addr, length));
}

int mprotect(void *addr, size_t length, int prot)
{
	return __syscall_ret(__syscall3(__NR_mprotect, addr, length, prot));
}

int madvise(void *addr, size_t length, int advice)
{
	return __syscall_ret(__syscall3(__NR_madvise, addr, length, advice));
}

int mlock(const void *addr, size_t length)
{
	return __syscall_ret(__syscall2(__NR_mlock, addr, length));
}

int munlock(const void *addr, size_t length)
{
	return __syscall_ret(__syscall2(__NR_munlock, addr, length));
}

int mincore(void *addr, size_t length, unsigned char *vec)
{
	return __syscall_ret(__syscall3(__NR_mincore, addr, length, vec));
}

/*
 * The raw brk system call never fails: it returns the new break, or the
 * old one if it couldn't move. glibc's brk()/sbrk() turn that into 0/-1
 * and remember the break in __curbrk, as here.
 */
static unsigned long curbrk;

int brk(void *addr)
{
	unsigned long r = __syscall1(__NR_brk, addr);

	curbrk = r;
	if (r < (unsigned long)addr) {
		errno = ENOMEM;
		return -1;
	}
	return 0;
}

void *sbrk(long increment)
{
	unsigned long old;

	if (!curbrk)
		curbrk = __syscall1(__NR_brk, 0);
	old = curbrk;
	if (increment && brk((void *)(old + increment)) < 0)
		return (void *)-1;
	return (void *)old;
}

int tinymm_stat(struct tinymm_stat *st)
{
	return __syscall_ret(__syscall1(__NR_tinymm_stat, st));
}
