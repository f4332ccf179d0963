/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/processor.h - a task's saved CPU state and how a user thread starts.
 * Linux: arch/arm64/include/asm/processor.h.
 *
 * cpu_switch_to() saves only the callee-saved registers (x19-x28, fp, sp,
 * pc): the switch is a function call, so the compiler has already saved
 * the rest. The user's registers are in pt_regs at the top of the stack.
 * Linux also saves FP/SIMD and TLS registers; tinymm's kernel and user
 * programs are built -mgeneral-regs-only and EL0 FP use traps, so there
 * is no FP state to switch.
 */
#ifndef __ASM_PROCESSOR_H
#define __ASM_PROCESSOR_H

/*
 * The user address space: 48-bit VAs through TTBR0, [0, 1 << 48). The
 * stack starts at the top (no randomization); the legacy bottom-up mmap
 * layout starts at a quarter of it.
 */
#define TASK_SIZE_64		(UL(1) << 48)
#define TASK_SIZE		TASK_SIZE_64
#define DEFAULT_MAP_WINDOW	TASK_SIZE_64
#define STACK_TOP		TASK_SIZE
#define TASK_UNMAPPED_BASE	PAGE_ALIGN(DEFAULT_MAP_WINDOW / 4)

#ifndef __ASSEMBLY__
#include <linux/types.h>
#include <asm/ptrace.h>

struct cpu_context {
	u64 x19, x20, x21, x22, x23, x24, x25, x26, x27, x28;
	u64 fp;
	u64 sp;
	u64 pc;
};

struct thread_struct {
	struct cpu_context cpu_context;	/* callee-saved state at the switch */
	/* the last fatal fault (Linux fills siginfo from them; GDB can look) */
	unsigned long fault_address;	/* FAR */
	unsigned long fault_code;	/* ESR */
	struct {
		unsigned long tp_value;	/* TPIDR_EL0 while switched out */
	} uw;
};

/* arch/arm64/kernel/process.c */
void tls_preserve_current_state(void);
void flush_thread(void);

struct task_struct;
#define task_pt_regs(p) \
	((struct pt_regs *)((unsigned long)(p)->stack + THREAD_SIZE) - 1)

#define PSR_MODE_EL0t_ALL	0x00000000	/* EL0, AArch64, all DAIF clear */

static inline void start_thread(struct pt_regs *regs, unsigned long pc,
				unsigned long sp)
{
	__builtin_memset(regs, 0, sizeof(*regs));
	regs->pc = pc;
	regs->sp = sp;
	regs->pstate = PSR_MODE_EL0t_ALL;
}

struct task_struct *__switch_to(struct task_struct *prev,
				struct task_struct *next);
#endif

#endif
