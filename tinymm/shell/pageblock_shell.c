// SPDX-License-Identifier: GPL-2.0
/*
 * tinymm/shell/pageblock_shell.c - the `pageblocks` command: physical memory,
 * one line per 2 MB pageblock, the text tools/memmap.py draws as a picture.
 *
 * What it teaches: where the things of the earlier chapters lie in
 * physical memory. Each line is one pageblock (pageblock_order 9: 512
 * pages) of a populated zone, with the migrate type its pageblock bitmap
 * records (the type pagetypeinfo counts blocks of), how many of its pages
 * are free in the buddy allocator, how many memblock kept, and what those
 * hold:
 *
 *   Page block order: 9
 *   Pages per block:  512
 *
 *          pfn node zone     migratetype   free  rsvd flags
 *   0x00040000    0 DMA32    Movable        512     0 -----
 *   0x00040200    0 DMA32    Movable        372   140 K----
 *
 *   pfn    the first pfn of the pageblock (a multiple of 512)
 *   free   pages of the buddy free lists that lie in this pageblock: a
 *          free block counts in each pageblock it covers (an order-10
 *          block is 512 in each of its two). Pages on the per-CPU lists
 *          are not counted, as NR_FREE_PAGES does not count them.
 *   rsvd   pages memblock.reserved covers, wholly or in part: never
 *          given to the buddy allocator, not managed
 *   flags  one column per letter, '-' where it does not apply:
 *          K  the kernel image, _text to _end
 *          D  the device tree blob, fdt_totalsize() bytes at __fdt_pointer
 *          M  mem_map, max_mapnr struct pages
 *          R  other memblock.reserved pages (page tables, the pageblock
 *             bitmaps: whatever memblock allocated)
 *          H  a hole: pages no memblock.memory region covers
 *
 * GDB's lx-pageblocks (tools/gdb/linux/mm.py) prints the same text from
 * the structures alone, and tests/run_tests.py checks that they agree.
 *
 * tinymm's own, not in Linux, whose pieces it puts together: the pageblock
 * counts of /proc/pagetypeinfo (pagetypeinfo_showblockcount_print), the free
 * lists of /proc/buddyinfo, /sys/kernel/debug/memblock, the "Kernel code" and
 * "Kernel data" lines of /proc/iomem; tools/mm/page-types shows the like
 * per page, from /proc/kpageflags.
 *
 * Simplified: memblock records no owner for a reserved range, so only
 * the three ranges that symbols name get a letter of their own; the rest
 * is R. The text comes in slices of 1 GB (512 lines, about 28 KB), each
 * read under the zone lock, because the shell's buffer is one 64 KB
 * array; Linux's seq_read() would refill its buffer record by record.
 */
#include <linux/kernel.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/seq_file.h>
#include <linux/string.h>
#ifndef __KERNEL_HOST__
#include <linux/libfdt.h>
#include <linux/of_fdt.h>
#include <asm/sections.h>
#include <asm/setup.h>
#endif
#include <tinymm/shell.h>
#include "internal.h"

#define PAGEBLOCKS_PER_SLICE	512

enum pageblock_flag {
	PB_KERNEL,
	PB_DTB,
	PB_MEMMAP,
	NR_PB_NAMED,		/* the ranges above are named by symbols */
	PB_RESERVED = NR_PB_NAMED,
	PB_HOLE,
	NR_PB_FLAGS
};

static const char pb_flag_letters[] = "KDMRH";

/* pfns [start, end) */
struct pfn_range {
	unsigned long start, end;
};

/* The pfns of one slice of the text; header: print the column names. */
struct pageblocks_slice {
	unsigned long start_pfn, end_pfn;
	bool header;
};

/* Free pages per pageblock of the slice being printed, for one zone. */
static unsigned int slice_free[PAGEBLOCKS_PER_SLICE];

static struct pfn_range phys_pfns(phys_addr_t start, phys_addr_t end)
{
	return (struct pfn_range){ PFN_DOWN(start), PFN_UP(end) };
}

/*
 * What the symbols say is where. The host arena holds no kernel image and
 * no device tree, so there only mem_map has a name.
 */
