// SPDX-License-Identifier: GPL-2.0
/*
 * fs/exec.c - execve(): replace the calling task's program. Linux: the
 * same file (do_execveat_common, begin_new_exec, exec_mmap,
 * setup_arg_pages).
 *
 * For mm, exec is where an address space is born: a fresh mm_struct with
 * an empty page table replaces the old one (exec_mmap), the program's
 * segments become VMAs backed by the file (binfmt_elf.c), and a stack
 * VMA is made below STACK_TOP with the arguments copied into it. Nothing
 * is loaded: every page of the program arrives later by a page fault.
 *
 * Simplified: Linux copies argument strings into the new mm before the
 * point of no return (get_user_pages_remote on the new stack); we stage
 * them in one kernel page (so argv+envp are limited to 4 KB) and write
 * them with copy_to_user once the new mm is live. No #! scripts, no
 * set-uid, no close-on-exec (no fcntl), one binary format (ELF).
 * Linux's de_thread() ends the caller's other threads first; we skip it
 * because no test program execs from a thread: they would run on in the
 * old mm, which their own mm_users keep alive.
 */
#include <linux/kernel.h>
#include <linux/binfmts.h>
#include <linux/errno.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <asm/mmu_context.h>
#include <asm/uaccess.h>

#define STACK_INITIAL_SIZE	(128UL << 10)	/* Linux: stack_expand, 128 KB */

/* Append one string (kernel or user) to bprm->strings. */
static int copy_string(struct linux_binprm *bprm, const char *str, bool user)
{
	char *dst = bprm->strings + bprm->strings_len;
	long room = PAGE_SIZE - bprm->strings_len, len;

	if (user) {
		len = strncpy_from_user(dst, (const char __user *)str,
					min_t(long, room, MAX_ARG_STRLEN));
		if (len < 0)
			return -EFAULT;
	} else {
		len = strnlen(str, room);
		memcpy(dst, str, min(len + 1, room));
	}
	if (len >= room)
		return -E2BIG;
	bprm->strings_len += len + 1;
	return 0;
}

/* Copy a NULL-terminated vector of strings; returns how many or -errno. */
static int copy_strings(struct linux_binprm *bprm, const char *const *argv,
			bool user)
{
	int n, ret;

	for (n = 0; argv; n++) {
		const char *str;

		if (user) {
			if (copy_from_user(&str, (const void __user *)(argv + n),
					   sizeof(str)))
				return -EFAULT;
		} else {
			str = argv[n];
		}
		if (!str)
			break;
		if (n >= MAX_ARG_STRINGS)
			return -E2BIG;
		ret = copy_string(bprm, str, user);
		if (ret)
			return ret;
	}
	return n;
}

/*
 * Switch the task to the new mm. The old mm (or, for a kernel thread
 * becoming a user process, the borrowed active_mm) is let go. The old
 * mm's mmap_lock is held for read across the switch, so no one walking
 * its VMAs (a core dump, in Linux) sees it half-abandoned.
 */
static void exec_mmap(struct mm_struct *mm)
{
	struct task_struct *tsk = current;
	struct mm_struct *old_mm = tsk->mm, *active_mm = tsk->active_mm;
	unsigned long flags;

	if (old_mm)
		mmap_read_lock(old_mm);
	local_irq_save(flags);
	tsk->mm = mm;
	tsk->active_mm = mm;
	activate_mm(active_mm, mm);
	local_irq_restore(flags);
	if (old_mm) {
		mmap_read_unlock(old_mm);
		mmput(old_mm);
	}
	else
		mmdrop(active_mm);
}

/* The point of no return: from here a failure kills the task. */
int begin_new_exec(struct linux_binprm *bprm)
{
	exec_mmap(bprm->mm);
	bprm->mm = NULL;	/* the task owns it now */
	set_task_comm(current, kbasename(bprm->filename));
	flush_thread();		/* no thread pointer (TPIDR_EL0) yet */
	current->min_flt = current->maj_flt = 0;	/* as a new program */
	return 0;
}

/*
 * The stack VMA: STACK_INITIAL_SIZE below stack_top, growing down on
 * demand (VM_GROWSDOWN, arch/arm64/mm/fault.c) up to the stack rlimit.
 * The argument strings go at its top; *sp returns where they start.
 * The VMA goes in under mmap_lock for write; the strings are copied
 * after it is dropped, since the copy faults the stack pages in and the
 * fault takes mmap_lock itself.
 */
int setup_arg_pages(struct linux_binprm *bprm, unsigned long stack_top,
		    unsigned long *sp)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma = vm_area_alloc(mm);
	unsigned long p;

	if (!vma)
		return -ENOMEM;
	vma->vm_end = stack_top;
	vma->vm_start = stack_top - STACK_INITIAL_SIZE;
	vma->vm_flags = VM_STACK_FLAGS | mm->def_flags;
	vma->vm_page_prot = vm_get_page_prot(vma->vm_flags);
	vma_set_anonymous(vma);
	mmap_write_lock(mm);
	if (insert_vm_struct(mm, vma)) {
		mmap_write_unlock(mm);
		vm_area_free(vma);
		return -ENOMEM;
	}
	vm_stat_account(mm, vma->vm_flags, vma_pages(vma));
	mmap_write_unlock(mm);
	/* Linux leaves one word free at the very top */
	p = stack_top - sizeof(void *) - bprm->strings_len;
	if (copy_to_user((void __user *)p, bprm->strings, bprm->strings_len))
		return -EFAULT;
	mm->arg_start = p;
	*sp = p;
	return 0;
}

static int do_execve_common(const char *filename, const char *const *argv,
			    const char *const *envp, bool user)
{
	struct linux_binprm *bprm;
	loff_t pos = 0;
	int ret;

	bprm = kzalloc(sizeof(*bprm), GFP_KERNEL);
	if (!bprm)
		return -ENOMEM;
	bprm->filename = filename;
	ret = -ENOMEM;
	bprm->strings = (char *)__get_free_page(GFP_KERNEL);
	bprm->mm = mm_alloc();
	if (!bprm->strings || !bprm->mm)
		goto out;
	ret = copy_strings(bprm, argv, user);
	if (ret < 0)
		goto out;
	bprm->argc = ret;
	ret = copy_strings(bprm, envp, user);
	if (ret < 0)
		goto out;
	bprm->envc = ret;

	bprm->file = filp_open(filename, O_RDONLY, 0);
	if (IS_ERR(bprm->file)) {
		ret = PTR_ERR(bprm->file);
		bprm->file = NULL;
		goto out;
	}
	ret = kernel_read(bprm->file, bprm->buf, BINPRM_BUF_SIZE, &pos);
	if (ret >= 0)
		ret = load_elf_binary(bprm);
out:
	if (bprm->file)
		fput(bprm->file);
	if (bprm->mm)
		mmput(bprm->mm);
	if (bprm->strings)
		free_page((unsigned long)bprm->strings);
	kfree(bprm);
	return ret;
}

/* From a kernel thread becoming a user process (call_usermodehelper). */
int kernel_execve(const char *filename, const char *const *argv,
		  const char *const *envp)
{
	return do_execve_common(filename, argv, envp, false);
}

SYSCALL_DEFINE3(execve, const char __user *, filename,
		const char __user *const __user *, argv,
		const char __user *const __user *, envp)
{
	char *name = getname(filename);
	long ret;

	if (IS_ERR(name))
		return PTR_ERR(name);
	ret = do_execve_common(name, (const char *const *)argv,
			       (const char *const *)envp, true);
	putname(name);
	return ret;
}
