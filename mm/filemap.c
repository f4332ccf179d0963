// SPDX-License-Identifier: GPL-2.0
/*
 * mm/filemap.c - the page cache: file contents live in ordinary pages,
 * one set per inode (its address_space), shared by everyone who reads,
 * writes or maps the file. Linux: mm/filemap.c (with bits of
 * mm/truncate.c and mm/readahead.c), v5.19.
 *
 * What it teaches:
 *  - read() and write() copy between the caller's buffer and cached
 *    pages; a page not yet cached is allocated, filled by the
 *    filesystem's ->readpage, and inserted (find_get_page ->
 *    read_mapping_page -> add_to_page_cache_lru).
 *  - mmap() of a file maps those very pages. filemap_fault() is the
 *    ->fault of every file VMA: it finds (or reads) page vmf->pgoff and
 *    hands it to mm/memory.c, which maps it read-only for a private
 *    mapping (a write then copies it: COW) or as-is for a shared one (a
 *    write dirties the cached page, so read() sees it at once).
 *  - Beyond the end of the file there is nothing to map: SIGBUS.
 *  - A page of the cache holds one reference for the cache; every pte
 *    and every in-flight user (a read in progress) holds another.
 *
 * Simplified, and why:
 *  - i_pages is a flat array, not an xarray (see linux/fs.h).
 *  - No page locks: Linux inserts a new page locked and !Uptodate, then
 *    reads into it, and concurrent faults sleep on the lock. Here the
 *    page is filled before it is inserted; the loser of an insertion
 *    race frees its copy and uses the winner's.
 *  - No LRU lists, readahead, fault-around (->map_pages), writeback or
 *    dirty throttling: nothing reclaims page-cache pages, so dirty
 *    just means "differs from the built-in image". add_to_page_cache_lru
 *    keeps its name though it adds to no LRU.
 *  - truncate_inode_pages() cannot unmap a page that is still mapped
 *    (no rmap of file pages: no i_mmap tree); such a page leaves the
 *    cache and lives on, orphaned, until its last pte goes: the mapping
 *    keeps seeing (and may write) the old data, which the file no
 *    longer has. Linux unmaps first (unmap_mapping_range), so later
 *    accesses fault and see the truncated file (or SIGBUS past it).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/printk.h>
#include <linux/bug.h>
#include <linux/mm.h>
#include <asm/cacheflush.h>
#include <linux/fs.h>
#include <linux/gfp.h>
#include <linux/slab.h>
#include <linux/spinlock.h>

void address_space_init_once(struct address_space *mapping,
			     struct inode *host)
{
	memset(mapping, 0, sizeof(*mapping));
	mapping->host = host;
	spin_lock_init(&mapping->i_pages_lock);
	/* ramfs pages are never reclaimed, so need not be movable */
	mapping->gfp_mask = GFP_HIGHUSER;
}

/* ================= lookup and insertion ================= */

/* The cached page at index, with a reference for the caller; or NULL. */
struct page *find_get_page(struct address_space *mapping, pgoff_t index)
{
	struct page *page = NULL;

	spin_lock(&mapping->i_pages_lock);
	if (index < mapping->nr_slots) {
		page = mapping->i_pages[index];
		if (page)
			get_page(page);
	}
	spin_unlock(&mapping->i_pages_lock);
	return page;
}

/*
 * Make room for index in i_pages[]. The new array is allocated without
 * the lock held; someone else may have grown it meanwhile.
 */
static int page_cache_grow(struct address_space *mapping, pgoff_t index,
			   gfp_t gfp)
{
	unsigned long want = max(8UL, mapping->nr_slots);
	struct page **new, **old = NULL;

	while (want <= index)
		want *= 2;
	/* Linux: the xarray's nodes come from gfp & GFP_RECLAIM_MASK */
	new = kcalloc(want, sizeof(*new), GFP_KERNEL);
	if (!new)
		return -ENOMEM;

	spin_lock(&mapping->i_pages_lock);
	if (mapping->nr_slots < want) {
		if (mapping->nr_slots)
			memcpy(new, mapping->i_pages,
			       mapping->nr_slots * sizeof(*new));
		old = mapping->i_pages;
		mapping->i_pages = new;
		mapping->nr_slots = want;
		new = NULL;
	}
	spin_unlock(&mapping->i_pages_lock);
	kfree(new);
	kfree(old);
	return 0;
}