static void named_ranges(struct pfn_range *named)
{
	memset(named, 0, NR_PB_NAMED * sizeof(*named));
#ifndef __KERNEL_HOST__
	named[PB_KERNEL] = phys_pfns(__pa_symbol(_text), __pa_symbol(_end));
	if (initial_boot_params)
		named[PB_DTB] = phys_pfns(__fdt_pointer, __fdt_pointer +
					  fdt_totalsize(initial_boot_params));
#endif
	if (mem_map)
		named[PB_MEMMAP] = phys_pfns(__pa(mem_map), __pa(mem_map) +
					     max_mapnr * sizeof(struct page));
}

static unsigned long overlap(unsigned long s1, unsigned long e1,
			     unsigned long s2, unsigned long e2)
{
	unsigned long s = max(s1, s2), e = min(e1, e2);

	return s < e ? e - s : 0;
}

/* Does [s, e) have a pfn outside every named range? */
static bool outside_named(unsigned long s, unsigned long e,
			  const struct pfn_range *named)
{
	int i;

	while (s < e) {
		for (i = 0; i < NR_PB_NAMED; i++)
			if (named[i].start <= s && s < named[i].end)
				break;
		if (i == NR_PB_NAMED)
			return true;
		s = named[i].end;
	}
	return false;
}

/*
 * Reserved pages of [s, e), and R. The regions are sorted and apart, but
 * two may share a page (one ends and the next starts inside it): done
 * keeps such a page from counting twice.
 */
static unsigned long reserved_pages(unsigned long s, unsigned long e,
				    const struct pfn_range *named, char *flags)
{
	struct memblock_region *r;
	unsigned long n = 0, done = s;

	for_each_reserved_mem_region(r) {
		struct pfn_range pfns = phys_pfns(r->base, r->base + r->size);
		unsigned long rs = max(pfns.start, done);
		unsigned long re = min(pfns.end, e);

		if (rs >= re)
			continue;
		n += re - rs;
		done = re;
		if (outside_named(rs, re, named))
			flags[PB_RESERVED] = pb_flag_letters[PB_RESERVED];
	}
	return n;
}

/* Pages of [s, e) in memblock.memory: the rest is a hole. */
static unsigned long ram_pages(unsigned long s, unsigned long e)
{
	unsigned long start, end, n = 0;
	int i;

	for_each_mem_pfn_range(i, MAX_NUMNODES, &start, &end, NULL)
		n += overlap(s, e, start, end);
	return n;
}

/*
 * slice_free[] for the pageblocks of [ws, we), from the zone's free
 * lists: every free block adds its pages to each pageblock it covers.
 */
static void count_free(struct zone *zone, unsigned long ws, unsigned long we)
{
	unsigned int order;
	int mt;

	memset(slice_free, 0, sizeof(slice_free));
	for (order = 0; order < MAX_ORDER; order++)
		for (mt = 0; mt < MIGRATE_TYPES; mt++) {
			struct list_head *head =
				&zone->free_area[order].free_list[mt];
			struct page *page;

			list_for_each_entry(page, head, lru) {
				unsigned long pfn = page_to_pfn(page);
				unsigned long end = min(pfn + (1UL << order), we);

				for (pfn = max(pfn, ws); pfn < end;) {
					unsigned long next = min(end,
						round_down(pfn, pageblock_nr_pages) +
						pageblock_nr_pages);

					slice_free[(pfn - ws) >> pageblock_order] +=
						next - pfn;
					pfn = next;
				}
			}
		}
}

