// SPDX-License-Identifier: GPL-2.0
/*
 * mm/memblock.c - the early boot memory allocator.
 * Linux counterpart: mm/memblock.c (same structures, names, algorithms and
 * log formats).
 *
 * What it teaches: before struct pages and the buddy allocator exist, the
 * kernel still has to allocate (page tables, the memmap itself, per-node
 * data). memblock manages that with two sorted arrays of [base, size)
 * ranges: memblock.memory, the RAM the firmware (DTB) describes, and
 * memblock.reserved, what of it is in use. Nothing records "free" memory;
 * free ranges are computed on demand by walking memory and the gaps between
 * reserved regions together (__next_mem_range). Allocating means: find a
 * free range that fits (top-down by default), then memblock_reserve() it.
 * Later, memblock_free_all() hands every free range to the buddy allocator.
 *
 * Simplified:
 * - No locking: memblock runs on the boot CPU before any other CPU is up
 *   and before interrupts are on. Linux has no lock here either.
 * - An empty region array is never empty: as in Linux it holds one
 *   zero-size dummy region (cnt == 1), which the first added range fills
 *   and which comes back when the last range is removed.
 * - As in Linux, the region arrays may grow (memblock_double_array) only
 *   after memblock_allow_resize(), which paging_init() calls once the
 *   kernel image, DTB and boot page tables are reserved and all RAM is
 *   mapped, so a grown array can neither land on them nor be unreachable.
 * - No mirrored-memory preference (choose_memblock_flags), no kmemleak, no
 *   physmem, no memblock_mem_limit_remove_map, no slab-backed arrays: after
 *   hand-over memblock only WARNs (see memblock_mark_handed_over()).
 * - memblock_dump_all() always prints (Linux prints only with memblock=debug);
 *   the boot log and the `memblock` shell command both want the table.
 * - memblock_trim_memory() keeps total_size exact (Linux leaves it stale).
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/memblock.h>
#include <linux/cache.h>
#include <linux/instruction_pointer.h>
#include <linux/mm.h>
#include <asm/page.h>

static struct memblock_region memblock_memory_init_regions[INIT_MEMBLOCK_MEMORY_REGIONS];
static struct memblock_region memblock_reserved_init_regions[INIT_MEMBLOCK_RESERVED_REGIONS];

struct memblock memblock = {
	.memory.regions		= memblock_memory_init_regions,
	.memory.cnt		= 1,	/* the empty dummy region */
	.memory.max		= INIT_MEMBLOCK_MEMORY_REGIONS,
	.memory.name		= "memory",

	.reserved.regions	= memblock_reserved_init_regions,
	.reserved.cnt		= 1,	/* the empty dummy region */
	.reserved.max		= INIT_MEMBLOCK_RESERVED_REGIONS,
	.reserved.name		= "reserved",

	.bottom_up		= false,
	.current_limit		= MEMBLOCK_ALLOC_ANYWHERE,
};

int memblock_debug;
static int memblock_can_resize;
static bool memblock_handed_over;

static int __init early_memblock(char *p)
{
	if (p && strstr(p, "debug"))
		memblock_debug = 1;
	return 0;
}
early_param("memblock", early_memblock);

static bool memblock_nid_valid(int nid)
{
	return nid >= 0 && nid < MAX_NUMNODES;
}

/* Shrink @size so that base + size cannot wrap around; return it. */
static phys_addr_t memblock_cap_size(phys_addr_t base, phys_addr_t *size)
{
	return *size = min(*size, PHYS_ADDR_MAX - base);
}

static bool memblock_addrs_overlap(phys_addr_t base1, phys_addr_t size1,
				   phys_addr_t base2, phys_addr_t size2)
{
	return base1 < base2 + size2 && base2 < base1 + size1;
}

bool memblock_overlaps_region(struct memblock_type *type,
			      phys_addr_t base, phys_addr_t size)
{
	unsigned long i;

	memblock_cap_size(base, &size);
	for (i = 0; i < type->cnt; i++)
		if (memblock_addrs_overlap(base, size, type->regions[i].base,
					   type->regions[i].size))
			return true;
	return false;
}

/* ---- the region array: insert, remove, merge, grow ---- */

/*
 * Drop region @r. The last region does not leave an empty array behind but
 * the zero-size dummy every empty memblock_type holds (node unknown).
 */
