// SPDX-License-Identifier: GPL-2.0
/*
 * tinymm/shell/proc_shell.c - shell commands to look at processes: ps, exec,
 * maps and pt, so a student can run a program and watch its address
 * space from the outside:
 *
 *   tinymm> exec /bin/demo
 *   tinymm> exec /bin/sleep 100 &  (in the background: look at it meanwhile)
 *   tinymm> ps                    (PID, state, RSS, VSZ, faults, CPU)
 *   tinymm> ps -L                 (one row per thread: LWP, NLWP)
 *   tinymm> maps 2                (its VMAs, as /proc/2/maps)
 *   tinymm> pt 2 0x400000         (the four page-table levels of one address)
 *   tinymm> pt 0 start_kernel     (a kernel address: swapper_pg_dir's walk)
 *
 * Linux: ps reads /proc/<pid>/stat and /proc/<pid>/statm (fs/proc/array.c:
 * task_state_array, do_task_stat); maps is /proc/<pid>/maps
 * (fs/proc/task_mmu.c); exec is what a shell does with fork + execve +
 * wait4, here call_usermodehelper() (kernel/umh.c), which is how the
 * kernel itself starts user programs; wait and kill are the shell's
 * builtins over wait4 and kill(2). As bash with job control, exec makes
 * each program a process group of its own (setpgid) and, in the
 * foreground, the terminal's foreground group (tcsetpgrp), so the
 * terminal's Ctrl-C reaches that program and nothing else. pt is
 * tinymm's: Linux shows a walk only in an oops (arm64 show_pte()) or, for
 * the kernel's own tables, in /sys/kernel/debug/kernel_page_tables.
 *
 * A task on another CPU may exit while a command looks at it: ps holds
 * tasklist_lock, which keeps every listed task_struct (a reaped task
 * leaves the list under it for writing); the walks hold the mm (mmget),
 * as Linux does, and its mmap_lock for read while we look at its VMAs.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/errno.h>
#include <linux/kallsyms.h>
#include <linux/mm.h>
#include <linux/proc_fs.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/mm.h>
#include <linux/seq_file.h>
#include <linux/sched/task.h>
#include <linux/signal.h>
#include <linux/string.h>
#include <linux/tty.h>
#include <linux/umh.h>
#include <asm/memory.h>
#include <tinymm/shell.h>

/* ---- ps ---- */

/*
 * Linux: fs/proc/array.c task_state_array, indexed by the highest bit of
 * (__state | exit_state) & TASK_REPORT: R S D T t X Z P, then I (idle).
 */
static const char task_state_letters[] = "RSDTtXZPI";
#define TASK_REPORT	0x7f

static unsigned int task_state_index(struct task_struct *tsk)
{
	unsigned int state = (READ_ONCE(tsk->__state) | tsk->exit_state) &
			     TASK_REPORT;

	return fls(state);
}

static char task_state_to_char(struct task_struct *tsk)
{
	return task_state_letters[task_state_index(tsk)];
}

/*
 * The ps line of one task; kernel threads have no mm: RSS and VSZ 0.
 * COMMAND is the task's own name: a shell command runs inside init's
 * run_as_task() frame, which renames init while it runs (so an oops names
 * the command), but it is not a process - in Linux, ps would list the
 * shell under its own name and ps as a process of its own - so init stays
 * "init" here, also while ps itself runs.
 */
static void ps_show_task(struct task_struct *p, bool threads)
{
	unsigned long rss = 0, vsz = 0;
	struct mm_struct *mm = p->mm;

	if (mm) {
		rss = get_mm_rss(mm) << (PAGE_SHIFT - 10);
		vsz = mm->total_vm << (PAGE_SHIFT - 10);
	}
	shell_printf("%5d ", p->tgid);
	if (threads)
		shell_printf("%5d ", p->pid);
	shell_printf("%5d ", p->real_parent ? p->real_parent->tgid : 0);
	if (threads)
		shell_printf("%4d ", get_nr_threads(p));
	shell_printf("%c %6lu %7lu %7lu %3u %s\n", task_state_to_char(p), rss,
		     vsz, p->min_flt, task_cpu(p), task_base_comm(p));
}

