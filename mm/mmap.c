// SPDX-License-Identifier: GPL-2.0
/*
 * mm/mmap.c - user address spaces as sets of VMAs: find, insert, split,
 * merge, unmap, and choose where a new mapping goes.
 * Linux: mm/mmap.c of v5.19 (the mm_struct and VMA objects themselves
 * are made in kernel/fork.c, the layout is picked in mm/util.c), the
 * last release before the maple tree: every VMA of an mm is both on a
 * sorted doubly linked list (mm->mmap, vm_next/vm_prev) for walking and in
 * a red-black tree (mm->mm_rb) for O(log n) lookups, and the tree is
 * augmented with rb_subtree_gap so the search for a free range skips every
 * subtree without a large enough hole.
 *
 * mmap() is bookkeeping: it creates a VMA and maps no page (the first
 * touch faults; see mm/memory.c). Unmapping is not: unmap_region() zaps
 * the range's PTEs and frees the page-table pages nothing spans any more
 * (unmap_vmas, free_pgtables), batched in an mmu_gather.
 *
 * Simplified, and why:
 *  - Files (linux/fs.h: ramfs over the page cache) are mapped as in
 *    Linux: the VMA holds a reference to the struct file (get_file() in
 *    mmap_region and __split_vma, fput() when a VMA goes) and the file's
 *    ->mmap sets vm_ops. There is no i_mmap tree (the file's reverse map)
 *    and no deny-write counting (mapping_map_writable). MAP_SHARED |
 *    MAP_ANONYMOUS gets an unnamed file of its own, as in Linux
 *    (mm/shmem.c shmem_zero_setup).
 *  - No anon_vma objects (see mm/rmap.c): vma_merge() keeps Linux's
 *    anon_vma compatibility rules, but with every anon_vma NULL they always
 *    pass; __vma_adjust() hands the pointer over instead of anon_vma_clone().
 *  - Overcommit accounting as in Linux (the policy is in mm/util.c):
 *    a private writable mapping is charged when it is made (mmap_region,
 *    do_brk_flags, insert_vm_struct, acct_stack_growth), marked VM_ACCOUNT,
 *    and its pages are given back as they are unmapped (remove_vma_list,
 *    exit_mmap), whole or in split-off parts.
 *  - No mempolicy, userfaultfd, anon_vma_name, uprobes, perf, rlimits
 *    (may_expand_vm) or vmacache (find_vma walks the tree each time;
 *    Linux 5.19 first tried a 4-entry per-thread cache).
 *  - __vma_adjust() takes Linux's arguments and handles the same cases
 *    (split insert, merge cases 1-8 of vma_merge()), written as "remove the
 *    swallowed VMAs, move the boundaries, fix the gaps" instead of Linux's
 *    goto-again loop.
 *  - validate_mm() also checks total_vm and the per-kind counters, and
 *    returns the number of problems instead of BUG()ing, so tests can use it.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/printk.h>
#include <linux/bug.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/mman.h>
#include <linux/fs.h>
#include <linux/gfp.h>
#include <linux/rbtree_augmented.h>
#include <linux/security.h>
#include <linux/vmstat.h>
#include <asm/tlb.h>


/* Tunables, with Linux's defaults (sysctl / boot parameters there). */
unsigned long mmap_min_addr = 4096;	/* CONFIG_DEFAULT_MMAP_MIN_ADDR */
int sysctl_max_map_count = DEFAULT_MAX_MAP_COUNT;
unsigned long stack_guard_gap = 256UL << PAGE_SHIFT;	/* 1 MB */

/*
 * ---- vm_flags -> PTE bits ----
 * Indexed by VM_READ|VM_WRITE|VM_EXEC|VM_SHARED: __P for private,
 * __S for shared mappings, each with its bits in xwr order. The recipes
 * are arm64's (asm/pgtable-prot.h): a private writable mapping gets a
 * read-only pte, so the first write faults and do_wp_page() copies.
 */
static const pgprot_t protection_map[16] = {
	__P000, __P001, __P010, __P011, __P100, __P101, __P110, __P111,
	__S000, __S001, __S010, __S011, __S100, __S101, __S110, __S111
};

/* Linux also ORs in arch_vm_get_page_prot() (arm64: BTI's PTE_GP); no BTI. */
pgprot_t vm_get_page_prot(unsigned long vm_flags)
{
	return protection_map[vm_flags &
			      (VM_READ | VM_WRITE | VM_EXEC | VM_SHARED)];
}

/*
 * Does this shared writable VMA want to hear of the first write to each
 * page? Then its ptes start read-only (as if private) and the write
 * fault calls ->page_mkwrite: that is how a filesystem learns which
 * pages are dirty. Linux also asks this for soft-dirty tracking and for
 * filesystems that write back (mapping_can_writeback); ramfs does not,
 * but its generic_file_vm_ops has ->page_mkwrite, as in Linux.
 */
int vma_wants_writenotify(struct vm_area_struct *vma, pgprot_t vm_page_prot)
{
	const struct vm_operations_struct *vm_ops = vma->vm_ops;

	if ((vma->vm_flags & (VM_WRITE | VM_SHARED)) != (VM_WRITE | VM_SHARED))
		return 0;	/* private or read-only: never writable ptes */
	return vm_ops && vm_ops->page_mkwrite;
}

/*
 * vm_page_prot from vm_flags, write-protected for writenotify. Linux
 * keeps any memory-type bits a driver's ->mmap set (vm_pgprot_modify);
 * user mappings here are all Normal memory.
 */
void vma_set_page_prot(struct vm_area_struct *vma)
{
	unsigned long vm_flags = vma->vm_flags;
	pgprot_t vm_page_prot = vm_get_page_prot(vm_flags);

	if (vma_wants_writenotify(vma, vm_page_prot))
		vm_page_prot = vm_get_page_prot(vm_flags & ~VM_SHARED);
	/* a fault holding mmap_lock only for read may be reading it */
	WRITE_ONCE(vma->vm_page_prot, vm_page_prot);
}

/* ================= the gap-augmented tree ================= */

/*
 * The free gap just below vma: from the end of the previous VMA (0 for
 * the first) to vma's start, guard gaps excluded. rb_subtree_gap is the
 * maximum of this over the node's subtree.
 */
static unsigned long vma_compute_gap(struct vm_area_struct *vma)
{
	unsigned long gap = vm_start_gap(vma);
	unsigned long prev_end;

	if (vma->vm_prev) {
		prev_end = vm_end_gap(vma->vm_prev);
		gap = gap > prev_end ? gap - prev_end : 0;
	}
	return gap;
}

RB_DECLARE_CALLBACKS_MAX(static, vma_gap_callbacks, struct vm_area_struct,
			 vm_rb, unsigned long, rb_subtree_gap, vma_compute_gap)

/*
 * vma's own gap changed (its start, or its predecessor's end): recompute
 * rb_subtree_gap from vma up, stopping where nothing changes.
 */
static void vma_gap_update(struct vm_area_struct *vma)
{
	vma_gap_callbacks_propagate(&vma->vm_rb, NULL);
}

static void vma_rb_insert(struct vm_area_struct *vma, struct mm_struct *mm)
{
	rb_insert_augmented(&vma->vm_rb, &mm->mm_rb, &vma_gap_callbacks);
}

/*
 * Take vma out of the tree (not the list). The caller then fixes the gap
 * of vma's successor, which until the list is updated still measures from
 * vma: the tree stays consistent with the list as it stands meanwhile.
 */
static void vma_rb_erase(struct vm_area_struct *vma, struct rb_root *root)
{
	rb_erase_augmented(&vma->vm_rb, root, &vma_gap_callbacks);
}

/* ================= lookup ================= */

/*
 * The first VMA with vm_end > addr: the one containing addr, or else the
 * next one above it (NULL if none). The fault handler uses exactly this:
 * "addr >= vma->vm_start" then says whether addr is mapped at all, and a
 * VM_GROWSDOWN vma above a miss is the stack to extend.
 */
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	struct rb_node *node = mm->mm_rb.rb_node;
	struct vm_area_struct *found = NULL;

	while (node) {
		struct vm_area_struct *vma =
			rb_entry(node, struct vm_area_struct, vm_rb);

		if (addr < vma->vm_end) {
			found = vma;		/* a candidate; a lower one? */
			if (addr >= vma->vm_start)
				break;
			node = node->rb_left;
		} else {
			node = node->rb_right;
		}
	}
	return found;
}

