/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/kallsyms.h - turning code addresses back into function names, so an
 * oops, a WARN or a slab report can say "start_kernel+0x24/0x180" instead of
 * a bare hex number (printk's %pS / %ps / %pB).
 * Linux: include/linux/kallsyms.h, kernel/kallsyms.c.
 *
 * Who implements what:
 *  - kallsyms_lookup() and kallsyms_lookup_name(): kernel/kallsyms.c in the
 *    kernel, tests/host/kallsyms_host.c (a small fake table) on the host.
 *    lib/vsprintf.c carries a weak kallsyms_lookup() that finds nothing, so
 *    a kernel linked without a symbol table still prints plain addresses.
 *  - sprint_symbol(), sprint_symbol_no_offset(), sprint_backtrace():
 *    lib/vsprintf.c, shared by both builds.
 *
 * Simplified: there are no modules, so Linux's "char **modname" argument of
 * kallsyms_lookup() and the " [module]" suffix are gone, and so is the
 * build-id variant (%pSb).
 */
#ifndef _LINUX_KALLSYMS_H
#define _LINUX_KALLSYMS_H

#include <linux/printk.h>

#define KSYM_NAME_LEN	128
/* "name+0x<16 hex>/0x<16 hex>" plus the terminating NUL fits. */
#define KSYM_SYMBOL_LEN	(KSYM_NAME_LEN + sizeof("+0x/0x") + 4 * sizeof(long))

/*
 * Find the symbol containing @addr. On success copy its name into @namebuf
 * (KSYM_NAME_LEN bytes), store its size and @addr's offset into it (either
 * pointer may be NULL) and return @namebuf; return NULL if no symbol covers
 * @addr.
 */
const char *kallsyms_lookup(unsigned long addr, unsigned long *symbolsize,
			    unsigned long *offset, char *namebuf);

/* The address of symbol @name, or 0 if there is none. */
unsigned long kallsyms_lookup_name(const char *name);

/*
 * Format @address into @buffer (KSYM_SYMBOL_LEN bytes) and return the length:
 * sprint_symbol           "name+0xoff/0xsize"
 * sprint_symbol_no_offset "name"
 * sprint_backtrace        like sprint_symbol, but for a return address: it
 *                         looks up @address - 1, so a call that is the last
 *                         instruction of a function (a noreturn call) is not
 *                         blamed on the next function.
 * An address without a symbol is printed as "0x%lx".
 */
int sprint_symbol(char *buffer, unsigned long address);
int sprint_symbol_no_offset(char *buffer, unsigned long address);
int sprint_backtrace(char *buffer, unsigned long address);

static inline void print_ip_sym(const char *loglvl, unsigned long ip)
{
	printk("%s[<%px>] %pS\n", loglvl, (void *)ip, (void *)ip);
}

#endif /* _LINUX_KALLSYMS_H */