/*
 * The columns of `ps -eo pid,ppid,s,rss,vsz,min_flt,psr,comm`: one row per
 * process (its leader's), RSS and VSZ in KiB (resident pages, mapped
 * pages), MINFLT the faults that needed no I/O, PSR the CPU the task runs
 * on or last ran on (/proc/<pid>/stat's "processor", task_cpu()). `ps -L`
 * is `ps -eLo pid,lwp,ppid,nlwp,...`: one row per thread, LWP its tid,
 * NLWP its group's threads; a thread's MINFLT and PSR are its own. Like
 * ps, pid 0 (the idle task) is not listed.
 */
static int cmd_ps(int argc, char **argv)
{
	bool threads = argc == 2 && !strcmp(argv[1], "-L");
	struct task_struct *g, *p;

	if (argc > 2 || (argc == 2 && !threads)) {
		shell_printf("usage: ps [-L]\n");
		return -EINVAL;
	}
	if (threads)
		shell_printf("  PID   LWP  PPID NLWP S    RSS     VSZ  MINFLT PSR COMMAND\n");
	else
		shell_printf("  PID  PPID S    RSS     VSZ  MINFLT PSR COMMAND\n");
	read_lock(&tasklist_lock);
	for_each_process(g) {
		if (!threads) {
			ps_show_task(g, false);
			continue;
		}
		for_each_thread(g, p)
			ps_show_task(p, true);
	}
	read_unlock(&tasklist_lock);
	return 0;
}
SHELL_CMD("ps", cmd_ps, "processes: pid, parent, state, RSS/VSZ in KiB, minor faults, CPU");

/* ---- exec, wait, kill ---- */

#define EXEC_MAX_ARGS	16

/* How a child ended, from its wait4 status word (WIFEXITED, WTERMSIG). */
static void show_status(const char *cmd, const char *what, int status)
{
	if ((status & 0x7f) == 0)
		shell_printf("%s %s exited with status %d\n", cmd, what,
			     (status >> 8) & 0xff);
	else
		shell_printf("%s %s killed by signal %d\n", cmd, what, status & 0x7f);
}

/*
 * In the child, before the exec: a process group of its own, and for a
 * foreground job (data: the terminal) the terminal's foreground. bash's
 * child does the same after fork (setpgid, then tcsetpgrp); the parent
 * would too, but here the shell can't run before the child does: it
 * only waits.
 */
static int exec_job_init(struct subprocess_info *info, struct cred *new)
{
	struct tty_struct *tty = info->data;

	ksys_setpgid(0, 0);
	if (tty)
		tiocspgrp(tty, task_pgrp_nr(current));
	return 0;
}

/*
 * Run a program as a child of the shell and wait for it, as a shell's
 * fork + execve + wait4, with the terminal in cooked mode and in the
 * program's hands until it ends (^C is SIGINT for it). With a last
 * argument "&" wait only for its exec (a program that can't start is
 * an error at once): the child runs in the background (ps, maps
 * and pt can look at it meanwhile) and stays a zombie (state Z) after it
 * exits until "wait" reaps it; ^C doesn't reach it.
 */
static int cmd_exec(int argc, char **argv)
{
	static char *envp[] = { "HOME=/", "TERM=linux", "PATH=/bin", NULL };
	char *args[EXEC_MAX_ARGS + 1];
	bool background = argc > 2 && !strcmp(argv[argc - 1], "&");
	int i, ret;

	if (background)
		argc--;
	if (argc < 2 || argc - 1 > EXEC_MAX_ARGS) {
		shell_printf("usage: exec <path> [args...] [&], e.g. exec /bin/demo\n");
		return -EINVAL;
	}
	/* argv[0] of the program is its path, as a shell passes it */
	for (i = 1; i < argc; i++)
		args[i - 1] = argv[i];
	args[argc - 1] = NULL;

	if (background) {
		/* the exec's error, if any, is said now, not as an exit status */
		ret = call_usermodehelper_exec(call_usermodehelper_setup(argv[1],
				args, envp, GFP_KERNEL, exec_job_init, NULL,
				NULL), UMH_WAIT_EXEC);
		if (ret < 0)
			shell_error(ret, "exec: %s", argv[1]);
		else
			shell_printf("exec: %s started as pid %d\n", argv[1], ret);
		return ret < 0 ? ret : 0;
	}
	shell_deprep_terminal();
	ret = call_usermodehelper_exec(call_usermodehelper_setup(argv[1], args,
			envp, GFP_KERNEL, exec_job_init, NULL, shell_tty()),
			UMH_WAIT_PROC);
	/* the terminal back to the shell (bash: give_terminal_to) */
	if (shell_tty())
		tiocspgrp(shell_tty(), task_pgrp_nr(current));
	shell_prep_terminal();
	if (ret < 0) {
		shell_error(ret, "exec: %s", argv[1]);
		return ret;
	}
	/*
	 * After ^C the cursor sits behind the echoed "^C": start a new line
	 * first, as bash does for a job that SIGINT ended.
	 */
	if ((ret & 0x7f) == SIGINT)
		shell_printf("\n");
	show_status("exec:", argv[1], ret);
	return 0;
}
SHELL_CMD("exec", cmd_exec, "exec <path> [args] [&]: run a program, wait for it (& : don't)");

