// SPDX-License-Identifier: GPL-2.0
/*
 * mm/slab.c - the classic SLAB allocator: caches of equal-sized objects
 * carved out of slabs (2^gfporder pages from the buddy allocator), with a
 * per-CPU stack of free objects (array_cache) in front of everything.
 * Linux: mm/slab.c (CONFIG_SLAB, v5.19), same names and structure.
 *
 * The path of an allocation, fastest first:
 *   ____cache_alloc        pop this CPU's array_cache (no lock)
 *   cache_alloc_refill     empty: move batchcount objects in from the
 *                          node's shared array, else from partial/free slabs
 *   cache_grow_begin/end   no free object on the node: a new slab from
 *                          alloc_pages(), coloured, its freelist initialised
 * and of a free: push on the array_cache; full: cache_flusharray moves
 * batchcount objects to the shared array or back into their slabs
 * (free_block), and free slabs beyond free_limit go back to the buddy
 * allocator. cache_reap trims the arrays and free lists a little per call.
 *
 * A slab: [colour_off * colour_next][obj 0][obj 1]...[obj num-1][freelist]
 * where the freelist (on-slab at the end, or off-slab in a kmalloc cache)
 * is an array of object indexes: entries [active, num) are the free ones;
 * after it, one state byte per object (OBJECT_ACTIVE / OBJECT_FREE).
 *
 * Every free is checked, debugging or not, before it changes anything:
 * the pointer must be the start of an object of a slab page (the index
 * from obj_to_index must map back to it: no interior pointers), of the
 * cache it is freed to (cache_from_obj), and that object must be handed
 * out (its state byte: no double free, wherever the first free put it).
 * A bad free is reported (and taints B) and dropped; the kernel carries
 * on. Linux's SLAB checks nothing of this without CONFIG_DEBUG_SLAB (then:
 * red zone words at free, and a search of the slab's freelist in
 * slab_put_obj, long after the free) and BUG()s; with
 * CONFIG_SLAB_FREELIST_HARDENED its __free_one only refuses a free of the
 * object on top of the array, and SLUB's set_freepointer one of the object
 * at the head of its freelist. The state bytes are old SLAB's
 * set_obj_status() (CONFIG_DEBUG_SLAB_LEAK, Linux <= 4.5), kept always:
 * one byte per object, as that layout's cache_estimate counted.
 *
 * What keeps them cheap: the free sets its byte OBJECT_FREE (it found
 * page and index for the pointer check) and pushes the byte's address
 * with the object; the address rides along in ac->obj_status[] through
 * the per-CPU and shared arrays, so the pop that hands the object out
 * sets OBJECT_ACTIVE with two loads and a store, no page lookup. A refill
 * from a slab knows the index; free_block leaves the byte as it is. So
 * the byte is exact at every moment: OBJECT_FREE iff the object sits in
 * an array or on its slab's freelist. The price is a second pointer per
 * array entry, which Linux's array_cache does not have.
 *
 * Simplified, and why:
 * - no OBJFREELIST_SLAB (the freelist kept inside a free object): on-slab
 *   and off-slab show the idea; the third placement is an optimisation;
 * - no alien caches: an object freed on another node's CPU goes straight
 *   to its own node's lists under that node's lock;
 * - cache_reap runs every 2 s on each CPU from a timer in hard-IRQ
 *   context (kernel/time/timer.c); Linux runs it from a deferrable delayed
 *   work in process context, which tinymm lacks;
 * - kmem_cache_init_late()'s work (final array sizes) is done at the end of
 *   kmem_cache_init(): one CPU, nothing to wait for;
 * - debugging is runtime (slab_debug=, SLAB_* flags) instead of
 *   CONFIG_DEBUG_SLAB, and reports in SLUB's shape ("BUG <cache> (Not
 *   tainted): ..."): SLAB's own reports are terser. A corrupt object is
 *   taken out of use for good; SLAB would BUG().
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/percpu.h>
#include <linux/mm.h>
#include <linux/gfp.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/poison.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/smp.h>
#include <linux/numa.h>
#include <linux/cache.h>
#include <linux/instruction_pointer.h>
#include <linux/topology.h>
#include <linux/timer.h>
#include <linux/jiffies.h>
#include <linux/cpuhotplug.h>
#include "internal.h"
#include "slab.h"

#define BYTES_PER_WORD		sizeof(void *)
#define REDZONE_ALIGN		max(BYTES_PER_WORD, __alignof__(unsigned long long))
#define BOOT_CPUCACHE_ENTRIES	1
#define BATCHREFILL_LIMIT	16	/* refill at most this many when cold */
/* cache_reap() every 2 s per CPU; a node's shared array and free list 4 s */
#define REAPTIMEOUT_AC		(2 * HZ)
#define REAPTIMEOUT_NODE	(4 * HZ)

/* The cache of caches is static: it can't come from itself. */
static struct kmem_cache kmem_cache_boot;

/*
 * Node structures for the first two caches (kmem_cache and the kmalloc
 * cache that will hold kmem_cache_node), until kmalloc can give real ones.
 */
#define NUM_INIT_LISTS	(2 * MAX_NUMNODES)
#define CACHE_CACHE	0
#define SIZE_NODE	(MAX_NUMNODES)
static struct kmem_cache_node init_kmem_cache_node[NUM_INIT_LISTS];

#define INDEX_NODE	kmalloc_index(sizeof(struct kmem_cache_node))

int slab_max_order = SLAB_MAX_ORDER_LO;
static bool slab_max_order_set;

unsigned long slab_nr_reports;
slab_flags_t slub_debug;	/* slab_debug=: applied to every cache */
/*
 * Has any cache debug flags? Linux (SLUB) keeps this as a static key,
 * slub_debug_enabled, so that kmem_cache_debug() costs a patched-out
 * jump until then; a bool costs a load, still less than the flags test.
 */
static bool slub_debug_enabled;

static void kmem_cache_node_init(struct kmem_cache_node *parent)
{
	memset(parent, 0, sizeof(*parent));
	INIT_LIST_HEAD(&parent->slabs_full);
	INIT_LIST_HEAD(&parent->slabs_partial);
	INIT_LIST_HEAD(&parent->slabs_free);
	spin_lock_init(&parent->list_lock);
}

/* ---- array caches ---- */

/*
 * Hand out the newest object of @ac (not empty); the caller holds it.
 * Every object in an array is OBJECT_FREE, and ac->obj_status[i] is the
 * address of entry[i]'s state byte: the free that pushed it had found it
 * (page and index), as had the refill that took it from its slab. So the
 * pop flips the byte with two loads and a store, no page lookup.
 */
static __always_inline void *ac_pop(struct array_cache *ac)
{
	unsigned int i = --ac->avail;
	void *objp = ac->entry[i];

	*ac->obj_status[i] = OBJECT_ACTIVE;
	return objp;
}

/* @objp, free (*@status == OBJECT_FREE), on top of @ac (not full). */
static __always_inline void ac_push(struct array_cache *ac, void *objp,
				    u8 *status)
{
	unsigned int i = ac->avail;
	u8 **slot = &ac->obj_status[i];

	ac->entry[i] = objp;
	*slot = status;
	ac->avail = i + 1;
}

/* Copy @nr entries of @from, from index @i, to @to at index @j. */
static void ac_copy(struct array_cache *to, unsigned int j,
		    struct array_cache *from, unsigned int i, unsigned int nr)
{
	memmove(&to->entry[j], &from->entry[i], sizeof(void *) * nr);
	memmove(&to->obj_status[j], &from->obj_status[i], sizeof(u8 *) * nr);
}

/* The @nr oldest entries of @ac left (to a slab or the shared array). */
static void ac_drop_oldest(struct array_cache *ac, unsigned int nr)
{
	ac->avail -= nr;
	ac_copy(ac, 0, ac, nr, ac->avail);
}

static void init_arraycache(struct array_cache *ac, int limit, int batch)
{
	ac->avail = 0;
	ac->limit = limit;
	ac->batchcount = batch;
	ac->touched = 0;
	ac->obj_status = (u8 **)&ac->entry[limit];
}

/* A node's shared array (Linux: kmalloc_node on @node). */
static struct array_cache *alloc_arraycache(int node, int entries,
					    int batchcount, gfp_t gfp)
{
	size_t memsize = 2 * sizeof(void *) * entries +
			 sizeof(struct array_cache);
	struct array_cache *ac = kmalloc(memsize, gfp);

	if (ac)
		init_arraycache(ac, entries, batchcount);
	return ac;
}

static void free_arraycache(struct array_cache *ac)
{
	kfree(ac);
}

/*
 * One array of @entries per possible CPU, each in that CPU's per-CPU
 * unit with its entries inline (v5.19 does the same; tinymm's second
 * pointer per entry, obj_status, doubles the size). Returns the per-CPU
 * pointer or NULL.
 */
static struct array_cache __percpu *
alloc_kmem_cache_cpus(struct kmem_cache *cachep, int entries, int batchcount)
{
	size_t size = sizeof(struct array_cache) + 2 * sizeof(void *) * entries;
	struct array_cache __percpu *cpu_cache;
	unsigned int cpu;

	cpu_cache = __alloc_percpu(size, sizeof(void *));
	if (!cpu_cache)
		return NULL;
	for_each_possible_cpu(cpu)
		init_arraycache(per_cpu_ptr(cpu_cache, cpu), entries,
				batchcount);
	return cpu_cache;
}

