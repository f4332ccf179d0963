// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/filemap_test.c - files and the page cache on the host:
 * ramfs (fs/ramfs/), filp_open/kernel_read/kernel_write (fs/), the page
 * cache and filemap_fault (mm/filemap.c), and file mappings made with
 * vm_mmap() as exec and the mmap syscall make them (mm/mmap.c,
 * mm/memory.c).
 *
 * Covered: a private read fault maps the page-cache page itself (the
 * same pfn, a major fault the first time, minor after), a private write
 * copies it (the cache untouched), a shared write dirties the cached
 * page so read() sees it and a write() shows through the mapping, the
 * writenotify path (->page_mkwrite) for shared pages first read, SIGBUS
 * past the end of the file, the file references VMAs hold, the open
 * flags, read/write/lseek semantics, MADV_WILLNEED and MADV_DONTNEED on
 * files, and truncation giving every page back.
 *
 * Linux tests these from user space (LTP mmap/read/write, the
 * selftests' mm/cow.c for private file mappings).
 */
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/sizes.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/fs.h>
#include <asm/pgtable.h>
#include <tinymm/test_hooks.h>
#include "mm_host.h"
#include "user_mm_host.h"

#define P		PAGE_SIZE
#define ARENA_BASE	0x40000000UL
#define ARENA_SIZE	SZ_32M
#define RW		(PROT_READ | PROT_WRITE)

/* 3.5 pages: page i filled with 'A' + i, the last one half full */
#define DATA_SIZE	(3 * 4096 + 2048)
static char data[DATA_SIZE];
static unsigned long free_at_init;

static int filemap_test_init(struct kunit *test)
{
	int ret = um_boot(ARENA_BASE, ARENA_SIZE);
	int i;

	if (ret)
		return ret;
	for (i = 0; i < DATA_SIZE; i++)
		data[i] = 'A' + i / 4096;
	free_at_init = nr_free_pages_settled();
	return 0;
}

static void filemap_test_exit(struct kunit *test)
{
	um_teardown();
}

/* A fresh file "name" over data[], opened with flags. */
static struct file *make_file(struct kunit *test, const char *name,
			      int flags)
{
	struct inode *inode = ramfs_create_file(name, data, DATA_SIZE);
	struct file *file;

	KUNIT_ASSERT_FALSE(test, IS_ERR(inode));
	file = filp_open(name, flags, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(file));
	return file;
}

static bool page_is(struct page *page, int c, unsigned long from,
		    unsigned long to)
{
	return !memchr_inv((char *)page_address(page) + from, c, to - from);
}

/* The cached page at index (the reference taken is dropped at once). */
static struct page *cached(struct file *file, pgoff_t index)
{
	struct page *page = find_get_page(file->f_mapping, index);

	if (page)
		put_page(page);
	return page;
}

#define CHECK_MM(test, mm) do {						\
	struct mm_struct *__m = (mm);					\
	KUNIT_EXPECT_TRUE(test, um_check(test, &__m, 1));		\
} while (0)

/* Everything back: mappings, files, inodes and the cache. */
#define EXPECT_ALL_FREED(test) do {					\
	ramfs_kill_sb();						\
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free_at_init);	\
} while (0)

/* ================= faults ================= */

