/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm64/kernel/entry.S - the exception vector table.
 * Linux: arch/arm64/kernel/entry.S.
 *
 * VBAR_EL1 points at 16 entries of 128 bytes: {sync, IRQ, FIQ, SError} for
 * each of {EL1 using SP_EL0, EL1 using SP_EL1, EL0 AArch64, EL0 AArch32}.
 * The kernel runs at EL1h; user programs at EL0 (AArch64). The EL1t and
 * AArch32 rows report "Bad mode". Each entry saves a full struct pt_regs
 * on the stack and calls C with it; from EL0 that is the top of the
 * task's kernel stack (SP_EL1), so task_pt_regs() finds the user's
 * registers. Also here: ret_to_user (signals and rescheduling on the way
 * out), ret_from_fork, and cpu_switch_to, the context switch itself.
 */
#include <asm/assembler.h>
#include <asm/ptrace.h>
#include <asm/thread_info.h>

	/*
	 * SP_EL0 holds `current` while at EL1 (asm/current.h). Coming from
	 * EL0 it holds the user's stack pointer: save that in pt_regs and
	 * load current from this CPU's __entry_task, which __switch_to()
	 * keeps.
	 */
	.macro	kernel_entry, el
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
	.if	\el == 0
	mrs	x21, sp_el0			// the user's sp
	ldr_this_cpu	x20, __entry_task, x19
	msr	sp_el0, x20			// current
	.else
	add	x21, sp, #PT_REGS_SIZE		// sp before the exception
	.endif
	mrs	x22, elr_el1
	mrs	x23, spsr_el1
	stp	lr, x21, [sp, #S_LR]
	stp	x22, x23, [sp, #S_PC]
	mov	x20, #-1			// NO_SYSCALL until el0_svc says
	str	x20, [sp, #S_SYSCALLNO]
	/* A frame record {fp, pc} so backtraces continue past the exception;
	 * from EL0 a zero record ends the chain (user frames aren't ours). */
	.if	\el == 0
	stp	xzr, xzr, [sp, #S_STACKFRAME]
	.else
	stp	x29, x22, [sp, #S_STACKFRAME]
	.endif
	add	x29, sp, #S_STACKFRAME
	.endm

	.macro	kernel_exit, el
	.if	\el == 0
	ldr	x23, [sp, #S_SP]		// the user's sp back into SP_EL0
	msr	sp_el0, x23
	.endif
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

	kernel_ventry	el0_sync		// EL0 AArch64: user space
	kernel_ventry	el0_irq
	kernel_ventry	el0_fiq_invalid
	kernel_ventry	el0_error

	kernel_ventry	el0_32_sync_invalid	// EL0 AArch32: never supported
	kernel_ventry	el0_32_irq_invalid
	kernel_ventry	el0_32_fiq_invalid
	kernel_ventry	el0_32_error_invalid
SYM_FUNC_END(vectors)

	/* handler: save pt_regs, call C(regs), restore, eret */
	.macro	entry_handler, label, cfunc
SYM_FUNC_START_LOCAL(\label)
	kernel_entry 1
	mov	x0, sp
	bl	\cfunc
	kernel_exit 1
SYM_FUNC_END(\label)
	.endm

	/* from EL0: the same, but leave through ret_to_user */
	.macro	entry_handler_el0, label, cfunc
SYM_FUNC_START_LOCAL(\label)
	kernel_entry 0
	mov	x0, sp
	bl	\cfunc
	b	ret_to_user
SYM_FUNC_END(\label)
	.endm

	/* invalid vector: report it with the vector's number */
	.macro	inv_handler, label, reason
SYM_FUNC_START_LOCAL(\label)
	kernel_entry 1
	mov	x0, sp
	mov	x1, #\reason
	mrs	x2, esr_el1
	bl	bad_mode
	kernel_exit 1
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
	entry_handler_el0	el0_sync, el0t_64_sync_handler
	entry_handler_el0	el0_irq, el0t_64_irq_handler
	entry_handler_el0	el0_error, el0t_64_error_handler
	inv_handler	el0_fiq_invalid, 2
	inv_handler	el0_32_sync_invalid, 0
	inv_handler	el0_32_irq_invalid, 1
	inv_handler	el0_32_fiq_invalid, 2
	inv_handler	el0_32_error_invalid, 3

/*
 * The way back to EL0: with interrupts masked, look at the thread flags;
 * if there is work (a reschedule the tick asked for, a fatal signal), do
 * it with do_notify_resume() and look again. Linux: ret_to_user and
 * exit_to_user_mode() in arch/arm64/kernel/entry-common.c.
 */
SYM_CODE_START(ret_to_user)
	msr	daifset, #2
	mrs	x1, sp_el0			// current
	ldr	x1, [x1, #TSK_TI_FLAGS]
	and	x2, x1, #_TIF_WORK_MASK
	cbnz	x2, 1f
	kernel_exit 0
1:	mov	x0, sp
	bl	do_notify_resume
	b	ret_to_user
SYM_CODE_END(ret_to_user)

/*
 * A new task's first instructions (copy_thread() points cpu_context.pc
 * here). x0 = the task we switched from. A kernel thread has its function
 * in x19 and argument in x20; if it returns it has exec'd a user program
 * (kernel_execve() filled pt_regs), so it, like a forked child, leaves
 * through ret_to_user. Linux: ret_from_fork in entry.S.
 */
SYM_CODE_START(ret_from_fork)
	bl	schedule_tail
	cbz	x19, 1f
	mov	x0, x20
	blr	x19
	bl	kthread_returned		// do_exit() unless it exec'd
1:	b	ret_to_user
SYM_CODE_END(ret_from_fork)

/*
 * cpu_switch_to(prev, next, prev_ctx, next_ctx): save the callee-saved
 * registers, sp and the return address into prev's cpu_context and load
 * next's; returning "returns" into wherever next last called this (or
 * ret_from_fork), with x0 still = prev. SP_EL0 becomes next: current.
 * Linux passes only prev and next and finds the context through
 * asm-offsets; the two extra pointers spare us that generated header.
 */
SYM_FUNC_START(cpu_switch_to)
	mov	x9, sp
	stp	x19, x20, [x2], #16
	stp	x21, x22, [x2], #16
	stp	x23, x24, [x2], #16
	stp	x25, x26, [x2], #16
	stp	x27, x28, [x2], #16
	stp	x29, x9, [x2], #16
	str	lr, [x2]
	ldp	x19, x20, [x3], #16
	ldp	x21, x22, [x3], #16
	ldp	x23, x24, [x3], #16
	ldp	x25, x26, [x3], #16
	ldp	x27, x28, [x3], #16
	ldp	x29, x9, [x3], #16
	ldr	lr, [x3]
	mov	sp, x9
	msr	sp_el0, x1
	ret
SYM_FUNC_END(cpu_switch_to)

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
