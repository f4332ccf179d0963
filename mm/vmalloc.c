// SPDX-License-Identifier: GPL-2.0
/*
 * mm/vmalloc.c - virtually contiguous memory. Linux: mm/vmalloc.c (v5.19).
 *
 * What it teaches: memory that is contiguous only in virtual addresses.
 * vmalloc(size) takes (1) a free range of the vmalloc address space,
 * VMALLOC_START..VMALLOC_END, (2) any order-0 pages from the buddy
 * allocator and (3) writes page-table entries joining the two. vmap()
 * does (1) and (3) for pages the caller already has, ioremap()
 * (arch/arm64/mm/ioremap.c) does (1) and (3) for a device's physical
 * range through ioremap_page_range().
 *
 * The address space is kept as struct vmap_areas in two red-black trees:
 *   - busy (vmap_area_root): every handed-out range, for lookups by
 *     address (vfree, find_vm_area, the oops helper);
 *   - free (free_vmap_area_root): the holes, sorted by address and
 *     augmented with subtree_max_size, the largest hole in each subtree.
 *     find_vmap_lowest_match() uses it to find the lowest hole that fits
 *     in O(log n): descend left whenever the left subtree can satisfy the
 *     request. Freed ranges are merged with their neighbours
 *     (merge_or_add_vmap_area), so no two free areas ever touch.
 * Each area except VM_NO_GUARD ones is one page longer than asked: that
 * page stays unmapped, so running off the end faults instead of silently
 * corrupting the next area.
 *
 * Simplified, and why:
 *   - Linux frees lazily: vfree() puts the area on a purge list and only
 *     after lazy_max_pages() worth does one big TLB flush and return the
 *     ranges to the free tree. We unmap, flush the range's TLB entries
 *     and return the range at once (free_vmap_area_noflush is eager): one
 *     CPU runs, and a freed range you can't watch coming back is harder
 *     to learn from.
 *   - vmap_area comes from its own cache (vmap_area_cachep) and
 *     vm_struct from kmalloc, as in Linux: vmalloc_init() runs after
 *     kmem_cache_init(). The pages[] array is always kmalloc'ed (large
 *     ones through kmalloc_large); Linux vmallocs arrays bigger than a
 *     page, a nested vmalloc we skip to keep one path.
 *   - No huge mappings (PMD/PUD-sized vmalloc or ioremap), no per-CPU
 *     vmap blocks (vm_map_ram), no KASAN shadow, no NUMA page placement.
 *   - Page-table pages of the vmalloc area are never freed (Linux doesn't
 *     either); init_mm's tables come from vmap_*_alloc, as __pud_alloc()
 *     and friends (mm/memory.c) build user tables (PXNTable entries).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/bitops.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/spinlock.h>
#include <linux/list.h>
#include <linux/mm.h>
#include <linux/gfp.h>
#include <linux/numa.h>
#include <linux/io.h>
#include <linux/vmalloc.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/rbtree_augmented.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>
#include <asm/pgalloc.h>
#include "internal.h"
#ifndef __KERNEL_HOST__
#include <asm/sections.h>
#endif

static DEFINE_SPINLOCK(vmap_area_lock);
static DEFINE_SPINLOCK(free_vmap_area_lock);
LIST_HEAD(vmap_area_list);
struct rb_root vmap_area_root = RB_ROOT;
LIST_HEAD(free_vmap_area_list);
struct rb_root free_vmap_area_root = RB_ROOT;

static bool vmap_initialized;
static struct vm_struct *vmlist;	/* areas declared before vmalloc_init */
/* every CPU's vmalloc() adds to it without a lock, as Linux's */
static atomic_long_t nr_vmalloc_pages;

/* ---- where the descriptors come from (set up by vmalloc_init) ---- */

static struct kmem_cache *vmap_area_cachep;

/*
 * Linux masks the caller's gfp with GFP_RECLAIM_MASK for its own
 * bookkeeping: zone and placement bits are about the caller's pages, not
 * about our descriptors.
 */
#define VMAP_BOOKKEEPING_GFP(gfp)	((gfp) & ~(__GFP_HIGHMEM | __GFP_DMA | \
					   __GFP_DMA32 | __GFP_MOVABLE | __GFP_ZERO))

static struct vmap_area *vmap_area_alloc(gfp_t gfp)
{
	return kmem_cache_zalloc(vmap_area_cachep, VMAP_BOOKKEEPING_GFP(gfp));
}

static void vmap_area_free(struct vmap_area *va)
{
	kmem_cache_free(vmap_area_cachep, va);
}

/* The pages[] array of an area. */
static struct page **vm_pages_array_alloc(unsigned long nr, gfp_t gfp)
{
	return kcalloc(nr, sizeof(struct page *), VMAP_BOOKKEEPING_GFP(gfp));
}

static void vm_pages_array_free(struct page **pages, unsigned long nr)
{
	kfree(pages);
}

/* ---- the page tables: map ---- */

/*
 * Linux: pud_alloc(&init_mm, p4d, addr), pmd_alloc(), pte_alloc_kernel().
 * A missing table is a zeroed page from the buddy allocator; the entry
 * pointing to it is written with set_p4d/pud/pmd, which order the zeroing
 * before the table becomes visible to the walker.
 */
static pud_t *vmap_pud_alloc(p4d_t *p4d, unsigned long addr)
{
	if (p4d_none(READ_ONCE(*p4d))) {
		unsigned long table = __get_free_page(GFP_PGTABLE_KERNEL);

		if (!table)
			return NULL;
		set_pgd((pgd_t *)p4d, __pgd(__pa(table) | PUD_TYPE_TABLE));
	}
	return pud_offset(p4d, addr);
}

static pmd_t *vmap_pmd_alloc(pud_t *pud, unsigned long addr)
{
	if (pud_none(READ_ONCE(*pud))) {
		unsigned long table = __get_free_page(GFP_PGTABLE_KERNEL);

		if (!table)
			return NULL;
		set_pud(pud, __pud(__pa(table) | PMD_TYPE_TABLE));
	}
	return pmd_offset(pud, addr);
}

