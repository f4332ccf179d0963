/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/mm_types.h - struct page (one per physical page frame) and
 * struct mm_struct (an address space). Linux: include/linux/mm_types.h.
 *
 * struct page is a union of the states a page can be in; the notes draw
 * it as "flags | lru | mapping | index | private | _mapcount | _refcount".
 * Its size matters: one per 4 KB page, so 56 bytes = 1.4% of RAM. Linux's
 * is 64 (it adds memcg_data); the build checks ours stays <= 64.
 */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <asm/pgtable-types.h>

struct address_space;
struct kmem_cache;

struct page {
	/* PG_* bits (page-flags.h); node and zone numbers in the top bits */
	unsigned long flags;
	union {
		/* free in the buddy allocator, on a pcp list, page cache, anon */
		struct {
			/* buddy: link in free_area[order].free_list[mt];
			 * pcp: link in per_cpu_pages.lists[] */
			struct list_head lru;
			/* file pages: their address_space; anon: anon_vma | 1 */
			struct address_space *mapping;
			/* offset within the mapping; pcp: the migrate type
			 * the page was freed with */
			unsigned long index;
			/* buddy head: its order (set_buddy_order) */
			unsigned long private;
		};
		/* a page of a slab (PG_slab): the classic SLAB's struct slab */
		struct {
			struct list_head slab_list;	/* slabs_full/partial/free */
			struct kmem_cache *slab_cache;
			void *freelist;		/* array of free object indexes */
			void *s_mem;		/* first object (after colouring) */
		};
		/* tail page of a compound page */
		struct {
			unsigned long compound_head;	/* head page | 1 */
			unsigned char compound_dtor;
			unsigned char compound_order;
			atomic_t compound_mapcount;
			atomic_t compound_pincount;
			unsigned int compound_nr;	/* 1 << compound_order */
		};
	};
	union {
		/* page-table mappings of this page, starting at -1 */
		atomic_t _mapcount;
		/* slab page: objects in use (reset to -1 before freeing) */
		unsigned int active;
		/*
		 * For pages never mapped to user space, a "page type" instead:
		 * a free buddy block is marked by clearing PG_buddy here.
		 */
		unsigned int page_type;
	};
	/* references: 0 = free; get_page()/put_page() */
	atomic_t _refcount;
};

/*
 * An address space. Only the kernel's own, init_mm, exists so far, and it
 * needs only its page-table root; VMAs, RSS counters and the rest arrive
 * with user address spaces.
 */
struct mm_struct {
	pgd_t *pgd;		/* top-level table (swapper_pg_dir for init_mm) */
	const char *name;
};

extern struct mm_struct init_mm;

#endif
