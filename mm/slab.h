/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mm/slab.h - what mm/slab.c and mm/slab_common.c share (and the tests
 * look at): the bootstrap state, the list of caches, the kmalloc tables,
 * slabinfo's numbers, the freelist index type and the debug report count.
 * Linux: mm/slab.h.
 */
#ifndef MM_SLAB_H
#define MM_SLAB_H

#include <linux/slab.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/mm.h>

/*
 * How far kmem_cache_init() has got (Linux's names). Allocation works from
 * PARTIAL on for the caches that exist; kmalloc() works from UP.
 */
enum slab_state {
	DOWN,		/* Before kmem_cache_init(): no slab functionality */
	PARTIAL,	/* SLUB: kmem_cache_node available; SLAB: kmem_cache */
	PARTIAL_NODE,	/* SLAB: kmalloc size for node struct available */
	UP,		/* Slab caches usable but not all extras yet */
	FULL		/* Everything is working */
};

extern enum slab_state slab_state;
extern spinlock_t slab_mutex;	/* Linux: a mutex; nothing sleeps here */
extern struct list_head slab_caches;
extern struct kmem_cache *kmem_cache;	/* the cache of caches */
/* cache_reap() passes per CPU (tinymm's count, for the tests) */
DECLARE_PER_CPU(unsigned long, slab_reap_count);

/* Internal cache flags (Linux: CFLGS_*, in the top bits of slab_flags_t) */
#define CFLGS_OBJFREELIST_SLAB	((slab_flags_t)0x40000000U)
#define CFLGS_OFF_SLAB		((slab_flags_t)0x80000000U)
#define OFF_SLAB(x)		((x)->flags & CFLGS_OFF_SLAB)

#define SLAB_DEBUG_FLAGS	(SLAB_CONSISTENCY_CHECKS | SLAB_RED_ZONE | \
				 SLAB_POISON | SLAB_STORE_USER)
#define SLAB_CORE_FLAGS		(SLAB_HWCACHE_ALIGN | SLAB_CACHE_DMA | \
				 SLAB_CACHE_DMA32 | SLAB_PANIC | \
				 SLAB_TYPESAFE_BY_RCU | SLAB_RECLAIM_ACCOUNT | \
				 SLAB_NOLEAKTRACE | SLAB_ACCOUNT)
#define CACHE_CREATE_MASK	(SLAB_CORE_FLAGS | SLAB_DEBUG_FLAGS)

/*
 * The freelist is an array of object indexes. Linux's rule: one byte per
 * index if no page can hold more than 256 of the smallest object, else two.
 * With 8-byte kmalloc objects and 4 KB pages that gives two bytes.
 */
#define SLAB_OBJ_MIN_SIZE	(KMALLOC_MIN_SIZE < 16 ? KMALLOC_MIN_SIZE : 16)
#define FREELIST_BYTE_INDEX	(((PAGE_SIZE >> 8) <= SLAB_OBJ_MIN_SIZE) ? 1 : 0)
#if FREELIST_BYTE_INDEX
typedef unsigned char freelist_idx_t;
#else
typedef unsigned short freelist_idx_t;
#endif
#define SLAB_OBJ_MAX_NUM	((1 << sizeof(freelist_idx_t) * 8) - 1)

/*
 * Beside the freelist, one state byte per object: OBJECT_ACTIVE while the
 * object is handed out, OBJECT_FREE while it sits in an array cache or on
 * its slab's freelist. A free checks and flips it in O(1): the double-free
 * check every free makes; the pop from an array flips it back through the
 * address kept in ac->obj_status[] (Linux <= 4.5 kept the same bytes,
 * set_obj_status(), for CONFIG_DEBUG_SLAB_LEAK only; see mm/slab.c's
 * header).
 */
#define OBJECT_FREE		(0)
#define OBJECT_ACTIVE		(1)

/*
 * Bytes of freelist for @nr_objs objects: indexes, then state bytes,
 * rounded up so that an on-slab freelist (at the slab's end) starts
 * aligned for its indexes.
 */
static inline size_t calculate_freelist_size(unsigned int nr_objs)
{
	return ALIGN(nr_objs * (sizeof(freelist_idx_t) + sizeof(char)),
		     sizeof(freelist_idx_t));
}

/* Linux: SLAB_MAX_ORDER_HI/LO; slab_max_order= boot parameter */
#define SLAB_MAX_ORDER_HI	1
#define SLAB_MAX_ORDER_LO	0
extern int slab_max_order;

/* name and size of each kmalloc cache, by index */
struct kmalloc_info_struct {
	const char *name[NR_KMALLOC_TYPES];
	unsigned int size;
};
extern const struct kmalloc_info_struct kmalloc_info[];

/* One row of slabinfo (Linux: struct slabinfo, filled by get_slabinfo) */
struct slabinfo {
	unsigned long active_objs;
	unsigned long num_objs;
	unsigned long active_slabs;
	unsigned long num_slabs;
	unsigned long shared_avail;
	unsigned int limit;
	unsigned int batchcount;
	unsigned int shared;
	unsigned int objects_per_slab;
	unsigned int cache_order;
};

/* ---- mm/slab.c, called by slab_common.c ---- */
int __kmem_cache_create(struct kmem_cache *cachep, slab_flags_t flags);
int __kmem_cache_shutdown(struct kmem_cache *cachep);
void __kmem_cache_release(struct kmem_cache *cachep);
int __kmem_cache_shrink(struct kmem_cache *cachep);
void get_slabinfo(struct kmem_cache *cachep, struct slabinfo *sinfo);
size_t __ksize(const void *objp);
void *__kmem_cache_alloc_caller(struct kmem_cache *cachep, gfp_t flags,
				unsigned long caller);
