// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/umh.c - the kernel starting a user program. Linux: the same
 * file (call_usermodehelper, call_usermodehelper_exec_async).
 *
 * A new task is made from the caller (user_mode_thread: it starts with no mm); its
 * first act is kernel_execve(), which gives it an address space and a
 * program; returning then leaves through ret_to_user into EL0. The caller
 * waits for it like a parent (kernel_wait4). Linux runs the helper from a
 * workqueue thread with its own credentials; we run it as our child.
 */
#include <linux/kernel.h>
#include <linux/binfmts.h>
#include <linux/errno.h>
#include <linux/file.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/umh.h>

/*
 * The child may run after the caller has returned (UMH_NO_WAIT): copy
 * path, argv and envp into one block it owns, pointers first, then the
 * strings. Linux leaves this to the caller (call_usermodehelper_setup's
 * argv must outlive the helper); the shell's "exec ... &" can't promise it.
 */
static size_t vec_size(char **v, int *n)
{
	size_t size = 0;

	for (*n = 0; v && v[*n]; (*n)++)
		size += strlen(v[*n]) + 1;
	return size;
}

static char **vec_copy(char **v, int n, char ***slot, char **str)
{
	char **out = *slot;
	int i;

	for (i = 0; i < n; i++) {
		size_t len = strlen(v[i]) + 1;

		memcpy(*str, v[i], len);
		out[i] = *str;
		*str += len;
	}
	out[n] = NULL;
	*slot += n + 1;
	return out;
}

/*
 * The helper to be: its program (envp NULL: HOME=/ and PATH=/bin), and
 * init() to run in the new task just before the exec (the place to change
 * its file descriptors or process group). Returns NULL without memory.
 * The caller then hands it to call_usermodehelper_exec(), which frees it.
 */
struct subprocess_info *call_usermodehelper_setup(const char *path,
		char **argv, char **envp, gfp_t gfp_mask,
		int (*init)(struct subprocess_info *info, struct cred *new),
		void (*cleanup)(struct subprocess_info *info), void *data)
{
	static char *default_envp[] = { "HOME=/", "PATH=/bin", NULL };
	struct subprocess_info *sub;
	size_t strs, ptrs;
	char **slot, *str;
	int argc, envc;

	if (!envp)
		envp = default_envp;
	strs = strlen(path) + 1 + vec_size(argv, &argc) + vec_size(envp, &envc);
	ptrs = (argc + envc + 2) * sizeof(char *);
	sub = kzalloc(sizeof(*sub) + ptrs + strs, gfp_mask);
	if (!sub)
		return NULL;
	slot = (char **)(sub + 1);
	str = (char *)slot + ptrs;
	sub->argv = vec_copy(argv, argc, &slot, &str);
	sub->envp = vec_copy(envp, envc, &slot, &str);
	memcpy(str, path, strlen(path) + 1);
	sub->path = str;
	sub->init = init;
	sub->cleanup = cleanup;
	sub->data = data;
	return sub;
}

static void call_usermodehelper_freeinfo(struct subprocess_info *info)
{
	if (info->cleanup)
		info->cleanup(info);
	kfree(info);
}

static void umh_complete(struct subprocess_info *sub_info);

static int call_usermodehelper_exec_async(void *data)
{
	struct subprocess_info *sub_info = data;
	int retval;

	retval = files_init_console(current);
	/* Linux passes the new credentials; tinymm has none, hence NULL */
	if (!retval && sub_info->init)
		retval = sub_info->init(sub_info, NULL);
	if (!retval)
		retval = kernel_execve(sub_info->path,
				       (const char *const *)sub_info->argv,
				       (const char *const *)sub_info->envp);
	sub_info->retval = retval;
	if (sub_info->wait == UMH_NO_WAIT)
		call_usermodehelper_freeinfo(sub_info);
	else if (sub_info->wait == UMH_WAIT_EXEC)
		umh_complete(sub_info);
	return retval;	/* 0: off to user space; else ret_from_fork exits */
}

/*
 * UMH_WAIT_EXEC: the exec has been tried; wake the caller. After this the
 * helper must not touch sub_info: the caller frees it. Linux: the same
 * name, over a completion.
 */
static void umh_complete(struct subprocess_info *sub_info)
{
	struct task_struct *waiter = sub_info->waiter;

	WRITE_ONCE(sub_info->waiter, NULL);
	wake_up_process(waiter);
	/*
	 * Let the caller go first, as CFS's wakeup preemption usually does in
	 * Linux (tinymm's scheduler never preempts on a wakeup): on one CPU
	 * the shell says "started as pid N" before the program's first line.
	 * With several, the caller may wake on another CPU and both run at
	 * once, so the two lines come in either order, as in Linux.
	 */
	schedule();
}

/* The caller's side: sleep until umh_complete() has run. */
static void umh_wait_exec(struct subprocess_info *sub_info)
{
	for (;;) {
		set_current_state(TASK_UNINTERRUPTIBLE);
		if (!READ_ONCE(sub_info->waiter))
			break;
		schedule();
	}
	set_current_state(TASK_RUNNING);
}

/*
 * Start the helper and, as wait says, return at once (its pid), wait for
 * its exec (its pid, or the exec's -errno, the failed helper reaped), or
 * wait for it to end (the wait4 status word); -errno if it couldn't
 * start. Frees sub_info. May sleep.
 */
int call_usermodehelper_exec(struct subprocess_info *sub_info, int wait)
{
	int status = 0, ret;
	pid_t pid;

	if (!sub_info)		/* Linux's callers check; ours pass it on */
		return -ENOMEM;
	sub_info->wait = wait;
	sub_info->waiter = current;
	pid = user_mode_thread(call_usermodehelper_exec_async, sub_info,
			       SIGCHLD);
	if (pid < 0 || wait == UMH_NO_WAIT) {
		if (pid < 0)
			call_usermodehelper_freeinfo(sub_info);
		return pid;
	}
	if (wait == UMH_WAIT_EXEC) {
		umh_wait_exec(sub_info);
		ret = sub_info->retval;
		call_usermodehelper_freeinfo(sub_info);
		if (ret < 0)	/* the helper is exiting: leave no zombie */
			kernel_wait4(pid, &status, 0, NULL);
		return ret < 0 ? ret : pid;
	}
	ret = kernel_wait4(pid, &status, 0, NULL);
	if (ret >= 0)
		ret = sub_info->retval < 0 ? sub_info->retval : status;
	call_usermodehelper_freeinfo(sub_info);
	return ret;
}

int call_usermodehelper(const char *path, char **argv, char **envp, int wait)
{
	return call_usermodehelper_exec(call_usermodehelper_setup(path, argv,
			envp, GFP_KERNEL, NULL, NULL, NULL), wait);
}