static void memblock_remove_region(struct memblock_type *type, unsigned long r)
{
	type->total_size -= type->regions[r].size;
	memmove(&type->regions[r], &type->regions[r + 1],
		(type->cnt - (r + 1)) * sizeof(type->regions[r]));
	type->cnt--;

	if (type->cnt == 0) {
		WARN_ON(type->total_size != 0);
		type->cnt = 1;
		type->regions[0].base = 0;
		type->regions[0].size = 0;
		type->regions[0].flags = 0;
		memblock_set_region_node(&type->regions[0], MAX_NUMNODES);
	}
}

/* Callers make room first (memblock_double_array), so this cannot fail. */
static void memblock_insert_region(struct memblock_type *type, int idx,
				   phys_addr_t base, phys_addr_t size,
				   int nid, enum memblock_flags flags)
{
	struct memblock_region *rgn = &type->regions[idx];

	BUG_ON(type->cnt >= type->max);
	memmove(rgn + 1, rgn, (type->cnt - idx) * sizeof(*rgn));
	rgn->base = base;
	rgn->size = size;
	rgn->flags = flags;
	memblock_set_region_node(rgn, nid);
	type->cnt++;
	type->total_size += size;
}

/*
 * Fold each region into its predecessor when they touch and agree on node
 * and flags, so the arrays stay as short as possible.
 */
static void memblock_merge_regions(struct memblock_type *type)
{
	unsigned long i = 0;

	while (i + 1 < type->cnt) {
		struct memblock_region *this = &type->regions[i];
		struct memblock_region *next = this + 1;

		if (this->base + this->size != next->base ||
		    memblock_get_region_node(this) != memblock_get_region_node(next) ||
		    this->flags != next->flags) {
			BUG_ON(this->base + this->size > next->base);
			i++;
			continue;
		}
		this->size += next->size;
		memmove(next, next + 1, (type->cnt - (i + 2)) * sizeof(*next));
		type->cnt--;
	}
}

static phys_addr_t memblock_find_in_range(phys_addr_t start, phys_addr_t end,
					  phys_addr_t size, phys_addr_t align);

/*
 * Double @type's array, taking the new one from memblock itself. When the
 * reserved array is full we are in the middle of reserving
 * [new_area_start, +new_area_size): that range still looks free, so the new
 * array must not be placed on it. Returns 0 or -1.
 */
static int memblock_double_array(struct memblock_type *type,
				 phys_addr_t new_area_start,
				 phys_addr_t new_area_size)
{
	struct memblock_region *new_array, *old_array;
	phys_addr_t old_size = type->max * sizeof(struct memblock_region);
	phys_addr_t new_size = old_size << 1;
	/* Whole pages, so the buddy allocator can take them back later. */
	phys_addr_t old_alloc_size = PAGE_ALIGN(old_size);
	phys_addr_t new_alloc_size = PAGE_ALIGN(new_size);
	phys_addr_t addr, new_end;

	/* Until then a new array could land on memory not yet reserved. */
	if (!memblock_can_resize)
		return -1;

	if (type != &memblock.reserved)
		new_area_start = new_area_size = 0;

	addr = memblock_find_in_range(new_area_start + new_area_size,
				      memblock.current_limit,
				      new_alloc_size, PAGE_SIZE);
	if (!addr && new_area_size)
		addr = memblock_find_in_range(0, min(new_area_start,
						     memblock.current_limit),
					      new_alloc_size, PAGE_SIZE);
	if (!addr) {
		pr_err("memblock: Failed to double %s array from %ld to %ld entries !\n",
		       type->name, type->max, type->max * 2);
		return -1;
	}

	new_end = addr + new_size - 1;
	memblock_dbg("memblock: %s is doubled to %ld at [%pa-%pa]\n",
		     type->name, type->max * 2, &addr, &new_end);

	/*
	 * Switch arrays before touching memblock.reserved below: the array
	 * that is full may be the reserved one itself.
	 */
	new_array = __va(addr);
	memcpy(new_array, type->regions, old_size);
	memset(new_array + type->max, 0, old_size);
	old_array = type->regions;
	type->regions = new_array;
	type->max <<= 1;

	if (old_array != memblock_memory_init_regions &&
	    old_array != memblock_reserved_init_regions)
		memblock_free(old_array, old_alloc_size);

	BUG_ON(memblock_reserve(addr, new_alloc_size));
	return 0;
}

/*
 * Walk the regions overlapping [base, end) and the holes between them that
 * a new range [base, end) has to fill. With @insert false only count the
 * holes; with @insert true also insert them (room must exist).
 */
