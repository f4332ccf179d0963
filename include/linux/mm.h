/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/mm.h - the memory-management interface the rest of the kernel sees.
 * Linux: include/linux/mm.h. Grows with each mm feature.
 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/kernel.h>
#include <linux/atomic.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/pfn.h>
#include <linux/mm_types.h>
#include <linux/mmap_lock.h>
#include <asm/processor.h>
#include <linux/mmzone.h>
#include <linux/page-flags.h>
#include <linux/gfp.h>
#include <linux/pgtable.h>
#include <linux/string.h>

#define PAGE_ALIGN(addr)	ALIGN(addr, PAGE_SIZE)
#define PAGE_ALIGNED(addr)	IS_ALIGNED((unsigned long)(addr), PAGE_SIZE)

/* The order of the smallest power-of-two block of pages holding size bytes. */
static inline int get_order(unsigned long size)
{
	if (size <= PAGE_SIZE)
		return 0;
	return 64 - __builtin_clzl((size - 1) >> PAGE_SHIFT);
}

/*
 * ---- FLATMEM: one array of struct page for all of RAM ----
 * mem_map[i] describes pfn ARCH_PFN_OFFSET + i, holes included (their
 * pages stay PG_reserved). Each node's node_mem_map points into it.
 * Linux: include/asm-generic/memory_model.h.
 */
extern struct page *mem_map;
extern unsigned long max_mapnr;		/* entries in mem_map */
extern unsigned long mem_map_pfn_offset;	/* pfn of mem_map[0] */
extern unsigned long max_pfn, min_low_pfn, max_low_pfn;
#define ARCH_PFN_OFFSET		mem_map_pfn_offset

static inline struct page *pfn_to_page(unsigned long pfn)
{
	return mem_map + (pfn - ARCH_PFN_OFFSET);
}

static inline unsigned long page_to_pfn(const struct page *page)
{
	return (unsigned long)(page - mem_map) + ARCH_PFN_OFFSET;
}

/*
 * Linux (FLATMEM) tests pfn >= ARCH_PFN_OFFSET first; the unsigned
 * difference wraps below it, so one compare does both (kfree() asks).
 */
static inline bool pfn_valid(unsigned long pfn)
{
	return pfn - ARCH_PFN_OFFSET < max_mapnr;
}

#define virt_to_pfn(kaddr)	(__pa(kaddr) >> PAGE_SHIFT)
#define virt_to_page(kaddr)	pfn_to_page(virt_to_pfn(kaddr))
#define page_to_phys(page)	PFN_PHYS(page_to_pfn(page))

/* Every page is in the linear map (no highmem): its address is __va(pa). */
static inline void *page_address(const struct page *page)
{
	return __va(PFN_PHYS(page_to_pfn(page)));
}
#define page_to_virt(page)	page_address(page)

/* ---- zone and node, from the top bits of page->flags ---- */
static inline enum zone_type page_zonenum(const struct page *page)
{
	return (enum zone_type)((page->flags >> ZONES_PGSHIFT) & ZONES_MASK);
}

static inline int page_to_nid(const struct page *page)
{
	return (page->flags >> NODES_PGSHIFT) & NODES_MASK;
}

static inline struct zone *page_zone(const struct page *page)
{
	return &NODE_DATA(page_to_nid(page))->node_zones[page_zonenum(page)];
}

static inline pg_data_t *page_pgdat(const struct page *page)
{
	return NODE_DATA(page_to_nid(page));
}

static inline void set_page_links(struct page *page, enum zone_type zone,
				  int nid)
{
	page->flags &= ~((NODES_MASK << NODES_PGSHIFT) |
			 (ZONES_MASK << ZONES_PGSHIFT));
	page->flags |= ((unsigned long)nid & NODES_MASK) << NODES_PGSHIFT;
	page->flags |= ((unsigned long)zone & ZONES_MASK) << ZONES_PGSHIFT;
}

/* ---- reference and map counts ---- */
static inline int page_ref_count(const struct page *page)
{
	return atomic_read(&page->_refcount);
}

static inline void set_page_count(struct page *page, int v)
{
	atomic_set(&page->_refcount, v);
}

static inline void init_page_count(struct page *page)
{
	set_page_count(page, 1);
}

static inline void page_ref_inc(struct page *page)
{
	atomic_inc(&page->_refcount);
}

static inline int page_ref_dec_and_test(struct page *page)
{
	return atomic_dec_and_test(&page->_refcount);
}

static inline int page_count(const struct page *page)
{
	return page_ref_count(compound_head(page));
}