/* ---- debugging: red zones, poison, owner tracking, reports ---- */

struct track {
	unsigned long addr;	/* caller */
	unsigned long when;	/* ms since boot */
	int cpu;
	int pid;
};

enum track_item { TRACK_ALLOC, TRACK_FREE };

static inline bool cache_debug(struct kmem_cache *cachep)
{
	if (unlikely(slub_debug_enabled))
		return cachep->flags & SLAB_DEBUG_FLAGS;
	return false;
}

/* objp is the start of the buffer: the red zone precedes the object */
static u64 *dbg_redzone1(struct kmem_cache *cachep, void *objp)
{
	return (u64 *)((char *)objp + cachep->obj_offset - sizeof(u64));
}

static u64 *dbg_redzone2(struct kmem_cache *cachep, void *objp)
{
	return (u64 *)((char *)objp + cachep->obj_offset +
		       ALIGN(cachep->object_size, REDZONE_ALIGN));
}

static struct track *dbg_track(struct kmem_cache *cachep, void *objp,
			       enum track_item item)
{
	char *p = (char *)objp + cachep->obj_offset +
		  ALIGN(cachep->object_size, REDZONE_ALIGN);

	if (cachep->flags & SLAB_RED_ZONE)
		p += sizeof(u64);
	return (struct track *)p + item;
}

static unsigned long slab_now_ms(void)
{
	return local_clock() / 1000000;
}

static void set_track(struct kmem_cache *cachep, void *objp,
		      enum track_item item, unsigned long addr)
{
	struct track *t = dbg_track(cachep, objp, item);

	t->addr = addr;
	t->when = slab_now_ms();
	t->cpu = smp_processor_id();
	t->pid = current_pid();
}

static void poison_obj(struct kmem_cache *cachep, void *addr, u8 val)
{
	int size = cachep->object_size;
	u8 *p = (u8 *)addr + cachep->obj_offset;

	memset(p, val, size);
	p[size - 1] = POISON_END;
}

/*
 * The head of every report. As SLUB's slab_err()/object_err(), each report
 * ends with add_taint(TAINT_BAD_PAGE, LOCKDEP_NOW_UNRELIABLE): this line
 * and the report's stack dump show the taint from before, the next ones 'B'.
 */
static void slab_bug(struct kmem_cache *s, const char *fmt, ...)
{
	char buf[160];
	va_list args;

	va_start(args, fmt);
	vsnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	slab_nr_reports++;
	pr_err("=============================================================================\n");
	pr_err("BUG %s (%s): %s\n", s->name, print_tainted(), buf);
	pr_err("-----------------------------------------------------------------------------\n\n");
}

static void slab_fix(struct kmem_cache *s, const char *fmt, ...)
{
	char buf[160];
	va_list args;

	va_start(args, fmt);
	vsnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	pr_err("FIX %s: %s\n", s->name, buf);
}

static void print_section(const char *text, void *addr, unsigned int length)
{
	print_hex_dump(KERN_ERR, text, DUMP_PREFIX_ADDRESS, 16, 1, addr,
		       length, true);
}

static void print_track(const char *s, struct track *t, unsigned long now)
{
	if (!t->addr)
		return;
	pr_err("INFO: %s in %pS age=%lu cpu=%u pid=%d\n", s, (void *)t->addr,
	       now - t->when, t->cpu, t->pid);
}

static void print_slab_info(struct kmem_cache *s, struct page *page)
{
	pr_err("INFO: Slab 0x%p objects=%u used=%u fp=0x%p flags=0x%lx\n",
	       page, s->num, page->active, page->freelist, page->flags);
}

/* Everything known about the object at buffer @objp. */
static void print_trailer(struct kmem_cache *s, struct page *page, void *objp)
{
	u8 *p = (u8 *)objp + s->obj_offset;
	u8 *addr = page_address(page);
	unsigned int off;

	if (s->flags & SLAB_STORE_USER) {
		unsigned long now = slab_now_ms();

		print_track("Allocated", dbg_track(s, objp, TRACK_ALLOC), now);
		print_track("Freed", dbg_track(s, objp, TRACK_FREE), now);
	}
	print_slab_info(s, page);
	pr_err("INFO: Object 0x%p @offset=%tu fp=0x%p\n\n", p, p - addr,
	       page->freelist);
	if (s->flags & SLAB_RED_ZONE)
		print_section("Redzone  ", dbg_redzone1(s, objp), sizeof(u64));
	else if (p >= (u8 *)page->s_mem + 16)
		print_section("Bytes b4 ", p - 16, 16);
	print_section("Object   ", p, min_t(unsigned int, s->object_size,
					      PAGE_SIZE));
	off = s->obj_offset + ALIGN(s->object_size, REDZONE_ALIGN);
	if (s->flags & SLAB_RED_ZONE) {
		print_section("Redzone  ", dbg_redzone2(s, objp), sizeof(u64));
		off += sizeof(u64);
	}
	if (s->flags & SLAB_STORE_USER)
		off += 2 * sizeof(struct track);
	if (off < s->size)
		print_section("Padding  ", (u8 *)objp + off, s->size - off);
	dump_stack();
}

static void object_err(struct kmem_cache *s, struct page *page, void *objp,
		       const char *reason)
{
	slab_bug(s, "%s", reason);
	print_trailer(s, page, objp);
	add_taint(TAINT_BAD_PAGE, LOCKDEP_NOW_UNRELIABLE);
}

/*
 * Compare @bytes at @start with @expect (bytes; @pattern_len repeats it,
 * or 0: expect[] is as long as the range). Report and restore if not.
 */
static bool check_bytes_and_report(struct kmem_cache *s, struct page *page,
				   void *objp, const char *what, u8 *start,
				   const u8 *expect, unsigned int pattern_len,
				   unsigned int bytes)
{
	unsigned int i, first = bytes, last = 0;

	for (i = 0; i < bytes; i++) {
		u8 e = expect[pattern_len ? i % pattern_len : i];

		if (start[i] != e) {
			if (first == bytes)
				first = i;
			last = i;
		}
	}
	if (first == bytes)
		return true;
	slab_bug(s, "%s overwritten", what);
	pr_err("INFO: 0x%p-0x%p @offset=%tu. First byte 0x%x instead of 0x%x\n",
	       start + first, start + last,
	       start + first - (u8 *)page_address(page), start[first],
	       expect[pattern_len ? first % pattern_len : first]);
	print_trailer(s, page, objp);
	add_taint(TAINT_BAD_PAGE, LOCKDEP_NOW_UNRELIABLE);
	for (i = first; i <= last; i++)
		start[i] = expect[pattern_len ? i % pattern_len : i];
	slab_fix(s, "Restoring %s 0x%p-0x%p=0x%x", what, start + first,
		 start + last, expect[pattern_len ? first % pattern_len : first]);
	return false;
}

static bool check_redzones(struct kmem_cache *s, struct page *page,
			   void *objp, u64 val)
{
	bool ok;

	ok = check_bytes_and_report(s, page, objp, "Redzone",
				    (u8 *)dbg_redzone1(s, objp), (u8 *)&val,
				    sizeof(u64), sizeof(u64));
	return check_bytes_and_report(s, page, objp, "Redzone",
				      (u8 *)dbg_redzone2(s, objp), (u8 *)&val,
				      sizeof(u64), sizeof(u64)) && ok;
}

static bool check_poison_obj(struct kmem_cache *s, struct page *page,
			     void *objp)
{
	u8 *p = (u8 *)objp + s->obj_offset;
	u8 free = POISON_FREE, end = POISON_END;

	if (!check_bytes_and_report(s, page, objp, "Poison", p, &free, 1,
				    s->object_size - 1))
		return false;
	return check_bytes_and_report(s, page, objp, "Poison",
				      p + s->object_size - 1, &end, 1, 1);
}

static void take_out_of_use(struct kmem_cache *s, void *objp)
{
	s->num_taken_out++;
	slab_fix(s, "Marking object 0x%p as taken out of use",
		 (u8 *)objp + s->obj_offset);
}

/* ---- choosing num and gfporder ---- */

/* How many objects fit in a slab of 2^gfporder pages, and what is left. */
unsigned int cache_estimate(unsigned long gfporder, size_t buffer_size,
			    slab_flags_t flags, size_t *left_over)
{
	size_t slab_size = PAGE_SIZE << gfporder;
	unsigned int num;

	/*
	 * Off-slab (or in-object) freelist: the whole slab is objects.
	 * On-slab: each object also costs its freelist_idx_t and state byte.
	 */
	if (flags & (CFLGS_OBJFREELIST_SLAB | CFLGS_OFF_SLAB)) {
		num = slab_size / buffer_size;
		*left_over = slab_size % buffer_size;
	} else {
		num = slab_size / (buffer_size + sizeof(freelist_idx_t) +
				   sizeof(char));
		/* the freelist is rounded up to align its indexes */
		if (num * buffer_size + calculate_freelist_size(num) >
		    slab_size)
			num--;
		*left_over = slab_size - num * buffer_size -
			     calculate_freelist_size(num);
	}
	return num;
}

/*
 * The smallest order whose waste is at most 1/8 of the slab (bounded by
 * slab_max_order), as Linux. Returns the bytes left over for colouring.
 */
