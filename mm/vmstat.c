// SPDX-License-Identifier: GPL-2.0
/*
 * mm/vmstat.c - the vm counters, and /proc/buddyinfo, /proc/pagetypeinfo,
 * /proc/zoneinfo and /proc/vmstat, printed by the shell commands of the
 * same names.
 * Linux v5.19: mm/vmstat.c (vmstat_text[], all_vm_events,
 * calculate_normal_threshold, frag_show_print, pagetypeinfo_showfree_print,
 * pagetypeinfo_showblockcount_print, zoneinfo_show_print, vmstat_start).
 *
 * What it teaches: the views of the buddy allocator and the counters.
 *  - buddyinfo: per zone, free blocks of each order (4 kB, 8 kB ... 4 MB).
 *  - pagetypeinfo: the same split by migrate type, then how many 2 MB
 *    pageblocks each type owns - anti-fragmentation made visible.
 *  - zoneinfo: the node's counters, then per zone watermarks
 *    (min/low/high), spanned/present/managed pages, protection
 *    (lowmem_reserve), the zone and NUMA counters, the per-CPU lists.
 *  - vmstat: every counter summed over the system, then the events.
 * Every format string is Linux's, so the text can be put next to a real
 * arm64 machine's /proc and compared line by line; the lines are those of
 * an arm64 defconfig kernel (linux/vm_event_item.h).
 *
 * Simplified: Linux walks nodes with a seq_file iterator (frag_start,
 * frag_next); each show here walks them all, as a single_open() file.
 * Counters of mechanisms tinymm lacks (LRU lists, writeback, swap,
 * reclaim, compaction, THP...) print 0, as they would in Linux before
 * the first such event. Zone and node counters are atomics updated in
 * place with no per-CPU deltas to fold (see calculate_normal_threshold).
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/vmstat.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "internal.h"

/*
 * The names of the counters in /proc/vmstat's order, as Linux's
 * vmstat_text[]: zone items, NUMA events, node items, the two dirty
 * thresholds, then the vm events (linux/vm_event_item.h says which
 * options the list follows). GDB's lx-zoneinfo reads this array, so the
 * names exist once.
 */