/* find_vma(), and the VMA before it (the last one if find_vma fails). */
struct vm_area_struct *find_vma_prev(struct mm_struct *mm, unsigned long addr,
				     struct vm_area_struct **pprev)
{
	struct vm_area_struct *vma = find_vma(mm, addr);
	struct rb_node *last;

	if (vma) {
		*pprev = vma->vm_prev;
	} else {
		last = rb_last(&mm->mm_rb);
		*pprev = last ? rb_entry(last, struct vm_area_struct, vm_rb)
			      : NULL;
	}
	return vma;
}

/* The first VMA overlapping [start_addr, end_addr), or NULL. */
struct vm_area_struct *find_vma_intersection(struct mm_struct *mm,
					     unsigned long start_addr,
					     unsigned long end_addr)
{
	struct vm_area_struct *vma = find_vma(mm, start_addr);

	if (vma && end_addr <= vma->vm_start)
		vma = NULL;
	return vma;
}

/*
 * Where a VMA for [addr, end) would go: its predecessor (*pprev) and the
 * tree slot (*rb_link under *rb_parent). -ENOMEM if something overlaps.
 */
static int find_vma_links(struct mm_struct *mm, unsigned long addr,
			  unsigned long end, struct vm_area_struct **pprev,
			  struct rb_node ***rb_link, struct rb_node **rb_parent)
{
	struct rb_node **link = &mm->mm_rb.rb_node;
	struct rb_node *parent = NULL, *prev = NULL;

	while (*link) {
		struct vm_area_struct *vma;

		parent = *link;
		vma = rb_entry(parent, struct vm_area_struct, vm_rb);
		if (vma->vm_end > addr) {
			if (vma->vm_start < end)
				return -ENOMEM;
			link = &parent->rb_left;
		} else {
			prev = parent;
			link = &parent->rb_right;
		}
	}
	*pprev = prev ? rb_entry(prev, struct vm_area_struct, vm_rb) : NULL;
	*rb_link = link;
	*rb_parent = parent;
	return 0;
}

/* ================= linking ================= */

/* Put vma on the list after prev (first if prev is NULL). Linux: mm/util.c. */
void __vma_link_list(struct mm_struct *mm, struct vm_area_struct *vma,
		     struct vm_area_struct *prev)
{
	struct vm_area_struct *next = prev ? prev->vm_next : mm->mmap;

	vma->vm_prev = prev;
	vma->vm_next = next;
	if (prev)
		prev->vm_next = vma;
	else
		mm->mmap = vma;
	if (next)
		next->vm_prev = vma;
}

void __vma_unlink_list(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct *prev = vma->vm_prev, *next = vma->vm_next;

	if (prev)
		prev->vm_next = next;
	else
		mm->mmap = next;
	if (next)
		next->vm_prev = prev;
}

/*
 * Put vma (already on the list) into the tree at the slot find_vma_links()
 * found. The gaps change twice: the successor's gap now ends at vma, and
 * vma brings its own.
 */
void __vma_link_rb(struct mm_struct *mm, struct vm_area_struct *vma,
		   struct rb_node **rb_link, struct rb_node *rb_parent)
{
	if (vma->vm_next)
		vma_gap_update(vma->vm_next);
	else
		mm->highest_vm_end = vm_end_gap(vma);

	rb_link_node(&vma->vm_rb, rb_parent, rb_link);
	vma->rb_subtree_gap = 0;
	/* correct the path to the new leaf before rotations move values */
	vma_gap_update(vma);
	vma_rb_insert(vma, mm);
}

static void __vma_link(struct mm_struct *mm, struct vm_area_struct *vma,
		       struct vm_area_struct *prev, struct rb_node **rb_link,
		       struct rb_node *rb_parent)
{
	__vma_link_list(mm, vma, prev);
	__vma_link_rb(mm, vma, rb_link, rb_parent);
}

void vma_link(struct mm_struct *mm, struct vm_area_struct *vma,
	      struct vm_area_struct *prev, struct rb_node **rb_link,
	      struct rb_node *rb_parent)
{
	__vma_link(mm, vma, prev, rb_link, rb_parent);
	mm->map_count++;
}

/* Link a VMA whose range the caller knows is free (split_vma's half). */
static void __insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct *prev;
	struct rb_node **rb_link, *rb_parent;

	if (find_vma_links(mm, vma->vm_start, vma->vm_end, &prev, &rb_link,
			   &rb_parent))
		BUG();
	__vma_link(mm, vma, prev, rb_link, rb_parent);
	mm->map_count++;
}

/*
 * Add a ready-made VMA (exec's stack, fork's copies). A VM_ACCOUNT VMA is
 * charged here, as in Linux; the other counters are the caller's
 * business. -ENOMEM if the range is taken or the charge refused.
 */
int insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct *prev;
	struct rb_node **rb_link, *rb_parent;

	if (find_vma_links(mm, vma->vm_start, vma->vm_end, &prev, &rb_link,
			   &rb_parent))
		return -ENOMEM;
	if ((vma->vm_flags & VM_ACCOUNT) &&
	    security_vm_enough_memory_mm(mm, vma_pages(vma)))
		return -ENOMEM;
	/* anonymous pages are indexed by their virtual page number */
	if (vma_is_anonymous(vma)) {
		BUG_ON(vma->anon_vma);
		vma->vm_pgoff = vma->vm_start >> PAGE_SHIFT;
	}
	vma_link(mm, vma, prev, rb_link, rb_parent);
	return 0;
}

/* Out of the tree and the list; the successor's gap now starts lower. */
static void __vma_unlink(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct *next = vma->vm_next;

	vma_rb_erase(vma, &mm->mm_rb);
	__vma_unlink_list(mm, vma);
	if (next)
		vma_gap_update(next);
	else
		mm->highest_vm_end = vma->vm_prev ? vm_end_gap(vma->vm_prev) : 0;
	mm->map_count--;
}

/* ================= adjust, merge, split ================= */

/* Before removing a VMA, its page-reverse-map identity moves to its heir. */
static void vma_import_anon(struct vm_area_struct *importer,
			    struct vm_area_struct *exporter)
{
	if (exporter && exporter->anon_vma && !importer->anon_vma)
		importer->anon_vma = exporter->anon_vma;	/* anon_vma_clone() */
}

static void remove_vma_struct(struct vm_area_struct *vma)
{
	if (vma->vm_ops && vma->vm_ops->close)
		vma->vm_ops->close(vma);
	if (vma->vm_file)
		fput(vma->vm_file);
	vm_area_free(vma);
}

/*
 * Make vma cover [start, end) at pgoff, keeping the list and tree right.
 * With insert (split_vma) vma shrinks and insert takes the rest. Without
 * it, vma_merge()'s cases (see there):
 *   end >= next->vm_end	vma swallows next (and, case 6, the one
 *				after); with expand == next (case 8) it is
 *				the other way round: next grows down over vma
 *   end inside next		case 5: the boundary moves up into next
 *   end < vma->vm_end		case 4 (expand == next): the boundary moves
 *				down, next grows to meet vma
 *
 * Order matters for the augmented tree: a node may only be erased or
 * inserted while every rb_subtree_gap is right for the list as it stands,
 * so each change to a gap is propagated before the next structural step.
 */
int __vma_adjust(struct vm_area_struct *vma, unsigned long start,
		 unsigned long end, unsigned long pgoff,
		 struct vm_area_struct *insert, struct vm_area_struct *expand)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *next = vma->vm_next;
	struct vm_area_struct *gone[2] = { NULL, NULL };
	struct vm_area_struct *keep = vma;
	long adjust_next = 0;
	int i;

	if (next && !insert) {
		if (end >= next->vm_end) {
			if (next == expand) {
				/* case 8: vma disappears into next */
				WARN_ON(end != next->vm_end);
				gone[0] = vma;
				keep = next;
			} else {
				/* cases 1, 6, 7 */
				gone[0] = next;
				if (end > next->vm_end) {
					gone[1] = next->vm_next;
					WARN_ON(!gone[1] || end != gone[1]->vm_end);
				}
			}
		} else if (end > next->vm_start) {
			/* case 5: vma takes the head of next */
			adjust_next = end - next->vm_start;
		} else if (end < vma->vm_end && expand == next) {
			/* case 4: next takes the tail of vma */
			adjust_next = -(long)(vma->vm_end - end);
		}
	}

	if (adjust_next > 0)
		vma_import_anon(vma, next);
	else if (adjust_next < 0)
		vma_import_anon(next, vma);

	for (i = 0; i < 2 && gone[i]; i++) {
		vma_import_anon(keep, gone[i]);
		__vma_unlink(mm, gone[i]);
	}

	/* move the boundaries, then bring the gaps up to date */
	keep->vm_start = start;
	keep->vm_end = end;
	keep->vm_pgoff = pgoff;
	if (adjust_next) {
		next->vm_start += adjust_next;
		next->vm_pgoff += adjust_next / (long)PAGE_SIZE;
		vma_gap_update(next);
	}
	vma_gap_update(keep);
	if (keep->vm_next)
		vma_gap_update(keep->vm_next);
	else
		mm->highest_vm_end = vm_end_gap(keep);

	if (insert)
		__insert_vm_struct(mm, insert);

	for (i = 0; i < 2 && gone[i]; i++)
		remove_vma_struct(gone[i]);
	return 0;
}

