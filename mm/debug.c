// SPDX-License-Identifier: GPL-2.0
/*
 * mm/debug.c - dump_page() and the names of page flags and GFP flags.
 * Linux: mm/debug.c (v5.19: __dump_page, dump_page, pageflag_names[],
 * gfpflag_names[]), lib/vsprintf.c (format_flags, format_page_flags for
 * %pGp), include/trace/events/mmflags.h (__def_gfpflag_names,
 * __def_pageflag_names: the order the names are tried in).
 *
 * What it teaches: when the allocator finds a page in a state it cannot
 * explain (bad_page(), VM_BUG_ON_PAGE), it prints everything struct page
 * holds, decoded and raw, so the report alone tells what went wrong:
 *
 *   page:ffff00003fe06c40 refcount:0 mapcount:-128 mapping:0000000000000000 index:0x0 pfn:0x4001b
 *   flags: 0x0(node=0|zone=0)
 *   raw: 0000000000000000 ffff00003fe06c48 ffff00003fe06c48 0000000000000000
 *   raw: 0000000000000000 0000000000000000 00000000ffffff7f
 *   page dumped because: nonzero mapcount
 *
 * Flag names are printed as Linux's format_flags() does: walk a table of
 * {mask, name} in order, print every name whose bits are all set, clear
 * them, join with '|', and print leftover unknown bits as hex. Composite
 * names come first, so GFP_KERNEL|__GFP_ZERO prints as that and not as
 * its five single bits.
 *
 * Simplified: Linux prints flags with %pGp; tinymm's vsprintf knows only
 * %pGg, so dump_page() formats the page flags itself with the same rules.
 * No page_owner, no memcg, no dump_mapping() (a file page's inode, name),
 * and struct page is 7 words, so the second raw line has 3 words, not 4.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/string.h>
#include "internal.h"

/* ---- page flags ---- */

const char *const pageflag_names[__NR_PAGEFLAGS] = {
	[PG_locked]		= "locked",
	[PG_referenced]		= "referenced",
	[PG_uptodate]		= "uptodate",
	[PG_dirty]		= "dirty",
	[PG_lru]		= "lru",
	[PG_active]		= "active",
	[PG_workingset]		= "workingset",
	[PG_waiters]		= "waiters",
	[PG_error]		= "error",
	[PG_slab]		= "slab",
	[PG_owner_priv_1]	= "owner_priv_1",
	[PG_arch_1]		= "arch_1",
	[PG_reserved]		= "reserved",
	[PG_private]		= "private",
	[PG_private_2]		= "private_2",
	[PG_writeback]		= "writeback",
	[PG_head]		= "head",
	[PG_mappedtodisk]	= "mappedtodisk",
	[PG_reclaim]		= "reclaim",
	[PG_swapbacked]		= "swapbacked",
	[PG_unevictable]	= "unevictable",
	[PG_mlocked]		= "mlocked",
};

/* The order __def_pageflag_names tries them in (not bit order). */
static const unsigned char pageflag_print_order[__NR_PAGEFLAGS] = {
	PG_locked, PG_waiters, PG_error, PG_referenced, PG_uptodate,
	PG_dirty, PG_lru, PG_active, PG_workingset, PG_slab,
	PG_owner_priv_1, PG_arch_1, PG_reserved, PG_private, PG_private_2,
	PG_writeback, PG_head, PG_mappedtodisk, PG_reclaim, PG_swapbacked,
	PG_unevictable, PG_mlocked,
};

/* ---- GFP flags ---- */

/* gfp.h has no THP flags; Linux's values, so the names print the same. */
#define GFP_TRANSHUGE_LIGHT	((GFP_HIGHUSER_MOVABLE | __GFP_COMP | \
				  __GFP_NOMEMALLOC | __GFP_NOWARN) & ~__GFP_RECLAIM)
#define GFP_TRANSHUGE		(GFP_TRANSHUGE_LIGHT | __GFP_DIRECT_RECLAIM)

#define gfpflag_string(flag)	{ (unsigned long)(flag), #flag }

