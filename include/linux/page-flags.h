/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/page-flags.h - the PG_* bits of page->flags and the page types.
 * Linux: include/linux/page-flags.h, page-flags-layout.h.
 *
 * page->flags, 64 bits:
 *   63..62  node id   (NODES_SHIFT bits)
 *   61..60  zone      (ZONES_SHIFT bits)
 *   59..56  order the block was allocated with (tinymm's own, see
 *           page_alloc_order() in mm/internal.h)
 *   ..      unused
 *   21..0   PG_* flags
 * page_zonenum()/page_to_nid() read the top bits, so no pointer per page
 * is needed to find a page's zone (Linux also keeps a section number
 * there for SPARSEMEM; FLATMEM needs none).
 */
#ifndef _LINUX_PAGE_FLAGS_H
#define _LINUX_PAGE_FLAGS_H

#include <linux/types.h>
#include <linux/bitops.h>
#include <linux/mm_types.h>
#include <linux/numa.h>

enum pageflags {
	PG_locked,		/* page is locked (I/O in progress) */
	PG_referenced,
	PG_uptodate,
	PG_dirty,
	PG_lru,
	PG_active,
	PG_workingset,
	PG_waiters,
	PG_error,
	PG_slab,
	PG_owner_priv_1,
	PG_arch_1,
	PG_reserved,		/* never given to the buddy allocator */
	PG_private,
	PG_private_2,
	PG_writeback,
	PG_head,		/* first page of a compound page */
	PG_mappedtodisk,
	PG_reclaim,
	PG_swapbacked,
	PG_unevictable,
	PG_mlocked,
	__NR_PAGEFLAGS,
};

#define ZONES_SHIFT	2
#define ZONES_WIDTH	ZONES_SHIFT
#define NODES_WIDTH	NODES_SHIFT
#define NODES_PGSHIFT	(64 - NODES_WIDTH)
#define ZONES_PGSHIFT	(NODES_PGSHIFT - ZONES_WIDTH)
#define NODES_MASK	((1UL << NODES_WIDTH) - 1)
#define ZONES_MASK	((1UL << ZONES_WIDTH) - 1)
#define ALLOC_ORDER_WIDTH	4	/* orders 0..MAX_ORDER-1 */
#define ALLOC_ORDER_PGSHIFT	(ZONES_PGSHIFT - ALLOC_ORDER_WIDTH)
#define ALLOC_ORDER_MASK	((1UL << ALLOC_ORDER_WIDTH) - 1)

/* The flags that must be clear when a page is freed / allocated. */
#define PAGE_FLAGS_CHECK_AT_FREE					\
	(1UL << PG_lru | 1UL << PG_locked | 1UL << PG_private |		\
	 1UL << PG_private_2 | 1UL << PG_writeback | 1UL << PG_reserved | \
	 1UL << PG_slab | 1UL << PG_active | 1UL << PG_unevictable |	\
	 1UL << PG_mlocked)
#define PAGE_FLAGS_CHECK_AT_PREP	((1UL << __NR_PAGEFLAGS) - 1)

extern const char *const pageflag_names[__NR_PAGEFLAGS];

static inline bool test_bit_flag(int nr, const struct page *page)
{
	return (READ_ONCE(page->flags) >> nr) & 1;
}

/*
 * PageFoo(page), SetPageFoo(page), ClearPageFoo(page), TestSetPageFoo(page),
 * TestClearPageFoo(page) and the non-atomic __SetPageFoo/__ClearPageFoo,
 * generated as in Linux. The node, zone and order bits share the word
 * with the PG_* bits, so a plain read-modify-write racing with another
 * CPU's could write back a stale word and lose its change: SetPageFoo and
 * friends are atomic bitops (LDXR/STXR loops, linux/bitops.h). The __
 * forms are for a page nobody else can reach yet (being allocated or
 * freed), where the atomic loop buys nothing. Linux declares only the
 * forms each flag needs (TESTSCFLAG, __CLEARPAGEFLAG ...); we generate all
 * of them for every flag because unused inlines cost nothing.
 */
#define PAGEFLAG(uname, lname)						\
static inline bool Page##uname(const struct page *page)		\
	{ return test_bit_flag(PG_##lname, page); }			\
static inline void SetPage##uname(struct page *page)			\
	{ set_bit(PG_##lname, &page->flags); }				\
static inline void ClearPage##uname(struct page *page)			\
	{ clear_bit(PG_##lname, &page->flags); }			\
static inline bool TestSetPage##uname(struct page *page)		\
	{ return test_and_set_bit(PG_##lname, &page->flags); }		\
static inline bool TestClearPage##uname(struct page *page)		\
	{ return test_and_clear_bit(PG_##lname, &page->flags); }	\
static inline void __SetPage##uname(struct page *page)			\
	{ page->flags |= 1UL << PG_##lname; }				\
static inline void __ClearPage##uname(struct page *page)		\
	{ page->flags &= ~(1UL << PG_##lname); }

PAGEFLAG(Locked, locked)
PAGEFLAG(Referenced, referenced)
PAGEFLAG(Uptodate, uptodate)
PAGEFLAG(Dirty, dirty)
PAGEFLAG(LRU, lru)
PAGEFLAG(Active, active)
PAGEFLAG(Slab, slab)
PAGEFLAG(Reserved, reserved)
PAGEFLAG(Private, private)
PAGEFLAG(Writeback, writeback)
PAGEFLAG(Head, head)
PAGEFLAG(SwapBacked, swapbacked)
PAGEFLAG(Unevictable, unevictable)
PAGEFLAG(Mlocked, mlocked)

/* ---- compound pages ---- */

static inline bool PageTail(const struct page *page)
{
	return READ_ONCE(page->compound_head) & 1;
}

static inline bool PageCompound(const struct page *page)
{
	return PageHead(page) || PageTail(page);
}

static inline struct page *compound_head(const struct page *page)
{
	unsigned long head = READ_ONCE(page->compound_head);

	if (head & 1)
		return (struct page *)(head - 1);
	return (struct page *)page;
}

static inline void set_compound_head(struct page *page, struct page *head)
{
	WRITE_ONCE(page->compound_head, (unsigned long)head + 1);
}

static inline void clear_compound_head(struct page *page)
{
	WRITE_ONCE(page->compound_head, 0);
}

/* ---- page types, in page->page_type (which overlays _mapcount) ---- */

/*
 * A page not mapped anywhere has _mapcount == -1, i.e. page_type all ones.
 * A page type is that value with one bit *cleared*, so it can never be
 * mistaken for a real mapcount.
 */
#define PAGE_TYPE_BASE	0xf0000000
#define PG_buddy	0x00000080
#define PG_offline	0x00000100
#define PG_table	0x00000200
#define PG_guard	0x00000400

#define PageType(page, flag) \
	((READ_ONCE((page)->page_type) & (PAGE_TYPE_BASE | (flag))) == PAGE_TYPE_BASE)

#define PAGE_TYPE_OPS(uname, lname)					\
static inline bool Page##uname(const struct page *page)		\
	{ return PageType(page, PG_##lname); }				\
static inline void __SetPage##uname(struct page *page)			\
	{ page->page_type &= ~PG_##lname; }				\
static inline void __ClearPage##uname(struct page *page)		\
	{ page->page_type |= PG_##lname; }

PAGE_TYPE_OPS(Buddy, buddy)
PAGE_TYPE_OPS(Offline, offline)
PAGE_TYPE_OPS(Table, table)
PAGE_TYPE_OPS(Guard, guard)

#endif /* _LINUX_PAGE_FLAGS_H */
