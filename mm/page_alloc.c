// SPDX-License-Identifier: GPL-2.0
/*
 * mm/page_alloc.c - the buddy allocator: free lists by order and migrate
 * type, per-CPU page lists, watermarks, fallback between migrate types.
 * Linux: mm/page_alloc.c (v5.19, the version this tree follows; the
 * functions below keep its names and split of work).
 *
 * Allocation:  __alloc_pages -> get_page_from_freelist (each zone of the
 *   zonelist, watermark check) -> rmqueue -> rmqueue_pcplist (orders 0..3,
 *   refilled by rmqueue_bulk) or rmqueue_buddy -> __rmqueue ->
 *   __rmqueue_smallest + expand, else __rmqueue_fallback (steal from
 *   another migrate type, maybe a whole pageblock) -> prep_new_page.
 *   Failing that, __alloc_pages_slowpath: lower watermark, drain the
 *   per-CPU lists, retry, warn.
 * Free:  __free_pages -> free_the_page -> free_unref_page (to the pcp list;
 *   free_pcppages_bulk when it exceeds high) or __free_pages_ok ->
 *   __free_one_page, which merges with the buddy while it is free.
 *
 * rmqueue_buddy() and free_unref_page_commit(zone, pcp, ...) are shaped
 * as in v6.0, which split them out more readably; the logic is 5.19's.
 * Unlike Linux without CONFIG_DEBUG_VM, every page entering or leaving the
 * allocator is checked (a teaching kernel would rather be slow than
 * silently corrupt), and vm events count pages, not calls.
 *
 * Simplified (each is said again where it matters): no memory reclaim,
 * compaction or OOM killer yet (the slow path stops after draining pcp
 * lists); no CMA; no page isolation (MIGRATE_ISOLATE exists, nothing sets
 * it); no cpusets or mempolicies; vm events are two counters.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/ratelimit.h>
#include <linux/sched.h>
#include <linux/string.h>
#include "internal.h"

int page_group_by_mobility_disabled;
unsigned long nr_bad_pages;
bool init_on_alloc, init_on_free;

const char *const migratetype_names[MIGRATE_TYPES] = {
	"Unmovable",
	"Movable",
	"Reclaimable",
	"HighAtomic",
	"Isolate",
};

/*
 * Where to look when a migrate type's own lists are empty, in order
 * (Linux's fallbacks[] table). HIGHATOMIC and ISOLATE fall back nowhere: their
 * rows hold only the terminator (Linux leaves them out and relies on
 * callers never asking; an explicit end is safer to walk).
 */
int fallbacks[MIGRATE_TYPES][3] = {
	[MIGRATE_UNMOVABLE]   = { MIGRATE_RECLAIMABLE, MIGRATE_MOVABLE,   MIGRATE_TYPES },
	[MIGRATE_MOVABLE]     = { MIGRATE_RECLAIMABLE, MIGRATE_UNMOVABLE, MIGRATE_TYPES },
	[MIGRATE_RECLAIMABLE] = { MIGRATE_UNMOVABLE,   MIGRATE_MOVABLE,   MIGRATE_TYPES },
	[MIGRATE_HIGHATOMIC]  = { MIGRATE_TYPES },
	[MIGRATE_ISOLATE]     = { MIGRATE_TYPES },
};

/* fpi_t: how __free_one_page() should place the freed block */
#define FPI_NONE	0
#define FPI_TO_TAIL	(1 << 1)	/* fresh memory: to the list's tail */

#define TAIL_MAPPING	((struct address_space *)0x400)

/* ---- pageblock flags: 4 bits per 2 MB pageblock, migrate type in 3 ---- */

#define MIGRATETYPE_MASK	((1UL << 3) - 1)

static unsigned long pfn_to_bitidx(const struct page *page, unsigned long pfn)
{
	pfn -= round_down(page_zone(page)->zone_start_pfn, pageblock_nr_pages);
	return (pfn >> pageblock_order) * NR_PAGEBLOCK_BITS;
}

static int get_pfnblock_migratetype(const struct page *page, unsigned long pfn)
{
	unsigned long *bitmap = page_zone(page)->pageblock_flags;
	unsigned long bitidx = pfn_to_bitidx(page, pfn);
	unsigned long word = READ_ONCE(bitmap[bitidx / BITS_PER_LONG]);

	return (word >> (bitidx % BITS_PER_LONG)) & MIGRATETYPE_MASK;
}

int get_pageblock_migratetype(const struct page *page)
{
	return get_pfnblock_migratetype(page, page_to_pfn(page));
}

void set_pageblock_migratetype(struct page *page, int migratetype)
{
	unsigned long *bitmap = page_zone(page)->pageblock_flags;
	unsigned long bitidx = pfn_to_bitidx(page, page_to_pfn(page));
	unsigned long *word = &bitmap[bitidx / BITS_PER_LONG];
	unsigned int shift = bitidx % BITS_PER_LONG;

	/* Without grouping every pageblock is one kind: unmovable. */
	unsigned long old, new;

	if (unlikely(page_group_by_mobility_disabled &&
		     migratetype < MIGRATE_PCPTYPES))
		migratetype = MIGRATE_UNMOVABLE;
	/* one word holds 16 pageblocks: update ours without losing theirs */
	old = READ_ONCE(*word);
	do {
		new = (old & ~(MIGRATETYPE_MASK << shift)) |
		      ((unsigned long)migratetype << shift);
	} while (!__atomic_compare_exchange_n(word, &old, new, false,
					      __ATOMIC_RELAXED, __ATOMIC_RELAXED));
}

/* A page on a pcp list remembers the type it was freed as, in ->index. */
static inline int get_pcppage_migratetype(struct page *page)
{
	return page->index;
}

static inline void set_pcppage_migratetype(struct page *page, int migratetype)
{
	page->index = migratetype;
}

/* ---- free lists ---- */

static inline void add_to_free_list(struct page *page, struct zone *zone,
				    unsigned int order, int migratetype)
{
	struct free_area *area = &zone->free_area[order];

	list_add(&page->lru, &area->free_list[migratetype]);
	area->nr_free++;
}

static inline void add_to_free_list_tail(struct page *page, struct zone *zone,
					 unsigned int order, int migratetype)
{
	struct free_area *area = &zone->free_area[order];

	list_add_tail(&page->lru, &area->free_list[migratetype]);
	area->nr_free++;
}

/* Same order, another migrate type's list (nr_free is per order). */
static inline void move_to_free_list(struct page *page, struct zone *zone,
				     unsigned int order, int migratetype)
{
	list_move_tail(&page->lru, &zone->free_area[order].free_list[migratetype]);
}

static inline void del_page_from_free_list(struct page *page,
					   struct zone *zone,
					   unsigned int order)
{
	list_del(&page->lru);
	__ClearPageBuddy(page);
	page->private = 0;
	zone->free_area[order].nr_free--;
}

static inline struct page *get_page_from_free_area(struct free_area *area,
						   int migratetype)
{
	return list_first_entry_or_null(&area->free_list[migratetype],
					struct page, lru);
}

/*
 * page_is_buddy - can @buddy merge with @page to form an order+1 block?
 * It must be a free block head (PageBuddy) of exactly this order, in the
 * same zone; being its pfn-neighbour is not enough.
 */
static inline bool page_is_buddy(struct page *page, struct page *buddy,
				 unsigned int order)
{
	if (!PageBuddy(buddy))
		return false;
	if (buddy_order(buddy) != order)
		return false;
	/*
	 * @page may be another CPU's allocated block (buddy_merge_likely()
	 * asks about the block above ours), whose flags its owner changes:
	 * the zone bits among them never do.
	 */
	return data_race(page_zone(page)) == page_zone(buddy);
}

static inline bool migratetype_is_mergeable(int mt)
{
	return mt < MIGRATE_PCPTYPES;
}

static inline bool migratetype_mergeable(int mt, int buddy_mt)
{
	return mt == buddy_mt || (migratetype_is_mergeable(mt) &&
				  migratetype_is_mergeable(buddy_mt));
}

/*
 * If the block we'd merge into next is itself free, this block will
 * probably be merged soon: put it at the tail so it is allocated last.
 */
static bool buddy_merge_likely(unsigned long pfn, unsigned long buddy_pfn,
			       struct page *page, unsigned int order)
{
	unsigned long higher_pfn, higher_buddy_pfn;

