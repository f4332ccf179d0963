/* signal.h - signal numbers (Linux's include/uapi/asm-generic/signal.h). */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <sys/types.h>

#define SIGHUP		1
#define SIGINT		2
#define SIGQUIT		3
#define SIGILL		4
#define SIGTRAP		5
#define SIGABRT		6
#define SIGBUS		7	/* a mapping exists but has nothing behind it */
#define SIGFPE		8
#define SIGKILL		9
#define SIGUSR1		10
#define SIGSEGV		11	/* no mapping, or the mapping forbids the access */
#define SIGUSR2		12
#define SIGPIPE		13
#define SIGALRM		14
#define SIGTERM		15
#define SIGCHLD		17

int kill(pid_t pid, int sig);

#endif /* _SIGNAL_H */
