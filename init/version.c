// SPDX-License-Identifier: GPL-2.0
/*
 * init/version.c - the kernel's name, release and build: init_uts_ns (what
 * uname(2) returns; the oops and lockdep banners print its release and the
 * first word of its version) and linux_banner (the first boot line and
 * /proc/version). Linux: the same file.
 *
 * Simplified: Linux generates UTS_RELEASE (include/generated/utsrelease.h)
 * and UTS_VERSION, LINUX_COMPILE_BY/HOST and LINUX_COMPILER
 * (include/generated/compile.h) at build time; tinymm fixes them here (the
 * date is v5.19's release day, as a KBUILD_BUILD_TIMESTAMP would fix it),
 * so boot logs do not change from one build or machine to the next. Where
 * Linux names the compiler, ours says what this kernel is instead.
 */
#include <linux/utsname.h>

#define UTS_SYSNAME		"Linux"
#define UTS_NODENAME		"tinymm"	/* CONFIG_DEFAULT_HOSTNAME */
#define UTS_DOMAINNAME		"(none)"
#define UTS_MACHINE		"aarch64"
#define UTS_RELEASE		"5.19.0-tinymm"
#define UTS_VERSION		"#1 SMP Sun Jul 31 22:34:00 UTC 2022"
#define LINUX_COMPILE_BY	"tinymm"
#define LINUX_COMPILE_HOST	"tinymm"
#define LINUX_COMPILER		"a teaching model of Linux mm"

struct uts_namespace init_uts_ns = {
	.name = {
		.sysname	= UTS_SYSNAME,
		.nodename	= UTS_NODENAME,
		.release	= UTS_RELEASE,
		.version	= UTS_VERSION,
		.machine	= UTS_MACHINE,
		.domainname	= UTS_DOMAINNAME,
	},
};

/* The shape of Linux's: release, (builder@host), (compiler), version. */
const char linux_banner[] =
	"Linux version " UTS_RELEASE " (" LINUX_COMPILE_BY "@"
	LINUX_COMPILE_HOST ") (" LINUX_COMPILER ") " UTS_VERSION "\n";