/*
 * A page enters (+1) or leaves (-1) the page cache: NR_FILE_PAGES, and
 * NR_SHMEM for a shmem file's page. Linux counts in __filemap_add_folio()
 * and filemap_unaccount_folio(), shmem's in shmem_add_to_page_cache(),
 * and tells shmem pages on the way out by PageSwapBacked; tinymm's shmem
 * pages are not swap-backed (no swap), so it asks the mapping both ways.
 */
static void filemap_account_page(struct page *page,
				 struct address_space *mapping, int nr)
{
	__mod_lruvec_page_state(page, NR_FILE_PAGES, nr);
	if (shmem_mapping(mapping))
		__mod_lruvec_page_state(page, NR_SHMEM, nr);
}

/*
 * Insert page at index: it gains a reference for the cache (the caller
 * keeps its own), ->mapping and ->index. -EEXIST if the slot is taken.
 */
int add_to_page_cache_lru(struct page *page, struct address_space *mapping,
			  pgoff_t index, gfp_t gfp)
{
	int ret;

	for (;;) {
		spin_lock(&mapping->i_pages_lock);
		if (index < mapping->nr_slots)
			break;
		spin_unlock(&mapping->i_pages_lock);
		ret = page_cache_grow(mapping, index, gfp);
		if (ret)
			return ret;
	}
	if (mapping->i_pages[index]) {
		ret = -EEXIST;
	} else {
		get_page(page);
		page->mapping = mapping;
		page->index = index;
		mapping->i_pages[index] = page;
		mapping->nrpages++;
		filemap_account_page(page, mapping, 1);
		ret = 0;
	}
	spin_unlock(&mapping->i_pages_lock);
	return ret;
}

/* Take page out of its cache slot; the caller then drops the cache's ref. */
static bool page_cache_delete(struct page *page)
{
	struct address_space *mapping = page->mapping;
	bool deleted = false;

	spin_lock(&mapping->i_pages_lock);
	if (page->index < mapping->nr_slots &&
	    mapping->i_pages[page->index] == page) {
		mapping->i_pages[page->index] = NULL;
		mapping->nrpages--;
		filemap_account_page(page, mapping, -1);
		page->mapping = NULL;
		deleted = true;
	}
	spin_unlock(&mapping->i_pages_lock);
	return deleted;
}

/* Drop a page from the cache (and the cache's reference to it). */
void delete_from_page_cache(struct page *page)
{
	if (!page->mapping || !page_cache_delete(page))
		return;
	ClearPageDirty(page);		/* Linux: cancel_dirty_page() */
	ClearPageUptodate(page);
	put_page(page);
}

/*
 * Page index of mapping's file, cached, with a reference for the caller.
 * A page not yet cached is read by ->readpage first; *major says so (a
 * "major" fault in Linux's terms: the data had to be fetched).
 */
static struct page *__read_mapping_page(struct address_space *mapping,
					pgoff_t index, struct file *file,
					bool *major)
{
	struct page *page;
	int err;

	for (;;) {
		page = find_get_page(mapping, index);
		if (page)
			return page;

		page = alloc_page(mapping->gfp_mask);
		if (!page)
			return ERR_PTR(-ENOMEM);
		/* ->readpage finds the file through these; not yet visible */
		page->mapping = mapping;
		page->index = index;
		err = mapping->a_ops->readpage(file, page);
		page->mapping = NULL;
		if (!err)
			err = add_to_page_cache_lru(page, mapping, index,
						    mapping->gfp_mask);
		put_page(page);		/* the cache holds it now, if anyone */
		if (!err) {
			if (major)
				*major = true;
			continue;	/* and look it up again */
		}
		if (err != -EEXIST)
			return ERR_PTR(err);
	}
}