static pte_t *vmap_pte_alloc(pmd_t *pmd, unsigned long addr)
{
	if (pmd_none(READ_ONCE(*pmd))) {
		unsigned long table = __get_free_page(GFP_PGTABLE_KERNEL);

		if (!table)
			return NULL;
		set_pmd(pmd, __pmd(__pa(table) | PMD_TYPE_TABLE));
	}
	return pte_offset_kernel(pmd, addr);
}

/*
 * Walk [addr, end) one level at a time; at the bottom either take the
 * next page of @pages (vmap_pages_*) or the next pfn from @phys (ioremap).
 */
struct vmap_walk {
	struct page **pages;	/* NULL: map the physical range */
	unsigned long phys;
	int nr;
	pgprot_t prot;
};

static int vmap_pte_range(pmd_t *pmd, unsigned long addr, unsigned long end,
			  struct vmap_walk *w)
{
	pte_t *pte = vmap_pte_alloc(pmd, addr);
	unsigned long pfn;

	if (!pte)
		return -ENOMEM;
	do {
		if (WARN_ON(!pte_none(READ_ONCE(*pte))))
			return -EBUSY;
		if (w->pages) {
			struct page *page = w->pages[w->nr];

			if (WARN_ON(!page))
				return -ENOMEM;
			pfn = page_to_pfn(page);
		} else {
			pfn = w->phys >> PAGE_SHIFT;
			w->phys += PAGE_SIZE;
		}
		set_pte(pte, pfn_pte(pfn, w->prot));
		w->nr++;
	} while (pte++, addr += PAGE_SIZE, addr != end);
	return 0;
}

static int vmap_pmd_range(pud_t *pud, unsigned long addr, unsigned long end,
			  struct vmap_walk *w)
{
	pmd_t *pmd = vmap_pmd_alloc(pud, addr);
	unsigned long next;
	int err;

	if (!pmd)
		return -ENOMEM;
	do {
		next = pmd_addr_end(addr, end);
		err = vmap_pte_range(pmd, addr, next, w);
		if (err)
			return err;
	} while (pmd++, addr = next, addr != end);
	return 0;
}

static int vmap_pud_range(p4d_t *p4d, unsigned long addr, unsigned long end,
			  struct vmap_walk *w)
{
	pud_t *pud = vmap_pud_alloc(p4d, addr);
	unsigned long next;
	int err;

	if (!pud)
		return -ENOMEM;
	do {
		next = pud_addr_end(addr, end);
		err = vmap_pmd_range(pud, addr, next, w);
		if (err)
			return err;
	} while (pud++, addr = next, addr != end);
	return 0;
}

/* Linux: vmap_range_noflush / vmap_small_pages_range_noflush. */
static int vmap_range_noflush(unsigned long addr, unsigned long end,
			      struct vmap_walk *w)
{
	pgd_t *pgd = pgd_offset_k(addr);
	unsigned long next;
	int err;

	BUG_ON(addr >= end);
	do {
		next = pgd_addr_end(addr, end);
		/* p4d is folded into the pgd (4 levels, as arm64) */
		err = vmap_pud_range(p4d_offset(pgd, addr), addr, next, w);
		if (err)
			return err;
	} while (pgd++, addr = next, addr != end);
	return 0;
}

/*
 * Map @pages at [addr, end). New entries need no TLB flush: nothing could
 * have cached a translation that didn't exist (arm64 never caches invalid
 * entries), and set_pte's barriers make them visible.
 */
int vmap_pages_range(unsigned long addr, unsigned long end, pgprot_t prot,
		     struct page **pages, unsigned int page_shift)
{
	struct vmap_walk w = { .pages = pages, .prot = prot };
	int err;

	WARN_ON(page_shift != PAGE_SHIFT);	/* no huge vmalloc */
	err = vmap_range_noflush(addr, end, &w);
	if (err)
		vunmap_range(addr, end);	/* undo the part that got done */
	return err;
}

int ioremap_page_range(unsigned long addr, unsigned long end,
		       phys_addr_t phys_addr, pgprot_t prot)
{
	struct vmap_walk w = { .phys = phys_addr, .prot = prot };
	int err;

	err = vmap_range_noflush(addr, end, &w);
	if (err)
		vunmap_range(addr, end);
	return err;
}

/* ---- the page tables: unmap ---- */

static void vunmap_pte_range(pmd_t *pmd, unsigned long addr, unsigned long end)
{
	pte_t *pte = pte_offset_kernel(pmd, addr);

	do {
		pte_clear(pte);
	} while (pte++, addr += PAGE_SIZE, addr != end);
}

static void vunmap_pmd_range(pud_t *pud, unsigned long addr, unsigned long end)
{
	pmd_t *pmd = pmd_offset(pud, addr);
	unsigned long next;

	do {
		next = pmd_addr_end(addr, end);
		if (pmd_none(READ_ONCE(*pmd)))
			continue;
		if (WARN_ON(!pmd_table(READ_ONCE(*pmd))))
			continue;	/* a block: not ours to split */
		vunmap_pte_range(pmd, addr, next);
	} while (pmd++, addr = next, addr != end);
}

static void vunmap_pud_range(p4d_t *p4d, unsigned long addr, unsigned long end)
{
	pud_t *pud = pud_offset(p4d, addr);
	unsigned long next;

	do {
		next = pud_addr_end(addr, end);
		if (pud_none(READ_ONCE(*pud)))
			continue;
		if (WARN_ON(!pud_table(READ_ONCE(*pud))))
			continue;
		vunmap_pmd_range(pud, addr, next);
	} while (pud++, addr = next, addr != end);
}

/* Clear the entries; the caller flushes the TLB (Linux: the same name). */
static void vunmap_range_noflush(unsigned long addr, unsigned long end)
{
	pgd_t *pgd = pgd_offset_k(addr);
	unsigned long next;

	BUG_ON(addr >= end);
	do {
		next = pgd_addr_end(addr, end);
		if (pgd_none(READ_ONCE(*pgd)))
			continue;
		vunmap_pud_range(p4d_offset(pgd, addr), addr, next);
	} while (pgd++, addr = next, addr != end);
}

