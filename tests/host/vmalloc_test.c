// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/vmalloc_test.c - mm/vmalloc.c on the host, over the real
 * buddy allocator (mm_host.c) and real arm64-format page tables in the
 * arena (tests/host/include/asm/pgtable.h). A seeded random stress of
 * alloc_vmap_area/free_vmap_area and of vmalloc/vfree, with a checker of
 * every invariant of the two trees:
 *   - busy and free areas, in address order, never overlap and together
 *     cover [VMALLOC_START, VMALLOC_END) exactly;
 *   - no two free areas touch (freeing coalesces);
 *   - each tree's in-order walk is its list; red-black rules hold;
 *   - subtree_max_size of every free node is the largest free area below;
 *   - first fit: with page alignment, the address handed out is the lowest
 *     that fits (compared with a linear search made before the call);
 *   - every vmalloc area maps its pages, and its guard page maps nothing.
 * Linux has no host test for vmalloc; lib/test_vmalloc.c (the in-kernel
 * counterpart is tests/kernel/vmalloc_kunit.c) has no checker.
 */
#include <stdlib.h>
#include <string.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <linux/rbtree_augmented.h>
#include <linux/io.h>
#include <kunit/test.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>
#include "mm_host.h"
#include "host.h"

/* The host "architecture" pieces vmalloc.c needs (asm/pgtable.h, tlbflush.h). */
pgd_t swapper_pg_dir[PTRS_PER_PGD] __aligned(PAGE_SIZE);
unsigned long host_tlb_flush_count;
u64 host_tlb_flush_start, host_tlb_flush_end;

extern int host_warn_count;
int kallsyms_host_alpha(int x);

#define ARENA_BASE	0x40000000ULL
#define ARENA_SIZE	(128ULL << 20)

static int vm_boot(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, host_mm_boot(ARENA_BASE, ARENA_SIZE, NULL), 0);
	memset(swapper_pg_dir, 0, sizeof(swapper_pg_dir));
	kmem_cache_init();	/* vmap_area_cachep and kmalloc */
	vmalloc_init();
	return 0;
}

static void vm_exit(struct kunit *test)
{
	host_mm_teardown();
}

/* ---- the checker ---- */

struct vm_check {
	struct kunit *test;
	bool ok;
};

#define CHECK(c, cond, fmt, ...) do {					\
	if (!(cond)) {							\
		KUNIT_FAIL((c)->test, fmt, ##__VA_ARGS__);		\
		(c)->ok = false;					\
	}								\
} while (0)

static unsigned long va_size(struct vmap_area *va)
{
	return va->va_end - va->va_start;
}

/* Red-black rules and subtree_max_size; returns the black height. */
static int check_node(struct vm_check *c, struct rb_node *rb,
		      struct rb_node *parent, bool augmented,
		      unsigned long *max)
{
	struct vmap_area *va;
	unsigned long lmax = 0, rmax = 0, m;
	int lh, rh;

	if (!rb)
		return 1;
	va = rb_entry(rb, struct vmap_area, rb_node);
	CHECK(c, rb_parent(rb) == parent, "%lx: bad parent", va->va_start);
	CHECK(c, !(rb_is_red(rb) && parent && rb_is_red(parent)),
	      "%lx: red-red", va->va_start);
	lh = check_node(c, rb->rb_left, rb, augmented, &lmax);
	rh = check_node(c, rb->rb_right, rb, augmented, &rmax);
	CHECK(c, lh == rh, "%lx: black heights %d/%d", va->va_start, lh, rh);
	m = max(va_size(va), max(lmax, rmax));
	if (augmented)
		CHECK(c, va->subtree_max_size == m,
		      "free %lx-%lx: subtree_max_size %lu, real max %lu",
		      va->va_start, va->va_end, va->subtree_max_size, m);
	*max = m;
	return lh + rb_is_black(rb);
}

/* The in-order walk of @root is @head, in strictly increasing order. */
static unsigned long check_tree_list(struct vm_check *c, struct rb_root *root,
				     struct list_head *head, bool augmented)
{
	struct rb_node *rb = rb_first(root);
	struct vmap_area *va, *prev = NULL;
	unsigned long n = 0, max;