/*
 * Linux's compatibility tests: identical flags (VM_SOFTDIRTY aside), the
 * same file, no ->close to call for a VMA that would disappear.
 */
static bool is_mergeable_vma(struct vm_area_struct *vma, struct file *file,
			     unsigned long vm_flags)
{
	if ((vma->vm_flags ^ vm_flags) & ~VM_SOFTDIRTY)
		return false;
	if (vma->vm_file != file)
		return false;
	if (vma->vm_ops && vma->vm_ops->close)
		return false;
	return true;
}

/*
 * Anonymous pages remember their anon_vma; two VMAs can only become one
 * if they share it, or one has not been given one and was not forked (its
 * chain has at most its own link). tinymm builds no anon_vmas: both NULL.
 */
static bool is_mergeable_anon_vma(struct anon_vma *anon_vma1,
				  struct anon_vma *anon_vma2,
				  struct vm_area_struct *vma)
{
	if ((!anon_vma1 || !anon_vma2) &&
	    (!vma || list_is_singular(&vma->anon_vma_chain)))
		return true;
	return anon_vma1 == anon_vma2;
}

/* Can [.., vm_pgoff) be put in front of vma? Page offsets must continue. */
static bool can_vma_merge_before(struct vm_area_struct *vma,
				 unsigned long vm_flags,
				 struct anon_vma *anon_vma, struct file *file,
				 unsigned long vm_pgoff)
{
	return is_mergeable_vma(vma, file, vm_flags) &&
	       is_mergeable_anon_vma(anon_vma, vma->anon_vma, vma) &&
	       vma->vm_pgoff == vm_pgoff;
}

/* Can a range starting at page offset vm_pgoff follow vma? */
static bool can_vma_merge_after(struct vm_area_struct *vma,
				unsigned long vm_flags,
				struct anon_vma *anon_vma, struct file *file,
				unsigned long vm_pgoff)
{
	return is_mergeable_vma(vma, file, vm_flags) &&
	       is_mergeable_anon_vma(anon_vma, vma->anon_vma, vma) &&
	       vma->vm_pgoff + vma_pages(vma) == vm_pgoff;
}

/*
 * [addr, end) is about to get vm_flags/file/pgoff (a new mapping, brk, or
 * an mprotect of part of a VMA). If it can join prev, next or both, do it
 * and return the VMA that now covers it; else NULL and the caller makes a
 * new VMA (or splits). The eight cases of Linux's comment, A = [addr,end):
 *
 *     AAAA             AAAA                   AAAA
 *    PPPPPPNNNNNN    PPPPPPNNNNNN       PPPPPPNNNNNN
 *    cannot merge    might become       might become
 *                    PPNNNNNNNNNN       PPPPPPPPPPNN
 *    mmap, brk or    case 4 below       case 5 below
 *    mremap move:
 *                        AAAA               AAAA
 *                    PPPP    NNNN       PPPPNNNNXXXX
 *                    might become       might become
 *                    PPPPPPPPPPPP 1 or  PPPPPPPPPPPP 6 or
 *                    PPPPPPPPNNNN 2 or  PPPPPPPPXXXX 7 or
 *                    PPPPNNNNNNNN 3     PPPPXXXXXXXX 8
 */
struct vm_area_struct *vma_merge(struct mm_struct *mm,
				 struct vm_area_struct *prev,
				 unsigned long addr, unsigned long end,
				 unsigned long vm_flags, struct anon_vma *anon_vma,
				 struct file *file, unsigned long pgoff)
{
	unsigned long pglen = (end - addr) >> PAGE_SHIFT;
	struct vm_area_struct *area, *next;
	bool merge_prev, merge_next;

	if (vm_flags & VM_SPECIAL)
		return NULL;

	/* area: the VMA at addr, if A is part of one (cases 5-8) */
	next = vma_next(mm, prev);
	area = next;
	if (area && area->vm_end == end)
		next = next->vm_next;

	WARN_ON(prev && addr <= prev->vm_start);
	WARN_ON(area && end > area->vm_end);
	WARN_ON(addr >= end);

	merge_prev = prev && prev->vm_end == addr &&
		     can_vma_merge_after(prev, vm_flags, anon_vma, file, pgoff);
	merge_next = next && end == next->vm_start &&
		     can_vma_merge_before(next, vm_flags, anon_vma, file,
					  pgoff + pglen);

	if (merge_prev) {
		if (merge_next &&
		    is_mergeable_anon_vma(prev->anon_vma, next->anon_vma, NULL))
			/* cases 1, 6: P absorbs A and N */
			__vma_adjust(prev, prev->vm_start, next->vm_end,
				     prev->vm_pgoff, NULL, prev);
		else
			/* cases 2, 5, 7: P grows over A */
			__vma_adjust(prev, prev->vm_start, end,
				     prev->vm_pgoff, NULL, prev);
		return prev;
	}

	if (merge_next) {
		if (prev && addr < prev->vm_end) {
			/* case 4: N grows down over A, the tail of P */
			__vma_adjust(prev, prev->vm_start, addr,
				     prev->vm_pgoff, NULL, next);
		} else {
			/* cases 3, 8: N grows down over A */
			__vma_adjust(area, addr, next->vm_end,
				     next->vm_pgoff - pglen, NULL, next);
			/* case 8 freed area and kept next */
			area = next;
		}
		return area;
	}
	return NULL;
}

/*
 * Cut vma in two at addr. The new VMA is the lower part if new_below,
 * else the upper; vma keeps the other part. Linux checks max_map_count
 * only in split_vma(): munmap may briefly exceed it.
 */
int __split_vma(struct mm_struct *mm, struct vm_area_struct *vma,
		unsigned long addr, int new_below)
{
	struct vm_area_struct *new;

	if (WARN_ON(addr <= vma->vm_start || addr >= vma->vm_end ||
		    offset_in_page(addr)))
		return -EINVAL;

	new = vm_area_dup(vma);
	if (!new)
		return -ENOMEM;

	if (new_below) {
		new->vm_end = addr;
	} else {
		new->vm_start = addr;
		new->vm_pgoff += (addr - vma->vm_start) >> PAGE_SHIFT;
	}

	/* a file VMA counts its users (Linux: get_file(), ->open) */
	if (new->vm_file)
		get_file(new->vm_file);
	if (new->vm_ops && new->vm_ops->open)
		new->vm_ops->open(new);

	if (new_below)
		return vma_adjust(vma, addr, vma->vm_end,
				  vma->vm_pgoff +
				  ((addr - new->vm_start) >> PAGE_SHIFT), new);
	return vma_adjust(vma, vma->vm_start, addr, vma->vm_pgoff, new);
}

int split_vma(struct mm_struct *mm, struct vm_area_struct *vma,
	      unsigned long addr, int new_below)
{
	if (mm->map_count >= sysctl_max_map_count)
		return -ENOMEM;
	return __split_vma(mm, vma, addr, new_below);
}

/* ================= accounting ================= */

/* Linux: mm/internal.h. Exec: read-only code; stack; data: private writable. */
static inline bool is_exec_mapping(vm_flags_t flags)
{
	return (flags & (VM_EXEC | VM_WRITE | VM_STACK)) == VM_EXEC;
}

static inline bool is_stack_mapping(vm_flags_t flags)
{
	return (flags & VM_STACK) == VM_STACK;
}

static inline bool is_data_mapping(vm_flags_t flags)
{
	return (flags & (VM_WRITE | VM_SHARED | VM_STACK)) == VM_WRITE;
}

