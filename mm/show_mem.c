// SPDX-License-Identifier: GPL-2.0
/*
 * mm/show_mem.c - show_mem(), the memory report printed when an allocation
 * fails (warn_alloc) or on request (the shell's showmem, Linux's SysRq-m),
 * and the global counters behind free/meminfo: si_meminfo(),
 * si_mem_available(), nr_free_pages().
 * Linux v5.19: lib/show_mem.c (show_mem), mm/page_alloc.c
 * (show_free_areas, show_migration_types, si_meminfo, si_mem_available),
 * include/linux/vmstat.h (global_zone_page_state); later Linux moved the
 * show_mem() part into mm/show_mem.c, where tinymm keeps all of it.
 *
 * What it teaches: how to read an OOM report. Per zone it prints the free
 * pages against the watermarks, the lowmem_reserve[] that protects the zone
 * from allocations that could have gone higher, and the free lists as
 * "count*size (types)", e.g. "3*4kB (UM)": three free 4 kB blocks, found on
 * the Unmovable and Movable lists. A zone whose free:min:low ratio looks
 * healthy but whose high orders are all 0 is fragmented, not full.
 *
 * Simplified: one CPU, no cpuset filter (every node is shown), no LRU,
 * writeback, swap or hugetlb, so their counters print as 0 in Linux's
 * format. Linux keeps global counters (vm_zone_stat[]) beside the
 * per-zone ones; tinymm sums the zones when asked.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/vmstat.h>
#include <linux/slab.h>
#include "internal.h"

#define K(x) ((x) << (PAGE_SHIFT - 10))

/* Linux: global_zone_page_state() reads vm_zone_stat[]; we add up zones. */
unsigned long global_zone_page_state(enum zone_stat_item item)
{
	unsigned long sum = 0;
	struct zone *zone;

	for_each_populated_zone(zone)
		sum += zone_page_state(zone, item);
	return sum;
}

/* Linux v5.19: a macro in include/linux/swap.h. */
unsigned long nr_free_pages(void)
{
	return global_zone_page_state(NR_FREE_PAGES);
}

/*
 * What the sysinfo() system call and meminfo report (Linux: page_alloc.c).
 * Placeholder: bufferram (the block-device cache) is 0, as tinymm has no
 * block devices; no highmem on arm64.
 */
void si_meminfo(struct sysinfo *val)
{
	val->totalram = totalram_pages();
	val->sharedram = global_node_page_state(NR_SHMEM);
	val->freeram = global_zone_page_state(NR_FREE_PAGES);
	val->bufferram = 0;
	val->totalhigh = 0;
	val->freehigh = 0;
	val->mem_unit = PAGE_SIZE;
}

/*
 * MemAvailable: free pages minus what the allocator keeps back
 * (totalreserve_pages: high watermarks plus lowmem_reserve), plus the page
 * cache and reclaimable slab that could be freed without swapping, each
 * minus a part assumed to stay (half, at most the low watermarks).
 * Linux v5.19 si_mem_available(); the page-cache term is 0 until the page
 * cache exists, but the formula is all here.
 */
long si_mem_available(void)
{
	unsigned long pagecache = 0;	/* LRU_ACTIVE_FILE + LRU_INACTIVE_FILE */
	unsigned long reclaimable = slab_reclaimable_pages();	/* + misc */
	unsigned long wmark_low = 0;
	struct zone *zone;
	long available;

	/* all zones, as Linux: an empty Movable zone still has marks */
	for_each_zone(zone)
		wmark_low += low_wmark_pages(zone);

	available = global_zone_page_state(NR_FREE_PAGES) - totalreserve_pages;
	pagecache -= min(pagecache / 2, wmark_low);
	available += pagecache;
	available += reclaimable - min(reclaimable / 2, wmark_low);
	return available < 0 ? 0 : available;
}

/* Linux: show_node() prints the node only with CONFIG_NUMA, as arm64 has. */
static void show_node(struct zone *zone)
{
	printk("Node %d ", zone_to_nid(zone));
}