/*
 * Unmap and flush: from here no CPU can reach the old pages through this
 * range, so they (and the range) may be reused.
 */
void vunmap_range(unsigned long addr, unsigned long end)
{
	vunmap_range_noflush(addr, end);
	flush_tlb_kernel_range(addr, end);
}

/* The leaf entry for addr in the kernel's tables, or NULL. */
static pte_t *vmalloc_walk(unsigned long addr, pte_t *block)
{
	pgd_t *pgd = pgd_offset_k(addr);
	p4d_t *p4d;
	pud_t *pud;
	pmd_t *pmd;

	if (pgd_none(READ_ONCE(*pgd)))
		return NULL;
	p4d = p4d_offset(pgd, addr);
	pud = pud_offset(p4d, addr);
	if (pud_none(READ_ONCE(*pud)))
		return NULL;
	if (pud_sect(READ_ONCE(*pud))) {
		*block = __pte(pud_val(*pud) + (addr & ~PUD_MASK & PAGE_MASK));
		return block;
	}
	pmd = pmd_offset(pud, addr);
	if (pmd_none(READ_ONCE(*pmd)))
		return NULL;
	if (pmd_sect(READ_ONCE(*pmd))) {
		*block = __pte(pmd_val(*pmd) + (addr & ~PMD_MASK & PAGE_MASK));
		return block;
	}
	return pte_offset_kernel(pmd, addr);
}

/*
 * The page mapped at a vmalloc address: walk the page tables, as
 * Linux does. NULL if nothing (or no RAM, e.g. ioremap) is mapped there.
 */
struct page *vmalloc_to_page(const void *vmalloc_addr)
{
	unsigned long pfn = vmalloc_to_pfn(vmalloc_addr);

	if (!pfn || !pfn_valid(pfn))
		return NULL;
	return pfn_to_page(pfn);
}

/* Linux returns page_to_pfn(vmalloc_to_page()); ours also works for ioremap. */
unsigned long vmalloc_to_pfn(const void *vmalloc_addr)
{
	pte_t block, *pte = vmalloc_walk((unsigned long)vmalloc_addr, &block);

	if (!pte || !pte_present(READ_ONCE(*pte)))
		return 0;
	return pte_pfn(READ_ONCE(*pte));
}

/* ---- the trees ---- */

static inline unsigned long va_size(struct vmap_area *va)
{
	return va->va_end - va->va_start;
}

static inline unsigned long get_subtree_max_size(struct rb_node *node)
{
	struct vmap_area *va = rb_entry_safe(node, struct vmap_area, rb_node);

	return va ? va->subtree_max_size : 0;
}

RB_DECLARE_CALLBACKS_MAX(static, free_vmap_area_rb_augment_cb,
			 struct vmap_area, rb_node, unsigned long,
			 subtree_max_size, va_size)

/* The busy area containing addr (Linux: __find_vmap_area). */
static struct vmap_area *__find_vmap_area(unsigned long addr,
					  struct rb_root *root)
{
	struct rb_node *n = root->rb_node;

	while (n) {
		struct vmap_area *va = rb_entry(n, struct vmap_area, rb_node);

		if (addr < va->va_start)
			n = n->rb_left;
		else if (addr >= va->va_end)
			n = n->rb_right;
		else
			return va;
	}
	return NULL;
}

struct vmap_area *find_vmap_area(unsigned long addr)
{
	struct vmap_area *va;

	spin_lock(&vmap_area_lock);
	va = __find_vmap_area(addr, &vmap_area_root);
	spin_unlock(&vmap_area_lock);
	return va;
}

/*
 * Where @va would hang in @root: returns the link to write and sets
 * *parent. NULL (and a warning) if va overlaps an area already there:
 * that would be a vmalloc bug, a double free for instance.
 */
static struct rb_node **find_va_links(struct vmap_area *va,
				      struct rb_root *root,
				      struct rb_node **parent)
{
	struct rb_node **link = &root->rb_node;
	struct vmap_area *tmp = NULL;

	*parent = NULL;
	while (*link) {
		tmp = rb_entry(*link, struct vmap_area, rb_node);
		if (va->va_end <= tmp->va_start) {
			link = &(*link)->rb_left;
		} else if (va->va_start >= tmp->va_end) {
			link = &(*link)->rb_right;
		} else {
			WARN(1, "vmalloc bug: 0x%lx-0x%lx overlaps with 0x%lx-0x%lx\n",
			     va->va_start, va->va_end, tmp->va_start, tmp->va_end);
			return NULL;
		}
		*parent = &tmp->rb_node;
	}
	return link;
}

/*
 * The list element the new node goes in front of: the tree's in-order
 * successor. NULL for an empty tree.
 */
static struct list_head *get_va_next_sibling(struct rb_node *parent,
					     struct rb_node **link)
{
	struct list_head *list;

	if (!parent)
		return NULL;
	list = &rb_entry(parent, struct vmap_area, rb_node)->list;
	return &parent->rb_right == link ? list->next : list;
}

static void link_va(struct vmap_area *va, struct rb_root *root,
		    struct rb_node *parent, struct rb_node **link,
		    struct list_head *head)
{
	struct list_head *next = get_va_next_sibling(parent, link);

	rb_link_node(&va->rb_node, parent, link);
	if (root == &free_vmap_area_root) {
		/*
		 * Insert with a 0 value (so rotations on the way don't see a
		 * half-updated one), then propagate the real size upwards.
		 */
		va->subtree_max_size = 0;
		rb_insert_augmented(&va->rb_node, root,
				    &free_vmap_area_rb_augment_cb);
	} else {
		rb_insert_color(&va->rb_node, root);
	}
	/* in front of the successor, or at the end if there is none */
	list_add_tail(&va->list, next ? next : head);
}

static void unlink_va(struct vmap_area *va, struct rb_root *root)
{
	if (WARN_ON(RB_EMPTY_NODE(&va->rb_node)))
		return;
	if (root == &free_vmap_area_root)
		rb_erase_augmented(&va->rb_node, root,
				   &free_vmap_area_rb_augment_cb);
	else
		rb_erase(&va->rb_node, root);
	list_del(&va->list);
	RB_CLEAR_NODE(&va->rb_node);
}