size_t calculate_slab_order(struct kmem_cache *cachep, size_t size,
			    slab_flags_t flags)
{
	size_t left_over = 0;
	int gfporder;

	for (gfporder = 0; gfporder <= KMALLOC_MAX_ORDER; gfporder++) {
		unsigned int num;
		size_t remainder;

		num = cache_estimate(gfporder, size, flags, &remainder);
		if (!num)
			continue;

		/* Can't handle number of objects more than SLAB_OBJ_MAX_NUM */
		if (num > SLAB_OBJ_MAX_NUM)
			break;

		if (flags & CFLGS_OFF_SLAB) {
			struct kmem_cache *freelist_cache;
			size_t freelist_size;
			size_t freelist_cache_size;

			freelist_size = calculate_freelist_size(num);
			if (freelist_size > KMALLOC_MAX_CACHE_SIZE) {
				freelist_cache_size = PAGE_SIZE << get_order(freelist_size);
			} else {
				freelist_cache = kmalloc_slab(freelist_size, 0u);
				if (!freelist_cache)
					continue;
				freelist_cache_size = freelist_cache->size;

				/* a freelist for a freelist for... */
				if (OFF_SLAB(freelist_cache))
					continue;
			}

			/* check if off slab has enough benefit */
			if (freelist_cache_size > cachep->size / 2)
				continue;
		}

		/* Found something acceptable - save it away */
		cachep->num = num;
		cachep->gfporder = gfporder;
		left_over = remainder;

		/*
		 * A VFS-reclaimable slab tends to have most allocations
		 * as GFP_NOFS: no higher orders than needed for those.
		 */
		if (flags & SLAB_RECLAIM_ACCOUNT)
			break;

		/* Large slabs are bad for the page allocator. */
		if (gfporder >= slab_max_order)
			break;

		/* Acceptable internal fragmentation? */
		if (left_over * 8 <= (PAGE_SIZE << gfporder))
			break;
	}
	return left_over;
}

static bool set_off_slab_cache(struct kmem_cache *cachep, size_t size,
			       slab_flags_t flags)
{
	size_t left;

	cachep->num = 0;
	if (flags & SLAB_NOLEAKTRACE)
		return false;

	/* Size is large: placing the freelist off-slab packs objects better */
	left = calculate_slab_order(cachep, size, flags | CFLGS_OFF_SLAB);
	if (!cachep->num)
		return false;

	/* The freelist fits in the leftover: keep it on-slab after all. */
	if (left >= calculate_freelist_size(cachep->num))
		return false;

	cachep->colour = left / cachep->colour_off;
	return true;
}

static bool set_on_slab_cache(struct kmem_cache *cachep, size_t size,
			      slab_flags_t flags)
{
	size_t left;

	cachep->num = 0;
	left = calculate_slab_order(cachep, size, flags);
	if (!cachep->num)
		return false;
	cachep->colour = left / cachep->colour_off;
	return true;
}

/* ---- node structures, per-CPU arrays, tuning ---- */

static void set_up_node(struct kmem_cache *cachep, int index)
{
	int node;

	for_each_online_node(node) {
		cachep->node[node] = &init_kmem_cache_node[index + node];
		cachep->node[node]->next_reap = jiffies + REAPTIMEOUT_NODE +
			((unsigned long)cachep) % REAPTIMEOUT_NODE;
	}
}

/* Move a bootstrap kmem_cache_node to kmalloc()ed memory. */
static void init_list(struct kmem_cache *cachep, struct kmem_cache_node *list,
		      int nodeid)
{
	struct kmem_cache_node *ptr = kmalloc(sizeof(*ptr), GFP_NOWAIT);

	BUG_ON(!ptr);
	memcpy(ptr, list, sizeof(*ptr));
	INIT_LIST_HEAD(&ptr->slabs_full);
	INIT_LIST_HEAD(&ptr->slabs_partial);
	INIT_LIST_HEAD(&ptr->slabs_free);
	while (!list_empty(&list->slabs_full))
		list_move_tail(list->slabs_full.next, &ptr->slabs_full);
	while (!list_empty(&list->slabs_partial))
		list_move_tail(list->slabs_partial.next, &ptr->slabs_partial);
	while (!list_empty(&list->slabs_free))
		list_move_tail(list->slabs_free.next, &ptr->slabs_free);
	spin_lock_init(&ptr->list_lock);
	cachep->node[nodeid] = ptr;
}

static int init_cache_node(struct kmem_cache *cachep, int node, gfp_t gfp)
{
	struct kmem_cache_node *n = get_node(cachep, node);
	unsigned long flags;

	if (n) {
		spin_lock_irqsave(&n->list_lock, flags);
		n->free_limit = (1 + nr_cpus_node(node)) * cachep->batchcount +
				cachep->num;
		spin_unlock_irqrestore(&n->list_lock, flags);
		return 0;
	}
	n = kmalloc(sizeof(*n), gfp);
	if (!n)
		return -ENOMEM;
	kmem_cache_node_init(n);
	/* the caches' node reaps spread over REAPTIMEOUT_NODE, as Linux */
	n->next_reap = jiffies + REAPTIMEOUT_NODE +
		       ((unsigned long)cachep) % REAPTIMEOUT_NODE;
	n->free_limit = (1 + nr_cpus_node(node)) * cachep->batchcount +
			cachep->num;
	cachep->node[node] = n;
	return 0;
}

static void free_block(struct kmem_cache *cachep, void **objpp, int nr_objects,
		       int node, struct list_head *list);
static void slabs_destroy(struct kmem_cache *cachep, struct list_head *list);

static int setup_kmem_cache_node(struct kmem_cache *cachep, int node,
				 gfp_t gfp, bool force_change)
{
	struct array_cache *old_shared = NULL, *new_shared = NULL;
	struct kmem_cache_node *n;
	unsigned long flags;
	LIST_HEAD(list);
	int ret;

	if (cachep->shared) {
		new_shared = alloc_arraycache(node,
			cachep->shared * cachep->batchcount, 0xbaadf00d, gfp);
		if (!new_shared)
			return -ENOMEM;
	}
	ret = init_cache_node(cachep, node, gfp);
	if (ret) {
		if (new_shared)
			free_arraycache(new_shared);
		return ret;
	}
	n = get_node(cachep, node);
	spin_lock_irqsave(&n->list_lock, flags);
	if (n->shared && force_change) {
		free_block(cachep, n->shared->entry, n->shared->avail, node,
			   &list);
		n->shared->avail = 0;
	}
	if (!n->shared || force_change) {
		old_shared = n->shared;
		n->shared = new_shared;
		new_shared = NULL;
	}
	spin_unlock_irqrestore(&n->list_lock, flags);
	slabs_destroy(cachep, &list);
	if (old_shared)
		free_arraycache(old_shared);
	if (new_shared)
		free_arraycache(new_shared);
	return 0;
}

static int setup_kmem_cache_nodes(struct kmem_cache *cachep, gfp_t gfp)
{
	int node, ret;

	for_each_online_node(node) {
		ret = setup_kmem_cache_node(cachep, node, gfp, true);
		if (ret)
			return ret;
	}
	return 0;
}

/*
 * New per-CPU arrays of @limit entries; the old ones' objects go home.
 * The switch is one pointer store; kick_all_cpus_sync() then waits until
 * every CPU has taken an interrupt, so none can still be inside a fast
 * path (interrupts off) with the old pointer, and the old arrays may be
 * emptied and freed from here.
 */
static int do_tune_cpucache(struct kmem_cache *cachep, int limit,
			    int batchcount, int shared, gfp_t gfp)
{
	struct array_cache __percpu *cpu_cache, *prev;
	unsigned int cpu;
	unsigned long flags;

	cpu_cache = alloc_kmem_cache_cpus(cachep, limit, batchcount);
	if (!cpu_cache)
		return -ENOMEM;
	local_irq_save(flags);
	prev = cachep->cpu_cache;
	cachep->cpu_cache = cpu_cache;
	cachep->batchcount = batchcount;
	cachep->limit = limit;
	cachep->shared = shared;
	local_irq_restore(flags);
	if (!prev)
		goto setup_node;
	kick_all_cpus_sync();

	for_each_online_cpu(cpu) {
		struct array_cache *ac = per_cpu_ptr(prev, cpu);
		int node = cpu_to_node(cpu);
		struct kmem_cache_node *n = get_node(cachep, node);
		LIST_HEAD(list);

		spin_lock_irqsave(&n->list_lock, flags);
		free_block(cachep, ac->entry, ac->avail, node, &list);
		spin_unlock_irqrestore(&n->list_lock, flags);
		slabs_destroy(cachep, &list);
	}
	free_percpu(prev);
setup_node:
	return setup_kmem_cache_nodes(cachep, gfp);
}

/* Linux's heuristics for the array sizes, by object size. */
static int enable_cpucache(struct kmem_cache *cachep, gfp_t gfp)
{
	int limit, shared, batchcount;

	if (cachep->size > 131072)
		limit = 1;
	else if (cachep->size > PAGE_SIZE)
		limit = 8;
	else if (cachep->size > 1024)
		limit = 24;
	else if (cachep->size > 256)
		limit = 54;
	else
		limit = 120;

	/* a shared array only pays when other CPUs can take from it */
	shared = 0;
	if (cachep->size <= PAGE_SIZE && nr_cpu_ids > 1)
		shared = 8;

	batchcount = (limit + 1) / 2;
	return do_tune_cpucache(cachep, limit, batchcount, shared, gfp);
}

