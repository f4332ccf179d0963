/* sched.h - sched_yield(), clone() and its flags. */
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

int sched_yield(void);

#endif /* _SCHED_H */
