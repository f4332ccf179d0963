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
 * the first such event.
 *
 * And the per-CPU deltas of the zone and node counters (Linux v5.19:
 * __mod_zone_page_state, __inc_zone_state, refresh_cpu_vm_stats,
 * cpu_vm_stats_fold, refresh_zone_stat_thresholds, vmstat_update,
 * vmstat_refresh): a CPU adds to its own s8 delta and touches the shared
 * counter only past a threshold, so the hot counters (NR_FREE_PAGES on
 * every buddy operation) do not bounce a cache line between CPUs. Each
 * CPU folds what is left every sysctl_stat_interval from a timer; Linux
 * does it from a per-CPU delayed work, started and stopped by
 * vmstat_shepherd when a CPU's deltas are all zero; tinymm's timer always
 * re-arms.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/vmstat.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/timer.h>
#include <linux/jiffies.h>
#include <linux/cpuhotplug.h>
#include <linux/sysctl.h>
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

/* ---- per-CPU deltas ---- */

static void zone_page_state_add(long x, struct zone *zone,
				enum zone_stat_item item)
{
	atomic_long_add(x, &zone->vm_stat[item]);
}

static void node_page_state_add(long x, struct pglist_data *pgdat,
				enum node_stat_item item)
{
	atomic_long_add(x, &pgdat->vm_stat[item]);
}

/*
 * The step every update makes on a CPU's delta *@diff under threshold
 * @t: add @delta; past the threshold, return what must be folded into
 * the shared counter and leave the delta at what stays (0: nothing to
 * fold). With @overstep (__inc/__dec, @delta 1 or -1) half a threshold more
 * is folded and the delta starts that far the other way, so a counter
 * that keeps moving one way folds less often, as Linux's.
 */
static long vmstat_step(s8 *diff, s8 t, long delta, bool overstep)
{
	long x = *diff + delta;
	long over = overstep ? delta * (t >> 1) : 0;

	if (x >= -t && x <= t) {
		*diff = x;
		return 0;
	}
	*diff = -over;
	return x + over;
}

static void zone_step(struct zone *zone, enum zone_stat_item item,
		      long delta, bool overstep)
{
	struct per_cpu_zonestat *pzstats;
	unsigned long flags;
	long fold;

	local_irq_save(flags);
	pzstats = this_cpu_ptr(zone->per_cpu_zonestats);
	fold = vmstat_step(&pzstats->vm_stat_diff[item],
			   pzstats->stat_threshold, delta, overstep);
	if (fold)
		zone_page_state_add(fold, zone, item);
	local_irq_restore(flags);
}

static void node_step(struct pglist_data *pgdat, enum node_stat_item item,
		      long delta, bool overstep)
{
	struct per_cpu_nodestat *pcp;
	unsigned long flags;
	long fold;

	local_irq_save(flags);
	pcp = this_cpu_ptr(pgdat->per_cpu_nodestats);
	fold = vmstat_step(&pcp->vm_node_stat_diff[item], pcp->stat_threshold,
			   delta, overstep);
	if (fold)
		node_page_state_add(fold, pgdat, item);
	local_irq_restore(flags);
}

void __mod_zone_page_state(struct zone *zone, enum zone_stat_item item,
			   long delta)
{
	zone_step(zone, item, delta, false);
}

void mod_zone_page_state(struct zone *zone, enum zone_stat_item item,
			 long delta)
{
	zone_step(zone, item, delta, false);
}

void __inc_zone_state(struct zone *zone, enum zone_stat_item item)
{
	zone_step(zone, item, 1, true);
}

void __dec_zone_state(struct zone *zone, enum zone_stat_item item)
{
	zone_step(zone, item, -1, true);
}

void __mod_node_page_state(struct pglist_data *pgdat,
			   enum node_stat_item item, long delta)
{
	node_step(pgdat, item, delta, false);
}

