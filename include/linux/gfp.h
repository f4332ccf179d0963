/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/gfp.h - "get free pages" flags and the page allocator's API.
 * Linux: include/linux/gfp.h (bit values as in v5.19).
 *
 * A gfp_t says three things: which zones may be used (zone modifiers),
 * what kind of page it is (mobility: movable/reclaimable/unmovable, which
 * picks the migrate type), and how hard to try (watermarks, reclaim,
 * retries, warnings).
 */
#ifndef _LINUX_GFP_H
#define _LINUX_GFP_H

#include <linux/types.h>
#include <linux/kernel.h>
#include <linux/mmzone.h>

/* Plain bit values; use the __GFP_ names below. */
#define ___GFP_DMA		0x01u
#define ___GFP_HIGHMEM		0x02u
#define ___GFP_DMA32		0x04u
#define ___GFP_MOVABLE		0x08u
#define ___GFP_RECLAIMABLE	0x10u
#define ___GFP_HIGH		0x20u
#define ___GFP_IO		0x40u
#define ___GFP_FS		0x80u
#define ___GFP_ZERO		0x100u
#define ___GFP_ATOMIC		0x200u
#define ___GFP_DIRECT_RECLAIM	0x400u
#define ___GFP_KSWAPD_RECLAIM	0x800u
#define ___GFP_WRITE		0x1000u
#define ___GFP_NOWARN		0x2000u
#define ___GFP_RETRY_MAYFAIL	0x4000u
#define ___GFP_NOFAIL		0x8000u
#define ___GFP_NORETRY		0x10000u
#define ___GFP_MEMALLOC		0x20000u
#define ___GFP_COMP		0x40000u
#define ___GFP_NOMEMALLOC	0x80000u
#define ___GFP_HARDWALL		0x100000u
#define ___GFP_THISNODE		0x200000u
#define ___GFP_ACCOUNT		0x400000u
#define __GFP_BITS_SHIFT	23

/* zone modifiers */
#define __GFP_DMA		((gfp_t)___GFP_DMA)
#define __GFP_HIGHMEM		((gfp_t)___GFP_HIGHMEM)
#define __GFP_DMA32		((gfp_t)___GFP_DMA32)
#define __GFP_MOVABLE		((gfp_t)___GFP_MOVABLE)	/* also mobility */
#define GFP_ZONEMASK	(__GFP_DMA | __GFP_HIGHMEM | __GFP_DMA32 | __GFP_MOVABLE)

/* mobility and placement */
#define __GFP_RECLAIMABLE	((gfp_t)___GFP_RECLAIMABLE)
#define __GFP_WRITE		((gfp_t)___GFP_WRITE)
#define __GFP_HARDWALL		((gfp_t)___GFP_HARDWALL)
#define __GFP_THISNODE		((gfp_t)___GFP_THISNODE)
#define __GFP_ACCOUNT		((gfp_t)___GFP_ACCOUNT)

/* watermark modifiers: may dip into reserves */
#define __GFP_ATOMIC		((gfp_t)___GFP_ATOMIC)
#define __GFP_HIGH		((gfp_t)___GFP_HIGH)
#define __GFP_MEMALLOC		((gfp_t)___GFP_MEMALLOC)
#define __GFP_NOMEMALLOC	((gfp_t)___GFP_NOMEMALLOC)

/* reclaim modifiers */
#define __GFP_IO		((gfp_t)___GFP_IO)
#define __GFP_FS		((gfp_t)___GFP_FS)
#define __GFP_DIRECT_RECLAIM	((gfp_t)___GFP_DIRECT_RECLAIM)
#define __GFP_KSWAPD_RECLAIM	((gfp_t)___GFP_KSWAPD_RECLAIM)
#define __GFP_RECLAIM	((gfp_t)(___GFP_DIRECT_RECLAIM | ___GFP_KSWAPD_RECLAIM))
#define __GFP_RETRY_MAYFAIL	((gfp_t)___GFP_RETRY_MAYFAIL)
#define __GFP_NOFAIL		((gfp_t)___GFP_NOFAIL)
#define __GFP_NORETRY		((gfp_t)___GFP_NORETRY)

