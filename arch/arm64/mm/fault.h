/* SPDX-License-Identifier: GPL-2.0 */
/* Fault/oops entry points shared by traps.c and fault.c (Linux: asm/traps.h, asm/exception.h). */
#ifndef __ARM64_MM_FAULT_H
#define __ARM64_MM_FAULT_H

#include <linux/types.h>
#include <asm/ptrace.h>

void do_mem_abort(u64 far, u64 esr, struct pt_regs *regs);
void __noreturn die(const char *str, struct pt_regs *regs, u64 err);
void show_pte(u64 addr);
const char *esr_fault_name(u64 esr);

#endif