	if (order >= MAX_ORDER - 2)
		return false;
	higher_pfn = buddy_pfn & pfn;
	higher_buddy_pfn = __find_buddy_pfn(higher_pfn, order + 1);
	if (!pfn_valid(higher_buddy_pfn))
		return false;
	return page_is_buddy(pfn_to_page(higher_pfn),
			     pfn_to_page(higher_buddy_pfn), order + 1);
}

/*
 * __free_one_page - give a block back and merge it with its buddy, again
 * and again, while the buddy is free: pfn ^ (1 << order) finds it, the
 * merged block starts at pfn & buddy_pfn. Caller holds zone->lock.
 *
 * Linux steps from page to buddy as page + (buddy_pfn - pfn): when the
 * buddy lies below, that unsigned difference is huge and the pointer sum
 * wraps, which C leaves undefined and only -fno-strict-overflow makes
 * safe. We go through pfn_to_page() instead: no pointer ever leaves
 * mem_map.
 */
static void __free_one_page(struct page *page, unsigned long pfn,
			    struct zone *zone, unsigned int order,
			    int migratetype, int fpi_flags)
{
	unsigned long buddy_pfn = 0, combined_pfn;
	struct page *buddy;
	bool to_tail;

	if (likely(!is_migrate_isolate(migratetype)))
		__mod_zone_freepage_state(zone, 1 << order, migratetype);

	while (order < MAX_ORDER - 1) {
		buddy_pfn = __find_buddy_pfn(pfn, order);
		if (!pfn_valid(buddy_pfn))
			break;
		buddy = pfn_to_page(buddy_pfn);
		if (!page_is_buddy(page, buddy, order))
			break;
		/*
		 * Across pageblocks, a highatomic or isolated block must not
		 * merge with a block of another type: its accounting would
		 * be lost (only the three mobility types mix freely).
		 */
		if (order >= pageblock_order &&
		    !migratetype_mergeable(migratetype,
					  get_pageblock_migratetype(buddy)))
			break;
		del_page_from_free_list(buddy, zone, order);
		combined_pfn = buddy_pfn & pfn;
		page = pfn_to_page(combined_pfn);
		pfn = combined_pfn;
		order++;
	}

	set_buddy_order(page, order);
	if (fpi_flags & FPI_TO_TAIL)
		to_tail = true;
	else
		to_tail = buddy_merge_likely(pfn, __find_buddy_pfn(pfn, order),
					     page, order);
	if (to_tail)
		add_to_free_list_tail(page, zone, order, migratetype);
	else
		add_to_free_list(page, zone, order, migratetype);
}

/*
 * expand - split a block of order @high down to order @low, putting the
 * upper half back on the free list at each step: split in halves.
 * @page is already off the free lists; on return its first 1 << @low
 * pages are the caller's. Caller holds zone->lock. Never sleeps.
 */
static inline void expand(struct zone *zone, struct page *page, int low,
			  int high, int migratetype)
{
	unsigned long size = 1 << high;

	while (high > low) {
		high--;
		size >>= 1;
		add_to_free_list(&page[size], zone, high, migratetype);
		set_buddy_order(&page[size], high);
	}
}

/*
 * __rmqueue_smallest - the smallest free block of @migratetype that fits,
 * split to @order. Returns its head page, off the free lists, or NULL if
 * no list of that type from @order up holds a block. Caller holds
 * zone->lock and accounts NR_FREE_PAGES. Never sleeps.
 */
static struct page *__rmqueue_smallest(struct zone *zone, unsigned int order,
				       int migratetype)
{
	unsigned int current_order;
	struct page *page;

	for (current_order = order; current_order < MAX_ORDER; ++current_order) {
		page = get_page_from_free_area(&zone->free_area[current_order],
					       migratetype);
		if (!page)
			continue;
		del_page_from_free_list(page, zone, current_order);
		expand(zone, page, order, current_order, migratetype);
		set_pcppage_migratetype(page, migratetype);
		return page;
	}
	return NULL;
}

/* ---- moving between migrate types ---- */

static int move_freepages(struct zone *zone, unsigned long start_pfn,
			  unsigned long end_pfn, int migratetype,
			  int *num_movable)
{
	unsigned long pfn;
	int pages_moved = 0;

	for (pfn = start_pfn; pfn <= end_pfn;) {
		struct page *page = pfn_to_page(pfn);
		unsigned int order;

		if (!PageBuddy(page)) {
			/* Allocated: count what could later be migrated away. */
			if (num_movable && PageLRU(page))
				(*num_movable)++;
			pfn++;
			continue;
		}
		order = buddy_order(page);
		move_to_free_list(page, zone, order, migratetype);
		pfn += 1 << order;
		pages_moved += 1 << order;
	}
	return pages_moved;
}

/* Move every free block of @page's pageblock to @migratetype's lists. */
int move_freepages_block(struct zone *zone, struct page *page,
			 int migratetype, int *num_movable)
{
	unsigned long pfn = page_to_pfn(page);
	unsigned long start_pfn = round_down(pfn, pageblock_nr_pages);
	unsigned long end_pfn = start_pfn + pageblock_nr_pages - 1;

	if (num_movable)
		*num_movable = 0;
	/* Do not cross zone boundaries */
	if (!zone_spans_pfn(zone, start_pfn))
		start_pfn = pfn;
	if (!zone_spans_pfn(zone, end_pfn))
		return 0;
	return move_freepages(zone, start_pfn, end_pfn, migratetype,
			      num_movable);
}

static void change_pageblock_range(struct page *pageblock_page,
				   int start_order, int migratetype)
{
	int nr_pageblocks = 1 << (start_order - pageblock_order);

	while (nr_pageblocks--) {
		set_pageblock_migratetype(pageblock_page, migratetype);
		pageblock_page += pageblock_nr_pages;
	}
}

/*
 * May an allocation of @start_mt claim the whole pageblock it falls back
 * into? Large blocks always; unmovable and reclaimable allocations always
 * (they would pollute the block anyway, so better own it); movable ones
 * only for big requests.
 */
static bool can_steal_fallback(unsigned int order, int start_mt)
{
	if (order >= pageblock_order)
		return true;
	return order >= pageblock_order / 2 ||
	       start_mt == MIGRATE_RECLAIMABLE ||
	       start_mt == MIGRATE_UNMOVABLE ||
	       page_group_by_mobility_disabled;
}

/* Raise the watermark a little so kswapd reclaims before we fragment more. */
static bool boost_watermark(struct zone *zone)
{
	unsigned long max_boost;

	if (!watermark_boost_factor)
		return false;
	/* small zones: boosting could cause an out-of-memory at once */
	if (pageblock_nr_pages * 4 > zone_managed_pages(zone))
		return false;
	max_boost = zone->_watermark[WMARK_HIGH] * watermark_boost_factor / 10000;
	if (!max_boost)
		return false;
	max_boost = max(pageblock_nr_pages, max_boost);
	zone->watermark_boost = min(zone->watermark_boost + pageblock_nr_pages,
				    max_boost);
	return true;
}

/*
 * steal_suitable_fallback - take @page (a free block of another type) for
 * @start_type; if allowed and enough of its pageblock is free or of a
 * similar kind, convert the whole pageblock (the anti-fragmentation step).
 */
static void steal_suitable_fallback(struct zone *zone, struct page *page,
				    unsigned int alloc_flags, int start_type,
				    bool whole_block)
{
	unsigned int current_order = buddy_order(page);
	int free_pages, movable_pages, alike_pages;
	int old_block_type = get_pageblock_migratetype(page);

	if (is_migrate_highatomic(old_block_type))
		goto single_page;
	/* A block at least a pageblock big: take ownership outright. */
	if (current_order >= pageblock_order) {
		change_pageblock_range(page, current_order, start_type);
		goto single_page;
	}
	if (boost_watermark(zone) && (alloc_flags & ALLOC_KSWAPD))
		set_bit(ZONE_BOOSTED_WATERMARK, &zone->flags);
	if (!whole_block)
		goto single_page;

	free_pages = move_freepages_block(zone, page, start_type,
					  &movable_pages);
	if (start_type == MIGRATE_MOVABLE)
		alike_pages = movable_pages;
	else if (old_block_type == MIGRATE_MOVABLE)
		alike_pages = pageblock_nr_pages - (free_pages + movable_pages);
	else
		alike_pages = 0;
	if (!free_pages)
		goto single_page;
	/* Claim it if half the pageblock is free or already our kind. */
	if (free_pages + alike_pages >= (1 << (pageblock_order - 1)) ||
	    page_group_by_mobility_disabled)
		set_pageblock_migratetype(page, start_type);
	return;

single_page:
	move_to_free_list(page, zone, current_order, start_type);
}

