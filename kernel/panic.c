// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/panic.c - panic(), the oops and WARN bookkeeping, and taint.
 * Linux: kernel/panic.c.
 * panic=N as in Linux: 0 (default) halts forever, N > 0 reboots after N
 * seconds, N < 0 reboots at once (the test runner uses panic=-1 with QEMU's
 * -no-reboot so a panicking kernel ends the run instead of hanging it).
 *
 * Taint: once something happened that makes the kernel's state suspect
 * (an oops, a WARN, a bad page), a flag stays set for the rest of the
 * run, and every later report says so in its banner ("Tainted: G D W"),
 * so whoever reads a report knows an earlier one may be its cause.
 */
#include <linux/kernel.h>
#include <linux/smp.h>
#include <linux/debug_locks.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <asm/ptrace.h>
#include <asm/system_misc.h>

int panic_timeout;
int oops_in_progress;
static unsigned long tainted_mask;

/* Linux: taint_flags[]; position i shows flag i, set or not. */
const struct taint_flag taint_flags[TAINT_FLAGS_COUNT] = {
	[TAINT_PROPRIETARY_MODULE]	= { 'P', 'G', true },
	[TAINT_FORCED_MODULE]		= { 'F', ' ', true },
	[TAINT_CPU_OUT_OF_SPEC]		= { 'S', ' ', false },
	[TAINT_FORCED_RMMOD]		= { 'R', ' ', false },
	[TAINT_MACHINE_CHECK]		= { 'M', ' ', false },
	[TAINT_BAD_PAGE]		= { 'B', ' ', false },
	[TAINT_USER]			= { 'U', ' ', false },
	[TAINT_DIE]			= { 'D', ' ', false },
	[TAINT_OVERRIDDEN_ACPI_TABLE]	= { 'A', ' ', false },
	[TAINT_WARN]			= { 'W', ' ', false },
	[TAINT_CRAP]			= { 'C', ' ', true },
	[TAINT_FIRMWARE_WORKAROUND]	= { 'I', ' ', false },
	[TAINT_OOT_MODULE]		= { 'O', ' ', true },
	[TAINT_UNSIGNED_MODULE]		= { 'E', ' ', true },
	[TAINT_SOFTLOCKUP]		= { 'L', ' ', false },
	[TAINT_LIVEPATCH]		= { 'K', ' ', true },
	[TAINT_AUX]			= { 'X', ' ', true },
	[TAINT_RANDSTRUCT]		= { 'T', ' ', true },
};

/*
 * One character per flag, always all of them, so a letter's column says
 * which flag it is: a WARN alone prints "Tainted: G        W        ".
 * Returns a static buffer, overwritten by the next call.
 */
const char *print_tainted(void)
{
	static char buf[TAINT_FLAGS_COUNT + sizeof("Tainted: ")];
	unsigned long mask = READ_ONCE(tainted_mask);
	unsigned int i;
	char *s;

	if (!mask)
		return "Not tainted";
	s = buf + sprintf(buf, "Tainted: ");
	for (i = 0; i < TAINT_FLAGS_COUNT; i++)
		*s++ = mask & (1UL << i) ? taint_flags[i].c_true :
					   taint_flags[i].c_false;
	*s = '\0';
	return buf;
}

int test_taint(unsigned int flag)
{
	return !!(READ_ONCE(tainted_mask) & (1UL << flag));
}

unsigned long get_taint(void)
{
	return READ_ONCE(tainted_mask);
}

/*
 * Taint the kernel for good. After an oops or a bad page, the locks and
 * lists the dying code held may be in any state, so lock debugging stops
 * (its next report could be a consequence, not a bug). Any context.
 */
void add_taint(unsigned int flag, enum lockdep_ok lockdep_ok)
{
	if (lockdep_ok == LOCKDEP_NOW_UNRELIABLE && __debug_locks_off())
		pr_warn("Disabling lock debugging due to kernel taint\n");
	__atomic_fetch_or(&tainted_mask, 1UL << flag, __ATOMIC_RELAXED);
}

/*
 * An oops report begins: from now on printk waits only so long for
 * another CPU's hold of its lock, and lets go of this CPU's (Linux:
 * bust_spinlocks(1); zap_locks() in Linux up to v4.x).
 */
void oops_enter(void)
{
	oops_in_progress++;
	zap_locks();
}

/* Linux printed a random oops id here until 5.19 made it zeros. */
void print_oops_end_marker(void)
{
	pr_warn("---[ end trace 0000000000000000 ]---\n");
}

void oops_exit(void)
{
	oops_in_progress--;
	print_oops_end_marker();
}

void __warn(const char *file, int line, void *caller, unsigned int taint,
	    struct pt_regs *regs)
{
	if (file)
		pr_warn("WARNING: CPU: %d PID: %d at %s:%d %pS\n", 0,
			current_pid(), file, line, caller);
	else
		pr_warn("WARNING: CPU: %d PID: %d at %pS\n", 0, current_pid(),
			caller);
	printk("Modules linked in:\n");
	if (regs)
		show_regs(regs);
	else
		dump_stack();
	print_oops_end_marker();
	/* just a warning: lock state is still sound */
	add_taint(taint, LOCKDEP_STILL_OK);
}

void panic(const char *fmt, ...)
{
	static char buf[1024];
	va_list args;
	int len;

	local_daif_mask();
	/* Linux: bust_spinlocks(1), so printk won't wait on a dead CPU */
	oops_in_progress++;
	va_start(args, fmt);
	len = vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	if (len && buf[len - 1] == '\n')
		buf[len - 1] = '\0';
	pr_emerg("Kernel panic - not syncing: %s\n", buf);
	if (oops_in_progress <= 1)	/* not inside an oops already */
		dump_stack();
	smp_send_stop();		/* the other CPUs park for good */
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
