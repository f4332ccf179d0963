// SPDX-License-Identifier: GPL-2.0
/*
 * mm/slab_common.c - the allocator-independent half of the slab layer:
 * kmem_cache_create/destroy, the kmalloc caches and kmalloc/kfree/krealloc/
 * ksize on top of them, kmalloc_large for sizes no cache holds, and the
 * slabinfo text. Linux: mm/slab_common.c (kfree/ksize live in mm/slab.c
 * there; here they sit with the rest of kmalloc).
 *
 * Simplified: no cache merging (Linux lets a new cache alias an existing
 * one of the same size and flags; we keep every cache visible in slabinfo),
 * no usercopy regions, no kmalloc-rcl-/dma-/cg- variants, no memcg.
 * kmem_cache_destroy() of a cache that still has objects leaves it on the
 * list with its reference restored, so its owner can free the objects and
 * destroy it again (Linux leaves refcount at 0 and the cache leaks).
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/cache.h>
#include <linux/instruction_pointer.h>
#include <linux/slab.h>
#include <linux/seq_file.h>
#include <linux/mm.h>
#include <linux/vmstat.h>
#include <linux/gfp.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/panic.h>
#include "slab.h"

enum slab_state slab_state;
DEFINE_SPINLOCK(slab_mutex);
LIST_HEAD(slab_caches);
struct kmem_cache *kmem_cache;

struct kmem_cache *
kmalloc_caches[NR_KMALLOC_TYPES][KMALLOC_SHIFT_HIGH + 1];

/*
 * Slab pages in use, on the node of @page: NR_SLAB_RECLAIMABLE_B for
 * SLAB_RECLAIM_ACCOUNT caches, NR_SLAB_UNRECLAIMABLE_B for the others
 * and large kmallocs. Linux: account_slab() and kmalloc_order(), which
 * pass bytes that the node counters keep as pages.
 */
void slab_account_pages(struct page *page, long nr_pages, bool reclaimable)
{
	mod_node_page_state(page_pgdat(page), reclaimable ?
			    NR_SLAB_RECLAIMABLE_B : NR_SLAB_UNRECLAIMABLE_B,
			    nr_pages);
}

unsigned long slab_reclaimable_pages(void)
{
	return global_node_page_state_pages(NR_SLAB_RECLAIMABLE_B);
}

unsigned long slab_unreclaimable_pages(void)
{
	return global_node_page_state_pages(NR_SLAB_UNRECLAIMABLE_B);
}

bool slab_is_available(void)
{
	return slab_state >= UP;
}

/* Forget every cache: the host tests boot the page allocator many times. */
void slab_reset_common(void)
{
	int nid;

	slab_state = DOWN;
	spin_lock_init(&slab_mutex);
	INIT_LIST_HEAD(&slab_caches);
	kmem_cache = NULL;
	memset(kmalloc_caches, 0, sizeof(kmalloc_caches));
	for_each_online_node(nid) {
		atomic_long_set(&NODE_DATA(nid)->vm_stat[NR_SLAB_RECLAIMABLE_B], 0);
		atomic_long_set(&NODE_DATA(nid)->vm_stat[NR_SLAB_UNRECLAIMABLE_B], 0);
	}
}

static char *slab_kstrdup(const char *s, gfp_t gfp)
{
	size_t len = strlen(s) + 1;
	char *buf = kmalloc(len, gfp);

	if (buf)
		memcpy(buf, s, len);
	return buf;
}

/*
 * Alignment: what the caller asked for, raised to a cache line for
 * SLAB_HWCACHE_ALIGN - but small objects share a line, so an object of
 * at most half a line only gets half (and so on down).
 */
unsigned int calculate_alignment(slab_flags_t flags, unsigned int align,
				 unsigned int size)
{
	if (flags & SLAB_HWCACHE_ALIGN) {
		unsigned int ralign = cache_line_size();

		while (size <= ralign / 2)
			ralign /= 2;
		align = max(align, ralign);
	}
	align = max_t(unsigned int, align, ARCH_SLAB_MINALIGN);
	return ALIGN(align, sizeof(void *));
}