/* The first fallback type with a free block of this order, or -1. */
static int find_suitable_fallback(struct free_area *area, unsigned int order,
				  int migratetype, bool *can_steal)
{
	int i, fallback_mt;

	if (area->nr_free == 0)
		return -1;
	*can_steal = false;
	for (i = 0; fallbacks[migratetype][i] != MIGRATE_TYPES; i++) {
		fallback_mt = fallbacks[migratetype][i];
		if (free_area_empty(area, fallback_mt))
			continue;
		*can_steal = can_steal_fallback(order, migratetype);
		return fallback_mt;
	}
	return -1;
}

/*
 * __rmqueue_fallback - our type's lists are empty: take from another type,
 * starting at the HIGHEST order, so that if we must pollute a pageblock we
 * take as much of it as possible: fewer pageblocks get mixed types.
 */
static bool __rmqueue_fallback(struct zone *zone, int order,
			       int start_migratetype, unsigned int alloc_flags)
{
	struct free_area *area = NULL;
	int current_order, min_order = order, fallback_mt = -1;
	bool can_steal = false;

	/* ALLOC_NOFRAGMENT: don't split other types' pageblocks yet */
	if (alloc_flags & ALLOC_NOFRAGMENT)
		min_order = pageblock_order;

	for (current_order = MAX_ORDER - 1; current_order >= min_order;
	     --current_order) {
		area = &zone->free_area[current_order];
		fallback_mt = find_suitable_fallback(area, current_order,
						     start_migratetype, &can_steal);
		if (fallback_mt == -1)
			continue;
		/*
		 * A movable allocation that can't claim the block would only
		 * split a big block for nothing: take the smallest instead.
		 */
		if (!can_steal && start_migratetype == MIGRATE_MOVABLE &&
		    current_order > order)
			goto find_smallest;
		goto do_steal;
	}
	return false;

find_smallest:
	for (current_order = order; current_order < MAX_ORDER; current_order++) {
		area = &zone->free_area[current_order];
		fallback_mt = find_suitable_fallback(area, current_order,
						     start_migratetype, &can_steal);
		if (fallback_mt != -1)
			break;
	}
do_steal:
	steal_suitable_fallback(zone, get_page_from_free_area(area, fallback_mt),
				alloc_flags, start_migratetype, can_steal);
	return true;
}

/*
 * __rmqueue - take a block of 2^@order pages of @migratetype off @zone's
 * free lists: the smallest block that fits, split down (__rmqueue_smallest);
 * if @migratetype has none, steal from another type (__rmqueue_fallback)
 * and try again. Returns the head page, off every list but not yet
 * checked or prepared, or NULL when no type has a block of @order or more.
 * Caller holds zone->lock with interrupts off; never sleeps.
 */
static struct page *__rmqueue(struct zone *zone, unsigned int order,
			      int migratetype, unsigned int alloc_flags)
{
	struct page *page;

retry:
	page = __rmqueue_smallest(zone, order, migratetype);
	if (unlikely(!page) &&
	    __rmqueue_fallback(zone, order, migratetype, alloc_flags))
		goto retry;
	return page;
}

/* ---- sanity checks on pages entering and leaving the allocator ---- */

static const char *page_bad_reason(struct page *page, unsigned long flags)
{
	const char *bad_reason = NULL;

	if (unlikely(atomic_read(&page->_mapcount) != -1))
		bad_reason = "nonzero mapcount";
	if (unlikely(page->mapping != NULL))
		bad_reason = "non-NULL mapping";
	if (unlikely(page_ref_count(page) != 0))
		bad_reason = "nonzero _refcount";
	if (unlikely(page->flags & flags)) {
		if (flags == PAGE_FLAGS_CHECK_AT_PREP)
			bad_reason = "PAGE_FLAGS_CHECK_AT_PREP flag(s) set";
		else
			bad_reason = "PAGE_FLAGS_CHECK_AT_FREE flag(s) set";
	}
	return bad_reason;
}

static void report_bad_page(struct page *page, const char *reason)
{
	pr_alert("BUG: Bad page state in process %s  pfn:%05lx\n",
		 current_comm(), page_to_pfn(page));
	dump_page(page, reason);
	dump_stack();
}

/*
 * bad_page - report a page in a state it must not be in, and take it out
 * of circulation: the caller leaks it rather than hand out (or merge)
 * something that may still be in use, and taint the kernel ("B"): what
 * corrupted the page may have corrupted more.
 */
static void bad_page(struct page *page, const char *reason)
{
	report_bad_page(page, reason);
	__atomic_fetch_add(&nr_bad_pages, 1, __ATOMIC_RELAXED);
	/* Leave the fields for debugging, but it must not look free. */
	page_mapcount_reset(page);
	add_taint(TAINT_BAD_PAGE, LOCKDEP_NOW_UNRELIABLE);
}

static inline bool page_expected_state(struct page *page,
				       unsigned long check_flags)
{
	return atomic_read(&page->_mapcount) == -1 && !page->mapping &&
	       page_ref_count(page) == 0 && !(page->flags & check_flags);
}

static bool free_page_is_bad(struct page *page)
{
	if (likely(page_expected_state(page, PAGE_FLAGS_CHECK_AT_FREE)))
		return false;
	bad_page(page, page_bad_reason(page, PAGE_FLAGS_CHECK_AT_FREE));
	return true;
}

static int free_tail_pages_check(struct page *head_page, struct page *page)
{
	int ret = 1;

	switch (page - head_page) {
	case 1:
		/* the first tail holds compound_order/nr where mapping was */
		if (unlikely(atomic_read(&page->compound_mapcount) != -1)) {
			bad_page(page, "nonzero compound_mapcount");
			goto out;
		}
		break;
	default:
		if (page->mapping != TAIL_MAPPING) {
			bad_page(page, "corrupted mapping in tail page");
			goto out;
		}
		break;
	}
	if (unlikely(!PageTail(page))) {
		bad_page(page, "PageTail not set");
		goto out;
	}
	if (unlikely(compound_head(page) != head_page)) {
		bad_page(page, "compound_head not consistent");
		goto out;
	}
	ret = 0;
out:
	page->mapping = NULL;
	clear_compound_head(page);
	return ret;
}

static void kernel_init_free_pages(struct page *page, int numpages)
{
	int i;

	for (i = 0; i < numpages; i++)
		memset(page_address(page + i), 0, PAGE_SIZE);
}

/*
 * free_pages_prepare - check a block on its way in and scrub it. Returns
 * false (and the block is not freed) if any page of it is in a bad state.
 */
static bool free_pages_prepare(struct page *page, unsigned int order)
{
	unsigned long pfn = page_to_pfn(page);
	struct zone *zone;
	int bad = 0;
	int i;

	/*
	 * Look before touching anything. A wrong order for a compound page,
	 * a page of the block that is free already (a double free inside a
	 * bigger block), or zone bits that don't match the pfn (Linux:
	 * bad_range(), under DEBUG_VM): report and change nothing, so the
	 * free lists stay intact. __free_pages() has checked the order of
	 * any block against its record already, before dropping the
	 * reference; this catches the paths that bypass it.
	 */
	if (unlikely(PageHead(page) && compound_order(page) != order)) {
		report_bad_page(page, "VM_BUG_ON_PAGE(compound && compound_order(page) != order)");
		return false;
	}
	zone = page_zone(page);
	if (unlikely(!zone_spans_pfn(zone, pfn) ||
		     !zone_spans_pfn(zone, pfn + (1 << order) - 1))) {
		report_bad_page(page, "VM_BUG_ON_PAGE(bad_range(zone, page))");
		return false;
	}
	for (i = 0; i < (1 << order); i++) {
		if (unlikely(PageBuddy(page + i))) {
			report_bad_page(page + i, "page already free (double free?)");
			return false;
		}
	}

	if (unlikely(order)) {
		bool compound = PageHead(page);

		for (i = 1; i < (1 << order); i++) {
			if (compound)
				bad += free_tail_pages_check(page, page + i);
			if (unlikely(free_page_is_bad(page + i))) {
				bad++;
				continue;
			}
			(page + i)->flags &= ~PAGE_FLAGS_CHECK_AT_PREP;
		}
	}
	/* an anonymous page's anon_vma|1 is not a file mapping: forget it */
	if (PageMappingFlags(page))
		page->mapping = NULL;
	bad += free_page_is_bad(page);
	if (bad)
		return false;
	/* free pages keep no order record: only allocated blocks show one */
	page->flags &= ~(PAGE_FLAGS_CHECK_AT_PREP |
			 ALLOC_ORDER_MASK << ALLOC_ORDER_PGSHIFT);
	if (page_poisoning_enabled)
		kernel_poison_pages(page, 1 << order);
	else if (init_on_free)
		kernel_init_free_pages(page, 1 << order);
	return true;
}

