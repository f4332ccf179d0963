/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/tracepoint-defs.h - the {mask, name} pair flag-name tables are made
 * of (mm/debug.c's gfpflag_names[], printed by %pGg). Linux: the same
 * header, which also defines the tracepoint structures; tinymm has no
 * tracepoints, so only this is here.
 */
#ifndef _LINUX_TRACEPOINT_DEFS_H
#define _LINUX_TRACEPOINT_DEFS_H

struct trace_print_flags {
	unsigned long mask;
	const char *name;
};

#endif
