/* SPDX-License-Identifier: GPL-2.0 */
/* asm/ptdump.h - kernel page-table dump. Linux: arch/arm64/include/asm/ptdump.h. */
#ifndef __ASM_PTDUMP_H
#define __ASM_PTDUMP_H

#include <linux/types.h>

struct ptdump_stats {
	u64 wx_pages;	/* pages both writable and executable (must be 0) */
	u64 ranges;	/* mapped ranges printed */
};

struct seq_file;
void ptdump_walk(struct seq_file *m, struct ptdump_stats *stats);

#endif