static bool check_new_page(struct page *page)
{
	if (likely(page_expected_state(page, PAGE_FLAGS_CHECK_AT_PREP)))
		return false;
	bad_page(page, page_bad_reason(page, PAGE_FLAGS_CHECK_AT_PREP));
	return true;
}

/*
 * Linux v5.19 checks pages refilled into pcp lists and taken from the
 * buddy lists, and pages taken from pcp lists only with CONFIG_DEBUG_VM;
 * a teaching kernel checks every page on the way out.
 */
static bool check_new_pages(struct page *page, unsigned int order)
{
	int i;

	for (i = 0; i < (1 << order); i++)
		if (unlikely(check_new_page(page + i)))
			return true;
	return false;
}

/* ---- compound pages ---- */

void prep_compound_page(struct page *page, unsigned int order)
{
	int i, nr_pages = 1 << order;

	__SetPageHead(page);
	for (i = 1; i < nr_pages; i++) {
		struct page *p = page + i;

		p->mapping = TAIL_MAPPING;
		set_compound_head(p, page);
		p->private = 0;
	}
	page[1].compound_dtor = 1;	/* COMPOUND_PAGE_DTOR */
	page[1].compound_order = order;
	page[1].compound_nr = nr_pages;
	atomic_set(&page[1].compound_mapcount, -1);
	atomic_set(&page[1].compound_pincount, 0);
}

/* A non-compound block of 2^order pages becomes 2^order separate pages. */
void split_page(struct page *page, unsigned int order)
{
	int i;

	set_page_alloc_order(page, 0);
	for (i = 1; i < (1 << order); i++) {
		set_page_count(page + i, 1);
		set_page_alloc_order(page + i, 0);
	}
}

static void post_alloc_hook(struct page *page, unsigned int order,
			    gfp_t gfp_flags)
{
	BUILD_BUG_ON(MAX_ORDER - 1 > ALLOC_ORDER_MASK);
	page->private = 0;
	set_page_count(page, 1);
	set_page_alloc_order(page, order);
	if (page_poisoning_enabled) {
		kernel_unpoison_pages(page, 1 << order);
		if (gfp_flags & __GFP_ZERO)
			kernel_init_free_pages(page, 1 << order);
	} else if (!init_on_free &&	/* init_on_free zeroed it already */
		   (init_on_alloc || (gfp_flags & __GFP_ZERO))) {
		kernel_init_free_pages(page, 1 << order);
	}
}

static void prep_new_page(struct page *page, unsigned int order,
			  gfp_t gfp_flags, unsigned int alloc_flags)
{
	post_alloc_hook(page, order, gfp_flags);
	if (order && (gfp_flags & __GFP_COMP))
		prep_compound_page(page, order);
}

/* ---- freeing ---- */

/*
 * free_one_page - give a block straight to the buddy lists, merging it
 * (__free_one_page). The caller has run free_pages_prepare(); this takes
 * zone->lock with interrupts off itself. Never sleeps.
 */
static void free_one_page(struct zone *zone, struct page *page,
			  unsigned long pfn, unsigned int order,
			  int migratetype, int fpi_flags)
{
	unsigned long flags;

	spin_lock_irqsave(&zone->lock, flags);
	__free_one_page(page, pfn, zone, order, migratetype, fpi_flags);
	spin_unlock_irqrestore(&zone->lock, flags);
}

/*
 * __free_pages_ok - free a block that bypasses the pcp lists (order above
 * PAGE_ALLOC_COSTLY_ORDER, or boot's FPI_TO_TAIL). The caller held the last
 * reference; a bad page is reported and kept out. Never sleeps.
 */
static void __free_pages_ok(struct page *page, unsigned int order,
			    int fpi_flags)
{
	unsigned long pfn = page_to_pfn(page);

	if (!free_pages_prepare(page, order))
		return;
	free_one_page(page_zone(page), page, pfn, order,
		      get_pfnblock_migratetype(page, pfn), fpi_flags);
	count_vm_events(PGFREE, 1 << order);
}

/*
 * __free_pages_core - memblock hands a block to the allocator at boot:
 * the pages stop being reserved, become managed, and go to the list tails.
 */
void __free_pages_core(struct page *page, unsigned int order)
{
	unsigned int nr_pages = 1 << order;
	unsigned int i;

	for (i = 0; i < nr_pages; i++) {
		__ClearPageReserved(page + i);
		set_page_count(page + i, 0);
	}
	atomic_long_add(nr_pages, &page_zone(page)->managed_pages);
	__free_pages_ok(page, order, FPI_TO_TAIL);
}

static inline unsigned int order_to_pindex(int migratetype, int order)
{
	return MIGRATE_PCPTYPES * order + migratetype;
}

static inline int pindex_to_order(unsigned int pindex)
{
	return pindex / MIGRATE_PCPTYPES;
}

static inline bool pcp_allowed_order(unsigned int order)
{
	return order <= PAGE_ALLOC_COSTLY_ORDER;
}

/*
 * free_pcppages_bulk - give @count pages from the pcp lists back to the
 * buddy lists, taking the lists round-robin so no type is starved.
 * Caller has interrupts off (the pcp is this CPU's); this takes
 * zone->lock for the merges. Never sleeps.
 */
static void free_pcppages_bulk(struct zone *zone, int count,
			       struct per_cpu_pages *pcp, int pindex)
{
	int min_pindex = 0, max_pindex = NR_PCP_LISTS - 1;

	count = min(pcp->count, count);
	pindex = pindex - 1;	/* the requested list is drained first */
	spin_lock(&zone->lock);
	while (count > 0) {
		struct list_head *list;
		int nr_pages;

		do {
			if (++pindex > max_pindex)
				pindex = min_pindex;
			list = &pcp->lists[pindex];
			if (!list_empty(list))
				break;
			if (pindex == max_pindex)
				max_pindex--;
			if (pindex == min_pindex)
				min_pindex++;
		} while (1);

		nr_pages = 1 << pindex_to_order(pindex);
		do {
			struct page *page = list_last_entry(list, struct page, lru);

			list_del(&page->lru);
			count -= nr_pages;
			pcp->count -= nr_pages;
			/* corrupted while cached (Linux: bulkfree_pcp_prepare) */
			if (unlikely(free_page_is_bad(page)))
				continue;
			__free_one_page(page, page_to_pfn(page), zone,
					pindex_to_order(pindex),
					get_pcppage_migratetype(page), FPI_NONE);
		} while (count > 0 && !list_empty(list));
	}
	spin_unlock(&zone->lock);
}

/*
 * How many pages to free when a pcp list passes high: batch, doubled each
 * time frees keep coming without allocations (free_factor), never so many
 * that fewer than batch pages stay cached.
 */
static int nr_pcp_free(struct per_cpu_pages *pcp, int high, int batch,
		       bool free_high)
{
	int min_nr_free = batch, max_nr_free = high - batch;

	if (free_high)
		return pcp->count;
	if (unlikely(high < batch))
		return 1;
	batch <<= pcp->free_factor;
	if (batch < max_nr_free)
		pcp->free_factor++;
	return clamp(batch, min_nr_free, max_nr_free);
}

static void free_unref_page_commit(struct zone *zone,
				   struct per_cpu_pages *pcp,
				   struct page *page, int migratetype,
				   unsigned int order)
{
	int pindex = order_to_pindex(migratetype, order);
	bool free_high;
	int high;

	__count_vm_events(PGFREE, 1 << order);
	list_add(&page->lru, &pcp->lists[pindex]);
	pcp->count += 1 << order;
	/*
	 * Frees running ahead of allocations (free_factor > 0) and an order
	 * 1..3 page: those lists only hold memory hostage, flush them all
	 * (v5.19's free_high).
	 */
	free_high = pcp->free_factor && order && order <= PAGE_ALLOC_COSTLY_ORDER;
	high = free_high ? 0 : READ_ONCE(pcp->high);
	if (pcp->count >= high) {
		int batch = READ_ONCE(pcp->batch);

		free_pcppages_bulk(zone, nr_pcp_free(pcp, high, batch, free_high),
				   pcp, pindex);
	}
}

