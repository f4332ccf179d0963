/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tests/kernel/kunit_umh.h - how a KUnit suite runs a user program: as
 * call_usermodehelper(), but with the program's standard output and error
 * on /dev/kmsg, so what it prints joins the test log as kernel messages
 * with the same prefix as KUnit's own lines (one uniform KTAP stream).
 */
#ifndef _TESTS_KERNEL_KUNIT_UMH_H
#define _TESTS_KERNEL_KUNIT_UMH_H

int kunit_call_usermodehelper(const char *path, char **argv, char **envp,
			      int wait);
/* The init hook that does it, for a suite with an init hook of its own. */
struct subprocess_info;
struct cred;
int kunit_umh_stdout_to_kmsg(struct subprocess_info *info, struct cred *new);

#endif
