// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/params.c - the kernel command line: "name=value name2 ...".
 * Linux: init/main.c (parse_early_param, obsolete_checksetup) and
 * kernel/params.c. Handlers are registered with early_param("name", fn)
 * or __setup("name=", fn) into .init.setup (see include/linux/init.h).
 * Linux passes unknown words on to init as arguments or environment;
 * tinymm has no init program to pass them to: it reports them once and
 * ignores them.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>

char boot_command_line[COMMAND_LINE_SIZE];
char *saved_command_line = boot_command_line;

/* Split "key=value" in place; returns the value ("" for a bare "key"). */
static char *next_arg(char *args, char **param, char **val)
{
	char *p = skip_spaces(args);
	char *eq = NULL;

	*param = p;
	while (*p && *p != ' ') {
		if (*p == '=' && !eq)
			eq = p;
		p++;
	}
	if (*p)
		*p++ = '\0';
	if (eq) {
		*eq = '\0';
		*val = eq + 1;
	} else {
		*val = NULL;
	}
	return p;
}

/* Returns true if some handler took the parameter. */
static bool do_param(char *param, char *val, bool early)
{
	const struct obs_kernel_param *p;
	char key[64];

	for (p = __setup_start; p < __setup_end; p++) {
		if (p->early != early)
			continue;
		if (early && !strcmp(param, p->str)) {
			if (p->setup_func(val ? val : ""))
				pr_warn("Malformed early option '%s'\n", param);
			return true;
		}
		/* __setup names end in '=' when they take a value */
		scnprintf(key, sizeof(key), "%s%s", param, val ? "=" : "");
		if (!early && !strcmp(key, p->str)) {
			p->setup_func(val ? val : "");
			return true;
		}
	}
	return false;
}

/*
 * sysctl.vm.overcommit_memory=2 and the like are applied later, by
 * do_sysctl_args() (fs/proc/proc_sysctl.c). Linux's unknown_bootoption()
 * is silent about every dotted name (a module's parameter); tinymm has
 * no modules, so it is silent only about these.
 */
static bool is_sysctl_param(const char *param)
{
	return !strncmp(param, "sysctl", 6) &&
	       (param[6] == '.' || param[6] == '/');
}

static void parse_cmdline(bool early)
{
	static char tmp[COMMAND_LINE_SIZE];
	char *args = tmp, *param, *val;

	strscpy(tmp, boot_command_line, sizeof(tmp));
	while (*(args = skip_spaces(args))) {
		args = next_arg(args, &param, &val);
		if (!do_param(param, val, early) && !early &&
		    !do_param(param, val, true) && !is_sysctl_param(param))
			pr_notice("Unknown kernel command line parameters \"%s%s%s\", ignored.\n",
				  param, val ? "=" : "", val ? val : "");
	}
}

void __init parse_early_param(void)
{
	static bool done;

	if (done)
		return;
	done = true;
	parse_cmdline(true);
}

void __init parse_args(const char *cmdline)
{
	parse_cmdline(false);
}