	if (root->rb_node)
		CHECK(c, rb_is_black(root->rb_node), "red root");
	check_node(c, root->rb_node, NULL, augmented, &max);
	list_for_each_entry(va, head, list) {
		CHECK(c, rb == &va->rb_node, "list and tree disagree at %lx",
		      va->va_start);
		if (rb != &va->rb_node)
			return n;
		rb = rb_next(rb);
		CHECK(c, va->va_start < va->va_end, "empty area at %lx", va->va_start);
		CHECK(c, !(va->va_start & ~PAGE_MASK) && !(va->va_end & ~PAGE_MASK),
		      "unaligned area %lx-%lx", va->va_start, va->va_end);
		if (prev) {
			CHECK(c, prev->va_end <= va->va_start,
			      "overlap %lx-%lx / %lx-%lx", prev->va_start,
			      prev->va_end, va->va_start, va->va_end);
			if (augmented)
				CHECK(c, prev->va_end != va->va_start,
				      "free areas %lx-%lx and %lx-%lx not merged",
				      prev->va_start, prev->va_end,
				      va->va_start, va->va_end);
		}
		prev = va;
		n++;
	}
	CHECK(c, rb == NULL, "tree has more nodes than the list");
	return n;
}

/* Busy + free tile [VMALLOC_START, VMALLOC_END) with no gap or overlap. */
static void check_cover(struct vm_check *c)
{
	struct list_head *b = vmap_area_list.next, *f = free_vmap_area_list.next;
	unsigned long at = VMALLOC_START;

	while (b != &vmap_area_list || f != &free_vmap_area_list) {
		struct vmap_area *vb = b != &vmap_area_list ?
			list_entry(b, struct vmap_area, list) : NULL;
		struct vmap_area *vf = f != &free_vmap_area_list ?
			list_entry(f, struct vmap_area, list) : NULL;
		struct vmap_area *va;

		if (vb && (!vf || vb->va_start < vf->va_start)) {
			va = vb;
			b = b->next;
		} else {
			va = vf;
			f = f->next;
		}
		CHECK(c, va->va_start == at, "hole or overlap at %lx (next area %lx-%lx)",
		      at, va->va_start, va->va_end);
		if (va->va_start != at)
			return;
		at = va->va_end;
	}
	CHECK(c, at == VMALLOC_END, "space ends at %lx", at);
}

/* Each vm's pages are mapped, in order; the guard page is not. */
static void check_mappings(struct vm_check *c)
{
	struct vmap_area *va;
	unsigned int i;

	list_for_each_entry(va, &vmap_area_list, list) {
		struct vm_struct *vm = va->vm;
		unsigned long addr;

		if (!vm || !(vm->flags & VM_ALLOC))
			continue;
		addr = (unsigned long)vm->addr;
		CHECK(c, vm->size == va_size(va), "vm size %lu, area %lu",
		      vm->size, va_size(va));
		CHECK(c, vm->nr_pages == get_vm_area_size(vm) >> PAGE_SHIFT,
		      "%lx: %u pages for %zu bytes", addr, vm->nr_pages,
		      get_vm_area_size(vm));
		for (i = 0; i < vm->nr_pages; i++)
			CHECK(c, vmalloc_to_page((void *)(addr + i * PAGE_SIZE)) ==
			      vm->pages[i], "%lx page %u not mapped", addr, i);
		if (!(vm->flags & VM_NO_GUARD))
			CHECK(c, vmalloc_to_pfn((void *)(va->va_end - PAGE_SIZE)) == 0,
			      "guard page of %lx is mapped", addr);
	}
}

static bool vm_check_all(struct kunit *test, bool mappings)
{
	struct vm_check c = { .test = test, .ok = true };

	check_tree_list(&c, &vmap_area_root, &vmap_area_list, false);
	check_tree_list(&c, &free_vmap_area_root, &free_vmap_area_list, true);
	check_cover(&c);
	if (mappings)
		check_mappings(&c);
	return c.ok;
}