static inline void page_mapcount_reset(struct page *page)
{
	atomic_set(&page->_mapcount, -1);
}

static inline int page_mapcount(const struct page *page)
{
	return atomic_read(&page->_mapcount) + 1;
}

static inline unsigned int compound_order(const struct page *page)
{
	if (!PageHead(page))
		return 0;
	return page[1].compound_order;
}

static inline unsigned long compound_nr(const struct page *page)
{
	return 1UL << compound_order(page);
}

static inline void get_page(struct page *page)
{
	page = compound_head(page);
	WARN_ON_ONCE(page_ref_count(page) <= 0);
	page_ref_inc(page);
}

void __put_page(struct page *page);
void split_page(struct page *page, unsigned int order);

/* Drop a reference; the last one frees the page (whole compound page). */
static inline void put_page(struct page *page)
{
	page = compound_head(page);
	if (page_ref_dec_and_test(page))
		__put_page(page);
}

/* ---- accounting ---- */
unsigned long totalram_pages(void);
unsigned long nr_free_pages(void);
/* mm/vmscan.c: give every slab cache's empty slabs back */
void drop_slab(void);

/*
 * Overcommit (mm/util.c): may pages more of private writable memory be
 * promised? 0 (and the pages charged to vm_committed_as) or -ENOMEM.
 * Callers go through security_vm_enough_memory_mm() (linux/security.h).
 */
int __vm_enough_memory(struct mm_struct *mm, long pages, int cap_sys_admin);
unsigned long vm_commit_limit(void);
extern unsigned long sysctl_user_reserve_kbytes;
extern unsigned long sysctl_admin_reserve_kbytes;
int init_user_reserve(void);
int init_admin_reserve(void);

struct sysinfo {
	unsigned long totalram;		/* pages */
	unsigned long freeram;
	unsigned long sharedram;
	unsigned long bufferram;
	unsigned long totalhigh;
	unsigned long freehigh;
	unsigned int mem_unit;		/* bytes per unit above */
};
void si_meminfo(struct sysinfo *val);
long si_mem_available(void);
void show_mem(void);

void dump_page(struct page *page, const char *reason);

/* ---- boot ---- */
void free_area_init(unsigned long *max_zone_pfn);
void build_all_zonelists(pg_data_t *pgdat);
void mem_init(void);
void mm_core_init(void);
void mem_init_print_info(void);
void bootmem_init(void);
void setup_per_cpu_pageset(void);
void init_per_zone_wmark_min(void);
void kmem_cache_init(void);
void vmalloc_init(void);

/*
 * ---- VMAs: flags, helpers and the mm/mmap.c interface ----
 * Linux: include/linux/mm.h (v5.19 values). VM_READ..VM_EXEC equal
 * PROT_READ..PROT_EXEC, so calc_vm_prot_bits() is a plain copy; the
 * VM_MAY* bits say what mprotect() may later turn on.
 */
#define VM_NONE		0x00000000UL
#define VM_READ		0x00000001UL
#define VM_WRITE	0x00000002UL
#define VM_EXEC		0x00000004UL
#define VM_SHARED	0x00000008UL
#define VM_MAYREAD	0x00000010UL
#define VM_MAYWRITE	0x00000020UL
#define VM_MAYEXEC	0x00000040UL
#define VM_MAYSHARE	0x00000080UL
#define VM_GROWSDOWN	0x00000100UL	/* stack: faults below extend it */
#define VM_UFFD_MISSING	0x00000200UL
#define VM_PFNMAP	0x00000400UL	/* raw pfns, no struct page */
#define VM_UFFD_WP	0x00001000UL
#define VM_LOCKED	0x00002000UL	/* mlock()ed: populated, not reclaimed */
#define VM_IO		0x00004000UL
#define VM_SEQ_READ	0x00008000UL	/* madvise hints */
#define VM_RAND_READ	0x00010000UL
#define VM_DONTCOPY	0x00020000UL	/* not copied on fork */
#define VM_DONTEXPAND	0x00040000UL	/* no mremap() growth */
#define VM_LOCKONFAULT	0x00080000UL
#define VM_ACCOUNT	0x00100000UL	/* charged to the commit limit */
#define VM_NORESERVE	0x00200000UL
#define VM_HUGETLB	0x00400000UL
#define VM_SYNC		0x00800000UL
#define VM_ARCH_1	0x01000000UL
#define VM_WIPEONFORK	0x02000000UL
#define VM_DONTDUMP	0x04000000UL
#define VM_SOFTDIRTY	0x00000000UL	/* CONFIG_MEM_SOFT_DIRTY off, as arm64 */
#define VM_MIXEDMAP	0x10000000UL
#define VM_HUGEPAGE	0x20000000UL
#define VM_NOHUGEPAGE	0x40000000UL
#define VM_MERGEABLE	0x80000000UL