/*
 * Make [start, end) of vma one VMA, ready to take new_flags: merged into a
 * neighbour that can take it with those flags, or split off from vma.
 * *pprev becomes the VMA that now covers the range, which is returned, or
 * an ERR_PTR if a split failed. Linux 6.7: vma_modify_flags(); before
 * that mprotect_fixup, mlock_fixup and madvise_update_vma each repeated it.
 */
struct vm_area_struct *vma_modify_flags(struct mm_struct *mm,
					struct vm_area_struct **pprev,
					struct vm_area_struct *vma,
					unsigned long start, unsigned long end,
					unsigned long new_flags)
{
	pgoff_t pgoff = vma->vm_pgoff + ((start - vma->vm_start) >> PAGE_SHIFT);
	struct vm_area_struct *merged;
	int error;

	merged = vma_merge(mm, *pprev, start, end, new_flags, vma->anon_vma,
			   vma->vm_file, pgoff);
	if (merged) {
		*pprev = merged;
		return merged;
	}
	*pprev = vma;
	if (start != vma->vm_start) {
		error = split_vma(mm, vma, start, 1);
		if (error)
			return ERR_PTR(error);
	}
	if (end != vma->vm_end) {
		error = split_vma(mm, vma, end, 0);
		if (error)
			return ERR_PTR(error);
	}
	return vma;
}

/* total_vm and the VmExe/VmStk/VmData counters of /proc/pid/status. */
void vm_stat_account(struct mm_struct *mm, vm_flags_t flags, long npages)
{
	mm->total_vm += npages;
	if (is_exec_mapping(flags))
		mm->exec_vm += npages;
	else if (is_stack_mapping(flags))
		mm->stack_vm += npages;
	else if (is_data_mapping(flags))
		mm->data_vm += npages;
}

static inline void update_hiwater_rss(struct mm_struct *mm)
{
	unsigned long rss = get_mm_rss(mm);

	if (mm->hiwater_rss < rss)
		mm->hiwater_rss = rss;
}

static inline void update_hiwater_vm(struct mm_struct *mm)
{
	if (mm->hiwater_vm < mm->total_vm)
		mm->hiwater_vm = mm->total_vm;
}

/* ================= finding a free range ================= */

static inline struct vm_area_struct *vma_of(struct rb_node *node)
{
	return node ? rb_entry(node, struct vm_area_struct, vm_rb) : NULL;
}

static inline unsigned long gap_start_of(struct vm_area_struct *vma)
{
	return vma->vm_prev ? vm_end_gap(vma->vm_prev) : 0;
}

/* Does the subtree at node have a gap of at least length? */
static inline bool subtree_fits(struct rb_node *node, unsigned long length)
{
	return node && vma_of(node)->rb_subtree_gap >= length;
}

/*
 * Lowest gap: an in-order walk that descends only into subtrees whose
 * rb_subtree_gap promises a hole of length. Every gap in the tree sits
 * below some VMA; the one above the last VMA (from highest_vm_end up) is
 * checked at the end. The limits are pre-shrunk by length so a gap "fits"
 * when it ends at or above low_limit and starts at or below high_limit.
 */
static unsigned long unmapped_area(struct mm_struct *mm,
				   struct vm_unmapped_area_info *info)
{
	unsigned long length, low_limit, high_limit, gap_start, gap_end;
	struct vm_area_struct *vma;
	struct rb_node *node;

	/* room for the worst-case alignment shift */
	length = info->length + info->align_mask;
	if (length < info->length)
		return -ENOMEM;
	if (info->high_limit < length)
		return -ENOMEM;
	high_limit = info->high_limit - length;
	if (info->low_limit > high_limit)
		return -ENOMEM;
	low_limit = info->low_limit + length;

	node = mm->mm_rb.rb_node;
	if (!subtree_fits(node, length))
		goto check_highest;
	vma = vma_of(node);

	for (;;) {
		/* lower addresses first: left while it can still fit */
		gap_end = vm_start_gap(vma);
		if (gap_end >= low_limit && subtree_fits(vma->vm_rb.rb_left, length)) {
			vma = vma_of(vma->vm_rb.rb_left);
			continue;
		}
		gap_start = gap_start_of(vma);
visit:
		/* the gap just below vma */
		if (gap_start > high_limit)
			return -ENOMEM;		/* everything further is higher */
		if (gap_end >= low_limit && gap_end > gap_start &&
		    gap_end - gap_start >= length)
			goto found;
		if (subtree_fits(vma->vm_rb.rb_right, length)) {
			vma = vma_of(vma->vm_rb.rb_right);
			continue;
		}
		/* climb to the first ancestor we reached from its left */
		for (;;) {
			struct rb_node *child = &vma->vm_rb;
			struct rb_node *parent = rb_parent(child);

			if (!parent)
				goto check_highest;
			vma = vma_of(parent);
			if (child == parent->rb_left) {
				gap_start = gap_start_of(vma);
				gap_end = vm_start_gap(vma);
				goto visit;
			}
		}
	}

check_highest:
	gap_start = mm->highest_vm_end;
	gap_end = ULONG_MAX;
	if (gap_start > high_limit)
		return -ENOMEM;
found:
	if (gap_start < info->low_limit)
		gap_start = info->low_limit;
	/* round up to align_offset modulo align_mask + 1 */
	gap_start += (info->align_offset - gap_start) & info->align_mask;
	WARN_ON(gap_start + info->length > info->high_limit);
	WARN_ON(gap_start + info->length > gap_end);
	return gap_start;
}

/*
 * Highest gap: the mirror image. First the space above the last VMA, then
 * a reverse in-order walk (right subtrees first).
 */
static unsigned long unmapped_area_topdown(struct mm_struct *mm,
					   struct vm_unmapped_area_info *info)
{
	unsigned long length, low_limit, high_limit, gap_start, gap_end;
	struct vm_area_struct *vma;
	struct rb_node *node;

	length = info->length + info->align_mask;
	if (length < info->length)
		return -ENOMEM;
	gap_end = info->high_limit;
	if (gap_end < length)
		return -ENOMEM;
	high_limit = gap_end - length;
	if (info->low_limit > high_limit)
		return -ENOMEM;
	low_limit = info->low_limit + length;

	/* above every VMA? */
	gap_start = mm->highest_vm_end;
	if (gap_start <= high_limit)
		goto found_highest;

	node = mm->mm_rb.rb_node;
	if (!subtree_fits(node, length))
		return -ENOMEM;
	vma = vma_of(node);

	for (;;) {
		/* higher addresses first: right while it can still fit */
		gap_start = gap_start_of(vma);
		if (gap_start <= high_limit &&
		    subtree_fits(vma->vm_rb.rb_right, length)) {
			vma = vma_of(vma->vm_rb.rb_right);
			continue;
		}
visit:
		gap_end = vm_start_gap(vma);
		if (gap_end < low_limit)
			return -ENOMEM;		/* everything further is lower */
		if (gap_start <= high_limit && gap_end > gap_start &&
		    gap_end - gap_start >= length)
			goto found;
		if (subtree_fits(vma->vm_rb.rb_left, length)) {
			vma = vma_of(vma->vm_rb.rb_left);
			continue;
		}
		/* climb to the first ancestor we reached from its right */
		for (;;) {
			struct rb_node *child = &vma->vm_rb;
			struct rb_node *parent = rb_parent(child);

			if (!parent)
				return -ENOMEM;
			vma = vma_of(parent);
			if (child == parent->rb_right) {
				gap_start = gap_start_of(vma);
				goto visit;
			}
		}
	}

found:
	if (gap_end > info->high_limit)
		gap_end = info->high_limit;
found_highest:
	/* the highest aligned start that still fits */
	gap_end -= info->length;
	gap_end -= (gap_end - info->align_offset) & info->align_mask;
	WARN_ON(gap_end < info->low_limit);
	WARN_ON(gap_end < gap_start);
	return gap_end;
}

/*
 * vm_unmapped_area - the free range @info asks for in current->mm: its
 * start, or -ENOMEM. Caller: an arch_get_unmapped_area*(), holding
 * mmap_lock. Never sleeps.
 */
unsigned long vm_unmapped_area(struct vm_unmapped_area_info *info)
{
	struct mm_struct *mm = current->mm;

	if (info->flags & VM_UNMAPPED_AREA_TOPDOWN)
		return unmapped_area_topdown(mm, info);
	return unmapped_area(mm, info);
}

/*
 * A hint is taken as-is if [addr, addr + len) is free (guard gaps
 * included) and inside the allowed window.
 */
