/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/init.h - __init markers and early_param().
 * Linux: include/linux/init.h. Linux frees .init.* memory after boot; tinymm
 * keeps it (we skip freeing init memory because a student may want to step
 * through boot code again in GDB after boot), but the markers stay so the code
 * reads like Linux's.
 */
#ifndef _LINUX_INIT_H
#define _LINUX_INIT_H

#include <linux/compiler.h>

#define __init		__section(".init.text") __cold
#define __initdata	__section(".init.data")
#define __initconst	__section(".init.rodata")
#define __ro_after_init	__section(".data..ro_after_init")

struct obs_kernel_param {
	const char *str;
	int (*setup_func)(char *);
	int early;
};

/* Registered into .init.setup; parse_early_param()/parse_args() walk it. */
#define __setup_param(str, unique_id, fn, early)			\
	static const char __setup_str_##unique_id[] = str;		\
	static const struct obs_kernel_param __setup_##unique_id	\
		__used __section(".init.setup") __aligned(8) =		\
		{ __setup_str_##unique_id, fn, early }

#define __setup(str, fn)	__setup_param(str, fn, fn, 0)
#define early_param(str, fn)	__setup_param(str, fn, fn, 1)

extern const struct obs_kernel_param __setup_start[], __setup_end[];
#define COMMAND_LINE_SIZE	2048

extern char boot_command_line[COMMAND_LINE_SIZE];
extern char *saved_command_line;

void parse_early_param(void);
void parse_args(const char *cmdline);

#endif /* _LINUX_INIT_H */
