/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/ptrace.h - struct pt_regs, the register frame entry.S saves on every
 * exception. Linux: arch/arm64/include/asm/ptrace.h (a subset of fields).
 * The offsets are fixed by hand for entry.S and checked in traps.c.
 */
#ifndef __ASM_PTRACE_H
#define __ASM_PTRACE_H

#define S_X0		0
#define S_X2		16
#define S_X4		32
#define S_X6		48
#define S_X8		64
#define S_X10		80
#define S_X12		96
#define S_X14		112
#define S_X16		128
#define S_X18		144
#define S_X20		160
#define S_X22		176
#define S_X24		192
#define S_X26		208
#define S_X28		224
#define S_LR		240
#define S_SP		248
#define S_PC		256
#define S_PSTATE	264
#define S_ORIG_X0	272
#define S_SYSCALLNO	280
#define S_STACKFRAME	288
#define PT_REGS_SIZE	304

#ifndef __ASSEMBLY__
#include <linux/types.h>

struct pt_regs {
	u64 regs[31];		/* x0..x30 (x30 = lr) */
	u64 sp;
	u64 pc;			/* ELR_EL1: where the exception was taken */
	u64 pstate;		/* SPSR_EL1 */
	u64 orig_x0;
	u64 syscallno;
	u64 stackframe[2];	/* {fp, pc}: lets the unwinder step over the exception */
};

#define PSR_MODE_MASK	0x0000000f
#define PSR_MODE_EL0t	0x00000000
#define user_mode(regs)	(((regs)->pstate & PSR_MODE_MASK) == PSR_MODE_EL0t)
#define instruction_pointer(regs)	((regs)->pc)

void show_regs(struct pt_regs *regs);
void __show_regs(struct pt_regs *regs);
#endif

#endif /* __ASM_PTRACE_H */