static int setup_cpu_cache(struct kmem_cache *cachep, gfp_t gfp)
{
	int node;

	if (slab_state >= FULL)
		return enable_cpucache(cachep, gfp);

	cachep->cpu_cache = alloc_kmem_cache_cpus(cachep, BOOT_CPUCACHE_ENTRIES, 1);
	if (!cachep->cpu_cache)
		return -ENOMEM;

	if (slab_state == DOWN) {
		/* Creation of first cache (kmem_cache). */
		set_up_node(kmem_cache, CACHE_CACHE);
	} else if (slab_state == PARTIAL) {
		/* For kmem_cache_node */
		set_up_node(cachep, SIZE_NODE);
	} else {
		for_each_online_node(node) {
			cachep->node[node] = kmalloc(sizeof(struct kmem_cache_node),
						     gfp);
			BUG_ON(!cachep->node[node]);
			kmem_cache_node_init(cachep->node[node]);
		}
	}
	cachep->batchcount = 1;
	cachep->limit = BOOT_CPUCACHE_ENTRIES;
	return 0;
}

/* slab_debug= applies to every cache; a cache's own flags add to it */
slab_flags_t kmem_cache_flags(unsigned int object_size, slab_flags_t flags,
			      const char *name)
{
	return flags | slub_debug;
}

/*
 * Lay out the objects of a new cache (size, alignment, debug words) and
 * choose num, gfporder, colour and where the freelist lives.
 */
int __kmem_cache_create(struct kmem_cache *cachep, slab_flags_t flags)
{
	size_t ralign = BYTES_PER_WORD;
	gfp_t gfp = slab_state >= UP ? GFP_KERNEL : GFP_NOWAIT;
	unsigned int size = cachep->size;
	int err;

	flags = kmem_cache_flags(size, flags, cachep->name);
	/* Linux: kmem_cache_create_usercopy() and setup_slub_debug() */
	if (flags & SLAB_DEBUG_FLAGS)
		slub_debug_enabled = true;
	/* Linux: poisoning a constructed object breaks RCU readers */
	if (flags & SLAB_TYPESAFE_BY_RCU)
		flags &= ~SLAB_POISON;

	size = ALIGN(size, BYTES_PER_WORD);
	if (flags & SLAB_RED_ZONE) {
		ralign = REDZONE_ALIGN;
		size = ALIGN(size, REDZONE_ALIGN);
	}
	if (ralign < cachep->align)
		ralign = cachep->align;
	/* red zone words would break a larger alignment: as Linux, drop them */
	if (ralign > __alignof__(unsigned long long))
		flags &= ~(SLAB_RED_ZONE | SLAB_STORE_USER);
	cachep->align = ralign;
	cachep->colour_off = cache_line_size();
	if (cachep->colour_off < cachep->align)
		cachep->colour_off = cachep->align;

	cachep->obj_offset = 0;
	if (flags & SLAB_RED_ZONE) {
		cachep->obj_offset += sizeof(unsigned long long);
		size += 2 * sizeof(unsigned long long);
	}
	if (flags & SLAB_STORE_USER)
		size += 2 * sizeof(struct track);
	size = ALIGN(size, cachep->align);
	if (FREELIST_BYTE_INDEX && size < SLAB_OBJ_MIN_SIZE)
		size = ALIGN(SLAB_OBJ_MIN_SIZE, cachep->align);
	/*
	 * Until done: cachep->size is still the size asked for, and that is
	 * what calculate_slab_order weighs an off-slab freelist against.
	 */

	if (set_off_slab_cache(cachep, size, flags)) {
		flags |= CFLGS_OFF_SLAB;
		goto done;
	}
	if (set_on_slab_cache(cachep, size, flags))
		goto done;
	return -E2BIG;

done:
	cachep->freelist_size = calculate_freelist_size(cachep->num);
	cachep->flags = flags;
	cachep->allocflags = __GFP_COMP;
	if (flags & SLAB_CACHE_DMA)
		cachep->allocflags |= GFP_DMA;
	if (flags & SLAB_CACHE_DMA32)
		cachep->allocflags |= GFP_DMA32;
	if (flags & SLAB_RECLAIM_ACCOUNT)
		cachep->allocflags |= __GFP_RECLAIMABLE;
	cachep->size = size;
	if (OFF_SLAB(cachep))
		cachep->freelist_cache = kmalloc_slab(cachep->freelist_size, 0u);

	err = setup_cpu_cache(cachep, gfp);
	if (err) {
		__kmem_cache_release(cachep);
		return err;
	}
	return 0;
}

/* ---- slabs: pages in and out ---- */

static struct page *kmem_getpages(struct kmem_cache *cachep, gfp_t flags,
				  int nodeid)
{
	struct page *page;

	flags |= cachep->allocflags;
	page = alloc_pages_node(nodeid, flags, cachep->gfporder);
	if (!page) {
		if (!(flags & __GFP_NOWARN))
			pr_warn("SLAB: Unable to allocate memory on node %d, gfp=%#x(%pGg)\n  cache: %s, object size: %d, order: %d\n",
				nodeid, flags, &flags, cachep->name,
				cachep->size, cachep->gfporder);
		return NULL;
	}
	slab_account_pages(page, 1L << cachep->gfporder,
			   cachep->flags & SLAB_RECLAIM_ACCOUNT);
	__SetPageSlab(page);
	return page;
}

static void kmem_freepages(struct kmem_cache *cachep, struct page *page)
{
	int order = cachep->gfporder;

	BUG_ON(!PageSlab(page));
	__ClearPageSlab(page);
	/* 'active' shares _mapcount: the page allocator wants -1 back */
	page_mapcount_reset(page);
	page->slab_cache = NULL;	/* shares page->mapping */
	page->freelist = NULL;
	page->s_mem = NULL;
	page->slab_list.next = page->slab_list.prev = NULL;
	slab_account_pages(page, -(1L << order),
			   cachep->flags & SLAB_RECLAIM_ACCOUNT);
	__free_pages(page, order);
}

/* A free slab's objects still carry their free-state marks: check them. */
static void slab_destroy_debugcheck(struct kmem_cache *cachep,
				    struct page *page)
{
	unsigned int i;

	if (!(cachep->flags & (SLAB_POISON | SLAB_RED_ZONE)))
		return;
	for (i = 0; i < cachep->num; i++) {
		void *objp = index_to_obj(cachep, page, i);

		if (cachep->flags & SLAB_POISON)
			check_poison_obj(cachep, page, objp);
		if (cachep->flags & SLAB_RED_ZONE)
			check_redzones(cachep, page, objp, RED_INACTIVE);
	}
}

static void slab_destroy(struct kmem_cache *cachep, struct page *page)
{
	void *freelist = page->freelist;

	if (page->active == 0)
		slab_destroy_debugcheck(cachep, page);
	kmem_freepages(cachep, page);
	if (OFF_SLAB(cachep))
		kmem_cache_free(cachep->freelist_cache, freelist);
}

static void slabs_destroy(struct kmem_cache *cachep, struct list_head *list)
{
	struct page *page, *n;

	list_for_each_entry_safe(page, n, list, slab_list) {
		list_del(&page->slab_list);
		slab_destroy(cachep, page);
	}
}

/* The freelist: in the last bytes of the slab, or from freelist_cache. */
static void *alloc_slabmgmt(struct kmem_cache *cachep, struct page *page,
			    int colour_off, gfp_t local_flags, int nodeid)
{
	void *freelist;
	void *addr = page_address(page);

	page->s_mem = (char *)addr + colour_off;
	page->active = 0;
	if (OFF_SLAB(cachep))
		freelist = kmem_cache_alloc(cachep->freelist_cache, local_flags);
	else
		freelist = (char *)addr + (PAGE_SIZE << cachep->gfporder) -
			   cachep->freelist_size;
	return freelist;
}

static inline void set_free_obj(struct page *page, unsigned int idx,
				freelist_idx_t val)
{
	((freelist_idx_t *)(page->freelist))[idx] = val;
}

static void cache_init_objs(struct kmem_cache *cachep, struct page *page)
{
	unsigned int i;

	for (i = 0; i < cachep->num; i++) {
		void *objp = index_to_obj(cachep, page, i);

		if (cachep->flags & SLAB_STORE_USER)
			memset(dbg_track(cachep, objp, TRACK_ALLOC), 0,
			       2 * sizeof(struct track));
		if (cachep->flags & SLAB_RED_ZONE) {
			*dbg_redzone1(cachep, objp) = RED_INACTIVE;
			*dbg_redzone2(cachep, objp) = RED_INACTIVE;
		}
		/* a poisoned cache constructs at allocation instead */
		if (cachep->ctor && !(cachep->flags & SLAB_POISON))
			cachep->ctor((char *)objp + cachep->obj_offset);
		if (cachep->flags & SLAB_POISON)
			poison_obj(cachep, objp, POISON_FREE);
		set_free_obj(page, i, i);
		set_obj_status(cachep, page, i, OBJECT_FREE);
	}
}

/*
 * A new slab: pages, colour, freelist, objects. Not yet on any list:
 * cache_alloc_refill may take objects from it first, cache_grow_end then
 * files it by how full it is.
 */