/* va's size changed: fix subtree_max_size from it up to the root. */
static void augment_tree_propagate_from(struct vmap_area *va)
{
	free_vmap_area_rb_augment_cb.propagate(&va->rb_node, NULL);
}

static void insert_vmap_area(struct vmap_area *va, struct rb_root *root,
			     struct list_head *head)
{
	struct rb_node *parent;
	struct rb_node **link = find_va_links(va, root, &parent);

	if (link)
		link_va(va, root, parent, link, head);
}

static void insert_vmap_area_augment(struct vmap_area *va,
				     struct rb_root *root,
				     struct list_head *head)
{
	insert_vmap_area(va, root, head);
	augment_tree_propagate_from(va);
}

/*
 * Return @va to the free tree, merging with the free neighbours it
 * touches:
 *   |<--prev-->|<--va-->|<--next-->|   becomes one area
 * Returns the area that now holds the range (va, prev or next).
 */
static struct vmap_area *merge_or_add_vmap_area(struct vmap_area *va,
						struct rb_root *root,
						struct list_head *head)
{
	struct vmap_area *sibling;
	struct list_head *next;
	struct rb_node **link;
	struct rb_node *parent;
	bool merged = false;

	link = find_va_links(va, root, &parent);
	if (!link)
		return NULL;
	next = get_va_next_sibling(parent, link);
	if (!next)
		goto insert;	/* the tree is empty */

	/* |<--va-->|<--next-->|: next grows downwards over va */
	if (next != head) {
		sibling = list_entry(next, struct vmap_area, list);
		if (sibling->va_start == va->va_end) {
			sibling->va_start = va->va_start;
			vmap_area_free(va);
			va = sibling;
			merged = true;
		}
	}

	/* |<--prev-->|<--va-->|: prev grows upwards over va (maybe next) */
	if (next->prev != head) {
		sibling = list_entry(next->prev, struct vmap_area, list);
		if (sibling->va_end == va->va_start) {
			/* va may be next itself: its range moves to prev */
			if (merged)
				unlink_va(va, root);
			sibling->va_end = va->va_end;
			vmap_area_free(va);
			va = sibling;
			merged = true;
		}
	}

insert:
	if (!merged)
		link_va(va, root, parent, link, head);
	return va;
}

static struct vmap_area *merge_or_add_vmap_area_augment(struct vmap_area *va,
							struct rb_root *root,
							struct list_head *head)
{
	va = merge_or_add_vmap_area(va, root, head);
	if (va)
		augment_tree_propagate_from(va);
	return va;
}

/* Does [aligned start, +size) fit in va, starting no lower than vstart? */
static bool is_within_this_va(struct vmap_area *va, unsigned long size,
			      unsigned long align, unsigned long vstart)
{
	unsigned long nva_start_addr;

	if (va->va_start > vstart)
		nva_start_addr = ALIGN(va->va_start, align);
	else
		nva_start_addr = ALIGN(vstart, align);

	/* a huge size or alignment can wrap around */
	if (nva_start_addr + size < nva_start_addr || nva_start_addr < vstart)
		return false;
	return nva_start_addr + size <= va->va_end;
}

/*
 * The lowest free area where an aligned block of @size fits, not below
 * @vstart: first fit in O(log n).
 *
 * Going down, take the left subtree whenever it holds a big enough hole
 * (subtree_max_size >= length) and could lie above vstart: anything there
 * is at a lower address than this node. Otherwise try this node, then
 * the right subtree. Alignment can make a hole of exactly @length too
 * small, and vstart can rule out a whole left part, so a descent can
 * fail; then climb back up and try the first right subtree not yet seen
 * (vstart moves past each node we give up on, so none is seen twice).
 * With @adjust_search_size, length = size + align - 1: any hole that big
 * fits whatever its alignment, so the descent never needs to climb back.
 */
static struct vmap_area *find_vmap_lowest_match(unsigned long size,
						unsigned long align,
						unsigned long vstart,
						bool adjust_search_size)
{
	struct rb_node *node = free_vmap_area_root.rb_node;
	unsigned long length = adjust_search_size ? size + align - 1 : size;
	struct vmap_area *va;

	while (node) {
		va = rb_entry(node, struct vmap_area, rb_node);

		if (get_subtree_max_size(node->rb_left) >= length &&
		    vstart < va->va_start) {
			node = node->rb_left;
			continue;
		}
		if (is_within_this_va(va, size, align, vstart))
			return va;
		if (get_subtree_max_size(node->rb_right) >= length) {
			node = node->rb_right;
			continue;
		}
		/* climb to the first unexplored right subtree that may fit */
		while ((node = rb_parent(node))) {
			va = rb_entry(node, struct vmap_area, rb_node);
			if (is_within_this_va(va, size, align, vstart))
				return va;
			if (get_subtree_max_size(node->rb_right) >= length &&
			    vstart <= va->va_start) {
				vstart = va->va_start + 1;
				node = node->rb_right;
				break;
			}
		}
	}
	return NULL;
}

enum fit_type {
	NOTHING_FIT = 0,
	FL_FIT_TYPE = 1,	/* full fit */
	LE_FIT_TYPE = 2,	/* left edge fit */
	RE_FIT_TYPE = 3,	/* right edge fit */
	NE_FIT_TYPE = 4		/* no edge fit */
};

static enum fit_type classify_va_fit_type(struct vmap_area *va,
					  unsigned long nva_start_addr,
					  unsigned long size)
{
	if (nva_start_addr < va->va_start ||
	    nva_start_addr + size > va->va_end)
		return NOTHING_FIT;
	if (va->va_start == nva_start_addr)
		return va->va_end == nva_start_addr + size ?
			FL_FIT_TYPE : LE_FIT_TYPE;
	if (va->va_end == nva_start_addr + size)
		return RE_FIT_TYPE;
	return NE_FIT_TYPE;
}

/*
 * Cut [nva_start_addr, +size) out of the free area va:
 *   FL  |<--------VA-------->|   va is used up: leaves the tree
 *   LE  |<-new->|<----VA---->|   va shrinks from the left
 *   RE  |<----VA---->|<-new->|   va shrinks from the right
 *   NE  |<-LVA->|<-new->|<VA>|   va splits: a new area for the left part
 */