static bool hint_fits(struct mm_struct *mm, unsigned long addr,
		      unsigned long len, unsigned long mmap_end)
{
	struct vm_area_struct *vma, *prev;

	vma = find_vma_prev(mm, addr, &prev);
	return mmap_end - len >= addr && addr >= mmap_min_addr &&
	       (!vma || addr + len <= vm_start_gap(vma)) &&
	       (!prev || addr >= vm_end_gap(prev));
}

/* The legacy layout: upwards from mmap_base (= TASK_UNMAPPED_BASE). */
unsigned long arch_get_unmapped_area(struct file *filp, unsigned long addr,
				     unsigned long len, unsigned long pgoff,
				     unsigned long flags)
{
	struct mm_struct *mm = current->mm;
	struct vm_unmapped_area_info info;
	const unsigned long mmap_end = TASK_SIZE;

	if (len > mmap_end - mmap_min_addr)
		return -ENOMEM;
	if (flags & MAP_FIXED)
		return addr;
	if (addr) {
		addr = PAGE_ALIGN(addr);
		if (hint_fits(mm, addr, len, mmap_end))
			return addr;
	}

	info.flags = 0;
	info.length = len;
	info.low_limit = mm->mmap_base;
	info.high_limit = mmap_end;
	info.align_mask = 0;
	info.align_offset = 0;
	return vm_unmapped_area(&info);
}

/*
 * The default layout: downwards from mmap_base, which sits below the
 * stack's reserved gap, so the heap (brk, growing up from the end of the
 * program) and mmap (growing down) share the space in between.
 */
unsigned long arch_get_unmapped_area_topdown(struct file *filp,
				     unsigned long addr, unsigned long len,
				     unsigned long pgoff, unsigned long flags)
{
	struct mm_struct *mm = current->mm;
	struct vm_unmapped_area_info info;
	const unsigned long mmap_end = TASK_SIZE;

	if (len > mmap_end - mmap_min_addr)
		return -ENOMEM;
	if (flags & MAP_FIXED)
		return addr;
	if (addr) {
		addr = PAGE_ALIGN(addr);
		if (hint_fits(mm, addr, len, mmap_end))
			return addr;
	}

	info.flags = VM_UNMAPPED_AREA_TOPDOWN;
	info.length = len;
	info.low_limit = max(PAGE_SIZE, mmap_min_addr);
	info.high_limit = mm->mmap_base;
	info.align_mask = 0;
	info.align_offset = 0;
	addr = vm_unmapped_area(&info);

	/* full below mmap_base: try bottom-up above it rather than fail */
	if (offset_in_page(addr)) {
		WARN_ON(addr != (unsigned long)-ENOMEM);
		info.flags = 0;
		info.low_limit = TASK_UNMAPPED_BASE;
		info.high_limit = mmap_end;
		addr = vm_unmapped_area(&info);
	}
	return addr;
}

/*
 * get_unmapped_area - where a mapping of @len bytes goes in current->mm:
 * the layout's choice (mm->get_unmapped_area), checked against the
 * address-space limits. Returns the address or -errno (IS_ERR_VALUE).
 * Linux also lets a file or shmem choose (f_op->get_unmapped_area);
 * ramfs has no preference.
 */
unsigned long get_unmapped_area(struct file *file, unsigned long addr,
				unsigned long len, unsigned long pgoff,
				unsigned long flags)
{
	unsigned long (*get_area)(struct file *, unsigned long,
				  unsigned long, unsigned long, unsigned long);

	if (len > TASK_SIZE)
		return -ENOMEM;
	get_area = current->mm->get_unmapped_area;
	if (!get_area)
		get_area = arch_get_unmapped_area_topdown;
	addr = get_area(file, addr, len, pgoff, flags);
	if (IS_ERR_VALUE(addr))
		return addr;
	if (addr > TASK_SIZE - len)
		return -ENOMEM;
	if (offset_in_page(addr))
		return -EINVAL;
	if (addr < mmap_min_addr)	/* Linux: security_mmap_addr() */
		return -EPERM;
	return addr;
}

/* ================= mmap ================= */

/* Private writable memory is what overcommit accounting charges. */
static inline bool accountable_mapping(struct file *file, vm_flags_t vm_flags)
{
	return (vm_flags & (VM_NORESERVE | VM_SHARED | VM_WRITE)) == VM_WRITE;
}

/* Clear whatever is in [start, start + len) and find the slot there. */
static int munmap_vma_range(struct mm_struct *mm, unsigned long start,
			    unsigned long len, struct vm_area_struct **pprev,
			    struct rb_node ***link, struct rb_node **parent,
			    struct list_head *uf)
{
	while (find_vma_links(mm, start, start + len, pprev, link, parent))
		if (do_munmap(mm, start, len, uf))
			return -ENOMEM;
	return 0;
}

/*
 * mmap_region - make [addr, addr + len) of current->mm a mapping with
 * vm_flags: drop what was there (MAP_FIXED), then extend a neighbour if
 * vma_merge() can, else link a new VMA. No page is allocated or mapped.
 * Returns addr or -errno. Caller: do_mmap(), which checked the range.
 */
unsigned long mmap_region(struct file *file, unsigned long addr,
			  unsigned long len, vm_flags_t vm_flags,
			  unsigned long pgoff, struct list_head *uf)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma, *prev;
	struct rb_node **rb_link, *rb_parent;
	unsigned long charged = 0;
	int error;

	if (munmap_vma_range(mm, addr, len, &prev, &rb_link, &rb_parent, uf))
		return -ENOMEM;

	/* private writable: promise the memory now, or refuse the mapping */
	if (accountable_mapping(file, vm_flags)) {
		charged = len >> PAGE_SHIFT;
		if (security_vm_enough_memory_mm(mm, charged))
			return -ENOMEM;
		vm_flags |= VM_ACCOUNT;
	}

	vma = vma_merge(mm, prev, addr, addr + len, vm_flags, NULL, file,
			pgoff);
	if (vma)
		goto out;

	vma = vm_area_alloc(mm);
	if (!vma) {
		error = -ENOMEM;
		goto unacct_error;
	}
	vma->vm_start = addr;
	vma->vm_end = addr + len;
	vma->vm_flags = vm_flags;
	vma->vm_page_prot = vm_get_page_prot(vm_flags);
	vma->vm_pgoff = pgoff;
	if (file) {
		/* the VMA's own reference; the file's ->mmap sets vm_ops */
		vma->vm_file = get_file(file);
		error = file->f_op->mmap(file, vma);
		if (error) {
			/*
			 * Linux also unmaps what a driver's ->mmap may have
			 * mapped (remap_pfn_range); ramfs maps nothing here.
			 */
			fput(vma->vm_file);
			vma->vm_file = NULL;
			vm_area_free(vma);
			goto unacct_error;
		}
		WARN_ON_ONCE(addr != vma->vm_start);
		vm_flags = vma->vm_flags;
	} else if (vm_flags & VM_SHARED) {
		/* shared anonymous memory is a file of its own (mm/shmem.c) */
		error = shmem_zero_setup(vma);
		if (error) {
			if (vma->vm_file)
				fput(vma->vm_file);
			vm_area_free(vma);
			goto unacct_error;
		}
	} else {
		vma_set_anonymous(vma);
	}
	vma_link(mm, vma, prev, rb_link, rb_parent);
out:
	vm_stat_account(mm, vm_flags, len >> PAGE_SHIFT);
	if (vm_flags & VM_LOCKED) {
		if (vm_flags & VM_SPECIAL)
			vma->vm_flags &= VM_LOCKED_CLEAR_MASK;
		else
			mm->locked_vm += len >> PAGE_SHIFT;
	}
	vma->vm_flags |= VM_SOFTDIRTY;
	vma_set_page_prot(vma);
	return addr;

unacct_error:
	if (charged)
		vm_unacct_memory(charged);
	return error;
}

/* A non-MAP_FIXED address below mmap_min_addr is moved up to it. */
static inline unsigned long round_hint_to_min(unsigned long hint)
{
	hint &= PAGE_MASK;
	if (hint && hint < mmap_min_addr)
		return PAGE_ALIGN(mmap_min_addr);
	return hint;
}