void __kmem_cache_free_caller(struct kmem_cache *cachep, struct page *page,
			      void *objp, unsigned long caller);
bool kmem_obj_in_use(struct page *page, const void *objp);
slab_flags_t kmem_cache_flags(unsigned int object_size, slab_flags_t flags,
			      const char *name);

/* ---- mm/slab_common.c ---- */
unsigned int calculate_alignment(slab_flags_t flags, unsigned int align,
				 unsigned int size);
void create_boot_cache(struct kmem_cache *s, const char *name,
		       unsigned int size, slab_flags_t flags);
struct kmem_cache *create_kmalloc_cache(const char *name, unsigned int size,
					slab_flags_t flags);
void create_kmalloc_caches(slab_flags_t flags);
void setup_kmalloc_cache_index_table(void);
void slab_reset_common(void);
void slab_account_pages(struct page *page, long nr_pages, bool reclaimable);
void print_slabinfo_header(struct seq_file *m);
void cache_show(struct seq_file *m, struct kmem_cache *s);

/* ---- debugging ---- */
extern unsigned long slab_nr_reports;	/* BUG <cache>: ... reports so far */
extern slab_flags_t slub_debug;		/* slab_debug= letters, for all caches */

/* ---- for the tests: SLAB's internals with Linux's names ---- */
size_t calculate_slab_order(struct kmem_cache *cachep, size_t size,
			    slab_flags_t flags);
unsigned int cache_estimate(unsigned long gfporder, size_t buffer_size,
			    slab_flags_t flags, size_t *left_over);
void drain_cpu_caches(struct kmem_cache *cachep);

static inline struct array_cache *cpu_cache_get(struct kmem_cache *cachep)
{
	return this_cpu_ptr(cachep->cpu_cache);
}

static inline struct kmem_cache_node *get_node(struct kmem_cache *s, int node)
{
	return s->node[node];
}

#define for_each_kmem_cache_node(__s, __node, __n) \
	for (__node = 0; __node < MAX_NUMNODES; __node++) \
		if ((__n = get_node(__s, __node)))

static inline void *index_to_obj(struct kmem_cache *cache,
				 const struct page *page, unsigned int idx)
{
	return (char *)page->s_mem + cache->size * idx;
}

/*
 * Linux: reciprocal_divide() of the same u32 offset; a plain division here
 * (see slab_def.h), one udiv on arm64. An address below s_mem wraps to an
 * index >= num.
 */
static inline unsigned int obj_to_index(const struct kmem_cache *cache,
					const struct page *page, void *obj)
{
	u32 offset = (char *)obj - (char *)page->s_mem;

	return offset / cache->size;
}

static inline freelist_idx_t get_free_obj(struct page *page, unsigned int idx)
{
	return ((freelist_idx_t *)page->freelist)[idx];
}

static inline struct page *virt_to_head_page(const void *x)
{
	return compound_head(virt_to_page(x));
}

/* The state byte of object @idx of @page (a slab of @cache). */
static inline u8 *obj_status(const struct kmem_cache *cache,
			     const struct page *page, unsigned int idx)
{
	return (u8 *)page->freelist + cache->num * sizeof(freelist_idx_t) + idx;
}

static inline void set_obj_status(const struct kmem_cache *cache,
				  const struct page *page, unsigned int idx,
				  u8 val)
{
	*obj_status(cache, page, idx) = val;
}

static inline u8 get_obj_status(const struct kmem_cache *cache,
				const struct page *page, unsigned int idx)
{
	return *obj_status(cache, page, idx);
}

/*
 * kmem_addr_invalid - may kfree/kmem_cache_free/ksize/krealloc look up the
 * struct page of @x? Only for an address in the linear map with memmap
 * behind it. Otherwise warns (CONFIG_DEBUG_VIRTUAL's "virt_to_phys used for
 * non-linear address" for a global, vmalloc or fixmap address) and returns
 * true: the caller must change nothing. Linux trusts the pointer here and
 * reads whatever struct page virt_to_page() computes. Any context.
 */
static __always_inline bool kmem_addr_invalid(const void *x)
{
	if (unlikely(!virt_addr_valid(x))) {
		__virt_to_phys((unsigned long)x);	/* for its warning */
		return true;
	}
	return WARN(unlikely(!pfn_valid(virt_to_pfn(x))),
		    "%s: no memmap for address %px (%pS)\n", __func__, x, x);
}

/* The cache an object belongs to; NULL (and a warning) if not a slab's. */
static inline struct kmem_cache *virt_to_cache(const void *obj)
{
	struct page *page = virt_to_head_page(obj);

	if (WARN_ONCE(!PageSlab(page), "%s: Object is not a Slab page!\n",
		      __func__))
		return NULL;
	return page->slab_cache;
}

/*
 * cache_from_obj - the cache @x really belongs to, with a warning if that
 * is not @s (kmem_cache_free() to the wrong cache): the object then goes
 * back to its own cache, as in Linux. NULL if @x is no slab object. Linux
 * checks this only with CONFIG_SLAB_FREELIST_HARDENED or consistency
 * checks; here always, as it is one compare beside the state byte's load.
 */
static inline struct kmem_cache *cache_from_obj(struct kmem_cache *s, void *x)
{
	struct kmem_cache *cachep = virt_to_cache(x);

	WARN(cachep && cachep != s,
	     "%s: Wrong slab cache. %s but object is from %s\n",
	     __func__, s->name, cachep->name);
	return cachep;
}

#endif /* MM_SLAB_H */