/* action modifiers */
#define __GFP_NOWARN		((gfp_t)___GFP_NOWARN)
#define __GFP_COMP		((gfp_t)___GFP_COMP)
#define __GFP_ZERO		((gfp_t)___GFP_ZERO)

/* the combinations callers use */
#define GFP_ATOMIC	(__GFP_HIGH | __GFP_ATOMIC | __GFP_KSWAPD_RECLAIM)
#define GFP_KERNEL	(__GFP_RECLAIM | __GFP_IO | __GFP_FS)
#define GFP_KERNEL_ACCOUNT (GFP_KERNEL | __GFP_ACCOUNT)
#define GFP_NOWAIT	(__GFP_KSWAPD_RECLAIM)
#define GFP_NOIO	(__GFP_RECLAIM)
#define GFP_NOFS	(__GFP_RECLAIM | __GFP_IO)
#define GFP_USER	(__GFP_RECLAIM | __GFP_IO | __GFP_FS | __GFP_HARDWALL)
#define GFP_DMA		__GFP_DMA
#define GFP_DMA32	__GFP_DMA32
#define GFP_HIGHUSER	(GFP_USER | __GFP_HIGHMEM)
#define GFP_HIGHUSER_MOVABLE	(GFP_HIGHUSER | __GFP_MOVABLE)

/* ---- mobility -> migrate type ---- */
#define GFP_MOVABLE_MASK	(__GFP_RECLAIMABLE | __GFP_MOVABLE)
#define GFP_MOVABLE_SHIFT	3

static inline int gfp_migratetype(const gfp_t gfp_flags)
{
	if (page_group_by_mobility_disabled)
		return MIGRATE_UNMOVABLE;
	/*
	 * Both bits would read as 3, MIGRATE_HIGHATOMIC. Linux only warns
	 * (VM_WARN_ON); tinymm warns and treats the page as movable, since
	 * the combination can come from the shell.
	 */
	if (WARN_ON_ONCE((gfp_flags & GFP_MOVABLE_MASK) == GFP_MOVABLE_MASK))
		return MIGRATE_MOVABLE;
	/* __GFP_MOVABLE (0x8) -> 1, __GFP_RECLAIMABLE (0x10) -> 2 */
	return (gfp_flags & GFP_MOVABLE_MASK) >> GFP_MOVABLE_SHIFT;
}

/* ---- zone modifiers -> highest usable zone ---- */
/*
 * GFP_ZONE_TABLE packs, for each of the 16 combinations of the four zone
 * bits, the zone to use in 2 bits (Linux's trick, so gfp_zone() is a
 * shift and a mask). tinymm has no ZONE_DMA/ZONE_HIGHMEM, and
 * __GFP_HIGHMEM means NORMAL as in Linux without highmem.
 * Linux without ZONE_DMA maps __GFP_DMA to ZONE_NORMAL; we map it to DMA32
 * because our DMA32 stands in for the ZONE_DMA that v5.19 arm64 has on virt
 * (RAM below 4 GiB), so a GFP_DMA caller still gets memory below 4 GiB.
 */
#define GFP_ZONES_SHIFT		ZONES_SHIFT_GFP
#define ZONES_SHIFT_GFP		2
#define OPT_ZONE_DMA		ZONE_DMA32
#define OPT_ZONE_HIGHMEM	ZONE_NORMAL
#define OPT_ZONE_DMA32		ZONE_DMA32

