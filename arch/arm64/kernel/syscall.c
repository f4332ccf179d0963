// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/kernel/syscall.c - `svc #0` from user space.
 * Linux: arch/arm64/kernel/syscall.c (el0_svc_common, invoke_syscall) and
 * sys.c (sys_call_table).
 *
 * The number is in x8, the arguments in x0..x5, the result goes back in
 * x0: a value, or -errno. The table maps numbers to __arm64_sys_* wrappers
 * (linux/syscalls.h); an unknown number gets -ENOSYS.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/spinlock.h>
#include <linux/syscalls.h>

#undef __SYSCALL
#define __SYSCALL(nr, sym)	long __arm64_##sym(const struct pt_regs *);
#include <uapi/asm-generic/unistd.h>

static long __arm64_sys_ni_syscall(const struct pt_regs *regs)
{
	return -ENOSYS;
}

#undef __SYSCALL
#define __SYSCALL(nr, sym)	[nr] = __arm64_##sym,

/* a default for every slot, then the real ones (Linux: -Wno-override-init) */
#pragma GCC diagnostic ignored "-Woverride-init"

static const syscall_fn_t sys_call_table[__NR_syscalls] = {
	[0 ... __NR_syscalls - 1] = __arm64_sys_ni_syscall,
#include <uapi/asm-generic/unistd.h>
};

static void invoke_syscall(struct pt_regs *regs, unsigned int scno)
{
	long ret;

	if (scno < __NR_syscalls)
		ret = sys_call_table[scno](regs);
	else
		ret = __arm64_sys_ni_syscall(regs);
	regs->regs[0] = ret;
}

/* Linux: el0_svc() -> do_el0_svc() -> el0_svc_common(). */
void el0_svc(struct pt_regs *regs)
{
	regs->orig_x0 = regs->regs[0];
	regs->syscallno = regs->regs[8];
	local_irq_enable();
	invoke_syscall(regs, regs->regs[8]);
	local_irq_disable();
}