/* The lines of the zone's pageblocks that start in [ws, we). */
static void pageblocks_show_zone(struct seq_file *m, struct zone *zone,
				 unsigned long ws, unsigned long we,
				 const struct pfn_range *named)
{
	unsigned long zs = zone->zone_start_pfn, ze = zone_end_pfn(zone);
	unsigned long pfn, irqflags;

	pfn = max(ws, round_down(zs, pageblock_nr_pages));
	if (pfn >= min(we, ze))
		return;
	spin_lock_irqsave(&zone->lock, irqflags);
	count_free(zone, ws, we);
	for (; pfn < min(we, ze); pfn += pageblock_nr_pages) {
		/* a pageblock at a zone edge: only the zone's part of it */
		unsigned long bs = max(pfn, zs);
		unsigned long be = min(pfn + pageblock_nr_pages, ze);
		int mt = get_pageblock_migratetype(pfn_to_page(bs));
		char flags[NR_PB_FLAGS + 1];
		unsigned long rsvd;
		int i;

		memset(flags, '-', NR_PB_FLAGS);
		flags[NR_PB_FLAGS] = '\0';
		for (i = 0; i < NR_PB_NAMED; i++)
			if (overlap(bs, be, named[i].start, named[i].end))
				flags[i] = pb_flag_letters[i];
		rsvd = reserved_pages(bs, be, named, flags);
		if (ram_pages(bs, be) < be - bs)
			flags[PB_HOLE] = pb_flag_letters[PB_HOLE];
		seq_printf(m, "%#010lx %4d %-8s %-12s %5u %5lu %s\n", pfn,
			   zone->node, zone->name,
			   mt < MIGRATE_TYPES ? migratetype_names[mt] : "Unknown",
			   slice_free[(pfn - ws) >> pageblock_order], rsvd,
			   flags);
	}
	spin_unlock_irqrestore(&zone->lock, irqflags);
}

/* The pageblock-aligned pfns from the first populated zone to the last. */
static void pageblocks_span(unsigned long *lo, unsigned long *hi)
{
	struct zone *zone;

	*lo = ULONG_MAX;
	*hi = 0;
	for_each_populated_zone(zone) {
		*lo = min(*lo, round_down(zone->zone_start_pfn,
					  pageblock_nr_pages));
		*hi = max(*hi, zone_end_pfn(zone));
	}
}

static void pageblocks_show_slice(struct seq_file *m, unsigned long ws,
				  unsigned long we)
{
	struct pfn_range named[NR_PB_NAMED];
	struct zone *zone;

	named_ranges(named);
	for_each_populated_zone(zone)
		pageblocks_show_zone(m, zone, ws, we, named);
}

#define PAGEBLOCKS_SLICE_PAGES	(PAGEBLOCKS_PER_SLICE * pageblock_nr_pages)

/*
 * v: a struct pageblocks_slice, or NULL for all of memory (fine for the
 * small memories of the host tests; the shell asks slice by slice).
 */
int pageblocks_show(struct seq_file *m, void *v)
{
	const struct pageblocks_slice *slice = v;
	unsigned long lo, hi, pfn;

	if (!slice || slice->header) {
		seq_printf(m, "Page block order: %d\n", pageblock_order);
		seq_printf(m, "Pages per block:  %lu\n", pageblock_nr_pages);
		seq_putc(m, '\n');
		seq_printf(m, "%10s %4s %-8s %-12s %5s %5s %s\n", "pfn", "node",
			   "zone", "migratetype", "free", "rsvd", "flags");
	}
	if (slice) {
		pageblocks_show_slice(m, slice->start_pfn, slice->end_pfn);
		return 0;
	}
	pageblocks_span(&lo, &hi);
	for (pfn = lo; pfn < hi; pfn += PAGEBLOCKS_SLICE_PAGES)
		pageblocks_show_slice(m, pfn, pfn + PAGEBLOCKS_SLICE_PAGES);
	return 0;
}

static int cmd_pageblocks(int argc, char **argv)
{
	struct pageblocks_slice slice = { .header = true };
	unsigned long lo, hi;
	int ret = 0;

	pageblocks_span(&lo, &hi);
	for (slice.start_pfn = lo; slice.start_pfn < hi && !ret;
	     slice.start_pfn = slice.end_pfn) {
		slice.end_pfn = slice.start_pfn + PAGEBLOCKS_SLICE_PAGES;
		ret = shell_show(pageblocks_show, &slice);
		slice.header = false;
	}
	return ret;
}
SHELL_CMD("pageblocks", cmd_pageblocks, "one line per 2 MB pageblock: migrate type, free pages, what it holds");
