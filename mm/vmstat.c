// SPDX-License-Identifier: GPL-2.0
/*
 * mm/vmstat.c - /proc/buddyinfo, /proc/pagetypeinfo, /proc/zoneinfo and
 * /proc/vmstat, printed by the shell commands of the same names.
 * Linux v5.19: mm/vmstat.c (frag_show_print, pagetypeinfo_showfree_print,
 * pagetypeinfo_showblockcount_print, zoneinfo_show_print, vmstat_text[]).
 *
 * What it teaches: the three views of the buddy allocator.
 *  - buddyinfo: per zone, free blocks of each order (4 kB, 8 kB ... 4 MB).
 *  - pagetypeinfo: the same split by migrate type, then how many 2 MB
 *    pageblocks each type owns - anti-fragmentation made visible.
 *  - zoneinfo: watermarks (min/low/high), spanned/present/managed pages,
 *    protection (lowmem_reserve), the per-CPU lists (pagesets).
 * Every format string is Linux's, so the text can be put next to a real
 * arm64 machine's /proc and compared line by line.
 *
 * Simplified: Linux walks nodes with a seq_file iterator (frag_start,
 * frag_next); each show here walks them all, as a single_open() file.
 * Of the per-node counters, slab and page-table pages are counted; the
 * others (LRU, writeback...) have no users yet and print 0;
 * CONFIG-dependent lines for features tinymm lacks are left out (NUMA
 * hit/miss counters, swap, shadow call stacks, NUMA balancing). The zone
 * counters are atomics updated directly, with no per-CPU deltas to fold:
 * that is what Linux calls a stat threshold of 0.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/vmstat.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "internal.h"

/*
 * The names of the counters, zone items first, as Linux's vmstat_text[].
 * The node items follow; tinymm keeps no node counters yet, so they are
 * the names of zeros. GDB's lx-zoneinfo reads this array, so the names
 * exist once.
 */
const char *const vmstat_text[] = {
	/* enum zone_stat_item */
	"nr_free_pages",
	"nr_zone_inactive_anon",
	"nr_zone_active_anon",
	"nr_zone_inactive_file",
	"nr_zone_active_file",
	"nr_zone_unevictable",
	"nr_zone_write_pending",
	"nr_mlock",
	"nr_bounce",
	"nr_free_cma",
	/* enum node_stat_item (v5.19, no swap/SCS/NUMA balancing) */
	"nr_inactive_anon",
	"nr_active_anon",
	"nr_inactive_file",
	"nr_active_file",
	"nr_unevictable",
	"nr_slab_reclaimable",
	"nr_slab_unreclaimable",
	"nr_isolated_anon",
	"nr_isolated_file",
	"workingset_nodes",
	"workingset_refault_anon",
	"workingset_refault_file",
	"workingset_activate_anon",
	"workingset_activate_file",
	"workingset_restore_anon",
	"workingset_restore_file",
	"workingset_nodereclaim",
	"nr_anon_pages",
	"nr_mapped",
	"nr_file_pages",
	"nr_dirty",
	"nr_writeback",
	"nr_writeback_temp",
	"nr_shmem",
	"nr_shmem_hugepages",
	"nr_shmem_pmdmapped",
	"nr_file_hugepages",
	"nr_file_pmdmapped",
	"nr_anon_transparent_hugepages",
	"nr_vmscan_write",
	"nr_vmscan_immediate_reclaim",
	"nr_dirtied",
	"nr_written",
	"nr_throttled_written",
	"nr_kernel_misc_reclaimable",
	"nr_foll_pin_acquired",
	"nr_foll_pin_released",
	"nr_kernel_stack",
	"nr_page_table_pages",
};

#define NR_VM_NODE_STAT_ITEMS	(ARRAY_SIZE(vmstat_text) - NR_VM_ZONE_STAT_ITEMS)

static const char *zone_stat_name(enum zone_stat_item item)
{
	/* a new zone_stat_item needs its name in vmstat_text[] above */
	BUILD_BUG_ON(NR_VM_ZONE_STAT_ITEMS != 10);
	return vmstat_text[item];
}

static const char *node_stat_name(int item)
{
	return vmstat_text[NR_VM_ZONE_STAT_ITEMS + item];
}

/*
 * The node counters that exist so far: slab pages (Linux keeps them per
 * node, in bytes, and prints pages) and page-table pages (NR_PAGETABLE).
 * One node runs today, so the global counts are node 0's. Every other
 * node item is 0 until its feature.
 */
static unsigned long node_stat_value(int item)
{
	const char *name = node_stat_name(item);

	if (!strcmp(name, "nr_slab_reclaimable"))
		return slab_reclaimable_pages();
	if (!strcmp(name, "nr_slab_unreclaimable"))
		return slab_unreclaimable_pages();
	if (!strcmp(name, "nr_page_table_pages"))
		return atomic_long_read(&nr_page_table_pages);
	return 0;
}

