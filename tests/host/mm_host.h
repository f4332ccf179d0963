/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tests/host/mm_host.h - boot the real mm/ code (memblock -> nodes, zones,
 * mem_map -> buddy allocator) on a host arena, and check every invariant
 * of the result. Used by page_alloc_test.c and watermark_test.c.
 *
 * Linux has no such harness (its page allocator is only tested in a
 * running kernel); tools/testing/memblock is the nearest thing.
 */
#ifndef _TESTS_HOST_MM_HOST_H
#define _TESTS_HOST_MM_HOST_H

#include <linux/types.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <kunit/test.h>

/*
 * The mmap family acts on current->mm, as in Linux (mm = current->mm);
 * the host's one task is init_task. host_use_mm() makes @mm current for
 * what follows, the way exec installs a new mm before it maps anything;
 * host_with_mm() does it for one call and puts the old mm back (the
 * kernel's tests use kthread_use_mm(), which also switches TTBR0).
 */
static inline void host_use_mm(struct mm_struct *mm)
{
	current->mm = mm;
}

#define host_with_mm(_mm, _call) ({				\
	struct task_struct *__tsk = current;				\
	struct mm_struct *__old = __tsk->mm;				\
	__auto_type __ret = (__tsk->mm = (_mm), (_call));		\
	__tsk->mm = __old;						\
	__ret;								\
})

/* Physical ranges, for the memory map of a host boot. */
struct host_mm_range {
	phys_addr_t base;
	phys_addr_t size;
	int nid;		/* nodes[] only */
};

struct host_mm_opts {
	/* memory per node; none: the whole arena is node 0 */
	int nr_nodes;
	struct host_mm_range nodes[MAX_NUMNODES];
	/* memblock_reserve()d before the zones are set up */
	int nr_reserved;
	struct host_mm_range reserved[8];
	/* memblock_remove()d: holes in the zones */
	int nr_holes;
	struct host_mm_range holes[8];
	/* what movablecore= / min_free_kbytes= would set (0: not given) */
	unsigned long movablecore_pages;
	int user_min_free_kbytes;
	/* what page_poison= / init_on_alloc= / init_on_free= would set */
	bool page_poison, init_on_alloc, init_on_free;
	unsigned int nr_cpus;	/* 0: 1 */
};

/* Boot on a fresh zeroed arena [base, base + size). 0 or -errno. */
int host_mm_boot(phys_addr_t base, u64 size, const struct host_mm_opts *opts);
/* Forget everything; the next host_mm_boot() starts from scratch. */
void host_mm_teardown(void);

/* ---- allocations the checker knows about ---- */
/* alloc_pages() + remember; NULL if that fails. */
struct page *hm_alloc(gfp_t gfp, unsigned int order);
/* forget + __free_pages(), with the order it was allocated with */
void hm_free(struct page *page);
void host_mm_track(struct page *page, unsigned int order);
/* Returns the order the block was tracked with; -1 if it wasn't. */
int host_mm_untrack(struct page *page);
int host_mm_tracked_order(unsigned long pfn);	/* head pfn; -1 if none */
/* Pages a bad-page report took out of circulation: they are leaked. */
void host_mm_leak(struct page *page, unsigned int order);
unsigned long host_mm_nr_tracked_pages(void);
/* Free every tracked block (in pfn order) and drain the pcp lists. */
void hm_free_all(void);
/* Free every tracked block whose head lies in [pfn, pfn + nr). */
unsigned long hm_free_range(unsigned long pfn, unsigned long nr);

/*
 * Take every page the allocator will give (all zones): blocks of
 * max_order first, then smaller ones. __GFP_MEMALLOC ignores watermarks,
 * so only MIGRATE_HIGHATOMIC free blocks can remain. Returns pages taken.
 */
unsigned long hm_grab_all(unsigned int max_order);

/*
 * Watermarks, lowmem reserves and boosting off: a nearly empty zone still
 * serves ordinary allocations, so buddy tests can set up exact states.
 */
void host_mm_no_watermarks(void);

/* The populated zones, in node/zone order, and a few shortcuts. */
int host_mm_nr_zones(void);
struct zone *host_mm_zone(int i);
struct zone *host_mm_zone_of(enum zone_type type);	/* node 0 */
unsigned long host_mm_pcp_count(struct zone *zone);	/* all CPUs */

/*
 * The invariant checker: every free-list block is a correct buddy head
 * (PageBuddy, order, alignment, zone), nr_free and NR_FREE_PAGES equal the
 * lists, pcp counts equal their lists, and every page of every zone is
 * exactly one of: free in one buddy block, on one pcp list, allocated
 * (tracked), leaked by a bad-page report, or PG_reserved; the reserved
 * ones number spanned - managed. Reports through KUNIT_FAIL; true if clean.
 */
bool host_mm_check(struct kunit *test);

/* ---- snapshots of the free lists ---- */
#define HM_MAX_ZONES	(MAX_NUMNODES * MAX_NR_ZONES)

struct host_mm_snap {
	int nr_zones;
	unsigned long nr_free[HM_MAX_ZONES][MAX_ORDER];
	unsigned long nr_type[HM_MAX_ZONES][MAX_ORDER][MIGRATE_TYPES];
	long free_pages[HM_MAX_ZONES];
	long pcp_count[HM_MAX_ZONES];
};

void host_mm_snapshot(struct host_mm_snap *s);
/* Compare; with per_type, each migrate type's list lengths too. */
bool host_mm_snap_equal(struct kunit *test, const struct host_mm_snap *a,
			const struct host_mm_snap *b, bool per_type);

/* Blocks on zone->free_area[order].free_list[mt] (walking the list). */
unsigned long hm_list_len(struct zone *zone, unsigned int order, int mt);
/* Is the block at pfn on that free list? */
bool hm_on_free_list(struct zone *zone, unsigned long pfn, unsigned int order,
		     int mt);

/* xorshift64*: a deterministic generator for the stress tests */
static inline u64 hm_rand(u64 *state)
{
	u64 x = *state;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	*state = x;
	return x * 0x2545F4914F6CDD1DULL;
}

#endif