static int adjust_va_to_fit_type(struct vmap_area *va,
				 unsigned long nva_start_addr,
				 unsigned long size, enum fit_type type)
{
	struct vmap_area *lva = NULL;

	switch (type) {
	case FL_FIT_TYPE:
		unlink_va(va, &free_vmap_area_root);
		vmap_area_free(va);
		return 0;
	case LE_FIT_TYPE:
		va->va_start += size;
		break;
	case RE_FIT_TYPE:
		va->va_end = nva_start_addr;
		break;
	case NE_FIT_TYPE:
		/*
		 * Linux takes lva from a per-CPU preloaded spare
		 * (ne_fit_preload_node) because it can't sleep under the
		 * lock; here GFP_NOWAIT is enough: nothing sleeps.
		 */
		lva = vmap_area_alloc(GFP_NOWAIT);
		if (!lva)
			return -ENOMEM;
		lva->va_start = va->va_start;
		lva->va_end = nva_start_addr;
		va->va_start = nva_start_addr + size;
		break;
	default:
		return -EINVAL;
	}
	augment_tree_propagate_from(va);
	if (lva)
		insert_vmap_area_augment(lva, &free_vmap_area_root,
					 &free_vmap_area_list);
	return 0;
}

/* Returns the start address, or vend if nothing fits. */
static unsigned long __alloc_vmap_area(unsigned long size, unsigned long align,
				       unsigned long vstart, unsigned long vend)
{
	bool adjust_search_size = true;
	unsigned long nva_start_addr;
	struct vmap_area *va;
	enum fit_type type;

	/*
	 * Page alignment is free (all areas are page aligned), and a
	 * request that must use the whole [vstart, vend) can't afford
	 * the padding: search for the exact size then.
	 */
	if (align <= PAGE_SIZE || vend - vstart == size)
		adjust_search_size = false;

	va = find_vmap_lowest_match(size, align, vstart, adjust_search_size);
	if (!va)
		return vend;

	if (va->va_start > vstart)
		nva_start_addr = ALIGN(va->va_start, align);
	else
		nva_start_addr = ALIGN(vstart, align);

	if (nva_start_addr + size > vend)
		return vend;

	type = classify_va_fit_type(va, nva_start_addr, size);
	if (WARN_ON_ONCE(type == NOTHING_FIT))
		return vend;
	if (adjust_va_to_fit_type(va, nva_start_addr, size, type))
		return vend;
	return nva_start_addr;
}

/*
 * Allocate a range of @size bytes aligned to @align within [vstart,
 * vend), record it in the busy tree. An error pointer on failure.
 * Linux purges the lazily freed areas and retries before giving up;
 * we free eagerly, so there is nothing to purge.
 */
struct vmap_area *alloc_vmap_area(unsigned long size, unsigned long align,
				  unsigned long vstart, unsigned long vend,
				  int node, gfp_t gfp_mask)
{
	struct vmap_area *va;
	unsigned long addr;

	BUG_ON(!size);
	BUG_ON(size & ~PAGE_MASK);
	BUG_ON(!align || (align & (align - 1)));

	if (unlikely(!vmap_initialized))
		return ERR_PTR(-EBUSY);

	va = vmap_area_alloc(gfp_mask);
	if (unlikely(!va))
		return ERR_PTR(-ENOMEM);

	spin_lock(&free_vmap_area_lock);
	addr = __alloc_vmap_area(size, align, vstart, vend);
	spin_unlock(&free_vmap_area_lock);

	if (unlikely(addr == vend)) {
		if (!(gfp_mask & __GFP_NOWARN))
			pr_warn("vmap allocation for size %lu failed: use vmalloc=<size> to increase size\n",
				size);
		vmap_area_free(va);
		return ERR_PTR(-EBUSY);
	}

	va->va_start = addr;
	va->va_end = addr + size;
	va->vm = NULL;

	spin_lock(&vmap_area_lock);
	insert_vmap_area(va, &vmap_area_root, &vmap_area_list);
	spin_unlock(&vmap_area_lock);
	return va;
}

/* Back to the free tree, merged with its neighbours. */
void free_vmap_area(struct vmap_area *va)
{
	spin_lock(&vmap_area_lock);
	unlink_va(va, &vmap_area_root);
	spin_unlock(&vmap_area_lock);

	spin_lock(&free_vmap_area_lock);
	merge_or_add_vmap_area_augment(va, &free_vmap_area_root,
				       &free_vmap_area_list);
	spin_unlock(&free_vmap_area_lock);
}

/*
 * Linux: queue va on the purge list (lazy TLB flushing). Eager here: the
 * caller has already flushed, so the range is free at once.
 */
static void free_vmap_area_noflush(struct vmap_area *va)
{
	free_vmap_area(va);
}

/* Unmap, flush the TLB for the range, and free it. */
static void free_unmap_vmap_area(struct vmap_area *va)
{
	vunmap_range(va->va_start, va->va_end);
	free_vmap_area_noflush(va);
}

/* ---- vm_struct: areas with a purpose ---- */

static void setup_vmalloc_vm(struct vm_struct *vm, struct vmap_area *va,
			     unsigned long flags, const void *caller)
{
	spin_lock(&vmap_area_lock);
	vm->flags = flags;
	vm->addr = (void *)va->va_start;
	vm->size = va->va_end - va->va_start;
	vm->caller = caller;
	va->vm = vm;
	spin_unlock(&vmap_area_lock);
}

/* The area is fully set up: vmallocinfo may show it (Linux: smp_wmb too). */
static void clear_vm_uninitialized_flag(struct vm_struct *vm)
{
	vm->flags &= ~VM_UNINITIALIZED;
}