/*
 * Reap a child the shell started with "exec ... &" (wait4). A pid that is
 * not a child gets bash's words for it; other errors their strerror().
 */
static int cmd_wait(int argc, char **argv)
{
	char what[32];
	int pid = -1, status;
	long ret;

	if (argc > 2 || (argc == 2 && kstrtoint(argv[1], 0, &pid))) {
		shell_printf("usage: wait [pid]\n");
		return -EINVAL;
	}
	ret = kernel_wait4(pid, &status, 0, NULL);
	if (ret < 0) {
		if (ret == -ECHILD && pid > 0)
			shell_printf("wait: pid %d is not a child of this shell\n",
				     pid);
		else
			shell_error(ret, "wait");
		return ret;
	}
	snprintf(what, sizeof(what), "pid %ld", ret);
	show_status("wait:", what, status);
	return 0;
}
SHELL_CMD("wait", cmd_wait, "wait [pid]: wait for a background child, print its status");

/*
 * kill(1): a signal to a user process (default SIGTERM). What goes wrong
 * is said as bash's kill builtin says it: "kill: 65: invalid signal
 * specification" for a number that is no signal, "kill: (99) - No such
 * process" for what kill(2) refused. A kernel thread takes no signal
 * from user space (Linux: sig_task_ignored() for SIGKILL, unkillable
 * otherwise); we refuse it, as kill(2) of pid 1 does without a handler.
 * Signal 0 only asks whether the process exists, as in kill(2). Linux's
 * valid_signal() also takes 64; tinymm keeps signal n in bit n of one
 * long (task_struct.pending), so its last is 63.
 */
static int cmd_kill(int argc, char **argv)
{
	int pid, sig = SIGTERM, err;
	struct task_struct *p;

	if (argc < 2 || argc > 3 || kstrtoint(argv[1], 0, &pid)) {
		shell_printf("usage: kill <pid> [signal number, default 15 (SIGTERM)]\n");
		return -EINVAL;
	}
	if (argc == 3 && (kstrtoint(argv[2], 0, &sig) || sig < 0 ||
			  sig >= _NSIG)) {
		shell_printf("kill: %s: invalid signal specification\n", argv[2]);
		return -EINVAL;
	}
	read_lock(&tasklist_lock);
	p = pid > 0 ? find_task_by_pid(pid) : NULL;
	if (!p)
		err = -ESRCH;
	else if (p->flags & PF_KTHREAD)
		err = -EPERM;
	else
		err = sig ? group_send_sig_info(sig, p) : 0;
	read_unlock(&tasklist_lock);
	if (err)
		shell_printf("kill: (%d) - %s\n", pid, shell_strerror(err));
	return err;
}
SHELL_CMD("kill", cmd_kill, "kill <pid> [sig]: send a signal (default 15, SIGTERM)");

/* ---- maps and pt ---- */

/*
 * The task a command names, with a reference the caller drops with
 * put_task_struct() (Linux: get_pid_task()); prints why not and returns
 * NULL if none.
 */
static struct task_struct *task_arg(const char *cmd, const char *arg)
{
	struct task_struct *p;
	int pid;

	if (kstrtoint(arg, 0, &pid)) {
		shell_printf("%s: '%s' is not a pid\n", cmd, arg);
		return NULL;
	}
	read_lock(&tasklist_lock);
	p = find_task_by_pid(pid);
	if (p)
		get_task_struct(p);
	read_unlock(&tasklist_lock);
	if (!p)
		shell_printf("%s: no process with pid %d\n", cmd, pid);
	return p;
}

