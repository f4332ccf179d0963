/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/mm_types.h - struct page (one per physical page frame), struct
 * mm_struct (an address space) and struct vm_area_struct (one mapping in
 * it). Linux: include/linux/mm_types.h.
 *
 * struct page is a union of the states a page can be in, often drawn
 * it as "flags | lru | mapping | index | private | _mapcount | _refcount".
 * Its size matters: one per 4 KB page, so 56 bytes = 1.4% of RAM. Linux's
 * is 64 (it adds memcg_data); the build checks ours stays <= 64.
 */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/cpumask.h>
#include <linux/rbtree.h>
#include <linux/rwsem.h>
#include <linux/spinlock.h>
#include <asm/pgtable-types.h>
#include <asm/pgtable-prot.h>

struct address_space;
struct kmem_cache;
struct anon_vma;
struct file;
struct vm_operations_struct;

typedef unsigned long vm_flags_t;	/* VM_* bits (linux/mm.h) */
typedef unsigned int vm_fault_t;	/* VM_FAULT_* result of ->fault */

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
 * A virtual memory area: one contiguous range [vm_start, vm_end) of a
 * user address space with one set of permissions and one backing (an
 * anonymous zero-fill, or a file from vm_pgoff on). mmap() creates them,
 * munmap()/mprotect() split them, neighbours that could have been one
 * mapping are merged. Linux: include/linux/mm_types.h (v5.19, the last
 * release before the maple tree replaced mm_rb and the vm_next list).
 */
struct vm_area_struct {
	/* The first cache line: what find_vma() and the gap search touch. */
	unsigned long vm_start;		/* first byte */
	unsigned long vm_end;		/* first byte after */

	/* all VMAs of the mm, sorted by address */
	struct vm_area_struct *vm_next, *vm_prev;

	/* node in mm->mm_rb, the same VMAs as a search tree */
	struct rb_node vm_rb;

	/*
	 * The largest free gap below any VMA of this node's subtree (gap
	 * below a VMA = from the end of its predecessor, or 0, to its
	 * start; stack guard gaps taken off). get_unmapped_area() uses it
	 * to skip whole subtrees with no gap big enough: an augmented tree.
	 */
	unsigned long rb_subtree_gap;

	struct mm_struct *vm_mm;	/* the address space we belong to */

	/* PTE bits for new mappings here: protection_map[vm_flags & RWXS] */
	pgprot_t vm_page_prot;
	unsigned long vm_flags;		/* VM_* (linux/mm.h) */

	/*
	 * Reverse mapping of anonymous pages (Linux's anon_vma; mm/rmap.c):
	 * this VMA's anon_vma_chain entries and the anon_vma new pages are
	 * filed under. tinymm builds no anon_vmas, so both stay empty/NULL.
	 */
	struct list_head anon_vma_chain;
	struct anon_vma *anon_vma;

	/* open/close/fault; NULL for an anonymous VMA (vma_is_anonymous) */
	const struct vm_operations_struct *vm_ops;

	/* offset in the file in pages; anonymous: vm_start >> PAGE_SHIFT */
	unsigned long vm_pgoff;
	struct file *vm_file;		/* mapped file, or NULL */
	void *vm_private_data;
};

/*
 * The ids of mm->rss_stat[]: resident pages by kind (/proc/pid/status
 * RssFile, RssAnon, RssShmem; VmSwap). Linux: include/linux/mm_types_task.h.
 */
enum {
	MM_FILEPAGES,	/* resident file mapping pages */
	MM_ANONPAGES,	/* resident anonymous pages */
	MM_SWAPENTS,	/* anonymous swap entries */
	MM_SHMEMPAGES,	/* resident shared memory pages */
	NR_MM_COUNTERS
};

/*
 * An address space: the VMAs (as a sorted list and a tree), the page-table
 * root, and the counters /proc/pid/status prints. Linux: struct mm_struct.
 * init_mm, the kernel's own, has no VMAs; user ones come from mm_alloc().
 * mmap_lock guards the VMAs: read to look them up, write to change them
 * (linux/mmap_lock.h).
 */
struct mm_struct {
	struct vm_area_struct *mmap;	/* list of VMAs, lowest first */
	struct rb_root mm_rb;		/* the same VMAs, by address */
	/* get_unmapped_area() for this layout (top-down or legacy) */
	unsigned long (*get_unmapped_area)(struct file *filp,
					   unsigned long addr,
					   unsigned long len,
					   unsigned long pgoff,
					   unsigned long flags);
	unsigned long mmap_base;	/* top-down search starts below here */
	unsigned long task_size;	/* size of the user address space */
	unsigned long highest_vm_end;	/* vm_end_gap() of the last VMA */
	pgd_t *pgd;		/* top-level table (swapper_pg_dir for init_mm) */

	/* users of the address space (threads; mmget/mmput) */
	atomic_t mm_users;
	/* references to the struct itself (mmgrab/mmdrop); users count 1 */
	atomic_t mm_count;

	int map_count;			/* number of VMAs */

	spinlock_t page_table_lock;	/* page tables and some counters */
	struct rw_semaphore mmap_lock;	/* the VMAs (linux/mmap_lock.h) */

	unsigned long hiwater_rss;	/* high-water RSS usage */
	unsigned long hiwater_vm;	/* high-water virtual memory usage */

	/* in pages, as /proc/pid/status VmSize, VmLck, VmPin, VmData ... */
	unsigned long total_vm;		/* all mapped pages */
	unsigned long locked_vm;	/* VM_LOCKED */
	unsigned long pinned_vm;	/* refcount permanently increased */
	unsigned long data_vm;		/* VM_WRITE & ~VM_SHARED & ~VM_STACK */
	unsigned long exec_vm;		/* VM_EXEC & ~VM_WRITE & ~VM_STACK */
	unsigned long stack_vm;		/* VM_STACK */
	unsigned long def_flags;	/* VM_* added to every new VMA */

	/* the segments the ELF loader set up, and brk */
	unsigned long start_code, end_code, start_data, end_data;
	unsigned long start_brk, brk, start_stack;
	unsigned long arg_start, arg_end, env_start, env_end;

	/* resident pages by MM_* kind (get_mm_counter, add_mm_counter) */
	atomic_long_t rss_stat[NR_MM_COUNTERS];

	/*
	 * Architecture state. Linux: mm_context_t in asm/mmu.h; on arm64
	 * the ASID and its generation in id. 0 = not allocated yet. Atomic
	 * because check_and_switch_context() reads it without a lock while
	 * a thread of the mm on another CPU may be renewing it.
	 */
	struct {
		atomic64_t id;
	} context;

	const char *name;

	/*
	 * The CPUs this mm has been switched onto (mm_cpumask()). Linux
	 * ends the struct with a flexible array sized for nr_cpu_ids; we
	 * size it for NR_CPUS because mm_cachep's objects have a fixed size.
	 */
	unsigned long cpu_bitmap[BITS_TO_LONGS(NR_CPUS)];
};

/* The CPUs @mm has run on (asm/mmu_context.h's switch_mm() sets them). */
static inline cpumask_t *mm_cpumask(struct mm_struct *mm)
{
	return (struct cpumask *)&mm->cpu_bitmap;
}

static inline void mm_init_cpumask(struct mm_struct *mm)
{
	cpumask_clear(mm_cpumask(mm));
}

extern struct mm_struct init_mm;

#endif