#define VM_GROWSUP	VM_NONE		/* only parisc and ia64 grow up */
#define VM_STACK	VM_GROWSDOWN
#define VM_ACCESS_FLAGS	(VM_READ | VM_WRITE | VM_EXEC)
/* mappings vma_merge() never touches: no struct pages behind them */
#define VM_SPECIAL	(VM_IO | VM_DONTEXPAND | VM_PFNMAP | VM_MIXEDMAP)
#define VM_LOCKED_CLEAR_MASK	(~(VM_LOCKED | VM_LOCKONFAULT))

/* brk and stack: arm64 without READ_IMPLIES_EXEC (VM_DATA_FLAGS_NON_EXEC) */
#define VM_DATA_DEFAULT_FLAGS	(VM_READ | VM_WRITE | VM_MAYREAD | \
				 VM_MAYWRITE | VM_MAYEXEC)
#define VM_STACK_DEFAULT_FLAGS	VM_DATA_DEFAULT_FLAGS
#define VM_STACK_FLAGS	(VM_STACK | VM_STACK_DEFAULT_FLAGS | VM_ACCOUNT)

/* Lowest address mmap() hands out or accepts (sysctl vm.mmap_min_addr). */
extern unsigned long mmap_min_addr;
/* Most VMAs one mm may have (sysctl vm.max_map_count). */
#define DEFAULT_MAX_MAP_COUNT	(65536 - 5)
extern int sysctl_max_map_count;
/* Kept free below a VM_GROWSDOWN stack (stack_guard_gap=, in bytes). */
extern unsigned long stack_guard_gap;

#define offset_in_page(p)	((unsigned long)(p) & ~PAGE_MASK)

struct vm_fault;

/*
 * What a non-anonymous VMA does when it is duplicated or split (open),
 * unmapped (close) and touched where no page is mapped (fault). Linux has
 * a dozen more hooks; these three are the ones demand paging needs.
 */
struct vm_operations_struct {
	void (*open)(struct vm_area_struct *area);
	void (*close)(struct vm_area_struct *area);
	vm_fault_t (*fault)(struct vm_fault *vmf);
	/*
	 * A read-only page of a shared mapping is about to become writable:
	 * the owner may refuse (the page was truncated meanwhile) or get
	 * ready for the write. Having it makes the VMA "want writenotify":
	 * shared pages are then mapped read-only until the first write.
	 */
	vm_fault_t (*page_mkwrite)(struct vm_fault *vmf);
};

