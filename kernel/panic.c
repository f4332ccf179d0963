// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/panic.c - panic() and the oops banners. Linux: kernel/panic.c.
 * panic=N as in Linux: 0 (default) halts forever, N > 0 reboots after N
 * seconds, N < 0 reboots at once (the test runner uses panic=-1 with QEMU's
 * -no-reboot so a panicking kernel ends the run instead of hanging it).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/time.h>
#include <asm/system_misc.h>

int panic_timeout;
int oops_in_progress;

void oops_enter(void)
{
	oops_in_progress++;
}

void oops_exit(void)
{
	oops_in_progress--;
	printk(KERN_WARNING "---[ end trace 0000000000000000 ]---\n");
}

void panic(const char *fmt, ...)
{
	static char buf[1024];
	va_list args;
	int len;

	local_daif_mask();
	va_start(args, fmt);
	len = vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	if (len && buf[len - 1] == '\n')
		buf[len - 1] = '\0';
	pr_emerg("Kernel panic - not syncing: %s\n", buf);
	if (!oops_in_progress)
		dump_stack();
	pr_emerg("---[ end Kernel panic - not syncing: %s ]---\n", buf);
	if (panic_timeout > 0) {
		u64 end = local_clock() + panic_timeout * NSEC_PER_SEC;

		pr_emerg("Rebooting in %d seconds..\n", panic_timeout);
		while (local_clock() < end)
			cpu_relax();
	}
	if (panic_timeout != 0)
		machine_restart(NULL);
	for (;;)
		cpu_do_idle();
}

static int __init panic_setup(char *str)
{
	return kstrtoint(str, 0, &panic_timeout);
}
early_param("panic", panic_setup);
