// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/panic_shell.c - the `tainted` shell command, tinymm's
 * /proc/sys/kernel/tainted (there is no /proc file system here).
 *
 *   tinymm> tainted          (the mask, in decimal: 640 = D and W)
 *   tinymm> tainted 64       (add TAINT_USER, as `echo 64 > ...tainted`)
 *
 * Linux: proc_taint() in kernel/sysctl.c. As there, bits can be added but
 * never cleared, and a value with bits past the last flag is refused.
 * Simplified: no CAP_SYS_ADMIN check (the shell is the kernel's own).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/shell.h>

static int cmd_tainted(int argc, char **argv)
{
	unsigned long mask;
	unsigned int i;

	if (argc == 1) {
		shell_printf("%lu\n", get_taint());
		return 0;
	}
	if (argc != 2 || kstrtoul(argv[1], 0, &mask) ||
	    mask > TAINT_FLAGS_MAX) {
		shell_printf("tainted: write error: Invalid argument (a mask of 0..%lu)\n",
			     TAINT_FLAGS_MAX);
		return -EINVAL;
	}
	for (i = 0; i < TAINT_FLAGS_COUNT; i++)
		if (mask & (1UL << i))
			add_taint(i, LOCKDEP_STILL_OK);
	return 0;
}
SHELL_CMD("tainted", cmd_tainted, "tainted [mask]: the taint mask (/proc/sys/kernel/tainted); add bits");
