/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/memblock.h - the early boot memory allocator's interface.
 * Linux: include/linux/memblock.h (same structures, names and argument order).
 *
 * Before the buddy allocator exists, physical memory is described by two
 * sorted arrays of ranges: memblock.memory (what RAM there is) and
 * memblock.reserved (what of it is already taken: kernel image, DTB, page
 * tables, earlier allocations). "Free" memory is never stored; it is computed
 * on the fly as memory minus reserved by the iterators below.
 *
 * Simplified: no CONFIG_HAVE_MEMBLOCK_PHYS_MAP (physmem), no kmemleak, no
 * MEMBLOCK_DRIVER_MANAGED/RSRV_NOINIT flags, no memblock_mem_limit_remove_map.
 */
#ifndef _LINUX_MEMBLOCK_H
#define _LINUX_MEMBLOCK_H

#include <linux/types.h>
#include <linux/numa.h>
#include <linux/init.h>
#include <linux/printk.h>
#include <linux/pfn.h>


#define INIT_MEMBLOCK_REGIONS		128
#define INIT_MEMBLOCK_RESERVED_REGIONS	INIT_MEMBLOCK_REGIONS
#define INIT_MEMBLOCK_MEMORY_REGIONS	INIT_MEMBLOCK_REGIONS

/**
 * enum memblock_flags - attributes of a memory region
 * @MEMBLOCK_NONE: nothing special
 * @MEMBLOCK_HOTPLUG: hot-pluggable; kept free of kernel allocations when
 *	movable_node is on (tinymm never turns it on)
 * @MEMBLOCK_MIRROR: mirrored (reliable) memory
 * @MEMBLOCK_NOMAP: RAM the kernel must not map in the linear map (e.g.
 *	firmware tables); never handed out by memblock allocations
 */
enum memblock_flags {
	MEMBLOCK_NONE		= 0x0,
	MEMBLOCK_HOTPLUG	= 0x1,
	MEMBLOCK_MIRROR		= 0x2,
	MEMBLOCK_NOMAP		= 0x4,
};

struct memblock_region {
	phys_addr_t base;
	phys_addr_t size;
	enum memblock_flags flags;
	int nid;
};

struct memblock_type {
	unsigned long cnt;		/* regions in use; 1 when empty (a zero-size dummy) */
	unsigned long max;		/* capacity of @regions */
	phys_addr_t total_size;		/* sum of all region sizes */
	struct memblock_region *regions;
	char *name;
};

struct memblock {
	bool bottom_up;			/* allocation direction */
	phys_addr_t current_limit;	/* highest address allocations may reach */
	struct memblock_type memory;
	struct memblock_type reserved;
};

extern struct memblock memblock;
extern int memblock_debug;

