// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/tty/tty_jobctrl.c - job control: which process group is in the
 * terminal's foreground. Linux: the same file (tty_get_pgrp, tiocspgrp).
 *
 * Only the foreground group gets the signals typed at the terminal. A
 * shell puts each program it starts into a group of its own
 * (setpgid), hands the terminal to that group while it waits for it
 * (tcsetpgrp, the TIOCSPGRP ioctl) and takes it back afterwards; so
 * Ctrl-C ends the program in the foreground and neither the shell nor
 * a job running in the background.
 *
 * Simplified: no sessions, so tiocspgrp() checks only that the group
 * exists (Linux also requires the caller's controlling terminal and a
 * group in its session, and stops a background caller with SIGTTOU); no
 * ioctl(2), so the shell, a kernel thread, calls tiocspgrp() directly.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/sched/task.h>
#include <linux/tty.h>

pid_t tty_get_pgrp(struct tty_struct *tty)
{
	return READ_ONCE(tty->pgrp);
}

/* The body of TIOCSPGRP: make pgrp the terminal's foreground group. */
int tiocspgrp(struct tty_struct *tty, pid_t pgrp)
{
	struct task_struct *p;
	int ret = -ESRCH;

	if (pgrp <= 0)
		return -EINVAL;
	read_lock(&tasklist_lock);
	for_each_process(p)
		if (task_pgrp_nr(p) == pgrp) {
			WRITE_ONCE(tty->pgrp, pgrp);
			ret = 0;
			break;
		}
	read_unlock(&tasklist_lock);
	return ret;
}
