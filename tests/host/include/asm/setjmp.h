/* SPDX-License-Identifier: GPL-2.0 */
/* Host twin of arch/arm64/include/asm/setjmp.h, over libc's setjmp. */
#ifndef __ASM_SETJMP_H
#define __ASM_SETJMP_H

#include <setjmp.h>

struct arch_jmp_buf {
	jmp_buf jb;
};

#define arch_setjmp(buf)	setjmp((buf)->jb)
#define arch_longjmp(buf, r)	longjmp((buf)->jb, (r))

#endif
