/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/extable.h - exception table: "if the instruction at insn faults,
 * continue at fixup instead of oopsing". Linux: arch/arm64/include/asm/
 * extable.h, asm-extable.h. Entries are pc-relative so the table needs no
 * relocation. Linux encodes several fixup types (register to zero, error
 * register); tinymm keeps the classic form: jump to a fixup stub that sets
 * the error and resumes, which is what Linux did up to v5.15.
 */
#ifndef __ASM_EXTABLE_H
#define __ASM_EXTABLE_H

#ifdef __ASSEMBLY__
	/* the same entry from an assembly file */
	.macro	_asm_extable, from, to
	.pushsection	__ex_table, "a"
	.balign		4
	.long		(\from - .), (\to - .)
	.popsection
	.endm
#else
#include <linux/types.h>

struct exception_table_entry {
	int insn, fixup;
};

#define _ASM_EXTABLE(from, to)						\
	"	.pushsection	__ex_table, \"a\"\n"			\
	"	.balign		4\n"					\
	"	.long		(" #from " - .), (" #to " - .)\n"	\
	"	.popsection\n"

struct pt_regs;
bool fixup_exception(struct pt_regs *regs);
const struct exception_table_entry *search_exception_tables(unsigned long addr);
#endif

#endif