struct page *read_mapping_page(struct address_space *mapping, pgoff_t index,
			       struct file *file)
{
	return __read_mapping_page(mapping, index, file, NULL);
}

/*
 * Drop every cached page from byte lstart on, and zero the rest of the
 * page lstart falls in. Linux: truncate_inode_pages() (mm/truncate.c).
 * Dirty data goes with the pages: ramfs has no backing store to write to.
 */
void truncate_inode_pages(struct address_space *mapping, loff_t lstart)
{
	pgoff_t start = (lstart + PAGE_SIZE - 1) >> PAGE_SHIFT;
	unsigned int partial = offset_in_page(lstart);
	struct page **slots = NULL;
	unsigned long i;

	if (partial) {
		struct page *page = find_get_page(mapping,
						  lstart >> PAGE_SHIFT);

		if (page) {
			memset((char *)page_address(page) + partial, 0,
			       PAGE_SIZE - partial);
			put_page(page);
		}
	}

	for (i = start; i < mapping->nr_slots; i++) {
		struct page *page;

		spin_lock(&mapping->i_pages_lock);
		page = i < mapping->nr_slots ? mapping->i_pages[i] : NULL;
		if (page)
			get_page(page);
		spin_unlock(&mapping->i_pages_lock);
		if (!page)
			continue;
		/* Linux unmaps it first (unmap_mapping_range); see header */
		if (page_mapcount(page) > 0)
			pr_warn("truncate: page %lu of inode %lu is still mapped\n",
				i, mapping->host ? mapping->host->i_ino : 0UL);
		delete_from_page_cache(page);
		put_page(page);
	}

	/* an empty cache gives its slot array back */
	spin_lock(&mapping->i_pages_lock);
	if (!mapping->nrpages) {
		slots = mapping->i_pages;
		mapping->i_pages = NULL;
		mapping->nr_slots = 0;
	}
	spin_unlock(&mapping->i_pages_lock);
	kfree(slots);
}

/* ================= read() and write() ================= */

/*
 * Copy from the cache into buf. Linux: filemap_read() via
 * generic_file_read_iter(); 2.6 kernels called this generic_file_read.
 */
ssize_t generic_file_read(struct file *file, char *buf, size_t count,
			  loff_t *ppos)
{
	struct address_space *mapping = file->f_mapping;
	struct inode *inode = mapping->host;
	loff_t pos = *ppos, isize = i_size_read(inode);
	ssize_t done = 0;

	if (pos < 0)
		return -EINVAL;
	if (pos >= isize || !count)
		return 0;
	count = min_t(loff_t, count, isize - pos);

	while (count) {
		unsigned long offset = offset_in_page(pos);
		size_t bytes = min_t(size_t, PAGE_SIZE - offset, count);
		struct page *page;

		page = read_mapping_page(mapping, pos >> PAGE_SHIFT, file);
		if (IS_ERR(page)) {
			if (!done)
				done = PTR_ERR(page);
			break;
		}
		memcpy(buf + done, (char *)page_address(page) + offset, bytes);
		put_page(page);
		done += bytes;
		pos += bytes;
		count -= bytes;
	}
	if (done > 0)
		*ppos = pos;
	return done;
}

/*
 * Copy buf into the cache, dirtying each page, and move i_size up past
 * the end of the write. Partly written pages are read first, so the
 * bytes around the write survive. Linux: generic_perform_write() with
 * ramfs's simple_write_begin/simple_write_end.
 */
