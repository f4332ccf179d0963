/*
 * sys/syscall.h - system call numbers of the Linux arm64 ABI.
 *
 * Teaches: a system call is just a number in x8 and up to six arguments in
 * x0..x5, then "svc #0"; the result comes back in x0, a negative errno on
 * failure. arm64 uses the generic table (include/uapi/asm-generic/unistd.h),
 * so these numbers differ from x86-64's: a program built here runs on a real
 * arm64 Linux box unchanged (except for __NR_tinymm_stat).
 * Linux counterpart: glibc's <sys/syscall.h> / <asm/unistd.h>.
 */
#ifndef _SYS_SYSCALL_H
#define _SYS_SYSCALL_H

#define __NR_openat		56
#define __NR_close		57
#define __NR_lseek		62
#define __NR_read		63
#define __NR_write		64
#define __NR_exit		93
#define __NR_exit_group		94
#define __NR_set_tid_address	96
#define __NR_nanosleep		101
#define __NR_sched_setaffinity	122
#define __NR_sched_getaffinity	123
#define __NR_sched_yield	124
#define __NR_kill		129
#define __NR_tkill		130
#define __NR_tgkill		131
#define __NR_getpgid		155
#define __NR_uname		160
#define __NR_getrusage		165
#define __NR_getcpu		168
#define __NR_getpid		172
#define __NR_getppid		173
#define __NR_gettid		178
#define __NR_sysinfo		179
#define __NR_brk		214
#define __NR_munmap		215
#define __NR_clone		220
#define __NR_execve		221
#define __NR_mmap		222
#define __NR_mprotect		226
#define __NR_mlock		228
#define __NR_munlock		229
#define __NR_mincore		232
#define __NR_madvise		233
#define __NR_wait4		260

/*
 * tinymm only: Linux user space reads these numbers from /proc/self/status,
 * /proc/self/stat and /proc/vmstat; tinymm has no per-task procfs.
 */
#define __NR_tinymm_stat	1024

#endif /* _SYS_SYSCALL_H */
