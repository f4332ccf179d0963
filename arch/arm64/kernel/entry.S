/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm64/kernel/entry.S - the exception vector table.
 * Linux: arch/arm64/kernel/entry.S.
 *
 * VBAR_EL1 points at 16 entries of 128 bytes: {sync, IRQ, FIQ, SError} for
 * each of {EL1 using SP_EL0, EL1 using SP_EL1, EL0 AArch64, EL0 AArch32}.
 * tinymm runs at EL1h only (EL0 comes with user address spaces), so only
 * the "EL1h" row has real handlers; the others report "Bad mode".
 * Each entry saves a full struct pt_regs on the stack and calls C with it.
 */
#include <asm/assembler.h>
#include <asm/ptrace.h>

	.macro	kernel_entry
	sub	sp, sp, #PT_REGS_SIZE
	stp	x0, x1, [sp, #S_X0]
	stp	x2, x3, [sp, #S_X2]
	stp	x4, x5, [sp, #S_X4]
	stp	x6, x7, [sp, #S_X6]
	stp	x8, x9, [sp, #S_X8]
	stp	x10, x11, [sp, #S_X10]
	stp	x12, x13, [sp, #S_X12]
	stp	x14, x15, [sp, #S_X14]
	stp	x16, x17, [sp, #S_X16]
	stp	x18, x19, [sp, #S_X18]
	stp	x20, x21, [sp, #S_X20]
	stp	x22, x23, [sp, #S_X22]
	stp	x24, x25, [sp, #S_X24]
	stp	x26, x27, [sp, #S_X26]
	stp	x28, x29, [sp, #S_X28]
	add	x21, sp, #PT_REGS_SIZE		// sp before the exception
	mrs	x22, elr_el1
	mrs	x23, spsr_el1
	stp	lr, x21, [sp, #S_LR]
	stp	x22, x23, [sp, #S_PC]
	/* A frame record {fp, pc} so backtraces continue past the exception. */
	stp	x29, x22, [sp, #S_STACKFRAME]
	add	x29, sp, #S_STACKFRAME
	.endm

	.macro	kernel_exit
	ldp	x21, x22, [sp, #S_PC]		// pc may have been changed (fixup, WARN)
	msr	elr_el1, x21
	msr	spsr_el1, x22
	ldp	x0, x1, [sp, #S_X0]
	ldp	x2, x3, [sp, #S_X2]
	ldp	x4, x5, [sp, #S_X4]
	ldp	x6, x7, [sp, #S_X6]
	ldp	x8, x9, [sp, #S_X8]
	ldp	x10, x11, [sp, #S_X10]
	ldp	x12, x13, [sp, #S_X12]
	ldp	x14, x15, [sp, #S_X14]
	ldp	x16, x17, [sp, #S_X16]
	ldp	x18, x19, [sp, #S_X18]
	ldp	x20, x21, [sp, #S_X20]
	ldp	x22, x23, [sp, #S_X22]
	ldp	x24, x25, [sp, #S_X24]
	ldp	x26, x27, [sp, #S_X26]
	ldp	x28, x29, [sp, #S_X28]
	ldr	lr, [sp, #S_LR]
	add	sp, sp, #PT_REGS_SIZE
	eret
	.endm

	/* One 128-byte vector slot: branch to the handler stub. */
	.macro	kernel_ventry, label
	.balign	128
	b	\label
	.endm

	.section ".entry.text", "ax"
	.balign	2048
SYM_FUNC_START(vectors)
	kernel_ventry	el1t_sync_invalid	// EL1 with SP_EL0
	kernel_ventry	el1t_irq_invalid
	kernel_ventry	el1t_fiq_invalid
	kernel_ventry	el1t_error_invalid

	kernel_ventry	el1h_sync		// EL1 with SP_EL1: the kernel
	kernel_ventry	el1h_irq
	kernel_ventry	el1h_fiq_invalid
	kernel_ventry	el1h_error

	kernel_ventry	el0_sync_invalid	// EL0 AArch64 (user space, later)
	kernel_ventry	el0_irq_invalid
	kernel_ventry	el0_fiq_invalid
	kernel_ventry	el0_error_invalid

	kernel_ventry	el0_32_sync_invalid	// EL0 AArch32: never supported
	kernel_ventry	el0_32_irq_invalid
	kernel_ventry	el0_32_fiq_invalid
	kernel_ventry	el0_32_error_invalid
SYM_FUNC_END(vectors)

	/* handler: save pt_regs, call C(regs), restore, eret */
	.macro	entry_handler, label, cfunc
SYM_FUNC_START_LOCAL(\label)
	kernel_entry
	mov	x0, sp
	bl	\cfunc
	kernel_exit
SYM_FUNC_END(\label)
	.endm

	/* invalid vector: report it with the vector's number */
	.macro	inv_handler, label, reason
SYM_FUNC_START_LOCAL(\label)
	kernel_entry
	mov	x0, sp
	mov	x1, #\reason
	mrs	x2, esr_el1
	bl	bad_mode
	kernel_exit
SYM_FUNC_END(\label)
	.endm

	entry_handler	el1h_sync, el1h_64_sync_handler
	entry_handler	el1h_irq, el1h_64_irq_handler
	entry_handler	el1h_error, el1h_64_error_handler

	inv_handler	el1t_sync_invalid, 0
	inv_handler	el1t_irq_invalid, 1
	inv_handler	el1t_fiq_invalid, 2
	inv_handler	el1t_error_invalid, 3
	inv_handler	el1h_fiq_invalid, 2
	inv_handler	el0_sync_invalid, 0
	inv_handler	el0_irq_invalid, 1
	inv_handler	el0_fiq_invalid, 2
	inv_handler	el0_error_invalid, 3
	inv_handler	el0_32_sync_invalid, 0
	inv_handler	el0_32_irq_invalid, 1
	inv_handler	el0_32_fiq_invalid, 2
	inv_handler	el0_32_error_invalid, 3

	.text
/* arch_setjmp(buf) / arch_longjmp(buf, ret): see asm/setjmp.h */
SYM_FUNC_START(arch_setjmp)
	stp	x19, x20, [x0, #0]
	stp	x21, x22, [x0, #16]
	stp	x23, x24, [x0, #32]
	stp	x25, x26, [x0, #48]
	stp	x27, x28, [x0, #64]
	stp	x29, x30, [x0, #80]
	mov	x1, sp
	mrs	x2, daif
	stp	x1, x2, [x0, #96]
	mov	x0, #0
	ret
SYM_FUNC_END(arch_setjmp)

SYM_FUNC_START(arch_longjmp)
	ldp	x19, x20, [x0, #0]
	ldp	x21, x22, [x0, #16]
	ldp	x23, x24, [x0, #32]
	ldp	x25, x26, [x0, #48]
	ldp	x27, x28, [x0, #64]
	ldp	x29, x30, [x0, #80]
	ldp	x2, x3, [x0, #96]
	mov	sp, x2
	msr	daif, x3
	cmp	x1, #0
	cinc	x0, x1, eq			// never return 0 from a longjmp
	ret
SYM_FUNC_END(arch_longjmp)
