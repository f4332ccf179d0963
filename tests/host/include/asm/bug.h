/* SPDX-License-Identifier: GPL-2.0 */
/* Host twin of asm/bug.h: BUG() aborts the test binary, WARN() is counted. */
#ifndef __ASM_BUG_H
#define __ASM_BUG_H

#include <linux/compiler.h>

void __noreturn host_bug(const char *file, int line);
void host_warn(const char *file, int line, unsigned int flags);
extern int host_warn_count;

#define BUG()			host_bug(__FILE__, __LINE__)
#define __WARN_FLAGS(flags)	host_warn(__FILE__, __LINE__, (flags))

#endif
