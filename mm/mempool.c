// SPDX-License-Identifier: GPL-2.0
/*
 * mm/mempool.c - memory pools: a reserve of min_nr elements, filled at
 * creation, used only when the underlying allocator fails, and refilled
 * first by mempool_free(). Linux: mm/mempool.c.
 *
 * Simplified: Linux's mempool_alloc() with __GFP_DIRECT_RECLAIM sleeps on
 * the pool's wait queue until an element is freed, so it never fails;
 * tinymm's does not wait for an element: an empty pool returns NULL. No
 * mempool_create_node, no page pools, no poisoning of reserved elements.
 */
#include <linux/kernel.h>
#include <linux/mempool.h>
#include <linux/slab.h>
#include <linux/errno.h>
#include <linux/string.h>

static void add_element(mempool_t *pool, void *element)
{
	BUG_ON(pool->curr_nr >= pool->min_nr);
	pool->elements[pool->curr_nr++] = element;
}

static void *remove_element(mempool_t *pool)
{
	BUG_ON(pool->curr_nr <= 0);
	return pool->elements[--pool->curr_nr];
}

void mempool_destroy(mempool_t *pool)
{
	if (unlikely(!pool))
		return;
	while (pool->curr_nr) {
		void *element = remove_element(pool);

		pool->free(element, pool->pool_data);
	}
	kfree(pool->elements);
	kfree(pool);
}

mempool_t *mempool_create(int min_nr, mempool_alloc_t *alloc_fn,
			  mempool_free_t *free_fn, void *pool_data)
{
	mempool_t *pool;

	if (min_nr <= 0)
		return NULL;
	pool = kzalloc(sizeof(*pool), GFP_KERNEL);
	if (!pool)
		return NULL;
	pool->elements = kmalloc_array(min_nr, sizeof(void *), GFP_KERNEL);
	if (!pool->elements) {
		kfree(pool);
		return NULL;
	}
	spin_lock_init(&pool->lock);
	pool->min_nr = min_nr;
	pool->pool_data = pool_data;
	pool->alloc = alloc_fn;
	pool->free = free_fn;

	/* First pre-allocate the guaranteed number of buffers. */
	while (pool->curr_nr < pool->min_nr) {
		void *element = pool->alloc(GFP_KERNEL, pool->pool_data);

		if (unlikely(!element)) {
			mempool_destroy(pool);
			return NULL;
		}
		add_element(pool, element);
	}
	return pool;
}

/* Change min_nr: shrinking frees the surplus, growing allocates more. */
int mempool_resize(mempool_t *pool, int new_min_nr)
{
	void **new_elements;
	unsigned long flags;

	BUG_ON(new_min_nr <= 0);
	spin_lock_irqsave(&pool->lock, flags);
	if (new_min_nr <= pool->min_nr) {
		while (new_min_nr < pool->curr_nr) {
			void *element = remove_element(pool);

			spin_unlock_irqrestore(&pool->lock, flags);
			pool->free(element, pool->pool_data);
			spin_lock_irqsave(&pool->lock, flags);
		}
		pool->min_nr = new_min_nr;
		spin_unlock_irqrestore(&pool->lock, flags);
		return 0;
	}
	spin_unlock_irqrestore(&pool->lock, flags);

	new_elements = kmalloc_array(new_min_nr, sizeof(*new_elements),
				     GFP_KERNEL);
	if (!new_elements)
		return -ENOMEM;
	spin_lock_irqsave(&pool->lock, flags);
	memcpy(new_elements, pool->elements,
	       pool->curr_nr * sizeof(*new_elements));
	kfree(pool->elements);
	pool->elements = new_elements;
	pool->min_nr = new_min_nr;
	while (pool->curr_nr < pool->min_nr) {
		void *element;

		spin_unlock_irqrestore(&pool->lock, flags);
		element = pool->alloc(GFP_KERNEL, pool->pool_data);
		if (!element)
			return 0;	/* as Linux: refilled later by frees */
		spin_lock_irqsave(&pool->lock, flags);
		if (pool->curr_nr < pool->min_nr) {
			add_element(pool, element);
		} else {
			spin_unlock_irqrestore(&pool->lock, flags);
			pool->free(element, pool->pool_data);
			return 0;
		}
	}
	spin_unlock_irqrestore(&pool->lock, flags);
	return 0;
}

/*
 * The allocator first, without trying hard (no reclaim, no reserves, no
 * warning): the pool is the fallback. Then the reserve.
 */
void *mempool_alloc(mempool_t *pool, gfp_t gfp_mask)
{
	unsigned long flags;
	void *element;
	gfp_t gfp_temp;

	gfp_mask |= __GFP_NOMEMALLOC | __GFP_NORETRY | __GFP_NOWARN;
	gfp_temp = gfp_mask & ~(__GFP_DIRECT_RECLAIM | __GFP_IO);

repeat_alloc:
	element = pool->alloc(gfp_temp, pool->pool_data);
	if (likely(element))
		return element;

	spin_lock_irqsave(&pool->lock, flags);
	if (likely(pool->curr_nr)) {
		element = remove_element(pool);
		spin_unlock_irqrestore(&pool->lock, flags);
		return element;
	}
	spin_unlock_irqrestore(&pool->lock, flags);

	/* The first round went without reclaim and IO: try once with them. */
	if (gfp_temp != gfp_mask) {
		gfp_temp = gfp_mask;
		goto repeat_alloc;
	}
	/* Linux sleeps here until mempool_free(); tinymm's pools never wait. */
	return NULL;
}

/* A freed element refills the reserve before it goes back underneath. */
void mempool_free(void *element, mempool_t *pool)
{
	unsigned long flags;

	if (unlikely(element == NULL))
		return;
	if (unlikely(READ_ONCE(pool->curr_nr) < pool->min_nr)) {
		spin_lock_irqsave(&pool->lock, flags);
		if (likely(pool->curr_nr < pool->min_nr)) {
			add_element(pool, element);
			spin_unlock_irqrestore(&pool->lock, flags);
			return;
		}
		spin_unlock_irqrestore(&pool->lock, flags);
	}
	pool->free(element, pool->pool_data);
}

void *mempool_alloc_slab(gfp_t gfp_mask, void *pool_data)
{
	return kmem_cache_alloc((struct kmem_cache *)pool_data, gfp_mask);
}

void mempool_free_slab(void *element, void *pool_data)
{
	kmem_cache_free((struct kmem_cache *)pool_data, element);
}

void *mempool_kmalloc(gfp_t gfp_mask, void *pool_data)
{
	return kmalloc((size_t)pool_data, gfp_mask);
}

void mempool_kfree(void *element, void *pool_data)
{
	kfree(element);
}