static int memblock_fill_holes(struct memblock_type *type, phys_addr_t base,
			       phys_addr_t end, int nid,
			       enum memblock_flags flags, bool insert)
{
	int idx, nr_new = 0;

	for (idx = 0; idx < type->cnt; idx++) {
		struct memblock_region *rgn = &type->regions[idx];
		phys_addr_t rbase = rgn->base;
		phys_addr_t rend = rbase + rgn->size;

		if (rbase >= end)
			break;
		if (rend <= base)
			continue;
		if (rbase > base) {
			nr_new++;
			if (insert) {
				/* Overlapping ranges should describe the same thing. */
				WARN_ON(nid != memblock_get_region_node(rgn));
				WARN_ON(flags != rgn->flags);
				memblock_insert_region(type, idx++, base,
						       rbase - base, nid, flags);
			}
		}
		base = min(rend, end);
	}
	if (base < end) {
		nr_new++;
		if (insert)
			memblock_insert_region(type, idx, base, end - base,
					       nid, flags);
	}
	return nr_new;
}

/*
 * Add [base, base + size) to @type. Parts already covered stay as they are;
 * only the uncovered parts become new regions, then neighbours merge.
 * Counting first means the array grows (which itself allocates from
 * memblock) before anything is modified.
 */
static int memblock_add_range(struct memblock_type *type,
			      phys_addr_t base, phys_addr_t size,
			      int nid, enum memblock_flags flags)
{
	phys_addr_t end = base + memblock_cap_size(base, &size);
	int nr_new;

	if (!size)
		return 0;

	/* An empty array: the new range takes the dummy region's place. */
	if (type->regions[0].size == 0) {
		WARN_ON(type->cnt != 1 || type->total_size);
		type->regions[0].base = base;
		type->regions[0].size = size;
		type->regions[0].flags = flags;
		memblock_set_region_node(&type->regions[0], nid);
		type->total_size = size;
		return 0;
	}

	nr_new = memblock_fill_holes(type, base, end, nid, flags, false);
	if (!nr_new)
		return 0;
	while (type->cnt + nr_new > type->max)
		if (memblock_double_array(type, base, size) < 0)
			return -ENOMEM;

	memblock_fill_holes(type, base, end, nid, flags, true);
	memblock_merge_regions(type);
	return 0;
}

/* Split region @idx at @at (strictly inside it) into two regions. */
static void memblock_split_region(struct memblock_type *type, int idx,
				  phys_addr_t at)
{
	struct memblock_region *rgn = &type->regions[idx];
	phys_addr_t lower = at - rgn->base;

	memblock_insert_region(type, idx, rgn->base, lower,
			       memblock_get_region_node(rgn), rgn->flags);
	rgn = &type->regions[idx + 1];
	rgn->base = at;
	rgn->size -= lower;
	type->total_size -= lower;	/* the insert counted @lower twice */
}

/*
 * Split regions at @base and at @base + @size so that the range is covered
 * by whole regions only, and return them as [*start_rgn, *end_rgn). This is
 * how remove, set_node and the flag setters act on part of a region.
 */
static int memblock_isolate_range(struct memblock_type *type,
				  phys_addr_t base, phys_addr_t size,
				  int *start_rgn, int *end_rgn)
{
	phys_addr_t end = base + memblock_cap_size(base, &size);
	int idx;

	*start_rgn = *end_rgn = 0;
	if (!size)
		return 0;

	/* At most two splits: one at each end. */
	while (type->cnt + 2 > type->max)
		if (memblock_double_array(type, base, size) < 0)
			return -ENOMEM;

	for (idx = 0; idx < type->cnt; idx++) {
		struct memblock_region *rgn = &type->regions[idx];
		phys_addr_t rbase = rgn->base;
		phys_addr_t rend = rbase + rgn->size;

		if (rbase >= end)
			break;
		if (rend <= base)
			continue;

		if (rbase < base) {
			/* Sticks out below: the upper half is examined next. */
			memblock_split_region(type, idx, base);
		} else if (rend > end) {
			/* Sticks out above: examine the lower half again. */
			memblock_split_region(type, idx, end);
			idx--;
		} else {
			if (!*end_rgn)
				*start_rgn = idx;
			*end_rgn = idx + 1;
		}
	}
	return 0;
}

static int memblock_remove_range(struct memblock_type *type,
				 phys_addr_t base, phys_addr_t size)
{
	int start_rgn, end_rgn;
	int i, ret;

	ret = memblock_isolate_range(type, base, size, &start_rgn, &end_rgn);
	if (ret)
		return ret;

	for (i = end_rgn - 1; i >= start_rgn; i--)
		memblock_remove_region(type, i);
	return 0;
}