static unsigned long zone_free_pcp(struct zone *zone)
{
	unsigned long sum = 0;
	unsigned int cpu;

	for_each_online_cpu(cpu)
		sum += per_cpu_ptr(zone->per_cpu_pageset, cpu)->count;
	return sum;
}

/* "(UME) ": the lists a free_area order has blocks on (Linux's letters). */
static void show_migration_types(unsigned char type)
{
	static const char types[MIGRATE_TYPES] = {
		[MIGRATE_UNMOVABLE]	= 'U',
		[MIGRATE_MOVABLE]	= 'M',
		[MIGRATE_RECLAIMABLE]	= 'E',
		[MIGRATE_HIGHATOMIC]	= 'H',
		[MIGRATE_ISOLATE]	= 'I',
	};
	char tmp[MIGRATE_TYPES + 1];
	char *p = tmp;
	int i;

	for (i = 0; i < MIGRATE_TYPES; i++)
		if (type & (1 << i))
			*p++ = types[i];
	*p = '\0';
	printk(KERN_CONT "(%s) ", tmp);
}

/*
 * The first two blocks: the node counters, summed and then per node. The
 * LRU, dirty and writeback ones are 0: tinymm has no LRU lists or writeback.
 */
static void show_free_summary(void)
{
	unsigned long free_pcp = 0;
	struct zone *zone;
	int nid;

	for_each_populated_zone(zone)
		free_pcp += zone_free_pcp(zone);

	printk("active_anon:%lu inactive_anon:%lu isolated_anon:%lu\n"
	       " active_file:%lu inactive_file:%lu isolated_file:%lu\n"
	       " unevictable:%lu dirty:%lu writeback:%lu\n"
	       " slab_reclaimable:%lu slab_unreclaimable:%lu\n"
	       " mapped:%lu shmem:%lu pagetables:%lu bounce:%lu\n"
	       " kernel_misc_reclaimable:%lu\n"
	       " free:%lu free_pcp:%lu free_cma:%lu\n",
	       0UL, 0UL, 0UL, 0UL, 0UL, 0UL, 0UL, 0UL, 0UL,
	       slab_reclaimable_pages(), slab_unreclaimable_pages(),
	       global_node_page_state(NR_FILE_MAPPED),
	       global_node_page_state(NR_SHMEM),
	       global_node_page_state(NR_PAGETABLE),
	       global_zone_page_state(NR_BOUNCE),
	       global_node_page_state(NR_KERNEL_MISC_RECLAIMABLE),
	       global_zone_page_state(NR_FREE_PAGES), free_pcp,
	       global_zone_page_state(NR_FREE_CMA_PAGES));

	for_each_online_node(nid)
		printk("Node %d active_anon:%lukB inactive_anon:%lukB"
		       " active_file:%lukB inactive_file:%lukB"
		       " unevictable:%lukB isolated(anon):%lukB"
		       " isolated(file):%lukB mapped:%lukB dirty:%lukB"
		       " writeback:%lukB shmem:%lukB writeback_tmp:%lukB"
		       " kernel_stack:%lukB pagetables:%lukB"
		       " all_unreclaimable? %s\n",
		       nid, 0UL, 0UL, 0UL, 0UL, 0UL, 0UL, 0UL,
		       K(node_page_state(NODE_DATA(nid), NR_FILE_MAPPED)), 0UL, 0UL,
		       K(node_page_state(NODE_DATA(nid), NR_SHMEM)), 0UL,
		       node_page_state(NODE_DATA(nid), NR_KERNEL_STACK_KB),
		       K(node_page_state(NODE_DATA(nid), NR_PAGETABLE)), "no");
}