/* Linear first fit over the free list (Linux: find_vmap_lowest_linear_match). */
static unsigned long linear_first_fit(unsigned long size, unsigned long align,
				      unsigned long vstart, unsigned long vend)
{
	struct vmap_area *va;

	list_for_each_entry(va, &free_vmap_area_list, list) {
		unsigned long start = ALIGN(max(va->va_start, vstart), align);

		if (start < vstart || start + size < start)
			continue;
		if (start + size <= va->va_end)
			return start + size <= vend ? start : 0;
	}
	return 0;
}

/* Only one free area, the whole space: everything was merged back. */
static void expect_all_free(struct kunit *test)
{
	struct vmap_area *va;

	KUNIT_ASSERT_FALSE(test, list_empty(&free_vmap_area_list));
	va = list_first_entry(&free_vmap_area_list, struct vmap_area, list);
	KUNIT_EXPECT_EQ(test, va->va_start, VMALLOC_START);
	KUNIT_EXPECT_EQ(test, va->va_end, VMALLOC_END);
	KUNIT_EXPECT_TRUE(test, list_is_singular(&free_vmap_area_list));
	KUNIT_EXPECT_TRUE(test, list_empty(&vmap_area_list));
}

/* ---- cases ---- */

static void vmalloc_host_layout_matches_arm64(struct kunit *test)
{
	/* the twin's constants are arm64's (asm/memory.h comment) */
	KUNIT_EXPECT_EQ(test, VMALLOC_START, 0xffff800008000000UL);
	KUNIT_EXPECT_EQ(test, VMALLOC_END, 0xfffffbfff0000000UL);
	/* /proc/meminfo VmallocTotal of v5.19 arm64, 48-bit VA, 4K pages */
	KUNIT_EXPECT_EQ(test, (VMALLOC_END - VMALLOC_START) >> 10, 133143592960UL);
	KUNIT_EXPECT_LT(test, VMALLOC_END, FIXADDR_TOP);
	expect_all_free(test);
}

#define NR_LIVE		1024

static void vmalloc_host_vmap_area_stress(struct kunit *test)
{
	static struct vmap_area *live[NR_LIVE];
	u64 seed = 0x5eed1234;
	unsigned long ops, exact = 0, nr_live = 0, nr_busy = 0;
	struct vmap_area *va;
	int i;

	memset(live, 0, sizeof(live));
	for (ops = 0; ops < 150000; ops++) {
		i = hm_rand(&seed) % NR_LIVE;
		if (live[i]) {
			free_vmap_area(live[i]);
			live[i] = NULL;
			nr_live--;
		} else {
			u64 r = hm_rand(&seed);
			/* mostly small, sometimes big: fragments the space */
			unsigned long pages = r % 8 == 0 ? 1 + (r >> 8) % 4096 :
					      1 + (r >> 8) % 16;
			unsigned long align = PAGE_SIZE << ((r >> 24) % 4 == 0 ?
						(r >> 32) % 12 : 0);
			unsigned long vstart = VMALLOC_START;
			unsigned long expect;

			if ((r >> 40) % 16 == 0)	/* a raised floor */
				vstart += ((r >> 44) % 4096) * PAGE_SIZE;
			expect = linear_first_fit(pages * PAGE_SIZE, align,
						  vstart, VMALLOC_END);
			live[i] = alloc_vmap_area(pages * PAGE_SIZE, align, vstart,
						  VMALLOC_END, NUMA_NO_NODE,
						  GFP_KERNEL);
			KUNIT_ASSERT_FALSE(test, (unsigned long)live[i] >= -4095UL);
			KUNIT_ASSERT_EQ(test, va_size(live[i]), pages * PAGE_SIZE);
			KUNIT_ASSERT_TRUE(test, IS_ALIGNED(live[i]->va_start, align));
			KUNIT_ASSERT_GE(test, live[i]->va_start, vstart);
			/*
			 * First fit is exact for page alignment; for larger
			 * ones Linux searches for size + align - 1 and may
			 * skip a lower hole that happens to fit.
			 */
			if (align == PAGE_SIZE) {
				KUNIT_ASSERT_EQ(test, live[i]->va_start, expect);
				exact++;
			} else {
				KUNIT_ASSERT_GE(test, live[i]->va_start, expect);
			}
			nr_live++;
		}
		if (ops % 2048 == 0 || ops < 300)
			KUNIT_ASSERT_TRUE(test, vm_check_all(test, false));
	}
	KUNIT_ASSERT_TRUE(test, vm_check_all(test, false));
	KUNIT_EXPECT_GT(test, exact, 10000);
	/* the busy list holds exactly the areas still live, no more */
	list_for_each_entry(va, &vmap_area_list, list)
		nr_busy++;
	KUNIT_EXPECT_EQ(test, nr_busy, nr_live);
	for (i = 0; i < NR_LIVE; i++) {
		if (!live[i])
			continue;
		free_vmap_area(live[i]);
		if (i % 32 == 0)
			KUNIT_ASSERT_TRUE(test, vm_check_all(test, false));
	}
	KUNIT_ASSERT_TRUE(test, vm_check_all(test, false));
	expect_all_free(test);
}

