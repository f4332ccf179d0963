/* SPDX-License-Identifier: GPL-2.0 */
/* asm/exception.h - C handlers entry.S calls. Linux: arch/arm64/include/asm/exception.h. */
#ifndef __ASM_EXCEPTION_H
#define __ASM_EXCEPTION_H

#include <linux/types.h>

struct pt_regs;

void do_mem_abort(u64 far, u64 esr, struct pt_regs *regs);
void el1h_64_sync_handler(struct pt_regs *regs);
void el1h_64_irq_handler(struct pt_regs *regs);
void el1h_64_error_handler(struct pt_regs *regs);
void bad_mode(struct pt_regs *regs, int reason, u64 esr);
void el0t_64_sync_handler(struct pt_regs *regs);
void el0t_64_irq_handler(struct pt_regs *regs);
void el0t_64_error_handler(struct pt_regs *regs);
void arm64_force_sig_fault(int signo, int code, unsigned long far,
			   const char *str, struct pt_regs *regs, u64 esr);
void do_notify_resume(struct pt_regs *regs, unsigned long thread_flags);

#endif
