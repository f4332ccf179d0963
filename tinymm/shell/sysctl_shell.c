// SPDX-License-Identifier: GPL-2.0
/*
 * tinymm/shell/sysctl_shell.c - the shell's sysctl command: read and set the
 * kernel's tunables by name, printing what procps' sysctl(8) prints:
 *
 *   tinymm> sysctl vm.overcommit_memory
 *   vm.overcommit_memory = 0
 *   tinymm> sysctl vm.overcommit_memory=2
 *   vm.overcommit_memory = 2
 *   tinymm> sysctl vm            (every vm.* entry)
 *   tinymm> sysctl               (every entry, as sysctl -a)
 *
 * tinymm's own, not in Linux: there sysctl(8) reads and writes
 * /proc/sys/<name with '/' for '.'>; tinymm has no /proc file system, so the
 * command calls the same handlers through fs/proc/proc_sysctl.c. A write
 * prints the value as given, as procps does; -w and -a are accepted and change
 * nothing (a word with '=' is a write either way). procps prints its
 * usage when given no name; here that lists everything.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/sysctl.h>
#include <tinymm/shell.h>

/*
 * procps names /proc/sys/vm/x "vm.x", whichever separator was typed:
 * copy name with every '/' or '.' made sep.
 */
static void sysctl_sep(char *dst, size_t size, const char *name, char sep)
{
	char *p;

	strscpy(dst, name, size);
	for (p = dst; *p; p++)
		if (*p == '/' || *p == '.')
			*p = sep;
}

static void sysctl_show(const char *name, struct ctl_table *table, void *arg)
{
	char val[64], dotted[128];
	int err = sysctl_read(table, val, sizeof(val));

	sysctl_sep(dotted, sizeof(dotted), name, '.');
	if (err) {
		shell_error(err, "sysctl: reading key \"%s\"", dotted);
		return;
	}
	/* val ends in '\n', unless empty (vm.stat_refresh reads as nothing) */
	shell_printf("%s = %s%s", dotted, val, *val ? "" : "\n");
}

/* procps' message for a name that is no file */
static int sysctl_enoent(const char *arg)
{
	char dotted[128];

	sysctl_sep(dotted, sizeof(dotted), arg, '/');
	shell_printf("sysctl: cannot stat /proc/sys/%s: No such file or directory\n",
		     dotted);
	return -ENOENT;
}

struct sysctl_dir {
	const char *dotted;	/* "vm" */
	int shown;
};

/* An entry under the directory arg->dotted ("vm" lists "vm.*"). */
static void sysctl_show_under(const char *name, struct ctl_table *table,
			      void *arg)
{
	struct sysctl_dir *dir = arg;
	size_t len = strlen(dir->dotted);
	char dotted[128];

	sysctl_sep(dotted, sizeof(dotted), name, '.');
	if (strncmp(dotted, dir->dotted, len) || dotted[len] != '.')
		return;
	sysctl_show(name, table, NULL);
	dir->shown++;
}

/*
 * A name that is no file: a directory's entries, as procps walks
 * /proc/sys/vm for "sysctl vm"; else its message for a missing file.
 */
static int sysctl_dir_or_enoent(const char *arg)
{
	struct sysctl_dir dir;
	char dotted[128];

	sysctl_sep(dotted, sizeof(dotted), arg, '.');
	dir.dotted = dotted;
	dir.shown = 0;
	sysctl_for_each(sysctl_show_under, &dir);
	return dir.shown ? 0 : sysctl_enoent(arg);
}

/* One word: show a name (or a directory), or set name=value. */
static int sysctl_one(char *arg)
{
	char *val = strchr(arg, '=');
	char dotted[128];
	struct ctl_table *table;
	int err;

	if (val)
		*val++ = '\0';
	sysctl_sep(dotted, sizeof(dotted), arg, '.');
	table = sysctl_find(arg);
	if (!table && !val)
		return sysctl_dir_or_enoent(arg);
	if (!table)
		return sysctl_enoent(arg);
	if (!val) {
		sysctl_show(arg, table, NULL);
		return 0;
	}
	err = sysctl_write(table, val);
	if (err) {
		shell_error(err, "sysctl: setting key \"%s\"", dotted);
		return err;
	}
	shell_printf("%s = %s\n", dotted, val);
	return 0;
}

static int cmd_sysctl(int argc, char **argv)
{
	int i, ret = 0, names = 0;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-w") || !strcmp(argv[i], "-a"))
			continue;
		names++;
		if (sysctl_one(argv[i]))
			ret = -EINVAL;
	}
	if (!names)
		sysctl_for_each(sysctl_show, NULL);
	return ret;
}
SHELL_CMD("sysctl", cmd_sysctl, "sysctl [name[=value]]...: show or set kernel tunables (vm.overcommit_memory...)");