/* ---- registering ranges ---- */

int memblock_add_node(phys_addr_t base, phys_addr_t size, int nid,
		      enum memblock_flags flags)
{
	phys_addr_t end = base + size - 1;

	memblock_dbg("%s: [%pa-%pa] nid=%d flags=%x %pS\n", __func__,
		     &base, &end, nid, flags, (void *)_RET_IP_);
	return memblock_add_range(&memblock.memory, base, size, nid, flags);
}

/* "Node unknown yet": memblock_set_node() assigns it once the DTB says. */
int memblock_add(phys_addr_t base, phys_addr_t size)
{
	phys_addr_t end = base + size - 1;

	memblock_dbg("%s: [%pa-%pa] %pS\n", __func__,
		     &base, &end, (void *)_RET_IP_);
	return memblock_add_range(&memblock.memory, base, size, MAX_NUMNODES, 0);
}

int memblock_remove(phys_addr_t base, phys_addr_t size)
{
	phys_addr_t end = base + size - 1;

	memblock_dbg("%s: [%pa-%pa] %pS\n", __func__,
		     &base, &end, (void *)_RET_IP_);
	return memblock_remove_range(&memblock.memory, base, size);
}

int memblock_reserve(phys_addr_t base, phys_addr_t size)
{
	phys_addr_t end = base + size - 1;

	memblock_dbg("%s: [%pa-%pa] %pS\n", __func__,
		     &base, &end, (void *)_RET_IP_);
	return memblock_add_range(&memblock.reserved, base, size, MAX_NUMNODES, 0);
}

int memblock_phys_free(phys_addr_t base, phys_addr_t size)
{
	phys_addr_t end = base + size - 1;

	memblock_dbg("%s: [%pa-%pa] %pS\n", __func__,
		     &base, &end, (void *)_RET_IP_);
	return memblock_remove_range(&memblock.reserved, base, size);
}

/* Give back what memblock_alloc*() returned (a linear-map pointer). */
void memblock_free(void *ptr, size_t size)
{
	if (ptr)
		memblock_phys_free(__pa(ptr), size);
}

/* ---- region attributes ---- */

static int memblock_setclr_flag(struct memblock_type *type, phys_addr_t base,
				phys_addr_t size, int set, int flag)
{
	int i, ret, start_rgn, end_rgn;

	ret = memblock_isolate_range(type, base, size, &start_rgn, &end_rgn);
	if (ret)
		return ret;

	for (i = start_rgn; i < end_rgn; i++) {
		if (set)
			type->regions[i].flags |= flag;
		else
			type->regions[i].flags &= ~flag;
	}
	memblock_merge_regions(type);
	return 0;
}

int memblock_mark_hotplug(phys_addr_t base, phys_addr_t size)
{
	return memblock_setclr_flag(&memblock.memory, base, size, 1, MEMBLOCK_HOTPLUG);
}

int memblock_clear_hotplug(phys_addr_t base, phys_addr_t size)
{
	return memblock_setclr_flag(&memblock.memory, base, size, 0, MEMBLOCK_HOTPLUG);
}

int memblock_mark_mirror(phys_addr_t base, phys_addr_t size)
{
	return memblock_setclr_flag(&memblock.memory, base, size, 1, MEMBLOCK_MIRROR);
}

/* NOMAP memory stays in memblock.memory (it is RAM) but is never allocated. */
int memblock_mark_nomap(phys_addr_t base, phys_addr_t size)
{
	return memblock_setclr_flag(&memblock.memory, base, size, 1, MEMBLOCK_NOMAP);
}

int memblock_clear_nomap(phys_addr_t base, phys_addr_t size)
{
	return memblock_setclr_flag(&memblock.memory, base, size, 0, MEMBLOCK_NOMAP);
}

int memblock_set_node(phys_addr_t base, phys_addr_t size,
		      struct memblock_type *type, int nid)
{
	int start_rgn, end_rgn;
	int i, ret;

	ret = memblock_isolate_range(type, base, size, &start_rgn, &end_rgn);
	if (ret)
		return ret;

	for (i = start_rgn; i < end_rgn; i++)
		memblock_set_region_node(&type->regions[i], nid);
	memblock_merge_regions(type);
	return 0;
}

/*
 * Shrink every memory region to @align boundaries; drop those that vanish.
 * Aligned regions, the empty array's dummy among them, stay as they are.
 */
