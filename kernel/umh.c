// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/umh.c - the kernel starting a user program. Linux: the same
 * file (call_usermodehelper, call_usermodehelper_exec_async).
 *
 * A new task is made from the caller (user_mode_thread: no mm yet); its
 * first act is kernel_execve(), which gives it an address space and a
 * program; returning then leaves through ret_to_user into EL0. The caller
 * waits for it like a parent (kernel_wait4). Linux runs the helper from a
 * workqueue thread with its own credentials; we run it as our child.
 */
#include <linux/kernel.h>
#include <linux/binfmts.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/umh.h>

int files_init_console(struct task_struct *tsk);	/* fs/file.c */

struct subprocess_info {
	const char *path;
	char **argv;
	char **envp;
	int wait;
	int retval;		/* kernel_execve's result */
};

static int call_usermodehelper_exec_async(void *data)
{
	struct subprocess_info *sub_info = data;
	int retval;

	retval = files_init_console(current);
	if (!retval)
		retval = kernel_execve(sub_info->path,
				       (const char *const *)sub_info->argv,
				       (const char *const *)sub_info->envp);
	sub_info->retval = retval;
	if (sub_info->wait == UMH_NO_WAIT)
		kfree(sub_info);
	return retval;	/* 0: off to user space; else ret_from_fork exits */
}

int call_usermodehelper(const char *path, char **argv, char **envp, int wait)
{
	static char *default_envp[] = { "HOME=/", "PATH=/bin", NULL };
	struct subprocess_info *sub_info;
	int status = 0, ret;
	pid_t pid;

	sub_info = kzalloc(sizeof(*sub_info), GFP_KERNEL);
	if (!sub_info)
		return -ENOMEM;
	*sub_info = (struct subprocess_info){ path, argv,
					      envp ? envp : default_envp, wait, 0 };
	pid = user_mode_thread(call_usermodehelper_exec_async, sub_info,
			       SIGCHLD);
	if (pid < 0 || wait == UMH_NO_WAIT) {
		if (pid < 0)
			kfree(sub_info);
		return pid;
	}
	ret = kernel_wait4(pid, &status, 0, NULL);
	if (ret >= 0)
		ret = sub_info->retval < 0 ? sub_info->retval : status;
	kfree(sub_info);
	return ret;
}
