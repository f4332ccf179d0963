// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/kunit_umh.c - user programs for the KUnit suites, writing
 * to /dev/kmsg (see kunit_umh.h). Linux's kselftests run from a shell
 * whose output a harness collects; here the kernel starts them, and
 * call_usermodehelper_setup()'s init hook rewires their descriptors in
 * the new task just before its exec, as Linux's callers set up a
 * helper's environment there.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/errno.h>
#include <linux/fcntl.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/umh.h>
#include "kunit_umh.h"

/* In the new task, before its exec: fds 1 and 2 to /dev/kmsg. */
int kunit_umh_stdout_to_kmsg(struct subprocess_info *info, struct cred *new)
{
	struct file *kmsg = kmsg_file_open(O_WRONLY);
	int ret;

	if (IS_ERR(kmsg))
		return PTR_ERR(kmsg);
	ret = replace_fd(1, kmsg, 0);
	if (ret >= 0)
		ret = replace_fd(2, kmsg, 0);
	fput(kmsg);
	return ret < 0 ? ret : 0;
}

int kunit_call_usermodehelper(const char *path, char **argv, char **envp,
			      int wait)
{
	struct subprocess_info *info;

	info = call_usermodehelper_setup(path, argv, envp, GFP_KERNEL,
					 kunit_umh_stdout_to_kmsg, NULL, NULL);
	if (!info)
		return -ENOMEM;
	return call_usermodehelper_exec(info, wait);
}
