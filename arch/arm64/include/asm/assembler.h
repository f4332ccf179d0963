/* SPDX-License-Identifier: GPL-2.0 */
/* asm/assembler.h - assembler macros. Linux: arch/arm64/include/asm/assembler.h. */
#ifndef __ASM_ASSEMBLER_H
#define __ASM_ASSEMBLER_H

/*
 * adr_l: address of a symbol, PC-relative (+/- 4 GB). Before the MMU is on
 * this yields the symbol's physical address, after it the virtual one.
 */
	.macro	adr_l, dst, sym
	adrp	\dst, \sym
	add	\dst, \dst, :lo12:\sym
	.endm

/*
 * ldr_this_cpu: load this CPU's copy of per-CPU variable \sym. TPIDR_EL1
 * holds this CPU's offset from the template (asm/percpu.h).
 */
	.macro	ldr_this_cpu, dst, sym, tmp
	adr_l	\dst, \sym
	mrs	\tmp, tpidr_el1
	ldr	\dst, [\dst, \tmp]
	.endm

/* mov_q: load a 64-bit constant in up to four instructions. */
	.macro	mov_q, reg, val
	movz	\reg, :abs_g3:\val
	movk	\reg, :abs_g2_nc:\val
	movk	\reg, :abs_g1_nc:\val
	movk	\reg, :abs_g0_nc:\val
	.endm

/* The smallest data cache line, from CTR_EL0.DminLine (log2 of words). */
	.macro	dcache_line_size, reg, tmp
	mrs	\tmp, ctr_el0
	ubfx	\tmp, \tmp, #16, #4
	mov	\reg, #4
	lsl	\reg, \reg, \tmp
	.endm

#define SYM_FUNC_START(name)	.globl name; .type name, %function; .balign 4; name:
#define SYM_FUNC_START_LOCAL(name)	.type name, %function; .balign 4; name:
#define SYM_CODE_START(name)	.globl name; .type name, %function; .balign 4; name:
#define SYM_CODE_END(name)	.size name, . - name
#define SYM_FUNC_END(name)	.size name, . - name

#endif