#define TEXTS_FOR_ZONES(xx)	xx "_dma32", xx "_normal", xx "_movable",

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

	/* enum numa_stat_item */
	"numa_hit",
	"numa_miss",
	"numa_foreign",
	"numa_interleave",
	"numa_local",
	"numa_other",

	/* enum node_stat_item */
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
	"nr_swapcached",
	"pgpromote_success",

	/* enum writeback_stat_item */
	"nr_dirty_threshold",
	"nr_dirty_background_threshold",

	/* enum vm_event_item */
	"pgpgin",
	"pgpgout",
	"pswpin",
	"pswpout",

	TEXTS_FOR_ZONES("pgalloc")
	TEXTS_FOR_ZONES("allocstall")
	TEXTS_FOR_ZONES("pgskip")

	"pgfree",
	"pgactivate",
	"pgdeactivate",
	"pglazyfree",

	"pgfault",
	"pgmajfault",
	"pglazyfreed",

	"pgrefill",
	"pgreuse",
	"pgsteal_kswapd",
	"pgsteal_direct",
	"pgdemote_kswapd",
	"pgdemote_direct",
	"pgscan_kswapd",
	"pgscan_direct",
	"pgscan_direct_throttle",
	"pgscan_anon",
	"pgscan_file",
	"pgsteal_anon",
	"pgsteal_file",

	"zone_reclaim_failed",
	"pginodesteal",
	"slabs_scanned",
	"kswapd_inodesteal",
	"kswapd_low_wmark_hit_quickly",
	"kswapd_high_wmark_hit_quickly",
	"pageoutrun",

	"pgrotated",

	"drop_pagecache",
	"drop_slab",
	"oom_kill",

	"numa_pte_updates",
	"numa_huge_pte_updates",
	"numa_hint_faults",
	"numa_hint_faults_local",
	"numa_pages_migrated",

	"pgmigrate_success",
	"pgmigrate_fail",
	"thp_migration_success",
	"thp_migration_fail",
	"thp_migration_split",

	"compact_migrate_scanned",
	"compact_free_scanned",
	"compact_isolated",
	"compact_stall",
	"compact_fail",
	"compact_success",
	"compact_daemon_wake",
	"compact_daemon_migrate_scanned",
	"compact_daemon_free_scanned",

	"htlb_buddy_alloc_success",
	"htlb_buddy_alloc_fail",

	"cma_alloc_success",
	"cma_alloc_fail",

	"unevictable_pgs_culled",
	"unevictable_pgs_scanned",
	"unevictable_pgs_rescued",
	"unevictable_pgs_mlocked",
	"unevictable_pgs_munlocked",
	"unevictable_pgs_cleared",
	"unevictable_pgs_stranded",

	"thp_fault_alloc",
	"thp_fault_fallback",
	"thp_fault_fallback_charge",
	"thp_collapse_alloc",
	"thp_collapse_alloc_failed",
	"thp_file_alloc",
	"thp_file_fallback",
	"thp_file_fallback_charge",
	"thp_file_mapped",
	"thp_split_page",
	"thp_split_page_failed",
	"thp_deferred_split_page",
	"thp_split_pmd",
	"thp_scan_exceed_none_pte",
	"thp_scan_exceed_swap_pte",
	"thp_scan_exceed_share_pte",
	"thp_zero_page_alloc",
	"thp_zero_page_alloc_failed",
	"thp_swpout",
	"thp_swpout_fallback",

	"balloon_inflate",
	"balloon_deflate",
	"balloon_migrate",

	"swap_ra",
	"swap_ra_hit",
	"ksm_swpin_copy",

	"cow_ksm",
};

/* ---- the counters ---- */

DEFINE_PER_CPU(struct vm_event_state, vm_event_states);

/*
 * all_vm_events - every event summed over the online CPUs into @ret.
 * Approximate while other CPUs count, as in Linux (which also holds the
 * CPU-hotplug lock; tinymm's CPUs never go offline). Never sleeps.
 */
void all_vm_events(unsigned long *ret)
{
	unsigned int cpu;
	int i;

	memset(ret, 0, NR_VM_EVENT_ITEMS * sizeof(*ret));
	for_each_online_cpu(cpu) {
		struct vm_event_state *this = &per_cpu(vm_event_states, cpu);

		for (i = 0; i < NR_VM_EVENT_ITEMS; i++)
			ret[i] += this->event[i];
	}
}

/* Caller keeps this CPU (interrupts off), as for __count_vm_events(). */
/*
 * Linux folds the per-CPU NUMA events into zone->vm_numa_event before a
 * read (fold_vm_numa_events); summing them on each read is the same count.
 */
unsigned long zone_numa_event_state(struct zone *zone,
				    enum numa_stat_item item)
{
	unsigned long x = 0;
	unsigned int cpu;

	for_each_online_cpu(cpu)
		x += per_cpu_ptr(zone->per_cpu_zonestats, cpu)->vm_numa_event[item];
	return x;
}

unsigned long global_numa_event_state(enum numa_stat_item item)
{
	unsigned long x = 0;
	struct zone *zone;

	for_each_populated_zone(zone)
		x += zone_numa_event_state(zone, item);
	return x;
}

/* A node counter, never negative to the reader (Linux: node_page_state). */
unsigned long node_page_state(struct pglist_data *pgdat,
			      enum node_stat_item item)
{
	long x = atomic_long_read(&pgdat->vm_stat[item]);

	return x < 0 ? 0 : x;
}

/*
 * In pages, for the counters whose names say bytes (the slab ones):
 * Linux keeps their node and global values in pages already.
 */
