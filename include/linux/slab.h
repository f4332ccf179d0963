/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/slab.h - the slab allocator's API: object caches
 * (kmem_cache_create/alloc/free/destroy) and kmalloc on top of them.
 * Linux: include/linux/slab.h, built with CONFIG_SLAB (the classic SLAB of
 * mm/slab.c), so struct kmem_cache is SLAB's own
 * (include/linux/slab_def.h).
 *
 * Simplified: one kmalloc cache type (KMALLOC_NORMAL: no -rcl-, dma- or
 * cg- variants), no cache merging (every kmem_cache_create() gets its own
 * cache, so slabinfo shows each), no kmalloc_node/__GFP_ACCOUNT/memcg.
 * The kmalloc range is SLUB's (kmalloc-8 ... kmalloc-8192, larger sizes
 * straight from the page allocator as compound pages), as Linux's SLUB;
 * Linux's SLAB instead has kmalloc-32 ... kmalloc-4M and no kmalloc_large.
 */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/gfp.h>

typedef unsigned int slab_flags_t;

/* ---- kmem_cache_create() flags (values as Linux 5.19) ---- */
#define SLAB_CONSISTENCY_CHECKS	((slab_flags_t)0x00000100U) /* pointer/freelist checks */
#define SLAB_RED_ZONE		((slab_flags_t)0x00000400U) /* words around each object */
#define SLAB_POISON		((slab_flags_t)0x00000800U) /* 0x6b free, 0x5a new */
#define SLAB_HWCACHE_ALIGN	((slab_flags_t)0x00002000U) /* align to cache lines */
#define SLAB_CACHE_DMA		((slab_flags_t)0x00004000U)
#define SLAB_CACHE_DMA32	((slab_flags_t)0x00008000U)
#define SLAB_STORE_USER		((slab_flags_t)0x00010000U) /* remember callers */
#define SLAB_RECLAIM_ACCOUNT	((slab_flags_t)0x00020000U) /* pages count as SReclaimable */
#define SLAB_PANIC		((slab_flags_t)0x00040000U) /* panic if create fails */
#define SLAB_TYPESAFE_BY_RCU	((slab_flags_t)0x00080000U)
#define SLAB_NOLEAKTRACE	((slab_flags_t)0x00800000U)
#define SLAB_ACCOUNT		((slab_flags_t)0x04000000U)

/*
 * ZERO_SIZE_PTR: what kmalloc(0) returns. Dereferencing it faults (it lies
 * in the first page), kfree() accepts it, and it is distinct from NULL so
 * callers can tell "nothing asked for" from "out of memory".
 */
#define ZERO_SIZE_PTR		((void *)16)
#define ZERO_OR_NULL_PTR(x)	((unsigned long)(x) <= (unsigned long)ZERO_SIZE_PTR)

/* Alignment kmalloc guarantees and the minimum slab alignment. */
#define ARCH_KMALLOC_MINALIGN	__alignof__(unsigned long long)
#define ARCH_SLAB_MINALIGN	__alignof__(unsigned long long)

/*
 * kmalloc caches: 2^KMALLOC_SHIFT_LOW ... 2^KMALLOC_SHIFT_HIGH bytes, plus
 * 96 and 192 at indexes 1 and 2 (as Linux). Bigger requests go to the
 * page allocator (kmalloc_large): the SLUB arrangement, PAGE_SIZE * 2.
 */
#define KMALLOC_SHIFT_LOW	3
#define KMALLOC_SHIFT_HIGH	(12 + 1)	/* PAGE_SHIFT + 1 */
#define KMALLOC_SHIFT_MAX	(12 + 10)	/* PAGE_SHIFT + MAX_ORDER - 1 */
#define KMALLOC_MIN_SIZE	(1 << KMALLOC_SHIFT_LOW)
#define KMALLOC_MAX_CACHE_SIZE	(1UL << KMALLOC_SHIFT_HIGH)	/* 8192 */
#define KMALLOC_MAX_SIZE	(1UL << KMALLOC_SHIFT_MAX)	/* 4 MiB */
#define KMALLOC_MAX_ORDER	(KMALLOC_SHIFT_MAX - 12)