static void filemap_private_read(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc(), *mm2 = mm_alloc();
	struct file *file = make_file(test, "/data/f", O_RDONLY);
	struct page *page;
	unsigned long a, b;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	host_use_mm(mm);
	KUNIT_ASSERT_NOT_NULL(test, mm2);
	/* 5 pages of VMA over a 3.5-page file */
	a = vm_mmap(file, 0, 5 * P, PROT_READ, MAP_PRIVATE, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_EQ(test, find_vma(mm, a)->vm_file, file);
	KUNIT_EXPECT_PTR_EQ(test, find_vma(mm, a)->vm_ops, &generic_file_vm_ops);
	KUNIT_EXPECT_EQ(test, file->f_mapping->nrpages, 0UL);

	/* first touch reads the file into the cache: a major fault */
	KUNIT_EXPECT_EQ(test, um_fault(mm, a + P, 0), VM_FAULT_MAJOR);
	page = cached(file, 1);
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_EQ(test, file->f_mapping->nrpages, 1UL);
	/* the pte maps the cache's own page, read-only */
	KUNIT_EXPECT_EQ(test, pte_pfn(um_pte_at(mm, a + P)), page_to_pfn(page));
	KUNIT_EXPECT_FALSE(test, pte_write(um_pte_at(mm, a + P)));
	KUNIT_EXPECT_TRUE(test, page_is(page, 'B', 0, P));
	KUNIT_EXPECT_PTR_EQ(test, page->mapping, file->f_mapping);
	KUNIT_EXPECT_EQ(test, page->index, 1UL);
	KUNIT_EXPECT_EQ(test, page_mapcount(page), 1);
	KUNIT_EXPECT_EQ(test, page_count(page), 2);	/* cache + pte */
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_FILEPAGES), 1UL);
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_ANONPAGES), 0UL);

	/* another mm, at another offset: the same page, a minor fault */
	b = host_with_mm(mm2, vm_mmap(file, 0, 2 * P, PROT_READ, MAP_PRIVATE,
				      P));
	KUNIT_EXPECT_EQ(test, um_fault(mm2, b, 0), 0U);
	KUNIT_EXPECT_EQ(test, um_page_at(mm2, b), page);
	KUNIT_EXPECT_EQ(test, page_mapcount(page), 2);
	KUNIT_EXPECT_EQ(test, page_count(page), 3);

	/* the last, half page: the file's bytes, then zeros */
	KUNIT_EXPECT_EQ(test, um_fault(mm, a + 3 * P, 0), VM_FAULT_MAJOR);
	page = um_page_at(mm, a + 3 * P);
	KUNIT_EXPECT_TRUE(test, page_is(page, 'D', 0, 2048));
	KUNIT_EXPECT_TRUE(test, page_is(page, 0, 2048, P));
	/* past the end of the file: SIGBUS, nothing mapped */
	KUNIT_EXPECT_EQ(test, um_fault(mm, a + 4 * P, 0), VM_FAULT_SIGBUS);
	KUNIT_EXPECT_TRUE(test, pte_none(um_pte_at(mm, a + 4 * P)));
	KUNIT_EXPECT_EQ(test, file->f_mapping->nrpages, 2UL);
	{
		struct mm_struct *mms[2] = { mm, mm2 };

		KUNIT_EXPECT_TRUE(test, um_check(test, mms, 2));
	}

	mmput(mm2);
	mmput(mm);
	/* unmapped, the pages stay cached, with the cache's reference */
	KUNIT_EXPECT_EQ(test, page_count(cached(file, 1)), 1);
	KUNIT_EXPECT_EQ(test, page_mapcount(cached(file, 1)), 0);
	fput(file);
	EXPECT_ALL_FREED(test);
}

/* One vm event, summed over the CPUs as /proc/vmstat shows it. */
static unsigned long vm_event(enum vm_event_item item)
{
	unsigned long ev[NR_VM_EVENT_ITEMS];

	all_vm_events(ev);
	return ev[item];
}

/*
 * vmstat's nr_file_pages and nr_shmem (meminfo's Cached and Shmem) follow
 * the page cache, shmem's included; pgmajfault counts the faults that had
 * to read the file.
 */
static void filemap_vmstat_counters(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	struct file *file = make_file(test, "/data/f", O_RDONLY);
	unsigned long file0 = global_node_page_state_settled(NR_FILE_PAGES);
	unsigned long shmem0 = global_node_page_state_settled(NR_SHMEM);
	unsigned long major0 = vm_event(PGMAJFAULT);
	unsigned long a, s;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	host_use_mm(mm);
	a = vm_mmap(file, 0, 2 * P, PROT_READ, MAP_PRIVATE, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_EQ(test, um_fault(mm, a, 0), VM_FAULT_MAJOR);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_FILE_PAGES), file0 + 1);
	KUNIT_EXPECT_EQ(test, vm_event(PGMAJFAULT), major0 + 1);
	/* mapped again after an unmap: cached already, a minor fault */
	KUNIT_ASSERT_EQ(test, vm_munmap(a, 2 * P), 0);
	a = vm_mmap(file, 0, 2 * P, PROT_READ, MAP_PRIVATE, 0);
	KUNIT_EXPECT_EQ(test, um_fault(mm, a, 0), 0U);
	KUNIT_EXPECT_EQ(test, vm_event(PGMAJFAULT), major0 + 1);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_FILE_PAGES), file0 + 1);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_SHMEM), shmem0);

	/* a shared anonymous page is a shmem page, and a file page */
	s = vm_mmap(NULL, 0, 2 * P, RW, MAP_SHARED | MAP_ANONYMOUS, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(s));
	KUNIT_ASSERT_FALSE(test, um_fault(mm, s, FAULT_FLAG_WRITE) & VM_FAULT_ERROR);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_SHMEM), shmem0 + 1);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_FILE_PAGES), file0 + 2);

	/* the shmem file dies with its mapping; the file's page stays cached */
	mmput(mm);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_SHMEM), shmem0);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_FILE_PAGES), file0 + 1);
	fput(file);
	EXPECT_ALL_FREED(test);
	KUNIT_EXPECT_EQ(test, global_node_page_state_settled(NR_FILE_PAGES), file0);
}

