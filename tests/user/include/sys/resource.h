/*
 * sys/resource.h - getrusage(). struct rusage is Linux's
 * include/uapi/linux/resource.h layout on arm64: two timevals and fourteen
 * longs, 144 bytes. ru_minflt/ru_majflt are the fault counters that the
 * tests read: a minor fault was satisfied from memory (zero page, a fresh
 * page, a page-cache page), a major one had to wait for I/O.
 */
#ifndef _SYS_RESOURCE_H
#define _SYS_RESOURCE_H

#include <sys/types.h>

struct timeval {
	time_t tv_sec;
	suseconds_t tv_usec;
};

struct rusage {
	struct timeval ru_utime;
	struct timeval ru_stime;
	long ru_maxrss;		/* kB */
	long ru_ixrss;
	long ru_idrss;
	long ru_isrss;
	long ru_minflt;
	long ru_majflt;
	long ru_nswap;
	long ru_inblock;
	long ru_oublock;
	long ru_msgsnd;
	long ru_msgrcv;
	long ru_nsignals;
	long ru_nvcsw;
	long ru_nivcsw;
};

#define RUSAGE_SELF	0
#define RUSAGE_CHILDREN	(-1)
#define RUSAGE_THREAD	1

int getrusage(int who, struct rusage *usage);

#endif /* _SYS_RESOURCE_H */
