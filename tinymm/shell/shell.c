// SPDX-License-Identifier: GPL-2.0
/*
 * tinymm/shell/shell.c - the `tinymm> ` prompt on the serial console.
 * tinymm's own, not in Linux (see include/tinymm/shell.h). Reads a line
 * through the line editor (tinymm/shell/shell_readline.c: arrows, history,
 * ^C), splits it into words (a line too long or of too many words is refused
 * whole: running part of it would run something else than what was typed)
 * and runs the matching command inside a run_as_task() frame, so a
 * command that oopses is ended and the prompt returns, as a shell
 * survives the death of a program it ran. The shell is init (pid 1), a
 * kernel thread; user programs run as its children. Input may also be
 * piped into QEMU's standard input: `echo poweroff | make run`.
 *
 * The terminal is /dev/console, opened as a user shell opens its tty.
 * While the editor reads, the terminal is in raw mode (no line editing,
 * echo or signals in the line discipline: each key comes as typed, ^C
 * included); the shell's own commands run in that mode too, so keys typed
 * meanwhile wait unechoed for the next prompt. Only a program run in the
 * foreground gets the terminal's cooked mode and its foreground process
 * group (cmd_exec), as bash gives a job the terminal.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/errno.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/memblock.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/string.h>
#include <linux/tty.h>
#include <asm/ptdump.h>
#include <asm/system_misc.h>
#include <tinymm/shell.h>

#define SHELL_MAX_ARGS	16
#define SHELL_SEQ_SIZE	(64 * 1024)

/* ---- output: the terminal, as a program's write(1) ---- */

void shell_printf(const char *fmt, ...)
{
	char buf[512];
	va_list args;
	int n;

	va_start(args, fmt);
	n = vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	console_puts(buf, n);
}

void shell_error(int err, const char *fmt, ...)
{
	const char *text = shell_strerror(err);
	char what[256];
	va_list args;

	va_start(args, fmt);
	vscnprintf(what, sizeof(what), fmt, args);
	va_end(args);
	if (text)
		shell_printf("%s: %s\n", what, text);
	else
		shell_printf("%s: Unknown error %d\n", what, err < 0 ? -err : err);
}

/*
 * The buffer a /proc read fills. One, static: Linux's seq_read()
 * kvmalloc()s it, which would change the very numbers buddyinfo or
 * slabinfo are about to show. Only init runs commands, so one is enough.
 */
static char shell_seq_buf[SHELL_SEQ_SIZE];

static int shell_seq_fill(struct seq_file *m, shell_show_fn show, void *v)
{
	int ret;

	*m = (struct seq_file)SEQ_FILE_INIT(shell_seq_buf, SHELL_SEQ_SIZE);
	m->private = v;
	ret = show(m, v);
	if (!ret && seq_has_overflowed(m))
		ret = -EFBIG;
	return ret;
}

int shell_show(shell_show_fn show, void *v)
{
	struct seq_file m;
	int ret = shell_seq_fill(&m, show, v);

	console_puts(m.buf, m.count);
	if (ret == -EFBIG)
		shell_printf("\n(output cut at %d bytes)\n", SHELL_SEQ_SIZE);
	return ret;
}

int printk_show(shell_show_fn show, void *v)
{
	struct seq_file m;
	int ret = shell_seq_fill(&m, show, v);
	char *p = m.buf, *end = m.buf + m.count, *nl;

	for (; p < end; p = nl + 1) {
		nl = memchr(p, '\n', end - p);
		if (!nl)
			nl = end;
		printk(KERN_INFO "%.*s\n", (int)(nl - p), p);
	}
	return ret;
}

extern const struct shell_cmd __start_shell_cmds[], __stop_shell_cmds[];

struct shell_job {
	const struct shell_cmd *cmd;
	int argc;
	char **argv;
	int ret;
};

static void shell_job_run(void *arg)
{
	struct shell_job *job = arg;

	job->ret = job->cmd->fn(job->argc, job->argv);
}

/*
 * Split line into argv in place; the number of words, or -E2BIG (with a
 * message, nothing run) if there are more than SHELL_MAX_ARGS: dropping
 * the last ones would run something else than what was typed, such as
 * "exec ... &" without its "&".
 */
static int shell_split(char *line, char **argv)
{
	char *word;
	int argc = 0;

	while ((word = strsep(&line, " \t"))) {
		if (!*word)
			continue;
		if (argc == SHELL_MAX_ARGS) {
			shell_printf("tinymm: too many words (max %d)\n",
				     SHELL_MAX_ARGS);
			return -E2BIG;
		}
		argv[argc++] = word;
	}
	return argc;
}

int shell_exec(char *line)
{
	char *argv[SHELL_MAX_ARGS];
	const struct shell_cmd *cmd;
	struct shell_job job;
	int argc = shell_split(line, argv);

	if (argc <= 0)
		return argc;
	for (cmd = __start_shell_cmds; cmd < __stop_shell_cmds; cmd++) {
		if (strcmp(cmd->name, argv[0]))
			continue;
		job = (struct shell_job){ cmd, argc, argv, 0 };
		if (run_as_task(cmd->name, shell_job_run, &job)) {
			shell_printf("%s: killed by an oops\n", cmd->name);
			return -EFAULT;
		}
		return job.ret;
	}
	shell_printf("%s: command not found (try 'help')\n", argv[0]);
	return -ENOENT;
}

/* ---- the terminal ---- */

static struct file *shell_tty_file;
static struct ktermios shell_cooked, shell_raw;
static struct shell_line shell_line;