/*
 * free_unref_page - free a block of order <= PAGE_ALLOC_COSTLY_ORDER to
 * this CPU's lists (an isolated pageblock's go to the buddy lists). The
 * caller held the last reference; any context, interrupts on or off.
 * Never sleeps; may flush a batch to the buddy lists under zone->lock.
 */
void free_unref_page(struct page *page, unsigned int order)
{
	unsigned long pfn = page_to_pfn(page);
	struct zone *zone = page_zone(page);
	unsigned long flags;
	int migratetype;

	if (!free_pages_prepare(page, order))
		return;
	migratetype = get_pfnblock_migratetype(page, pfn);
	set_pcppage_migratetype(page, migratetype);
	/* pcp lists hold only the three mobility types */
	if (unlikely(migratetype >= MIGRATE_PCPTYPES)) {
		if (unlikely(is_migrate_isolate(migratetype))) {
			free_one_page(zone, page, pfn, order, migratetype,
				      FPI_NONE);
			return;
		}
		migratetype = MIGRATE_MOVABLE;
	}
	local_irq_save(flags);
	free_unref_page_commit(zone, this_cpu_ptr(zone->per_cpu_pageset),
			       page, migratetype, order);
	local_irq_restore(flags);
}

static void free_the_page(struct page *page, unsigned int order)
{
	if (pcp_allowed_order(order))
		free_unref_page(page, order);
	else
		__free_pages_ok(page, order, FPI_NONE);
}

/*
 * A page being freed again: its refcount is already 0. Linux's
 * put_page_testzero() catches this only with CONFIG_DEBUG_VM, by BUG();
 * we report it as a bad page and change nothing, so the block that is
 * really free stays exactly as it was.
 */
static bool page_already_free(struct page *page)
{
	if (likely(page_ref_count(page) > 0))
		return false;
	report_bad_page(page, "page already free (double free?)");
	return true;
}

/*
 * A free with an order other than the block's: report it and keep the
 * reference, so the caller's correct free still works and nothing leaks.
 * The record covers compound pages too (it equals compound_order()).
 * Linux catches this for compound pages only, by VM_BUG_ON_PAGE in
 * free_pages_prepare() after the reference is gone (a BUG, under
 * CONFIG_DEBUG_VM); for other blocks it keeps no order to compare with.
 */
static bool free_order_mismatch(struct page *page, unsigned int order)
{
	char reason[64];

	if (likely(page_alloc_order(page) == order))
		return false;
	if (PageHead(page)) {
		report_bad_page(page, "VM_BUG_ON_PAGE(compound && compound_order(page) != order)");
		return true;
	}
	scnprintf(reason, sizeof(reason),
		  "freed as order %u, allocated as order %u", order,
		  page_alloc_order(page));
	report_bad_page(page, reason);
	return true;
}

/*
 * __free_pages - drop a reference to a block of 2^order pages; the last
 * reference frees it. If someone else still holds the first page of a
 * non-compound block, the rest is freed now and the first page later.
 * A double free or a wrong order is reported and changes nothing.
 * The caller holds a reference; may be called from any context.
 */
void __free_pages(struct page *page, unsigned int order)
{
	bool head = PageHead(page);

	if (WARN_ON_ONCE(order >= MAX_ORDER) || page_already_free(page) ||
	    free_order_mismatch(page, order))
		return;
	if (page_ref_dec_and_test(page)) {
		free_the_page(page, order);
	} else if (!head) {
		/* the holder keeps a single page: that is its order now */
		set_page_alloc_order(page, 0);
		while (order-- > 0)
			free_the_page(page + (1 << order), order);
	}
}

void free_pages(unsigned long addr, unsigned int order)
{
	if (!addr)
		return;
	if (WARN(!virt_addr_valid((void *)addr) ||
		 !pfn_valid(virt_to_pfn((void *)addr)),
		 "free_pages: bad address %#lx\n", addr))
		return;
	__free_pages(virt_to_page((void *)addr), order);
}

/* The last put_page() of a page: free it (a compound page as a whole). */
void __put_page(struct page *page)
{
	free_the_page(page, compound_order(page));
}

/* ---- draining per-CPU lists ---- */

static void drain_pages_zone(unsigned int cpu, struct zone *zone)
{
	struct per_cpu_pages *pcp = per_cpu_ptr(zone->per_cpu_pageset, cpu);
	unsigned long flags;

	local_irq_save(flags);
	if (pcp->count)
		free_pcppages_bulk(zone, pcp->count, pcp, 0);
	local_irq_restore(flags);
}

static void drain_pages(unsigned int cpu)
{
	struct zone *zone;

	for_each_populated_zone(zone)
		drain_pages_zone(cpu, zone);
}

/* Empty this CPU's lists for @zone, or for every zone if NULL. */
void drain_local_pages(struct zone *zone)
{
	if (zone)
		drain_pages_zone(smp_processor_id(), zone);
	else
		drain_pages(smp_processor_id());
}

static void drain_local_pages_ipi(void *zone)
{
	drain_local_pages(zone);
}

/*
 * Every CPU's lists for @zone (NULL: all zones). A CPU's lists are only
 * ever touched by that CPU, interrupts off, so each must drain its own:
 * an IPI to each CPU that has pages on them (cpus_with_pcps), and wait.
 * Linux v5.19 queues drain_local_pages_wq() on each such CPU's mm_percpu_wq
 * instead (a worker, in process context) and waits for the work; tinymm
 * has no workqueues, and Linux used exactly these IPIs until v4.9.
 * May not be called with interrupts off (the IPI wait); never sleeps.
 */
void drain_all_pages(struct zone *zone)
{
	struct cpumask cpus_with_pcps;
	unsigned int cpu;
	struct zone *z;

	cpumask_clear(&cpus_with_pcps);
	for_each_online_cpu(cpu) {
		bool has_pcps = false;

		if (zone)
			has_pcps = per_cpu_ptr(zone->per_cpu_pageset, cpu)->count;
		else
			for_each_populated_zone(z)
				has_pcps |= !!per_cpu_ptr(z->per_cpu_pageset,
							  cpu)->count;
		if (has_pcps)
			cpumask_set_cpu(cpu, &cpus_with_pcps);
	}
	on_each_cpu_mask(&cpus_with_pcps, drain_local_pages_ipi, zone, 1);
}

/* ---- taking pages out ---- */

/*
 * rmqueue_bulk - refill a pcp list with up to @count blocks of @order from
 * the buddy lists. Returns how many it added to @list (fewer if the zone
 * ran dry or a bad page was left out). Caller has interrupts off; this
 * takes zone->lock. Never sleeps.
 */
static int rmqueue_bulk(struct zone *zone, unsigned int order,
			unsigned long count, struct list_head *list,
			int migratetype, unsigned int alloc_flags)
{
	int i, allocated = 0;

	spin_lock(&zone->lock);
	for (i = 0; i < count; ++i) {
		struct page *page = __rmqueue(zone, order, migratetype,
					      alloc_flags);

		if (unlikely(page == NULL))
			break;
		if (unlikely(check_new_pages(page, order)))
			continue;	/* bad page: left out, reported */
		list_add_tail(&page->lru, list);
		allocated++;
	}
	/* pcp pages don't count as free: NR_FREE_PAGES is buddy-only */
	__mod_zone_page_state(zone, NR_FREE_PAGES, -((long)i << order));
	spin_unlock(&zone->lock);
	return allocated;
}

static struct page *__rmqueue_pcplist(struct zone *zone, unsigned int order,
				      int migratetype,
				      unsigned int alloc_flags,
				      struct per_cpu_pages *pcp,
				      struct list_head *list)
{
	struct page *page;

	do {
		if (list_empty(list)) {
			int batch = READ_ONCE(pcp->batch);
			int alloced;

			/* fewer of the bigger orders: one refill isn't huge */
			if (batch > 1)
				batch = max(batch >> order, 2);
			alloced = rmqueue_bulk(zone, order, batch, list,
					       migratetype, alloc_flags);
			pcp->count += alloced << order;
			if (unlikely(list_empty(list)))
				return NULL;
		}
		page = list_first_entry(list, struct page, lru);
		list_del(&page->lru);
		pcp->count -= 1 << order;
		/* corrupted while cached? then it is left out (Linux: check_new_pcp) */
	} while (check_new_pages(page, order));
	return page;
}