/* Linux checks node_state(nid, N_MEMORY): nodes without memory print nothing. */
static bool node_has_memory(pg_data_t *pgdat)
{
	return pgdat && pgdat->node_present_pages;
}

/*
 * Call print() for each zone of the node (only populated ones if
 * assert_populated), under the zone lock so the free lists hold still.
 */
static void walk_zones_in_node(struct seq_file *m, pg_data_t *pgdat,
			       bool assert_populated,
			       void (*print)(struct seq_file *, pg_data_t *,
				      struct zone *))
{
	struct zone *zone;
	unsigned long flags;

	for (zone = pgdat->node_zones;
	     zone - pgdat->node_zones < MAX_NR_ZONES; zone++) {
		if (assert_populated && !populated_zone(zone))
			continue;
		spin_lock_irqsave(&zone->lock, flags);
		print(m, pgdat, zone);
		spin_unlock_irqrestore(&zone->lock, flags);
	}
}

static void walk_online_nodes(struct seq_file *m, bool assert_populated,
			      void (*print)(struct seq_file *, pg_data_t *,
				      struct zone *))
{
	int nid;

	for_each_online_node(nid)
		if (NODE_DATA(nid))
			walk_zones_in_node(m, NODE_DATA(nid), assert_populated,
					   print);
}

/* ---- buddyinfo ---- */

static void frag_show_print(struct seq_file *m, pg_data_t *pgdat,
			    struct zone *zone)
{
	unsigned int order;

	seq_printf(m, "Node %d, zone %8s ", pgdat->node_id, zone->name);
	for (order = 0; order < MAX_ORDER; order++)
		seq_printf(m, "%6lu ", READ_ONCE(zone->free_area[order].nr_free));
	seq_putc(m, '\n');
}

int buddyinfo_show(struct seq_file *m, void *v)
{
	walk_online_nodes(m, true, frag_show_print);
	return 0;
}

/* ---- pagetypeinfo ---- */

/*
 * Free blocks per (type, order), by walking the lists: nr_free counts all
 * types together. Linux caps the walk at 100000 and prints ">100000".
 */
static void pagetypeinfo_showfree_print(struct seq_file *m, pg_data_t *pgdat,
					struct zone *zone)
{
	unsigned int order;
	int mtype;

	for (mtype = 0; mtype < MIGRATE_TYPES; mtype++) {
		seq_printf(m, "Node %4d, zone %8s, type %12s ", pgdat->node_id,
			   zone->name, migratetype_names[mtype]);
		for (order = 0; order < MAX_ORDER; order++) {
			struct list_head *head, *curr;
			unsigned long freecount = 0;
			bool overflow = false;

			head = &zone->free_area[order].free_list[mtype];
			for (curr = head->next; curr != head; curr = curr->next)
				if (++freecount >= 100000) {
					overflow = true;
					break;
				}
			seq_printf(m, "%s%6lu ", overflow ? ">" : "", freecount);
		}
		seq_putc(m, '\n');
	}
}

/* Pageblocks by the type recorded in zone->pageblock_flags. */
static void pagetypeinfo_showblockcount_print(struct seq_file *m,
					      pg_data_t *pgdat,
					      struct zone *zone)
{
	unsigned long count[MIGRATE_TYPES] = { 0 };
	unsigned long pfn;
	int mtype;

	for (pfn = zone->zone_start_pfn; pfn < zone_end_pfn(zone);
	     pfn += pageblock_nr_pages) {
		struct page *page;

		if (!pfn_valid(pfn))
			continue;
		page = pfn_to_page(pfn);
		/* FLATMEM holes carry the zone of their neighbours, or none */
		if (page_zone(page) != zone)
			continue;
		mtype = get_pageblock_migratetype(page);
		if (mtype < MIGRATE_TYPES)
			count[mtype]++;
	}
	seq_printf(m, "Node %d, zone %8s ", pgdat->node_id, zone->name);
	for (mtype = 0; mtype < MIGRATE_TYPES; mtype++)
		seq_printf(m, "%12lu ", count[mtype]);
	seq_putc(m, '\n');
}

static void pagetypeinfo_show_node(struct seq_file *m, pg_data_t *pgdat)
{
	unsigned int order;
	int mtype;

	seq_printf(m, "Page block order: %d\n", pageblock_order);
	seq_printf(m, "Pages per block:  %lu\n", pageblock_nr_pages);
	seq_putc(m, '\n');
	seq_printf(m, "%-43s ", "Free pages count per migrate type at order");
	for (order = 0; order < MAX_ORDER; order++)
		seq_printf(m, "%6d ", order);
	seq_putc(m, '\n');
	walk_zones_in_node(m, pgdat, true, pagetypeinfo_showfree_print);

	seq_putc(m, '\n');
	seq_printf(m, "%-23s", "Number of blocks type ");
	for (mtype = 0; mtype < MIGRATE_TYPES; mtype++)
		seq_printf(m, "%12s ", migratetype_names[mtype]);
	seq_putc(m, '\n');
	walk_zones_in_node(m, pgdat, true, pagetypeinfo_showblockcount_print);
}