static inline unsigned long vma_pages(const struct vm_area_struct *vma)
{
	return (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
}

/* Anonymous = no vm_ops; vma_init() gives a dummy set until the caller decides. */
static inline bool vma_is_anonymous(const struct vm_area_struct *vma)
{
	return !vma->vm_ops;
}

static inline void vma_set_anonymous(struct vm_area_struct *vma)
{
	vma->vm_ops = NULL;
}

/* Where a VMA's gap begins: a stack keeps stack_guard_gap free below it. */
static inline unsigned long vm_start_gap(const struct vm_area_struct *vma)
{
	unsigned long vm_start = vma->vm_start;

	if (vma->vm_flags & VM_GROWSDOWN) {
		vm_start -= stack_guard_gap;
		if (vm_start > vma->vm_start)	/* wrapped below 0 */
			vm_start = 0;
	}
	return vm_start;
}

static inline unsigned long vm_end_gap(const struct vm_area_struct *vma)
{
	unsigned long vm_end = vma->vm_end;

	if (vma->vm_flags & VM_GROWSUP) {
		vm_end += stack_guard_gap;
		if (vm_end < vma->vm_end)
			vm_end = -PAGE_SIZE;
	}
	return vm_end;
}

/* The VMA after vma, or the first one if vma is NULL. */
static inline struct vm_area_struct *vma_next(struct mm_struct *mm,
					      struct vm_area_struct *vma)
{
	return vma ? vma->vm_next : mm->mmap;
}

/* RSS counters (Linux: get_mm_counter, add_mm_counter, inc/dec_mm_counter). */
static inline unsigned long get_mm_counter(struct mm_struct *mm, int member)
{
	long val = atomic_long_read(&mm->rss_stat[member]);

	return val < 0 ? 0 : (unsigned long)val;	/* transiently < 0 in Linux */
}

static inline void add_mm_counter(struct mm_struct *mm, int member, long value)
{
	atomic_long_add(value, &mm->rss_stat[member]);
}

static inline void inc_mm_counter(struct mm_struct *mm, int member)
{
	atomic_long_inc(&mm->rss_stat[member]);
}

static inline void dec_mm_counter(struct mm_struct *mm, int member)
{
	atomic_long_dec(&mm->rss_stat[member]);
}

static inline unsigned long get_mm_rss(struct mm_struct *mm)
{
	return get_mm_counter(mm, MM_FILEPAGES) +
	       get_mm_counter(mm, MM_ANONPAGES) +
	       get_mm_counter(mm, MM_SHMEMPAGES);
}

/*
 * A request to get_unmapped_area()'s search: length bytes between
 * low_limit and high_limit, start = align_offset modulo (align_mask + 1).
 */
struct vm_unmapped_area_info {
#define VM_UNMAPPED_AREA_TOPDOWN 1
	unsigned long flags;
	unsigned long length;
	unsigned long low_limit;
	unsigned long high_limit;
	unsigned long align_mask;
	unsigned long align_offset;
};

/*
 * mm/mmap.c. The argument lists are Linux's: do_mmap, mmap_region,
 * get_unmapped_area, vm_unmapped_area and brk act on current->mm (a test
 * or exec arranges current->mm first), do_munmap on the mm it is given.
 * Errors come back as -errno cast to unsigned long where Linux does that
 * (IS_ERR_VALUE).
 */
void proc_caches_init(void);			/* kernel/fork.c */
struct mm_struct *mm_alloc(void);
void mmput(struct mm_struct *mm);
void mmdrop(struct mm_struct *mm);
/* The default RLIMIT_STACK, 8 MB (Linux: linux/resource.h). */
#define _STK_LIM	(8UL << 20)
/* mm/util.c */
void arch_pick_mmap_layout(struct mm_struct *mm, unsigned long stack_rlimit);

/*
 * A new VMA, all zero, "not anonymous" until a caller says otherwise
 * (vma_set_anonymous): vm_ops points at an empty table.
 */
static inline void vma_init(struct vm_area_struct *vma, struct mm_struct *mm)
{
	static const struct vm_operations_struct dummy_vm_ops = {};

	memset(vma, 0, sizeof(*vma));
	vma->vm_mm = mm;
	vma->vm_ops = &dummy_vm_ops;
	INIT_LIST_HEAD(&vma->anon_vma_chain);
}

/* kernel/fork.c */
struct vm_area_struct *vm_area_alloc(struct mm_struct *mm);
struct vm_area_struct *vm_area_dup(struct vm_area_struct *orig);
void vm_area_free(struct vm_area_struct *vma);
pgprot_t vm_get_page_prot(unsigned long vm_flags);

struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
struct vm_area_struct *find_vma_prev(struct mm_struct *mm, unsigned long addr,
				     struct vm_area_struct **pprev);
struct vm_area_struct *find_vma_intersection(struct mm_struct *mm,
					     unsigned long start_addr,
					     unsigned long end_addr);

void __vma_link_list(struct mm_struct *mm, struct vm_area_struct *vma,
		     struct vm_area_struct *prev);
void __vma_unlink_list(struct mm_struct *mm, struct vm_area_struct *vma);
void __vma_link_rb(struct mm_struct *mm, struct vm_area_struct *vma,
		   struct rb_node **rb_link, struct rb_node *rb_parent);
void vma_link(struct mm_struct *mm, struct vm_area_struct *vma,
	      struct vm_area_struct *prev, struct rb_node **rb_link,
	      struct rb_node *rb_parent);
int insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma);

int __vma_adjust(struct vm_area_struct *vma, unsigned long start,
		 unsigned long end, unsigned long pgoff,
		 struct vm_area_struct *insert, struct vm_area_struct *expand);
static inline int vma_adjust(struct vm_area_struct *vma, unsigned long start,
			     unsigned long end, unsigned long pgoff,
			     struct vm_area_struct *insert)
{
	return __vma_adjust(vma, start, end, pgoff, insert, NULL);
}
struct vm_area_struct *vma_merge(struct mm_struct *mm,
				 struct vm_area_struct *prev,
				 unsigned long addr, unsigned long end,
				 unsigned long vm_flags, struct anon_vma *anon_vma,
				 struct file *file, unsigned long pgoff);