/* The four ways a request fits a hole, and the merge on free. */
static void vmalloc_host_fit_types_and_merge(struct kunit *test)
{
	unsigned long base = VMALLOC_START;
	struct vmap_area *a, *b, *c, *d;

	a = alloc_vmap_area(4 * PAGE_SIZE, PAGE_SIZE, base, VMALLOC_END, 0, GFP_KERNEL);
	b = alloc_vmap_area(4 * PAGE_SIZE, PAGE_SIZE, base, VMALLOC_END, 0, GFP_KERNEL);
	c = alloc_vmap_area(4 * PAGE_SIZE, PAGE_SIZE, base, VMALLOC_END, 0, GFP_KERNEL);
	KUNIT_ASSERT_EQ(test, a->va_start, base);		/* LE fit */
	KUNIT_ASSERT_EQ(test, b->va_start, base + 4 * PAGE_SIZE);
	KUNIT_ASSERT_EQ(test, c->va_start, base + 8 * PAGE_SIZE);

	free_vmap_area(b);	/* a hole of 4 pages between a and c */
	KUNIT_ASSERT_TRUE(test, vm_check_all(test, false));
	KUNIT_EXPECT_EQ(test, list_first_entry(&free_vmap_area_list,
			struct vmap_area, list)->va_end, base + 8 * PAGE_SIZE);

	/* NE fit: a 1-page, 8K-aligned block in the middle splits the hole */
	d = alloc_vmap_area(PAGE_SIZE, 2 * PAGE_SIZE, base + 5 * PAGE_SIZE,
			    VMALLOC_END, 0, GFP_KERNEL);
	KUNIT_ASSERT_EQ(test, d->va_start, base + 6 * PAGE_SIZE);
	KUNIT_ASSERT_TRUE(test, vm_check_all(test, false));
	KUNIT_EXPECT_EQ(test, list_first_entry(&free_vmap_area_list,
			struct vmap_area, list)->va_end, base + 6 * PAGE_SIZE);
	free_vmap_area(d);	/* merges with both neighbours again */
	KUNIT_ASSERT_TRUE(test, vm_check_all(test, false));

	/* FL fit: exactly the 4-page hole */
	b = alloc_vmap_area(4 * PAGE_SIZE, PAGE_SIZE, base, VMALLOC_END, 0, GFP_KERNEL);
	KUNIT_EXPECT_EQ(test, b->va_start, base + 4 * PAGE_SIZE);
	KUNIT_EXPECT_EQ(test, list_first_entry(&free_vmap_area_list,
			struct vmap_area, list)->va_start, base + 12 * PAGE_SIZE);

	/* RE fit: the top of the space, forced by vstart == vend - size */
	d = alloc_vmap_area(PAGE_SIZE, PAGE_SIZE, VMALLOC_END - PAGE_SIZE,
			    VMALLOC_END, 0, GFP_KERNEL);
	KUNIT_EXPECT_EQ(test, d->va_start, VMALLOC_END - PAGE_SIZE);
	KUNIT_ASSERT_TRUE(test, vm_check_all(test, false));

	free_vmap_area(a);
	free_vmap_area(c);
	free_vmap_area(b);
	free_vmap_area(d);
	KUNIT_ASSERT_TRUE(test, vm_check_all(test, false));
	expect_all_free(test);
}