static void filemap_private_write(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	struct file *file = make_file(test, "/data/f", O_RDONLY);
	struct page *cache, *copy;
	unsigned long a;
	char buf[8];
	loff_t pos = P;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	host_use_mm(mm);
	/* private writable mappings need only a readable open */
	a = vm_mmap(file, 0, 4 * P, RW, MAP_PRIVATE, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));

	/* read, then write: the copy is anonymous, the cache untouched */
	KUNIT_EXPECT_EQ(test, um_touch(mm, a + P, false), 1);
	cache = um_page_at(mm, a + P);
	KUNIT_EXPECT_EQ(test, um_touch(mm, a + P, true), 1);
	copy = um_page_at(mm, a + P);
	KUNIT_EXPECT_NE(test, copy, cache);
	KUNIT_EXPECT_TRUE(test, PageAnon(copy));
	KUNIT_EXPECT_TRUE(test, page_is(copy, 'B', 0, P));
	memset(page_address(copy), 'x', P);
	KUNIT_EXPECT_EQ(test, cached(file, 1), cache);
	KUNIT_EXPECT_TRUE(test, page_is(cache, 'B', 0, P));
	KUNIT_EXPECT_FALSE(test, PageDirty(cache));
	KUNIT_EXPECT_EQ(test, page_mapcount(cache), 0);
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_ANONPAGES), 1UL);
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_FILEPAGES), 0UL);
	/* read() sees the file, not the private copy */
	KUNIT_EXPECT_EQ(test, kernel_read(file, buf, sizeof(buf), &pos), 8L);
	KUNIT_EXPECT_EQ(test, buf[0], 'B');

	/* a first write copies at once (do_cow_fault) */
	KUNIT_EXPECT_EQ(test, um_touch(mm, a + 2 * P, true), 1);
	KUNIT_EXPECT_TRUE(test, PageAnon(um_page_at(mm, a + 2 * P)));
	KUNIT_EXPECT_TRUE(test, page_is(um_page_at(mm, a + 2 * P), 'C', 0, P));
	KUNIT_EXPECT_TRUE(test, um_pte_writable(um_pte_at(mm, a + 2 * P)));
	CHECK_MM(test, mm);

	/* fork: the child shares the private copy copy-on-write */
	{
		struct mm_struct *mms[2] = { mm, um_fork(test, mm) };

		KUNIT_EXPECT_EQ(test, atomic_long_read(&file->f_count), 3L);
		KUNIT_EXPECT_EQ(test, um_page_at(mms[1], a + P), copy);
		KUNIT_EXPECT_EQ(test, um_touch(mms[1], a + P, true), 1);
		KUNIT_EXPECT_NE(test, um_page_at(mms[1], a + P), copy);
		KUNIT_EXPECT_TRUE(test, um_check(test, mms, 2));
		mmput(mms[1]);
	}

	/* MADV_DONTNEED drops the copy: the file's data shows again */
	KUNIT_ASSERT_EQ(test, do_madvise(mm, a + P, P, MADV_DONTNEED), 0);
	KUNIT_EXPECT_EQ(test, um_touch(mm, a + P, false), 1);
	KUNIT_EXPECT_EQ(test, um_page_at(mm, a + P), cache);
	CHECK_MM(test, mm);
	mmput(mm);
	fput(file);
	EXPECT_ALL_FREED(test);
}