static struct vm_struct *__get_vm_area_node(unsigned long size,
		unsigned long align, unsigned long shift, unsigned long flags,
		unsigned long start, unsigned long end, int node,
		gfp_t gfp_mask, const void *caller)
{
	struct vmap_area *va;
	struct vm_struct *area;

	size = ALIGN(size, 1UL << shift);
	if (unlikely(!size))
		return NULL;

	/* ioremap: naturally aligned, so large mappings could use blocks */
	if (flags & VM_IOREMAP)
		align = 1UL << clamp(get_count_order_long(size), PAGE_SHIFT,
				     IOREMAP_MAX_ORDER);

	area = kzalloc(sizeof(*area), VMAP_BOOKKEEPING_GFP(gfp_mask));
	if (unlikely(!area))
		return NULL;

	if (!(flags & VM_NO_GUARD))
		size += PAGE_SIZE;	/* the guard page */

	va = alloc_vmap_area(size, align, start, end, node, gfp_mask);
	if (IS_ERR(va)) {
		kfree(area);
		return NULL;
	}
	setup_vmalloc_vm(area, va, flags, caller);
	return area;
}

struct vm_struct *__get_vm_area_caller(unsigned long size, unsigned long flags,
				       unsigned long start, unsigned long end,
				       const void *caller)
{
	return __get_vm_area_node(size, 1, PAGE_SHIFT, flags, start, end,
				  NUMA_NO_NODE, GFP_KERNEL, caller);
}

struct vm_struct *get_vm_area(unsigned long size, unsigned long flags)
{
	return __get_vm_area_node(size, 1, PAGE_SHIFT, flags,
				  VMALLOC_START, VMALLOC_END, NUMA_NO_NODE,
				  GFP_KERNEL, __builtin_return_address(0));
}

struct vm_struct *get_vm_area_caller(unsigned long size, unsigned long flags,
				     const void *caller)
{
	return __get_vm_area_node(size, 1, PAGE_SHIFT, flags,
				  VMALLOC_START, VMALLOC_END, NUMA_NO_NODE,
				  GFP_KERNEL, caller);
}

struct vm_struct *find_vm_area(const void *addr)
{
	struct vmap_area *va = find_vmap_area((unsigned long)addr);

	return va ? va->vm : NULL;
}

/*
 * Take the area at @addr out of the busy tree, unmap it and free its
 * range; the vm_struct (and any pages) are the caller's to free.
 */
struct vm_struct *remove_vm_area(const void *addr)
{
	struct vmap_area *va;
	struct vm_struct *vm;

	spin_lock(&vmap_area_lock);
	va = __find_vmap_area((unsigned long)addr, &vmap_area_root);
	if (va && va->vm) {
		vm = va->vm;
		va->vm = NULL;
		spin_unlock(&vmap_area_lock);
		free_unmap_vmap_area(va);
		return vm;
	}
	spin_unlock(&vmap_area_lock);
	return NULL;
}

void free_vm_area(struct vm_struct *area)
{
	struct vm_struct *ret = remove_vm_area(area->addr);

	BUG_ON(ret != area);
	kfree(area);
}

static void __vunmap(const void *addr, int deallocate_pages)
{
	struct vm_struct *area;
	unsigned int i;

	if (!addr)
		return;
	if (WARN(((unsigned long)addr & ~PAGE_MASK),
		 "Trying to vfree() bad address (%p)\n", addr))
		return;

	area = remove_vm_area(addr);
	if (unlikely(!area)) {
		WARN(1, KERN_ERR "Trying to vfree() nonexistent vm area (%p)\n",
		     addr);
		return;
	}

	if (deallocate_pages) {
		for (i = 0; i < area->nr_pages; i++) {
			BUG_ON(!area->pages[i]);
			__free_pages(area->pages[i], 0);
		}
		atomic_long_sub(area->nr_pages, &nr_vmalloc_pages);
		vm_pages_array_free(area->pages, get_vm_area_size(area) >>
				    PAGE_SHIFT);
	}
	kfree(area);
}

/*
 * vfree - release memory from vmalloc(): unmap the area, flush the TLB,
 * free its pages and its vmap_area. @addr must be what vmalloc() returned
 * (NULL is ignored; anything else is reported and nothing is freed). The
 * caller holds no spinlock: Linux may sleep here. Linux defers the work
 * when called from interrupt context (vfree_atomic); no interrupt handler
 * here frees vmalloc memory, so we don't.
 */
void vfree(const void *addr)
{
	__vunmap(addr, 1);
}

/* Unmap what vmap() mapped; the pages stay the caller's. */
void vunmap(const void *addr)
{
	__vunmap(addr, 0);
}

/*
 * vmap - map @count pages at a fresh virtually contiguous range. The
 * result is never executable (pgprot_nx), as in Linux.
 */
void *vmap(struct page **pages, unsigned int count, unsigned long flags,
	   pgprot_t prot)
{
	struct vm_struct *area;
	unsigned long addr, size;

	if (!count || count > totalram_pages())
		return NULL;

	size = (unsigned long)count << PAGE_SHIFT;
	area = get_vm_area_caller(size, flags, __builtin_return_address(0));
	if (!area)
		return NULL;

	addr = (unsigned long)area->addr;
	prot = __pgprot(pgprot_val(prot) | PTE_PXN);
	if (vmap_pages_range(addr, addr + size, prot, pages, PAGE_SHIFT) < 0) {
		vunmap(area->addr);
		return NULL;
	}
	if (flags & VM_MAP_PUT_PAGES) {
		area->pages = pages;
		area->nr_pages = count;
	}
	return area->addr;
}

