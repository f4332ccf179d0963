// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/kernel/signal.c - the work done on the way back to EL0.
 * Linux: do_notify_resume() here (now exit_to_user_mode_loop()).
 * Called by ret_to_user with interrupts masked while TIF_NEED_RESCHED or
 * TIF_SIGPENDING is set; ret_to_user checks again afterwards, since a
 * tick may have arrived meanwhile.
 */
#include <linux/sched.h>
#include <linux/spinlock.h>

void do_notify_resume(struct pt_regs *regs, unsigned long thread_flags)
{
	thread_flags = READ_ONCE(current->thread_info.flags);
	if (thread_flags & _TIF_NEED_RESCHED) {
		schedule();
		return;
	}
	local_irq_enable();
	if (thread_flags & _TIF_SIGPENDING)
		do_signal(regs);
	local_irq_disable();
}