void mod_node_page_state(struct pglist_data *pgdat, enum node_stat_item item,
			 long delta)
{
	node_step(pgdat, item, delta, false);
}

void __inc_node_state(struct pglist_data *pgdat, enum node_stat_item item)
{
	node_step(pgdat, item, 1, true);
}

void __dec_node_state(struct pglist_data *pgdat, enum node_stat_item item)
{
	node_step(pgdat, item, -1, true);
}

unsigned long zone_page_state_snapshot(struct zone *zone,
				       enum zone_stat_item item)
{
	long x = atomic_long_read(&zone->vm_stat[item]);
	unsigned int cpu;

	for_each_online_cpu(cpu)
		x += per_cpu_ptr(zone->per_cpu_zonestats, cpu)->vm_stat_diff[item];
	return x < 0 ? 0 : x;
}

/* Move one CPU's deltas of a zone (node) into it; how many were non-zero. */
static int fold_zone_diffs(struct zone *zone, struct per_cpu_zonestat *pzstats)
{
	int i, changes = 0;

	for (i = 0; i < NR_VM_ZONE_STAT_ITEMS; i++) {
		int v = pzstats->vm_stat_diff[i];

		if (v) {
			pzstats->vm_stat_diff[i] = 0;
			zone_page_state_add(v, zone, i);
			changes++;
		}
	}
	return changes;
}

static int fold_node_diffs(struct pglist_data *pgdat,
			   struct per_cpu_nodestat *p)
{
	int i, changes = 0;

	for (i = 0; i < NR_VM_NODE_STAT_ITEMS; i++) {
		int v = p->vm_node_stat_diff[i];

		if (v) {
			p->vm_node_stat_diff[i] = 0;
			node_page_state_add(v, pgdat, i);
			changes++;
		}
	}
	return changes;
}

/*
 * Linux also drains, with @do_pagesets, other nodes' pages from this
 * CPU's pcp lists after three idle passes; tinymm's nodes take that
 * from drain_all_pages() only, so @do_pagesets changes nothing here.
 */
int refresh_cpu_vm_stats(bool do_pagesets)
{
	unsigned long flags;
	struct zone *zone;
	int nid, changes = 0;

	local_irq_save(flags);
	for_each_populated_zone(zone)
		changes += fold_zone_diffs(zone,
					   this_cpu_ptr(zone->per_cpu_zonestats));
	for_each_online_node(nid)
		if (NODE_DATA(nid) && NODE_DATA(nid)->per_cpu_nodestats)
			changes += fold_node_diffs(NODE_DATA(nid),
				this_cpu_ptr(NODE_DATA(nid)->per_cpu_nodestats));
	local_irq_restore(flags);
	return changes;
}

void cpu_vm_stats_fold(int cpu)
{
	struct zone *zone;
	int nid;

	for_each_populated_zone(zone)
		fold_zone_diffs(zone, per_cpu_ptr(zone->per_cpu_zonestats, cpu));
	for_each_online_node(nid)
		if (NODE_DATA(nid) && NODE_DATA(nid)->per_cpu_nodestats)
			fold_node_diffs(NODE_DATA(nid),
				per_cpu_ptr(NODE_DATA(nid)->per_cpu_nodestats,
					    cpu));
}

static void refresh_vm_stats(void *unused)
{
	refresh_cpu_vm_stats(true);
}

/*
 * Linux: vmstat_refresh(), the vm.stat_refresh sysctl, which runs
 * refresh_vm_stats on each CPU (schedule_on_each_cpu); here by IPI.
 * Interrupts must be on.
 */
void vm_stat_fold_all_cpus(void)
{
	on_each_cpu(refresh_vm_stats, NULL, 1);
}

/* A write or read of vm.stat_refresh folds every CPU's deltas. */
int vmstat_refresh(struct ctl_table *table, int write, void *buffer,
		   size_t *lenp, loff_t *ppos)
{
	vm_stat_fold_all_cpus();
	if (!write) {
		if (*lenp)
			*(char *)buffer = '\0';	/* it reads as empty */
		*lenp = 0;
	}
	return 0;
}