#define memblock_dbg(fmt, ...)						\
	do {								\
		if (memblock_debug)					\
			pr_info(fmt, ##__VA_ARGS__);			\
	} while (0)

/* Limits for the allocation functions' @end / @max_addr arguments. */
#define MEMBLOCK_LOW_LIMIT		0
#define MEMBLOCK_ALLOC_ANYWHERE		(~(phys_addr_t)0)	/* no limit */
#define MEMBLOCK_ALLOC_ACCESSIBLE	0	/* up to current_limit */

/* Registering and removing ranges. */
int memblock_add_node(phys_addr_t base, phys_addr_t size, int nid,
		      enum memblock_flags flags);
int memblock_add(phys_addr_t base, phys_addr_t size);
int memblock_remove(phys_addr_t base, phys_addr_t size);
int memblock_reserve(phys_addr_t base, phys_addr_t size);
void memblock_free(void *ptr, size_t size);
int memblock_phys_free(phys_addr_t base, phys_addr_t size);

/* Region attributes. */
int memblock_set_node(phys_addr_t base, phys_addr_t size,
		      struct memblock_type *type, int nid);
int memblock_mark_hotplug(phys_addr_t base, phys_addr_t size);
int memblock_clear_hotplug(phys_addr_t base, phys_addr_t size);
int memblock_mark_mirror(phys_addr_t base, phys_addr_t size);
int memblock_mark_nomap(phys_addr_t base, phys_addr_t size);
int memblock_clear_nomap(phys_addr_t base, phys_addr_t size);
void memblock_trim_memory(phys_addr_t align);

/* Allocation: physical addresses... */
phys_addr_t memblock_phys_alloc_range(phys_addr_t size, phys_addr_t align,
				      phys_addr_t start, phys_addr_t end);
phys_addr_t memblock_phys_alloc_try_nid(phys_addr_t size, phys_addr_t align,
					int nid);
phys_addr_t memblock_alloc_range_nid(phys_addr_t size, phys_addr_t align,
				     phys_addr_t start, phys_addr_t end,
				     int nid, bool exact_nid);

static inline phys_addr_t memblock_phys_alloc(phys_addr_t size,
					      phys_addr_t align)
{
	return memblock_phys_alloc_range(size, align, 0,
					 MEMBLOCK_ALLOC_ACCESSIBLE);
}

/* ...and linear-map pointers (zeroed unless _raw). */
void *memblock_alloc_try_nid(phys_addr_t size, phys_addr_t align,
			     phys_addr_t min_addr, phys_addr_t max_addr,
			     int nid);
void *memblock_alloc_try_nid_raw(phys_addr_t size, phys_addr_t align,
				 phys_addr_t min_addr, phys_addr_t max_addr,
				 int nid);

static inline void *memblock_alloc(phys_addr_t size, phys_addr_t align)
{
	return memblock_alloc_try_nid(size, align, MEMBLOCK_LOW_LIMIT,
				      MEMBLOCK_ALLOC_ACCESSIBLE, NUMA_NO_NODE);
}

static inline void *memblock_alloc_raw(phys_addr_t size, phys_addr_t align)
{
	return memblock_alloc_try_nid_raw(size, align, MEMBLOCK_LOW_LIMIT,
					  MEMBLOCK_ALLOC_ACCESSIBLE,
					  NUMA_NO_NODE);
}

static inline void *memblock_alloc_from(phys_addr_t size, phys_addr_t align,
					phys_addr_t min_addr)
{
	return memblock_alloc_try_nid(size, align, min_addr,
				      MEMBLOCK_ALLOC_ACCESSIBLE, NUMA_NO_NODE);
}

static inline void *memblock_alloc_node(phys_addr_t size, phys_addr_t align,
					int nid)
{
	return memblock_alloc_try_nid(size, align, MEMBLOCK_LOW_LIMIT,
				      MEMBLOCK_ALLOC_ACCESSIBLE, nid);
}

/* Policy. */
static inline void memblock_set_bottom_up(bool enable)
{
	memblock.bottom_up = enable;
}

static inline bool memblock_bottom_up(void)
{
	return memblock.bottom_up;
}

void memblock_allow_resize(void);
void memblock_set_current_limit(phys_addr_t limit);
phys_addr_t memblock_get_current_limit(void);

/* Queries. */
phys_addr_t memblock_phys_mem_size(void);
phys_addr_t memblock_reserved_size(void);
phys_addr_t memblock_start_of_DRAM(void);
phys_addr_t memblock_end_of_DRAM(void);
bool memblock_is_memory(phys_addr_t addr);
bool memblock_is_region_memory(phys_addr_t base, phys_addr_t size);
bool memblock_is_reserved(phys_addr_t addr);
bool memblock_overlaps_region(struct memblock_type *type,
			      phys_addr_t base, phys_addr_t size);

void memblock_dump_all(void);

/*
 * tinymm's own addition (Linux has no such call; it checks
 * slab_is_available() instead): once mem_init() has released memblock's free
 * memory to the buddy allocator, memblock allocations are a bug. They still
 * work (the memory is taken from memblock's view only) but WARN once.
 */
void memblock_mark_handed_over(void);

/*
 * Test support (tinymm only): put the global memblock back into its boot
 * state (each array empty, i.e. holding its dummy region; static arrays;
 * resizing not yet allowed; top-down, no limit, not handed over).
 */
void __memblock_reset(void);

/* Region helpers. */
static inline bool memblock_is_hotpluggable(struct memblock_region *m)
{
	return m->flags & MEMBLOCK_HOTPLUG;
}

static inline bool memblock_is_mirror(struct memblock_region *m)
{
	return m->flags & MEMBLOCK_MIRROR;
}

static inline bool memblock_is_nomap(struct memblock_region *m)
{
	return m->flags & MEMBLOCK_NOMAP;
}

static inline int memblock_get_region_node(const struct memblock_region *r)
{
	return r->nid;
}

static inline void memblock_set_region_node(struct memblock_region *r, int nid)
{
	r->nid = nid;
}

static inline unsigned long memblock_region_memory_base_pfn(const struct memblock_region *reg)
{
	return PFN_UP(reg->base);
}

static inline unsigned long memblock_region_memory_end_pfn(const struct memblock_region *reg)
{
	return PFN_DOWN(reg->base + reg->size);
}

/* ---- iterators ---- */

void __next_mem_range(u64 *idx, int nid, enum memblock_flags flags,
		      struct memblock_type *type_a,
		      struct memblock_type *type_b, phys_addr_t *out_start,
		      phys_addr_t *out_end, int *out_nid);
void __next_mem_range_rev(u64 *idx, int nid, enum memblock_flags flags,
			  struct memblock_type *type_a,
			  struct memblock_type *type_b, phys_addr_t *out_start,
			  phys_addr_t *out_end, int *out_nid);
void __next_mem_pfn_range(int *idx, int nid, unsigned long *out_start_pfn,
			  unsigned long *out_end_pfn, int *out_nid);

/* The cursor value meaning "not started" (reverse walks) and "finished". */
#define MEMBLOCK_ITER_END	((u64)~0ULL)

/*
 * Walk type_a, or, with type_b, the parts of type_a NOT covered by type_b.
 * @i is a u64 cursor: low 32 bits index type_a, high 32 bits index the gaps
 * of type_b.
 */
#define __for_each_mem_range(i, type_a, type_b, nid, flags,		\
			     p_start, p_end, p_nid)			\
	for (i = 0, __next_mem_range(&i, nid, flags, type_a, type_b,	\
				     p_start, p_end, p_nid);		\
	     i != MEMBLOCK_ITER_END;					\
	     __next_mem_range(&i, nid, flags, type_a, type_b,		\
			      p_start, p_end, p_nid))