static struct page *cache_grow_begin(struct kmem_cache *cachep, gfp_t flags,
				     int nodeid)
{
	gfp_t local_flags = flags & ~(__GFP_ZERO | __GFP_COMP);
	struct kmem_cache_node *n;
	struct page *page;
	void *freelist;
	size_t offset;

	page = kmem_getpages(cachep, local_flags, nodeid);
	if (!page)
		return NULL;

	n = get_node(cachep, page_to_nid(page));

	/*
	 * Get colour for the slab, and calculate the next value. No lock, as
	 * in Linux: two CPUs growing at once may take the same colour, and
	 * the second check keeps a colour raced past the end in range.
	 */
	data_race(n->colour_next++);
	if (data_race(n->colour_next) >= cachep->colour)
		data_race(n->colour_next = 0);
	offset = data_race(n->colour_next);
	if (offset >= cachep->colour)
		offset = 0;
	offset *= cachep->colour_off;

	freelist = alloc_slabmgmt(cachep, page, offset, local_flags,
				  page_to_nid(page));
	if (OFF_SLAB(cachep) && !freelist) {
		kmem_freepages(cachep, page);
		return NULL;
	}
	page->slab_cache = cachep;
	page->freelist = freelist;
	cache_init_objs(cachep, page);
	return page;
}

static void cache_grow_end(struct kmem_cache *cachep, struct page *page)
{
	struct kmem_cache_node *n;
	unsigned long flags;

	if (!page)
		return;
	INIT_LIST_HEAD(&page->slab_list);
	n = get_node(cachep, page_to_nid(page));

	spin_lock_irqsave(&n->list_lock, flags);
	n->total_slabs++;
	if (!page->active) {
		list_add_tail(&page->slab_list, &n->slabs_free);
		n->free_slabs++;
	} else if (page->active == cachep->num) {
		list_add_tail(&page->slab_list, &n->slabs_full);
	} else {
		list_add_tail(&page->slab_list, &n->slabs_partial);
	}
	n->free_objects += cachep->num - page->active;
	spin_unlock_irqrestore(&n->list_lock, flags);
}

/* ---- objects in and out of a slab ---- */

/*
 * A corrupt freelist: the rest of the slab can't be trusted, so its free
 * objects are taken out of use (SLUB: "Isolate corrupted freechain").
 * Returns how many objects that took away from the free ones.
 */
static unsigned int slab_isolate_freelist(struct kmem_cache *cachep,
					  struct page *page, unsigned int idx)
{
	unsigned int lost = cachep->num - page->active;

	slab_bug(cachep, "Freepointer corrupt");
	pr_err("INFO: freelist[%u]=%u in a slab of %u objects\n",
	       page->active, idx, cachep->num);
	print_slab_info(cachep, page);
	print_section("Freelist ", page->freelist, cachep->freelist_size);
	add_taint(TAINT_BAD_PAGE, LOCKDEP_NOW_UNRELIABLE);
	cachep->num_taken_out += lost;
	page->active = cachep->num;
	slab_fix(cachep, "Isolate corrupted freelist: %u objects taken out of use",
		 lost);
	return lost;
}

/* NULL if the freelist was found corrupt (the slab is then full). */
static void *slab_get_obj(struct kmem_cache *cachep, struct page *page)
{
	unsigned int idx = get_free_obj(page, page->active);
	void *objp;

	if (unlikely(cache_debug(cachep))) {
		bool bad = idx >= cachep->num;

		if (!bad && (cachep->flags & SLAB_RED_ZONE) &&
		    *dbg_redzone1(cachep, index_to_obj(cachep, page, idx)) ==
		    RED_ACTIVE)
			bad = true;	/* points at an object in use */
		if (bad) {
			slab_isolate_freelist(cachep, page, idx);
			return NULL;
		}
	}
	objp = index_to_obj(cachep, page, idx);
	page->active++;
	return objp;
}

static void slab_put_obj(struct kmem_cache *cachep, struct page *page,
			 void *objp)
{
	unsigned int objnr = obj_to_index(cachep, page, objp);

	page->active--;
	set_free_obj(page, page->active, objnr);
}

/* Objects back into their slabs; @node's list_lock is held. */
static void free_block(struct kmem_cache *cachep, void **objpp, int nr_objects,
		       int node, struct list_head *list)
{
	struct kmem_cache_node *n = get_node(cachep, node);
	int i;

	for (i = 0; i < nr_objects; i++) {
		void *objp = objpp[i];
		struct page *page = virt_to_head_page(objp);
		struct kmem_cache_node *pn = get_node(cachep, page_to_nid(page));

		/* Linux hands remote objects to alien caches; we lock */
		if (pn != n)
			spin_lock(&pn->list_lock);
		pn->free_objects++;
		list_del(&page->slab_list);
		slab_put_obj(cachep, page, objp);

		/* fixup slab chains */
		if (page->active == 0) {
			list_add(&page->slab_list, &pn->slabs_free);
			pn->free_slabs++;
		} else {
			/* at the tail: more time for its other objects to come back */
			list_add_tail(&page->slab_list, &pn->slabs_partial);
		}
		if (pn != n)
			spin_unlock(&pn->list_lock);
	}

	/* more free objects than the node should hold: give slabs back */
	while (n->free_objects > n->free_limit && !list_empty(&n->slabs_free)) {
		struct page *page;

		n->free_objects -= cachep->num;
		page = list_last_entry(&n->slabs_free, struct page, slab_list);
		list_move(&page->slab_list, list);
		n->free_slabs--;
		n->total_slabs--;
	}
}

static int transfer_objects(struct array_cache *to, struct array_cache *from,
			    unsigned int max)
{
	unsigned int nr = min(min(from->avail, max), to->limit - to->avail);

	if (!nr)
		return 0;
	ac_copy(to, to->avail, from, from->avail - nr, nr);
	from->avail -= nr;
	to->avail += nr;
	return nr;
}

static struct page *get_first_slab(struct kmem_cache_node *n)
{
	struct page *page;

	page = list_first_entry_or_null(&n->slabs_partial, struct page,
					slab_list);
	if (!page) {
		n->free_touched = 1;
		page = list_first_entry_or_null(&n->slabs_free, struct page,
						slab_list);
		if (page)
			n->free_slabs--;
	}
	return page;
}

static void fixup_slab_list(struct kmem_cache *cachep,
			    struct kmem_cache_node *n, struct page *page)
{
	list_del(&page->slab_list);
	if (page->active == cachep->num)
		list_add(&page->slab_list, &n->slabs_full);
	else
		list_add(&page->slab_list, &n->slabs_partial);
}

/* Take up to batchcount objects from @page into @ac. */
static int alloc_block(struct kmem_cache *cachep, struct array_cache *ac,
		       struct page *page, int batchcount,
		       unsigned long *lost)
{
	while (page->active < cachep->num && batchcount--) {
		unsigned int before = cachep->num - page->active;
		/* the byte of freelist[active], the object slab_get_obj takes */
		u8 *status = obj_status(cachep, page,
					get_free_obj(page, page->active));
		void *objp = slab_get_obj(cachep, page);

		if (!objp) {
			*lost += before;
			break;
		}
		ac_push(ac, objp, status);
	}
	return batchcount;
}

/*
 * cache_alloc_refill - this CPU's array is empty: fill it with up to
 * batchcount objects, from the node's shared array, else from partial
 * then free slabs (alloc_block), else from a new slab (cache_grow_begin,
 * which calls the page allocator with @flags), and pop one. Returns the
 * object, or NULL if no slab could be had. Caller has interrupts off
 * (slab_alloc); takes and drops n->list_lock. Never sleeps: tinymm's
 * page allocator doesn't (Linux re-enables interrupts to let it).
 */
static void *cache_alloc_refill(struct kmem_cache *cachep, gfp_t flags)
{
	int batchcount, node = numa_node_id();
	struct kmem_cache_node *n;
	struct array_cache *ac, *shared;
	unsigned long lost = 0;
	struct page *page;

	ac = cpu_cache_get(cachep);
	batchcount = ac->batchcount;
	if (!ac->touched && batchcount > BATCHREFILL_LIMIT) {
		/* a cold cache: don't pull in a full batch it may not need */
		batchcount = BATCHREFILL_LIMIT;
	}
	n = get_node(cachep, node);

	BUG_ON(ac->avail > 0 || !n);
	shared = READ_ONCE(n->shared);
	/* a glance without the lock, as Linux's: checked again under it */
	if (data_race(!n->free_objects && (!shared || !shared->avail)))
		goto direct_grow;

	spin_lock(&n->list_lock);
	shared = READ_ONCE(n->shared);

	/* See if we can refill from the shared array */
	if (shared && transfer_objects(ac, shared, batchcount)) {
		shared->touched = 1;
		goto alloc_done;
	}

	while (batchcount > 0) {
		/* partial slabs first, then free ones */
		page = get_first_slab(n);
		if (!page)
			break;
		batchcount = alloc_block(cachep, ac, page, batchcount, &lost);
		fixup_slab_list(cachep, n, page);
	}
	n->free_objects -= ac->avail + lost;
alloc_done:
	spin_unlock(&n->list_lock);

direct_grow:
	if (unlikely(!ac->avail)) {
		page = cache_grow_begin(cachep, flags, node);
		ac = cpu_cache_get(cachep);
		if (!ac->avail && page)
			alloc_block(cachep, ac, page, batchcount, &lost);
		cache_grow_end(cachep, page);
		if (!ac->avail)
			return NULL;
	}
	ac->touched = 1;
	return ac_pop(ac);
}

static inline void *____cache_alloc(struct kmem_cache *cachep, gfp_t flags)
{
	struct array_cache *ac = cpu_cache_get(cachep);

	if (likely(ac->avail)) {
		ac->touched = 1;
		return ac_pop(ac);
	}
	return cache_alloc_refill(cachep, flags);
}

