// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/signal.c - sending signals. Linux: kernel/signal.c.
 *
 * A signal is a pending bit plus TIF_SIGPENDING; the task acts on it on
 * its way back to user space (arch/arm64/kernel/signal.c). Here every
 * signal has its default action only: ignore for SIGCHLD, SIGCONT, SIGURG
 * and SIGWINCH, terminate for the rest (SIGINT from the terminal's Ctrl-C
 * among them). Linux also runs user handlers on
 * a signal frame, stops and continues tasks, and keeps siginfo queues; we
 * skip all of it because tinymm's signals exist to end a task that made
 * a bad memory access.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/sched/task.h>
#include <linux/signal.h>
#include <linux/spinlock.h>

/*
 * Guards every task's pending mask and its TIF_SIGPENDING together: a
 * sender on one CPU and the task dequeuing on another must not lose a
 * bit or leave the flag clear with a signal pending. Linux: each task's
 * sighand->siglock; tinymm's tasks share no sighand, and one lock for
 * all of them costs nothing on this rarely taken path. Taken irqsave:
 * the terminal's interrupt sends signals. Nests inside tasklist_lock,
 * outside the run-queue lock.
 */
static DEFINE_SPINLOCK(siglock);

static bool sig_ignored_by_default(int sig)
{
	return sig == SIGCHLD || sig == SIGCONT || sig == SIGURG ||
	       sig == SIGWINCH;
}

int send_sig(int sig, struct task_struct *p, int priv)
{
	unsigned long flags;

	if (sig <= 0 || sig >= _NSIG)
		return -EINVAL;
	if (sig_ignored_by_default(sig) || p->exit_state)
		return 0;
	spin_lock_irqsave(&siglock, flags);
	p->pending |= 1UL << sig;
	set_tsk_thread_flag(p, TIF_SIGPENDING);
	/* a sleeper in wait4 or nanosleep gets -EINTR; one running elsewhere
	 * is interrupted (Linux: signal_wake_up_state()) */
	if (!wake_up_process(p))
		kick_process(p);
	spin_unlock_irqrestore(&siglock, flags);
	return 0;
}

bool signal_pending(struct task_struct *p)
{
	return test_tsk_thread_flag(p, TIF_SIGPENDING);
}

/*
 * The current task did something fatal (a bad access, an undefined
 * instruction). Linux fills a siginfo (code, addr) for the handler; with
 * no handlers we keep the address for the report only.
 */
void force_sig_fault(int signo, int code, unsigned long addr)
{
	current->thread.fault_address = addr;
	send_sig(signo, current, 1);
}

/*
 * The lowest pending signal, or 0 if none (then the flag goes). Caller
 * holds siglock.
 */
static int dequeue_signal(struct task_struct *tsk)
{
	int sig = 0;

	if (tsk->pending) {
		sig = __ffs(tsk->pending);
		tsk->pending &= ~(1UL << sig);
	}
	if (!tsk->pending)
		clear_tsk_thread_flag(tsk, TIF_SIGPENDING);
	return sig;
}

/* Default action of the next pending signal: terminate. */
void do_signal(struct pt_regs *regs)
{
	struct task_struct *tsk = current;
	unsigned long flags;
	int sig;

	spin_lock_irqsave(&siglock, flags);
	sig = dequeue_signal(tsk);
	spin_unlock_irqrestore(&siglock, flags);
	if (sig)
		do_exit(sig);	/* wait4 status: the signal number */
}

/* kill(2). Linux: kill_pid_info(), which looks the task up under RCU. */
long kill_pid(pid_t pid, int sig)
{
	struct task_struct *p;
	long ret;

	read_lock(&tasklist_lock);
	p = pid > 0 ? find_task_by_pid(pid) : NULL;
	if (!p || p->pid == 0)
		ret = -ESRCH;
	else if (p->flags & PF_KTHREAD)
		ret = -EPERM;	/* Linux ignores signals to kernel threads */
	else
		ret = sig ? send_sig(sig, p, 0) : 0;
	read_unlock(&tasklist_lock);
	return ret;
}

/*
 * Every process in group pgrp: how a terminal's Ctrl-C reaches the
 * foreground job (n_tty's isig()). Kernel threads are skipped, as they
 * ignore signals in Linux; so is init, which Linux protects from signals
 * it has no handler for (SIGNAL_UNKILLABLE). Linux walks the group's
 * struct pid list under tasklist_lock; we scan every task, under the same
 * lock for reading. The caller may be the UART's interrupt handler:
 * every writer takes the lock with interrupts off, so the handler never
 * spins on a writer of its own CPU. -ESRCH if nobody got it.
 */
int kill_pgrp(pid_t pgrp, int sig, int priv)
{
	struct task_struct *p;
	int ret = -ESRCH;

	if (pgrp <= 0)
		return -ESRCH;
	read_lock(&tasklist_lock);
	for_each_process(p) {
		if (task_pgrp_nr(p) != pgrp || (p->flags & PF_KTHREAD) ||
		    p->pid == 1)
			continue;
		ret = send_sig(sig, p, priv);
	}
	read_unlock(&tasklist_lock);
	return ret;
}
