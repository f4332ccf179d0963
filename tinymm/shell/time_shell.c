// SPDX-License-Identifier: GPL-2.0
/*
 * tinymm/shell/time_shell.c - the `uptime` command: /proc/uptime's first
 * number (fs/proc/uptime.c), then the jiffies it comes from.
 * tinymm's own, not in Linux: there `cat /proc/uptime` reads the file,
 * which also shows idle time; tinymm keeps no idle time.
 */
#include <linux/kernel.h>
#include <linux/jiffies.h>
#include <tinymm/shell.h>

static int cmd_uptime(int argc, char **argv)
{
	unsigned long j = jiffies - INITIAL_JIFFIES;

	shell_printf("%lu.%02lu\n", j / HZ, j % HZ * 100 / HZ);
	shell_printf("jiffies %lu = INITIAL_JIFFIES %lu + %lu ticks at HZ=%d\n",
		     jiffies, INITIAL_JIFFIES, j, HZ);
	return 0;
}
SHELL_CMD("uptime", cmd_uptime, "seconds since boot, from jiffies and HZ");