/*
 * NUMA allocation statistics of one successful allocation from @z, asked
 * for on @preferred_zone's node: a hit or a miss (and a foreign on the
 * preferred zone), and local or other by the allocating CPU's node.
 * Every allocation counts once, whatever its order (nr_account 1), as in
 * Linux. Interrupts may be on: an event lost to a racing interrupt is
 * allowed, as in Linux. Linux v5.19: zone_statistics().
 */
static inline void zone_statistics(struct zone *preferred_zone, struct zone *z,
				   long nr_account)
{
	enum numa_stat_item local_stat = NUMA_LOCAL;

	if (zone_to_nid(z) != numa_node_id())
		local_stat = NUMA_OTHER;
	if (zone_to_nid(z) == zone_to_nid(preferred_zone)) {
		__count_numa_events(z, NUMA_HIT, nr_account);
	} else {
		__count_numa_events(z, NUMA_MISS, nr_account);
		__count_numa_events(preferred_zone, NUMA_FOREIGN, nr_account);
	}
	__count_numa_events(z, local_stat, nr_account);
}

static struct page *rmqueue_pcplist(struct zone *preferred_zone,
				    struct zone *zone, unsigned int order,
				    gfp_t gfp_flags, int migratetype,
				    unsigned int alloc_flags)
{
	struct per_cpu_pages *pcp;
	struct page *page;
	unsigned long flags;

	local_irq_save(flags);
	pcp = this_cpu_ptr(zone->per_cpu_pageset);
	/* an allocation: frees no longer run ahead, shrink the free batch */
	pcp->free_factor >>= 1;
	page = __rmqueue_pcplist(zone, order, migratetype, alloc_flags, pcp,
				 &pcp->lists[order_to_pindex(migratetype, order)]);
	if (page) {
		/* pages, as Linux since 6.0; v5.19 counted 1 per allocation here */
		__count_zid_vm_events(PGALLOC, page_zonenum(page), 1 << order);
		zone_statistics(preferred_zone, zone, 1);
	}
	local_irq_restore(flags);
	return page;
}

static struct page *rmqueue_buddy(struct zone *preferred_zone,
				  struct zone *zone, unsigned int order,
				  unsigned int alloc_flags, int migratetype)
{
	struct page *page;
	unsigned long flags;

	do {
		page = NULL;
		spin_lock_irqsave(&zone->lock, flags);
		/* high-order atomic allocations may use the reserve first */
		if (order > 0 && (alloc_flags & ALLOC_HARDER))
			page = __rmqueue_smallest(zone, order, MIGRATE_HIGHATOMIC);
		if (!page) {
			page = __rmqueue(zone, order, migratetype, alloc_flags);
			if (!page) {
				spin_unlock_irqrestore(&zone->lock, flags);
				return NULL;
			}
		}
		__mod_zone_freepage_state(zone, -(1 << order),
					  get_pcppage_migratetype(page));
		spin_unlock_irqrestore(&zone->lock, flags);
	} while (check_new_pages(page, order));
	__count_zid_vm_events(PGALLOC, page_zonenum(page), 1 << order);
	zone_statistics(preferred_zone, zone, 1);
	return page;
}

/*
 * rmqueue - take 2^@order pages from @zone: through this CPU's per-CPU
 * list when pcp_allowed_order(@order) (rmqueue_pcplist, interrupts off),
 * else straight from the buddy lists under zone->lock (rmqueue_buddy).
 * Returns the head page, checked (check_new_pages) but not prepared:
 * prep_new_page() is the caller's. NULL if the zone had nothing. The
 * watermark check is the caller's too. Caller holds no lock; never sleeps.
 */
static struct page *rmqueue(struct zone *preferred_zone, struct zone *zone,
			    unsigned int order, gfp_t gfp_flags,
			    unsigned int alloc_flags, int migratetype)
{
	struct page *page;

	if (likely(pcp_allowed_order(order))) {
		page = rmqueue_pcplist(preferred_zone, zone, order, gfp_flags,
				       migratetype, alloc_flags);
	} else {
		/* __GFP_NOFAIL above order 1 is a request we can't honour */
		WARN_ON_ONCE((gfp_flags & __GFP_NOFAIL) && order > 1);
		page = rmqueue_buddy(preferred_zone, zone, order, alloc_flags,
				     migratetype);
	}
	/* a fallback boosted the watermark: get kswapd going */
	if (test_bit(ZONE_BOOSTED_WATERMARK, &zone->flags) &&
	    test_and_clear_bit(ZONE_BOOSTED_WATERMARK, &zone->flags))
		wakeup_kswapd(zone, 0, 0, zone_idx(zone));
	return page;
}

/*
 * A high-order atomic allocation succeeded: set its pageblock aside as
 * MIGRATE_HIGHATOMIC (up to ~1% of the zone) so the next one can succeed
 * even when the zone is fragmented.
 */
static void reserve_highatomic_pageblock(struct page *page, struct zone *zone)
{
	unsigned long max_managed, flags;
	int mt;

	max_managed = zone_managed_pages(zone) / 100 + pageblock_nr_pages;
	if (zone->nr_reserved_highatomic >= max_managed)
		return;
	spin_lock_irqsave(&zone->lock, flags);
	mt = get_pageblock_migratetype(page);
	if (zone->nr_reserved_highatomic < max_managed &&
	    mt < MIGRATE_PCPTYPES) {
		zone->nr_reserved_highatomic += pageblock_nr_pages;
		set_pageblock_migratetype(page, MIGRATE_HIGHATOMIC);
		move_freepages_block(zone, page, MIGRATE_HIGHATOMIC, NULL);
	}
	spin_unlock_irqrestore(&zone->lock, flags);
}

/* Under pressure: give one highatomic pageblock back to ordinary use. */
static bool unreserve_highatomic_pageblock(const struct alloc_context *ac,
					   bool force)
{
	struct zoneref *z;
	struct zone *zone;
	unsigned long flags;
	int order;

	for_each_zone_zonelist(zone, z, ac->zonelist, ac->highest_zoneidx) {
		if (!force && zone->nr_reserved_highatomic <= pageblock_nr_pages)
			continue;
		spin_lock_irqsave(&zone->lock, flags);
		for (order = 0; order < MAX_ORDER; order++) {
			struct page *page = get_page_from_free_area(
				&zone->free_area[order], MIGRATE_HIGHATOMIC);

			if (!page)
				continue;
			if (is_migrate_highatomic(get_pageblock_migratetype(page)))
				zone->nr_reserved_highatomic -=
					min(pageblock_nr_pages,
					    zone->nr_reserved_highatomic);
			set_pageblock_migratetype(page, ac->migratetype);
			if (move_freepages_block(zone, page, ac->migratetype,
						 NULL)) {
				spin_unlock_irqrestore(&zone->lock, flags);
				return true;
			}
		}
		spin_unlock_irqrestore(&zone->lock, flags);
	}
	return false;
}

/* ---- watermarks ---- */

/*
 * Free pages this request may not use: all but one page of a high-order
 * block's worth, and the highatomic reserve unless it may dip into it.
 */
static long __zone_watermark_unusable_free(struct zone *z, unsigned int order,
					   unsigned int alloc_flags)
{
	long unusable_free = (1 << order) - 1;

	if (likely(!(alloc_flags & (ALLOC_HARDER | ALLOC_OOM))))
		unusable_free += z->nr_reserved_highatomic;
	return unusable_free;
}

/*
 * __zone_watermark_ok - may an allocation of @order take pages from @z?
 * Only if free pages stay above the mark (lowered for __GFP_HIGH by half
 * and for ALLOC_HARDER by a quarter) plus the lowmem reserve kept for
 * allocations that could have used a higher zone, and, for order > 0,
 * if a free block of at least that order exists.
 */
