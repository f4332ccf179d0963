/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * uapi/asm-generic/signal.h - signal numbers, shared by the kernel
 * (linux/signal.h) and user programs (tests/user/include/signal.h).
 * Linux: the same file (only the numbers).
 */
#ifndef _UAPI_ASM_GENERIC_SIGNAL_H
#define _UAPI_ASM_GENERIC_SIGNAL_H

#define _NSIG		64
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
#define SIGCONT		18
#define SIGSTOP		19
#define SIGURG		23
#define SIGWINCH	28

#endif