void memblock_trim_memory(phys_addr_t align)
{
	struct memblock_type *type = &memblock.memory;
	unsigned long i = 0;

	while (i < type->cnt) {
		struct memblock_region *r = &type->regions[i];
		phys_addr_t start = round_up(r->base, align);
		phys_addr_t end = round_down(r->base + r->size, align);

		if (start == r->base && end == r->base + r->size) {
			i++;
		} else if (start < end) {
			type->total_size -= r->size - (end - start);
			r->base = start;
			r->size = end - start;
			i++;
		} else {
			memblock_remove_region(type, i);
		}
	}
}

/* ---- iterators ---- */

static u64 memblock_cursor(int idx_a, int idx_b)
{
	return (u64)(u32)idx_a | (u64)(u32)idx_b << 32;
}

static void memblock_emit(phys_addr_t *out_start, phys_addr_t *out_end,
			  int *out_nid, phys_addr_t start, phys_addr_t end,
			  int nid)
{
	if (out_start)
		*out_start = start;
	if (out_end)
		*out_end = end;
	if (out_nid)
		*out_nid = nid;
}

/* Gap @j of @type is the space below region j (j == cnt: above the last). */
static void memblock_gap(struct memblock_type *type, int j,
			 phys_addr_t *start, phys_addr_t *end)
{
	*start = j ? type->regions[j - 1].base + type->regions[j - 1].size : 0;
	*end = j < type->cnt ? type->regions[j].base : PHYS_ADDR_MAX;
}

/*
 * Filters apply to memory regions only: a region of another node, NOMAP
 * memory (unless asked for) and non-mirrored memory (when mirror is asked
 * for) are left out.
 */
static bool should_skip_region(struct memblock_type *type,
			       struct memblock_region *m, int nid, int flags)
{
	if (type != &memblock.memory)
		return false;
	if (memblock_nid_valid(nid) && nid != memblock_get_region_node(m))
		return true;
	if ((flags & MEMBLOCK_MIRROR) && !memblock_is_mirror(m))
		return true;
	if (!(flags & MEMBLOCK_NOMAP) && memblock_is_nomap(m))
		return true;
	return false;
}

/*
 * Next range of @type_a, lowest first; with @type_b, next piece of @type_a
 * lying in a gap of @type_b (memory minus reserved = free memory). The
 * cursor keeps a region index (low half) and a gap index (high half); each
 * call returns one intersection and advances whichever of the two ends
 * first. *idx == MEMBLOCK_ITER_END when nothing is left.
 */
void __next_mem_range(u64 *idx, int nid, enum memblock_flags flags,
		      struct memblock_type *type_a,
		      struct memblock_type *type_b, phys_addr_t *out_start,
		      phys_addr_t *out_end, int *out_nid)
{
	int ia = (s32)(u32)*idx;
	int ib = (s32)(*idx >> 32);

	for (; ia < type_a->cnt; ia++) {
		struct memblock_region *m = &type_a->regions[ia];
		phys_addr_t m_start = m->base;
		phys_addr_t m_end = m->base + m->size;
		int m_nid = memblock_get_region_node(m);

		if (should_skip_region(type_a, m, nid, flags))
			continue;

		if (!type_b) {
			memblock_emit(out_start, out_end, out_nid,
				      m_start, m_end, m_nid);
			*idx = memblock_cursor(ia + 1, ib);
			return;
		}

		for (; ib <= type_b->cnt; ib++) {
			phys_addr_t g_start, g_end;

			memblock_gap(type_b, ib, &g_start, &g_end);
			if (g_start >= m_end)
				break;		/* gaps from here on lie above m */
			if (g_end <= m_start || g_start == g_end)
				continue;
			memblock_emit(out_start, out_end, out_nid,
				      max(m_start, g_start), min(m_end, g_end),
				      m_nid);
			if (m_end <= g_end)
				ia++;
			else
				ib++;
			*idx = memblock_cursor(ia, ib);
			return;
		}
	}
	*idx = MEMBLOCK_ITER_END;
}

