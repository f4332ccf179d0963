/* SPDX-License-Identifier: GPL-2.0 */
/* linux/panic.h - panic(), oops bookkeeping and taint. Linux: include/linux/panic.h. */
#ifndef _LINUX_PANIC_H
#define _LINUX_PANIC_H

#include <linux/compiler.h>
#include <linux/types.h>

struct pt_regs;

extern int panic_timeout;
extern int oops_in_progress;

void __noreturn panic(const char *fmt, ...) __printf(1, 2) __cold;
void oops_enter(void);
void oops_exit(void);
void print_oops_end_marker(void);

/*
 * A WARN's report (cut-here line printed by the caller): where, the
 * registers, the end marker; then @taint is added. Linux also passes
 * warn_args for WARN()'s message; tinymm's WARN() printks it first.
 */
void __warn(const char *file, int line, void *caller, unsigned int taint,
	    struct pt_regs *regs);

/* Taint: bit numbers into tainted_mask, and the letter of each in reports. */
#define TAINT_PROPRIETARY_MODULE	0
#define TAINT_FORCED_MODULE		1
#define TAINT_CPU_OUT_OF_SPEC		2
#define TAINT_FORCED_RMMOD		3
#define TAINT_MACHINE_CHECK		4
#define TAINT_BAD_PAGE			5
#define TAINT_USER			6
#define TAINT_DIE			7
#define TAINT_OVERRIDDEN_ACPI_TABLE	8
#define TAINT_WARN			9
#define TAINT_CRAP			10
#define TAINT_FIRMWARE_WORKAROUND	11
#define TAINT_OOT_MODULE		12
#define TAINT_UNSIGNED_MODULE		13
#define TAINT_SOFTLOCKUP		14
#define TAINT_LIVEPATCH			15
#define TAINT_AUX			16
#define TAINT_RANDSTRUCT		17
#define TAINT_FLAGS_COUNT		18
#define TAINT_FLAGS_MAX			((1UL << TAINT_FLAGS_COUNT) - 1)

struct taint_flag {
	char c_true;	/* character printed when tainted */
	char c_false;	/* character printed when not tainted */
	bool module;	/* also show taint in affected modules */
};

extern const struct taint_flag taint_flags[TAINT_FLAGS_COUNT];

/* Whether the taint leaves lock debugging trustworthy. */
enum lockdep_ok {
	LOCKDEP_STILL_OK,
	LOCKDEP_NOW_UNRELIABLE,
};

/* "Tainted: " and one letter per flag, or "Not tainted"; a static buffer. */
const char *print_tainted(void);
/* Set taint @flag for good; LOCKDEP_NOW_UNRELIABLE also ends lock debugging. */
void add_taint(unsigned int flag, enum lockdep_ok lockdep_ok);
int test_taint(unsigned int flag);
unsigned long get_taint(void);

#endif