struct tty_struct *shell_tty(void)
{
	return shell_tty_file ? file_tty(shell_tty_file) : NULL;
}

/* readline's rl_prep_terminal(): raw mode while the editor reads. */
void shell_prep_terminal(void)
{
	if (shell_tty_file)
		tty_set_termios(shell_tty(), &shell_raw);
}

/* readline's rl_deprep_terminal(): the modes the terminal had. */
void shell_deprep_terminal(void)
{
	if (shell_tty_file)
		tty_set_termios(shell_tty(), &shell_cooked);
}

/*
 * Open /dev/console (Linux's init gets it as fds 0-2 from
 * console_on_rootfs()) and lead a process group of our own that owns the
 * terminal's foreground, as a login shell does with setsid() and
 * TIOCSCTTY. Raw mode is set before the open starts the UART receiving,
 * so that input piped in during boot is not echoed by the line
 * discipline and then again by the editor.
 */
static int shell_open_terminal(void)
{
	struct tty_struct *tty = console_tty();
	struct file *file;

	if (!tty)
		return -ENODEV;
	shell_cooked = tty->termios;
	shell_raw = shell_cooked;
	shell_raw.c_lflag &= ~(ICANON | ECHO | ISIG);
	tty_set_termios(tty, &shell_raw);
	file = console_file_open(O_RDWR);
	if (IS_ERR(file))
		return PTR_ERR(file);
	shell_tty_file = file;
	ksys_setpgid(0, 0);
	tiocspgrp(tty, task_pgrp_nr(current));
	shell_line.write = console_puts;
	return 0;
}

/*
 * One line from the terminal; false if ^C dropped it or it was too long
 * (then the whole of it has been read and refused).
 */
static bool shell_read_line(void)
{
	loff_t pos = 0;
	int state = SHELL_LINE_EDITING;
	unsigned char c;

	shell_line_reset(&shell_line);
	do {
		if (kernel_read(shell_tty_file, &c, 1, &pos) != 1)
			continue;
		state = shell_line_feed(&shell_line, c);
	} while (state == SHELL_LINE_EDITING);
	if (state == SHELL_LINE_TOO_LONG)
		shell_printf("tinymm: line too long (max %d characters)\n",
			     SHELL_LINE_MAX - 1);
	return state == SHELL_LINE_DONE;
}

void __noreturn shell_run(void)
{
	static char line[SHELL_LINE_MAX];
	int ret;

	pr_info("tinymm: type 'help' for commands\n");
	ret = shell_open_terminal();
	if (ret) {
		pr_err("tinymm: no terminal (%pe): no shell\n", ERR_PTR(ret));
		for (;;) {
			set_current_state(TASK_INTERRUPTIBLE);
			schedule();
		}
	}
	for (;;) {
		shell_prep_terminal();
		console_puts("tinymm> ", 8);
		if (!shell_read_line())
			continue;	/* ^C, too long: a fresh prompt */
		strscpy(line, shell_line.buf, sizeof(line));
		shell_exec(line);
	}
}

/* ---- the commands of the boot skeleton ---- */

/* Commands sit in link order; list them alphabetically. */
static int cmd_help(int argc, char **argv)
{
	const struct shell_cmd *cmd, *next, *prev = NULL;

	for (;;) {
		next = NULL;
		for (cmd = __start_shell_cmds; cmd < __stop_shell_cmds; cmd++)
			if ((!prev || strcmp(cmd->name, prev->name) > 0) &&
			    (!next || strcmp(cmd->name, next->name) < 0))
				next = cmd;
		if (!next)
			return 0;
		shell_printf("  %-12s %s\n", next->name, next->help);
		prev = next;
	}
}
SHELL_CMD("help", cmd_help, "list commands");

static int cmd_memblock(int argc, char **argv)
{
	memblock_dump_all();
	return 0;
}
SHELL_CMD("memblock", cmd_memblock, "dump memblock.memory and memblock.reserved");

static int ptdump_show(struct seq_file *m, void *v)
{
	struct ptdump_stats stats;

	ptdump_walk(m, &stats);
	seq_printf(m, "%llu ranges, %llu W+X pages\n",
		   (unsigned long long)stats.ranges,
		   (unsigned long long)stats.wx_pages);
	return 0;
}
static int cmd_ptdump(int argc, char **argv)
{
	return shell_show(ptdump_show, NULL);
}
SHELL_CMD("ptdump", cmd_ptdump, "kernel page tables (as kernel_page_tables)");

static int cmd_bootargs(int argc, char **argv)
{
	shell_printf("%s\n", saved_command_line);
	return 0;
}
SHELL_CMD("bootargs", cmd_bootargs, "the kernel command line");

/* The log as it is, straight to the terminal (not logged again). */
static int cmd_dmesg(int argc, char **argv)
{
	u64 end = printk_log_pos();
	u64 pos = end > log_buf_len ? end - log_buf_len : 0;

	printk_log_emit(pos, end - pos, console_puts);
	return 0;
}
SHELL_CMD("dmesg", cmd_dmesg, "the kernel log so far");

static int cmd_poweroff(int argc, char **argv)
{
	pr_emerg("reboot: Power down\n");
	machine_power_off();
}
SHELL_CMD("poweroff", cmd_poweroff, "power off (PSCI SYSTEM_OFF)");

static int cmd_reboot(int argc, char **argv)
{
	pr_emerg("reboot: Restarting system\n");
	machine_restart(NULL);
}
SHELL_CMD("reboot", cmd_reboot, "restart (PSCI SYSTEM_RESET)");
