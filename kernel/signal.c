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
 *
 * A signal is thread-directed (tkill, tgkill, a fault's own signal): it
 * is pending on that thread, which acts on it; or process-directed
 * (kill, a terminal's Ctrl-C): it reaches the whole group. Terminating
 * is a group action either way: the thread that dequeues a fatal signal
 * calls do_group_exit(), and a process-directed one marks the group
 * SIGNAL_GROUP_EXIT and sends SIGKILL to every thread at once (Linux's
 * complete_signal(); Linux lets a core-dumping signal reach one thread,
 * which dumps and then ends the group: tinymm dumps no core).
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/task.h>
#include <linux/signal.h>
#include <linux/spinlock.h>
#include <linux/syscalls.h>

/*
 * Guards every task's pending mask and its TIF_SIGPENDING together: a
 * sender on one CPU and the task dequeuing on another must not lose a
 * bit or leave the flag clear with a signal pending; and every group's
 * SIGNAL_GROUP_EXIT and group_exit_code. Linux: each thread group's
 * sighand->siglock; one lock for all of them costs nothing on this
 * rarely taken path. Taken irqsave:
 * the terminal's interrupt sends signals. Nests inside tasklist_lock,
 * outside the run-queue lock.
 */
DEFINE_SPINLOCK(siglock);

static bool sig_ignored_by_default(int sig)
{
	return sig == SIGCHLD || sig == SIGCONT || sig == SIGURG ||
	       sig == SIGWINCH;
}

/*
 * Make @sig pending on @t and have it notice: a sleeper in wait4 or
 * nanosleep wakes with -EINTR; one running on another CPU is interrupted
 * at once by kick_process() (IPI_RESCHEDULE), so it sees TIF_SIGPENDING
 * on its way back to user space (Linux: signal_wake_up_state()). Caller
 * holds siglock.
 */
static void signal_wake_up(struct task_struct *t, int sig)
{
	t->pending |= 1UL << sig;
	set_tsk_thread_flag(t, TIF_SIGPENDING);
	if (!wake_up_process(t))
		kick_process(t);
}

/* A thread-directed signal: @p alone gets it. */
int send_sig(int sig, struct task_struct *p, int priv)
{
	unsigned long flags;

	if (sig <= 0 || sig >= _NSIG)
		return -EINVAL;
	if (sig_ignored_by_default(sig) || p->exit_state)
		return 0;
	spin_lock_irqsave(&siglock, flags);
	signal_wake_up(p, sig);
	spin_unlock_irqrestore(&siglock, flags);
	return 0;
}

/*
 * SIGKILL to every thread of @p's group but @p. Returns how many got it.
 * Linux: the same. Caller holds siglock, which keeps the thread list
 * still (threads join and leave it under siglock too).
 */
int zap_other_threads(struct task_struct *p)
{
	struct task_struct *t;
	int count = 0;

	for_each_thread(p, t) {
		if (t == p || t->exit_state)
			continue;
		count++;
		signal_wake_up(t, SIGKILL);
	}
	return count;
}

/* Linux: wants_signal() of any thread; none once all are in do_exit. */
static bool group_has_live_thread(struct task_struct *p)
{
	struct task_struct *t;

	for_each_thread(p, t)
		if (!(t->flags & PF_EXITING))
			return true;
	return false;
}

/*
 * A process-directed signal: the group of @p. A fatal one ends the
 * group: its code is @sig, and every thread gets SIGKILL (Linux:
 * complete_signal()'s fatal path). A group whose threads are all
 * exiting keeps the status it has. Caller holds tasklist_lock.
 */
int group_send_sig_info(int sig, struct task_struct *p)
{
	struct signal_struct *signal = p->signal;
	unsigned long flags;

	if (sig <= 0 || sig >= _NSIG)
		return -EINVAL;
	if (sig_ignored_by_default(sig))
		return 0;
	spin_lock_irqsave(&siglock, flags);
	if (!(signal->flags & SIGNAL_GROUP_EXIT) && group_has_live_thread(p)) {
		signal->flags = SIGNAL_GROUP_EXIT;
		signal->group_exit_code = sig;
		zap_other_threads(p);
		if (!p->exit_state)
			signal_wake_up(p, SIGKILL);
	}
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

/*
 * Default action of the next pending signal: terminate the thread group
 * (Linux: get_signal() -> do_group_exit()).
 */
void do_signal(struct pt_regs *regs)
{
	struct task_struct *tsk = current;
	unsigned long flags;
	int sig;

	spin_lock_irqsave(&siglock, flags);
	sig = dequeue_signal(tsk);
	spin_unlock_irqrestore(&siglock, flags);
	if (sig)
		do_group_exit(sig);	/* wait4 status: the signal number */
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
		ret = sig ? group_send_sig_info(sig, p) : 0;
	read_unlock(&tasklist_lock);
	return ret;
}

/*
 * tkill and tgkill: @sig to thread @pid alone; with @tgid > 0 only if it
 * belongs to that group (a recycled tid can't hit a stranger). Linux:
 * do_tkill() -> do_send_specific().
 */
static long do_tkill(pid_t tgid, pid_t pid, int sig)
{
	struct task_struct *p;
	long ret;

	read_lock(&tasklist_lock);
	p = find_task_by_pid(pid);
	if (!p || p->pid == 0 || (tgid > 0 && p->tgid != tgid))
		ret = -ESRCH;
	else if (p->flags & PF_KTHREAD)
		ret = -EPERM;
	else
		ret = sig ? send_sig(sig, p, 0) : 0;
	read_unlock(&tasklist_lock);
	return ret;
}

SYSCALL_DEFINE3(tgkill, pid_t, tgid, pid_t, pid, int, sig)
{
	if (pid <= 0 || tgid <= 0)
		return -EINVAL;
	return do_tkill(tgid, pid, sig);
}

SYSCALL_DEFINE2(tkill, pid_t, pid, int, sig)
{
	if (pid <= 0)
		return -EINVAL;
	return do_tkill(0, pid, sig);
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
		ret = group_send_sig_info(sig, p);
	}
	read_unlock(&tasklist_lock);
	return ret;
}