bool __zone_watermark_ok(struct zone *z, unsigned int order,
			 unsigned long mark, int highest_zoneidx,
			 unsigned int alloc_flags, long free_pages)
{
	long min = mark;
	int o;
	const bool alloc_harder = alloc_flags & (ALLOC_HARDER | ALLOC_OOM);

	free_pages -= __zone_watermark_unusable_free(z, order, alloc_flags);
	if (alloc_flags & ALLOC_HIGH)
		min -= min / 2;
	if (unlikely(alloc_harder)) {
		if (alloc_flags & ALLOC_OOM)
			min -= min / 2;
		else
			min -= min / 4;
	}
	if (free_pages <= min + z->lowmem_reserve[highest_zoneidx])
		return false;
	if (!order)
		return true;
	for (o = order; o < MAX_ORDER; o++) {
		struct free_area *area = &z->free_area[o];
		int mt;

		/* without zone->lock, as Linux: a hint, rmqueue checks again */
		if (!data_race(area->nr_free))
			continue;
		for (mt = 0; mt < MIGRATE_PCPTYPES; mt++)
			if (!free_area_empty(area, mt))
				return true;
		if (alloc_harder && !free_area_empty(area, MIGRATE_HIGHATOMIC))
			return true;
	}
	return false;
}

bool zone_watermark_ok(struct zone *z, unsigned int order, unsigned long mark,
		       int highest_zoneidx, unsigned int alloc_flags)
{
	return __zone_watermark_ok(z, order, mark, highest_zoneidx, alloc_flags,
				   zone_page_state(z, NR_FREE_PAGES));
}

/*
 * Near the watermarks the CPUs' unfolded NR_FREE_PAGES deltas matter:
 * below percpu_drift_mark, add them in (zone_page_state_snapshot).
 */
bool zone_watermark_ok_safe(struct zone *z, unsigned int order,
			    unsigned long mark, int highest_zoneidx)
{
	long free_pages = zone_page_state(z, NR_FREE_PAGES);

	if (z->percpu_drift_mark && free_pages < z->percpu_drift_mark)
		free_pages = zone_page_state_snapshot(z, NR_FREE_PAGES);
	return __zone_watermark_ok(z, order, mark, highest_zoneidx, 0,
				   free_pages);
}

/* The order-0 shortcut of the fast path, then the full check. */
static inline bool zone_watermark_fast(struct zone *z, unsigned int order,
				       unsigned long mark, int highest_zoneidx,
				       unsigned int alloc_flags, gfp_t gfp_mask)
{
	long free_pages = zone_page_state(z, NR_FREE_PAGES);

	if (!order) {
		long usable_free = free_pages;
		long reserved = __zone_watermark_unusable_free(z, 0, alloc_flags);

		usable_free -= min(usable_free, reserved);
		if (usable_free > (long)(mark + z->lowmem_reserve[highest_zoneidx]))
			return true;
	}
	if (__zone_watermark_ok(z, order, mark, highest_zoneidx, alloc_flags,
				free_pages))
		return true;
	/*
	 * An order-0 GFP_ATOMIC request at the min watermark ignores the
	 * boost: the boost is there to wake kswapd early, not to fail atomics.
	 */
	if (unlikely(!order && (gfp_mask & __GFP_ATOMIC) && z->watermark_boost &&
		     (alloc_flags & ALLOC_WMARK_MASK) == WMARK_MIN))
		return __zone_watermark_ok(z, order, z->_watermark[WMARK_MIN],
					   highest_zoneidx, alloc_flags,
					   free_pages);
	return false;
}

/* ---- the allocation paths ---- */

/*
 * ALLOC_NOFRAGMENT: a Normal-zone allocation should rather use DMA32 than
 * split another migrate type's pageblock in Normal (Linux's
 * alloc_flags_nofragment, on machines with a DMA32 zone).
 */
static unsigned int alloc_flags_nofragment(struct zone *zone, gfp_t gfp_mask)
{
	unsigned int alloc_flags = gfp_mask & __GFP_KSWAPD_RECLAIM;

	if (!zone || zone_idx(zone) != ZONE_NORMAL)
		return alloc_flags;
	if (!populated_zone(zone - 1))	/* ZONE_DMA32 */
		return alloc_flags;
	return alloc_flags | ALLOC_NOFRAGMENT;
}

/*
 * get_page_from_freelist - the allocation proper: walk the zonelist from
 * ac->preferred_zoneref (zones up to ac->highest_zoneidx) and take the
 * pages from the first zone whose watermark (alloc_flags & ALLOC_WMARK_MASK)
 * allows it, then prepare them (prep_new_page: refcount 1, compound with
 * __GFP_COMP, zeroed with __GFP_ZERO). Under ALLOC_NOFRAGMENT a fallback
 * may only take whole pageblocks of another type; when every zone refuses,
 * it retries without. Returns the head page, or NULL if no zone
 * qualified. Never reclaims, so never sleeps; the caller (__alloc_pages,
 * the slow path) holds no lock.
 */
static struct page *get_page_from_freelist(gfp_t gfp_mask, unsigned int order,
					   int alloc_flags,
					   const struct alloc_context *ac)
{
	struct zoneref *z;
	struct zone *zone;
	bool no_fallback;

retry:
	no_fallback = alloc_flags & ALLOC_NOFRAGMENT;
	z = ac->preferred_zoneref;
	for_next_zone_zonelist(zone, z, ac->highest_zoneidx) {
		unsigned long mark;
		struct page *page;

		/* stay on the local node while avoiding fragmentation */
		if (no_fallback && num_online_nodes() > 1 &&
		    zone_to_nid(zone) != zone_to_nid(ac->preferred_zoneref->zone)) {
			alloc_flags &= ~ALLOC_NOFRAGMENT;
			goto retry;
		}
		mark = wmark_pages(zone, alloc_flags & ALLOC_WMARK_MASK);
		if (!zone_watermark_fast(zone, order, mark, ac->highest_zoneidx,
					 alloc_flags, gfp_mask) &&
		    !(alloc_flags & ALLOC_NO_WATERMARKS))
			continue;	/* Linux: node reclaim would go here */

		page = rmqueue(ac->preferred_zoneref->zone, zone, order,
			       gfp_mask, alloc_flags, ac->migratetype);
		if (page) {
			prep_new_page(page, order, gfp_mask, alloc_flags);
			if (unlikely(order && (alloc_flags & ALLOC_HARDER)))
				reserve_highatomic_pageblock(page, zone);
			return page;
		}
	}
	/* every zone refused without fragmenting: allow it and retry */
	if (no_fallback) {
		alloc_flags &= ~ALLOC_NOFRAGMENT;
		goto retry;
	}
	return NULL;
}

/*
 * gfp_to_alloc_flags - the slow path's rules: watermark MIN instead of LOW;
 * __GFP_HIGH -> ALLOC_HIGH (same bit), __GFP_KSWAPD_RECLAIM -> ALLOC_KSWAPD
 * (same bit), __GFP_ATOMIC -> ALLOC_HARDER unless __GFP_NOMEMALLOC.
 */
unsigned int gfp_to_alloc_flags(gfp_t gfp_mask)
{
	unsigned int alloc_flags = ALLOC_WMARK_MIN | ALLOC_CPUSET;

	BUILD_BUG_ON(__GFP_HIGH != ALLOC_HIGH);
	BUILD_BUG_ON(__GFP_KSWAPD_RECLAIM != ALLOC_KSWAPD);
	alloc_flags |= gfp_mask & (__GFP_HIGH | __GFP_KSWAPD_RECLAIM);
	if (gfp_mask & __GFP_ATOMIC) {
		if (!(gfp_mask & __GFP_NOMEMALLOC))
			alloc_flags |= ALLOC_HARDER;
		alloc_flags &= ~ALLOC_CPUSET;
	}
	return alloc_flags;
}

/* __GFP_MEMALLOC: may ignore watermarks entirely (unless NOMEMALLOC). */
static unsigned int __gfp_pfmemalloc_flags(gfp_t gfp_mask)
{
	if (unlikely(gfp_mask & __GFP_NOMEMALLOC))
		return 0;
	if (gfp_mask & __GFP_MEMALLOC)
		return ALLOC_NO_WATERMARKS;
	return 0;
}

static void wake_all_kswapds(unsigned int order, gfp_t gfp_mask,
			     const struct alloc_context *ac)
{
	struct zoneref *z;
	struct zone *zone;
	pg_data_t *last_pgdat = NULL;

	for_each_zone_zonelist(zone, z, ac->zonelist, ac->highest_zoneidx) {
		if (!managed_zone(zone))
			continue;
		if (zone->zone_pgdat != last_pgdat)
			wakeup_kswapd(zone, gfp_mask, order, ac->highest_zoneidx);
		last_pgdat = zone->zone_pgdat;
	}
}