static struct kmem_cache *create_cache(const char *name,
				       unsigned int object_size,
				       unsigned int align, slab_flags_t flags,
				       void (*ctor)(void *), int *errp)
{
	struct kmem_cache *s;
	int err;

	s = kmem_cache_zalloc(kmem_cache, GFP_KERNEL);
	if (!s) {
		*errp = -ENOMEM;
		return NULL;
	}
	s->name = name;
	s->size = s->object_size = object_size;
	s->align = align;
	s->ctor = ctor;
	err = __kmem_cache_create(s, flags);
	if (err) {
		kmem_cache_free(kmem_cache, s);
		*errp = err;
		return NULL;
	}
	s->refcount = 1;
	list_add(&s->list, &slab_caches);
	return s;
}

struct kmem_cache *kmem_cache_create(const char *name, unsigned int size,
				     unsigned int align, slab_flags_t flags,
				     void (*ctor)(void *))
{
	struct kmem_cache *s = NULL;
	const char *cache_name;
	unsigned long irqflags;
	int err = 0;

	spin_lock_irqsave(&slab_mutex, irqflags);
	if (!name || slab_state < UP || size < sizeof(void *) ||
	    size > KMALLOC_MAX_SIZE || (flags & ~CACHE_CREATE_MASK)) {
		err = -EINVAL;
		goto out_unlock;
	}
	cache_name = slab_kstrdup(name, GFP_KERNEL);
	if (!cache_name) {
		err = -ENOMEM;
		goto out_unlock;
	}
	s = create_cache(cache_name, size,
			 calculate_alignment(flags, align, size), flags, ctor,
			 &err);
	if (!s)
		kfree(cache_name);
out_unlock:
	spin_unlock_irqrestore(&slab_mutex, irqflags);
	if (err) {
		if (flags & SLAB_PANIC)
			panic("%s: Failed to create slab '%s'. Error %d\n",
			      __func__, name, err);
		pr_warn("%s(%s) failed with error %d\n", __func__,
			name ? name : "(null)", err);
		dump_stack();
		return NULL;
	}
	return s;
}

/*
 * The last reference gone, the cache leaves the list under slab_mutex and
 * is shut down after it: the shutdown drains every CPU's array by IPI and
 * waits, which it must not do with interrupts off (another CPU may be
 * spinning for slab_mutex with its interrupts off, and never answer).
 * Linux's slab_mutex is a sleeping mutex, held across the shutdown with
 * interrupts on; tinymm's is a spinlock that the reap timer takes.
 */
void kmem_cache_destroy(struct kmem_cache *s)
{
	unsigned long irqflags;
	int err;

	if (unlikely(!s))
		return;
	spin_lock_irqsave(&slab_mutex, irqflags);
	if (--s->refcount) {
		spin_unlock_irqrestore(&slab_mutex, irqflags);
		return;
	}
	list_del(&s->list);
	spin_unlock_irqrestore(&slab_mutex, irqflags);
	err = __kmem_cache_shutdown(s);
	if (err) {
		spin_lock_irqsave(&slab_mutex, irqflags);
		s->refcount++;		/* kept: see the top of this file */
		list_add(&s->list, &slab_caches);
		spin_unlock_irqrestore(&slab_mutex, irqflags);
		pr_err("%s %s: Slab cache still has objects when called from %pS\n",
		       __func__, s->name, (void *)_RET_IP_);
		return;
	}
	__kmem_cache_release(s);
	kfree(s->name);
	kmem_cache_free(kmem_cache, s);
}

int kmem_cache_shrink(struct kmem_cache *cachep)
{
	return __kmem_cache_shrink(cachep);
}

unsigned int kmem_cache_size(struct kmem_cache *s)
{
	return s->object_size;
}

/* ---- the kmalloc caches ---- */

/* Boot caches (kmem_cache, kmalloc-*): never merged, never destroyed. */
void create_boot_cache(struct kmem_cache *s, const char *name,
		       unsigned int size, slab_flags_t flags)
{
	unsigned int align = ARCH_KMALLOC_MINALIGN;
	int err;

	s->name = name;
	s->size = s->object_size = size;
	/* a power-of-two kmalloc object is naturally aligned (Linux too) */
	if (size && !(size & (size - 1)))
		align = max(align, size);
	s->align = calculate_alignment(flags, align, size);
	err = __kmem_cache_create(s, flags);
	if (err)
		panic("Creation of kmalloc slab %s size=%u failed. Reason %d\n",
		      name, size, err);
	s->refcount = -1;	/* exempt from merging and destroying */
}