/* Linux: get_task_mm() - the task's mm with mm_users held, or NULL. */
static struct mm_struct *task_mm_get(struct task_struct *p)
{
	struct mm_struct *mm = p->mm;

	if (mm && !(p->flags & PF_KTHREAD))
		mmget(mm);
	else
		mm = NULL;
	return mm;
}

/* A kernel thread's or a zombie's maps is empty, as in Linux. */
static int cmd_maps(int argc, char **argv)
{
	struct task_struct *p;
	struct mm_struct *mm;

	if (argc != 2) {
		shell_printf("usage: maps <pid>\n");
		return -EINVAL;
	}
	p = task_arg("maps", argv[1]);
	if (!p)
		return -ESRCH;
	mm = task_mm_get(p);
	put_task_struct(p);
	if (!mm)
		return 0;
	shell_show(proc_pid_maps_show, mm);
	mmput(mm);
	return 0;
}
SHELL_CMD("maps", cmd_maps, "maps <pid>: the process's VMAs (/proc/<pid>/maps)");

struct pt_request {
	struct task_struct *task;	/* NULL: a kernel address */
	struct mm_struct *mm;
	unsigned long addr;
};

/*
 * The header of a walk, and for a user address the VMA that decides what
 * a fault at addr would do: its maps line on the next line, or that there
 * is none. Then the walk itself.
 */
static int pt_show(struct seq_file *m, void *v)
{
	struct pt_request *req = v;
	struct vm_area_struct *vma;

	if (!req->task) {
		seq_printf(m, "pt: 0x%016lx: kernel address, init_mm pgd 0x%016llx (swapper_pg_dir)\n",
			   req->addr,
			   (unsigned long long)__pa_symbol(init_mm.pgd));
	} else {
		vma = find_vma(req->mm, req->addr);
		if (vma && vma->vm_start > req->addr)
			vma = NULL;
		seq_printf(m, "pt: 0x%016lx in pid %d (%s), pgd 0x%016llx, %s\n",
			   req->addr, req->task->pid, task_base_comm(req->task),
			   (unsigned long long)virt_to_phys(req->mm->pgd),
			   vma ? "in the VMA:" :
			   "in no VMA (an access is a segfault)");
		if (vma)
			show_map_vma(m, vma);
	}
	show_pt_walk(m, req->mm, req->addr, NULL);
	return 0;
}

/*
 * Which tables translate addr: TTBR1's (init_mm, swapper_pg_dir) for a
 * kernel address whatever the pid, as the MMU does; the task's own
 * mm->pgd (TTBR0 while it runs) for a user address.
 */
static int pt_task(struct task_struct *p, struct pt_request *req)
{
	if (req->addr >= PAGE_OFFSET)
		return shell_show(pt_show, req);
	if (req->addr >= TASK_SIZE) {
		shell_printf("pt: 0x%016lx is between the user and kernel ranges: no tables translate it\n",
			     req->addr);
		return -EFAULT;
	}
	req->mm = task_mm_get(p);
	if (!req->mm) {
		shell_printf("pt: pid %d (%s) %s: no user address space\n",
			     p->pid, task_base_comm(p),
			     p->exit_state ? "has exited" : "is a kernel thread");
		return -EINVAL;
	}
	req->task = p;
	mmap_read_lock(req->mm);
	shell_show(pt_show, req);
	mmap_read_unlock(req->mm);
	mmput(req->mm);
	return 0;
}

static int cmd_pt(int argc, char **argv)
{
	struct pt_request req = { NULL, &init_mm, 0 };
	struct task_struct *p;
	int ret;

	/* a number, or the name of a kernel function (kallsyms) */
	if (argc != 3 || (kstrtoul(argv[2], 0, &req.addr) &&
			  !(req.addr = kallsyms_lookup_name(argv[2])))) {
		shell_printf("usage: pt <pid> <address | kernel function> (pid 0: kernel addresses)\n");
		return -EINVAL;
	}
	p = task_arg("pt", argv[1]);
	if (!p)
		return -ESRCH;
	ret = pt_task(p, &req);
	put_task_struct(p);
	return ret;
}
SHELL_CMD("pt", cmd_pt, "pt <pid> <addr>: walk the page tables for addr, level by level");