/* As __next_mem_range(), highest first; start with *idx = MEMBLOCK_ITER_END. */
void __next_mem_range_rev(u64 *idx, int nid, enum memblock_flags flags,
			  struct memblock_type *type_a,
			  struct memblock_type *type_b, phys_addr_t *out_start,
			  phys_addr_t *out_end, int *out_nid)
{
	int ia, ib;

	if (*idx == MEMBLOCK_ITER_END) {
		ia = type_a->cnt - 1;
		ib = type_b ? type_b->cnt : 0;
	} else {
		ia = (s32)(u32)*idx;
		ib = (s32)(*idx >> 32);
	}

	for (; ia >= 0; ia--) {
		struct memblock_region *m = &type_a->regions[ia];
		phys_addr_t m_start = m->base;
		phys_addr_t m_end = m->base + m->size;
		int m_nid = memblock_get_region_node(m);

		if (should_skip_region(type_a, m, nid, flags))
			continue;

		if (!type_b) {
			memblock_emit(out_start, out_end, out_nid,
				      m_start, m_end, m_nid);
			*idx = memblock_cursor(ia - 1, ib);
			return;
		}

		for (; ib >= 0; ib--) {
			phys_addr_t g_start, g_end;

			memblock_gap(type_b, ib, &g_start, &g_end);
			if (g_end <= m_start)
				break;		/* gaps from here on lie below m */
			if (g_start >= m_end || g_start == g_end)
				continue;
			memblock_emit(out_start, out_end, out_nid,
				      max(m_start, g_start), min(m_end, g_end),
				      m_nid);
			if (m_start >= g_start)
				ia--;
			else
				ib--;
			*idx = memblock_cursor(ia, ib);
			return;
		}
	}
	*idx = MEMBLOCK_ITER_END;
}

/* Next memory region (of node @nid, if valid) holding at least one whole page. */
void __next_mem_pfn_range(int *idx, int nid, unsigned long *out_start_pfn,
			  unsigned long *out_end_pfn, int *out_nid)
{
	struct memblock_type *type = &memblock.memory;
	struct memblock_region *r = NULL;

	while (++*idx < type->cnt) {
		r = &type->regions[*idx];
		if (memblock_region_memory_base_pfn(r) >=
		    memblock_region_memory_end_pfn(r))
			continue;
		if (!memblock_nid_valid(nid) || nid == memblock_get_region_node(r))
			break;
	}
	if (*idx >= type->cnt) {
		*idx = -1;
		return;
	}

	if (out_start_pfn)
		*out_start_pfn = memblock_region_memory_base_pfn(r);
	if (out_end_pfn)
		*out_end_pfn = memblock_region_memory_end_pfn(r);
	if (out_nid)
		*out_nid = memblock_get_region_node(r);
}

/* ---- finding and allocating ---- */

static phys_addr_t __memblock_find_range_bottom_up(phys_addr_t start,
						   phys_addr_t end,
						   phys_addr_t size,
						   phys_addr_t align, int nid,
						   enum memblock_flags flags)
{
	phys_addr_t this_start, this_end, cand;
	u64 i;

	for_each_free_mem_range(i, nid, flags, &this_start, &this_end, NULL) {
		this_start = clamp(this_start, start, end);
		this_end = clamp(this_end, start, end);

		cand = round_up(this_start, align);
		if (cand < this_end && this_end - cand >= size)
			return cand;
	}
	return 0;
}

static phys_addr_t __memblock_find_range_top_down(phys_addr_t start,
						  phys_addr_t end,
						  phys_addr_t size,
						  phys_addr_t align, int nid,
						  enum memblock_flags flags)
{
	phys_addr_t this_start, this_end, cand;
	u64 i;

	for_each_free_mem_range_reverse(i, nid, flags, &this_start, &this_end,
					NULL) {
		this_start = clamp(this_start, start, end);
		this_end = clamp(this_end, start, end);

		if (this_end < size)
			continue;
		cand = round_down(this_end - size, align);
		if (cand >= this_start)
			return cand;
	}
	return 0;
}

/*
 * Find (not reserve) a free, aligned range of @size within [start, end).
 * Page 0 is never returned, so that 0 can mean "nothing found".
 */
static phys_addr_t memblock_find_in_range_node(phys_addr_t size,
					       phys_addr_t align,
					       phys_addr_t start,
					       phys_addr_t end, int nid,
					       enum memblock_flags flags)
{
	if (end == MEMBLOCK_ALLOC_ACCESSIBLE)
		end = memblock.current_limit;

	start = max_t(phys_addr_t, start, PAGE_SIZE);
	end = max(start, end);

	if (memblock_bottom_up())
		return __memblock_find_range_bottom_up(start, end, size, align,
						       nid, flags);
	return __memblock_find_range_top_down(start, end, size, align,
					      nid, flags);
}

static phys_addr_t memblock_find_in_range(phys_addr_t start, phys_addr_t end,
					  phys_addr_t size, phys_addr_t align)
{
	return memblock_find_in_range_node(size, align, start, end,
					   NUMA_NO_NODE, MEMBLOCK_NONE);
}