static void filemap_shared_write(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	struct file *file = make_file(test, "/data/f", O_RDWR);
	struct page *page;
	unsigned long a;
	char buf[4];
	loff_t pos;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	host_use_mm(mm);
	a = vm_mmap(file, 0, 4 * P, RW, MAP_SHARED, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_TRUE(test, find_vma(mm, a)->vm_flags & VM_SHARED);
	/* ramfs wants writenotify: ptes start read-only */
	KUNIT_EXPECT_EQ(test, pgprot_val(find_vma(mm, a)->vm_page_prot),
			pgprot_val(vm_get_page_prot(VM_READ | VM_WRITE)));

	/* a write fault maps the cache page itself, writable and dirty */
	KUNIT_EXPECT_EQ(test, um_touch(mm, a, true), 1);
	page = um_page_at(mm, a);
	KUNIT_EXPECT_EQ(test, cached(file, 0), page);
	KUNIT_EXPECT_TRUE(test, um_pte_writable(um_pte_at(mm, a)));
	KUNIT_EXPECT_TRUE(test, PageDirty(page));
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_FILEPAGES), 1UL);
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_ANONPAGES), 0UL);
	/* the store is visible to read() at once */
	memcpy(page_address(page), "hey!", 4);
	pos = 0;
	KUNIT_EXPECT_EQ(test, kernel_read(file, buf, 4, &pos), 4L);
	KUNIT_EXPECT_EQ(test, memcmp(buf, "hey!", 4), 0);
	KUNIT_EXPECT_EQ(test, pos, 4L);
	/* and write() shows through the mapping */
	pos = 2;
	KUNIT_EXPECT_EQ(test, kernel_write(file, "YO", 2, &pos), 2L);
	KUNIT_EXPECT_EQ(test, memcmp(page_address(um_page_at(mm, a)), "heYO", 4),
			0);

	/*
	 * Read first: a read-only pte. The write then goes through
	 * do_wp_page -> wp_page_shared -> ->page_mkwrite: dirtied, no copy.
	 */
	KUNIT_EXPECT_EQ(test, um_touch(mm, a + 2 * P, false), 1);
	page = um_page_at(mm, a + 2 * P);
	KUNIT_EXPECT_FALSE(test, pte_write(um_pte_at(mm, a + 2 * P)));
	KUNIT_EXPECT_FALSE(test, PageDirty(page));
	KUNIT_EXPECT_EQ(test, um_fault(mm, a + 2 * P, FAULT_FLAG_WRITE),
			VM_FAULT_WRITE);
	KUNIT_EXPECT_EQ(test, um_page_at(mm, a + 2 * P), page);
	KUNIT_EXPECT_TRUE(test, PageDirty(page));
	KUNIT_EXPECT_TRUE(test, um_pte_writable(um_pte_at(mm, a + 2 * P)));
	CHECK_MM(test, mm);

	/* mprotect away and back: the dirty pte may stay writable */
	KUNIT_ASSERT_EQ(test, do_mprotect_pkey(a, 4 * P, PROT_READ, -1), 0);
	KUNIT_EXPECT_FALSE(test, pte_write(um_pte_at(mm, a + 2 * P)));
	KUNIT_ASSERT_EQ(test, do_mprotect_pkey(a, 4 * P, RW, -1), 0);
	KUNIT_EXPECT_TRUE(test, um_pte_writable(um_pte_at(mm, a + 2 * P)));
	CHECK_MM(test, mm);

	/* DONTNEED on a shared file mapping: the data lives in the cache */
	KUNIT_ASSERT_EQ(test, do_madvise(mm, a, 4 * P, MADV_DONTNEED), 0);
	KUNIT_EXPECT_EQ(test, get_mm_counter(mm, MM_FILEPAGES), 0UL);
	KUNIT_EXPECT_EQ(test, um_touch(mm, a, false), 1);
	KUNIT_EXPECT_EQ(test, memcmp(page_address(um_page_at(mm, a)), "heYO", 4),
			0);
	/* MADV_FREE is for anonymous memory only */
	KUNIT_EXPECT_EQ(test, do_madvise(mm, a, P, MADV_FREE), -EINVAL);

	/* a second shared mapping sees the same pages */
	{
		unsigned long b = vm_mmap(file, 0, P, PROT_READ,
					  MAP_SHARED, 0);

		KUNIT_EXPECT_EQ(test, um_touch(mm, b, false), 0 + 1);
		KUNIT_EXPECT_EQ(test, um_page_at(mm, b), um_page_at(mm, a));
	}
	CHECK_MM(test, mm);
	mmput(mm);
	fput(file);
	EXPECT_ALL_FREED(test);
}

