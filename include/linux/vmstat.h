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
 * Simplified: Linux batches zone and node counter updates per CPU
 * (vm_stat_diff, folded past a threshold); tinymm adds to the atomics
 * directly. Linux's lruvec/memcg layer (__mod_lruvec_page_state charging a
 * cgroup too) is reduced to the page's node, as without memcg.
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
static inline void __mod_node_page_state(struct pglist_data *pgdat,
					 enum node_stat_item item, long delta)
{
	atomic_long_add(delta, &pgdat->vm_stat[item]);
}

/* The atomic add is interrupt-safe already: no irq-off section needed. */
static inline void mod_node_page_state(struct pglist_data *pgdat,
				       enum node_stat_item item, long delta)
{
	__mod_node_page_state(pgdat, item, delta);
}
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