/* mmap flags every kernel accepts (Linux: LEGACY_MAP_MASK) */
#define LEGACY_MAP_MASK	(MAP_SHARED | MAP_PRIVATE | MAP_FIXED | \
			 MAP_ANONYMOUS | MAP_DENYWRITE | MAP_EXECUTABLE | \
			 MAP_UNINITIALIZED | MAP_GROWSDOWN | MAP_LOCKED | \
			 MAP_NORESERVE | MAP_POPULATE | MAP_NONBLOCK | \
			 MAP_STACK | MAP_HUGETLB)

/* Does [pgoff, pgoff + len) fit in the largest file there can be? */
static bool file_mmap_ok(struct file *file, struct inode *inode,
			 unsigned long pgoff, unsigned long len)
{
	u64 maxsize = MAX_LFS_FILESIZE;

	if (len > maxsize)
		return false;
	maxsize -= len;
	return pgoff <= maxsize >> PAGE_SHIFT;
}

/*
 * The checks of a file mapping against how the file was opened: shared
 * writable needs FMODE_WRITE; a shared mapping of a read-only open can
 * never become writable (no VM_MAYWRITE) and is really private.
 */
static int mmap_file_flags(struct file *file, unsigned long prot,
			   unsigned long flags, vm_flags_t *vm_flags)
{
	switch (flags & MAP_TYPE) {
	case MAP_SHARED:
		flags &= LEGACY_MAP_MASK;
		fallthrough;
	case MAP_SHARED_VALIDATE:
		/* only ->mmap_supported_flags (MAP_SYNC for DAX) go further */
		if (flags & ~LEGACY_MAP_MASK)
			return -EOPNOTSUPP;
		if ((prot & PROT_WRITE) && !(file->f_mode & FMODE_WRITE))
			return -EACCES;
		*vm_flags |= VM_SHARED | VM_MAYSHARE;
		if (!(file->f_mode & FMODE_WRITE))
			*vm_flags &= ~(VM_MAYWRITE | VM_SHARED);
		fallthrough;
	case MAP_PRIVATE:
		if (!(file->f_mode & FMODE_READ))
			return -EACCES;
		if (!file->f_op->mmap)
			return -ENODEV;
		if (*vm_flags & (VM_GROWSDOWN | VM_GROWSUP))
			return -EINVAL;
		return 0;
	default:
		return -EINVAL;
	}
}

/*
 * do_mmap - the body of mmap(2) after the file lookup, in current->mm:
 * check, pick the address, translate PROT_ and MAP_ into VM_ flags,
 * mmap_region(). Returns the address or -errno (IS_ERR_VALUE).
 * *populate is set to len when the caller should fault the range in now
 * (MAP_POPULATE, MAP_LOCKED): vm_mmap_pgoff() (mm/util.c) then calls
 * mm_populate(). The caller holds mmap_lock for write; it allocates
 * with GFP_KERNEL, so may sleep there.
 */
unsigned long do_mmap(struct file *file, unsigned long addr,
		      unsigned long len, unsigned long prot,
		      unsigned long flags, unsigned long pgoff,
		      unsigned long *populate, struct list_head *uf)
{
	struct mm_struct *mm = current->mm;
	vm_flags_t vm_flags;

	*populate = 0;
	if (!len)
		return -EINVAL;
	/* NOREPLACE is MAP_FIXED that fails with -EEXIST instead of unmapping */
	if (flags & MAP_FIXED_NOREPLACE)
		flags |= MAP_FIXED;
	if (!(flags & MAP_FIXED))
		addr = round_hint_to_min(addr);

	len = PAGE_ALIGN(len);
	if (!len)
		return -ENOMEM;		/* wrapped */
	if (pgoff + (len >> PAGE_SHIFT) < pgoff)
		return -EOVERFLOW;
	if (file && !file_mmap_ok(file, file_inode(file), pgoff, len))
		return -EOVERFLOW;
	if (mm->map_count > sysctl_max_map_count)
		return -ENOMEM;

	addr = get_unmapped_area(file, addr, len, pgoff, flags);
	if (IS_ERR_VALUE(addr))
		return addr;

	if ((flags & MAP_FIXED_NOREPLACE) &&
	    find_vma_intersection(mm, addr, addr + len))
		return -EEXIST;

	vm_flags = calc_vm_prot_bits(prot, 0) | calc_vm_flag_bits(flags) |
		   mm->def_flags | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;

	if (file) {
		int error = mmap_file_flags(file, prot, flags, &vm_flags);

		if (error)
			return error;
	} else {
		switch (flags & MAP_TYPE) {
		case MAP_SHARED:
		case MAP_SHARED_VALIDATE:
			if (vm_flags & (VM_GROWSDOWN | VM_GROWSUP))
				return -EINVAL;
			pgoff = 0;
			vm_flags |= VM_SHARED | VM_MAYSHARE;
			break;
		case MAP_PRIVATE:
			/* an anonymous page's index is its virtual page number */
			pgoff = addr >> PAGE_SHIFT;
			break;
		default:
			return -EINVAL;
		}
	}

	/* MAP_NORESERVE: no charge, unless the policy is strict (mode 2) */
	if ((flags & MAP_NORESERVE) &&
	    sysctl_overcommit_memory != OVERCOMMIT_NEVER)
		vm_flags |= VM_NORESERVE;

	addr = mmap_region(file, addr, len, vm_flags, pgoff, uf);
	if (!IS_ERR_VALUE(addr) &&
	    ((vm_flags & VM_LOCKED) ||
	     (flags & (MAP_POPULATE | MAP_NONBLOCK)) == MAP_POPULATE))
		*populate = len;
	return addr;
}

/* ================= munmap ================= */

/*
 * Tear down the page-table entries of [start, end) over the VMAs from vma
 * on (unmap_vmas: zap PTEs, drop page references, RSS counters), then
 * free page-table pages no longer spanned by any VMA between prev and the
 * next one (free_pgtables), flushing the TLB by ASID before anything freed
 * is reused (mmu_gather). See mm/memory.c and mm/mmu_gather.c.
 * exit_mmap() passes the whole, still linked, VMA list: then nothing
 * remains on either side and the whole ASID is flushed once.
 */
static void unmap_region(struct mm_struct *mm, struct vm_area_struct *vma,
			 struct vm_area_struct *prev, unsigned long start,
			 unsigned long end)
{
	struct vm_area_struct *next = vma_next(mm, prev);
	struct mmu_gather tlb;

	if (next == vma) {		/* exit_mmap(): not detached */
		next = NULL;
		tlb_gather_mmu_fullmm(&tlb, mm);
	} else {
		tlb_gather_mmu(&tlb, mm);
	}
	update_hiwater_rss(mm);
	unmap_vmas(&tlb, vma, start, end);
	free_pgtables(&tlb, vma, prev ? prev->vm_end : FIRST_USER_ADDRESS,
		      next ? next->vm_start : USER_PGTABLES_CEILING);
	tlb_finish_mmu(&tlb);
}

/* Free a detached VMA; returns the next one on the detached list. */
static struct vm_area_struct *remove_vma(struct vm_area_struct *vma)
{
	struct vm_area_struct *next = vma->vm_next;

	remove_vma_struct(vma);
	return next;
}

/* Uncount, uncharge and free a detached chain of VMAs. */
static void remove_vma_list(struct mm_struct *mm, struct vm_area_struct *vma)
{
	unsigned long nr_accounted = 0;

	update_hiwater_vm(mm);		/* before total_vm drops */
	do {
		if (vma->vm_flags & VM_ACCOUNT)
			nr_accounted += vma_pages(vma);
		vm_stat_account(mm, vma->vm_flags, -(long)vma_pages(vma));
		vma = remove_vma(vma);
	} while (vma);
	vm_unacct_memory(nr_accounted);
}

/*
 * Take the VMAs from vma up to end out of the tree and the list, leaving
 * them a NULL-terminated chain of their own for unmap_region() and
 * remove_vma_list(). All are erased from the tree while the list is still
 * whole (so every gap stays right), then the list is spliced.
 */
static void detach_vmas_to_be_unmapped(struct mm_struct *mm,
				       struct vm_area_struct *vma,
				       struct vm_area_struct *prev,
				       unsigned long end)
{
	struct vm_area_struct *tail = NULL, *next;

	for (next = vma; next && next->vm_start < end; next = next->vm_next) {
		vma_rb_erase(next, &mm->mm_rb);
		if (next->vm_flags & VM_LOCKED)
			mm->locked_vm -= vma_pages(next);
		mm->map_count--;
		tail = next;
	}

	if (prev)
		prev->vm_next = next;
	else
		mm->mmap = next;
	if (next) {
		next->vm_prev = prev;
		vma_gap_update(next);
	} else {
		mm->highest_vm_end = prev ? vm_end_gap(prev) : 0;
	}
	vma->vm_prev = NULL;
	tail->vm_next = NULL;
}

