/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/slab_def.h - struct kmem_cache of the classic SLAB allocator.
 * Linux: include/linux/slab_def.h (CONFIG_SLAB), with struct array_cache
 * and struct kmem_cache_node from mm/slab.c and mm/slab.h, here in one
 * place so the GDB helpers and the tests see the whole picture.
 *
 * Simplified: no alien caches (remote-node frees lock the remote node);
 * obj_to_index divides plainly instead of by a reciprocal_value; the
 * statistics of CONFIG_DEBUG_SLAB are not kept.
 */
#ifndef _LINUX_SLAB_DEF_H
#define _LINUX_SLAB_DEF_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/smp.h>
#include <linux/numa.h>

/*
 * A stack of free objects: per CPU (no lock, interrupts off) and per node
 * (shared, under list_lock). entry[avail - 1] is the most recently freed
 * object, the one most likely still in this CPU's cache: LIFO on purpose.
 * obj_status is tinymm's: a second array of limit entries after entry[],
 * the address of each object's state byte (mm/slab.c, ac_pop()), so that
 * a pop marks its object handed out without looking up its slab. Linux
 * keeps no state per object.
 */
struct array_cache {
	unsigned int avail;		/* objects in entry[] */
	unsigned int limit;		/* flush when a free finds it full */
	unsigned int batchcount;	/* objects moved per refill / flush */
	unsigned int touched;		/* used since the last cache_reap */
	unsigned char **obj_status;	/* obj_status[i]: entry[i]'s byte */
	void *entry[];
};

/* The slabs of one cache on one node. */
struct kmem_cache_node {
	spinlock_t list_lock;
	struct list_head slabs_partial;	/* partial list first, better asm code */
	struct list_head slabs_full;
	struct list_head slabs_free;
	unsigned long total_slabs;	/* length of all slab lists */
	unsigned long free_slabs;	/* length of free slab list only */
	unsigned long free_objects;	/* free objects on the slab lists */
	unsigned int free_limit;	/* more free objects: give slabs back */
	unsigned int colour_next;	/* per-node cache colouring */
	struct array_cache *shared;	/* shared per node */
	unsigned long next_reap;	/* updated without locking */
	int free_touched;		/* updated without locking */
};

struct kmem_cache {
	/* 1) per-CPU data, touched during every alloc/free */
	struct array_cache __percpu *cpu_cache;

	/* 2) touched by every alloc & free from the backend */
	unsigned int batchcount;
	unsigned int limit;
	unsigned int shared;

	unsigned int size;		/* object + debug words, aligned */
	unsigned int flags;		/* slab_flags_t: constant flags */
	unsigned int num;		/* # of objs per slab */

	/* 3) cache_grow/shrink */
	unsigned int gfporder;		/* order of pgs per slab (2^n) */
	gfp_t allocflags;		/* force GFP flags, e.g. GFP_DMA */
	size_t colour;			/* cache colouring range */
	unsigned int colour_off;	/* colour offset */
	struct kmem_cache *freelist_cache;	/* off-slab freelists */
	unsigned int freelist_size;
	void (*ctor)(void *obj);	/* constructor func */

	/* 4) cache creation/removal */
	const char *name;
	struct list_head list;
	int refcount;
	int object_size;		/* what the user asked for */
	int align;

	/* 5) debugging (slab_debug=, SLAB_RED_ZONE/POISON/STORE_USER) */
	int obj_offset;			/* red zone before the object */
	unsigned long num_taken_out;	/* corrupt objects never reused */

	struct kmem_cache_node *node[MAX_NUMNODES];
};

#endif /* _LINUX_SLAB_DEF_H */