/* Fill the area with order-0 pages from the buddy allocator, then map. */
static void *__vmalloc_area_node(struct vm_struct *area, gfp_t gfp_mask,
				 pgprot_t prot, unsigned int page_shift,
				 int node)
{
	unsigned long addr = (unsigned long)area->addr;
	unsigned long size = get_vm_area_size(area);
	unsigned int nr_small_pages = size >> PAGE_SHIFT;
	struct page *page;

	area->pages = vm_pages_array_alloc(nr_small_pages, gfp_mask);
	if (!area->pages) {
		warn_alloc(gfp_mask, NULL,
			   "vmalloc error: size %lu, failed to allocated page array size %lu",
			   nr_small_pages * PAGE_SIZE,
			   (unsigned long)(nr_small_pages * sizeof(struct page *)));
		free_vm_area(area);
		return NULL;
	}
	area->page_order = 0;

	while (area->nr_pages < nr_small_pages) {
		page = node == NUMA_NO_NODE ?
			alloc_pages(gfp_mask | __GFP_NOWARN, 0) :
			alloc_pages_node(node, gfp_mask | __GFP_NOWARN, 0);
		if (!page)
			break;
		area->pages[area->nr_pages++] = page;
	}
	atomic_long_add(area->nr_pages, &nr_vmalloc_pages);

	if (area->nr_pages != nr_small_pages) {
		warn_alloc(gfp_mask, NULL,
			   "vmalloc error: size %lu, page order %u, failed to allocate pages",
			   area->nr_pages * PAGE_SIZE, 0U);
		goto fail;
	}

	if (vmap_pages_range(addr, addr + size, prot, area->pages,
			     page_shift) < 0) {
		warn_alloc(gfp_mask, NULL,
			   "vmalloc error: size %lu, failed to map pages",
			   area->nr_pages * PAGE_SIZE);
		goto fail;
	}
	return area->addr;

fail:
	__vunmap(area->addr, 1);
	return NULL;
}

/*
 * __vmalloc_node_range - the one allocation function all others call:
 * @size bytes within [start, end), mapped with @prot. @caller is what
 * vmallocinfo prints.
 */
void *__vmalloc_node_range(unsigned long size, unsigned long align,
			   unsigned long start, unsigned long end, gfp_t gfp_mask,
			   pgprot_t prot, unsigned long vm_flags, int node,
			   const void *caller)
{
	struct vm_struct *area;
	unsigned long real_size = size;
	unsigned int shift = PAGE_SHIFT;
	void *addr;

	size = ALIGN(real_size, 1UL << shift);
	if (WARN_ON_ONCE(!size))
		return NULL;

	if ((size >> PAGE_SHIFT) > totalram_pages()) {
		warn_alloc(gfp_mask, NULL,
			   "vmalloc error: size %lu, exceeds total pages",
			   real_size);
		return NULL;
	}

	area = __get_vm_area_node(real_size, align, shift,
				  VM_ALLOC | VM_UNINITIALIZED | vm_flags,
				  start, end, node, gfp_mask, caller);
	if (!area) {
		warn_alloc(gfp_mask, NULL,
			   "vmalloc error: size %lu, vm_struct allocation failed",
			   real_size);
		return NULL;
	}

	addr = __vmalloc_area_node(area, gfp_mask, prot, shift, node);
	if (!addr)
		return NULL;

	clear_vm_uninitialized_flag(area);
	return addr;
}

void *__vmalloc_node(unsigned long size, unsigned long align, gfp_t gfp_mask,
		     int node, const void *caller)
{
	return __vmalloc_node_range(size, align, VMALLOC_START, VMALLOC_END,
				    gfp_mask, PAGE_KERNEL, 0, node, caller);
}

void *__vmalloc(unsigned long size, gfp_t gfp_mask)
{
	return __vmalloc_node(size, 1, gfp_mask, NUMA_NO_NODE,
			      __builtin_return_address(0));
}

void *vmalloc(unsigned long size)
{
	return __vmalloc_node(size, 1, GFP_KERNEL, NUMA_NO_NODE,
			      __builtin_return_address(0));
}

/* Zeroed by the page allocator (__GFP_ZERO), not by a memset here. */
void *vzalloc(unsigned long size)
{
	return __vmalloc_node(size, 1, GFP_KERNEL | __GFP_ZERO, NUMA_NO_NODE,
			      __builtin_return_address(0));
}

void *vmalloc_node(unsigned long size, int node)
{
	return __vmalloc_node(size, 1, GFP_KERNEL, node,
			      __builtin_return_address(0));
}

void *vzalloc_node(unsigned long size, int node)
{
	return __vmalloc_node(size, 1, GFP_KERNEL | __GFP_ZERO, node,
			      __builtin_return_address(0));
}

unsigned long vmalloc_nr_pages(void)
{
	return atomic_long_read(&nr_vmalloc_pages);
}

/* ---- boot ---- */

/*
 * Before vmalloc_init() the trees don't exist; early users (the kernel
 * image's segments) declare their ranges here and vmalloc_init() makes
 * them busy areas. Kept sorted by address.
 */
void vm_area_add_early(struct vm_struct *vm)
{
	struct vm_struct *tmp, **p;

#ifndef __KERNEL_HOST__		/* host tests boot again and again */
	BUG_ON(vmap_initialized);
#endif
	for (p = &vmlist; (tmp = *p) != NULL; p = &tmp->next) {
		if (tmp->addr >= vm->addr) {
			BUG_ON(tmp->addr < vm->addr + vm->size);
			break;
		}
		BUG_ON(tmp->addr + tmp->size > vm->addr);
	}
	vm->next = *p;
	*p = vm;
}

#ifndef __KERNEL_HOST__
/*
 * The kernel image lies at the start of the vmalloc area (KIMAGE_VADDR ==
 * VMALLOC_START), mapped by paging_init(). Linux's map_kernel_segment()
 * declares each segment with vm_area_add_early(); mmu.c runs before us
 * and is not ours, so the same declarations are made here. As Linux,
 * all but the last segment are VM_NO_GUARD.
 */
static struct vm_struct vmlinux_text, vmlinux_rodata, vmlinux_data;

static noinline void __init declare_kernel_vma(struct vm_struct *vma, void *va_start,
				      void *va_end, unsigned long vm_flags)
{
	vma->addr = va_start;
	vma->phys_addr = __pa_symbol(va_start);
	vma->size = PAGE_ALIGN((unsigned long)va_end) - (unsigned long)va_start;
	vma->flags = VM_MAP | vm_flags;
	vma->caller = __builtin_return_address(0);
	vm_area_add_early(vma);
}

static noinline void __init declare_kernel_vmas(void)
{
	declare_kernel_vma(&vmlinux_text, _text, _etext, VM_NO_GUARD);
	declare_kernel_vma(&vmlinux_rodata, __start_rodata, __end_rodata,
			   VM_NO_GUARD);
	declare_kernel_vma(&vmlinux_data, _sdata, _end, 0);
	barrier();	/* no tail call: each area's caller is this function */
}
#endif