/* __def_gfpflag_names of v5.19, minus __GFP_ZEROTAGS (no MTE here). */
const struct trace_print_flags gfpflag_names[] = {
	gfpflag_string(GFP_TRANSHUGE),
	gfpflag_string(GFP_TRANSHUGE_LIGHT),
	gfpflag_string(GFP_HIGHUSER_MOVABLE),
	gfpflag_string(GFP_HIGHUSER),
	gfpflag_string(GFP_USER),
	gfpflag_string(GFP_KERNEL_ACCOUNT),
	gfpflag_string(GFP_KERNEL),
	gfpflag_string(GFP_NOFS),
	gfpflag_string(GFP_ATOMIC),
	gfpflag_string(GFP_NOIO),
	gfpflag_string(GFP_NOWAIT),
	gfpflag_string(GFP_DMA),
	gfpflag_string(__GFP_HIGHMEM),
	gfpflag_string(GFP_DMA32),
	gfpflag_string(__GFP_HIGH),
	gfpflag_string(__GFP_ATOMIC),
	gfpflag_string(__GFP_IO),
	gfpflag_string(__GFP_FS),
	gfpflag_string(__GFP_NOWARN),
	gfpflag_string(__GFP_RETRY_MAYFAIL),
	gfpflag_string(__GFP_NOFAIL),
	gfpflag_string(__GFP_NORETRY),
	gfpflag_string(__GFP_COMP),
	gfpflag_string(__GFP_ZERO),
	gfpflag_string(__GFP_NOMEMALLOC),
	gfpflag_string(__GFP_MEMALLOC),
	gfpflag_string(__GFP_HARDWALL),
	gfpflag_string(__GFP_THISNODE),
	gfpflag_string(__GFP_RECLAIMABLE),
	gfpflag_string(__GFP_MOVABLE),
	gfpflag_string(__GFP_ACCOUNT),
	gfpflag_string(__GFP_WRITE),
	gfpflag_string(__GFP_RECLAIM),
	gfpflag_string(__GFP_DIRECT_RECLAIM),
	gfpflag_string(__GFP_KSWAPD_RECLAIM),
	{ 0, NULL }
};

/*
 * Bounded writers with vsprintf's contract: store only while buf < end,
 * always advance buf, so the caller learns the untruncated length.
 */
static char *put_char(char *buf, char *end, char c)
{
	if (buf < end)
		*buf = c;
	return buf + 1;
}

static char *put_str(char *buf, char *end, const char *s)
{
	while (*s)
		buf = put_char(buf, end, *s++);
	return buf;
}

/* "%#lx", as Linux's default_flag_spec prints leftover bits. */
static char *put_hex(char *buf, char *end, unsigned long v)
{
	char tmp[16];
	int n = 0;

	do {
		tmp[n++] = "0123456789abcdef"[v & 15];
		v >>= 4;
	} while (v);
	buf = put_str(buf, end, "0x");
	while (n)
		buf = put_char(buf, end, tmp[--n]);
	return buf;
}

static char *put_dec(char *buf, char *end, unsigned long v)
{
	char tmp[20];
	int n = 0;

	do {
		tmp[n++] = '0' + v % 10;
		v /= 10;
	} while (v);
	while (n)
		buf = put_char(buf, end, tmp[--n]);
	return buf;
}

/* Linux: format_flags() in lib/vsprintf.c. */
static char *format_flags(char *buf, char *end, unsigned long flags,
			  const struct trace_print_flags *names)
{
	for (; flags && names->name; names++) {
		if ((flags & names->mask) != names->mask)
			continue;
		buf = put_str(buf, end, names->name);
		flags &= ~names->mask;
		if (flags)
			buf = put_char(buf, end, '|');
	}
	if (flags)
		buf = put_hex(buf, end, flags);
	return buf;
}

/* %pGg: overrides the weak hex-only default in lib/vsprintf.c. */
char *format_flags_gfp(char *buf, char *end, unsigned long flags)
{
	return format_flags(buf, end, flags, gfpflag_names);
}

/*
 * %pGp: "0x<all bits>(<names>|node=N|zone=N)". The fields after the names
 * are the numbers packed in the top bits (Linux: pff[] - section, node,
 * zone, lastcpupid, kasantag; FLATMEM has no section, we have no others).
 */