/*
 * The one allocation path: find on node @nid, then (unless @exact_nid) on
 * any node, and reserve what was found. Returns the physical address, or 0.
 */
phys_addr_t memblock_alloc_range_nid(phys_addr_t size, phys_addr_t align,
				     phys_addr_t start, phys_addr_t end,
				     int nid, bool exact_nid)
{
	phys_addr_t found;

	/* tinymm's addition: see memblock_mark_handed_over(). */
	if (memblock_handed_over)
		WARN_ONCE(1, "memblock: allocation of %pa bytes after hand-over to the buddy allocator\n",
			  &size);

	if (WARN_ONCE(nid == MAX_NUMNODES,
		      "Usage of MAX_NUMNODES is deprecated. Use NUMA_NO_NODE instead\n"))
		nid = NUMA_NO_NODE;

	if (!align) {
		dump_stack();
		align = SMP_CACHE_BYTES;
	}

	found = memblock_find_in_range_node(size, align, start, end, nid,
					    MEMBLOCK_NONE);
	if (found && !memblock_reserve(found, size))
		return found;

	if (memblock_nid_valid(nid) && !exact_nid) {
		found = memblock_find_in_range_node(size, align, start, end,
						    NUMA_NO_NODE, MEMBLOCK_NONE);
		if (found && !memblock_reserve(found, size))
			return found;
	}
	return 0;
}

phys_addr_t memblock_phys_alloc_range(phys_addr_t size, phys_addr_t align,
				      phys_addr_t start, phys_addr_t end)
{
	memblock_dbg("%s: %llu bytes align=0x%llx from=%pa max_addr=%pa %pS\n",
		     __func__, (unsigned long long)size,
		     (unsigned long long)align, &start, &end,
		     (void *)_RET_IP_);
	return memblock_alloc_range_nid(size, align, start, end, NUMA_NO_NODE,
					false);
}

phys_addr_t memblock_phys_alloc_try_nid(phys_addr_t size, phys_addr_t align,
					int nid)
{
	return memblock_alloc_range_nid(size, align, 0,
					MEMBLOCK_ALLOC_ACCESSIBLE, nid, false);
}

/*
 * Pointer-returning allocations: capped at current_limit (the part of RAM
 * already mapped, so the result can be touched), and if nothing fits above
 * @min_addr, retried from 0, as Linux does.
 */
static void *memblock_alloc_internal(phys_addr_t size, phys_addr_t align,
				     phys_addr_t min_addr, phys_addr_t max_addr,
				     int nid, bool exact_nid)
{
	phys_addr_t alloc;

	if (max_addr > memblock.current_limit)
		max_addr = memblock.current_limit;

	alloc = memblock_alloc_range_nid(size, align, min_addr, max_addr, nid,
					 exact_nid);
	if (!alloc && min_addr)
		alloc = memblock_alloc_range_nid(size, align, 0, max_addr, nid,
						 exact_nid);
	if (!alloc)
		return NULL;
	return phys_to_virt(alloc);
}

void *memblock_alloc_try_nid_raw(phys_addr_t size, phys_addr_t align,
				 phys_addr_t min_addr, phys_addr_t max_addr,
				 int nid)
{
	memblock_dbg("%s: %llu bytes align=0x%llx nid=%d from=%pa max_addr=%pa %pS\n",
		     __func__, (unsigned long long)size,
		     (unsigned long long)align, nid, &min_addr, &max_addr,
		     (void *)_RET_IP_);
	return memblock_alloc_internal(size, align, min_addr, max_addr, nid,
				       false);
}

void *memblock_alloc_try_nid(phys_addr_t size, phys_addr_t align,
			     phys_addr_t min_addr, phys_addr_t max_addr,
			     int nid)
{
	void *ptr;

	memblock_dbg("%s: %llu bytes align=0x%llx nid=%d from=%pa max_addr=%pa %pS\n",
		     __func__, (unsigned long long)size,
		     (unsigned long long)align, nid, &min_addr, &max_addr,
		     (void *)_RET_IP_);
	ptr = memblock_alloc_internal(size, align, min_addr, max_addr, nid,
				      false);
	if (ptr)
		memset(ptr, 0, size);
	return ptr;
}

void memblock_mark_handed_over(void)
{
	memblock_handed_over = true;
}

/* ---- queries and policy ---- */

phys_addr_t memblock_phys_mem_size(void)
{
	return memblock.memory.total_size;
}

