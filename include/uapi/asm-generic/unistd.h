/* SPDX-License-Identifier: GPL-2.0 */
/*
 * uapi/asm-generic/unistd.h - system call numbers, arm64's (the generic
 * table). Linux: the same file; only the calls tinymm implements are
 * listed, each with its number and handler: __SYSCALL(nr, sym) expands to
 * nothing unless the includer (arch/arm64/kernel/sys.c) defines it.
 */
#ifndef __SYSCALL
#define __SYSCALL(x, y)
#endif

#define __NR_openat 56
__SYSCALL(__NR_openat, sys_openat)
#define __NR_close 57
__SYSCALL(__NR_close, sys_close)
#define __NR_lseek 62
__SYSCALL(__NR_lseek, sys_lseek)
#define __NR_read 63
__SYSCALL(__NR_read, sys_read)
#define __NR_write 64
__SYSCALL(__NR_write, sys_write)
#define __NR_exit 93
__SYSCALL(__NR_exit, sys_exit)
#define __NR_exit_group 94
__SYSCALL(__NR_exit_group, sys_exit_group)
#define __NR_set_tid_address 96
__SYSCALL(__NR_set_tid_address, sys_set_tid_address)
#define __NR_nanosleep 101
__SYSCALL(__NR_nanosleep, sys_nanosleep)
#define __NR_sched_setaffinity 122
__SYSCALL(__NR_sched_setaffinity, sys_sched_setaffinity)
#define __NR_sched_getaffinity 123
__SYSCALL(__NR_sched_getaffinity, sys_sched_getaffinity)
#define __NR_sched_yield 124
__SYSCALL(__NR_sched_yield, sys_sched_yield)
#define __NR_kill 129
__SYSCALL(__NR_kill, sys_kill)
#define __NR_tkill 130
__SYSCALL(__NR_tkill, sys_tkill)
#define __NR_tgkill 131
__SYSCALL(__NR_tgkill, sys_tgkill)
#define __NR_getpgid 155
__SYSCALL(__NR_getpgid, sys_getpgid)
#define __NR_uname 160
__SYSCALL(__NR_uname, sys_newuname)
#define __NR_getrusage 165
__SYSCALL(__NR_getrusage, sys_getrusage)
#define __NR_getcpu 168
__SYSCALL(__NR_getcpu, sys_getcpu)
#define __NR_getpid 172
__SYSCALL(__NR_getpid, sys_getpid)
#define __NR_getppid 173
__SYSCALL(__NR_getppid, sys_getppid)
#define __NR_gettid 178
__SYSCALL(__NR_gettid, sys_gettid)
#define __NR_sysinfo 179
__SYSCALL(__NR_sysinfo, sys_sysinfo)
#define __NR_brk 214
__SYSCALL(__NR_brk, sys_brk)
#define __NR_munmap 215
__SYSCALL(__NR_munmap, sys_munmap)
#define __NR_clone 220
__SYSCALL(__NR_clone, sys_clone)
#define __NR_execve 221
__SYSCALL(__NR_execve, sys_execve)
#define __NR3264_mmap 222
__SYSCALL(__NR3264_mmap, sys_mmap)
#define __NR_mprotect 226
__SYSCALL(__NR_mprotect, sys_mprotect)
#define __NR_mlock 228
__SYSCALL(__NR_mlock, sys_mlock)
#define __NR_munlock 229
__SYSCALL(__NR_munlock, sys_munlock)
#define __NR_mincore 232
__SYSCALL(__NR_mincore, sys_mincore)
#define __NR_madvise 233
__SYSCALL(__NR_madvise, sys_madvise)
#define __NR_wait4 260
__SYSCALL(__NR_wait4, sys_wait4)

/* tinymm's own: what Linux reads from /proc/self/status and /proc/vmstat */
#define __NR_tinymm_stat 1024
__SYSCALL(__NR_tinymm_stat, sys_tinymm_stat)

#undef __NR_syscalls
#define __NR_syscalls 1025
