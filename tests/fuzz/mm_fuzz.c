// SPDX-License-Identifier: GPL-2.0
/*
 * tests/fuzz/mm_fuzz.c - a libFuzzer harness over the host build of mm/:
 * the page allocator, slab, vmalloc and mempools driven by arbitrary byte
 * strings, each step checked, and the whole state at the end.
 *
 * What it teaches: an allocator's contract is more than "does not crash".
 * Every valid sequence must hand out memory nobody else holds, keep what
 * was written into it, and give everything back; every misuse must be
 * reported and change nothing at all.
 *
 * Linux counterpart: syzkaller fuzzes Linux's mm through system calls,
 * with KASAN watching; there is no in-tree harness that feeds the
 * allocators directly. tinymm can, because the very same mm/ sources run on
 * the host (tests/host/), here under ASan and UBSan.
 *
 * Each input is a fresh machine: tests/host/mm_host.c boots the page
 * allocator on a 32 MB arena, then kmem_cache_init() and vmalloc_init()
 * as start_kernel does. The vmalloc page tables for the range the harness
 * can reach are made up front (Linux never frees kernel page tables, so a
 * table made during the run would stay allocated and the final count
 * could never match). Then the canonical state is recorded: per-CPU lists
 * drained and every slab cache shrunk.
 *
 * The byte stream: first a byte of boot options (bit 0 page_poison=on,
 * bit 1 init_on_alloc=1, bit 2 init_on_free=1, bit 3 slab_debug: checks,
 * poisoning, red zones and owner tracking in every cache), then one
 * operation after another, each an opcode byte
 * (taken modulo the number of operations) followed by the argument bytes
 * that operation reads; a byte past the end reads as 0. "pick" below is
 * one byte choosing among the live objects of the right kind.
 *   alloc_pages     order byte, gfp byte (base mask, __GFP_COMP, __GFP_ZERO)
 *   free_pages      pick, and put_page() instead for a compound page
 *   kmalloc         size class byte, 16-bit size, kzalloc bit
 *   kfree / krealloc  pick (+ new size as kmalloc's)
 *   cache_create    16-bit size, align/flags byte  (at most 4 caches)
 *   cache_alloc / cache_free / cache_destroy  pick
 *   vmalloc / vfree 16-bit size (1 byte .. 64 pages), vzalloc bit / pick
 *   mempool_create / _alloc / _free / _destroy  (kmalloc or slab pools)
 *   drain           drain_all_pages, kmem_cache_shrink, or cache_reap
 * and the misuse operations (skipped when FUZZ_MISUSE=0):
 *   double __free_pages, double kfree (small and large), double
 *   kmem_cache_free, kfree/kmem_cache_free of an interior pointer,
 *   kmem_cache_free to the wrong cache, __free_pages with a smaller and a
 *   larger order, kfree of a global and of a vmalloc address, vfree of an
 *   unaligned, a linear-map or a never-mapped address and a double vfree,
 *   krealloc of a freed pointer.
 * A double free uses an object freed since the last allocating operation
 * (nothing can have reused its memory), so it is a real double free.
 *
 * What is checked:
 *   - every allocation is aligned as promised, zeroed when asked, does not
 *     overlap anything live, and (compound) has the right head and order;
 *   - every live object carries a pattern, verified when it is freed;
 *   - a misuse prints a report (BUG/WARNING/Bad page state...) and leaves
 *     the state exactly as it was: the buddy free lists per zone, order
 *     and migrate type, NR_FREE_PAGES, the pcp counts, the slab counters
 *     and every cache's slabinfo (plus its per-CPU and shared arrays),
 *     vmalloc's page count, nr_bad_pages, and the target page's refcount
 *     (two exceptions, as Linux: kmem_cache_free() to the wrong cache may
 *     free the object into its own cache, never into the wrong one; and a
 *     krealloc() of a freed pointer may hand out a new object);
 *   - at the end everything is freed, caches and pools destroyed, the
 *     state made canonical again, and it must equal the one after boot:
 *     NR_FREE_PAGES (equal to the pages on the free lists), slab pages,
 *     every boot cache's slabinfo, vmalloc pages, nr_bad_pages; and the
 *     free lists fully merged (no two free buddies left apart, except
 *     where __free_one_page() keeps a highatomic pageblock apart). Not
 *     the same blocks as after boot: a boot object may end up in another
 *     page (vmalloc frees and allocates the vmap_areas of its free tree),
 *     and Linux keeps stolen and highatomic pageblocks as they are.
 * A failure prints what differs on stderr and aborts: libFuzzer saves the
 * input as a crash file. FUZZ_TRACE=1 prints each operation on stderr.
 * tests/fuzz/corpus/ holds the inputs make fuzz starts from, and
 * tests/fuzz/regressions/ every input that ever failed (make test replays
 * both; see README.md).
 *
 * Simplified: one node, one zone and one CPU, at most 256 live objects,
 * 4 caches, 4 pools and 32 vmalloc areas; large objects carry their
 * pattern only at the ends of each page.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/gfp.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/io.h>
#include <linux/mempool.h>
#include <linux/sizes.h>
#include <asm/pgtable.h>
#include "slab.h"
#include "internal.h"
#include "../host/mm_host.h"
#include "../host/host.h"
#include <tinymm/test_hooks.h>

#define ARENA_BASE	((phys_addr_t)0x40000000)
#define ARENA_SIZE	((u64)SZ_32M)
#define MAX_OPS		1000
#define MAX_LIVE	256
#define MAX_DEAD	16
#define MAX_CACHES	4
#define MAX_POOLS	4
#define VMALLOC_MAX_PAGES 64
#define MAX_VMALLOCS	32
/*
 * First fit over at most MAX_VMALLOCS areas of up to 64 pages (+ a guard
 * page) stays far below this; tables for it are made at boot.
 */
#define VMALLOC_REACH	(128UL << 20)

enum kind { K_PAGES, K_KMALLOC, K_CACHE, K_VMALLOC, K_POOL, NR_KINDS };
static const char *const kind_names[] = {
	"pages", "kmalloc", "cache object", "vmalloc", "mempool element",
};

struct obj {
	enum kind kind;
	void *ptr;		/* linear or vmalloc address */
	struct page *page;	/* K_PAGES */
	unsigned int order;	/* K_PAGES */
	size_t size;		/* bytes the caller asked for */
	int owner;		/* cache or pool index */
	u32 tag;		/* pattern seed */
};

struct fz_cache {
	struct kmem_cache *s;
	unsigned int size, align;
};

