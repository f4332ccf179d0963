// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/mm/ptdump.c - print the kernel page tables as ranges of equal
 * attributes, in the format of Linux's /sys/kernel/debug/kernel_page_tables.
 * Linux: arch/arm64/mm/ptdump.c + mm/ptdump.c (the generic walker). Linux
 * also checks W+X at boot (ptdump_check_wx); ptdump_walk() here reports the
 * same count so the MMU self-test can assert there are none.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/seq_file.h>
#include <asm/fixmap.h>
#include <asm/pgtable.h>
#include <asm/ptdump.h>

struct addr_marker {
	u64 start_address;
	const char *name;
};

static const struct addr_marker address_markers[] = {
	{ PAGE_OFFSET,		"Linear Mapping start" },
	{ PAGE_END,		"Linear Mapping end" },
	{ MODULES_VADDR,	"Modules start" },
	{ MODULES_END,		"Modules end" },
	{ VMALLOC_START,	"vmalloc() area" },
	{ VMALLOC_END,		"vmalloc() end" },
	{ FIXADDR_START,	"Fixmap start" },
	{ FIXADDR_TOP,		"Fixmap end" },
	{ PCI_IO_START,		"PCI I/O start" },
	{ PCI_IO_END,		"PCI I/O end" },
	{ VMEMMAP_START,	"vmemmap start" },
	{ VMEMMAP_END,		"vmemmap end" },
	{ -1,			NULL },
};

struct prot_bits {
	u64 mask, val;
	const char *set, *clear;
};

static const struct prot_bits pte_bits[] = {
	{ PTE_VALID, PTE_VALID, " ", "F" },
	{ PTE_USER, PTE_USER, "USR", "   " },
	{ PTE_RDONLY, PTE_RDONLY, "ro", "RW" },
	{ PTE_PXN, PTE_PXN, "NX", "x " },
	{ PTE_SHARED, PTE_SHARED, "SHD", "   " },
	{ PTE_AF, PTE_AF, "AF", "  " },
	{ PTE_NG, PTE_NG, "NG", "  " },
	{ PTE_CONT, PTE_CONT, "CON", "   " },
	{ PTE_TABLE_BIT, PTE_TABLE_BIT, "   ", "BLK" },
	{ PTE_UXN, PTE_UXN, "UXN", "   " },
	{ PTE_ATTRINDX_MASK, PTE_ATTRINDX(MT_DEVICE_nGnRnE), "DEVICE/nGnRnE", NULL },
	{ PTE_ATTRINDX_MASK, PTE_ATTRINDX(MT_DEVICE_nGnRE), "DEVICE/nGnRE", NULL },
	{ PTE_ATTRINDX_MASK, PTE_ATTRINDX(MT_NORMAL_NC), "MEM/NORMAL-NC", NULL },
	{ PTE_ATTRINDX_MASK, PTE_ATTRINDX(MT_NORMAL), "MEM/NORMAL", NULL },
	{ PTE_ATTRINDX_MASK, PTE_ATTRINDX(MT_NORMAL_TAGGED), "MEM/NORMAL-TAGGED", NULL },
};

static const char *const level_name[] = { "PGD", "PUD", "PMD", "PTE" };
#define PTE_ATTR_BITS	(~PTE_ADDR_MASK & ~PTE_WRITE)

struct pg_state {
	const struct addr_marker *marker;
	u64 start_address;
	int level;		/* -1: no range open */
	u64 current_prot;
	struct seq_file *seq;	/* NULL: count only */
	struct ptdump_stats *stats;
};

/* As Linux: print only when there is a seq_file to print into. */
#define pt_dump_seq_printf(m, fmt, args...)	\
({						\
	if (m)					\
		seq_printf(m, fmt, ##args);	\
})

static void dump_prot(struct pg_state *st, u64 prot)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(pte_bits); i++) {
		const char *s = (prot & pte_bits[i].mask) == pte_bits[i].val ?
				pte_bits[i].set : pte_bits[i].clear;

		if (s)
			pt_dump_seq_printf(st->seq, " %s", s);
	}
}

static void note_range_end(struct pg_state *st, u64 addr)
{
	static const char units[] = "KMGTPE";
	const char *unit = units;
	u64 delta;

	if (!st->current_prot)
		return;
	if (!(st->current_prot & PTE_RDONLY) && !(st->current_prot & PTE_PXN))
		st->stats->wx_pages += (addr - st->start_address) >> PAGE_SHIFT;
	st->stats->ranges++;
	if (!st->seq)
		return;
	delta = (addr - st->start_address) >> 10;
	while (!(delta & 1023) && unit[1]) {
		delta >>= 10;
		unit++;
	}
	seq_printf(st->seq, "0x%016llx-0x%016llx   %9llu%c %s",
		   (unsigned long long)st->start_address,
		   (unsigned long long)addr, (unsigned long long)delta, *unit,
		   level_name[st->level]);
	dump_prot(st, st->current_prot);
	seq_putc(st->seq, '\n');
}

/* Called for every entry, mapped or not, in address order. */
static void note_page(struct pg_state *st, u64 addr, int level, u64 val)
{
	u64 prot = val & PTE_ATTR_BITS;

	if (st->level < 0) {
		st->level = level;
		st->current_prot = prot;
		st->start_address = addr;
		pt_dump_seq_printf(st->seq, "---[ %s ]---\n",
				   st->marker->name);
		return;
	}
	if (prot == st->current_prot && level == st->level &&
	    addr < st->marker[1].start_address)
		return;
	note_range_end(st, addr);
	while (addr >= st->marker[1].start_address && st->marker[1].name) {
		st->marker++;
		pt_dump_seq_printf(st->seq, "---[ %s ]---\n",
				   st->marker->name);
	}
	st->start_address = addr;
	st->current_prot = prot;
	st->level = level;
}

static void walk_level(struct pg_state *st, u64 *table, u64 base, int level)
{
	int shift = PAGE_SHIFT + (3 - level) * 9;
	int i;

	for (i = 0; i < PTRS_PER_PTE; i++) {
		u64 addr = base + ((u64)i << shift);
		u64 val = READ_ONCE(table[i]);

		if (level < 3 && (val & PTE_TYPE_MASK) == PMD_TYPE_TABLE)
			walk_level(st, phys_to_virt(val & PTE_ADDR_MASK), addr,
				   level + 1);
		else
			note_page(st, addr, level, (val & PTE_VALID) ? val : 0);
	}
}

/* Walk the kernel half of swapper_pg_dir; print it into m unless NULL. */
void ptdump_walk(struct seq_file *m, struct ptdump_stats *stats)
{
	struct pg_state st = { .marker = address_markers, .level = -1,
			       .seq = m, .stats = stats };

	stats->wx_pages = 0;
	stats->ranges = 0;
	walk_level(&st, (u64 *)init_mm.pgd, PAGE_OFFSET, 0);
	note_range_end(&st, 0);	/* wraps: the last range ends at 2^64 */
}
