// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/mm/extable.c - find and apply an exception-table fixup.
 * Linux: arch/arm64/mm/extable.c + kernel/extable.c. Linux sorts the
 * table at boot and binary-searches it; ours is a few dozen entries,
 * so a linear scan keeps it obvious.
 */
#include <linux/kernel.h>
#include <asm/extable.h>
#include <asm/ptrace.h>
#include <asm/uaccess.h>

extern const struct exception_table_entry __start___ex_table[];
extern const struct exception_table_entry __stop___ex_table[];

static unsigned long ex_to_insn(const struct exception_table_entry *ex)
{
	return (unsigned long)&ex->insn + ex->insn;
}

static unsigned long ex_to_fixup(const struct exception_table_entry *ex)
{
	return (unsigned long)&ex->fixup + ex->fixup;
}

const struct exception_table_entry *search_exception_tables(unsigned long addr)
{
	const struct exception_table_entry *ex;

	for (ex = __start___ex_table; ex < __stop___ex_table; ex++)
		if (ex_to_insn(ex) == addr)
			return ex;
	return NULL;
}

bool fixup_exception(struct pt_regs *regs)
{
	const struct exception_table_entry *ex;

	ex = search_exception_tables(regs->pc);
	if (!ex)
		return false;
	regs->pc = ex_to_fixup(ex);
	return true;
}

/* Linux: mm/maccess.c. Byte at a time: simple, and never over-reads. */
long copy_from_kernel_nofault(void *dst, const void *src, size_t size)
{
	u8 *d = dst;
	const u8 *s = src;

	while (size--)
		if (get_kernel_nofault_u8(d++, s++))
			return -EFAULT;
	return 0;
}
