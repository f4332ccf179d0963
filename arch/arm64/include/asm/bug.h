/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/bug.h - BUG() and WARN() as a `brk #0x800` plus a __bug_table entry.
 * Linux: arch/arm64/include/asm/bug.h + asm-bug.h. The brk traps into
 * do_debug/brk handler (arch/arm64/kernel/traps.c), which finds the entry by
 * the faulting pc and prints "kernel BUG at file:line!" or the WARNING banner.
 */
#ifndef __ASM_BUG_H
#define __ASM_BUG_H

#define BUG_BRK_IMM	0x800

#ifndef __ASSEMBLY__
#include <linux/compiler.h>

struct bug_entry {
	int bug_addr_disp;	/* pc of the brk, relative to this field */
	int file_disp;		/* file name string, relative to this field */
	unsigned short line;
	unsigned short flags;
};

#define __BUG_FLAGS(flags)						\
	asm volatile("1:	brk	%[imm]\n"			\
		     ".pushsection __bug_table,\"aw\"\n"		\
		     ".align 2\n"					\
		     "2:	.long	1b - 2b\n"			\
		     "	.long	%c[file] - 2b - 4\n"			\
		     "	.short	%c[line], %c[fl]\n"			\
		     ".popsection\n"					\
		     : : [imm] "i" (BUG_BRK_IMM), [file] "i" (__FILE__), \
		       [line] "i" (__LINE__), [fl] "i" (flags))

#define BUG() do { __BUG_FLAGS(0); __builtin_unreachable(); } while (0)
#define __WARN_FLAGS(flags) __BUG_FLAGS(flags)

#endif /* !__ASSEMBLY__ */
#endif /* __ASM_BUG_H */