#define __for_each_mem_range_rev(i, type_a, type_b, nid, flags,	\
				 p_start, p_end, p_nid)			\
	for (i = MEMBLOCK_ITER_END,					\
	     __next_mem_range_rev(&i, nid, flags, type_a, type_b,	\
				  p_start, p_end, p_nid);		\
	     i != MEMBLOCK_ITER_END;					\
	     __next_mem_range_rev(&i, nid, flags, type_a, type_b,	\
				  p_start, p_end, p_nid))

/* Every usable memory range (NOMAP ranges are skipped). */
#define for_each_mem_range(i, p_start, p_end)				\
	__for_each_mem_range(i, &memblock.memory, NULL, NUMA_NO_NODE,	\
			     MEMBLOCK_HOTPLUG, p_start, p_end, NULL)

#define for_each_mem_range_rev(i, p_start, p_end)			\
	__for_each_mem_range_rev(i, &memblock.memory, NULL, NUMA_NO_NODE, \
				 MEMBLOCK_HOTPLUG, p_start, p_end, NULL)

#define for_each_reserved_mem_range(i, p_start, p_end)			\
	__for_each_mem_range(i, &memblock.reserved, NULL, NUMA_NO_NODE,	\
			     MEMBLOCK_NONE, p_start, p_end, NULL)

/* Free memory: memory minus reserved, lowest first. */
#define for_each_free_mem_range(i, nid, flags, p_start, p_end, p_nid)	\
	__for_each_mem_range(i, &memblock.memory, &memblock.reserved,	\
			     nid, flags, p_start, p_end, p_nid)

#define for_each_free_mem_range_reverse(i, nid, flags, p_start, p_end,	\
					p_nid)				\
	__for_each_mem_range_rev(i, &memblock.memory, &memblock.reserved, \
				 nid, flags, p_start, p_end, p_nid)

/* Whole pages of each memory region, optionally only those of node @nid. */
#define for_each_mem_pfn_range(i, nid, p_start, p_end, p_nid)		\
	for (i = -1, __next_mem_pfn_range(&i, nid, p_start, p_end, p_nid); \
	     i >= 0; __next_mem_pfn_range(&i, nid, p_start, p_end, p_nid))

#define for_each_memblock_type(i, memblock_type, rgn)			\
	for (i = 0, rgn = &memblock_type->regions[0];			\
	     i < memblock_type->cnt;					\
	     i++, rgn = &memblock_type->regions[i])

#define for_each_mem_region(region)					\
	for (region = memblock.memory.regions;				\
	     region < (memblock.memory.regions + memblock.memory.cnt);	\
	     region++)

#define for_each_reserved_mem_region(region)				\
	for (region = memblock.reserved.regions;			\
	     region < (memblock.reserved.regions + memblock.reserved.cnt); \
	     region++)

#endif /* _LINUX_MEMBLOCK_H */
