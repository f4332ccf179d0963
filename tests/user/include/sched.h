/*
 * sched.h - sched_yield(), CPU affinity (cpu_set_t and its macros, as
 * glibc's bits/cpu-set.h), clone() and its flags.
 */
#ifndef _SCHED_H
#define _SCHED_H

#define CSIGNAL		0x000000ff	/* signal sent to the parent on exit */
#define CLONE_VM	0x00000100
#define CLONE_FS	0x00000200
#define CLONE_FILES	0x00000400
#define CLONE_SIGHAND	0x00000800
#define CLONE_THREAD	0x00010000
#define CLONE_SYSVSEM	0x00040000
#define CLONE_SETTLS	0x00080000
#define CLONE_PARENT_SETTID	0x00100000
#define CLONE_CHILD_CLEARTID	0x00200000
#define CLONE_CHILD_SETTID	0x01000000

/*
 * glibc's clone(): the child runs fn(arg) on @stack (its top) and exits
 * with fn's return value; the optional arguments are parent_tid, tls and
 * child_tid, as the flags ask for them. Returns the child's tid, or -1
 * with errno. tests/user/lib/clone.S.
 */
int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...);

#include <string.h>
#include <sys/types.h>

int sched_yield(void);

/* A set of CPUs: 1024 bits, as glibc's cpu_set_t. */
#define CPU_SETSIZE	1024
typedef struct {
	unsigned long __bits[CPU_SETSIZE / (8 * sizeof(unsigned long))];
} cpu_set_t;

#define __CPU_WORD(cpu)	((cpu) / (8 * sizeof(unsigned long)))
#define __CPU_BIT(cpu)	(1UL << ((cpu) % (8 * sizeof(unsigned long))))
#define CPU_ZERO(set)	memset((set), 0, sizeof(cpu_set_t))
#define CPU_SET(cpu, set)   ((set)->__bits[__CPU_WORD(cpu)] |= __CPU_BIT(cpu))
#define CPU_CLR(cpu, set)   ((set)->__bits[__CPU_WORD(cpu)] &= ~__CPU_BIT(cpu))
#define CPU_ISSET(cpu, set) (((set)->__bits[__CPU_WORD(cpu)] & __CPU_BIT(cpu)) != 0)
#define CPU_COUNT(set)	__sched_cpucount(sizeof(cpu_set_t), (set))

int __sched_cpucount(size_t setsize, const cpu_set_t *set);
/* glibc's wrappers: 0 on success, -1 and errno on failure */
int sched_setaffinity(pid_t pid, size_t cpusetsize, const cpu_set_t *mask);
int sched_getaffinity(pid_t pid, size_t cpusetsize, cpu_set_t *mask);
/* the CPU (and node) the caller runs on; sched_getcpu() returns the CPU */
int getcpu(unsigned int *cpu, unsigned int *node);
int sched_getcpu(void);

#endif /* _SCHED_H */
