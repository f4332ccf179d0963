/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mm/internal.h - what the page allocator's files share with each other
 * (and with the tests and tinymm's shell), but not with the rest of the
 * kernel.
 * Linux: mm/internal.h.
 *
 *   mm_init.c    boot: nodes, zones, mem_map, hand-over from memblock,
 *                zonelists, watermarks, per-CPU list sizes
 *   page_alloc.c the buddy allocator: allocation, free, fallback, pcp
 *   vmstat.c     buddyinfo / pagetypeinfo / zoneinfo / vmstat texts
 *   debug.c      dump_page, %pGg flag names
 */
#ifndef __MM_INTERNAL_H
#define __MM_INTERNAL_H

#include <linux/mm.h>
#include <linux/tracepoint-defs.h>
#include <linux/vmstat.h>

/* alloc_flags: how hard get_page_from_freelist() may try (Linux's values) */
#define ALLOC_WMARK_MIN		WMARK_MIN
#define ALLOC_WMARK_LOW		WMARK_LOW
#define ALLOC_WMARK_HIGH	WMARK_HIGH
#define ALLOC_NO_WATERMARKS	0x04	/* don't check watermarks at all */
#define ALLOC_WMARK_MASK	(ALLOC_NO_WATERMARKS - 1)
#define ALLOC_OOM		0x08	/* (unused until the OOM killer) */
#define ALLOC_HARDER		0x10	/* try harder: -1/4 mark, highatomic */
#define ALLOC_HIGH		0x20	/* __GFP_HIGH: -1/2 mark */
#define ALLOC_CPUSET		0x40	/* (no cpusets: ignored) */
#define ALLOC_CMA		0x80	/* (no CMA: ignored) */
#define ALLOC_NOFRAGMENT	0x100	/* avoid mixing pageblock types */
#define ALLOC_KSWAPD		0x800	/* wake kswapd when below low */

/* What __alloc_pages() works out once and passes down. */
struct alloc_context {
	struct zonelist *zonelist;
	nodemask_t *nodemask;
	struct zoneref *preferred_zoneref;
	int migratetype;
	enum zone_type highest_zoneidx;
	bool spread_dirty_pages;
};

/* ---- page_alloc.c ---- */
extern int fallbacks[MIGRATE_TYPES][3];
extern int min_free_kbytes;
extern int user_min_free_kbytes;
extern int watermark_scale_factor;
extern int watermark_boost_factor;
extern int sysctl_lowmem_reserve_ratio[MAX_NR_ZONES];
extern unsigned long totalreserve_pages;
extern bool init_on_alloc, init_on_free;
extern bool page_poisoning_enabled;
extern unsigned long nr_bad_pages;	/* pages taken out by bad_page() */

/* The order of a free buddy block, kept in its head page's private. */
static inline unsigned int buddy_order(struct page *page)
{
	return page->private;
}

static inline void set_buddy_order(struct page *page, unsigned int order)
{
	page->private = order;
	__SetPageBuddy(page);
}

/*
 * The order an allocated block was handed out with, kept in its first
 * page's flags from prep_new_page() until it is freed, so __free_pages()
 * can refuse a wrong order before it drops the reference. Linux records
 * it only for compound pages (compound_order) and trusts the caller for
 * the others (page_owner keeps it in page_ext, for reports only).
 */
static inline unsigned int page_alloc_order(const struct page *page)
{
	return (page->flags >> ALLOC_ORDER_PGSHIFT) & ALLOC_ORDER_MASK;
}

/*
 * Plain read-modify-write, like __SetPageFoo: the caller owns the block it
 * is handing out, so no other CPU writes these flags meanwhile.
 */
static inline void set_page_alloc_order(struct page *page, unsigned int order)
{
	page->flags &= ~(ALLOC_ORDER_MASK << ALLOC_ORDER_PGSHIFT);
	page->flags |= (unsigned long)order << ALLOC_ORDER_PGSHIFT;
}

/* The buddy of the block at pfn of this order: flip bit "order". */
static inline unsigned long __find_buddy_pfn(unsigned long page_pfn,
					     unsigned int order)
{
	return page_pfn ^ (1UL << order);
}

int get_pageblock_migratetype(const struct page *page);
void set_pageblock_migratetype(struct page *page, int migratetype);

void __free_pages_core(struct page *page, unsigned int order);
void prep_compound_page(struct page *page, unsigned int order);
int move_freepages_block(struct zone *zone, struct page *page,
			 int migratetype, int *num_movable);

bool __zone_watermark_ok(struct zone *z, unsigned int order,
			 unsigned long mark, int highest_zoneidx,
			 unsigned int alloc_flags, long free_pages);
bool zone_watermark_ok(struct zone *z, unsigned int order,
		       unsigned long mark, int highest_zoneidx,
		       unsigned int alloc_flags);
bool zone_watermark_ok_safe(struct zone *z, unsigned int order,
			    unsigned long mark, int highest_zoneidx);
unsigned int gfp_to_alloc_flags(gfp_t gfp_mask);
void warn_alloc(gfp_t gfp_mask, nodemask_t *nodemask, const char *fmt, ...)
	__printf(3, 4);

/* ---- page_poison.c: page_poison=1 ---- */
#define PAGE_POISON	0xaa
void kernel_poison_pages(struct page *page, int numpages);
void kernel_unpoison_pages(struct page *page, int numpages);

static inline unsigned long zone_page_state(struct zone *zone,
					    enum zone_stat_item item)
{
	long x = atomic_long_read(&zone->vm_stat[item]);

	return x < 0 ? 0 : x;
}

static inline void __mod_zone_freepage_state(struct zone *zone, int nr_pages,
					     int migratetype)
{
	__mod_zone_page_state(zone, NR_FREE_PAGES, nr_pages);
}

/* ---- mm_init.c ---- */
extern unsigned long totalram;		/* managed pages, all zones */
extern unsigned long nr_kernel_pages, nr_all_pages;
extern unsigned long movablecore_pages;	/* movablecore= in pages */

void memblock_free_pages(struct page *page, unsigned long pfn,
			 unsigned int order);
void memblock_free_all(void);
void setup_per_zone_wmarks(void);
void setup_per_zone_lowmem_reserve(void);
void calculate_totalreserve_pages(void);
int zone_batchsize(struct zone *zone);
int zone_highsize(struct zone *zone, int batch, int cpu_online);
void zone_pcp_init(struct zone *zone);

/* ---- vmstat.c, debug.c ---- */
struct seq_file;
int buddyinfo_show(struct seq_file *m, void *v);
int pagetypeinfo_show(struct seq_file *m, void *v);
int zoneinfo_show(struct seq_file *m, void *v);
int vmstat_show(struct seq_file *m, void *v);
extern const char *const migratetype_names[MIGRATE_TYPES];
/* Write the names of the flags in gfp between buf and end (%pGg). */
char *format_flags_gfp(char *buf, char *end, unsigned long flags);
extern const struct trace_print_flags gfpflag_names[];

#endif /* __MM_INTERNAL_H */
