/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/rmap.h - the reverse-map bookkeeping of mapped pages: how many
 * ptes map a page (_mapcount) and, for an anonymous page, which VMA's
 * address space it belongs to (page->mapping, page->index).
 * Linux: include/linux/rmap.h of v5.19.
 * Simplified: no anon_vma objects and no rmap walks (no try_to_unmap,
 * folio_referenced); no compound (THP) mappings, so @compound is always
 * false and only the per-page _mapcount moves.
 */
#ifndef _LINUX_RMAP_H
#define _LINUX_RMAP_H

#include <linux/mm.h>

/* mm/rmap.c */
void page_add_new_anon_rmap(struct page *page, struct vm_area_struct *vma,
			    unsigned long address);
void page_add_file_rmap(struct page *page, struct vm_area_struct *vma,
			bool compound);
void page_remove_rmap(struct page *page, struct vm_area_struct *vma,
		      bool compound);

/* Another pte maps an already mapped page (fork). */
static inline void __page_dup_rmap(struct page *page, bool compound)
{
	atomic_inc(&page->_mapcount);
}

static inline void page_dup_file_rmap(struct page *page, bool compound)
{
	__page_dup_rmap(page, compound);
}

/*
 * fork duplicating an anonymous pte. Returns 0, or -EBUSY when the child
 * must get a copy at once. Linux refuses a PageAnonExclusive page that
 * may be pinned (GUP); without that flag nothing is refused here.
 */
static inline int page_try_dup_anon_rmap(struct page *page, bool compound,
					 struct vm_area_struct *vma)
{
	__page_dup_rmap(page, compound);
	return 0;
}

#endif /* _LINUX_RMAP_H */