struct kmem_cache *create_kmalloc_cache(const char *name, unsigned int size,
					slab_flags_t flags)
{
	struct kmem_cache *s = kmem_cache_zalloc(kmem_cache, GFP_NOWAIT);

	if (!s)
		panic("Out of memory when creating slab %s\n", name);
	create_boot_cache(s, name, size, flags);
	list_add(&s->list, &slab_caches);
	s->refcount = 1;
	return s;
}

#define INIT_KMALLOC_INFO(__size, __short_size)		\
{								\
	.name[KMALLOC_NORMAL] = "kmalloc-" #__short_size,	\
	.size = __size,						\
}

/* Linux's names: sizes from 1024 up print as 1k, 2k, ... */
const struct kmalloc_info_struct kmalloc_info[] = {
	INIT_KMALLOC_INFO(0, 0),
	INIT_KMALLOC_INFO(96, 96),
	INIT_KMALLOC_INFO(192, 192),
	INIT_KMALLOC_INFO(8, 8),
	INIT_KMALLOC_INFO(16, 16),
	INIT_KMALLOC_INFO(32, 32),
	INIT_KMALLOC_INFO(64, 64),
	INIT_KMALLOC_INFO(128, 128),
	INIT_KMALLOC_INFO(256, 256),
	INIT_KMALLOC_INFO(512, 512),
	INIT_KMALLOC_INFO(1024, 1k),
	INIT_KMALLOC_INFO(2048, 2k),
	INIT_KMALLOC_INFO(4096, 4k),
	INIT_KMALLOC_INFO(8192, 8k),
};

/*
 * Sizes up to 192 go through this table (one entry per 8 bytes) so that
 * 65..96 and 129..192 land in the 96 and 192 caches; larger ones by fls.
 */
static u8 size_index[24] = {
	3,	/* 8 */
	4,	/* 16 */
	5,	/* 24 */
	5,	/* 32 */
	6,	/* 40 */
	6,	/* 48 */
	6,	/* 56 */
	6,	/* 64 */
	1,	/* 72 */
	1,	/* 80 */
	1,	/* 88 */
	1,	/* 96 */
	7,	/* 104 */
	7,	/* 112 */
	7,	/* 120 */
	7,	/* 128 */
	2,	/* 136 */
	2,	/* 144 */
	2,	/* 152 */
	2,	/* 160 */
	2,	/* 168 */
	2,	/* 176 */
	2,	/* 184 */
	2	/* 192 */
};

static inline unsigned int size_index_elem(unsigned int bytes)
{
	return (bytes - 1) / 8;
}

/* Linux adjusts size_index[] for KMALLOC_MIN_SIZE > 8; ours is 8. */
void setup_kmalloc_cache_index_table(void)
{
	BUILD_BUG_ON(KMALLOC_MIN_SIZE > 256 ||
		     (KMALLOC_MIN_SIZE & (KMALLOC_MIN_SIZE - 1)));
}

/* The kmalloc cache for @size; NULL for 0, too big, or not created yet. */
struct kmem_cache *kmalloc_slab(size_t size, gfp_t flags)
{
	unsigned int index;

	if (size <= 192) {
		if (!size)
			return NULL;
		index = size_index[size_index_elem(size)];
	} else {
		if (WARN_ON_ONCE(size > KMALLOC_MAX_CACHE_SIZE))
			return NULL;
		index = fls_long(size - 1);
	}
	return kmalloc_caches[KMALLOC_NORMAL][index];
}