ssize_t generic_file_write(struct file *file, const char *buf, size_t count,
			   loff_t *ppos)
{
	struct address_space *mapping = file->f_mapping;
	struct inode *inode = mapping->host;
	loff_t pos = *ppos;
	ssize_t done = 0;

	if (file->f_flags & O_APPEND)
		pos = i_size_read(inode);
	if (pos < 0)
		return -EINVAL;
	if (!count)
		return 0;
	/* Linux: generic_write_check_limits() against s_maxbytes */
	if (pos >= inode->i_maxbytes)
		return -EFBIG;
	count = min_t(loff_t, count, inode->i_maxbytes - pos);

	while (count) {
		unsigned long offset = offset_in_page(pos);
		size_t bytes = min_t(size_t, PAGE_SIZE - offset, count);
		struct page *page;

		page = read_mapping_page(mapping, pos >> PAGE_SHIFT, file);
		if (IS_ERR(page)) {
			if (!done)
				done = PTR_ERR(page);
			break;
		}
		memcpy((char *)page_address(page) + offset, buf + done, bytes);
		flush_dcache_page(page);	/* mapped executable? clean again */
		SetPageDirty(page);	/* Linux: set_page_dirty() */
		put_page(page);
		done += bytes;
		pos += bytes;
		count -= bytes;
	}

	if (done > 0) {
		spin_lock(&inode->i_lock);
		if (pos > i_size_read(inode))
			i_size_write(inode, pos);
		spin_unlock(&inode->i_lock);
		*ppos = pos;
	}
	return done;
}

/* ================= mmap() ================= */

/*
 * ->fault of file VMAs: page vmf->pgoff of the file, with a reference
 * for mm/memory.c to map (or copy, for a private write). Past the end of
 * the file: SIGBUS, as Linux (the VMA may be longer than the file).
 */
vm_fault_t filemap_fault(struct vm_fault *vmf)
{
	struct file *file = vmf->vma->vm_file;
	struct address_space *mapping = file->f_mapping;
	struct inode *inode = mapping->host;
	pgoff_t index = vmf->pgoff;
	struct page *page;
	bool major = false;

	if (index >= DIV_ROUND_UP(i_size_read(inode), PAGE_SIZE))
		return VM_FAULT_SIGBUS;

	page = __read_mapping_page(mapping, index, file, &major);
	if (IS_ERR(page))
		return PTR_ERR(page) == -ENOMEM ? VM_FAULT_OOM : VM_FAULT_SIGBUS;

	/* truncated while we read it? */
	if (unlikely(index >= DIV_ROUND_UP(i_size_read(inode), PAGE_SIZE))) {
		put_page(page);
		return VM_FAULT_SIGBUS;
	}
	vmf->page = page;
	if (major)
		count_vm_event(PGMAJFAULT);
	return major ? VM_FAULT_MAJOR : 0;
}

/*
 * A clean page of a shared mapping is about to be written: it becomes
 * dirty. Linux also updates the file times, waits for writeback to
 * finish with the page, and refuses (VM_FAULT_NOPAGE: refault) a page
 * that truncate took out of the cache meanwhile; truncate has unmapped
 * it by then, so the refault finds the file as it is now. Here truncate
 * cannot unmap (see the header), so such an orphan is written in place:
 * refusing would only fault on it forever.
 */
vm_fault_t filemap_page_mkwrite(struct vm_fault *vmf)
{
	struct page *page = vmf->page;
	struct inode *inode = file_inode(vmf->vma->vm_file);

	if (!page->mapping)
		return 0;		/* an orphan: its data goes with it */
	if (page->mapping != inode->i_mapping)
		return VM_FAULT_NOPAGE;
	SetPageDirty(page);
	return 0;
}

const struct vm_operations_struct generic_file_vm_ops = {
	.fault = filemap_fault,
	.page_mkwrite = filemap_page_mkwrite,
};

/* ->mmap of files that live in the page cache. */
int generic_file_mmap(struct file *file, struct vm_area_struct *vma)
{
	if (!file->f_mapping->a_ops || !file->f_mapping->a_ops->readpage)
		return -ENOEXEC;
	vma->vm_ops = &generic_file_vm_ops;
	return 0;
}

/* The same, for files that must not be written through a mapping. */
int generic_file_readonly_mmap(struct file *file, struct vm_area_struct *vma)
{
	if ((vma->vm_flags & VM_SHARED) && (vma->vm_flags & VM_MAYWRITE))
		return -EINVAL;
	return generic_file_mmap(file, vma);
}
