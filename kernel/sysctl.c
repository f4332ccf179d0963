// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/sysctl.c - the table of kernel tunables, and the handlers that
 * turn a variable into text and back. Linux: kernel/sysctl.c of v5.19,
 * whose vm_table[] holds the overcommit entries, and its proc_dointvec*,
 * proc_doulongvec_minmax helpers, and kern_table's "tainted" (proc_taint).
 *
 * What it teaches: a sysctl is a variable plus a handler. Most entries
 * use a generic handler (parse an integer, check extra1 <= v <= extra2);
 * a few need one of their own because writing one tunable changes
 * another: vm.overcommit_ratio and vm.overcommit_kbytes are two ways of
 * saying the same limit, so setting one clears the other (mm/util.c).
 *
 * Simplified: only the entries tinymm implements; one value per entry
 * (see linux/sysctl.h); a bad value is -EINVAL whatever the reason
 * (Linux also says -EINVAL for garbage and out-of-range numbers).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/string.h>
#include <linux/sysctl.h>

const int sysctl_vals[] = { 0, 1, 2 };

/* The text a write carries, without surrounding blanks, NUL-terminated. */
static int sysctl_get_text(char *dst, size_t size, const void *buffer,
			   size_t len)
{
	char *text;

	if (len >= size)
		return -EINVAL;
	memcpy(dst, buffer, len);
	dst[len] = '\0';
	text = strim(dst);
	memmove(dst, text, strlen(text) + 1);
	return 0;
}

/*
 * A read printed n bytes into buffer (scnprintf: at most *lenp - 1):
 * *lenp becomes n, or -ENOSPC if the text may have been cut.
 */
static int sysctl_put_text(size_t *lenp, int n)
{
	if (n + 1 >= (int)*lenp)
		return -ENOSPC;
	*lenp = n;
	return 0;
}

/* One int, within [*extra1, *extra2] where those are set. */
static int do_proc_dointvec(struct ctl_table *table, int write, void *buffer,
			    size_t *lenp, loff_t *ppos, bool minmax)
{
	int *valp = table->data;
	char text[32];
	long long val;

	if (*ppos)
		return -EINVAL;	/* Linux also reads and writes in pieces */
	if (!write)
		return sysctl_put_text(lenp, scnprintf(buffer, *lenp, "%d\n",
							  *valp));
	if (sysctl_get_text(text, sizeof(text), buffer, *lenp))
		return -EINVAL;
	if (!text[0])
		return 0;	/* an empty write changes nothing */
	if (kstrtoll(text, 0, &val) || val < -INT_MAX - 1 || val > INT_MAX)
		return -EINVAL;
	if (minmax && table->extra1 && val < *(const int *)table->extra1)
		return -EINVAL;
	if (minmax && table->extra2 && val > *(const int *)table->extra2)
		return -EINVAL;
	*valp = val;
	return 0;
}

int proc_dointvec(struct ctl_table *table, int write, void *buffer,
		  size_t *lenp, loff_t *ppos)
{
	return do_proc_dointvec(table, write, buffer, lenp, ppos, false);
}

int proc_dointvec_minmax(struct ctl_table *table, int write, void *buffer,
			 size_t *lenp, loff_t *ppos)
{
	return do_proc_dointvec(table, write, buffer, lenp, ppos, true);
}

/* One unsigned long; negative numbers are refused. */
int proc_doulongvec_minmax(struct ctl_table *table, int write, void *buffer,
			   size_t *lenp, loff_t *ppos)
{
	unsigned long *valp = table->data;
	unsigned long val;
	char text[32];

	if (*ppos)
		return -EINVAL;
	if (!write)
		return sysctl_put_text(lenp, scnprintf(buffer, *lenp, "%lu\n",
							  *valp));
	if (sysctl_get_text(text, sizeof(text), buffer, *lenp))
		return -EINVAL;
	if (!text[0])
		return 0;
	if (kstrtoul(text, 0, &val))
		return -EINVAL;
	if (table->extra1 && val < *(const unsigned long *)table->extra1)
		return -EINVAL;
	if (table->extra2 && val > *(const unsigned long *)table->extra2)
		return -EINVAL;
	*valp = val;
	return 0;
}

/*
 * kernel.tainted: reads the taint mask; a write adds its bits, never
 * clears one (taint is for good), and bits past the last flag are
 * ignored, as in Linux. Linux also wants CAP_SYS_ADMIN to write; the
 * shell is the kernel's own, so there is no one to refuse.
 */
static int proc_taint(struct ctl_table *table, int write, void *buffer,
		      size_t *lenp, loff_t *ppos)
{
	unsigned long tmptaint = get_taint();
	struct ctl_table t = *table;
	unsigned int i;
	int err;

	t.data = &tmptaint;
	err = proc_doulongvec_minmax(&t, write, buffer, lenp, ppos);
	if (err < 0 || !write)
		return err;
	for (i = 0; i < TAINT_FLAGS_COUNT; i++)
		if (tmptaint & (1UL << i))
			add_taint(i, LOCKDEP_STILL_OK);
	return err;
}

/* /proc/sys/kernel: Linux's kern_table, the entries tinymm implements. */
static struct ctl_table kern_table[] = {
	{
		.procname	= "tainted",
		.maxlen		= sizeof(long),
		.mode		= 0644,
		.proc_handler	= proc_taint,
	},
	{ }
};

/* /proc/sys/vm: Linux's vm_table, the entries tinymm implements. */
static struct ctl_table vm_table[] = {
	{
		.procname	= "overcommit_memory",
		.data		= &sysctl_overcommit_memory,
		.maxlen		= sizeof(sysctl_overcommit_memory),
		.mode		= 0644,
		.proc_handler	= overcommit_policy_handler,
		.extra1		= SYSCTL_ZERO,
		.extra2		= SYSCTL_TWO,
	},
	{
		.procname	= "overcommit_ratio",
		.data		= &sysctl_overcommit_ratio,
		.maxlen		= sizeof(sysctl_overcommit_ratio),
		.mode		= 0644,
		.proc_handler	= overcommit_ratio_handler,
	},
	{
		.procname	= "overcommit_kbytes",
		.data		= &sysctl_overcommit_kbytes,
		.maxlen		= sizeof(sysctl_overcommit_kbytes),
		.mode		= 0644,
		.proc_handler	= overcommit_kbytes_handler,
	},
	{
		.procname	= "user_reserve_kbytes",
		.data		= &sysctl_user_reserve_kbytes,
		.maxlen		= sizeof(sysctl_user_reserve_kbytes),
		.mode		= 0644,
		.proc_handler	= proc_doulongvec_minmax,
	},
	{
		.procname	= "admin_reserve_kbytes",
		.data		= &sysctl_admin_reserve_kbytes,
		.maxlen		= sizeof(sysctl_admin_reserve_kbytes),
		.mode		= 0644,
		.proc_handler	= proc_doulongvec_minmax,
	},
	{
		.procname	= "stat_refresh",
		.data		= NULL,
		.maxlen		= 0,
		.mode		= 0600,
		.proc_handler	= vmstat_refresh,
	},
	{ }
};

/* /proc/sys. Linux registers each directory with register_sysctl_table. */
struct ctl_table sysctl_root_table[] = {
	{
		.procname	= "kernel",
		.mode		= 0555,
		.child		= kern_table,
	},
	{
		.procname	= "vm",
		.mode		= 0555,
		.child		= vm_table,
	},
	{ }
};
