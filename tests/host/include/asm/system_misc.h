/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Host twin of asm/system_misc.h: the waiting primitives as plain C (a
 * host thread standing in for a CPU spins with a compiler barrier; it
 * has no wfi), and the declarations the kernel's header makes.
 */
#ifndef __ASM_SYSTEM_MISC_H
#define __ASM_SYSTEM_MISC_H

#include <linux/compiler.h>
#include <linux/types.h>

struct pt_regs;

void __noreturn machine_power_off(void);
void __noreturn machine_restart(char *cmd);
void __noreturn die(const char *str, struct pt_regs *regs, u64 err);

static inline void local_daif_mask(void)
{
}

static inline void cpu_relax(void)
{
	__asm__ __volatile__("" : : : "memory");
}

static inline void cpu_do_idle(void)
{
	cpu_relax();
}

#endif