/*
 * Each zone's per-CPU threshold from calculate_normal_threshold(); each
 * node's is the largest of its zones'. percpu_drift_mark is set where
 * the deltas of all CPUs could hide the space between the low and min
 * watermarks. Call when the CPUs or the zone sizes change.
 */
void refresh_zone_stat_thresholds(void)
{
	struct zone *zone;
	unsigned int cpu;
	int nid, threshold;

	for_each_online_node(nid)
		if (NODE_DATA(nid) && NODE_DATA(nid)->per_cpu_nodestats)
			for_each_online_cpu(cpu)
				per_cpu_ptr(NODE_DATA(nid)->per_cpu_nodestats,
					    cpu)->stat_threshold = 0;
	for_each_populated_zone(zone) {
		struct pglist_data *pgdat = zone->zone_pgdat;
		unsigned long max_drift, tolerate_drift;

		threshold = calculate_normal_threshold(zone);
		for_each_online_cpu(cpu) {
			struct per_cpu_nodestat *pn;

			per_cpu_ptr(zone->per_cpu_zonestats, cpu)->stat_threshold =
				threshold;
			if (!pgdat->per_cpu_nodestats)
				continue;
			pn = per_cpu_ptr(pgdat->per_cpu_nodestats, cpu);
			pn->stat_threshold = max((int)pn->stat_threshold,
						 threshold);
		}
		tolerate_drift = low_wmark_pages(zone) - min_wmark_pages(zone);
		max_drift = num_online_cpus() * threshold;
		zone->percpu_drift_mark = max_drift > tolerate_drift ?
					  high_wmark_pages(zone) + max_drift : 0;
	}
}

/* ---- each CPU's periodic fold ---- */

int sysctl_stat_interval = HZ;	/* vm.stat_interval, in jiffies */

static DEFINE_PER_CPU(struct timer_list, vmstat_timer);

/* Linux: vmstat_update(), each CPU's delayed work. */
static void vmstat_update(struct timer_list *t)
{
	refresh_cpu_vm_stats(true);
	mod_timer(t, jiffies + round_jiffies_relative(sysctl_stat_interval));
}

static void start_vmstat_timer(unsigned int cpu)
{
	struct timer_list *t = &per_cpu(vmstat_timer, cpu);

	if (t->function)
		return;
	timer_setup(t, vmstat_update, TIMER_PINNED);
	t->expires = jiffies +
		     __round_jiffies_relative(sysctl_stat_interval, cpu);
	add_timer_on(t, cpu);
}

/* Linux: vmstat_cpu_online(); more CPUs, larger thresholds. */
static int vmstat_cpu_online(unsigned int cpu)
{
	refresh_zone_stat_thresholds();
	start_vmstat_timer(cpu);
	return 0;
}

void __init init_mm_internals(void)
{
	unsigned int cpu;
	int ret;

	ret = cpuhp_setup_state_nocalls(CPUHP_AP_ONLINE_DYN,
					"mm/vmstat:online", vmstat_cpu_online,
					NULL);
	WARN_ON(ret < 0);
	refresh_zone_stat_thresholds();
	for_each_online_cpu(cpu)
		start_vmstat_timer(cpu);
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
 * may drift before it is folded into the zone: 2 * fls(online CPUs) *
 * (1 + fls(managed memory in 128 MB units)), at most 125 (an s8 with
 * room for the overstep).
 */
int calculate_normal_threshold(struct zone *zone)
{
	int mem = zone_managed_pages(zone) >> (27 - PAGE_SHIFT);
	int threshold = 2 * fls(num_online_cpus()) * (1 + fls(mem));

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
			   per_cpu_ptr(zone->per_cpu_zonestats, cpu)->stat_threshold);
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
