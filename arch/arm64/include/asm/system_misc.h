/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/system_misc.h - power off, restart, idle, interrupt masking.
 * Linux: arch/arm64/include/asm/system_misc.h, daifflags.h, processor.h.
 */
#ifndef __ASM_SYSTEM_MISC_H
#define __ASM_SYSTEM_MISC_H

#include <linux/compiler.h>
#include <linux/types.h>

struct pt_regs;

void __noreturn machine_power_off(void);
void __noreturn machine_restart(char *cmd);

/* The oops report (traps.c, fault.c) */
void __noreturn die(const char *str, struct pt_regs *regs, u64 err);
void show_pte(u64 addr);
const char *esr_fault_name(u64 esr);

/* Mask D, A, I and F: nothing may interrupt a panic. */
static inline void local_daif_mask(void)
{
	asm volatile("msr daifset, #0xf" : : : "memory");
}

static inline void cpu_relax(void)
{
	asm volatile("yield" : : : "memory");
}

static inline void cpu_do_idle(void)
{
	asm volatile("dsb sy; wfi" : : : "memory");
}

#endif
