// SPDX-License-Identifier: GPL-2.0
/*
 * fs/proc/proc_sysctl.c - sysctls by name: find an entry of the table in
 * kernel/sysctl.c, read or write it through its handler, and apply the
 * sysctl.* parameters of the kernel command line.
 * Linux: fs/proc/proc_sysctl.c of v5.19 (the /proc/sys files:
 * proc_sys_lookup, proc_sys_call_handler; and do_sysctl_args /
 * process_sysctl_arg, since v5.8).
 *
 * What it teaches: /proc/sys/vm/overcommit_memory is not a stored file;
 * reading it calls the entry's handler to print the variable, writing it
 * calls the handler to parse the text. The procps `sysctl` tool is a
 * front end that turns "vm.overcommit_memory" into that path. A boot
 * parameter sysctl.vm.overcommit_memory=2 is the same write, done once
 * by the kernel after boot (Linux opens the /proc/sys file and writes
 * the value with kernel_write()).
 *
 * Simplified: no /proc file system, so no files: lookups walk the table
 * directly and the text goes through a buffer of the caller's. Linux
 * also checks the file's mode against the writer's credentials; here a
 * write is refused only when the entry has no write bit (-EPERM). The
 * boot parameters are applied when init starts, before the self-tests
 * and the shell (Linux: in kernel_init, after /proc is mounted).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/sysctl.h>

#define SYSCTL_NAME_MAX	128

/* The entry called name (up to len bytes) in one directory's table. */
static struct ctl_table *sysctl_lookup(struct ctl_table *dir,
				       const char *name, size_t len)
{
	for (; dir->procname; dir++)
		if (strlen(dir->procname) == len &&
		    !strncmp(dir->procname, name, len))
			return dir;
	return NULL;
}

struct ctl_table *sysctl_find(const char *name)
{
	struct ctl_table *dir = sysctl_root_table, *entry = NULL;
	size_t len;

	while (*name) {
		if (!dir)
			return NULL;	/* a part after a leaf */
		len = strcspn(name, "./");
		entry = sysctl_lookup(dir, name, len);
		if (!entry)
			return NULL;
		dir = entry->child;
		name += len;
		if (*name)
			name++;
	}
	return entry && !entry->child ? entry : NULL;
}

/* Linux: proc_sys_call_handler() for a read of the whole file. */
int sysctl_read(struct ctl_table *table, char *buf, size_t size)
{
	size_t len = size;
	loff_t pos = 0;

	if (!table->proc_handler)
		return -EIO;
	return table->proc_handler(table, 0, buf, &len, &pos);
}

/* Linux: proc_sys_call_handler() for a write at offset 0. */
int sysctl_write(struct ctl_table *table, const char *val)
{
	size_t len = strlen(val);
	loff_t pos = 0;

	if (!(table->mode & 0222))
		return -EPERM;
	if (!table->proc_handler)
		return -EIO;
	return table->proc_handler(table, 1, (void *)val, &len, &pos);
}

/* Depth-first over dir, prefix holding the dotted name so far. */
static void sysctl_walk(struct ctl_table *dir, char *prefix, size_t plen,
			void (*fn)(const char *, struct ctl_table *, void *),
			void *arg)
{
	for (; dir->procname; dir++) {
		size_t n = scnprintf(prefix + plen, SYSCTL_NAME_MAX - plen,
				     "%s%s", plen ? "." : "", dir->procname);

		if (dir->child)
			sysctl_walk(dir->child, prefix, plen + n, fn, arg);
		else
			fn(prefix, dir, arg);
		prefix[plen] = '\0';
	}
}

void sysctl_for_each(void (*fn)(const char *name, struct ctl_table *table,
				void *arg), void *arg)
{
	char name[SYSCTL_NAME_MAX] = "";

	sysctl_walk(sysctl_root_table, name, 0, fn, arg);
}

/*
 * One "sysctl.<name>=<value>" word (Linux: process_sysctl_arg). Other
 * words are not ours. The messages are Linux's, but for the missing
 * value (Linux returns -EINVAL and parse_args() words the complaint).
 */
static void process_sysctl_arg(char *param, char *val)
{
	struct ctl_table *table;
	int err;

	if (strncmp(param, "sysctl", 6) || (param[6] != '.' && param[6] != '/'))
		return;
	param += 7;
	if (!val) {
		pr_err("Failed to set sysctl parameter '%s': no value\n",
		       param);
		return;
	}
	table = sysctl_find(param);
	if (!table) {
		pr_err("Failed to set sysctl parameter '%s=%s': parameter not found\n",
		       param, val);
		return;
	}
	err = sysctl_write(table, val);
	if (err == -EINVAL)
		pr_err("Failed to set sysctl parameter '%s=%s': invalid value\n",
		       param, val);
	else if (err == -EPERM)
		pr_err("Failed to set sysctl parameter '%s=%s': permission denied (read-only?)\n",
		       param, val);
	else if (err)
		pr_err("Error %d writing to proc file to set sysctl parameter '%s=%s'\n",
		       err, param, val);
}

void do_sysctl_args(void)
{
	static char line[COMMAND_LINE_SIZE];
	char *rest = line, *word, *eq;

	strscpy(line, saved_command_line, sizeof(line));
	while ((word = strsep(&rest, " \t"))) {
		eq = strchr(word, '=');
		if (eq)
			*eq++ = '\0';
		process_sysctl_arg(word, eq);
	}
}
