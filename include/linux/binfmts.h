/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/binfmts.h - what exec knows about the program being loaded.
 * Linux: include/linux/binfmts.h (struct linux_binprm).
 */
#ifndef _LINUX_BINFMTS_H
#define _LINUX_BINFMTS_H

#include <linux/types.h>

#define BINPRM_BUF_SIZE		256
#define MAX_ARG_STRINGS		64	/* Linux: 0x7fffffff, bounded by the stack rlimit */
#define MAX_ARG_STRLEN		4096	/* Linux: 32 pages per string */

struct file;
struct mm_struct;

struct linux_binprm {
	struct file *file;
	struct mm_struct *mm;		/* the new address space */
	const char *filename;		/* as given to execve */
	int argc, envc;
	/* argv then envp strings, NUL-separated, staged in one kernel page */
	char *strings;
	unsigned long strings_len;
	char buf[BINPRM_BUF_SIZE];	/* the file's first bytes */
};

int kernel_execve(const char *filename, const char *const *argv,
		  const char *const *envp);
int load_elf_binary(struct linux_binprm *bprm);

/* fs/exec.c, for the loader */
int begin_new_exec(struct linux_binprm *bprm);
int setup_arg_pages(struct linux_binprm *bprm, unsigned long stack_top,
		    unsigned long *sp);

#endif