/*
 * Everything between the busy areas, within [VMALLOC_START, VMALLOC_END),
 * becomes free. Busy areas are walked in address order (the list).
 */
static void vmap_init_free_space(void)
{
	unsigned long vmap_start = VMALLOC_START;
	const unsigned long vmap_end = VMALLOC_END;
	struct vmap_area *busy, *free;

	list_for_each_entry(busy, &vmap_area_list, list) {
		if (busy->va_start > vmap_start) {
			free = vmap_area_alloc(GFP_NOWAIT);
			if (WARN_ON_ONCE(!free))
				return;
			free->va_start = vmap_start;
			free->va_end = busy->va_start;
			insert_vmap_area_augment(free, &free_vmap_area_root,
						 &free_vmap_area_list);
		}
		vmap_start = busy->va_end;
	}
	if (vmap_end > vmap_start) {
		free = vmap_area_alloc(GFP_NOWAIT);
		if (WARN_ON_ONCE(!free))
			return;
		free->va_start = vmap_start;
		free->va_end = vmap_end;
		insert_vmap_area_augment(free, &free_vmap_area_root,
					 &free_vmap_area_list);
	}
}

/*
 * Set up the trees from scratch (on the host, every test boot calls this
 * again over a fresh arena, so nothing may survive from a previous one).
 */
void __init vmalloc_init(void)
{
	struct vm_struct *tmp;
	struct vmap_area *va;

	vmap_area_root = RB_ROOT;
	free_vmap_area_root = RB_ROOT;
	INIT_LIST_HEAD(&vmap_area_list);
	INIT_LIST_HEAD(&free_vmap_area_list);
	vmap_area_cachep = kmem_cache_create("vmap_area",
					     sizeof(struct vmap_area), 0,
					     SLAB_PANIC, NULL);
	atomic_long_set(&nr_vmalloc_pages, 0);

#ifndef __KERNEL_HOST__
	declare_kernel_vmas();
#endif
	/* the early areas become busy vmap_areas */
	for (tmp = vmlist; tmp; tmp = tmp->next) {
		va = vmap_area_alloc(GFP_NOWAIT);
		if (WARN_ON_ONCE(!va))
			continue;
		va->va_start = (unsigned long)tmp->addr;
		va->va_end = va->va_start + tmp->size;
		va->vm = tmp;
		insert_vmap_area(va, &vmap_area_root, &vmap_area_list);
	}
	vmlist = NULL;

	vmap_init_free_space();
	vmap_initialized = true;
}

/* ---- reporting ---- */

/*
 * One line per area, as Linux's /proc/vmallocinfo (s_show). %pK prints
 * the raw pointer here: there is no kptr_restrict.
 */
static void show_vmap_area(struct seq_file *m, struct vmap_area *va)
{
	struct vm_struct *v = va->vm;

	if (!v) {
		seq_printf(m, "0x%pK-0x%pK %7ld vm_map_ram\n", (void *)va->va_start,
			   (void *)va->va_end, (long)(va->va_end - va->va_start));
		return;
	}
	if (v->flags & VM_UNINITIALIZED)
		return;		/* being set up: Linux skips it too */

	seq_printf(m, "0x%pK-0x%pK %7ld", v->addr, (char *)v->addr + v->size,
		   (long)v->size);
	if (v->caller)
		seq_printf(m, " %pS", v->caller);
	if (v->nr_pages)
		seq_printf(m, " pages=%d", v->nr_pages);
	if (v->phys_addr)
		seq_printf(m, " phys=%pa", &v->phys_addr);
	if (v->flags & VM_IOREMAP)
		seq_printf(m, " ioremap");
	if (v->flags & VM_ALLOC)
		seq_printf(m, " vmalloc");
	if (v->flags & VM_MAP)
		seq_printf(m, " vmap");
	if (v->flags & VM_USERMAP)
		seq_printf(m, " user");
	if (v->flags & VM_DMA_COHERENT)
		seq_printf(m, " dma-coherent");
	if (is_vmalloc_addr(v->pages))
		seq_printf(m, " vpages");
	seq_putc(m, '\n');
}

int vmallocinfo_show(struct seq_file *m, void *v)
{
	struct vmap_area *va;

	spin_lock(&vmap_area_lock);
	list_for_each_entry(va, &vmap_area_list, list)
		show_vmap_area(m, va);
	spin_unlock(&vmap_area_lock);
	return 0;
}

/*
 * For the oops report (arch/arm64/mm/fault.c): which area @addr lies in,
 * in the guard page of, or after. Called with anything possibly held, so
 * the busy tree is read without vmap_area_lock (Linux's
 * vmalloc_dump_obj() uses a trylock; we have none).
 */
void vmalloc_dump_addr(unsigned long addr)
{
	struct rb_node *n = vmap_area_root.rb_node;
	struct vmap_area *va, *below = NULL;
	struct vm_struct *vm;
	unsigned long end;

	if (!vmap_initialized)
		return;
	/* the busy area with the highest start <= addr */
	while (n) {
		va = rb_entry(n, struct vmap_area, rb_node);
		if (addr < va->va_start) {
			n = n->rb_left;
		} else {
			below = va;
			n = n->rb_right;
		}
	}
	if (!below || !below->vm) {
		pr_alert("vmalloc: address %016lx is in no vmalloc area\n", addr);
		return;
	}
	vm = below->vm;
	end = (unsigned long)vm->addr + get_vm_area_size(vm);
	if (addr < end)
		pr_alert("vmalloc: address %016lx is in area [%016lx-%016lx] allocated by %pS\n",
			 addr, (unsigned long)vm->addr, end, vm->caller);
	else if (addr < below->va_end)
		pr_alert("vmalloc: address %016lx is in the guard page after area [%016lx-%016lx] allocated by %pS\n",
			 addr, (unsigned long)vm->addr, end, vm->caller);
	else
		pr_alert("vmalloc: address %016lx is in free vmalloc space after area [%016lx-%016lx] allocated by %pS\n",
			 addr, (unsigned long)vm->addr, end, vm->caller);
}
