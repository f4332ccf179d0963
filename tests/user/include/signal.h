/* signal.h - signal numbers (Linux's include/uapi/asm-generic/signal.h). */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <sys/types.h>

#include <asm-generic/signal.h>	/* the kernel's include/uapi */

int kill(pid_t pid, int sig);

#endif /* _SIGNAL_H */