/*
 * Unmap [start, start + len): split the VMAs straddling either end, then
 * detach and free everything inside. The caller holds mmap_lock for
 * write. Returns 0 (also if nothing was mapped there) or -errno; with
 * @downgrade, once the VMAs are detached (no lookup can find them) the
 * lock is downgraded to read for the slow page teardown and 1 is
 * returned: the caller then drops a read lock. A neighbour that grows
 * towards the hole keeps the write lock (its expand_stack() runs under
 * the read lock and would race with the teardown).
 */
int __do_munmap(struct mm_struct *mm, unsigned long start, size_t len,
		struct list_head *uf, bool downgrade)
{
	struct vm_area_struct *vma, *prev, *last;
	unsigned long end;
	int error;

	if (offset_in_page(start) || start > TASK_SIZE ||
	    len > TASK_SIZE - start)
		return -EINVAL;
	len = PAGE_ALIGN(len);
	end = start + len;
	if (len == 0)
		return -EINVAL;

	vma = find_vma_intersection(mm, start, end);
	if (!vma)
		return 0;
	prev = vma->vm_prev;

	if (start > vma->vm_start) {
		/* a hole in the middle adds a VMA: respect the limit then */
		if (end < vma->vm_end && mm->map_count >= sysctl_max_map_count)
			return -ENOMEM;
		error = __split_vma(mm, vma, start, 0);
		if (error)
			return error;
		prev = vma;
	}

	last = find_vma(mm, end);
	if (last && end > last->vm_start) {
		error = __split_vma(mm, last, end, 1);
		if (error)
			return error;
	}
	vma = vma_next(mm, prev);

	detach_vmas_to_be_unmapped(mm, vma, prev, end);
	if (downgrade) {
		struct vm_area_struct *next = vma_next(mm, prev);

		if (next && (next->vm_flags & VM_GROWSDOWN))
			downgrade = false;
		else
			mmap_write_downgrade(mm);
	}
	unmap_region(mm, vma, prev, start, end);
	remove_vma_list(mm, vma);
	return downgrade ? 1 : 0;
}

int do_munmap(struct mm_struct *mm, unsigned long start, size_t len,
	      struct list_head *uf)
{
	return __do_munmap(mm, start, len, uf, false);
}

/*
 * munmap(2) of current->mm's [start, start + len): 0 or -errno. Takes
 * mmap_lock for write, and with @downgrade lets __do_munmap() turn it
 * into a read lock for the teardown. May sleep. Linux: the same name.
 */
int __vm_munmap(unsigned long start, size_t len, bool downgrade)
{
	struct mm_struct *mm = current->mm;
	int ret;

	mmap_write_lock(mm);
	ret = __do_munmap(mm, start, len, NULL, downgrade);
	if (ret == 1) {
		mmap_read_unlock(mm);
		return 0;
	}
	mmap_write_unlock(mm);
	return ret;
}

int vm_munmap(unsigned long start, size_t len)
{
	return __vm_munmap(start, len, false);
}

/* ================= brk ================= */

/*
 * Map [addr, addr + len) as heap: anonymous, private, read-write, merged
 * into the brk VMA below when possible. Only VM_EXEC may be asked for.
 */
static int do_brk_flags(unsigned long addr, unsigned long len,
			unsigned long flags, struct list_head *uf)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma, *prev;
	struct rb_node **rb_link, *rb_parent;
	unsigned long pgoff = addr >> PAGE_SHIFT;
	unsigned long mapped_addr;

	if (flags & ~VM_EXEC)
		return -EINVAL;
	flags |= VM_DATA_DEFAULT_FLAGS | VM_ACCOUNT | mm->def_flags;

	mapped_addr = get_unmapped_area(NULL, addr, len, 0, MAP_FIXED);
	if (IS_ERR_VALUE(mapped_addr))
		return mapped_addr;

	if (munmap_vma_range(mm, addr, len, &prev, &rb_link, &rb_parent, uf))
		return -ENOMEM;
	if (mm->map_count > sysctl_max_map_count)
		return -ENOMEM;
	if (security_vm_enough_memory_mm(mm, len >> PAGE_SHIFT))
		return -ENOMEM;

	vma = vma_merge(mm, prev, addr, addr + len, flags, NULL, NULL, pgoff);
	if (vma)
		goto out;

	vma = vm_area_alloc(mm);
	if (!vma) {
		vm_unacct_memory(len >> PAGE_SHIFT);
		return -ENOMEM;
	}
	vma_set_anonymous(vma);
	vma->vm_start = addr;
	vma->vm_end = addr + len;
	vma->vm_pgoff = pgoff;
	vma->vm_flags = flags;
	vma->vm_page_prot = vm_get_page_prot(flags);
	vma_link(mm, vma, prev, rb_link, rb_parent);
out:
	mm->total_vm += len >> PAGE_SHIFT;
	mm->data_vm += len >> PAGE_SHIFT;
	if (flags & VM_LOCKED)
		mm->locked_vm += len >> PAGE_SHIFT;
	vma->vm_flags |= VM_SOFTDIRTY;
	return 0;
}

/*
 * For exec's bss: map request bytes (page-rounded) of heap at addr in
 * current->mm (exec has installed the new mm by then), under mmap_lock
 * for write. 0 or -errno. May sleep.
 */
int vm_brk_flags(unsigned long addr, unsigned long request,
		 unsigned long flags)
{
	struct mm_struct *mm = current->mm;
	unsigned long len = PAGE_ALIGN(request);
	bool populate;
	int ret;

	if (len < request)
		return -ENOMEM;
	if (!len)
		return 0;
	mmap_write_lock(mm);
	ret = do_brk_flags(addr, len, flags, NULL);
	populate = (mm->def_flags & VM_LOCKED) != 0;
	mmap_write_unlock(mm);
	if (populate && !ret)
		mm_populate(addr, len);
	return ret;
}

/*
 * brk(2) (Linux: SYSCALL_DEFINE1(brk) in mm/mmap.c): move the end of the
 * heap. The heap VMA covers [start_brk, PAGE_ALIGN(brk)); brk itself may
 * be any byte address. Shrinking unmaps whole pages, growing maps them if
 * nothing (with its guard gap) is in the way. Returns the new brk, or the
 * old one if the request was refused - never an error code. Acts on
 * current->mm, as the system call does.
 */
unsigned long mm_brk(unsigned long brk)
{
	struct mm_struct *mm = current->mm;
	unsigned long newbrk, oldbrk, origbrk;
	struct vm_area_struct *next;
	bool populate = false;
	int ret;

	mmap_write_lock(mm);
	origbrk = mm->brk;
	if (brk < mm->start_brk)
		goto out;

	newbrk = PAGE_ALIGN(brk);
	oldbrk = PAGE_ALIGN(mm->brk);
	if (oldbrk == newbrk) {
		mm->brk = brk;
		goto success;
	}

	/* shrinking always works; the teardown runs under the read lock */
	if (brk <= mm->brk) {
		mm->brk = brk;
		ret = __do_munmap(mm, newbrk, oldbrk - newbrk, NULL, true);
		if (ret < 0) {
			mm->brk = origbrk;
			goto out;
		}
		if (ret == 1) {
			mmap_read_unlock(mm);
			return brk;
		}
		goto success;
	}

	/* growing must not run into the next mapping or its guard gap */
	next = find_vma(mm, oldbrk);
	if (next && newbrk + PAGE_SIZE > vm_start_gap(next))
		goto out;
	if (do_brk_flags(oldbrk, newbrk - oldbrk, 0, NULL) < 0)
		goto out;
	mm->brk = brk;
	/* mlockall(MCL_FUTURE): the new heap is locked, so faulted in now */
	populate = (mm->def_flags & VM_LOCKED) != 0;
success:
	mmap_write_unlock(mm);
	if (populate)
		mm_populate(oldbrk, newbrk - oldbrk);
	return brk;
out:
	mmap_write_unlock(mm);
	return origbrk;
}

/* ================= whole address spaces ================= */

/*
 * Tear down every VMA, every page and every page-table page, when the
 * last user has gone (mmput). Under mmap_lock for write, as v5.19 takes
 * it, so anyone still looking at the mm from outside (a /proc reader
 * holding mm_count only, in Linux) waits; which is also why a task that
 * dies holding its own mmap_lock must have it released first
 * (kernel/exit.c), or its exit would wait for itself.
 */
