/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/vmalloc.h - virtually contiguous memory: vmalloc, vmap, ioremap.
 * Linux: include/linux/vmalloc.h (v5.19). See mm/vmalloc.c.
 */
#ifndef _LINUX_VMALLOC_H
#define _LINUX_VMALLOC_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/rbtree.h>
#include <linux/gfp.h>
#include <asm/page.h>
#include <asm/memory.h>
#include <asm/pgtable-prot.h>

struct page;

/* vm_struct.flags, as Linux */
#define VM_IOREMAP		0x00000001	/* ioremap() and friends */
#define VM_ALLOC		0x00000002	/* vmalloc() */
#define VM_MAP			0x00000004	/* vmap()ed pages */
#define VM_USERMAP		0x00000008	/* suitable for remap_vmalloc_range */
#define VM_DMA_COHERENT		0x00000010	/* dma_alloc_coherent */
#define VM_UNINITIALIZED	0x00000020	/* vm_struct is not fully initialized */
#define VM_NO_GUARD		0x00000040	/* don't add guard page */
#define VM_KASAN		0x00000080	/* has allocated kasan shadow memory */
#define VM_FLUSH_RESET_PERMS	0x00000100	/* reset direct map and flush TLB on unmap */
#define VM_MAP_PUT_PAGES	0x00000200	/* put pages and free array in vfree */
#define VM_NO_HUGE_VMAP		0x00000400	/* force PAGE_SIZE pte mapping */

/*
 * ioremap() aligns an area to its size rounded up to a power of two, up
 * to this: arm64 with 4K pages uses PUD_SHIFT (1 GB).
 */
#define IOREMAP_MAX_ORDER	30

/* One mapped region: what vmalloc/vmap/ioremap hand out. */
struct vm_struct {
	struct vm_struct	*next;		/* vmlist (early areas only) */
	void			*addr;
	unsigned long		size;		/* including the guard page */
	unsigned long		flags;
	struct page		**pages;
	unsigned int		page_order;
	unsigned int		nr_pages;
	phys_addr_t		phys_addr;	/* ioremap: the device's address */
	const void		*caller;
};

/*
 * A range of the vmalloc address space: busy (in vmap_area_root, with its
 * vm) or free (in free_vmap_area_root, with the largest free size in its
 * subtree). Busy or free, the list keeps the same tree in address order.
 */
struct vmap_area {
	unsigned long va_start;
	unsigned long va_end;

	struct rb_node rb_node;		/* address sorted rbtree */
	struct list_head list;		/* address sorted list */

	union {
		unsigned long subtree_max_size;	/* in "free" tree */
		struct vm_struct *vm;		/* in "busy" tree */
	};
};

/* The size the user can touch: without the guard page. */
static inline size_t get_vm_area_size(const struct vm_struct *area)
{
	if (!(area->flags & VM_NO_GUARD))
		return area->size - PAGE_SIZE;
	return area->size;
}

static inline bool is_vmalloc_addr(const void *x)
{
	unsigned long addr = (unsigned long)x;

	return addr >= VMALLOC_START && addr < VMALLOC_END;
}

void vmalloc_init(void);

void *vmalloc(unsigned long size);
void *vzalloc(unsigned long size);
void *vmalloc_node(unsigned long size, int node);
void *vzalloc_node(unsigned long size, int node);
void *__vmalloc(unsigned long size, gfp_t gfp_mask);
void *__vmalloc_node(unsigned long size, unsigned long align, gfp_t gfp_mask,
		     int node, const void *caller);
void *__vmalloc_node_range(unsigned long size, unsigned long align,
			   unsigned long start, unsigned long end, gfp_t gfp_mask,
			   pgprot_t prot, unsigned long vm_flags, int node,
			   const void *caller);
void vfree(const void *addr);

void *vmap(struct page **pages, unsigned int count, unsigned long flags,
	   pgprot_t prot);
void vunmap(const void *addr);

struct page *vmalloc_to_page(const void *addr);
unsigned long vmalloc_to_pfn(const void *addr);

struct vm_struct *get_vm_area(unsigned long size, unsigned long flags);
struct vm_struct *get_vm_area_caller(unsigned long size, unsigned long flags,
				     const void *caller);
struct vm_struct *__get_vm_area_caller(unsigned long size, unsigned long flags,
				       unsigned long start, unsigned long end,
				       const void *caller);
struct vm_struct *find_vm_area(const void *addr);
struct vm_struct *remove_vm_area(const void *addr);
void free_vm_area(struct vm_struct *area);
void vm_area_add_early(struct vm_struct *vm);

int vmap_pages_range(unsigned long addr, unsigned long end, pgprot_t prot,
		     struct page **pages, unsigned int page_shift);
void vunmap_range(unsigned long addr, unsigned long end);

/* The allocator of address ranges, on its own (tests use it directly). */
struct vmap_area *alloc_vmap_area(unsigned long size, unsigned long align,
				  unsigned long vstart, unsigned long vend,
				  int node, gfp_t gfp_mask);
void free_vmap_area(struct vmap_area *va);
struct vmap_area *find_vmap_area(unsigned long addr);

/* /proc/meminfo's VmallocUsed, in pages */
unsigned long vmalloc_nr_pages(void);

/* /proc/vmallocinfo, printed (shell command vmallocinfo). */
struct seq_file;
int vmallocinfo_show(struct seq_file *m, void *v);

/* Oops helper: say which vmalloc area @addr lies in or next to. */
void vmalloc_dump_addr(unsigned long addr);

/*
 * The trees and lists, for checkers (tests/host/vmalloc_test.c) and GDB
 * (lx-vmallocinfo). Linux exports vmap_area_list; the rest is static
 * there. Read them with the locks below held.
 */
extern struct list_head vmap_area_list;
extern struct rb_root vmap_area_root;
extern struct list_head free_vmap_area_list;
extern struct rb_root free_vmap_area_root;

#endif /* _LINUX_VMALLOC_H */
