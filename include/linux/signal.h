/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/signal.h - signal numbers and si_code values (Linux's arm64 ones,
 * include/uapi/asm-generic/signal.h and siginfo.h). tinymm delivers only
 * the default action, which for these is to terminate the task.
 */
#ifndef _LINUX_SIGNAL_H
#define _LINUX_SIGNAL_H

#include <uapi/asm-generic/signal.h>

/* si_code for SIGSEGV and SIGBUS */
#define SEGV_MAPERR	1	/* address not mapped to object */
#define SEGV_ACCERR	2	/* invalid permissions for mapped object */
#define BUS_ADRALN	1	/* invalid address alignment */
#define BUS_ADRERR	2	/* non-existent physical address */
#define ILL_ILLOPC	1	/* illegal opcode */
#define TRAP_BRKPT	1

#endif
