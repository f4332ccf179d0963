/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/bug.h - BUG(), BUG_ON(), WARN_ON() and friends.
 * Linux: include/asm-generic/bug.h. The architecture supplies BUG() and
 * __WARN_FLAGS() in <asm/bug.h>: on arm64 a `brk` instruction plus a
 * __bug_table entry (file, line, flags), so the exception handler can report
 * the exact place and, for a WARN, step over it and carry on.
 */
#ifndef _LINUX_BUG_H
#define _LINUX_BUG_H

#include <linux/compiler.h>
#include <linux/printk.h>

#define BUGFLAG_WARNING		(1 << 0)
#define BUGFLAG_ONCE		(1 << 1)
#define BUGFLAG_DONE		(1 << 2)

#include <asm/bug.h>

#define __WARN()		__WARN_FLAGS(BUGFLAG_WARNING)

#define BUG_ON(cond) do { if (unlikely(cond)) BUG(); } while (0)

#define WARN_ON(condition) ({						\
	int __ret_warn_on = !!(condition);				\
	if (unlikely(__ret_warn_on))					\
		__WARN();						\
	unlikely(__ret_warn_on);					\
})

#define WARN(condition, format...) ({					\
	int __ret_warn_on = !!(condition);				\
	if (unlikely(__ret_warn_on)) {					\
		printk(KERN_WARNING format);				\
		__WARN();						\
	}								\
	unlikely(__ret_warn_on);					\
})

#define WARN_ON_ONCE(condition) ({					\
	int __ret_warn_on = !!(condition);				\
	if (unlikely(__ret_warn_on))					\
		__WARN_FLAGS(BUGFLAG_WARNING | BUGFLAG_ONCE);		\
	unlikely(__ret_warn_on);					\
})

#define WARN_ONCE(condition, format...) ({				\
	static bool __warned;						\
	int __ret_warn_once = !!(condition);				\
	if (unlikely(__ret_warn_once && !__warned)) {			\
		__warned = true;					\
		WARN(1, format);					\
	}								\
	unlikely(__ret_warn_once);					\
})

enum bug_trap_type {
	BUG_TRAP_TYPE_NONE = 0,
	BUG_TRAP_TYPE_WARN = 1,
	BUG_TRAP_TYPE_BUG = 2,
};

#endif /* _LINUX_BUG_H */