static char *format_page_flags(char *buf, char *end, unsigned long flags)
{
	struct trace_print_flags names[__NR_PAGEFLAGS + 1];
	unsigned long main_flags = flags & ((1UL << __NR_PAGEFLAGS) - 1);
	int i;

	for (i = 0; i < __NR_PAGEFLAGS; i++) {
		names[i].mask = 1UL << pageflag_print_order[i];
		names[i].name = pageflag_names[pageflag_print_order[i]];
	}
	names[i] = (struct trace_print_flags){ 0, NULL };

	buf = put_hex(buf, end, flags);
	buf = put_char(buf, end, '(');
	if (main_flags) {
		buf = format_flags(buf, end, main_flags, names);
		buf = put_char(buf, end, '|');
	}
	buf = put_str(buf, end, "node=");
	buf = put_dec(buf, end, (flags >> NODES_PGSHIFT) & NODES_MASK);
	buf = put_str(buf, end, "|zone=");
	buf = put_dec(buf, end, (flags >> ZONES_PGSHIFT) & ZONES_MASK);
	return put_char(buf, end, ')');
}

/* ---- dump_page ---- */

#define PAGE_POISON_PATTERN	(~0UL)	/* memmap poisoned before init */

/* Linux: page_to_index() - a tail page's index follows from its head's. */
static unsigned long page_to_pgoff(struct page *page, struct page *head)
{
	if (page == head)
		return page->index;
	return head->index + (unsigned long)(page - head);
}

/* Linux prints the whole struct page as hex words, 4 per line. */
static void dump_raw(const char *prefix, const struct page *page)
{
	const unsigned long *w = (const unsigned long *)page;
	const int nr = sizeof(*page) / sizeof(long);
	char line[80];
	int i, len = 0;

	for (i = 0; i < nr; i++) {
		len += scnprintf(line + len, sizeof(line) - len, "%s%016lx",
				 i % 4 ? " " : "", w[i]);
		if (i % 4 == 3 || i == nr - 1) {
			pr_warn("%s%s\n", prefix, line);
			len = 0;
		}
	}
}

static void __dump_page(struct page *page)
{
	struct page *head = compound_head(page);
	bool compound = PageCompound(page);
	struct address_space *mapping;
	unsigned long tmp;
	const char *type = "";
	char flags[160], *end = flags + sizeof(flags) - 1;
	int mapcount;

	/*
	 * A compound_head that points somewhere absurd means the page is
	 * corrupt: then trust nothing but the page itself.
	 */
	if (page < head || page >= head + MAX_ORDER_NR_PAGES) {
		head = page;
		compound = false;
	}
	/*
	 * A compound page's mapping is its head's: in a tail page that
	 * word holds compound_pincount and compound_nr instead.
	 */
	tmp = (unsigned long)head->mapping;
	mapping = (tmp & PAGE_MAPPING_ANON) ? NULL :
		  (struct address_space *)(tmp & ~PAGE_MAPPING_FLAGS);
	/* slab reuses _mapcount for its own bookkeeping */
	mapcount = PageSlab(head) ? 0 : page_mapcount(page);

	pr_warn("page:%p refcount:%d mapcount:%d mapping:%p index:%#lx pfn:%#lx\n",
		page, page_ref_count(head), mapcount, mapping,
		page_to_pgoff(page, head), page_to_pfn(page));
	if (compound)
		pr_warn("head:%p order:%u compound_mapcount:%d compound_pincount:%d\n",
			head, compound_order(head),
			atomic_read(&head[1].compound_mapcount) + 1,
			atomic_read(&head[1].compound_pincount));
	if (tmp & PAGE_MAPPING_ANON)
		type = "anon ";
	*min(format_page_flags(flags, end, head->flags), end) = '\0';
	pr_warn("%sflags: %s\n", type, flags);
	dump_raw("raw: ", page);
	if (head != page)
		dump_raw("head: ", head);
}

void dump_page(struct page *page, const char *reason)
{
	/* Linux leaves out this "\n"; its next printk starts a line anyway */
	if (page->flags == PAGE_POISON_PATTERN)
		pr_warn("page:%p is uninitialized and poisoned\n", page);
	else
		__dump_page(page);
	if (reason)
		pr_warn("page dumped because: %s\n", reason);
}
