/*
 * sys/wait.h - wait4()/waitpid() and the status word they return.
 *
 * The status word packs how a child ended: exit(n) gives n << 8; death by
 * signal s gives s in the low 7 bits (bit 7 would say "core dumped").
 * Same encoding as Linux's kernel/exit.c and glibc's macros.
 */
#ifndef _SYS_WAIT_H
#define _SYS_WAIT_H

#include <sys/types.h>

#define WNOHANG		1

#define WEXITSTATUS(s)	(((s) & 0xff00) >> 8)
#define WTERMSIG(s)	((s) & 0x7f)
#define WIFEXITED(s)	(WTERMSIG(s) == 0)
#define WIFSIGNALED(s)	(((signed char)(((s) & 0x7f) + 1) >> 1) > 0)

struct rusage;

pid_t wait4(pid_t pid, int *status, int options, struct rusage *rusage);
pid_t waitpid(pid_t pid, int *status, int options);
pid_t wait(int *status);

#endif /* _SYS_WAIT_H */
