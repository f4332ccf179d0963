/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/umh.h - the kernel starting a user program. Linux: the same
 * header, kernel/umh.c. The in-kernel tests and the shell's `exec` use it.
 */
#ifndef _LINUX_UMH_H
#define _LINUX_UMH_H

#include <linux/gfp.h>

#define UMH_NO_WAIT	0	/* don't wait at all */
#define UMH_WAIT_EXEC	1	/* wait for the exec, not the process */
#define UMH_WAIT_PROC	2	/* wait for the process to complete */

struct cred;
struct subprocess_info {
	const char *path;
	char **argv;
	char **envp;
	int wait;
	int retval;		/* kernel_execve's result */
	/*
	 * UMH_WAIT_EXEC: the caller, asleep until the helper has tried its
	 * exec; the helper clears it and wakes it. Linux: a completion.
	 */
	struct task_struct *waiter;
	/*
	 * Run in the new process just before the exec: the place to change
	 * its file descriptors or process group (the shell puts a program
	 * in a group of its own here). Linux passes the new credentials;
	 * tinymm has none, so new is NULL.
	 */
	int (*init)(struct subprocess_info *info, struct cred *new);
	void (*cleanup)(struct subprocess_info *info);
	void *data;		/* for init and cleanup */
};

/*
 * Run path as a new user process (a child of the caller). With
 * UMH_WAIT_PROC returns the wait4 status word (exit code << 8, or the
 * signal that killed it), else its pid; -errno if it couldn't start -
 * for UMH_NO_WAIT only if no task could be made: a failed exec then
 * shows as the child's exit. UMH_WAIT_EXEC returns the exec's own error
 * (Linux returns 0 for success; we return the pid, which the shell's
 * "exec ... &" prints).
 */
int call_usermodehelper(const char *path, char **argv, char **envp, int wait);
/*
 * The same in two steps, with init() run in the child before its exec.
 * Unlike Linux's, argv and envp are copied into info (the shell's
 * "exec ... &" can't promise its words outlive the call), so cleanup is
 * for data only and must not free info->argv.
 */
struct subprocess_info *call_usermodehelper_setup(const char *path,
		char **argv, char **envp, gfp_t gfp_mask,
		int (*init)(struct subprocess_info *info, struct cred *new),
		void (*cleanup)(struct subprocess_info *info), void *data);
int call_usermodehelper_exec(struct subprocess_info *info, int wait);

#endif
