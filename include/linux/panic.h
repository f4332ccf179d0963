/* SPDX-License-Identifier: GPL-2.0 */
/* linux/panic.h - panic() and oops bookkeeping. Linux: include/linux/panic.h. */
#ifndef _LINUX_PANIC_H
#define _LINUX_PANIC_H

#include <linux/compiler.h>

extern int panic_timeout;
extern int oops_in_progress;

void __noreturn panic(const char *fmt, ...) __printf(1, 2) __cold;
void oops_enter(void);
void oops_exit(void);
void print_tainted_banner(void);

#endif
