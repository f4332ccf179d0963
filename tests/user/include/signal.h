/* signal.h - signal numbers (Linux's include/uapi/asm-generic/signal.h). */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <sys/types.h>

#include <asm-generic/signal.h>	/* the kernel's include/uapi */

int kill(pid_t pid, int sig);
/* @sig to thread @tid of process @tgid alone (glibc 2.30) */
int tgkill(pid_t tgid, pid_t tid, int sig);

#endif /* _SIGNAL_H */