static void filemap_populate_and_willneed(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	struct file *file = make_file(test, "/data/f", O_RDWR);
	unsigned long a, i;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	host_use_mm(mm);
	/* WILLNEED reads ahead into the cache, mapping nothing */
	a = vm_mmap(file, 0, 4 * P, PROT_READ, MAP_SHARED, 0);
	KUNIT_ASSERT_EQ(test, do_madvise(mm, a + P, 8 * P, MADV_WILLNEED),
			-ENOMEM);	/* the range runs past the VMA */
	KUNIT_EXPECT_EQ(test, file->f_mapping->nrpages, 3UL);
	KUNIT_EXPECT_NULL(test, cached(file, 0));
	KUNIT_EXPECT_TRUE(test, pte_none(um_pte_at(mm, a + P)));
	/* the fault finds it cached: minor */
	KUNIT_EXPECT_EQ(test, um_fault(mm, a + P, 0), 0U);

	/* MAP_POPULATE of a shared mapping: present, read-only (no dirtying) */
	a = vm_mmap(file, 0, 4 * P, RW, MAP_SHARED | MAP_POPULATE, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	for (i = 0; i < 4; i++) {
		KUNIT_EXPECT_TRUE(test, pte_present(um_pte_at(mm, a + i * P)));
		KUNIT_EXPECT_FALSE(test, um_would_fault(mm, a + i * P, false));
		KUNIT_EXPECT_FALSE(test, PageDirty(um_page_at(mm, a + i * P)));
	}
	/* private writable: populated with private copies */
	a = vm_mmap(file, 0, 3 * P, RW, MAP_PRIVATE | MAP_POPULATE, 0);
	for (i = 0; i < 3; i++) {
		KUNIT_EXPECT_FALSE(test, um_would_fault(mm, a + i * P, true));
		KUNIT_EXPECT_TRUE(test, PageAnon(um_page_at(mm, a + i * P)));
	}
	CHECK_MM(test, mm);
	mmput(mm);
	fput(file);
	EXPECT_ALL_FREED(test);
}

/* ================= mmap checks and file references ================= */

static void filemap_mmap_checks(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	struct file *ro = make_file(test, "/data/ro", O_RDONLY);
	struct file *wo, *rw;
	struct vm_area_struct *vma;
	unsigned long a;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	host_use_mm(mm);
	wo = filp_open("/data/ro", O_WRONLY, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(wo));
	KUNIT_EXPECT_EQ(test, wo->f_mode & (FMODE_READ | FMODE_WRITE),
			FMODE_WRITE);

	/* shared writable needs a writable open; any mapping a readable one */
	KUNIT_EXPECT_EQ(test, (long)vm_mmap(ro, 0, P, RW, MAP_SHARED, 0),
			-EACCES);
	KUNIT_EXPECT_EQ(test, (long)vm_mmap(wo, 0, P, PROT_READ,
					    MAP_PRIVATE, 0), -EACCES);
	KUNIT_EXPECT_EQ(test, (long)vm_mmap(ro, 0, P, PROT_READ,
					    MAP_PRIVATE | MAP_GROWSDOWN, 0),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, (long)vm_mmap(ro, 0, P, PROT_READ,
					    MAP_SHARED_VALIDATE | 0x800000, 0),
			-EOPNOTSUPP);
	KUNIT_EXPECT_EQ(test, (long)vm_mmap(ro, 0, P, PROT_READ,
					    MAP_PRIVATE, 100), -EINVAL);
	KUNIT_EXPECT_EQ(test, (long)vm_mmap_pgoff(ro, 0, 2 * P, PROT_READ,
						  MAP_PRIVATE, -1UL), -EOVERFLOW);
	KUNIT_EXPECT_EQ(test, mm->map_count, 0);
	/* shared read-only open: really private, can never be writable */
	a = vm_mmap(ro, 0, P, PROT_READ, MAP_SHARED, 0);
	vma = find_vma(mm, a);
	KUNIT_EXPECT_FALSE(test, vma->vm_flags & (VM_SHARED | VM_MAYWRITE));
	KUNIT_EXPECT_TRUE(test, vma->vm_flags & VM_MAYSHARE);

	/* file references: one per VMA, splits included */
	rw = filp_open("/data/ro", O_RDWR, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(rw));
	KUNIT_EXPECT_EQ(test, atomic_long_read(&rw->f_count), 1L);
	a = vm_mmap(rw, 0, 4 * P, RW, MAP_SHARED, 0);
	KUNIT_EXPECT_EQ(test, atomic_long_read(&rw->f_count), 2L);
	fput(rw);		/* close(): the mapping keeps it open */
	KUNIT_EXPECT_EQ(test, atomic_long_read(&rw->f_count), 1L);
	KUNIT_ASSERT_EQ(test, do_munmap(mm, a + P, P, NULL), 0);
	KUNIT_EXPECT_EQ(test, atomic_long_read(&rw->f_count), 2L);
	KUNIT_EXPECT_EQ(test, find_vma(mm, a + 2 * P)->vm_pgoff, 2UL);
	/* mapping the hole again, same offset: the three merge into one */
	KUNIT_EXPECT_EQ(test, vm_mmap(rw, a + P, P, RW,
				      MAP_SHARED | MAP_FIXED, P), a + P);
	KUNIT_EXPECT_EQ(test, find_vma(mm, a)->vm_end, a + 4 * P);
	KUNIT_EXPECT_EQ(test, atomic_long_read(&rw->f_count), 1L);
	/* mprotect splits take references too */
	KUNIT_ASSERT_EQ(test, do_mprotect_pkey(a + P, P, PROT_READ, -1), 0);
	KUNIT_EXPECT_EQ(test, atomic_long_read(&rw->f_count), 3L);
	KUNIT_ASSERT_EQ(test, do_mprotect_pkey(a, 4 * P, RW, -1), 0);
	KUNIT_EXPECT_EQ(test, atomic_long_read(&rw->f_count), 1L);
	KUNIT_ASSERT_EQ(test, vm_munmap(a, 4 * P), 0);	/* freed now */
	CHECK_MM(test, mm);

	mmput(mm);
	fput(wo);
	fput(ro);
	EXPECT_ALL_FREED(test);
}

/* ================= open, read, write, lseek ================= */

static void filemap_open_flags(struct kunit *test)
{
	struct file *f, *g;
	char buf[16];
	loff_t pos = 0;

	KUNIT_EXPECT_EQ(test, PTR_ERR(filp_open("/nope", O_RDONLY, 0)),
			(long)-ENOENT);
	f = filp_open("/tmp/new", O_RDWR | O_CREAT, 0600);
	KUNIT_ASSERT_FALSE(test, IS_ERR(f));
	KUNIT_EXPECT_EQ(test, i_size_read(file_inode(f)), 0L);
	KUNIT_EXPECT_EQ(test, file_inode(f)->i_mode, (umode_t)(S_IFREG | 0600));
	KUNIT_EXPECT_EQ(test, PTR_ERR(filp_open("/tmp/new", O_RDWR | O_CREAT |
						 O_EXCL, 0)), (long)-EEXIST);
	KUNIT_EXPECT_EQ(test, PTR_ERR(filp_open("relative", O_RDWR | O_CREAT,
						 0)), (long)-EINVAL);
	KUNIT_EXPECT_EQ(test, PTR_ERR(filp_open("/a-name-longer-than-the-"
		"sixty-three-characters-ramfs-keeps-per-inode", O_CREAT, 0)),
			(long)-ENAMETOOLONG);
	/* O_CREAT of an existing name opens it */
	g = filp_open("/tmp/new", O_WRONLY | O_CREAT | O_APPEND, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(g));
	KUNIT_EXPECT_PTR_EQ(test, file_inode(g), file_inode(f));

	KUNIT_EXPECT_EQ(test, kernel_write(f, "hello", 5, &pos), 5L);
	/* O_APPEND: at the end, whatever the position */
	pos = 0;
	KUNIT_EXPECT_EQ(test, kernel_write(g, " world", 6, &pos), 6L);
	KUNIT_EXPECT_EQ(test, pos, 11L);
	KUNIT_EXPECT_EQ(test, i_size_read(file_inode(f)), 11L);
	pos = 0;
	KUNIT_EXPECT_EQ(test, kernel_read(f, buf, sizeof(buf), &pos), 11L);
	KUNIT_EXPECT_EQ(test, memcmp(buf, "hello world", 11), 0);
	/* the access mode is checked: -EBADF as read(2) on O_WRONLY */
	pos = 0;
	KUNIT_EXPECT_EQ(test, kernel_read(g, buf, 1, &pos), (long)-EBADF);
	fput(g);

	/* O_TRUNC empties it, and its pages go */
	g = filp_open("/tmp/new", O_RDWR | O_TRUNC, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(g));
	KUNIT_EXPECT_EQ(test, i_size_read(file_inode(g)), 0L);
	KUNIT_EXPECT_EQ(test, g->f_mapping->nrpages, 0UL);
	pos = 0;
	KUNIT_EXPECT_EQ(test, kernel_read(f, buf, sizeof(buf), &pos), 0L);
	fput(g);
	fput(f);

	/* a built-in-style file truncated forgets its image past the cut */
	f = make_file(test, "/data/img", O_RDWR | O_TRUNC);
	KUNIT_EXPECT_EQ(test, i_size_read(file_inode(f)), 0L);
	pos = 10;
	KUNIT_EXPECT_EQ(test, kernel_write(f, "z", 1, &pos), 1L);
	pos = 0;
	KUNIT_EXPECT_EQ(test, kernel_read(f, buf, 16, &pos), 11L);
	KUNIT_EXPECT_TRUE(test, !memchr_inv(buf, 0, 10));	/* not 'A's */
	KUNIT_EXPECT_EQ(test, buf[10], 'z');
	fput(f);
	EXPECT_ALL_FREED(test);
}

static void filemap_read_write_lseek(struct kunit *test)
{
	struct file *f = make_file(test, "/data/f", O_RDWR);
	static char big[3 * 4096];
	loff_t pos;
	int i;

	/* read across page boundaries, and short at the end */
	pos = P - 2;
	KUNIT_EXPECT_EQ(test, kernel_read(f, big, 4, &pos), 4L);
	KUNIT_EXPECT_EQ(test, memcmp(big, "AABB", 4), 0);
	pos = DATA_SIZE - 3;
	KUNIT_EXPECT_EQ(test, kernel_read(f, big, 100, &pos), 3L);
	KUNIT_EXPECT_EQ(test, pos, (loff_t)DATA_SIZE);
	KUNIT_EXPECT_EQ(test, kernel_read(f, big, 100, &pos), 0L);
	/* NULL pos: from the start */
	KUNIT_EXPECT_EQ(test, kernel_read(f, big, 1, NULL), 1L);
	KUNIT_EXPECT_EQ(test, big[0], 'A');

	/* a write past the end extends it; the gap reads as zeros */
	pos = DATA_SIZE + 5000;
	memset(big, 'w', sizeof(big));
	KUNIT_EXPECT_EQ(test, kernel_write(f, big, sizeof(big), &pos),
			(long)sizeof(big));
	KUNIT_EXPECT_EQ(test, i_size_read(file_inode(f)),
			(loff_t)(DATA_SIZE + 5000 + sizeof(big)));
	pos = DATA_SIZE - 1;
	KUNIT_EXPECT_EQ(test, kernel_read(f, big, 5002, &pos), 5002L);
	KUNIT_EXPECT_EQ(test, big[0], 'D');
	for (i = 1; i < 5001 && !big[i]; i++)
		;
	KUNIT_EXPECT_EQ(test, i, 5001);
	KUNIT_EXPECT_EQ(test, big[5001], 'w');
	/* every page written is dirty */
	KUNIT_EXPECT_TRUE(test, PageDirty(cached(f, 5)));
	KUNIT_EXPECT_FALSE(test, PageDirty(cached(f, 0)));

	/* lseek */
	KUNIT_EXPECT_EQ(test, vfs_llseek(f, 10, SEEK_SET), 10L);
	KUNIT_EXPECT_EQ(test, vfs_llseek(f, 5, SEEK_CUR), 15L);
	KUNIT_EXPECT_EQ(test, vfs_llseek(f, -1, SEEK_END),
			i_size_read(file_inode(f)) - 1);
	KUNIT_EXPECT_EQ(test, vfs_llseek(f, -1, SEEK_SET), (long)-EINVAL);
	KUNIT_EXPECT_EQ(test, vfs_llseek(f, 0, 7), (long)-EINVAL);
	KUNIT_EXPECT_EQ(test, f->f_pos, i_size_read(file_inode(f)) - 1);

	/* the size cap: -EFBIG at it, short writes up to it */
	pos = RAMFS_MAX_FILE_SIZE;
	KUNIT_EXPECT_EQ(test, kernel_write(f, "x", 1, &pos), (long)-EFBIG);
	pos = RAMFS_MAX_FILE_SIZE - 2;
	KUNIT_EXPECT_EQ(test, kernel_write(f, "xyz", 3, &pos), 2L);
	KUNIT_EXPECT_EQ(test, i_size_read(file_inode(f)),
			(loff_t)RAMFS_MAX_FILE_SIZE);
	KUNIT_EXPECT_EQ(test, f->f_mapping->nrpages, 8UL);
	fput(f);
	EXPECT_ALL_FREED(test);
}

/* ================= truncation ================= */

static void filemap_truncate(struct kunit *test)
{
	struct mm_struct *mm = mm_alloc();
	struct file *f = make_file(test, "/data/f", O_RDWR);
	unsigned long a, free0;
	struct page *page;

	KUNIT_ASSERT_NOT_NULL(test, mm);
	host_use_mm(mm);
	a = vm_mmap(f, 0, 4 * P, PROT_READ, MAP_SHARED, 0);
	KUNIT_EXPECT_EQ(test, um_touch(mm, a, false), 1);
	KUNIT_EXPECT_EQ(test, um_touch(mm, a + 2 * P, false), 1);
	KUNIT_ASSERT_EQ(test, do_madvise(mm, a, 4 * P, MADV_WILLNEED), 0);
	KUNIT_EXPECT_EQ(test, f->f_mapping->nrpages, 4UL);

	/* unmapped, truncated: every cached page goes back */
	page = cached(f, 2);
	KUNIT_ASSERT_EQ(test, vm_munmap(a, 4 * P), 0);
	free0 = nr_free_pages_settled();
	truncate_inode_pages(f->f_mapping, P + 100);
	/* the page holding the cut is kept, zeroed after it */
	KUNIT_EXPECT_EQ(test, f->f_mapping->nrpages, 2UL);
	KUNIT_EXPECT_TRUE(test, page_is(cached(f, 1), 'B', 0, 100));
	KUNIT_EXPECT_TRUE(test, page_is(cached(f, 1), 0, 100, P));
	KUNIT_EXPECT_NULL(test, cached(f, 2));
	KUNIT_EXPECT_NULL(test, page->mapping);
	KUNIT_EXPECT_EQ(test, nr_free_pages_settled(), free0 + 2);
	truncate_inode_pages(f->f_mapping, 0);
	KUNIT_EXPECT_EQ(test, f->f_mapping->nrpages, 0UL);
	KUNIT_EXPECT_NULL(test, f->f_mapping->i_pages);
	/* (+ maybe the slab page that held the slot array) */
	KUNIT_EXPECT_GE(test, nr_free_pages_settled(), free0 + 4);
	KUNIT_EXPECT_LE(test, nr_free_pages_settled(), free0 + 5);

	/*
	 * A page truncated while mapped leaves the cache but lives on,
	 * orphaned, until unmapped (no rmap to unmap it with; see
	 * mm/filemap.c): the mapping may still write it, the file has
	 * forgotten it.
	 */
	a = vm_mmap(f, 0, 2 * P, RW, MAP_SHARED, 0);
	KUNIT_EXPECT_EQ(test, um_touch(mm, a, false), 1);
	page = um_page_at(mm, a);
	truncate_inode_pages(f->f_mapping, 0);
	KUNIT_EXPECT_NULL(test, page->mapping);
	KUNIT_EXPECT_EQ(test, page_count(page), 1);	/* the pte's */
	KUNIT_EXPECT_EQ(test, um_fault(mm, a, FAULT_FLAG_WRITE),
			VM_FAULT_WRITE);
	KUNIT_EXPECT_EQ(test, um_page_at(mm, a), page);
	KUNIT_EXPECT_TRUE(test, um_pte_writable(um_pte_at(mm, a)));
	KUNIT_EXPECT_NULL(test, cached(f, 0));
	mmput(mm);
	fput(f);
	EXPECT_ALL_FREED(test);
}

/* The weak default table: no built-in files on the host. */
static void filemap_builtin_default(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, nr_builtin_files, 0U);
	KUNIT_EXPECT_NULL(test, ramfs_lookup("/bin/hello"));
	KUNIT_EXPECT_FALSE(test, IS_ERR(ramfs_create_file("/bin/hello", data,
							  10)));
	KUNIT_EXPECT_NOT_NULL(test, ramfs_lookup("/bin/hello"));
	KUNIT_EXPECT_EQ(test, PTR_ERR(ramfs_create_file("/bin/hello", NULL,
							0)), (long)-EEXIST);
	EXPECT_ALL_FREED(test);
}

static struct kunit_case filemap_cases[] = {
	KUNIT_CASE(filemap_private_read),
	KUNIT_CASE(filemap_vmstat_counters),
	KUNIT_CASE(filemap_private_write),
	KUNIT_CASE(filemap_shared_write),
	KUNIT_CASE(filemap_populate_and_willneed),
	KUNIT_CASE(filemap_mmap_checks),
	KUNIT_CASE(filemap_open_flags),
	KUNIT_CASE(filemap_read_write_lseek),
	KUNIT_CASE(filemap_truncate),
	KUNIT_CASE(filemap_builtin_default),
	{}
};

static struct kunit_suite filemap_test_suite = {
	.name = "filemap",
	.init = filemap_test_init,
	.exit = filemap_test_exit,
	.test_cases = filemap_cases,
};
kunit_test_suite(filemap_test_suite);