int __split_vma(struct mm_struct *mm, struct vm_area_struct *vma,
		unsigned long addr, int new_below);
int split_vma(struct mm_struct *mm, struct vm_area_struct *vma,
	      unsigned long addr, int new_below);

void vm_stat_account(struct mm_struct *mm, vm_flags_t flags, long npages);

unsigned long vm_unmapped_area(struct vm_unmapped_area_info *info);
unsigned long arch_get_unmapped_area(struct file *filp, unsigned long addr,
				     unsigned long len, unsigned long pgoff,
				     unsigned long flags);
unsigned long arch_get_unmapped_area_topdown(struct file *filp,
				     unsigned long addr, unsigned long len,
				     unsigned long pgoff, unsigned long flags);
unsigned long get_unmapped_area(struct file *file, unsigned long addr,
				unsigned long len, unsigned long pgoff,
				unsigned long flags);
unsigned long mmap_region(struct file *file, unsigned long addr,
			  unsigned long len, vm_flags_t vm_flags,
			  unsigned long pgoff, struct list_head *uf);
unsigned long do_mmap(struct file *file, unsigned long addr,
		      unsigned long len, unsigned long prot,
		      unsigned long flags, unsigned long pgoff,
		      unsigned long *populate, struct list_head *uf);
int __do_munmap(struct mm_struct *mm, unsigned long start, size_t len,
		struct list_head *uf, bool downgrade);
int do_munmap(struct mm_struct *mm, unsigned long start, size_t len,
	      struct list_head *uf);
int vm_brk_flags(unsigned long addr, unsigned long request,
		 unsigned long flags);
unsigned long mm_brk(unsigned long brk);	/* brk(2) */
void exit_mmap(struct mm_struct *mm);

/* CONFIG_DEBUG_VM_RB's checker; returns the number of problems found. */
int validate_mm(struct mm_struct *mm);

/*
 * ---- page faults, page tables of user mms, teardown, fork (mm/memory.c) ----
 * Linux: include/linux/mm.h, mm_types.h (struct vm_fault, VM_FAULT_*),
 * asm-generic/tlb.h (struct mmu_gather), v5.19 names and values.
 */

/* Why handle_mm_fault() was called (Linux v5.19 enum fault_flag). */
#define FAULT_FLAG_WRITE		(1U << 0)	/* a write access */
#define FAULT_FLAG_MKWRITE		(1U << 1)
#define FAULT_FLAG_ALLOW_RETRY		(1U << 2)
#define FAULT_FLAG_RETRY_NOWAIT		(1U << 3)
#define FAULT_FLAG_KILLABLE		(1U << 4)
#define FAULT_FLAG_TRIED		(1U << 5)
#define FAULT_FLAG_USER			(1U << 6)	/* from EL0 */
#define FAULT_FLAG_REMOTE		(1U << 7)
#define FAULT_FLAG_INSTRUCTION		(1U << 8)	/* an instruction fetch */
#define FAULT_FLAG_INTERRUPTIBLE	(1U << 9)
#define FAULT_FLAG_UNSHARE		(1U << 10)
#define FAULT_FLAG_ORIG_PTE_VALID	(1U << 11)	/* vmf->orig_pte is set */

/* What came of it (Linux v5.19 enum vm_fault_reason). */
#define VM_FAULT_OOM		0x000001
#define VM_FAULT_SIGBUS		0x000002
#define VM_FAULT_MAJOR		0x000004
#define VM_FAULT_WRITE		0x000008	/* a COW was broken */
#define VM_FAULT_HWPOISON	0x000010
#define VM_FAULT_HWPOISON_LARGE	0x000020
#define VM_FAULT_SIGSEGV	0x000040
#define VM_FAULT_NOPAGE		0x000100	/* ->fault installed the pte */
#define VM_FAULT_LOCKED		0x000200	/* ->fault returned it locked */
#define VM_FAULT_RETRY		0x000400
#define VM_FAULT_FALLBACK	0x000800
#define VM_FAULT_DONE_COW	0x001000
#define VM_FAULT_NEEDDSYNC	0x002000
#define VM_FAULT_HINDEX_MASK	0x0f0000
#define VM_FAULT_ERROR	(VM_FAULT_OOM | VM_FAULT_SIGBUS | VM_FAULT_SIGSEGV | \
			 VM_FAULT_HWPOISON | VM_FAULT_HWPOISON_LARGE | \
			 VM_FAULT_FALLBACK)