struct fz_pool {
	mempool_t *pool;
	size_t size;		/* element size */
	int cache;		/* -1: a kmalloc pool */
};

static struct obj live[MAX_LIVE];
static int nr_live;
static struct obj dead[MAX_DEAD];	/* freed since the last allocation */
static int nr_dead;
static struct fz_cache caches[MAX_CACHES];
static struct fz_pool pools[MAX_POOLS];
static u32 next_tag;
static bool misuse_on = true;	/* FUZZ_MISUSE=0 turns them off */
static bool trace;

/* kfree() of this must be refused: it is not in the linear map */
static u64 fuzz_global[64];

/* The host build's vmalloc needs these (tests/host/vmalloc_test.c). */
extern pgd_t swapper_pg_dir[];

/* ---- failing ---- */

static __attribute__((noreturn, format(printf, 1, 2)))
void fuzz_fail(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "mm_fuzz: FAILED: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	abort();
}

static __attribute__((format(printf, 1, 2))) void tr(const char *fmt, ...)
{
	va_list ap;

	if (!trace)
		return;
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* ---- the byte stream ---- */

struct input {
	const u8 *p;
	size_t n;
};

static u8 get8(struct input *in)
{
	if (!in->n)
		return 0;
	in->n--;
	return *in->p++;
}

static u16 get16(struct input *in)
{
	u16 lo = get8(in);

	return lo | (u16)get8(in) << 8;
}

/* ---- patterns: what a live object must still hold ---- */

static u64 pat(u32 tag, size_t off)
{
	return ((u64)tag << 32 | (u32)off) * 0x9E3779B97F4A7C15ULL;
}

/* Byte @off of @o's memory; vmalloc memory through its page. */
static u8 *obj_byte(const struct obj *o, size_t off)
{
	if (o->kind == K_VMALLOC) {
		struct page *pg = vmalloc_to_page((char *)o->ptr + off);

		if (!pg)
			fuzz_fail("vmalloc %p: offset %zu not mapped", o->ptr, off);
		return (u8 *)page_address(pg) + (off & ~PAGE_MASK);
	}
	return (u8 *)o->ptr + off;
}

/*
 * Which bytes carry the pattern: all of a small object; the first and
 * last 8 bytes of each page of a big one (cheap, and still catches a page
 * handed out twice).
 */
#define SMALL_OBJ	8192

static void pattern_range(const struct obj *o, bool write, size_t limit)
{
	size_t off, n = o->size;

	for (off = 0; off < min(n, limit); off++) {
		size_t in_page = off & ~PAGE_MASK;
		u8 want, *b;

		if (n > SMALL_OBJ && in_page >= 8 && in_page < PAGE_SIZE - 8) {
			off += PAGE_SIZE - 8 - in_page - 1;
			continue;
		}
		want = (u8)(pat(o->tag, off & ~7UL) >> ((off & 7) * 8));
		b = obj_byte(o, off);
		if (write)
			*b = want;
		else if (*b != want)
			fuzz_fail("%s %p (size %zu): byte %zu is %#x, wrote %#x: someone else wrote into it",
				  kind_names[o->kind], o->ptr, o->size, off,
				  *b, want);
	}
}

static void pattern_walk(const struct obj *o, bool write)
{
	pattern_range(o, write, o->size);
}

/* A __GFP_ZERO/kzalloc/vzalloc result must read zero (sampled as above). */
static void check_zeroed(const struct obj *o)
{
	size_t off;

	for (off = 0; off < o->size; off++) {
		size_t in_page = off & ~PAGE_MASK;

		if (o->size > SMALL_OBJ && in_page >= 8 &&
		    in_page < PAGE_SIZE - 8) {
			off += PAGE_SIZE - 8 - in_page - 1;
			continue;
		}
		if (*obj_byte(o, off))
			fuzz_fail("%s %p (size %zu) asked zeroed: byte %zu is %#x",
				  kind_names[o->kind], o->ptr, o->size, off,
				  *obj_byte(o, off));
	}
}

/* ---- live objects ---- */

/* [start, end) in the linear map: one range per page of a vmalloc area */
static bool overlaps(const struct obj *o, unsigned long start,
		     unsigned long end)
{
	unsigned long s, e;
	size_t off;

	if (!o->size || o->ptr == ZERO_SIZE_PTR)
		return false;
	if (o->kind != K_VMALLOC) {
		s = (unsigned long)o->ptr;
		e = s + o->size;
		return s < end && start < e;
	}
	for (off = 0; off < o->size; off += PAGE_SIZE) {
		s = (unsigned long)obj_byte(o, off);
		if (s < end && start < s + PAGE_SIZE)
			return true;
	}
	return false;
}

static void check_no_overlap(const struct obj *n, unsigned long start,
			     unsigned long end)
{
	int i;

	for (i = 0; i < nr_live; i++)
		if (overlaps(&live[i], start, end))
			fuzz_fail("new %s %p (size %zu) overlaps live %s %p (size %zu)",
				  kind_names[n->kind], n->ptr, n->size,
				  kind_names[live[i].kind], live[i].ptr,
				  live[i].size);
}

/* Check a new object against everything live, stamp it, remember it. */
static void add_live(struct obj o, bool zeroed)
{
	size_t off;

	if (nr_live == MAX_LIVE)
		fuzz_fail("add_live: table full (caller should have checked)");
	o.tag = ++next_tag;
	if (o.size && o.ptr != ZERO_SIZE_PTR) {
		if (o.kind == K_VMALLOC) {
			for (off = 0; off < o.size; off += PAGE_SIZE) {
				unsigned long s = (unsigned long)obj_byte(&o, off);

				check_no_overlap(&o, s, s + PAGE_SIZE);
			}
		} else {
			check_no_overlap(&o, (unsigned long)o.ptr,
					 (unsigned long)o.ptr + o.size);
		}
		if (zeroed)
			check_zeroed(&o);
		pattern_walk(&o, true);
	}
	live[nr_live++] = o;
	nr_dead = 0;	/* its memory may have been a dead object's */
}

/* One of the @n indexes in @idx, chosen by @sel; -1 if there are none. */
static int choose(const int *idx, int n, u8 sel)
{
	return n ? idx[sel % n] : -1;
}

/* A live object of @kind chosen by @sel (an index into live[]), or -1. */
static int pick(enum kind kind, u8 sel)
{
	int i, n = 0, idx[MAX_LIVE];

	for (i = 0; i < nr_live; i++)
		if (live[i].kind == kind)
			idx[n++] = i;
	return choose(idx, n, sel);
}

/* Forget live[i], freed already; keep it as a dead object for double frees. */
static struct obj forget(int i)
{
	struct obj o = live[i];

	live[i] = live[--nr_live];
	if (nr_dead < MAX_DEAD)
		dead[nr_dead++] = o;
	return o;
}

/* Verify live[i] before the caller frees it, and forget it. */
static struct obj take(int i)
{
	pattern_walk(&live[i], false);
	return forget(i);
}

static int pick_dead(enum kind kind, u8 sel)
{
	int i, n = 0, idx[MAX_DEAD];

	for (i = 0; i < nr_dead; i++)
		if (dead[i].kind == kind)
			idx[n++] = i;
	return choose(idx, n, sel);
}

static bool room(void)
{
	return nr_live < MAX_LIVE;
}

/* ---- state snapshots ---- */

#define FZ_MAX_CACHES	64
#define FZ_MAX_BLOCKS	(ARENA_SIZE / (PAGE_SIZE << pageblock_order))

struct fz_cache_state {
	const struct kmem_cache *s;
	unsigned long active, slabs, cached;
};

struct fz_state {
	struct host_mm_snap buddy;
	unsigned long slab_unrecl, slab_recl, vmalloc_pages, bad_pages;
	int nr_caches;
	struct fz_cache_state cache[FZ_MAX_CACHES];
	u8 block_type[FZ_MAX_BLOCKS];
};

static struct fz_state boot_state, before, after;

/* Objects a cache holds in its per-CPU and shared arrays. */
static unsigned long cache_cached(struct kmem_cache *s)
{
	struct kmem_cache_node *n;
	unsigned long sum = 0;
	unsigned int cpu;
	int node;

	for (cpu = 0; cpu < nr_cpu_ids; cpu++)
		if (s->cpu_cache)
			sum += per_cpu_ptr(s->cpu_cache, cpu)->avail;
	for_each_kmem_cache_node(s, node, n)
		if (n->shared)
			sum += n->shared->avail;
	return sum;
}

static void snapshot(struct fz_state *st)
{
	struct kmem_cache *s;
	struct zone *zone = host_mm_zone(0);
	unsigned long pfn, i = 0;

	memset(st, 0, sizeof(*st));
	host_mm_snapshot(&st->buddy);
	st->slab_unrecl = global_node_page_state_settled(NR_SLAB_UNRECLAIMABLE_B);
	st->slab_recl = global_node_page_state_settled(NR_SLAB_RECLAIMABLE_B);
	st->vmalloc_pages = vmalloc_nr_pages();
	st->bad_pages = nr_bad_pages;
	list_for_each_entry(s, &slab_caches, list) {
		struct fz_cache_state *c = &st->cache[st->nr_caches];
		struct slabinfo si;

		if (st->nr_caches == FZ_MAX_CACHES)
			fuzz_fail("more than %d slab caches", FZ_MAX_CACHES);
		get_slabinfo(s, &si);
		c->s = s;
		c->active = si.active_objs;
		c->slabs = si.num_slabs;
		c->cached = cache_cached(s);
		st->nr_caches++;
	}
	for (pfn = zone->zone_start_pfn; pfn < zone_end_pfn(zone) &&
	     i < FZ_MAX_BLOCKS; pfn += pageblock_nr_pages)
		st->block_type[i++] = get_pageblock_migratetype(pfn_to_page(pfn));
}

/* The canonical state: nothing on the pcp lists or in slab arrays. */
static void canonical_snapshot(struct fz_state *st)
{
	struct kmem_cache *s;

	list_for_each_entry(s, &slab_caches, list)
		kmem_cache_shrink(s);
	drain_all_pages(NULL);
	snapshot(st);
}

struct diff {
	const char *when;
	int n;
};

static __attribute__((format(printf, 2, 3)))
void differs(struct diff *d, const char *fmt, ...)
{
	va_list ap;

	if (d->n++ == 0 && d->when)
		fprintf(stderr, "mm_fuzz: state differs %s:\n", d->when);
	if (d->n > 20 || !d->when)	/* no @when: just count */
		return;
	fprintf(stderr, "  ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static const struct fz_cache_state *find_cache(const struct fz_state *st,
					       const struct kmem_cache *s)
{
	int i;

	for (i = 0; i < st->nr_caches; i++)
		if (st->cache[i].s == s)
			return &st->cache[i];
	return NULL;
}

/*
 * Every free block whose buddy is free at the same order must have merged
 * with it, except across pageblocks where one is highatomic or isolated
 * (__free_one_page() keeps those apart).
 */
static void check_coalesced(struct diff *d)
{
	int z, mt;
	unsigned int o;

	for (z = 0; z < host_mm_nr_zones(); z++) {
		struct zone *zone = host_mm_zone(z);

		for (o = 0; o < MAX_ORDER - 1; o++)
			for (mt = 0; mt < MIGRATE_TYPES; mt++) {
				struct page *page, *buddy;

				list_for_each_entry(page, &zone->free_area[o].free_list[mt], lru) {
					unsigned long pfn = page_to_pfn(page);
					unsigned long bpfn = __find_buddy_pfn(pfn, o);

					if (!zone_spans_pfn(zone, bpfn))
						continue;
					buddy = pfn_to_page(bpfn);
					if (!PageBuddy(buddy) || buddy_order(buddy) != o)
						continue;
					if (o >= pageblock_order &&
					    (get_pageblock_migratetype(page) >= MIGRATE_PCPTYPES ||
					     get_pageblock_migratetype(buddy) >= MIGRATE_PCPTYPES))
						continue;
					differs(d, "zone %s: free buddies at pfn %#lx and %#lx, order %u, not merged",
						zone->name, pfn, bpfn, o);
				}
			}
	}
}

/*
 * Free lists. @exact (a misuse, which allocates nothing): the same blocks
 * per order and migrate type. Otherwise (the end of a run): the same free
 * page count, fully merged - not the same blocks: the run may leave boot
 * objects in other pages than before (a vmap_area freed and another
 * allocated), and Linux keeps stolen and highatomic pageblocks as they are.
 */
static void compare_buddy(struct diff *d, const struct fz_state *a,
			  const struct fz_state *b, bool exact)
{
	const struct host_mm_snap *x = &a->buddy, *y = &b->buddy;
	int z, o, mt;

	for (z = 0; z < x->nr_zones; z++) {
		const char *name = host_mm_zone(z)->name;
		long listed = 0;

		if (x->free_pages[z] != y->free_pages[z])
			differs(d, "zone %s NR_FREE_PAGES %ld -> %ld", name,
				x->free_pages[z], y->free_pages[z]);
		if (x->pcp_count[z] != y->pcp_count[z])
			differs(d, "zone %s pcp count %ld -> %ld", name,
				x->pcp_count[z], y->pcp_count[z]);
		for (o = 0; o < MAX_ORDER; o++) {
			listed += y->nr_free[z][o] << o;
			if (exact && x->nr_free[z][o] != y->nr_free[z][o])
				differs(d, "zone %s order %d nr_free %lu -> %lu",
					name, o, x->nr_free[z][o],
					y->nr_free[z][o]);
			for (mt = 0; exact && mt < MIGRATE_TYPES; mt++)
				if (x->nr_type[z][o][mt] != y->nr_type[z][o][mt])
					differs(d, "zone %s order %d %s list %lu -> %lu",
						name, o, migratetype_names[mt],
						x->nr_type[z][o][mt],
						y->nr_type[z][o][mt]);
		}
		if (listed != y->free_pages[z])
			differs(d, "zone %s: %ld pages on the free lists, NR_FREE_PAGES %ld",
				name, listed, y->free_pages[z]);
	}
	if (!exact)
		check_coalesced(d);
}

/*
 * @a is the earlier state; every cache of @a must be in @b unchanged, and
 * @b has no other. @exact: see compare_buddy(). No @when: report nothing.
 */
static bool compare(const char *when, const struct fz_state *a,
		    const struct fz_state *b, bool exact)
{
	struct diff d = { .when = when };
	int i;

	if (a->buddy.nr_zones != b->buddy.nr_zones)
		differs(&d, "zones %d -> %d", a->buddy.nr_zones,
			b->buddy.nr_zones);
	else
		compare_buddy(&d, a, b, exact);
	if (a->slab_unrecl != b->slab_unrecl)
		differs(&d, "SUnreclaim %lu -> %lu pages", a->slab_unrecl,
			b->slab_unrecl);
	if (a->slab_recl != b->slab_recl)
		differs(&d, "SReclaimable %lu -> %lu pages", a->slab_recl,
			b->slab_recl);
	if (a->vmalloc_pages != b->vmalloc_pages)
		differs(&d, "vmalloc pages %lu -> %lu", a->vmalloc_pages,
			b->vmalloc_pages);
	if (a->bad_pages != b->bad_pages)
		differs(&d, "nr_bad_pages %lu -> %lu", a->bad_pages,
			b->bad_pages);
	if (a->nr_caches != b->nr_caches)
		differs(&d, "slab caches %d -> %d", a->nr_caches, b->nr_caches);
	for (i = 0; i < a->nr_caches; i++) {
		const struct fz_cache_state *x = &a->cache[i];
		const struct fz_cache_state *y = find_cache(b, x->s);

		if (!y) {
			differs(&d, "cache %s is gone", x->s->name);
			continue;
		}
		if (x->active != y->active || x->slabs != y->slabs ||
		    x->cached != y->cached)
			differs(&d, "cache %s: active_objs %lu -> %lu, slabs %lu -> %lu, in arrays %lu -> %lu",
				x->s->name, x->active, y->active, x->slabs,
				y->slabs, x->cached, y->cached);
	}
	return d.n == 0;
}

/* ---- boot ---- */

/* The boot options byte (see the top). */
#define BOOT_PAGE_POISON	0x01
#define BOOT_INIT_ON_ALLOC	0x02
#define BOOT_INIT_ON_FREE	0x04
#define BOOT_SLAB_DEBUG		0x08

static void fuzz_boot(u8 boot)
{
	struct host_mm_opts opts = {
		.page_poison = boot & BOOT_PAGE_POISON,
		.init_on_alloc = boot & BOOT_INIT_ON_ALLOC,
		.init_on_free = boot & BOOT_INIT_ON_FREE,
	};
	unsigned long start = VMALLOC_START;

	tr("boot: page_poison %d init_on_alloc %d init_on_free %d slab_debug %d",
	   opts.page_poison, opts.init_on_alloc, opts.init_on_free,
	   !!(boot & BOOT_SLAB_DEBUG));
	host_log_clear();
	if (host_mm_boot(ARENA_BASE, ARENA_SIZE, &opts))
		fuzz_fail("host_mm_boot failed");
	memset(swapper_pg_dir, 0, PTRS_PER_PGD * sizeof(pgd_t));
	/* what a bare slab_debug sets (setup_slab_debug) */
	slub_debug = (boot & BOOT_SLAB_DEBUG) ? SLAB_DEBUG_FLAGS : 0;
	kmem_cache_init();
	vmalloc_init();
	/* the tables the run's vmallocs will need (see the top) */
	if (ioremap_page_range(start, start + VMALLOC_REACH, ARENA_BASE,
			       PAGE_KERNEL))
		fuzz_fail("could not make the vmalloc page tables");
	vunmap_range(start, start + VMALLOC_REACH);
	canonical_snapshot(&boot_state);
	nr_live = nr_dead = 0;
	next_tag = 0;
	memset(caches, 0, sizeof(caches));
	memset(pools, 0, sizeof(pools));
}

/* ---- valid operations ---- */

static const gfp_t page_gfps[] = {
	GFP_KERNEL, GFP_HIGHUSER_MOVABLE, GFP_ATOMIC, GFP_NOWAIT,
	GFP_KERNEL | __GFP_RECLAIMABLE, GFP_KERNEL | __GFP_NORETRY,
};

static void op_alloc_pages(struct input *in)
{
	u8 a = get8(in), g = get8(in);
	unsigned int order = (a & 0x80) ? a % 4 : a % MAX_ORDER;
	gfp_t gfp = page_gfps[g % ARRAY_SIZE(page_gfps)] | __GFP_NOWARN;
	struct page *page;
	struct obj o = { .kind = K_PAGES, .order = order };

	if (g & 0x40)
		gfp |= __GFP_COMP;
	if (g & 0x80)
		gfp |= __GFP_ZERO;
	tr("alloc_pages(%#x, %u)", gfp, order);
	if (!room())
		return;
	page = alloc_pages(gfp, order);
	nr_dead = 0;
	if (!page)
		return;
	if (!IS_ALIGNED(page_to_pfn(page), 1UL << order))
		fuzz_fail("alloc_pages order %u: pfn %#lx not aligned", order,
			  page_to_pfn(page));
	if (page_ref_count(page) != 1)
		fuzz_fail("alloc_pages: new page has refcount %d",
			  page_ref_count(page));
	if ((gfp & __GFP_COMP) && order &&
	    (!PageHead(page) || compound_order(page) != order))
		fuzz_fail("alloc_pages __GFP_COMP order %u: head %d order %u",
			  order, PageHead(page), compound_order(page));
	o.page = page;
	o.ptr = page_address(page);
	o.size = PAGE_SIZE << order;
	add_live(o, gfp & __GFP_ZERO);
}

static void op_free_pages(struct input *in)
{
	u8 sel = get8(in);
	int i = pick(K_PAGES, sel);
	struct obj o;

	if (i < 0)
		return;
	o = take(i);
	tr("__free_pages(pfn %#lx, %u)", page_to_pfn(o.page), o.order);
	if ((sel & 0x80) && PageHead(o.page))
		put_page(o.page);
	else
		__free_pages(o.page, o.order);
}

/* A kmalloc size: tiny, up to the largest cache, or a large kmalloc. */
static size_t kmalloc_size(u8 cls, u16 s)
{
	switch (cls % 4) {
	case 0:
		return s % 257;				/* 0: ZERO_SIZE_PTR */
	case 1:
		return 1 + s % KMALLOC_MAX_CACHE_SIZE;
	case 2:
		return KMALLOC_MAX_CACHE_SIZE + 1 + s % (64 * 1024);
	default:
		return KMALLOC_MAX_CACHE_SIZE + 1 + (size_t)s * 64;	/* to ~4 MB */
	}
}

/*
 * Alignment is a property of the physical address: the host's arena (the
 * "linear map") is a heap block, aligned only as malloc aligns.
 */
static unsigned long phys(const void *p)
{
	return (unsigned long)virt_to_phys(p);
}

/*
 * A kmalloc result; @fresh: new memory, not an object krealloc() kept
 * (Linux promises natural alignment for kmalloc only).
 */
static void check_kmalloc(const void *p, size_t size, bool fresh)
{
	if (p == ZERO_SIZE_PTR) {
		if (size)
			fuzz_fail("kmalloc(%zu) returned ZERO_SIZE_PTR", size);
		return;
	}
	if (!size)
		fuzz_fail("kmalloc(0) returned %p, not ZERO_SIZE_PTR", p);
	if (!IS_ALIGNED(phys(p), ARCH_KMALLOC_MINALIGN))
		fuzz_fail("kmalloc(%zu) = %p: not aligned", size, p);
	/* power-of-two sizes are naturally aligned, large ones page aligned */
	if (fresh && (size > KMALLOC_MAX_CACHE_SIZE ?
		      !IS_ALIGNED(phys(p), PAGE_SIZE) :
		      !(size & (size - 1)) && !IS_ALIGNED(phys(p), size)))
		fuzz_fail("kmalloc(%zu) = %p: not naturally aligned", size, p);
	if (ksize(p) < size)
		fuzz_fail("kmalloc(%zu) = %p: ksize %zu", size, p, ksize(p));
}

static void op_kmalloc(struct input *in)
{
	u8 cls = get8(in);
	size_t size = kmalloc_size(cls, get16(in));
	bool zero = cls & 0x80;
	gfp_t gfp = ((cls & 0x40) ? GFP_ATOMIC : GFP_KERNEL) | __GFP_NOWARN;
	void *p;

	tr("k%salloc(%zu)", zero ? "z" : "m", size);
	if (!room())
		return;
	p = zero ? kzalloc(size, gfp) : kmalloc(size, gfp);
	nr_dead = 0;
	if (!p)
		return;
	check_kmalloc(p, size, true);
	add_live((struct obj){ .kind = K_KMALLOC, .ptr = p, .size = size },
		 zero);
}

static void op_kfree(struct input *in)
{
	int i = pick(K_KMALLOC, get8(in));
	struct obj o;

	if (i < 0)
		return;
	o = take(i);
	tr("kfree(%p) size %zu", o.ptr, o.size);
	kfree(o.ptr);
}

static void op_krealloc(struct input *in)
{
	u8 sel = get8(in), cls = get8(in);
	size_t size = kmalloc_size(cls, get16(in));
	int i = (sel & 0x80) ? -1 : pick(K_KMALLOC, sel);
	struct obj o = { .kind = K_KMALLOC };
	void *p;

	if (i >= 0)
		o = live[i];
	tr("krealloc(%p (size %zu), %zu)", o.ptr, o.size, size);
	if (i < 0 && !room())
		return;
	if (i >= 0)
		pattern_walk(&o, false);
	p = krealloc(o.ptr, size, GFP_KERNEL | __GFP_NOWARN);
	nr_dead = 0;
	if (!size) {
		if (p != ZERO_SIZE_PTR)
			fuzz_fail("krealloc(%p, 0) = %p, not ZERO_SIZE_PTR",
				  o.ptr, p);
		if (i >= 0)
			forget(i);
		return;
	}
	if (!p)
		return;			/* the old object stays as it was */
	check_kmalloc(p, size, p != o.ptr);
	if (i >= 0) {
		struct obj n = o;

		/* what fits in both must have moved over */
		n.ptr = p;
		if (o.ptr != ZERO_SIZE_PTR)
			pattern_range(&n, false, size);
		live[i] = live[--nr_live];
	}
	add_live((struct obj){ .kind = K_KMALLOC, .ptr = p, .size = size },
		 false);
}

static const slab_flags_t cache_flags[] = {
	0, SLAB_HWCACHE_ALIGN, SLAB_RECLAIM_ACCOUNT,
	SLAB_HWCACHE_ALIGN | SLAB_RECLAIM_ACCOUNT,
	SLAB_POISON | SLAB_RED_ZONE | SLAB_STORE_USER,
};
static const unsigned int cache_aligns[] = { 0, 8, 16, 64, 256 };

static int free_cache_slot(void)
{
	int i;

	for (i = 0; i < MAX_CACHES; i++)
		if (!caches[i].s)
			return i;
	return -1;
}

static void op_cache_create(struct input *in)
{
	u16 s = get16(in);
	u8 f = get8(in);
	unsigned int size = (f & 0x80) ? 8 + s % 32761 : 8 + s % 505;
	unsigned int align = cache_aligns[(f >> 3) % ARRAY_SIZE(cache_aligns)];
	slab_flags_t flags = cache_flags[f % ARRAY_SIZE(cache_flags)];
	int slot = free_cache_slot();
	char name[16];

	if (slot < 0)
		return;
	snprintf(name, sizeof(name), "fuzz-%d", slot);
	tr("kmem_cache_create(%s, %u, %u, %#x)", name, size, align, flags);
	caches[slot].s = kmem_cache_create(name, size, align, flags, NULL);
	caches[slot].size = size;
	caches[slot].align = align;
	nr_dead = 0;
}

/* A live cache index chosen by @sel, or -1. */
static int pick_cache(u8 sel)
{
	int i, n = 0, idx[MAX_CACHES];

	for (i = 0; i < MAX_CACHES; i++)
		if (caches[i].s)
			idx[n++] = i;
	return choose(idx, n, sel);
}

static void op_cache_alloc(struct input *in)
{
	u8 sel = get8(in);
	int c = pick_cache(sel);
	bool zero = sel & 0x80;
	void *p;

	if (c < 0 || !room())
		return;
	tr("kmem_cache_%salloc(%s)", zero ? "z" : "", caches[c].s->name);
	p = zero ? kmem_cache_zalloc(caches[c].s, GFP_KERNEL | __GFP_NOWARN) :
		   kmem_cache_alloc(caches[c].s, GFP_KERNEL | __GFP_NOWARN);
	nr_dead = 0;
	if (!p)
		return;
	if (caches[c].align && !IS_ALIGNED(phys(p), caches[c].align))
		fuzz_fail("%s: object %p not aligned to %u", caches[c].s->name,
			  p, caches[c].align);
	add_live((struct obj){ .kind = K_CACHE, .ptr = p,
			       .size = caches[c].size, .owner = c }, zero);
}

static void op_cache_free(struct input *in)
{
	int i = pick(K_CACHE, get8(in));
	struct obj o;

	if (i < 0)
		return;
	o = take(i);
	tr("kmem_cache_free(%s, %p)", caches[o.owner].s->name, o.ptr);
	kmem_cache_free(caches[o.owner].s, o.ptr);
}

static void pool_destroy(int p);

/* Free a cache's objects and pools, then destroy it: it must go away. */
static void cache_destroy(int c)
{
	struct kmem_cache *s = caches[c].s, *t;
	int i, p;

	for (p = 0; p < MAX_POOLS; p++)
		if (pools[p].pool && pools[p].cache == c)
			pool_destroy(p);
	for (i = nr_live - 1; i >= 0; i--)
		if (live[i].kind == K_CACHE && live[i].owner == c) {
			struct obj o = take(i);

			kmem_cache_free(s, o.ptr);
		}
	tr("kmem_cache_destroy(%s)", s->name);
	kmem_cache_destroy(s);
	caches[c].s = NULL;
	nr_dead = 0;	/* its slabs went back: dead objects are gone too */
	list_for_each_entry(t, &slab_caches, list)
		if (t == s)
			fuzz_fail("kmem_cache_destroy of an empty cache left it on slab_caches");
}

static void op_cache_destroy(struct input *in)
{
	int c = pick_cache(get8(in));

	if (c >= 0)
		cache_destroy(c);
}

static void op_vmalloc(struct input *in)
{
	u16 s = get16(in);
	bool zero = s & 1;
	size_t size = 1 + (s >> 1) % (VMALLOC_MAX_PAGES * PAGE_SIZE);
	int i, n = 0;
	void *v;

	for (i = 0; i < nr_live; i++)
		n += live[i].kind == K_VMALLOC;
	if (n >= MAX_VMALLOCS || !room())
		return;
	tr("v%salloc(%zu)", zero ? "z" : "m", size);
	v = zero ? vzalloc(size) : vmalloc(size);
	nr_dead = 0;
	if (!v)
		return;
	if (!is_vmalloc_addr(v) || !PAGE_ALIGNED(v))
		fuzz_fail("vmalloc(%zu) = %p", size, v);
	if ((unsigned long)v + size > VMALLOC_START + VMALLOC_REACH)
		fuzz_fail("vmalloc(%zu) = %p: beyond the harness's tables", size, v);
	add_live((struct obj){ .kind = K_VMALLOC, .ptr = v, .size = size },
		 zero);
}

static void op_vfree(struct input *in)
{
	int i = pick(K_VMALLOC, get8(in));
	struct obj o;

	if (i < 0)
		return;
	o = take(i);
	tr("vfree(%p)", o.ptr);
	vfree(o.ptr);
	if (find_vm_area(o.ptr))
		fuzz_fail("vfree(%p): the area is still there", o.ptr);
}

static void op_mempool_create(struct input *in)
{
	u8 a = get8(in);
	u16 s = get16(in);
	int p, c = pick_cache(s);
	int min_nr = a % 9;

	for (p = 0; p < MAX_POOLS && pools[p].pool; p++)
		;
	if (p == MAX_POOLS)
		return;
	if ((a & 0x80) && c >= 0) {
		tr("mempool_create_slab_pool(%d, %s)", min_nr, caches[c].s->name);
		pools[p].pool = mempool_create_slab_pool(min_nr, caches[c].s);
		pools[p].size = caches[c].size;
		pools[p].cache = c;
	} else {
		pools[p].size = 1 + s % KMALLOC_MAX_CACHE_SIZE;
		tr("mempool_create_kmalloc_pool(%d, %zu)", min_nr, pools[p].size);
		pools[p].pool = mempool_create_kmalloc_pool(min_nr,
							     pools[p].size);
		pools[p].cache = -1;
	}
	nr_dead = 0;
}

static int pick_pool(u8 sel)
{
	int i, n = 0, idx[MAX_POOLS];

	for (i = 0; i < MAX_POOLS; i++)
		if (pools[i].pool)
			idx[n++] = i;
	return choose(idx, n, sel);
}

static void op_mempool_alloc(struct input *in)
{
	u8 sel = get8(in);
	int p = pick_pool(sel);
	void *e;

	if (p < 0 || !room())
		return;
	tr("mempool_alloc(pool %d)", p);
	e = mempool_alloc(pools[p].pool, (sel & 0x80) ? GFP_NOWAIT : GFP_KERNEL);
	nr_dead = 0;
	if (!e)
		return;
	add_live((struct obj){ .kind = K_POOL, .ptr = e,
			       .size = pools[p].size, .owner = p }, false);
}

static void op_mempool_free(struct input *in)
{
	int i = pick(K_POOL, get8(in));
	struct obj o;

	if (i < 0)
		return;
	o = take(i);
	tr("mempool_free(%p, pool %d)", o.ptr, o.owner);
	mempool_free(o.ptr, pools[o.owner].pool);
}

static void pool_destroy(int p)
{
	int i;

	for (i = nr_live - 1; i >= 0; i--)
		if (live[i].kind == K_POOL && live[i].owner == p) {
			struct obj o = take(i);

			mempool_free(o.ptr, pools[p].pool);
		}
	tr("mempool_destroy(pool %d)", p);
	mempool_destroy(pools[p].pool);
	pools[p].pool = NULL;
	nr_dead = 0;	/* the pool's reserve went back to the allocator */
}

static void op_mempool_destroy(struct input *in)
{
	int p = pick_pool(get8(in));

	if (p >= 0)
		pool_destroy(p);
}

static void op_drain(struct input *in)
{
	u8 a = get8(in);
	int c = pick_cache(a >> 2);

	switch (a % 3) {
	case 0:
		tr("drain_all_pages");
		drain_all_pages(NULL);
		break;
	case 1:
		if (c >= 0) {
			tr("kmem_cache_shrink(%s)", caches[c].s->name);
			kmem_cache_shrink(caches[c].s);
		}
		break;
	default:
		tr("cache_reap");
		cache_reap();
		break;
	}
}

/* ---- misuse: each must be reported and change nothing ---- */

static const char *const report_marks[] = {
	"BUG", "WARNING", "Bad page state", "Wrong slab cache",
	"Trying to vfree", "non-linear address", "double free",
};

static struct page *misuse_page;	/* its refcount must not change */
static int misuse_refcount;
static char misuse_what[160];

/*
 * Linux reports some misuses with WARN_ONCE, once per boot. This process
 * boots many times and the once flags stay set, so a kind of misuse (its
 * format string here) reported before in this process need not be
 * reported again; the state checks still apply every time.
 */
static const char *misuse_kind, *reported_kinds[32];

static __attribute__((format(printf, 2, 3)))
void misuse_begin(struct page *page, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(misuse_what, sizeof(misuse_what), fmt, ap);
	va_end(ap);
	tr("MISUSE %s", misuse_what);
	misuse_kind = fmt;
	misuse_page = page;
	misuse_refcount = page ? page_ref_count(page) : 0;
	snapshot(&before);
	host_log_clear();
}

static void misuse_end(bool compare_state)
{
	const char *log = host_log_text();
	char when[200];
	unsigned int i;
	bool reported = false;

	for (i = 0; i < ARRAY_SIZE(report_marks); i++)
		reported |= strstr(log, report_marks[i]) != NULL;
	for (i = 0; i < ARRAY_SIZE(reported_kinds) && reported_kinds[i]; i++)
		if (reported_kinds[i] == misuse_kind)
			break;
	if (reported && i < ARRAY_SIZE(reported_kinds))
		reported_kinds[i] = misuse_kind;
	else if (!reported && (i == ARRAY_SIZE(reported_kinds) ||
			       !reported_kinds[i]))
		fuzz_fail("%s: not reported", misuse_what);
	if (misuse_page && page_ref_count(misuse_page) != misuse_refcount)
		fuzz_fail("%s: refcount of pfn %#lx went %d -> %d",
			  misuse_what, page_to_pfn(misuse_page),
			  misuse_refcount, page_ref_count(misuse_page));
	if (!compare_state)
		return;
	snapshot(&after);
	snprintf(when, sizeof(when), "after %s", misuse_what);
	if (!compare(when, &before, &after, true))
		fuzz_fail("%s changed the state", misuse_what);
}

/*
 * The wrong cache: refused (nothing changed), or, as Linux's
 * cache_from_obj() does, freed into the cache the object comes from; never
 * into the wrong one.
 */
static void misuse_end_wrong_cache(int i, struct kmem_cache *wrong)
{
	const struct fz_cache_state *x, *y;

	misuse_end(false);
	snapshot(&after);
	if (compare(NULL, &before, &after, true))
		return;		/* refused: the object is still the caller's */
	x = find_cache(&before, wrong);
	y = find_cache(&after, wrong);
	if (!x || !y || x->active != y->active || x->slabs != y->slabs ||
	    x->cached != y->cached)
		fuzz_fail("%s: the object went into %s", misuse_what,
			  wrong->name);
	tr("  freed into its own cache, as cache_from_obj() does");
	forget(i);
}

static void op_double_free_pages(struct input *in)
{
	int d = pick_dead(K_PAGES, get8(in));

	if (d < 0)
		return;
	misuse_begin(dead[d].page, "double __free_pages(pfn %#lx, %u)",
		     page_to_pfn(dead[d].page), dead[d].order);
	__free_pages(dead[d].page, dead[d].order);
	misuse_end(true);
}

static void op_double_kfree(struct input *in)
{
	int d = pick_dead(K_KMALLOC, get8(in));

	if (d < 0 || dead[d].ptr == ZERO_SIZE_PTR)
		return;
	misuse_begin(NULL, "double kfree(%p) of a %s kmalloc(%zu)", dead[d].ptr,
		     dead[d].size > KMALLOC_MAX_CACHE_SIZE ? "large" : "small",
		     dead[d].size);
	kfree(dead[d].ptr);
	misuse_end(true);
}

static void op_double_cache_free(struct input *in)
{
	int d = pick_dead(K_CACHE, get8(in));

	if (d < 0 || !caches[dead[d].owner].s)
		return;
	misuse_begin(NULL, "double kmem_cache_free(%s, %p)",
		     caches[dead[d].owner].s->name, dead[d].ptr);
	kmem_cache_free(caches[dead[d].owner].s, dead[d].ptr);
	misuse_end(true);
}

static void op_free_interior(struct input *in)
{
	u8 sel = get8(in), off = get8(in);
	bool cache = sel & 0x80;
	int i = pick(cache ? K_CACHE : K_KMALLOC, sel);
	struct obj *o;
	char *p;

	if (i < 0)
		return;
	o = &live[i];
	/* a large kmalloc is a compound page: Linux frees it from any pointer */
	if (o->size < 2 || o->size > KMALLOC_MAX_CACHE_SIZE)
		return;
	p = (char *)o->ptr + 1 + off % (o->size - 1);
	if (cache) {
		misuse_begin(NULL, "kmem_cache_free(%s, %p) inside object %p",
			     caches[o->owner].s->name, p, o->ptr);
		kmem_cache_free(caches[o->owner].s, p);
	} else {
		misuse_begin(NULL, "kfree(%p) inside object %p (size %zu)", p,
			     o->ptr, o->size);
		kfree(p);
	}
	misuse_end(true);
}

static void op_cache_free_wrong(struct input *in)
{
	u8 sel = get8(in);
	int c = pick_cache(get8(in));
	int i = pick((sel & 0x80) ? K_KMALLOC : K_CACHE, sel);
	struct obj *o;

	if (i < 0 || c < 0)
		return;
	o = &live[i];
	if ((o->kind == K_CACHE && o->owner == c) ||
	    (o->kind == K_KMALLOC &&
	     (o->ptr == ZERO_SIZE_PTR || o->size > KMALLOC_MAX_CACHE_SIZE)))
		return;
	misuse_begin(NULL, "kmem_cache_free(%s, %p) of a %s", caches[c].s->name,
		     o->ptr, kind_names[o->kind]);
	kmem_cache_free(caches[c].s, o->ptr);
	misuse_end_wrong_cache(i, caches[c].s);
}

static void op_free_pages_wrong_order(struct input *in)
{
	u8 sel = get8(in), a = get8(in);
	int i = pick(K_PAGES, sel);
	unsigned int order;
	struct obj *o;

	if (i < 0)
		return;
	o = &live[i];
	order = a % MAX_ORDER;
	if (order == o->order)
		order = (order + 1) % MAX_ORDER;
	misuse_begin(o->page, "__free_pages(pfn %#lx, %u) of an order-%u %sblock",
		     page_to_pfn(o->page), order, o->order,
		     PageHead(o->page) ? "compound " : "");
	__free_pages(o->page, order);
	misuse_end(true);
}

static void op_kfree_bad_address(struct input *in)
{
	u8 sel = get8(in);
	int i = pick(K_VMALLOC, sel);

	if ((sel & 1) && i >= 0) {
		void *p = (char *)live[i].ptr + (sel >> 1) % live[i].size;

		misuse_begin(NULL, "kfree(%p) of a vmalloc address", p);
		kfree(p);
	} else {
		void *p = &fuzz_global[(sel >> 1) % ARRAY_SIZE(fuzz_global)];

		misuse_begin(NULL, "kfree(%p) of a global", p);
		kfree(p);
	}
	misuse_end(true);
}

static void op_vfree_bad(struct input *in)
{
	u8 sel = get8(in);
	int i;
	void *p = NULL;

	switch (sel % 4) {
	case 0:		/* unaligned, inside a live area */
		i = pick(K_VMALLOC, sel >> 2);
		if (i >= 0 && live[i].size > 1)
			p = (char *)live[i].ptr + 1 +
			    (sel >> 2) % min_t(size_t, live[i].size - 1,
					       PAGE_SIZE - 1);
		break;
	case 1:		/* a linear-map address */
		i = pick(K_PAGES, sel >> 2);
		if (i >= 0)
			p = live[i].ptr;
		break;
	case 2:		/* page aligned, in range, never mapped */
		p = (void *)(VMALLOC_END - PAGE_SIZE * (1 + (sel >> 2)));
		break;
	default:	/* vfree twice */
		i = pick_dead(K_VMALLOC, sel >> 2);
		if (i >= 0)
			p = dead[i].ptr;
		break;
	}
	if (!p)
		return;
	misuse_begin(NULL, "vfree(%p) of a bad address (case %d)", p, sel % 4);
	vfree(p);
	misuse_end(true);
}

/*
 * krealloc of a freed pointer: reported; NULL changes nothing, a new
 * object becomes live like any krealloc result.
 */
static void op_krealloc_freed(struct input *in)
{
	u8 sel = get8(in), cls = get8(in);
	size_t size = kmalloc_size(cls, get16(in));
	int d = pick_dead(K_KMALLOC, sel);
	void *p;

	if (d < 0 || dead[d].ptr == ZERO_SIZE_PTR || !size || !room())
		return;
	misuse_begin(NULL, "krealloc(%p, %zu) of a freed kmalloc(%zu)",
		     dead[d].ptr, size, dead[d].size);
	p = krealloc(dead[d].ptr, size, GFP_KERNEL | __GFP_NOWARN);
	misuse_end(!p);
	if (p) {
		check_kmalloc(p, size, p != dead[d].ptr);
		add_live((struct obj){ .kind = K_KMALLOC, .ptr = p,
				       .size = size }, false);
	}
}

/*
 * ---- the table ----
 * Allocations (and page frees) appear twice, so that random bytes build
 * state up more often than they tear it down. tests/fuzz/mkregress.py
 * writes inputs by these indexes: keep it in step when the order changes.
 */

struct op {
	void (*fn)(struct input *in);
	bool misuse;
};

static const struct op ops[] = {
	{ op_alloc_pages },		{ op_free_pages },
	{ op_kmalloc },			{ op_kfree },
	{ op_krealloc },		{ op_cache_create },
	{ op_cache_alloc },		{ op_cache_free },
	{ op_cache_destroy },		{ op_vmalloc },
	{ op_vfree },			{ op_mempool_create },
	{ op_mempool_alloc },		{ op_mempool_free },
	{ op_mempool_destroy },		{ op_drain },
	{ op_alloc_pages },		{ op_kmalloc },
	{ op_cache_alloc },		{ op_free_pages },
	{ op_double_free_pages, true },	{ op_double_kfree, true },
	{ op_double_cache_free, true },	{ op_free_interior, true },
	{ op_cache_free_wrong, true },	{ op_free_pages_wrong_order, true },
	{ op_kfree_bad_address, true },	{ op_vfree_bad, true },
	{ op_krealloc_freed, true },
};

/* ---- the end: free everything, compare with the boot state ---- */

static void free_everything(void)
{
	int c, p;

	for (p = 0; p < MAX_POOLS; p++)
		if (pools[p].pool)
			pool_destroy(p);
	for (c = 0; c < MAX_CACHES; c++)
		if (caches[c].s)
			cache_destroy(c);
	while (nr_live) {
		struct obj o = take(nr_live - 1);

		switch (o.kind) {
		case K_PAGES:
			__free_pages(o.page, o.order);
			break;
		case K_KMALLOC:
			kfree(o.ptr);
			break;
		case K_VMALLOC:
			vfree(o.ptr);
			break;
		default:
			fuzz_fail("%s left after its owner went", kind_names[o.kind]);
		}
	}
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const u8 *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *m = getenv("FUZZ_MISUSE"), *t = getenv("FUZZ_TRACE");

	if (m)
		misuse_on = strcmp(m, "0") != 0;
	trace = t && strcmp(t, "0") != 0;
	setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	return 0;
}

int LLVMFuzzerTestOneInput(const u8 *data, size_t size)
{
	struct input in = { data, size };
	int n;

	fuzz_boot(get8(&in));
	for (n = 0; in.n && n < MAX_OPS; n++) {
		const struct op *op = &ops[get8(&in) % ARRAY_SIZE(ops)];

		if (!op->misuse || misuse_on)
			op->fn(&in);
	}
	tr("end: freeing everything");
	free_everything();
	canonical_snapshot(&after);
	if (!compare("after freeing everything", &boot_state, &after, false))
		fuzz_fail("freeing everything did not restore the boot state");
	host_mm_teardown();
	return 0;
}