int pagetypeinfo_show(struct seq_file *m, void *v)
{
	int nid;

	for_each_online_node(nid)
		if (node_has_memory(NODE_DATA(nid)))
			pagetypeinfo_show_node(m, NODE_DATA(nid));
	return 0;
}

/* ---- zoneinfo ---- */

static bool is_zone_first_populated(pg_data_t *pgdat, struct zone *zone)
{
	int zid;

	for (zid = 0; zid < MAX_NR_ZONES; zid++)
		if (populated_zone(&pgdat->node_zones[zid]))
			return zone == &pgdat->node_zones[zid];
	return false;
}

static void zoneinfo_show_pagesets(struct seq_file *m, struct zone *zone)
{
	unsigned int cpu;

	seq_printf(m, "  pagesets\n");
	for_each_online_cpu(cpu) {
		struct per_cpu_pages *pcp = per_cpu_ptr(zone->per_cpu_pageset, cpu);

		seq_printf(m, "    cpu: %i\n", cpu);
		seq_printf(m, "              count: %i\n", pcp->count);
		seq_printf(m, "              high:  %i\n", pcp->high);
		seq_printf(m, "              batch: %i\n", pcp->batch);
		seq_printf(m, "  vm stats threshold: %d\n", 0);
	}
}

static void zoneinfo_show_print(struct seq_file *m, pg_data_t *pgdat,
				struct zone *zone)
{
	int i;

	seq_printf(m, "Node %d, zone %8s\n", pgdat->node_id, zone->name);
	if (is_zone_first_populated(pgdat, zone)) {
		seq_printf(m, "  per-node stats\n");
		for (i = 0; i < NR_VM_NODE_STAT_ITEMS; i++)
			seq_printf(m, "      %-12s %lu\n", node_stat_name(i),
				   node_stat_value(i));
	}
	seq_printf(m, "  pages free     %lu\n", zone_page_state(zone, NR_FREE_PAGES));
	seq_printf(m, "        boost    %lu\n", zone->watermark_boost);
	seq_printf(m, "        min      %lu\n", min_wmark_pages(zone));
	seq_printf(m, "        low      %lu\n", low_wmark_pages(zone));
	seq_printf(m, "        high     %lu\n", high_wmark_pages(zone));
	seq_printf(m, "        spanned  %lu\n", zone->spanned_pages);
	seq_printf(m, "        present  %lu\n", zone->present_pages);
	seq_printf(m, "        managed  %lu\n", zone_managed_pages(zone));
	seq_printf(m, "        cma      %lu\n", 0UL);
	seq_printf(m, "        protection: (%ld", zone->lowmem_reserve[0]);
	for (i = 1; i < MAX_NR_ZONES; i++)
		seq_printf(m, ", %ld", zone->lowmem_reserve[i]);
	seq_printf(m, ")\n");

	/* If unpopulated, no other information is useful */
	if (!populated_zone(zone))
		return;

	for (i = 0; i < NR_VM_ZONE_STAT_ITEMS; i++)
		seq_printf(m, "      %-12s %lu\n", zone_stat_name(i),
			   zone_page_state(zone, i));
	zoneinfo_show_pagesets(m, zone);
	/* no kswapd yet, so it has never failed: never unreclaimable */
	seq_printf(m, "  node_unreclaimable:  %u\n", 0U);
	seq_printf(m, "  start_pfn:           %lu\n", zone->zone_start_pfn);
}

/*
 * All zones, populated or not: lowmem_reserve_ratio applies to the set of
 * all zones, so zoneinfo shows them all (Linux's comment says the same).
 */
int zoneinfo_show(struct seq_file *m, void *v)
{
	walk_online_nodes(m, false, zoneinfo_show_print);
	return 0;
}

/* ---- vmstat ---- */

/*
 * "name value" per counter, zone counters summed over all zones, then the
 * events tinymm counts. Linux prints NUMA and dirty-threshold counters
 * between the two and ~100 more events; its allocation count is per zone
 * (pgalloc_dma32, pgalloc_normal, ...) where page_alloc.c keeps a total,
 * printed as "pgalloc".
 */
int vmstat_show(struct seq_file *m, void *v)
{
	int i;

	for (i = 0; i < NR_VM_ZONE_STAT_ITEMS; i++)
		seq_printf(m, "%s %lu\n", zone_stat_name(i),
			   global_zone_page_state(i));
	for (i = 0; i < NR_VM_NODE_STAT_ITEMS; i++)
		seq_printf(m, "%s %lu\n", node_stat_name(i), node_stat_value(i));
	seq_printf(m, "pgalloc %lu\n", vm_event_states[PGALLOC]);
	seq_printf(m, "pgfree %lu\n", vm_event_states[PGFREE]);
	return 0;
}