/* In size order, 96 after 64 and 192 after 128, as Linux. */
void create_kmalloc_caches(slab_flags_t flags)
{
	int i;

	for (i = KMALLOC_SHIFT_LOW; i <= KMALLOC_SHIFT_HIGH; i++) {
		if (!kmalloc_caches[KMALLOC_NORMAL][i])
			kmalloc_caches[KMALLOC_NORMAL][i] = create_kmalloc_cache(
				kmalloc_info[i].name[KMALLOC_NORMAL],
				kmalloc_info[i].size, flags);
		if (KMALLOC_MIN_SIZE <= 32 && i == 6 &&
		    !kmalloc_caches[KMALLOC_NORMAL][1])
			kmalloc_caches[KMALLOC_NORMAL][1] = create_kmalloc_cache(
				kmalloc_info[1].name[KMALLOC_NORMAL],
				kmalloc_info[1].size, flags);
		if (KMALLOC_MIN_SIZE <= 64 && i == 7 &&
		    !kmalloc_caches[KMALLOC_NORMAL][2])
			kmalloc_caches[KMALLOC_NORMAL][2] = create_kmalloc_cache(
				kmalloc_info[2].name[KMALLOC_NORMAL],
				kmalloc_info[2].size, flags);
	}
	/* Kmalloc array is now usable */
	slab_state = UP;
}

/* What kmalloc(size) really gives: the size of the object that serves it. */
size_t kmalloc_size_roundup(size_t size)
{
	struct kmem_cache *c;

	if (size && size <= KMALLOC_MAX_CACHE_SIZE) {
		c = kmalloc_slab(size, 0);
		return c ? c->object_size : 0;
	}
	if (size > KMALLOC_MAX_SIZE)
		return size;	/* will fail anyway */
	return size ? PAGE_SIZE << get_order(size) : 0;
}

/*
 * Too big for any kmalloc cache: whole pages from the buddy allocator, as
 * one compound page so kfree() can find its order from any pointer to it.
 * Linux: kmalloc_order(); it counts these pages as unreclaimable slab too.
 */
void *kmalloc_large(size_t size, gfp_t flags)
{
	unsigned int order = get_order(size);
	struct page *page;

	if (order >= MAX_ORDER) {
		if (!(flags & __GFP_NOWARN))
			pr_warn("kmalloc_large: size %zu too large (order %u)\n",
				size, order);
		return NULL;
	}
	page = alloc_pages(flags | __GFP_COMP, order);
	if (!page)
		return NULL;
	slab_account_pages(page, 1L << order, false);
	return page_address(page);
}

void *__kmalloc(size_t size, gfp_t flags)
{
	struct kmem_cache *cachep;

	if (unlikely(size > KMALLOC_MAX_CACHE_SIZE))
		return kmalloc_large(size, flags);
	if (unlikely(!size))
		return ZERO_SIZE_PTR;
	cachep = kmalloc_slab(size, flags);
	if (unlikely(!cachep))
		return NULL;
	return __kmem_cache_alloc_caller(cachep, flags, _RET_IP_);
}

/*
 * Is the non-slab @page (the head of @object's pages) a kmalloc_large()
 * block still in use, and @object its start? A second kfree() finds the
 * refcount 0 already: the page allocator reports that (__free_pages:
 * "page already free") and frees nothing. A page that is no compound
 * block (not from kmalloc) or a pointer into the middle of one gets
 * Linux's warning. Either way the caller changes nothing: Linux warns
 * but frees the page and counts it out of Slab (only put_page_testzero's
 * CONFIG_DEBUG_VM BUG catches the double free).
 */
static bool large_kmalloc_in_use(struct page *page, const void *object)
{
	if (unlikely(page_ref_count(page) == 0)) {
		__free_pages(page, compound_order(page));	/* reports */
		return false;
	}
	if (WARN_ON(!PageHead(page) || object != page_address(page))) {
		pr_warn("object pointer: 0x%p\n", object);
		return false;
	}
	return true;
}

static void free_large_kmalloc(struct page *page, void *object)
{
	unsigned int order = compound_order(page);

	if (!large_kmalloc_in_use(page, object))
		return;
	slab_account_pages(page, -(1L << order), false);
	__free_pages(page, order);
}

/*
 * kfree - free memory kmalloc() gave. NULL and ZERO_SIZE_PTR are no-ops;
 * a pointer outside the linear map, into no object, or to memory free
 * already is reported and nothing changes (kmem_addr_invalid, mm/slab.c's
 * free_obj_status, large_kmalloc_in_use). Never sleeps.
 */
