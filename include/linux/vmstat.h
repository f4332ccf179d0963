/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/vmstat.h - the system's page counters and event counters.
 * Linux: include/linux/vmstat.h.
 *
 * Three kinds of counter, as in Linux:
 *  - zone and node page counts (zone->vm_stat, pgdat->vm_stat): how many
 *    pages are free, mapped, in the page cache... now;
 *  - NUMA allocation events per zone (zone->per_cpu_zonestats);
 *  - vm events (vm_event_states): how often something happened since boot.
 * Events are per CPU and summed when read (all_vm_events), so counting
 * one is an add to this CPU's copy with no lock and no shared cache line.
 *
 * Zone and node counter updates are batched per CPU, as in Linux: a
 * CPU adds to its own s8 delta (vm_stat_diff) and folds it into the
 * shared atomic only once it passes stat_threshold
 * (calculate_normal_threshold: 2 * fls(CPUs) * (1 + fls(zone size in 128
 * MB)), at most 125); each CPU also folds all of its deltas every second
 * (refresh_cpu_vm_stats from its vmstat timer). So zone_page_state() may
 * be off by up to threshold x CPUs; zone_page_state_snapshot() adds the
 * deltas in, and vm.stat_refresh folds every CPU's at once.
 *
 * Simplified: Linux also keeps global copies (vm_zone_stat[],
 * vm_node_stat[]); tinymm adds up the zones and nodes when read. Its
 * lruvec/memcg layer (__mod_lruvec_page_state charging a cgroup too) is
 * reduced to the page's node, as without memcg.
 */
#ifndef _LINUX_VMSTAT_H
#define _LINUX_VMSTAT_H

#include <linux/mmzone.h>
#include <linux/vm_event_item.h>

struct page;

/* ---- vm events, per CPU ---- */

struct vm_event_state {
	unsigned long event[NR_VM_EVENT_ITEMS];
};

DECLARE_PER_CPU(struct vm_event_state, vm_event_states);

/* __count_vm_event(s): the caller keeps this CPU (irqs or preemption off). */
static inline void __count_vm_events(enum vm_event_item item, long delta)
{
	raw_cpu_add(vm_event_states.event[item], delta);
}

static inline void __count_vm_event(enum vm_event_item item)
{
	__count_vm_events(item, 1);
}

/* From any context: one LDXR/STXR add an interrupt cannot tear. */
static inline void count_vm_events(enum vm_event_item item, long delta)
{
	this_cpu_add(vm_event_states.event[item], delta);
}

static inline void count_vm_event(enum vm_event_item item)
{
	count_vm_events(item, 1);
}

