/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/utsname.h - the names uname(2) reports and the oops banner prints.
 * Linux: include/linux/utsname.h, with struct new_utsname from
 * include/uapi/linux/utsname.h (kept here: nothing else of uapi needs it).
 *
 * Simplified: no UTS namespaces. Linux's utsname() reads the current
 * task's namespace; tinymm has only init_uts_ns, so both helpers return it.
 */
#ifndef _LINUX_UTSNAME_H
#define _LINUX_UTSNAME_H

#define __NEW_UTS_LEN	64

struct new_utsname {
	char sysname[__NEW_UTS_LEN + 1];
	char nodename[__NEW_UTS_LEN + 1];
	char release[__NEW_UTS_LEN + 1];
	char version[__NEW_UTS_LEN + 1];
	char machine[__NEW_UTS_LEN + 1];
	char domainname[__NEW_UTS_LEN + 1];
};

struct uts_namespace {
	struct new_utsname name;
};

extern struct uts_namespace init_uts_ns;
extern const char linux_banner[];

static inline struct new_utsname *init_utsname(void)
{
	return &init_uts_ns.name;
}

static inline struct new_utsname *utsname(void)
{
	return &init_uts_ns.name;
}

#endif /* _LINUX_UTSNAME_H */