void exit_mmap(struct mm_struct *mm)
{
	struct vm_area_struct *vma;
	unsigned long nr_accounted = 0;

	mmap_write_lock(mm);
	vma = mm->mmap;
	if (!vma) {
		mmap_write_unlock(mm);
		return;
	}
	unmap_region(mm, vma, NULL, 0, TASK_SIZE);
	while (vma) {
		if (vma->vm_flags & VM_ACCOUNT)
			nr_accounted += vma_pages(vma);
		vma = remove_vma(vma);
	}
	vm_unacct_memory(nr_accounted);
	mm->mmap = NULL;
	mm->mm_rb = RB_ROOT;
	mm->map_count = 0;
	mm->highest_vm_end = 0;
	mmap_write_unlock(mm);
}

/* ================= the checker ================= */

/*
 * Walk the tree in order, checking each node against the list and against
 * its neighbours; returns the node count or -1. Linux: browse_rb().
 */
static int browse_rb(struct mm_struct *mm)
{
	struct vm_area_struct *list = mm->mmap;
	unsigned long prev_end = 0;
	struct rb_node *nd;
	int i = 0, bug = 0;

	for (nd = rb_first(&mm->mm_rb); nd; nd = rb_next(nd)) {
		struct vm_area_struct *vma = vma_of(nd);
		unsigned long gap = vma_compute_gap(vma), subtree = gap;

		if (vma->vm_start >= vma->vm_end) {
			pr_emerg("vm_start %lx >= vm_end %lx\n",
				 vma->vm_start, vma->vm_end);
			bug = 1;
		}
		if (offset_in_page(vma->vm_start | vma->vm_end)) {
			pr_emerg("vma %lx-%lx not page aligned\n",
				 vma->vm_start, vma->vm_end);
			bug = 1;
		}
		if (vma->vm_start < prev_end) {
			pr_emerg("vm_start %lx < prev vm_end %lx\n",
				 vma->vm_start, prev_end);
			bug = 1;
		}
		if (vma != list) {
			pr_emerg("rb node %d is vma %lx, list has %lx\n", i,
				 vma->vm_start, list ? list->vm_start : 0UL);
			bug = 1;
		}
		if (vma->vm_mm != mm) {
			pr_emerg("vma %lx: vm_mm %p is not %p\n",
				 vma->vm_start, vma->vm_mm, mm);
			bug = 1;
		}
		if (nd->rb_left)
			subtree = max(subtree, vma_of(nd->rb_left)->rb_subtree_gap);
		if (nd->rb_right)
			subtree = max(subtree, vma_of(nd->rb_right)->rb_subtree_gap);
		if (vma->rb_subtree_gap != subtree) {
			pr_emerg("free gap %lx, correct %lx\n",
				 vma->rb_subtree_gap, subtree);
			bug = 1;
		}
		prev_end = vma->vm_end;
		list = list ? list->vm_next : NULL;
		i++;
		if (bug)
			break;
	}
	if (!bug && list) {
		pr_emerg("list has vma %lx beyond the tree\n", list->vm_start);
		bug = 1;
	}
	return bug ? -1 : i;
}

/*
 * Linux's validate_mm() (CONFIG_DEBUG_VM_RB): the list is sorted and its
 * back links right, its length is map_count, highest_vm_end is right, and
 * browse_rb() agrees. Also: total_vm and the exec/stack/data counters are
 * the sums over the VMAs. Returns the number of problems (0 = sound).
 */
int validate_mm(struct mm_struct *mm)
{
	struct vm_area_struct *vma, *prev = NULL;
	unsigned long highest_address = 0, total = 0, exec = 0, stack = 0,
		      data = 0;
	int bug = 0, i = 0, n;

	for (vma = mm->mmap; vma; prev = vma, vma = vma->vm_next) {
		unsigned long pages = vma_pages(vma);

		if (vma->vm_prev != prev) {
			pr_emerg("vma %lx: vm_prev %p, expected %p\n",
				 vma->vm_start, vma->vm_prev, prev);
			bug++;
		}
		if (prev && prev->vm_end > vma->vm_start) {
			pr_emerg("vma %lx-%lx overlaps %lx-%lx\n",
				 prev->vm_start, prev->vm_end,
				 vma->vm_start, vma->vm_end);
			bug++;
		}
		highest_address = vm_end_gap(vma);
		total += pages;
		if (is_exec_mapping(vma->vm_flags))
			exec += pages;
		else if (is_stack_mapping(vma->vm_flags))
			stack += pages;
		else if (is_data_mapping(vma->vm_flags))
			data += pages;
		if (++i > mm->map_count + 1)
			break;		/* a loop: stop */
	}
	if (i != mm->map_count) {
		pr_emerg("map_count %d vm_next %d\n", mm->map_count, i);
		bug++;
	}
	if (highest_address != mm->highest_vm_end) {
		pr_emerg("mm->highest_vm_end %lx, found %lx\n",
			 mm->highest_vm_end, highest_address);
		bug++;
	}
	if (total != mm->total_vm || exec != mm->exec_vm ||
	    stack != mm->stack_vm || data != mm->data_vm) {
		pr_emerg("total_vm %lu exec_vm %lu stack_vm %lu data_vm %lu, VMAs have %lu %lu %lu %lu\n",
			 mm->total_vm, mm->exec_vm, mm->stack_vm, mm->data_vm,
			 total, exec, stack, data);
		bug++;
	}
	n = browse_rb(mm);
	if (n != mm->map_count) {
		if (n != -1)
			pr_emerg("map_count %d rb %d\n", mm->map_count, n);
		bug++;
	}
	return bug;
}

/*
 * May vma grow by grow pages to size bytes? The stack rlimit (tinymm has
 * only the 8 MB default), then overcommit, which must come last since it
 * charges the pages. 0 (charged) or -ENOMEM. Linux also checks
 * RLIMIT_AS, RLIMIT_MEMLOCK and hugetlb-only ranges here. As in Linux,
 * the growth is charged whether or not the VMA is VM_ACCOUNT, so a
 * read-only or MAP_NORESERVE stack keeps that charge after its unmap.
 */
static int acct_stack_growth(struct vm_area_struct *vma, unsigned long size,
			     unsigned long grow)
{
	if (size > _STK_LIM)
		return -ENOMEM;
	if (security_vm_enough_memory_mm(vma->vm_mm, grow))
		return -ENOMEM;
	return 0;
}

/*
 * A fault just below a VM_GROWSDOWN VMA: extend it down to cover address
 * (arch/arm64/mm/fault.c). Refused past the stack rlimit, past the commit
 * limit (acct_stack_growth) or into the guard gap above the next VMA
 * down. Linux: expand_downwards().
 */
int expand_stack(struct vm_area_struct *vma, unsigned long address)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *prev = vma->vm_prev;
	unsigned long grow;

	address &= PAGE_MASK;
	if (!(vma->vm_flags & VM_GROWSDOWN) || address >= vma->vm_start)
		return -EFAULT;
	if (address < mmap_min_addr)
		return -EPERM;
	if (prev && !(prev->vm_flags & VM_GROWSDOWN) &&
	    address - prev->vm_end < stack_guard_gap)
		return -ENOMEM;
	grow = (vma->vm_start - address) >> PAGE_SHIFT;
	if (acct_stack_growth(vma, vma->vm_end - address, grow))
		return -ENOMEM;
	vma->vm_start = address;
	vma->vm_pgoff -= grow;
	vm_stat_account(mm, vma->vm_flags, grow);
	vma_gap_update(vma);
	return 0;
}

/*
 * The reserves' boot values: 3% of free memory, at most 128 MB for
 * user_reserve_kbytes and 8 MB for admin_reserve_kbytes. Linux: the
 * subsys_initcalls init_user_reserve() and init_admin_reserve() in
 * mm/mmap.c (which also recompute them on memory hotplug).
 */
static unsigned long free_kbytes(void)
{
	return global_zone_page_state(NR_FREE_PAGES) << (PAGE_SHIFT - 10);
}

int init_user_reserve(void)
{
	sysctl_user_reserve_kbytes = min(free_kbytes() / 32, 1UL << 17);
	return 0;
}

int init_admin_reserve(void)
{
	sysctl_admin_reserve_kbytes = min(free_kbytes() / 32, 1UL << 13);
	return 0;
}