/* An event of zone zid, counted from ZONE_NORMAL, the zone every config has. */
#define __count_zid_vm_events(item, zid, delta) \
	__count_vm_events(item##_NORMAL - ZONE_NORMAL + (zid), delta)

/* Every event summed over the online CPUs into ret[NR_VM_EVENT_ITEMS]. */
void all_vm_events(unsigned long *ret);

/* ---- zone counters ---- */

/* Sum of one zone counter over every zone (Linux keeps a global copy). */
unsigned long global_zone_page_state(enum zone_stat_item item);

/*
 * Add @delta to this CPU's delta of a zone (node) counter, folding it
 * into the zone (node) once it passes the threshold. Linux's __ variants
 * need only preemption off, as its periodic fold runs in process context;
 * tinymm's runs from the tick's interrupt, so every variant masks
 * interrupts around the read-modify-write (Linux's own choice on
 * architectures without this_cpu_cmpxchg). Any context; never sleeps.
 */
void __mod_zone_page_state(struct zone *zone, enum zone_stat_item item,
			   long delta);
void mod_zone_page_state(struct zone *zone, enum zone_stat_item item,
			 long delta);
/* By one, folding with an overstep of half the threshold, as Linux. */
void __inc_zone_state(struct zone *zone, enum zone_stat_item item);
void __dec_zone_state(struct zone *zone, enum zone_stat_item item);
void __mod_node_page_state(struct pglist_data *pgdat,
			   enum node_stat_item item, long delta);
void mod_node_page_state(struct pglist_data *pgdat,
			 enum node_stat_item item, long delta);
void __inc_node_state(struct pglist_data *pgdat, enum node_stat_item item);
void __dec_node_state(struct pglist_data *pgdat, enum node_stat_item item);

/* The zone counter with every online CPU's delta added (slower, exact). */
unsigned long zone_page_state_snapshot(struct zone *zone,
				       enum zone_stat_item item);

/*
 * Fold this CPU's deltas into the zones and nodes; returns how many
 * counters changed. Interrupts are masked inside; never sleeps.
 */
int refresh_cpu_vm_stats(bool do_pagesets);
/* Fold CPU @cpu's deltas; that CPU must not be updating them (offline). */
void cpu_vm_stats_fold(int cpu);
/* Every online CPU folds its own (an IPI each): counters are exact after. */
void vm_stat_fold_all_cpus(void);
/* Set each zone's and node's per-CPU thresholds for the online CPUs. */
void refresh_zone_stat_thresholds(void);
/* Linux's init_mm_internals(): vmstat's CPU-online hook and timers. */
void init_mm_internals(void);
extern int sysctl_stat_interval;

/* ---- NUMA events ---- */

/* Inline, as Linux's: zone_statistics() runs on every allocation. */
static inline void __count_numa_events(struct zone *zone,
				       enum numa_stat_item item, long delta)
{
	raw_cpu_ptr(zone->per_cpu_zonestats)->vm_numa_event[item] += delta;
}

unsigned long zone_numa_event_state(struct zone *zone,
				    enum numa_stat_item item);
unsigned long global_numa_event_state(enum numa_stat_item item);

/* ---- node counters ---- */

unsigned long node_page_state(struct pglist_data *pgdat,
			      enum node_stat_item item);
unsigned long node_page_state_pages(struct pglist_data *pgdat,
				    enum node_stat_item item);
unsigned long global_node_page_state(enum node_stat_item item);
unsigned long global_node_page_state_pages(enum node_stat_item item);
/*
 * The node of @page; Linux's lruvec variants charge its memcg as well.
 * Inline, as Linux's without memcg: rmap calls it on every fault. Only
 * through linux/mm.h, which defines page_pgdat() before including this.
 */
static inline void __mod_lruvec_page_state(struct page *page,
					   enum node_stat_item item, long delta)
{
	__mod_node_page_state(page_pgdat(page), item, delta);
}

static inline void mod_lruvec_page_state(struct page *page,
					 enum node_stat_item item, long delta)
{
	mod_node_page_state(page_pgdat(page), item, delta);
}

static inline void inc_lruvec_page_state(struct page *page,
					 enum node_stat_item item)
{
	mod_lruvec_page_state(page, item, 1);
}

static inline void dec_lruvec_page_state(struct page *page,
					 enum node_stat_item item)
{
	mod_lruvec_page_state(page, item, -1);
}

/* Linux: the names of every counter, in /proc/vmstat's order. */
extern const char *const vmstat_text[];

#define NR_VMSTAT_ITEMS	(NR_VM_ZONE_STAT_ITEMS + NR_VM_NUMA_EVENT_ITEMS + \
			 NR_VM_NODE_STAT_ITEMS + NR_VM_WRITEBACK_STAT_ITEMS + \
			 NR_VM_EVENT_ITEMS)

static inline const char *zone_stat_name(enum zone_stat_item item)
{
	return vmstat_text[item];
}

static inline const char *numa_stat_name(enum numa_stat_item item)
{
	return vmstat_text[NR_VM_ZONE_STAT_ITEMS + item];
}

static inline const char *node_stat_name(enum node_stat_item item)
{
	return vmstat_text[NR_VM_ZONE_STAT_ITEMS + NR_VM_NUMA_EVENT_ITEMS +
			   item];
}

static inline const char *writeback_stat_name(enum writeback_stat_item item)
{
	return vmstat_text[NR_VM_ZONE_STAT_ITEMS + NR_VM_NUMA_EVENT_ITEMS +
			   NR_VM_NODE_STAT_ITEMS + item];
}

static inline const char *vm_event_name(enum vm_event_item item)
{
	return vmstat_text[NR_VM_ZONE_STAT_ITEMS + NR_VM_NUMA_EVENT_ITEMS +
			   NR_VM_NODE_STAT_ITEMS + NR_VM_WRITEBACK_STAT_ITEMS +
			   item];
}

/* mm/vmstat.c: the stat threshold Linux gives a zone's per-CPU deltas. */
int calculate_normal_threshold(struct zone *zone);

/* mm/page-writeback.c */
extern int vm_dirty_ratio;
extern int dirty_background_ratio;
void global_dirty_limits(unsigned long *pbackground, unsigned long *pdirty);

#endif