/*
 * Checks of an object leaving the cache; NULL if it is corrupt (it is then
 * taken out of use and the caller takes another).
 */
static void *cache_alloc_debugcheck_after(struct kmem_cache *cachep,
					  void *objp, unsigned long caller)
{
	struct page *page = virt_to_head_page(objp);
	bool ok = true;

	if (cachep->flags & SLAB_POISON)
		ok = check_poison_obj(cachep, page, objp);
	if (cachep->flags & SLAB_RED_ZONE)
		ok = check_redzones(cachep, page, objp, RED_INACTIVE) && ok;
	if (!ok) {
		take_out_of_use(cachep, objp);
		return NULL;
	}
	if (cachep->flags & SLAB_POISON)
		poison_obj(cachep, objp, POISON_INUSE);
	if (cachep->flags & SLAB_RED_ZONE) {
		*dbg_redzone1(cachep, objp) = RED_ACTIVE;
		*dbg_redzone2(cachep, objp) = RED_ACTIVE;
	}
	if (cachep->flags & SLAB_STORE_USER)
		set_track(cachep, objp, TRACK_ALLOC, caller);
	objp = (char *)objp + cachep->obj_offset;
	if (cachep->ctor && (cachep->flags & SLAB_POISON))
		cachep->ctor(objp);
	return objp;
}

/* init_on_alloc=1 zeroes like __GFP_ZERO, except what a ctor built */
static inline bool slab_want_init_on_alloc(gfp_t flags, struct kmem_cache *c)
{
	if (init_on_alloc) {
		if (c->ctor)
			return false;
		if (c->flags & (SLAB_TYPESAFE_BY_RCU | SLAB_POISON))
			return flags & __GFP_ZERO;
		return true;
	}
	return flags & __GFP_ZERO;
}

/* init_on_free=1 zeroes freed objects, unless poison or a ctor owns them */
static inline bool slab_want_init_on_free(struct kmem_cache *c)
{
	return init_on_free &&
	       !(c->ctor || (c->flags & (SLAB_TYPESAFE_BY_RCU | SLAB_POISON)));
}

static __always_inline void *slab_alloc(struct kmem_cache *cachep,
					gfp_t flags, unsigned long caller)
{
	unsigned long save_flags;
	void *objp;

	do {
		local_irq_save(save_flags);
		objp = ____cache_alloc(cachep, flags);
		local_irq_restore(save_flags);
		if (unlikely(!objp))
			break;
		if (unlikely(cache_debug(cachep))) {
			objp = cache_alloc_debugcheck_after(cachep, objp, caller);
			if (!objp)
				continue;	/* that one was bad: another */
		}
		break;
	} while (1);

	if (unlikely(objp && slab_want_init_on_alloc(flags, cachep)))
		memset(objp, 0, cachep->object_size);
	return objp;
}

void *__kmem_cache_alloc_caller(struct kmem_cache *cachep, gfp_t flags,
				unsigned long caller)
{
	return slab_alloc(cachep, flags, caller);
}

/*
 * kmem_cache_alloc - one object of @cachep: this CPU's array first (no
 * lock), cache_alloc_refill() when it is empty. Returns the object
 * (zeroed with __GFP_ZERO, constructed if the cache has a ctor), or NULL.
 * Any context that may allocate with @flags; never sleeps here.
 */
void *kmem_cache_alloc(struct kmem_cache *cachep, gfp_t flags)
{
	return slab_alloc(cachep, flags, _RET_IP_);
}

/* The array is full: move batchcount objects to the shared array or home. */
static void cache_flusharray(struct kmem_cache *cachep, struct array_cache *ac)
{
	int batchcount = ac->batchcount;
	int node = numa_node_id();
	struct kmem_cache_node *n = get_node(cachep, node);
	LIST_HEAD(list);

	spin_lock(&n->list_lock);
	if (n->shared) {
		struct array_cache *shared_array = n->shared;
		int max = shared_array->limit - shared_array->avail;

		if (max) {
			if (batchcount > max)
				batchcount = max;
			ac_copy(shared_array, shared_array->avail, ac, 0,
				batchcount);
			shared_array->avail += batchcount;
			goto free_done;
		}
	}
	free_block(cachep, ac->entry, batchcount, node, &list);
free_done:
	spin_unlock(&n->list_lock);
	slabs_destroy(cachep, &list);
	ac_drop_oldest(ac, batchcount);
}

/* Not the start of an object of this slab: nothing is freed. */
static noinline __cold void
report_invalid_pointer(struct kmem_cache *cachep, struct page *page,
		       void *objp)
{
	slab_bug(cachep, "Invalid object pointer 0x%p", objp);
	print_slab_info(cachep, page);
	dump_stack();
	add_taint(TAINT_BAD_PAGE, LOCKDEP_NOW_UNRELIABLE);
	slab_fix(cachep, "Object at 0x%p not freed", objp);
}

/*
 * Freed while free. With slab_debug= SLUB's full report (owner tracks,
 * object dump); else SLAB's own line, which its DEBUG build prints from
 * slab_put_obj before a BUG(). Either way nothing is freed.
 */
static noinline __cold void report_double_free(struct kmem_cache *cachep,
					       struct page *page, void *buf,
					       void *objp)
{
	if (cache_debug(cachep)) {
		object_err(cachep, page, buf, "Object already free");
		slab_fix(cachep, "Object at 0x%p not freed", objp);
		return;
	}
	slab_nr_reports++;
	pr_err("slab: double free detected in cache '%s', objp %px\n",
	       cachep->name, objp);
	dump_stack();
	add_taint(TAINT_BAD_PAGE, LOCKDEP_NOW_UNRELIABLE);
}

/*
 * free_obj_ok - may the buffer @buf (user pointer @objp) in @page, a slab
 * of @cachep, be freed? Yes if @buf is the start of one of the slab's
 * objects and that object is handed out: then *@status is its state byte.
 * Otherwise reports (invalid pointer, double free) and returns false.
 * Changes nothing; any context, never sleeps. O(1): one division.
 */
static __always_inline bool free_obj_ok(struct kmem_cache *cachep,
					struct page *page, void *buf,
					void *objp, u8 **status)
{
	u32 offset = (char *)buf - (char *)page->s_mem;
	unsigned int objnr = obj_to_index(cachep, page, buf);

	if (unlikely((objnr >= cachep->num) |
		     (offset != objnr * cachep->size))) {
		report_invalid_pointer(cachep, page, objp);
		return false;
	}
	*status = obj_status(cachep, page, objnr);
	if (unlikely(**status == OBJECT_FREE)) {
		report_double_free(cachep, page, buf, objp);
		return false;
	}
	return true;
}

/*
 * kmem_obj_in_use - is @objp an object handed out from the slab @page?
 * Reports as a bad free would if not (krealloc() is about to free it).
 * The caller holds the object, or believes it does. Never sleeps.
 */
bool kmem_obj_in_use(struct page *page, const void *objp)
{
	struct kmem_cache *cachep = page->slab_cache;
	u8 *status;

	return free_obj_ok(cachep, page,
			   (char *)objp - cachep->obj_offset, (void *)objp,
			   &status);
}

/*
 * The checks of an object coming back to a debug cache (slab_debug=, or
 * SLAB_* debug flags): pointer and state as every free, then red zones;
 * then the free marks. Returns the buffer to free (its state byte in
 * *@status), or NULL if it must not be freed: a bad free, or a corrupt
 * object that stays out of use.
 */
static noinline void *cache_free_debugcheck(struct kmem_cache *cachep,
					    struct page *page, void *objp,
					    unsigned long caller, u8 **status)
{
	void *buf = (char *)objp - cachep->obj_offset;

	if (!free_obj_ok(cachep, page, buf, objp, status))
		return NULL;
	if ((cachep->flags & SLAB_RED_ZONE) &&
	    !check_redzones(cachep, page, buf, RED_ACTIVE)) {
		take_out_of_use(cachep, buf);
		return NULL;
	}
	if (cachep->flags & SLAB_RED_ZONE) {
		*dbg_redzone1(cachep, buf) = RED_INACTIVE;
		*dbg_redzone2(cachep, buf) = RED_INACTIVE;
	}
	if (cachep->flags & SLAB_STORE_USER)
		set_track(cachep, buf, TRACK_FREE, caller);
	if (cachep->flags & SLAB_POISON)
		poison_obj(cachep, buf, POISON_FREE);
	return buf;
}

/*
 * @page is @objp's slab page, and a slab of @cachep. Without debugging
 * obj_offset is 0: the user pointer is the buffer.
 */
static __always_inline void ___cache_free(struct kmem_cache *cachep,
					  struct page *page, void *objp,
					  unsigned long caller)
{
	struct array_cache *ac;
	unsigned long flags;
	u8 *status;

	local_irq_save(flags);
	if (unlikely(cache_debug(cachep))) {
		u8 *dbg_status;

		objp = cache_free_debugcheck(cachep, page, objp, caller,
					     &dbg_status);
		if (!objp)
			goto out;
		status = dbg_status;
	} else if (unlikely(!free_obj_ok(cachep, page, objp, objp,
					 &status))) {
		goto out;
	}
	if (unlikely(slab_want_init_on_free(cachep)))
		memset((char *)objp + cachep->obj_offset, 0,
		       cachep->object_size);

	*status = OBJECT_FREE;
	ac = cpu_cache_get(cachep);
	if (ac->avail >= ac->limit)
		cache_flusharray(cachep, ac);
	ac_push(ac, objp, status);
out:
	local_irq_restore(flags);
}