phys_addr_t memblock_reserved_size(void)
{
	return memblock.reserved.total_size;
}

phys_addr_t memblock_start_of_DRAM(void)
{
	return memblock.memory.regions[0].base;
}

/* With no memory at all both read the dummy region: 0. */
phys_addr_t memblock_end_of_DRAM(void)
{
	unsigned long idx = memblock.memory.cnt - 1;

	return memblock.memory.regions[idx].base + memblock.memory.regions[idx].size;
}

/* Binary search: the arrays are sorted and never overlap. */
static int memblock_search(struct memblock_type *type, phys_addr_t addr)
{
	unsigned long lo = 0, hi = type->cnt;

	while (lo < hi) {
		unsigned long mid = lo + (hi - lo) / 2;
		struct memblock_region *r = &type->regions[mid];

		if (addr < r->base)
			hi = mid;
		else if (addr >= r->base + r->size)
			lo = mid + 1;
		else
			return mid;
	}
	return -1;
}

bool memblock_is_memory(phys_addr_t addr)
{
	return memblock_search(&memblock.memory, addr) != -1;
}

bool memblock_is_reserved(phys_addr_t addr)
{
	return memblock_search(&memblock.reserved, addr) != -1;
}

/* Is all of [base, base + size) inside one memory region? */
bool memblock_is_region_memory(phys_addr_t base, phys_addr_t size)
{
	int idx = memblock_search(&memblock.memory, base);
	phys_addr_t end = base + memblock_cap_size(base, &size);

	if (idx == -1)
		return false;
	return memblock.memory.regions[idx].base +
	       memblock.memory.regions[idx].size >= end;
}

/*
 * From now on full region arrays may be doubled with memory memblock
 * allocates. The arch calls this once everything that must not be
 * overwritten is reserved and all RAM is mapped (arm64: end of
 * paging_init()).
 */
void memblock_allow_resize(void)
{
	memblock_can_resize = 1;
}

void memblock_set_current_limit(phys_addr_t limit)
{
	memblock.current_limit = limit;
}

phys_addr_t memblock_get_current_limit(void)
{
	return memblock.current_limit;
}

/* ---- the MEMBLOCK configuration table ---- */

static void memblock_dump(struct memblock_type *type)
{
	struct memblock_region *rgn;
	phys_addr_t base, end, size;
	int idx;

	pr_info(" %s.cnt  = 0x%lx\n", type->name, type->cnt);

	for_each_memblock_type(idx, type, rgn) {
		char nid_buf[32] = "";

		base = rgn->base;
		size = rgn->size;
		end = base + size - 1;
		/* Regions whose node is not known yet print no node at all. */
		if (memblock_nid_valid(memblock_get_region_node(rgn)))
			snprintf(nid_buf, sizeof(nid_buf), " on node %d",
				 memblock_get_region_node(rgn));
		pr_info(" %s[%#x]\t[%pa-%pa], %pa bytes%s flags: %#x\n",
			type->name, idx, &base, &end, &size, nid_buf,
			(unsigned int)rgn->flags);
	}
}

void memblock_dump_all(void)
{
	pr_info("MEMBLOCK configuration:\n");
	pr_info(" memory size = %pa reserved size = %pa\n",
		&memblock.memory.total_size, &memblock.reserved.total_size);

	memblock_dump(&memblock.memory);
	memblock_dump(&memblock.reserved);
}

/*
 * Host unit tests only (Linux's tools/testing/memblock does the same with
 * its reset_memblock_regions()): forget every region, drop any grown arrays
 * (they lived in the test's arena), and restore the boot defaults.
 */
void __memblock_reset(void)
{
	memset(memblock_memory_init_regions, 0,
	       sizeof(memblock_memory_init_regions));
	memset(memblock_reserved_init_regions, 0,
	       sizeof(memblock_reserved_init_regions));

	memblock.memory.regions = memblock_memory_init_regions;
	memblock.memory.cnt = 1;
	memblock.memory.max = INIT_MEMBLOCK_MEMORY_REGIONS;
	memblock.memory.total_size = 0;

	memblock.reserved.regions = memblock_reserved_init_regions;
	memblock.reserved.cnt = 1;
	memblock.reserved.max = INIT_MEMBLOCK_RESERVED_REGIONS;
	memblock.reserved.total_size = 0;

	memblock.bottom_up = false;
	memblock.current_limit = MEMBLOCK_ALLOC_ANYWHERE;
	memblock_can_resize = 0;
	memblock_handed_over = false;
	memblock_debug = 0;
}
