/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/sysctl.h - kernel tunables by name: vm.overcommit_memory and
 * friends. Linux: include/linux/sysctl.h (struct ctl_table, the proc_do*
 * handlers); the tables live with their subsystems or in kernel/sysctl.c,
 * and fs/proc/proc_sysctl.c shows them as files under /proc/sys.
 *
 * A handler converts between the variable and its text: for a read it
 * prints the value into buffer (*lenp: room in, bytes out), for a write
 * it parses buffer (*lenp bytes) into the variable, or returns -EINVAL
 * and leaves the variable alone.
 *
 * Simplified: tinymm has no /proc file system, so fs/proc/proc_sysctl.c
 * offers the same reads and writes by name (sysctl_read/sysctl_write)
 * to the shell's sysctl command and to sysctl.* boot parameters. Every
 * entry holds one value (Linux's handlers also parse vectors), and the
 * whole text is read or written at once (*ppos must be 0).
 */
#ifndef _LINUX_SYSCTL_H
#define _LINUX_SYSCTL_H

#include <linux/types.h>
#include <linux/fs.h>

struct ctl_table;

typedef int proc_handler(struct ctl_table *ctl, int write, void *buffer,
			 size_t *lenp, loff_t *ppos);

struct ctl_table {
	const char *procname;		/* the file's name under its directory */
	void *data;			/* the variable */
	int maxlen;			/* sizeof the variable */
	umode_t mode;			/* 0644: root may write, all may read */
	struct ctl_table *child;	/* a directory: its entries */
	proc_handler *proc_handler;
	void *extra1;			/* minmax handlers: lowest value */
	void *extra2;			/* ...and highest */
};

/* Linux: the sysctl_vals[] array; extra1/extra2 point at these. */
extern const int sysctl_vals[];
#define SYSCTL_ZERO	((void *)&sysctl_vals[0])
#define SYSCTL_ONE	((void *)&sysctl_vals[1])
#define SYSCTL_TWO	((void *)&sysctl_vals[2])

proc_handler proc_dointvec;
/* mm/vmstat.c: vm.stat_refresh, reading or writing it folds every CPU's deltas */
proc_handler vmstat_refresh;
proc_handler proc_dointvec_minmax;
proc_handler proc_doulongvec_minmax;

/* mm/util.c */
proc_handler overcommit_ratio_handler;
proc_handler overcommit_policy_handler;
proc_handler overcommit_kbytes_handler;

/* kernel/sysctl.c: the root of the tree ("kernel", "vm" and what they hold) */
extern struct ctl_table sysctl_root_table[];

/*
 * fs/proc/proc_sysctl.c. A name is a path with '.' or '/' between its
 * parts ("vm.overcommit_memory", as sysctl(8) and boot parameters spell
 * it). sysctl_find returns the leaf entry or NULL. sysctl_read prints
 * the value and a newline into buf (0 or -errno); sysctl_write parses
 * val (a trailing newline is allowed) and returns 0 or -errno (-EINVAL:
 * not a valid value; -EPERM: read-only entry).
 */
struct ctl_table *sysctl_find(const char *name);
int sysctl_read(struct ctl_table *table, char *buf, size_t size);
int sysctl_write(struct ctl_table *table, const char *val);
/* Walk every leaf, in table order, with its dotted name. */
void sysctl_for_each(void (*fn)(const char *name, struct ctl_table *table,
				void *arg), void *arg);
/* Apply the sysctl.* parameters of the kernel command line. */
void do_sysctl_args(void);

#endif /* _LINUX_SYSCTL_H */