#define GFP_ZONE_TABLE ( \
	(ZONE_NORMAL << 0 * GFP_ZONES_SHIFT)					\
	| (OPT_ZONE_DMA << ___GFP_DMA * GFP_ZONES_SHIFT)			\
	| (OPT_ZONE_HIGHMEM << ___GFP_HIGHMEM * GFP_ZONES_SHIFT)		\
	| (OPT_ZONE_DMA32 << ___GFP_DMA32 * GFP_ZONES_SHIFT)			\
	| (ZONE_NORMAL << ___GFP_MOVABLE * GFP_ZONES_SHIFT)			\
	| (OPT_ZONE_DMA << (___GFP_MOVABLE | ___GFP_DMA) * GFP_ZONES_SHIFT)	\
	| (ZONE_MOVABLE << (___GFP_MOVABLE | ___GFP_HIGHMEM) * GFP_ZONES_SHIFT) \
	| (OPT_ZONE_DMA32 << (___GFP_MOVABLE | ___GFP_DMA32) * GFP_ZONES_SHIFT) \
)

/* Combinations that make no sense, e.g. DMA | DMA32. */
#define GFP_ZONE_BAD ( \
	1 << (___GFP_DMA | ___GFP_HIGHMEM)					\
	| 1 << (___GFP_DMA | ___GFP_DMA32)					\
	| 1 << (___GFP_DMA32 | ___GFP_HIGHMEM)					\
	| 1 << (___GFP_DMA | ___GFP_DMA32 | ___GFP_HIGHMEM)			\
	| 1 << (___GFP_MOVABLE | ___GFP_HIGHMEM | ___GFP_DMA)			\
	| 1 << (___GFP_MOVABLE | ___GFP_DMA32 | ___GFP_DMA)			\
	| 1 << (___GFP_MOVABLE | ___GFP_DMA32 | ___GFP_HIGHMEM)			\
	| 1 << (___GFP_MOVABLE | ___GFP_DMA32 | ___GFP_DMA | ___GFP_HIGHMEM)	\
)

static inline enum zone_type gfp_zone(gfp_t flags)
{
	int bit = (int)(flags & GFP_ZONEMASK);

	WARN_ON_ONCE((GFP_ZONE_BAD >> bit) & 1);
	return (enum zone_type)((GFP_ZONE_TABLE >> (bit * GFP_ZONES_SHIFT)) &
				((1 << GFP_ZONES_SHIFT) - 1));
}

static inline int gfp_zonelist(gfp_t flags)
{
	return (flags & __GFP_THISNODE) ? ZONELIST_NOFALLBACK : ZONELIST_FALLBACK;
}

static inline struct zonelist *node_zonelist(int nid, gfp_t flags)
{
	return NODE_DATA(nid)->node_zonelists + gfp_zonelist(flags);
}

static inline bool gfpflags_allow_blocking(const gfp_t gfp_flags)
{
	return !!(gfp_flags & __GFP_DIRECT_RECLAIM);
}

/* ---- the API ---- */
struct page;
typedef struct { unsigned long bits; } nodemask_t;

struct page *__alloc_pages(gfp_t gfp, unsigned int order, int preferred_nid,
			   nodemask_t *nodemask);
struct page *alloc_pages_node(int nid, gfp_t gfp_mask, unsigned int order);
struct page *alloc_pages(gfp_t gfp_mask, unsigned int order);
#define alloc_page(gfp_mask)	alloc_pages(gfp_mask, 0)
unsigned long __get_free_pages(gfp_t gfp_mask, unsigned int order);
unsigned long get_zeroed_page(gfp_t gfp_mask);
#define __get_free_page(gfp_mask)	__get_free_pages((gfp_mask), 0)
void *alloc_pages_exact(size_t size, gfp_t gfp_mask);
void free_pages_exact(void *virt, size_t size);

void __free_pages(struct page *page, unsigned int order);
void free_pages(unsigned long addr, unsigned int order);
#define __free_page(page)	__free_pages((page), 0)
#define free_page(addr)		free_pages((addr), 0)

void free_unref_page(struct page *page, unsigned int order);
void drain_local_pages(struct zone *zone);
void drain_all_pages(struct zone *zone);

#endif /* _LINUX_GFP_H */
