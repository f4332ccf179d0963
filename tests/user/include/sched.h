/* sched.h - sched_yield() and the clone() flags fork() uses. */
#ifndef _SCHED_H
#define _SCHED_H

#define CSIGNAL		0x000000ff	/* signal sent to the parent on exit */
#define CLONE_VM	0x00000100
#define CLONE_FS	0x00000200
#define CLONE_FILES	0x00000400

int sched_yield(void);

#endif /* _SCHED_H */