/*
 * One fault in progress, handed down handle_mm_fault() -> ... ->
 * vm_ops->fault. Linux makes vma/gfp_mask/pgoff/address/real_address a
 * const sub-struct; here they are plain fields.
 */
struct vm_fault {
	struct vm_area_struct *vma;	/* target VMA */
	gfp_t gfp_mask;			/* for allocations on its behalf */
	unsigned long pgoff;		/* logical page offset in the VMA */
	unsigned long address;		/* faulting address, page aligned */
	unsigned long real_address;	/* faulting address, as reported */
	unsigned int flags;		/* FAULT_FLAG_* */
	pmd_t *pmd;			/* the pmd entry covering address */
	pud_t *pud;			/* the pud entry covering address */
	pte_t orig_pte;			/* the pte as it was at fault time */
	struct page *cow_page;		/* do_cow_fault's private copy */
	struct page *page;		/* ->fault's result */
	pte_t *pte;			/* the pte slot, once mapped */
	spinlock_t *ptl;		/* the lock protecting *pte */
};

/* (vm_flags & (VM_SHARED | VM_MAYWRITE)) == VM_MAYWRITE: private, may be written */
static inline bool is_cow_mapping(vm_flags_t flags)
{
	return (flags & (VM_SHARED | VM_MAYWRITE)) == VM_MAYWRITE;
}

static inline unsigned long linear_page_index(struct vm_area_struct *vma,
					      unsigned long address)
{
	return ((address - vma->vm_start) >> PAGE_SHIFT) + vma->vm_pgoff;
}

/*
 * Anonymous pages: page->mapping is the anon_vma with bit 0 set
 * (PAGE_MAPPING_ANON). tinymm has no anon_vma objects, so an
 * anonymous page's mapping is just the bit (anon_vma NULL | 1).
 */
#define PAGE_MAPPING_ANON	0x1UL
#define PAGE_MAPPING_MOVABLE	0x2UL
#define PAGE_MAPPING_FLAGS	0x3UL

/* Does ->mapping hold flag bits (anon, movable) rather than a file? */
static inline bool PageMappingFlags(const struct page *page)
{
	return ((unsigned long)page->mapping & PAGE_MAPPING_FLAGS) != 0;
}

static inline bool PageAnon(const struct page *page)
{
	return ((unsigned long)compound_head(page)->mapping &
		PAGE_MAPPING_ANON) != 0;
}

/* Which rss_stat[] a mapped page is counted in. */
static inline int mm_counter_file(struct page *page)
{
	return PageSwapBacked(page) ? MM_SHMEMPAGES : MM_FILEPAGES;
}

static inline int mm_counter(struct page *page)
{
	return PageAnon(page) ? MM_ANONPAGES : mm_counter_file(page);
}

/*
 * The shared zero page: every read fault on untouched anonymous memory
 * maps this one page read-only. Linux: ZERO_PAGE() from arm64's
 * empty_zero_page, zero_pfn from init_zero_pfn() (mm/memory.c). On the
 * host "physical memory" is the arena, so init_zero_pfn() takes a page
 * from the allocator there; host tests call it after booting.
 */
extern unsigned long zero_pfn;
void init_zero_pfn(void);
#define ZERO_PAGE(vaddr)	pfn_to_page(zero_pfn)

static inline bool is_zero_pfn(unsigned long pfn)
{
	return pfn == zero_pfn;
}

static inline unsigned long my_zero_pfn(unsigned long addr)
{
	return zero_pfn;
}

/*
 * Page-table pages carry the PageTable type while in use and are counted
 * in the NR_PAGETABLE node counter (Linux also keeps mm->pgtables_bytes
 * per mm, which mm_struct lacks here). The destructor runs before the
 * free (Linux: pgtable_pte_page_dtor(), pgtable_pmd_page_dtor()); it is
 * defined after linux/vmstat.h, at the end of this file.
 */
static inline void pgtable_page_dtor(struct page *page);

struct mmu_gather;	/* asm-generic/tlb.h */
#define pgd_offset(mm, address)	pgd_offset_pgd((mm)->pgd, (address))
int __pud_alloc(struct mm_struct *mm, p4d_t *p4d, unsigned long address);
int __pmd_alloc(struct mm_struct *mm, pud_t *pud, unsigned long address);
int __pte_alloc(struct mm_struct *mm, pmd_t *pmd);

/* The table below, allocated if missing; NULL (or true) when out of memory. */
static inline pud_t *pud_alloc(struct mm_struct *mm, p4d_t *p4d,
			       unsigned long address)
{
	return (unlikely(p4d_none(*p4d)) && __pud_alloc(mm, p4d, address)) ?
		NULL : pud_offset(p4d, address);
}