static void show_zone_watermarks(struct zone *zone)
{
	int i;

	show_node(zone);
	printk(KERN_CONT "%s free:%lukB boost:%lukB min:%lukB low:%lukB"
	       " high:%lukB reserved_highatomic:%luKB active_anon:%lukB"
	       " inactive_anon:%lukB active_file:%lukB inactive_file:%lukB"
	       " unevictable:%lukB writepending:%lukB present:%lukB"
	       " managed:%lukB mlocked:%lukB bounce:%lukB free_pcp:%lukB"
	       " local_pcp:%ukB free_cma:%lukB\n",
	       zone->name, K(zone_page_state(zone, NR_FREE_PAGES)),
	       K(zone->watermark_boost), K(min_wmark_pages(zone)),
	       K(low_wmark_pages(zone)), K(high_wmark_pages(zone)),
	       K(zone->nr_reserved_highatomic),
	       K(zone_page_state(zone, NR_ZONE_ACTIVE_ANON)),
	       K(zone_page_state(zone, NR_ZONE_INACTIVE_ANON)),
	       K(zone_page_state(zone, NR_ZONE_ACTIVE_FILE)),
	       K(zone_page_state(zone, NR_ZONE_INACTIVE_FILE)),
	       K(zone_page_state(zone, NR_ZONE_UNEVICTABLE)),
	       K(zone_page_state(zone, NR_ZONE_WRITE_PENDING)),
	       K(zone->present_pages), K(zone_managed_pages(zone)),
	       K(zone_page_state(zone, NR_MLOCK)),
	       K(zone_page_state(zone, NR_BOUNCE)), K(zone_free_pcp(zone)),
	       K(this_cpu_ptr(zone->per_cpu_pageset)->count),
	       K(zone_page_state(zone, NR_FREE_CMA_PAGES)));
	printk("lowmem_reserve[]:");
	for (i = 0; i < MAX_NR_ZONES; i++)
		printk(KERN_CONT " %ld", zone->lowmem_reserve[i]);
	printk(KERN_CONT "\n");
}

/* "Node 0 DMA32: 1*4kB (U) 0*8kB ... 250*4096kB (M) = 1024004kB" */
static void show_zone_free_lists(struct zone *zone)
{
	unsigned long nr[MAX_ORDER], flags, total = 0;
	unsigned char types[MAX_ORDER];
	unsigned int order;
	int type;

	show_node(zone);
	printk(KERN_CONT "%s: ", zone->name);
	/* copy under the lock, print after: printk is slow */
	spin_lock_irqsave(&zone->lock, flags);
	for (order = 0; order < MAX_ORDER; order++) {
		struct free_area *area = &zone->free_area[order];

		nr[order] = area->nr_free;
		total += nr[order] << order;
		types[order] = 0;
		for (type = 0; type < MIGRATE_TYPES; type++)
			if (!free_area_empty(area, type))
				types[order] |= 1 << type;
	}
	spin_unlock_irqrestore(&zone->lock, flags);
	for (order = 0; order < MAX_ORDER; order++) {
		printk(KERN_CONT "%lu*%lukB ", nr[order], K(1UL) << order);
		if (nr[order])
			show_migration_types(types[order]);
	}
	printk(KERN_CONT "= %lukB\n", K(total));
}

/* Linux v5.19 show_free_areas(filter, nodemask), without the filter. */
static void show_free_areas(void)
{
	struct zone *zone;

	show_free_summary();
	for_each_populated_zone(zone)
		show_zone_watermarks(zone);
	for_each_populated_zone(zone)
		show_zone_free_lists(zone);
	/* no hugetlb: hugetlb_show_meminfo_node() prints nothing */
	printk("%ld total pagecache pages\n",
	       (long)global_node_page_state(NR_FILE_PAGES));
	/* no swap: show_swap_cache_info() prints nothing */
}

/*
 * Linux v5.19 show_mem(filter, nodemask) in lib/show_mem.c. "reserved" is
 * present - managed: the pages memblock kept (kernel image, memmap, DTB...).
 * arm64 has no highmem, so the HighMem/MovableOnly line is always 0.
 */
void show_mem(void)
{
	unsigned long total = 0, reserved = 0;
	struct zone *zone;

	printk("Mem-Info:\n");
	show_free_areas();
	for_each_populated_zone(zone) {
		total += zone->present_pages;
		reserved += zone->present_pages - zone_managed_pages(zone);
	}
	printk("%lu pages RAM\n", total);
	printk("%lu pages HighMem/MovableOnly\n", 0UL);
	printk("%lu pages reserved\n", reserved);
}