static void vmalloc_host_vfree_stress(struct kunit *test)
{
	static void *live[256];
	unsigned long free_before = nr_free_pages(), ops;
	unsigned long flushes = host_tlb_flush_count;
	u64 seed = 0xabcdef;
	int i;

	memset(live, 0, sizeof(live));
	for (ops = 0; ops < 20000; ops++) {
		i = hm_rand(&seed) % ARRAY_SIZE(live);
		if (live[i]) {
			struct vm_struct *vm = find_vm_area(live[i]);
			unsigned long start = (unsigned long)vm->addr;
			unsigned long end = start + vm->size;

			vfree(live[i]);
			live[i] = NULL;
			/* the TLB was flushed for the whole range */
			KUNIT_ASSERT_LE(test, host_tlb_flush_start, start);
			KUNIT_ASSERT_GE(test, host_tlb_flush_end, end);
			KUNIT_ASSERT_EQ(test, vmalloc_to_pfn((void *)start), 0);
		} else {
			unsigned long size = 1 + hm_rand(&seed) % (24 * PAGE_SIZE);

			live[i] = hm_rand(&seed) & 1 ? vmalloc(size) : vzalloc(size);
			KUNIT_ASSERT_NOT_NULL(test, live[i]);
			KUNIT_ASSERT_TRUE(test, is_vmalloc_addr(live[i]));
			KUNIT_ASSERT_EQ(test, get_vm_area_size(find_vm_area(live[i])),
					PAGE_ALIGN(size));
		}
		if (ops % 1024 == 0)
			KUNIT_ASSERT_TRUE(test, vm_check_all(test, true));
	}
	KUNIT_ASSERT_TRUE(test, vm_check_all(test, true));
	KUNIT_EXPECT_GT(test, host_tlb_flush_count, flushes);
	for (i = 0; i < (int)ARRAY_SIZE(live); i++)
		vfree(live[i]);
	expect_all_free(test);
	KUNIT_EXPECT_EQ(test, vmalloc_nr_pages(), 0);
	/* only page tables and the pools' pages are still out */
	drain_all_pages(NULL);
	KUNIT_EXPECT_LT(test, free_before - nr_free_pages(), 64);
}

/* vzalloc's pages come back zeroed (through the linear map). */
static void vmalloc_host_vzalloc_zeroes(struct kunit *test)
{
	void *p = vmalloc(3 * PAGE_SIZE);
	struct vm_struct *vm = find_vm_area(p);
	unsigned int i;

	KUNIT_ASSERT_NOT_NULL(test, vm);
	for (i = 0; i < vm->nr_pages; i++)
		memset(page_address(vm->pages[i]), 0xaa, PAGE_SIZE);
	vfree(p);
	p = vzalloc(3 * PAGE_SIZE);
	vm = find_vm_area(p);
	for (i = 0; i < vm->nr_pages; i++) {
		u8 *b = page_address(vmalloc_to_page((u8 *)p + i * PAGE_SIZE));

		KUNIT_EXPECT_EQ(test, b[0] | b[PAGE_SIZE / 2] | b[PAGE_SIZE - 1], 0);
	}
	vfree(p);
}