enum kmalloc_cache_type {
	KMALLOC_NORMAL = 0,
	NR_KMALLOC_TYPES
};

struct kmem_cache;
extern struct kmem_cache *
kmalloc_caches[NR_KMALLOC_TYPES][KMALLOC_SHIFT_HIGH + 1];

/*
 * Which kmalloc cache serves @size: the index of kmalloc_caches[][].
 * 0 for size 0; -1 if the size is beyond the kmalloc caches.
 */
static __always_inline int kmalloc_index(size_t size)
{
	if (!size)
		return 0;
	if (size <= KMALLOC_MIN_SIZE)
		return KMALLOC_SHIFT_LOW;
	if (KMALLOC_MIN_SIZE <= 32 && size > 64 && size <= 96)
		return 1;
	if (KMALLOC_MIN_SIZE <= 64 && size > 128 && size <= 192)
		return 2;
	if (size <=   8) return 3;
	if (size <=  16) return 4;
	if (size <=  32) return 5;
	if (size <=  64) return 6;
	if (size <= 128) return 7;
	if (size <= 256) return 8;
	if (size <= 512) return 9;
	if (size <= 1024) return 10;
	if (size <= 2048) return 11;
	if (size <= 4096) return 12;
	if (size <= 8192) return 13;
	return -1;
}

/* ---- object caches ---- */
struct kmem_cache *kmem_cache_create(const char *name, unsigned int size,
				     unsigned int align, slab_flags_t flags,
				     void (*ctor)(void *));
void kmem_cache_destroy(struct kmem_cache *s);
int kmem_cache_shrink(struct kmem_cache *s);
void *kmem_cache_alloc(struct kmem_cache *cachep, gfp_t flags);
void kmem_cache_free(struct kmem_cache *cachep, void *objp);
unsigned int kmem_cache_size(struct kmem_cache *s);

static inline void *kmem_cache_zalloc(struct kmem_cache *k, gfp_t flags)
{
	return kmem_cache_alloc(k, flags | __GFP_ZERO);
}

/* ---- kmalloc ---- */
void *__kmalloc(size_t size, gfp_t flags);
void *kmalloc_large(size_t size, gfp_t flags);
void kfree(const void *objp);
size_t ksize(const void *objp);
void *krealloc(const void *p, size_t new_size, gfp_t flags);
size_t kmalloc_size_roundup(size_t size);
struct kmem_cache *kmalloc_slab(size_t size, gfp_t flags);

static __always_inline void *kmalloc(size_t size, gfp_t flags)
{
	return __kmalloc(size, flags);
}

static inline void *kzalloc(size_t size, gfp_t flags)
{
	return kmalloc(size, flags | __GFP_ZERO);
}

/* n * size, or NULL if the product overflows (it would be a short buffer). */
static inline void *kmalloc_array(size_t n, size_t size, gfp_t flags)
{
	size_t bytes;

	if (unlikely(__builtin_mul_overflow(n, size, &bytes)))
		return NULL;
	return __kmalloc(bytes, flags);
}

static inline void *kcalloc(size_t n, size_t size, gfp_t flags)
{
	return kmalloc_array(n, size, flags | __GFP_ZERO);
}

/* ---- boot, reaping, accounting ---- */
void kmem_cache_init(void);
void kmem_cache_init_late(void);
/* One reaping pass on this CPU; its timer runs one every 2 s. */
void cache_reap(void);
/* The reap timers: on each online CPU, and each CPU that comes up. */
void cpucache_init(void);
bool slab_is_available(void);
unsigned long slab_reclaimable_pages(void);	/* meminfo SReclaimable */
unsigned long slab_unreclaimable_pages(void);	/* meminfo SUnreclaim */
struct seq_file;
int slabinfo_show(struct seq_file *m, void *v);	/* /proc/slabinfo */

#include <linux/slab_def.h>

#endif /* _LINUX_SLAB_H */
