/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/mm.h - the memory-management interface the rest of the kernel sees.
 * Linux: include/linux/mm.h. Grows with each mm feature.
 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/kernel.h>
#include <linux/atomic.h>
#include <linux/pfn.h>
#include <linux/mm_types.h>
#include <linux/mmzone.h>
#include <linux/page-flags.h>
#include <linux/gfp.h>

#define PAGE_ALIGN(addr)	ALIGN(addr, PAGE_SIZE)
#define PAGE_ALIGNED(addr)	IS_ALIGNED((unsigned long)(addr), PAGE_SIZE)

/* The order of the smallest power-of-two block of pages holding size bytes. */
static inline int get_order(unsigned long size)
{
	if (size <= PAGE_SIZE)
		return 0;
	return 64 - __builtin_clzl((size - 1) >> PAGE_SHIFT);
}

/*
 * ---- FLATMEM: one array of struct page for all of RAM ----
 * mem_map[i] describes pfn ARCH_PFN_OFFSET + i, holes included (their
 * pages stay PG_reserved). Each node's node_mem_map points into it.
 * Linux: include/asm-generic/memory_model.h.
 */
extern struct page *mem_map;
extern unsigned long max_mapnr;		/* entries in mem_map */
extern unsigned long mem_map_pfn_offset;	/* pfn of mem_map[0] */
extern unsigned long max_pfn, min_low_pfn, max_low_pfn;
#define ARCH_PFN_OFFSET		mem_map_pfn_offset

static inline struct page *pfn_to_page(unsigned long pfn)
{
	return mem_map + (pfn - ARCH_PFN_OFFSET);
}

static inline unsigned long page_to_pfn(const struct page *page)
{
	return (unsigned long)(page - mem_map) + ARCH_PFN_OFFSET;
}

static inline bool pfn_valid(unsigned long pfn)
{
	return pfn >= ARCH_PFN_OFFSET && pfn - ARCH_PFN_OFFSET < max_mapnr;
}

#define virt_to_pfn(kaddr)	(__pa(kaddr) >> PAGE_SHIFT)
#define virt_to_page(kaddr)	pfn_to_page(virt_to_pfn(kaddr))
#define page_to_phys(page)	PFN_PHYS(page_to_pfn(page))

/* Every page is in the linear map (no highmem): its address is __va(pa). */
static inline void *page_address(const struct page *page)
{
	return __va(PFN_PHYS(page_to_pfn(page)));
}
#define page_to_virt(page)	page_address(page)

/* ---- zone and node, from the top bits of page->flags ---- */
static inline enum zone_type page_zonenum(const struct page *page)
{
	return (enum zone_type)((page->flags >> ZONES_PGSHIFT) & ZONES_MASK);
}

static inline int page_to_nid(const struct page *page)
{
	return (page->flags >> NODES_PGSHIFT) & NODES_MASK;
}

static inline struct zone *page_zone(const struct page *page)
{
	return &NODE_DATA(page_to_nid(page))->node_zones[page_zonenum(page)];
}

static inline void set_page_links(struct page *page, enum zone_type zone,
				  int nid)
{
	page->flags &= ~((NODES_MASK << NODES_PGSHIFT) |
			 (ZONES_MASK << ZONES_PGSHIFT));
	page->flags |= ((unsigned long)nid & NODES_MASK) << NODES_PGSHIFT;
	page->flags |= ((unsigned long)zone & ZONES_MASK) << ZONES_PGSHIFT;
}

/* ---- reference and map counts ---- */
static inline int page_ref_count(const struct page *page)
{
	return atomic_read(&page->_refcount);
}

static inline void set_page_count(struct page *page, int v)
{
	atomic_set(&page->_refcount, v);
}

static inline void init_page_count(struct page *page)
{
	set_page_count(page, 1);
}

static inline void page_ref_inc(struct page *page)
{
	atomic_inc(&page->_refcount);
}

static inline int page_ref_dec_and_test(struct page *page)
{
	return atomic_dec_and_test(&page->_refcount);
}

static inline int page_count(const struct page *page)
{
	return page_ref_count(compound_head(page));
}

static inline void page_mapcount_reset(struct page *page)
{
	atomic_set(&page->_mapcount, -1);
}

static inline int page_mapcount(const struct page *page)
{
	return atomic_read(&page->_mapcount) + 1;
}

static inline unsigned int compound_order(const struct page *page)
{
	if (!PageHead(page))
		return 0;
	return page[1].compound_order;
}

static inline unsigned long compound_nr(const struct page *page)
{
	return 1UL << compound_order(page);
}

static inline void get_page(struct page *page)
{
	page = compound_head(page);
	WARN_ON_ONCE(page_ref_count(page) <= 0);
	page_ref_inc(page);
}

void __put_page(struct page *page);
void split_page(struct page *page, unsigned int order);

/* Drop a reference; the last one frees the page (whole compound page). */
static inline void put_page(struct page *page)
{
	page = compound_head(page);
	if (page_ref_dec_and_test(page))
		__put_page(page);
}

/* ---- accounting ---- */
unsigned long totalram_pages(void);
unsigned long nr_free_pages(void);

struct sysinfo {
	unsigned long totalram;		/* pages */
	unsigned long freeram;
	unsigned long sharedram;
	unsigned long bufferram;
	unsigned long totalhigh;
	unsigned long freehigh;
	unsigned int mem_unit;		/* bytes per unit above */
};
void si_meminfo(struct sysinfo *val);
long si_mem_available(void);
void show_mem(void);

void dump_page(struct page *page, const char *reason);

/* ---- boot ---- */
void free_area_init(unsigned long *max_zone_pfn);
void build_all_zonelists(pg_data_t *pgdat);
void mem_init(void);
void mm_core_init(void);
void mem_init_print_info(void);
void bootmem_init(void);
void setup_per_cpu_pageset(void);
void init_per_zone_wmark_min(void);
void mm_dump_boot(void);	/* mm_dump=buddyinfo,zoneinfo,... */
void kmem_cache_init(void);
void vmalloc_init(void);

#endif