/*
 * The free half of kfree(): @page is the slab page of @objp (in the linear
 * map), and @cachep its cache, as kfree found them.
 */
void __kmem_cache_free_caller(struct kmem_cache *cachep, struct page *page,
			      void *objp, unsigned long caller)
{
	___cache_free(cachep, page, objp, caller);
}

/*
 * kmem_cache_free - give @objp back to @cachep. A pointer outside the
 * linear map, not in a slab, not the start of an object, or to an object
 * that is free already is reported and not freed; one from another cache
 * is reported and goes back to its own (cache_from_obj). Interrupts may
 * be on or off; never sleeps.
 */
void kmem_cache_free(struct kmem_cache *cachep, void *objp)
{
	struct page *page;

	if (unlikely(!objp) || unlikely(kmem_addr_invalid(objp)))
		return;
	page = virt_to_head_page(objp);
	if (unlikely(!PageSlab(page) || page->slab_cache != cachep)) {
		cachep = cache_from_obj(cachep, objp);	/* warns */
		if (!cachep)
			return;
	}
	___cache_free(cachep, page, objp, _RET_IP_);
}

size_t __ksize(const void *objp)
{
	return virt_to_head_page(objp)->slab_cache->object_size;
}

/* ---- draining, shrinking, reaping, shutdown ---- */

static void drain_array_locked(struct kmem_cache *cachep,
			       struct array_cache *ac, int node, bool free_all,
			       struct list_head *list)
{
	int tofree;

	if (!ac || !ac->avail)
		return;
	tofree = free_all ? ac->avail : (ac->limit + 4) / 5;
	if (tofree > ac->avail)
		tofree = (ac->avail + 1) / 2;
	free_block(cachep, ac->entry, tofree, node, list);
	ac_drop_oldest(ac, tofree);
}

/* On each CPU, interrupts off: its own array's objects go home. */
static void do_drain(void *arg)
{
	struct kmem_cache *cachep = arg;
	struct array_cache *ac = cpu_cache_get(cachep);
	int node = numa_node_id();
	struct kmem_cache_node *n = get_node(cachep, node);
	LIST_HEAD(list);

	spin_lock(&n->list_lock);
	free_block(cachep, ac->entry, ac->avail, node, &list);
	spin_unlock(&n->list_lock);
	ac->avail = 0;
	slabs_destroy(cachep, &list);
}

/*
 * Every CPU's array and every node's shared array emptied into the
 * slabs. Only a CPU itself touches its array, so each drains its own
 * (an IPI each, waited for, as v5.19's SLAB does). Interrupts must be on.
 */
void drain_cpu_caches(struct kmem_cache *cachep)
{
	struct kmem_cache_node *n;
	unsigned long flags;
	LIST_HEAD(list);
	int node;

	on_each_cpu(do_drain, cachep, 1);
	for_each_kmem_cache_node(cachep, node, n) {
		spin_lock_irqsave(&n->list_lock, flags);
		drain_array_locked(cachep, n->shared, node, true, &list);
		spin_unlock_irqrestore(&n->list_lock, flags);
		slabs_destroy(cachep, &list);
	}
}

/* Free up to @tofree free slabs; returns how many were freed. */
static int drain_freelist(struct kmem_cache *cache, struct kmem_cache_node *n,
			  int tofree)
{
	unsigned long flags;
	int nr_freed = 0;

	while (nr_freed < tofree && !list_empty(&n->slabs_free)) {
		struct page *page;

		spin_lock_irqsave(&n->list_lock, flags);
		if (list_empty(&n->slabs_free)) {
			spin_unlock_irqrestore(&n->list_lock, flags);
			break;
		}
		page = list_last_entry(&n->slabs_free, struct page, slab_list);
		list_del(&page->slab_list);
		n->free_slabs--;
		n->total_slabs--;
		n->free_objects -= cache->num;
		spin_unlock_irqrestore(&n->list_lock, flags);
		slab_destroy(cache, page);
		nr_freed++;
	}
	return nr_freed;
}

/* 0 if the cache has no objects in use left (every slab went back). */
int __kmem_cache_shrink(struct kmem_cache *cachep)
{
	struct kmem_cache_node *n;
	int ret = 0, node;

	drain_cpu_caches(cachep);
	for_each_kmem_cache_node(cachep, node, n) {
		drain_freelist(cachep, n, INT_MAX);
		ret += !list_empty(&n->slabs_full) ||
		       !list_empty(&n->slabs_partial);
	}
	return ret ? 1 : 0;
}

static unsigned long cache_active_objs(struct kmem_cache *cachep)
{
	struct kmem_cache_node *n;
	struct page *page;
	unsigned long active = 0;
	int node;

	for_each_kmem_cache_node(cachep, node, n) {
		list_for_each_entry(page, &n->slabs_full, slab_list)
			active += page->active;
		list_for_each_entry(page, &n->slabs_partial, slab_list)
			active += page->active;
	}
	return active;
}

/* SLUB's report of the objects left in a cache being destroyed. */
static void list_slab_objects(struct kmem_cache *cachep, struct page *page)
{
	u8 *in_use;
	unsigned int i, shown = 0;

	slab_bug(cachep, "Objects remaining in %s on __kmem_cache_shutdown()",
		 cachep->name);
	print_slab_info(cachep, page);
	add_taint(TAINT_BAD_PAGE, LOCKDEP_NOW_UNRELIABLE);
	in_use = kzalloc(cachep->num, GFP_NOWAIT);
	if (!in_use)
		return;
	for (i = 0; i < cachep->num; i++)
		in_use[i] = 1;
	for (i = page->active; i < cachep->num; i++)
		in_use[get_free_obj(page, i) < cachep->num ?
		       get_free_obj(page, i) : 0] = 0;
	for (i = 0; i < cachep->num && shown < 16; i++) {
		u8 *p = (u8 *)index_to_obj(cachep, page, i) + cachep->obj_offset;

		if (!in_use[i])
			continue;
		pr_err("Object 0x%p @offset=%tu\n", p,
		       p - (u8 *)page_address(page));
		shown++;
	}
	kfree(in_use);
}

/* Give every slab back; objects still in use keep the cache alive. */
int __kmem_cache_shutdown(struct kmem_cache *cachep)
{
	struct kmem_cache_node *n;
	struct page *page, *tmp;
	unsigned long flags;
	LIST_HEAD(list);
	int node;

	if (!__kmem_cache_shrink(cachep))
		return 0;
	if (cache_active_objs(cachep) == cachep->num_taken_out) {
		/* only the corrupt objects are left: they go with the cache */
		for_each_kmem_cache_node(cachep, node, n) {
			spin_lock_irqsave(&n->list_lock, flags);
			list_for_each_entry_safe(page, tmp, &n->slabs_full, slab_list)
				list_move(&page->slab_list, &list);
			list_for_each_entry_safe(page, tmp, &n->slabs_partial, slab_list)
				list_move(&page->slab_list, &list);
			n->free_objects = 0;
			n->total_slabs = n->free_slabs = 0;
			spin_unlock_irqrestore(&n->list_lock, flags);
		}
		list_for_each_entry_safe(page, tmp, &list, slab_list) {
			void *freelist = page->freelist;

			list_del(&page->slab_list);
			kmem_freepages(cachep, page);
			if (OFF_SLAB(cachep))
				kmem_cache_free(cachep->freelist_cache, freelist);
		}
		cachep->num_taken_out = 0;
		return 0;
	}
	for_each_kmem_cache_node(cachep, node, n) {
		list_for_each_entry(page, &n->slabs_full, slab_list)
			list_slab_objects(cachep, page);
		list_for_each_entry(page, &n->slabs_partial, slab_list)
			list_slab_objects(cachep, page);
	}
	return -EBUSY;
}

/* The per-CPU and per-node structures of a cache that has no slabs. */
void __kmem_cache_release(struct kmem_cache *cachep)
{
	struct kmem_cache_node *n;
	int i;

	free_percpu(cachep->cpu_cache);
	cachep->cpu_cache = NULL;
	for_each_kmem_cache_node(cachep, i, n) {
		if (n->shared)
			free_arraycache(n->shared);
		if (n < init_kmem_cache_node ||
		    n >= init_kmem_cache_node + NUM_INIT_LISTS)
			kfree(n);
		cachep->node[i] = NULL;
	}
}

static void drain_array(struct kmem_cache *cachep, struct kmem_cache_node *n,
			struct array_cache *ac, int node)
{
	unsigned long flags;
	LIST_HEAD(list);

	if (!ac || !ac->avail)
		return;
	if (ac->touched) {
		ac->touched = 0;
		return;
	}
	spin_lock_irqsave(&n->list_lock, flags);
	drain_array_locked(cachep, ac, node, false, &list);
	spin_unlock_irqrestore(&n->list_lock, flags);
	slabs_destroy(cachep, &list);
}

/* Passes of cache_reap() each CPU made (the slab_reap_timer test reads it). */
DEFINE_PER_CPU(unsigned long, slab_reap_count);

/*
 * cache_reap - one reaping pass on this CPU. Every cache's array of this
 * CPU, if not used since the last pass, gives back a fifth of its limit;
 * each node part is due every REAPTIMEOUT_NODE (next_reap): its shared
 * array likewise, and if its free list went untouched, about a fifth of
 * free_limit in free slabs goes back to the page allocator. Only this
 * CPU's arrays are touched, so no IPI is needed.
 *
 * Runs from this CPU's reap timer (hard-IRQ context) or from the slabreap
 * command (interrupts on). Never sleeps. slab_mutex is only tried, as
 * Linux's mutex_trylock(): its holder may be waiting, interrupts off, for
 * this CPU to answer an IPI, so spinning here could deadlock.
 */
