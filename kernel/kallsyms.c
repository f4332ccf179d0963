// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/kallsyms.c - address -> "function+0xoff/0xsize" for %pS, oops
 * backtraces and WARN reports. Linux: kernel/kallsyms.c.
 *
 * The table is generated at build time by tools/kallsyms.py from `nm` of a
 * first link and linked into .kallsyms (rodata, after all text, so adding
 * it cannot move any function). Linux compresses names with a token table
 * and also covers data symbols; we store plain names of text symbols only,
 * because %pS is used on code addresses.
 */
#include <linux/kernel.h>
#include <linux/kallsyms.h>
#include <linux/string.h>
#include <asm/sections.h>

/* Generated, sorted by address; the first link gets an empty table. */
extern const u32 kallsyms_num_syms;
extern const u32 kallsyms_offsets[];	/* from _text */
extern const u32 kallsyms_sizes[];
extern const u32 kallsyms_name_offsets[];
extern const char kallsyms_names[];

static u32 num_syms(void)
{
	return kallsyms_num_syms;
}

/* Index of the last symbol starting at or below addr, or -1. */
static long find_symbol(unsigned long addr)
{
	long lo = 0, hi = (long)num_syms() - 1, best = -1;
	u64 off = addr - (u64)_text;

	if (addr < (u64)_text || addr >= (u64)_etext)
		return -1;
	while (lo <= hi) {
		long mid = (lo + hi) / 2;

		if (kallsyms_offsets[mid] <= off) {
			best = mid;
			lo = mid + 1;
		} else {
			hi = mid - 1;
		}
	}
	return best;
}

const char *kallsyms_lookup(unsigned long addr, unsigned long *symbolsize,
			    unsigned long *offset, char *namebuf)
{
	long i = find_symbol(addr);
	u64 start, size;

	if (i < 0)
		return NULL;
	start = (u64)_text + kallsyms_offsets[i];
	size = kallsyms_sizes[i];
	/*
	 * Linux's symbols run up to the next one (get_symbol_pos). We keep
	 * nm's exact size, but as there an address in the padding after a
	 * function still belongs to it: the return address of a last call
	 * to a __noreturn function (kernel_init -> shell_run) lies there.
	 * An assembler symbol without .size also runs to the next one.
	 */
	if (!size || addr >= start + size)
		size = (i + 1 < num_syms() ? (u64)_text + kallsyms_offsets[i + 1]
					   : (u64)_etext) - start;
	if (symbolsize)
		*symbolsize = size;
	if (offset)
		*offset = addr - start;
	strscpy(namebuf, &kallsyms_names[kallsyms_name_offsets[i]],
		KSYM_NAME_LEN);
	return namebuf;
}

unsigned long kallsyms_lookup_name(const char *name)
{
	u32 i;

	for (i = 0; i < num_syms(); i++)
		if (!strcmp(&kallsyms_names[kallsyms_name_offsets[i]], name))
			return (unsigned long)_text + kallsyms_offsets[i];
	return 0;
}
