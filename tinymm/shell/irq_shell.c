// SPDX-License-Identifier: GPL-2.0
/*
 * tinymm/shell/irq_shell.c - the `interrupts` command: the text of
 * /proc/interrupts (show_interrupts(), kernel/irq/proc.c) on the terminal.
 * tinymm's own, not in Linux: there `cat /proc/interrupts` reads the file.
 */
#include <linux/kernel.h>
#include <linux/irq.h>
#include <tinymm/shell.h>

static int cmd_interrupts(int argc, char **argv)
{
	return shell_show(show_interrupts, NULL);
}
SHELL_CMD("interrupts", cmd_interrupts,
	  "interrupt counts per IRQ (/proc/interrupts)");