void cache_reap(void)
{
	struct kmem_cache *searchp;
	struct kmem_cache_node *n;
	int node = numa_node_id();
	unsigned long flags;

	local_irq_save(flags);
	if (!spin_trylock(&slab_mutex)) {
		local_irq_restore(flags);
		return;
	}
	list_for_each_entry(searchp, &slab_caches, list) {
		n = get_node(searchp, node);
		drain_array(searchp, n, cpu_cache_get(searchp), node);
		/* racy reads, as in Linux: one pass early or late is fine */
		if (time_after(n->next_reap, jiffies))
			continue;
		n->next_reap = jiffies + REAPTIMEOUT_NODE;
		drain_array(searchp, n, n->shared, node);
		if (n->free_touched)
			n->free_touched = 0;
		else
			drain_freelist(searchp, n, (n->free_limit +
				5 * searchp->num - 1) / (5 * searchp->num));
	}
	__this_cpu_add(slab_reap_count, 1);
	spin_unlock_irqrestore(&slab_mutex, flags);
}

/* Each CPU's reap timer: Linux's per-CPU reap_work, a delayed work. */
static DEFINE_PER_CPU(struct timer_list, slab_reap_timer);

static void reap_timer_fn(struct timer_list *t)
{
	cache_reap();
	mod_timer(t, jiffies + round_jiffies_relative(REAPTIMEOUT_AC));
}

/*
 * tinymm's own: tinymm.slab_reap=off leaves the reap timers unarmed, so a
 * session driven by hand with the slabreap command sees only its own
 * passes (chapter 05's reaping exercise). Linux always reaps.
 */
static bool slab_reap_timers = true;

static int __init slab_reap_setup(char *str)
{
	if (!strcmp(str, "off"))
		slab_reap_timers = false;
	return 0;
}
early_param("tinymm.slab_reap", slab_reap_setup);

/*
 * Arm CPU @cpu's reap timer, once: its first pass about a second from
 * now, rounded per CPU (__round_jiffies_relative) so the CPUs do not all
 * reap at the same tick; later passes re-arm every REAPTIMEOUT_AC.
 */
static void start_cpu_timer(int cpu)
{
	struct timer_list *t = &per_cpu(slab_reap_timer, cpu);

	if (t->function || !slab_reap_timers)
		return;
	timer_setup(t, reap_timer_fn, TIMER_PINNED);
	t->expires = jiffies + __round_jiffies_relative(HZ, cpu);
	add_timer_on(t, cpu);
}

static int slab_online_cpu(unsigned int cpu)
{
	start_cpu_timer(cpu);
	return 0;
}

/*
 * Linux: an initcall, after the CPUs came up: a reap timer on each online
 * CPU, and on each CPU that comes online later.
 */
void __init cpucache_init(void)
{
	unsigned int cpu;
	int ret;

	for_each_online_cpu(cpu)
		start_cpu_timer(cpu);
	ret = cpuhp_setup_state_nocalls(CPUHP_AP_ONLINE_DYN, "SLAB online",
					slab_online_cpu, NULL);
	WARN_ON(ret < 0);
}

void get_slabinfo(struct kmem_cache *cachep, struct slabinfo *sinfo)
{
	unsigned long active_objs, num_objs, active_slabs;
	unsigned long total_slabs = 0, free_objs = 0, shared_avail = 0;
	unsigned long free_slabs = 0, flags;
	struct kmem_cache_node *n;
	int node;

	for_each_kmem_cache_node(cachep, node, n) {
		spin_lock_irqsave(&n->list_lock, flags);
		total_slabs += n->total_slabs;
		free_slabs += n->free_slabs;
		free_objs += n->free_objects;
		if (n->shared)
			shared_avail += n->shared->avail;
		spin_unlock_irqrestore(&n->list_lock, flags);
	}
	num_objs = total_slabs * cachep->num;
	active_slabs = total_slabs - free_slabs;
	active_objs = num_objs - free_objs;

	sinfo->active_objs = active_objs;
	sinfo->num_objs = num_objs;
	sinfo->active_slabs = active_slabs;
	sinfo->num_slabs = total_slabs;
	sinfo->shared_avail = shared_avail;
	sinfo->limit = cachep->limit;
	sinfo->batchcount = cachep->batchcount;
	sinfo->shared = cachep->shared;
	sinfo->objects_per_slab = cachep->num;
	sinfo->cache_order = cachep->gfporder;
}

/* ---- bootstrap ---- */

/*
 * Bootstrap is tricky, because several objects are allocated from caches
 * that do not exist yet (Linux's comment, in short):
 * 1) kmem_cache, the cache of struct kmem_cache, is static, with static
 *    node structures and a one-entry array cache;
 * 2) the kmalloc cache big enough for a kmem_cache_node comes next, its
 *    node structures static too;
 * 3) the two caches' node structures move to kmalloc()ed memory;
 * 4) the other kmalloc caches, with one-entry arrays (slab_state UP);
 * 5) every cache's arrays resized to their real limit/batchcount and the
 *    shared arrays made (Linux: kmem_cache_init_late; slab_state FULL).
 */
void kmem_cache_init(void)
{
	int i, nid;

	slab_reset_common();
	memset(&kmem_cache_boot, 0, sizeof(kmem_cache_boot));
	slab_nr_reports = 0;
	slub_debug_enabled = false;	/* no cache exists before (host tests boot again) */
	kmem_cache = &kmem_cache_boot;

	for (i = 0; i < NUM_INIT_LISTS; i++)
		kmem_cache_node_init(&init_kmem_cache_node[i]);

	/* Bigger slabs only when there is memory to spare (> 32 MB). */
	if (!slab_max_order_set)
		slab_max_order = totalram_pages() > (32 << 20) >> PAGE_SHIFT ?
				 SLAB_MAX_ORDER_HI : SLAB_MAX_ORDER_LO;

	/* 1) create the kmem_cache */
	create_boot_cache(kmem_cache, "kmem_cache", sizeof(struct kmem_cache),
			  SLAB_HWCACHE_ALIGN);
	list_add(&kmem_cache->list, &slab_caches);
	slab_state = PARTIAL;

	/* 2) the cache for kmem_cache_node structures */
	kmalloc_caches[KMALLOC_NORMAL][INDEX_NODE] = create_kmalloc_cache(
		kmalloc_info[INDEX_NODE].name[KMALLOC_NORMAL],
		kmalloc_info[INDEX_NODE].size, 0);
	slab_state = PARTIAL_NODE;
	setup_kmalloc_cache_index_table();

	/* 3) Replace the bootstrap kmem_cache_node */
	for_each_online_node(nid) {
		init_list(kmem_cache, &init_kmem_cache_node[CACHE_CACHE + nid],
			  nid);
		init_list(kmalloc_caches[KMALLOC_NORMAL][INDEX_NODE],
			  &init_kmem_cache_node[SIZE_NODE + nid], nid);
	}

	/* 4) the rest of kmalloc: slab_state UP */
	create_kmalloc_caches(0);

	kmem_cache_init_late();
}

void kmem_cache_init_late(void)
{
	struct kmem_cache *cachep;

	/* 5) resize the head arrays to their final sizes */
	list_for_each_entry(cachep, &slab_caches, list)
		if (enable_cpucache(cachep, GFP_NOWAIT))
			BUG();
	slab_state = FULL;
	pr_info("SLAB: %u caches, %lu pages, slab_max_order=%d, slab_debug=%#x\n",
		(unsigned int)list_count_nodes(&slab_caches),
		slab_unreclaimable_pages() + slab_reclaimable_pages(),
		slab_max_order, slub_debug);
}

/*
 * slab_debug=[FZPU]: SLUB's letters for every cache (Linux's SLAB has no
 * runtime switch, only CONFIG_DEBUG_SLAB; slub_debug= is SLUB's name).
 * F sanity checks, Z red zones, P poisoning, U owner tracking; no letters
 * (or "=" alone): all of them; "-": none.
 */
static int __init setup_slab_debug(char *str)
{
	slub_debug = 0;
	if (!str || !*str || *str == '=') {
		slub_debug = SLAB_DEBUG_FLAGS;
		return 0;
	}
	for (; *str && *str != ','; str++) {
		switch (*str | 0x20) {
		case 'f':
			slub_debug |= SLAB_CONSISTENCY_CHECKS;
			break;
		case 'z':
			slub_debug |= SLAB_RED_ZONE;
			break;
		case 'p':
			slub_debug |= SLAB_POISON;
			break;
		case 'u':
			slub_debug |= SLAB_STORE_USER;
			break;
		case '-':
			slub_debug = 0;
			break;
		default:
			pr_err("slab_debug option '%c' unknown. skipped\n", *str);
		}
	}
	return 0;
}
early_param("slab_debug", setup_slab_debug);

static int __init slab_max_order_setup(char *str)
{
	int order;

	if (kstrtoint(str, 0, &order))
		return -EINVAL;
	slab_max_order = clamp(order, 0, KMALLOC_MAX_ORDER);
	slab_max_order_set = true;
	return 0;
}
early_param("slab_max_order", slab_max_order_setup);