void kfree(const void *objp)
{
	struct page *page;

	if (unlikely(ZERO_OR_NULL_PTR(objp)) ||
	    unlikely(kmem_addr_invalid(objp)))
		return;
	page = virt_to_head_page(objp);
	if (!PageSlab(page)) {
		free_large_kmalloc(page, (void *)objp);
		return;
	}
	__kmem_cache_free_caller(page->slab_cache, page, (void *)objp,
				 _RET_IP_);
}

size_t ksize(const void *objp)
{
	struct page *page;

	if (unlikely(ZERO_OR_NULL_PTR(objp)) ||
	    unlikely(kmem_addr_invalid(objp)))
		return 0;
	page = virt_to_head_page(objp);
	if (!PageSlab(page)) {
		/* as Linux's __ksize: only a whole kmalloc_large has a size */
		if (WARN_ON(page_ref_count(page) == 0 || !PageHead(page)))
			return 0;
		if (WARN_ON(objp != page_address(page)))
			return 0;
		return PAGE_SIZE << compound_order(page);
	}
	return __ksize(objp);
}

/*
 * May krealloc() use and free @p? A slab object must be handed out, a
 * kmalloc_large block still allocated; reported if not (as the kfree()
 * it amounts to would be). Linux checks nothing here.
 */
static bool krealloc_valid(const void *p)
{
	struct page *page;

	if (ZERO_OR_NULL_PTR(p))
		return true;
	if (kmem_addr_invalid(p))
		return false;
	page = virt_to_head_page(p);
	if (PageSlab(page))
		return kmem_obj_in_use(page, p);
	return large_kmalloc_in_use(page, p);
}

static void *__do_krealloc(const void *p, size_t new_size, gfp_t flags)
{
	size_t ks = 0;
	void *ret;

	if (!krealloc_valid(p))
		return NULL;
	if (p)
		ks = ksize(p);
	/* the object it lives in is big enough already */
	if (ks >= new_size)
		return (void *)p;
	ret = kmalloc(new_size, flags);
	if (ret && p)
		memcpy(ret, p, ks);
	return ret;
}

void *krealloc(const void *p, size_t new_size, gfp_t flags)
{
	void *ret;

	if (unlikely(!new_size)) {
		kfree(p);
		return ZERO_SIZE_PTR;
	}
	ret = __do_krealloc(p, new_size, flags);
	if (ret && p != ret)
		kfree(p);
	return ret;
}

/* ---- slabinfo: /proc/slabinfo's text ---- */

void print_slabinfo_header(struct seq_file *m)
{
	seq_printf(m, "slabinfo - version: 2.1\n");
	seq_printf(m, "# name            <active_objs> <num_objs> <objsize> <objperslab> <pagesperslab>"
		   " : tunables <limit> <batchcount> <sharedfactor>"
		   " : slabdata <active_slabs> <num_slabs> <sharedavail>\n");
}

void cache_show(struct seq_file *m, struct kmem_cache *s)
{
	struct slabinfo sinfo;

	memset(&sinfo, 0, sizeof(sinfo));
	get_slabinfo(s, &sinfo);
	seq_printf(m, "%-17s %6lu %6lu %6u %4u %4d : tunables %4u %4u %4u : slabdata %6lu %6lu %6lu\n",
		   s->name, sinfo.active_objs, sinfo.num_objs, s->size,
		   sinfo.objects_per_slab, (1 << sinfo.cache_order),
		   sinfo.limit, sinfo.batchcount, sinfo.shared,
		   sinfo.active_slabs, sinfo.num_slabs, sinfo.shared_avail);
}

int slabinfo_show(struct seq_file *m, void *v)
{
	struct kmem_cache *s;
	unsigned long irqflags;

	spin_lock_irqsave(&slab_mutex, irqflags);
	print_slabinfo_header(m);
	list_for_each_entry(s, &slab_caches, list)
		cache_show(m, s);
	spin_unlock_irqrestore(&slab_mutex, irqflags);
	return 0;
}