/* The guard page: the next area starts one page after the mapping. */
static void vmalloc_host_guard_page(struct kunit *test)
{
	u8 *a = vmalloc(PAGE_SIZE), *b = vmalloc(PAGE_SIZE);
	struct vm_struct *nog;

	KUNIT_EXPECT_EQ(test, (unsigned long)b, (unsigned long)a + 2 * PAGE_SIZE);
	KUNIT_EXPECT_EQ(test, find_vm_area(a)->size, 2 * PAGE_SIZE);
	KUNIT_EXPECT_NOT_NULL(test, vmalloc_to_page(a));
	KUNIT_EXPECT_NULL(test, vmalloc_to_page(a + PAGE_SIZE));
	KUNIT_EXPECT_PTR_EQ(test, find_vm_area(a + PAGE_SIZE), find_vm_area(a));
	vfree(b);
	/* VM_NO_GUARD: no extra page */
	nog = get_vm_area(PAGE_SIZE, VM_NO_GUARD | VM_MAP);
	KUNIT_ASSERT_NOT_NULL(test, nog);
	KUNIT_EXPECT_EQ(test, nog->size, PAGE_SIZE);
	KUNIT_EXPECT_EQ(test, (unsigned long)nog->addr, (unsigned long)a + 2 * PAGE_SIZE);
	free_vm_area(nog);
	vfree(a);
	expect_all_free(test);
}

static void vmalloc_host_vmap_vunmap(struct kunit *test)
{
	struct page *pages[5];
	void *addr;
	int i;

	for (i = 0; i < 5; i++)
		pages[i] = hm_alloc(GFP_KERNEL, 0);
	addr = vmap(pages, 5, VM_MAP, PAGE_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, addr);
	for (i = 0; i < 5; i++)
		KUNIT_EXPECT_PTR_EQ(test, vmalloc_to_page((char *)addr + i * PAGE_SIZE),
				    pages[i]);
	KUNIT_EXPECT_TRUE(test, vm_check_all(test, false));
	vunmap(addr);
	KUNIT_EXPECT_NULL(test, vmalloc_to_page(addr));
	for (i = 0; i < 5; i++)	/* still ours: vunmap doesn't free them */
		KUNIT_EXPECT_EQ(test, page_ref_count(pages[i]), 1);
	for (i = 0; i < 5; i++)
		hm_free(pages[i]);
	expect_all_free(test);
}

static void vmalloc_host_ioremap(struct kunit *test)
{
	phys_addr_t dev = 0x09000000;	/* outside the arena: "MMIO" */
	int warns = host_warn_count;
	void __iomem *io = ioremap(dev + 0x18, 0x20);
	struct vm_struct *vm;

	KUNIT_ASSERT_NOT_NULL(test, io);
	KUNIT_EXPECT_EQ(test, (unsigned long)io & ~PAGE_MASK, 0x18);
	KUNIT_EXPECT_EQ(test, vmalloc_to_pfn(io), dev >> PAGE_SHIFT);
	KUNIT_EXPECT_NULL(test, vmalloc_to_page(io));	/* not RAM */
	vm = find_vm_area(io);
	KUNIT_EXPECT_EQ(test, vm->phys_addr, dev);
	KUNIT_EXPECT_TRUE(test, vm->flags & VM_IOREMAP);
	iounmap(io);
	/* RAM is refused, with a warning */
	KUNIT_EXPECT_NULL(test, ioremap(ARENA_BASE, PAGE_SIZE));
	KUNIT_EXPECT_EQ(test, host_warn_count, warns + 1);
	expect_all_free(test);
}

/* Areas declared before vmalloc_init are busy and never handed out. */
static void vmalloc_host_early_areas(struct kunit *test)
{
	static struct vm_struct early;
	void *p;

	early.addr = (void *)VMALLOC_START;
	early.size = 16 * PAGE_SIZE;
	early.flags = VM_MAP | VM_NO_GUARD;
	vm_area_add_early(&early);
	host_mm_teardown();
	vm_boot(test);		/* vmalloc_init picks the early area up */
	KUNIT_EXPECT_PTR_EQ(test, find_vm_area((void *)VMALLOC_START), &early);
	p = vmalloc(PAGE_SIZE);
	KUNIT_EXPECT_EQ(test, (unsigned long)p, VMALLOC_START + 16 * PAGE_SIZE);
	KUNIT_EXPECT_TRUE(test, vm_check_all(test, true));
	vfree(p);
}