unsigned long node_page_state_pages(struct pglist_data *pgdat,
				    enum node_stat_item item)
{
	return node_page_state(pgdat, item);
}

/* Linux reads vm_node_stat[], a global copy; tinymm adds up the nodes. */
unsigned long global_node_page_state_pages(enum node_stat_item item)
{
	unsigned long x = 0;
	int nid;

	for_each_online_node(nid)
		if (NODE_DATA(nid))
			x += node_page_state_pages(NODE_DATA(nid), item);
	return x;
}

unsigned long global_node_page_state(enum node_stat_item item)
{
	return global_node_page_state_pages(item);
}

/*
 * calculate_normal_threshold - how far a CPU's delta of a zone counter
 * may drift before Linux folds it into the zone: 2 * fls(CPUs) *
 * (1 + fls(managed memory in 128 MB units)), at most 125. tinymm's
 * counters are updated in place, so zoneinfo prints the value Linux
 * would use but nothing waits for it.
 */
int calculate_normal_threshold(struct zone *zone)
{
	int mem = zone_managed_pages(zone) >> (27 - PAGE_SHIFT);
	int threshold = 2 * fls(nr_cpu_ids) * (1 + fls(mem));

	return min(125, threshold);
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
		seq_printf(m, "  vm stats threshold: %d\n",
			   calculate_normal_threshold(zone));
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
				   node_page_state_pages(pgdat, i));
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
	for (i = 0; i < NR_VM_NUMA_EVENT_ITEMS; i++)
		seq_printf(m, "      %-12s %lu\n", numa_stat_name(i),
			   zone_numa_event_state(zone, i));
	zoneinfo_show_pagesets(m, zone);
	/* kswapd reclaims nothing, so it has never failed: never unreclaimable */
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
 * The value of every counter, in vmstat_text[]'s order, into v[]:
 * zone and NUMA counters summed over the zones, node counters over the
 * nodes, the dirty thresholds computed now, events summed over the CPUs
 * (pgpgin/pgpgout are counted in 512-byte sectors and shown in kB).
 * Linux v5.19: vmstat_start().
 */
static void vmstat_fill(unsigned long *v)
{
	int i;

	for (i = 0; i < NR_VM_ZONE_STAT_ITEMS; i++)
		v[i] = global_zone_page_state(i);
	v += NR_VM_ZONE_STAT_ITEMS;
	for (i = 0; i < NR_VM_NUMA_EVENT_ITEMS; i++)
		v[i] = global_numa_event_state(i);
	v += NR_VM_NUMA_EVENT_ITEMS;
	for (i = 0; i < NR_VM_NODE_STAT_ITEMS; i++)
		v[i] = global_node_page_state_pages(i);
	v += NR_VM_NODE_STAT_ITEMS;
	global_dirty_limits(v + NR_DIRTY_BG_THRESHOLD, v + NR_DIRTY_THRESHOLD);
	v += NR_VM_WRITEBACK_STAT_ITEMS;
	all_vm_events(v);
	v[PGPGIN] /= 2;
	v[PGPGOUT] /= 2;
}

/*
 * "name value" per counter, then "nr_unstable 0", a counter Linux
 * dropped but still prints for programs that look for it. Linux walks
 * the array with a seq_file iterator (vmstat_start/next/show) over a
 * kmalloc()ed copy; one pass here over a copy on the stack (1.6 kB), so
 * vmstat can be read when allocations fail.
 */
int vmstat_show(struct seq_file *m, void *v)
{
	unsigned long values[NR_VMSTAT_ITEMS];
	int i;

	BUILD_BUG_ON(ARRAY_SIZE(vmstat_text) != NR_VMSTAT_ITEMS);
	vmstat_fill(values);
	for (i = 0; i < NR_VMSTAT_ITEMS; i++)
		seq_printf(m, "%s %lu\n", vmstat_text[i], values[i]);
	seq_puts(m, "nr_unstable 0\n");
	return 0;
}
