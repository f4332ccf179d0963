// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/shell.c - the `tinymm> ` prompt on the serial console.
 * Not in Linux (see include/linux/shell.h). Reads a line with echo and
 * backspace, splits it into words and runs the matching command inside
 * a run_as_task() frame, so a command that oopses is ended and the prompt
 * returns, as a shell survives the death of a program it ran. The shell
 * is init (pid 1), a kernel thread; user programs run as its children. Input may also be
 * piped into QEMU's standard input: `echo poweroff | make run`.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/memblock.h>
#include <linux/sched.h>
#include <linux/shell.h>
#include <linux/string.h>
#include <asm/ptdump.h>
#include <asm/system_misc.h>

#define SHELL_MAX_ARGS	16

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

int shell_exec(char *line)
{
	char *argv[SHELL_MAX_ARGS], *word;
	const struct shell_cmd *cmd;
	struct shell_job job;
	int argc = 0;

	while ((word = strsep(&line, " \t")) && argc < SHELL_MAX_ARGS)
		if (*word)
			argv[argc++] = word;
	if (!argc)
		return 0;
	for (cmd = __start_shell_cmds; cmd < __stop_shell_cmds; cmd++) {
		if (strcmp(cmd->name, argv[0]))
			continue;
		job = (struct shell_job){ cmd, argc, argv, 0 };
		if (run_as_task(cmd->name, shell_job_run, &job)) {
			printk("%s: killed by an oops\n", cmd->name);
			return -EFAULT;
		}
		return job.ret;
	}
	printk("%s: command not found (try 'help')\n", argv[0]);
	return -ENOENT;
}

static void shell_putc(char c)
{
	pr_cont("%c", c);
}

/* Read one line; echo as a terminal would, since QEMU's is in raw mode. */
static void shell_readline(char *buf, int len)
{
	int n = 0, c;

	for (;;) {
		c = console_getc();
		if (c < 0) {
			console_wait_input();
			continue;
		}
		if (c == '\r' || c == '\n') {
			pr_cont("\n");
			break;
		}
		if ((c == 0x7f || c == '\b')) {
			if (n > 0) {
				n--;
				pr_cont("\b \b");
			}
			continue;
		}
		if (c >= ' ' && n < len - 1) {
			buf[n++] = c;
			shell_putc(c);
		}
	}
	buf[n] = '\0';
}

void __noreturn shell_run(void)
{
	static char line[256];

	pr_info("tinymm: type 'help' for commands\n");
	for (;;) {
		printk(KERN_INFO "tinymm> ");
		shell_readline(line, sizeof(line));
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
		printk("  %-12s %s\n", next->name, next->help);
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

static int cmd_ptdump(int argc, char **argv)
{
	struct ptdump_stats stats;

	ptdump_walk(true, &stats);
	printk("%llu ranges, %llu W+X pages\n",
	       (unsigned long long)stats.ranges,
	       (unsigned long long)stats.wx_pages);
	return 0;
}
SHELL_CMD("ptdump", cmd_ptdump, "kernel page tables (as kernel_page_tables)");

static int cmd_bootargs(int argc, char **argv)
{
	printk("%s\n", saved_command_line);
	return 0;
}
SHELL_CMD("bootargs", cmd_bootargs, "the kernel command line");

/* The log as it is, straight to the terminal (not logged again). */
static int cmd_dmesg(int argc, char **argv)
{
	static char buf[4096];
	u64 end = printk_log_pos();
	u64 pos = end > log_buf_len ? end - log_buf_len : 0;
	size_t n;

	while (pos < end && (n = printk_log_read(pos, buf, sizeof(buf)))) {
		console_puts(buf, n);
		pos += n;
	}
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
