// SPDX-License-Identifier: GPL-2.0
/*
 * mm/rmap.c - reverse-map bookkeeping: every pte that maps a page is
 * counted in page->_mapcount (-1 = unmapped, 0 = one pte, ...), and an
 * anonymous page records where it belongs (page->mapping with the
 * PAGE_MAPPING_ANON bit, page->index its virtual page number in the VMA).
 * Linux: mm/rmap.c of v5.19.
 *
 * What it teaches: the page cache can answer "which file page is this?"
 * and page tables "which page is at this address?"; rmap answers the
 * reverse, "which ptes map this page?", which reclaim and migration need
 * before they may touch a mapped page. Here it is only the counting and
 * the anonymous marker: page_mapcount() tells whether a page is mapped,
 * PageAnon() what kind of page it is.
 *
 * Simplified, and why: no anon_vma objects (no anon_vma_prepare, the
 * chain, or rmap walks: nothing here reclaims or migrates mapped pages),
 * so an anonymous page's mapping is just PAGE_MAPPING_ANON over a NULL
 * anon_vma; no compound (THP) mappings; no mlock or memcg statistics.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/rmap.h>

/*
 * page_add_new_anon_rmap - @page was just allocated for @vma at
 * @address: mapped once (_mapcount 0), anonymous, indexed by its virtual
 * page number. The caller holds the pte lock and installs the pte; the
 * page is not yet visible to anyone else, so no atomic ordering matters.
 */
void page_add_new_anon_rmap(struct page *page, struct vm_area_struct *vma,
			    unsigned long address)
{
	atomic_set(&page->_mapcount, 0);
	__SetPageSwapBacked(page);
	/* Linux: vma->anon_vma + PAGE_MAPPING_ANON; tinymm has no anon_vma */
	page->mapping = (struct address_space *)
		((unsigned long)vma->anon_vma | PAGE_MAPPING_ANON);
	page->index = linear_page_index(vma, address);
	__mod_lruvec_page_state(page, NR_ANON_MAPPED, 1);
}

/*
 * One more pte maps a page-cache page; the first counts it in
 * NR_FILE_MAPPED. Caller holds the pte lock.
 */
void page_add_file_rmap(struct page *page, struct vm_area_struct *vma,
			bool compound)
{
	if (atomic_inc_and_test(&page->_mapcount))
		__mod_lruvec_page_state(page, NR_FILE_MAPPED, 1);
}

/*
 * page_remove_rmap - one pte mapping @page fewer; the last one takes it
 * out of NR_ANON_MAPPED or NR_FILE_MAPPED. Caller holds the pte lock and
 * still holds the pte's page reference. An anonymous page
 * keeps its mapping marker after the last one goes, as in Linux:
 * free_pages_prepare() clears it.
 */
void page_remove_rmap(struct page *page, struct vm_area_struct *vma,
		      bool compound)
{
	if (atomic_dec_return(&page->_mapcount) < 0)
		__mod_lruvec_page_state(page, PageAnon(page) ? NR_ANON_MAPPED :
					NR_FILE_MAPPED, -1);
}