static inline pmd_t *pmd_alloc(struct mm_struct *mm, pud_t *pud,
			       unsigned long address)
{
	return (unlikely(pud_none(*pud)) && __pmd_alloc(mm, pud, address)) ?
		NULL : pmd_offset(pud, address);
}

static inline bool pte_alloc(struct mm_struct *mm, pmd_t *pmd)
{
	return unlikely(pmd_none(*pmd)) && __pte_alloc(mm, pmd);
}

/*
 * The pte for address, with its table's lock taken (*ptlp). Linux has a
 * lock per pte table (split ptlocks); here one per mm, page_table_lock.
 */
static inline pte_t *pte_offset_map_lock(struct mm_struct *mm, pmd_t *pmd,
				  unsigned long address, spinlock_t **ptlp)
{
	*ptlp = &mm->page_table_lock;
	spin_lock(*ptlp);
	return pte_offset_map(pmd, address);
}

static inline void pte_unmap_unlock(pte_t *pte, spinlock_t *ptl)
{
	spin_unlock(ptl);
}

static inline pte_t maybe_mkwrite(pte_t pte, struct vm_area_struct *vma)
{
	if (likely(vma->vm_flags & VM_WRITE))
		pte = pte_mkwrite(pte);
	return pte;
}

/* The fault core. regs is unused until there is a fault entry (pt_regs). */
struct pt_regs;
int shmem_zero_setup(struct vm_area_struct *vma);	/* mm/shmem.c */
struct address_space;
bool shmem_mapping(struct address_space *mapping);
/* grow a VM_GROWSDOWN VMA down to address (mm/mmap.c) */
int expand_stack(struct vm_area_struct *vma, unsigned long address);
vm_fault_t handle_mm_fault(struct vm_area_struct *vma, unsigned long address,
			   unsigned int flags, struct pt_regs *regs);
/*
 * The access check arm64's do_page_fault() makes before handle_mm_fault()
 * (Linux open-codes it there: "vma->vm_flags & vm_flags"): a write needs
 * VM_WRITE, an instruction fetch VM_EXEC, a read any of read, write or
 * exec (write implies read; exec implies read without EPAN).
 */
static inline bool vma_access_permitted(struct vm_area_struct *vma,
					unsigned int fault_flags)
{
	unsigned long need;

	if (fault_flags & FAULT_FLAG_INSTRUCTION)
		need = VM_EXEC;
	else if (fault_flags & FAULT_FLAG_WRITE)
		need = VM_WRITE;
	else
		need = VM_READ | VM_WRITE | VM_EXEC;
	return (vma->vm_flags & need) != 0;
}

struct page *vm_normal_page(struct vm_area_struct *vma, unsigned long addr,
			    pte_t pte);

void unmap_vmas(struct mmu_gather *tlb, struct vm_area_struct *vma,
		unsigned long start_addr, unsigned long end_addr);
void zap_page_range(struct vm_area_struct *vma, unsigned long start,
		    unsigned long size);
void free_pgd_range(struct mmu_gather *tlb, unsigned long addr,
		    unsigned long end, unsigned long floor,
		    unsigned long ceiling);
void free_pgtables(struct mmu_gather *tlb, struct vm_area_struct *vma,
		   unsigned long floor, unsigned long ceiling);
#define FIRST_USER_ADDRESS	0UL
#define USER_PGTABLES_CEILING	0UL	/* 0: the top of the address space */

int copy_page_range(struct vm_area_struct *dst_vma,
		    struct vm_area_struct *src_vma);

/*
 * ---- system-call machinery over user mms ----
 * mm/mprotect.c, mm/madvise.c, mm/mlock.c, mm/gup.c, mm/util.c, with
 * Linux's argument lists: mprotect, mlock and populate act on
 * current->mm, do_madvise and the gup walkers on the mm they are given.
 * Results are 0 or -errno (pages, for the gup loop).
 */

/* Can the VMA be accessed at all (not PROT_NONE)? */
static inline bool vma_is_accessible(struct vm_area_struct *vma)
{
	return vma->vm_flags & VM_ACCESS_FLAGS;
}

/*
 * Shared writable mappings whose owner wants to hear of the first write
 * to each page (->page_mkwrite) get read-only ptes; mm/mmap.c.
 */
struct vm_area_struct *vma_modify_flags(struct mm_struct *mm,
					struct vm_area_struct **pprev,
					struct vm_area_struct *vma,
					unsigned long start, unsigned long end,
					unsigned long new_flags);
