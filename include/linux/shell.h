/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/shell.h - commands for tinymm's serial shell (kernel/shell.c).
 * Not in Linux: where Linux has /proc and /sys files (buddyinfo, zoneinfo,
 * slabinfo, kernel_page_tables...), tinymm has a command that prints the
 * same text. Each feature registers its own with SHELL_CMD().
 */
#ifndef _LINUX_SHELL_H
#define _LINUX_SHELL_H

#include <linux/compiler.h>

struct shell_cmd {
	const char *name;
	const char *help;
	int (*fn)(int argc, char **argv);
};

#define SHELL_CMD(cname, func, helptext)				\
	static const struct shell_cmd __shell_cmd_##func		\
		__used __section(".shell_cmds") __aligned(8) =		\
		{ .name = cname, .help = helptext, .fn = func }

int shell_exec(char *line);

#endif