/* align_shift_alloc_test: an alignment nothing in the space satisfies. */
static void vmalloc_host_align_fails(struct kunit *test)
{
	int shift;
	void *p;

	for (shift = 0; shift < BITS_PER_LONG; shift++) {
		p = __vmalloc_node(PAGE_SIZE, 1UL << shift,
				   GFP_KERNEL | __GFP_NOWARN, NUMA_NO_NODE,
				   __builtin_return_address(0));
		if (!p)
			break;
		KUNIT_EXPECT_TRUE(test, IS_ALIGNED((unsigned long)p, 1UL << shift));
		vfree(p);
	}
	/* VMALLOC_START is 2^27-aligned, nothing above 2^47 is in range */
	KUNIT_EXPECT_GT(test, shift, 27);
	KUNIT_EXPECT_LE(test, shift, 47);
	expect_all_free(test);
}

static void vmalloc_host_info_format(struct kunit *test)
{
	void *caller = (char *)kallsyms_host_alpha + 0x24;
	struct vm_struct *vm = __get_vm_area_caller(2 * PAGE_SIZE, VM_MAP,
						    VMALLOC_START, VMALLOC_END,
						    caller);
	void *v = vmalloc(PAGE_SIZE);
	char line[160];

	KUNIT_ASSERT_NOT_NULL(test, vm);
	host_log_clear();
	host_show(vmallocinfo_show, NULL);
	scnprintf(line, sizeof(line),
		  "0x%016lx-0x%016lx   12288 kallsyms_host_alpha+0x24/0x40 vmap\n",
		  VMALLOC_START, VMALLOC_START + 3 * PAGE_SIZE);
	KUNIT_EXPECT_TRUE(test, strstr(host_log_text(), line) != NULL);
	scnprintf(line, sizeof(line), "0x%016lx-0x%016lx    8192 ",
		  (unsigned long)v, (unsigned long)v + 2 * PAGE_SIZE);
	KUNIT_EXPECT_TRUE(test, strstr(host_log_text(), line) != NULL);
	KUNIT_EXPECT_TRUE(test, strstr(host_log_text(), " pages=1 vmalloc\n") != NULL);

	/* the oops helper names the area a guard-page address belongs to */
	host_log_clear();
	vmalloc_dump_addr((unsigned long)vm->addr + 2 * PAGE_SIZE + 8);
	scnprintf(line, sizeof(line),
		  "vmalloc: address %016lx is in the guard page after area [%016lx-%016lx] allocated by kallsyms_host_alpha+0x24/0x40",
		  VMALLOC_START + 2 * PAGE_SIZE + 8, VMALLOC_START,
		  VMALLOC_START + 2 * PAGE_SIZE);
	KUNIT_EXPECT_TRUE(test, strstr(host_log_text(), line) != NULL);
	free_vm_area(vm);
	vfree(v);
}

static struct kunit_case vmalloc_host_cases[] = {
	KUNIT_CASE(vmalloc_host_layout_matches_arm64),
	KUNIT_CASE(vmalloc_host_vmap_area_stress),
	KUNIT_CASE(vmalloc_host_fit_types_and_merge),
	KUNIT_CASE(vmalloc_host_vfree_stress),
	KUNIT_CASE(vmalloc_host_vzalloc_zeroes),
	KUNIT_CASE(vmalloc_host_guard_page),
	KUNIT_CASE(vmalloc_host_vmap_vunmap),
	KUNIT_CASE(vmalloc_host_ioremap),
	KUNIT_CASE(vmalloc_host_early_areas),
	KUNIT_CASE(vmalloc_host_align_fails),
	KUNIT_CASE(vmalloc_host_info_format),
	{}
};

static struct kunit_suite vmalloc_host_suite = {
	.name = "vmalloc_host",
	.init = vm_boot,
	.exit = vm_exit,
	.test_cases = vmalloc_host_cases,
};
kunit_test_suite(vmalloc_host_suite);