int vma_wants_writenotify(struct vm_area_struct *vma, pgprot_t vm_page_prot);
void vma_set_page_prot(struct vm_area_struct *vma);

/* mm/mprotect.c */
int do_mprotect_pkey(unsigned long start, size_t len, unsigned long prot,
		     int pkey);
unsigned long change_protection(struct vm_area_struct *vma,
				unsigned long start, unsigned long end,
				pgprot_t newprot, unsigned long cp_flags);
#define MM_CP_DIRTY_ACCT	(1UL << 0)	/* dirty ptes may stay writable */

/* mm/madvise.c */
int do_madvise(struct mm_struct *mm, unsigned long start, size_t len_in,
	       int behavior);

/*
 * mm/gup.c: walking a user address space from the kernel, faulting in
 * what is missing. FOLL_* as in v5.19's include/linux/mm.h.
 */
#define FOLL_WRITE	0x01	/* the page must be writable */
#define FOLL_TOUCH	0x02	/* mark it accessed (and dirty if FOLL_WRITE) */
#define FOLL_GET	0x04	/* take a reference on each page */
#define FOLL_DUMP	0x08	/* core dump: no zero page, skip holes */
#define FOLL_FORCE	0x10	/* only the VM_MAY* rights are needed */
#define FOLL_NOWAIT	0x20
#define FOLL_NOFAULT	0x80	/* never call handle_mm_fault() */
#define FOLL_REMOTE	0x2000	/* not the caller's own mm */

/*
 * The errno a failed fault stands for. Linux also returns -EHWPOISON under
 * FOLL_HWPOISON; we skip it because tinymm has no memory-failure handling.
 */
static inline int vm_fault_to_errno(vm_fault_t vm_fault, int foll_flags)
{
	if (vm_fault & VM_FAULT_OOM)
		return -ENOMEM;
	if (vm_fault & (VM_FAULT_SIGBUS | VM_FAULT_SIGSEGV |
			VM_FAULT_HWPOISON | VM_FAULT_HWPOISON_LARGE))
		return -EFAULT;
	return 0;
}

struct page *follow_page(struct vm_area_struct *vma, unsigned long address,
			 unsigned int foll_flags);
long __get_user_pages(struct mm_struct *mm, unsigned long start,
		      unsigned long nr_pages, unsigned int gup_flags,
		      struct page **pages, struct vm_area_struct **vmas,
		      int *locked);
long get_user_pages_remote(struct mm_struct *mm, unsigned long start,
			   unsigned long nr_pages, unsigned int gup_flags,
			   struct page **pages, struct vm_area_struct **vmas,
			   int *locked);
long populate_vma_page_range(struct vm_area_struct *vma, unsigned long start,
			     unsigned long end, int *locked);
int __mm_populate(unsigned long start, unsigned long len, int ignore_errors);
/* MAP_POPULATE, MAP_LOCKED, brk under mlockall: errors are ignored. */
static inline void mm_populate(unsigned long addr, unsigned long len)
{
	(void)__mm_populate(addr, len, 1);
}

/*
 * mm/mlock.c. do_mlock's flags: VM_LOCKED, plus VM_LOCKONFAULT. The other
 * four are tinymm's names for the bodies of Linux's mlock2, munlock,
 * mlockall and munlockall SYSCALL_DEFINEs, callable from the host tests.
 */
int do_mlock(unsigned long start, size_t len, vm_flags_t flags);
int do_mlock2(unsigned long start, size_t len, int flags);
int do_munlock(unsigned long start, size_t len);
int do_mlockall(int flags);
int do_munlockall(void);

/* mm/util.c: mmap as the kernel (exec, the mmap syscall) calls it */
unsigned long vm_mmap_pgoff(struct file *file, unsigned long addr,
			    unsigned long len, unsigned long prot,
			    unsigned long flag, unsigned long pgoff);
unsigned long vm_mmap(struct file *file, unsigned long addr,
		      unsigned long len, unsigned long prot,
		      unsigned long flag, unsigned long offset);
/* mm/mmap.c: munmap of current->mm, taking mmap_lock (the system call
 * lets it downgrade to read for the teardown) */
int vm_munmap(unsigned long start, size_t len);
int __vm_munmap(unsigned long start, size_t len, bool downgrade);

#include <linux/vmstat.h>

static inline void pgtable_page_dtor(struct page *page)
{
	__ClearPageTable(page);
	dec_lruvec_page_state(page, NR_PAGETABLE);
}

#endif