/* At most 10 failure reports per 5 seconds: a failing loop must not flood. */
static DEFINE_RATELIMIT_STATE(nopage_rs, DEFAULT_RATELIMIT_INTERVAL,
			      DEFAULT_RATELIMIT_BURST);

void warn_alloc(gfp_t gfp_mask, nodemask_t *nodemask, const char *fmt, ...)
{
	char msg[96];
	va_list args;

	if ((gfp_mask & __GFP_NOWARN) || !__ratelimit(&nopage_rs))
		return;
	va_start(args, fmt);
	vscnprintf(msg, sizeof(msg), fmt, args);
	va_end(args);
	pr_warn("%s: %s, mode:%#x(%pGg), nodemask=(null)\n", current_comm(),
		msg, gfp_mask, &gfp_mask);
	dump_stack();
	show_mem();
}

/*
 * __alloc_pages_slowpath - after the fast path failed at the LOW mark:
 * wake kswapd, retry at MIN, then with reserves. Returns the head page
 * or NULL (warn_alloc reports it unless __GFP_NOWARN). A caller without
 * __GFP_DIRECT_RECLAIM gets the retries only. Linux would now reclaim,
 * compact, and finally OOM-kill, sleeping while that makes progress;
 * tinymm has none of these, so it never sleeps: draining the per-CPU
 * lists and releasing the highatomic reserve is all it can do (callers
 * must still treat __GFP_DIRECT_RECLAIM as "may sleep", as in Linux).
 * __GFP_NOFAIL would loop forever in Linux until something frees memory;
 * with nothing that could, we try NOFAIL_RETRIES times and then fail
 * loudly.
 */
#define NOFAIL_RETRIES	16

static struct page *__alloc_pages_slowpath(gfp_t gfp_mask, unsigned int order,
					   struct alloc_context *ac)
{
	bool can_direct_reclaim = gfp_mask & __GFP_DIRECT_RECLAIM;
	unsigned int alloc_flags, reserve_flags;
	int nofail_retries = 0;
	bool drained = false;
	struct page *page;

	alloc_flags = gfp_to_alloc_flags(gfp_mask);
	ac->preferred_zoneref = first_zones_zonelist(ac->zonelist,
						     ac->highest_zoneidx);
	if (!ac->preferred_zoneref->zone)
		goto nopage;
	if (alloc_flags & ALLOC_KSWAPD)
		wake_all_kswapds(order, gfp_mask, ac);

	page = get_page_from_freelist(gfp_mask, order, alloc_flags, ac);
	if (page)
		return page;
retry:
	reserve_flags = __gfp_pfmemalloc_flags(gfp_mask);
	if (reserve_flags)
		alloc_flags = reserve_flags;
	page = get_page_from_freelist(gfp_mask, order, alloc_flags, ac);
	if (page)
		return page;
	if (!can_direct_reclaim)
		goto nopage;
	/*
	 * What __alloc_pages_direct_reclaim does when reclaim found nothing.
	 * Linux would then loop on reclaim progress unless __GFP_NORETRY;
	 * with no reclaim there is no progress, so every request (NORETRY
	 * or not) fails after this one retry.
	 */
	if (!drained) {
		unreserve_highatomic_pageblock(ac, false);
		drain_all_pages(NULL);
		drained = true;
		goto retry;
	}
	/* before giving up, the highatomic reserve too (should_reclaim_retry) */
	if (!(gfp_mask & __GFP_NORETRY) &&
	    (order <= PAGE_ALLOC_COSTLY_ORDER || (gfp_mask & __GFP_RETRY_MAYFAIL)) &&
	    unreserve_highatomic_pageblock(ac, true))
		goto retry;
nopage:
	if ((gfp_mask & __GFP_NOFAIL) && can_direct_reclaim &&
	    nofail_retries++ < NOFAIL_RETRIES) {
		/* reserves, but not all of them (ALLOC_HARDER, not NO_WATERMARKS) */
		page = get_page_from_freelist(gfp_mask, order, ALLOC_HARDER, ac);
		if (page)
			return page;
		unreserve_highatomic_pageblock(ac, true);
		drain_all_pages(NULL);
		goto retry;
	}
	warn_alloc(gfp_mask, ac->nodemask, "page allocation failure: order:%u",
		   order);
	return NULL;
}

static bool prepare_alloc_pages(gfp_t gfp_mask, unsigned int order,
				int preferred_nid, nodemask_t *nodemask,
				struct alloc_context *ac)
{
	ac->highest_zoneidx = gfp_zone(gfp_mask);
	ac->zonelist = node_zonelist(preferred_nid, gfp_mask);
	ac->nodemask = nodemask;
	ac->migratetype = gfp_migratetype(gfp_mask);
	ac->preferred_zoneref = first_zones_zonelist(ac->zonelist,
						     ac->highest_zoneidx);
	return true;
}

/*
 * __alloc_pages - the "heart" of the zoned buddy allocator: try the fast
 * path at the LOW watermark, then the slow path. Returns the head page of
 * 1 << @order pages (refcount 1, zeroed if __GFP_ZERO) or NULL. The caller
 * holds no zone lock; with __GFP_DIRECT_RECLAIM it must be able to sleep
 * (Linux's contract; see __alloc_pages_slowpath for why tinymm doesn't).
 */
struct page *__alloc_pages(gfp_t gfp, unsigned int order, int preferred_nid,
			   nodemask_t *nodemask)
{
	unsigned int alloc_flags = ALLOC_WMARK_LOW;
	struct alloc_context ac = { };
	struct page *page;

	if (order >= MAX_ORDER) {
		WARN_ON_ONCE(!(gfp & __GFP_NOWARN));
		return NULL;
	}
	if (preferred_nid < 0 || preferred_nid >= MAX_NUMNODES ||
	    !node_online(preferred_nid))
		preferred_nid = first_online_node;
	if (!prepare_alloc_pages(gfp, order, preferred_nid, nodemask, &ac))
		return NULL;
	alloc_flags |= alloc_flags_nofragment(ac.preferred_zoneref->zone, gfp);

	page = get_page_from_freelist(gfp, order, alloc_flags, &ac);
	if (likely(page))
		return page;
	ac.nodemask = nodemask;
	return __alloc_pages_slowpath(gfp, order, &ac);
}

/* ---- the API around it ---- */

struct page *alloc_pages_node(int nid, gfp_t gfp_mask, unsigned int order)
{
	if (nid == NUMA_NO_NODE)
		nid = numa_node_id();
	return __alloc_pages(gfp_mask, order, nid, NULL);
}

struct page *alloc_pages(gfp_t gfp_mask, unsigned int order)
{
	return alloc_pages_node(numa_node_id(), gfp_mask, order);
}

unsigned long __get_free_pages(gfp_t gfp_mask, unsigned int order)
{
	struct page *page = alloc_pages(gfp_mask & ~__GFP_HIGHMEM, order);

	return page ? (unsigned long)page_address(page) : 0;
}

unsigned long get_zeroed_page(gfp_t gfp_mask)
{
	return __get_free_pages(gfp_mask | __GFP_ZERO, 0);
}

/*
 * alloc_pages_exact - exactly PAGE_ALIGN(size) bytes: allocate the next
 * power of two, split it into single pages, free the pages past the end.
 */
void *alloc_pages_exact(size_t size, gfp_t gfp_mask)
{
	unsigned int order = get_order(size);
	unsigned long addr, alloc_end, used;

	if (WARN_ON_ONCE(gfp_mask & __GFP_COMP))
		gfp_mask &= ~__GFP_COMP;
	addr = __get_free_pages(gfp_mask, order);
	if (!addr)
		return NULL;
	alloc_end = addr + (PAGE_SIZE << order);
	used = addr + PAGE_ALIGN(size);
	split_page(virt_to_page((void *)addr), order);
	while (used < alloc_end) {
		free_page(used);
		used += PAGE_SIZE;
	}
	return (void *)addr;
}

void free_pages_exact(void *virt, size_t size)
{
	unsigned long addr = (unsigned long)virt;
	unsigned long end = addr + PAGE_ALIGN(size);

	while (addr < end) {
		free_page(addr);
		addr += PAGE_SIZE;
	}
}

/* ---- boot parameters ---- */

static int __init early_init_on_alloc(char *buf)
{
	return kstrtobool(buf, &init_on_alloc);
}
early_param("init_on_alloc", early_init_on_alloc);

static int __init early_init_on_free(char *buf)
{
	return kstrtobool(buf, &init_on_free);
}
early_param("init_on_free", early_init_on_free);
