/* time.h - nanosleep() and struct timespec (Linux's uapi layout on LP64). */
#ifndef _TIME_H
#define _TIME_H

#include <sys/types.h>

struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

int nanosleep(const struct timespec *req, struct timespec *rem);

#endif /* _TIME_H */
