/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/fs.h - the smallest VFS that lets a VMA map a file: inodes, their
 * page cache (struct address_space), open files (struct file) and the
 * operations tables that connect them. Linux: include/linux/fs.h,
 * include/linux/pagemap.h.
 *
 * The objects and who points at whom are Linux's:
 *   struct file --f_inode--> struct inode --i_mapping--> struct address_space
 *        |                      (i_size)                   (the cached pages)
 *        +--f_mapping----------------------------------------^
 *   vma->vm_file = a struct file (a counted reference), vm_pgoff = where
 *   in it the VMA starts, vm_ops = generic_file_vm_ops (filemap_fault).
 *
 * Simplified, and why:
 *  - One filesystem, ramfs (fs/ramfs/), one flat directory: there are no
 *    dentries, super_blocks, mounts or path walks, so an inode carries its
 *    own absolute name ("/bin/hello") and filp_open() looks it up by name.
 *  - ->read/->write take kernel buffers (Linux: char __user *, or an
 *    iov_iter in ->read_iter/->write_iter): the syscalls copy to and from
 *    user memory themselves. kernel_read()/kernel_write() are the same.
 *  - No i_rwsem or page locks: the page cache has a spinlock; writers to
 *    one file are serialised by callers.
 *  - No timestamps, permissions, owners, links, directories or writeback:
 *    ramfs keeps its pages in memory for the kernel's lifetime anyway.
 */
#ifndef _LINUX_FS_H
#define _LINUX_FS_H

#include <linux/types.h>
#include <linux/errno.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/atomic.h>
#include <linux/fcntl.h>
#include <linux/mm.h>

/*
 * Linux: include/linux/types.h (loff_t is long long there; long is the
 * same 64 bits on arm64, and the host libc's type, so host tests may
 * include both).
 */
typedef long loff_t;
typedef unsigned short umode_t;
typedef unsigned int fmode_t;
typedef unsigned long pgoff_t;
typedef void *fl_owner_t;

/* The largest file offset (64-bit Linux: LLONG_MAX). */
#define MAX_LFS_FILESIZE	((loff_t)0x7fffffffffffffffLL)

/* struct file's f_mode: what this open may do (Linux's values). */
#define FMODE_READ	((fmode_t)0x1)
#define FMODE_WRITE	((fmode_t)0x2)
#define FMODE_LSEEK	((fmode_t)0x4)
#define FMODE_PREAD	((fmode_t)0x8)
#define FMODE_PWRITE	((fmode_t)0x10)
#define FMODE_EXEC	((fmode_t)0x20)

/* i_mode's file type (Linux: include/uapi/linux/stat.h) */
#define S_IFMT		00170000
#define S_IFREG		0100000
#define S_ISREG(m)	(((m) & S_IFMT) == S_IFREG)

/* Largest read/write in one call (Linux: MAX_RW_COUNT, INT_MAX & PAGE_MASK). */
#define MAX_RW_COUNT	(0x7fffffffUL & PAGE_MASK)

struct file;
struct inode;
struct vm_area_struct;
struct vm_fault;

/*
 * How a filesystem fills a page-cache page. Linux 5.19 calls it
 * ->read_folio; before, ->readpage (the name kept here: no folios).
 */
struct address_space_operations {
	int (*readpage)(struct file *file, struct page *page);
};

/*
 * The page cache of one inode: page i of the file is i_pages[i] (or NULL
 * when not cached). Linux keeps them in an xarray (a radix tree of
 * 64-slot nodes, lock-free lookups); tinymm's files are small, so a flat
 * array indexed by page offset, grown by doubling, is the same map.
 * Each cached page holds one reference for the cache, has page->mapping
 * pointing here and page->index = its offset in pages.
 */
struct address_space {
	struct inode *host;		/* owner */
	struct page **i_pages;		/* the cache, by page index */
	unsigned long nr_slots;		/* entries in i_pages[] */
	unsigned long nrpages;		/* cached pages */
	spinlock_t i_pages_lock;	/* Linux: i_pages.xa_lock */
	gfp_t gfp_mask;			/* for new page-cache pages */
	const struct address_space_operations *a_ops;
};

/*
 * A file's identity and size. Linux's inode has ~60 fields; these are
 * the ones the mm needs. i_data is the page cache, reached through
 * i_mapping (a block device's inode would point elsewhere).
 */
#define RAMFS_NAME_MAX	64
struct inode {
	umode_t i_mode;
	unsigned long i_ino;		/* inode number, unique per fs */
	loff_t i_size;			/* bytes (i_size_read/i_size_write) */
	loff_t i_maxbytes;		/* Linux: i_sb->s_maxbytes */
	spinlock_t i_lock;		/* i_size */
	struct address_space *i_mapping;
	struct address_space i_data;
	const struct file_operations *i_fop;	/* installed on open */
	/* ramfs: initial contents, and how much of them is still valid */
	const void *i_private;
	unsigned long i_private_size;
	struct list_head i_sb_list;	/* all ramfs inodes */
	unsigned long i_shmem_flags;	/* shmem: VM_NORESERVE or 0 (Linux:
					 * SHMEM_I(inode)->flags) */
	char i_name[RAMFS_NAME_MAX];	/* see the header: no dentries */
};

/* An open file: a position and access mode over an inode. */
struct file {
	struct inode *f_inode;
	const struct file_operations *f_op;
	struct address_space *f_mapping;
	atomic_long_t f_count;		/* get_file()/fput() */
	unsigned int f_flags;		/* O_* given to open */
	fmode_t f_mode;			/* FMODE_* */
	spinlock_t f_lock;
	loff_t f_pos;
	void *private_data;
};

struct file_operations {
	loff_t (*llseek)(struct file *file, loff_t offset, int whence);
	ssize_t (*read)(struct file *file, char *buf, size_t count,
			loff_t *pos);
	ssize_t (*write)(struct file *file, const char *buf, size_t count,
			 loff_t *pos);
	int (*mmap)(struct file *file, struct vm_area_struct *vma);
	int (*open)(struct inode *inode, struct file *file);
	int (*release)(struct inode *inode, struct file *file);
};

static inline struct inode *file_inode(const struct file *f)
{
	return f->f_inode;
}

static inline struct file *get_file(struct file *f)
{
	atomic_long_inc(&f->f_count);
	return f;
}

/* Linux uses a seqcount on 32-bit; a 64-bit load is atomic here. */
static inline loff_t i_size_read(const struct inode *inode)
{
	return READ_ONCE(inode->i_size);
}

static inline void i_size_write(struct inode *inode, loff_t i_size)
{
	WRITE_ONCE(inode->i_size, i_size);
}

/*
 * ---- built-in files ----
 * The kernel image embeds user programs and data files as this table,
 * generated by the Makefile. Names are absolute paths ("/bin/hello").
 * fs/ramfs/ has a weak empty default so the kernel links without it.
 */
struct builtin_file { const char *name; const void *data; unsigned long size; };
extern const struct builtin_file builtin_files[];
extern const unsigned int nr_builtin_files;

/* ---- fs/namei.c: a path from user space (kmalloc'd; putname frees) ---- */
char *getname(const char __user *filename);
void putname(char *name);

/* ---- fs/open.c, fs/file_table.c, fs/read_write.c ---- */
struct file *filp_open(const char *filename, int flags, umode_t mode);
int filp_close(struct file *filp, fl_owner_t id);
struct file *alloc_file(struct inode *inode, int flags,
			const struct file_operations *fop);
void fput(struct file *file);
ssize_t vfs_read(struct file *file, char *buf, size_t count, loff_t *pos);
ssize_t vfs_write(struct file *file, const char *buf, size_t count,
		  loff_t *pos);
ssize_t kernel_read(struct file *file, void *buf, size_t count, loff_t *pos);
ssize_t kernel_write(struct file *file, const void *buf, size_t count,
		     loff_t *pos);
loff_t vfs_llseek(struct file *file, loff_t offset, int whence);
loff_t generic_file_llseek(struct file *file, loff_t offset, int whence);

/* ---- fs/ramfs/ ---- */
#define RAMFS_MAX_FILE_SIZE	(4UL << 20)	/* growth cap for writes */
extern const struct file_operations ramfs_file_operations;
extern const struct address_space_operations ramfs_aops;
struct inode *ramfs_create_file(const char *name, const void *data,
				unsigned long size);
unsigned long get_next_ino(void);
struct inode *ramfs_new_inode(const char *name, const void *data,
			      unsigned long size);
struct inode *ramfs_lookup(const char *name);
int ramfs_for_each_inode(int (*fn)(struct inode *inode, void *arg),
			 void *arg);
void ramfs_kill_sb(void);

/* ---- mm/filemap.c: the page cache ---- */
void address_space_init_once(struct address_space *mapping,
			     struct inode *host);
struct page *find_get_page(struct address_space *mapping, pgoff_t index);
int add_to_page_cache_lru(struct page *page, struct address_space *mapping,
			  pgoff_t index, gfp_t gfp);
void delete_from_page_cache(struct page *page);
struct page *read_mapping_page(struct address_space *mapping, pgoff_t index,
			       struct file *file);
void truncate_inode_pages(struct address_space *mapping, loff_t lstart);
ssize_t generic_file_read(struct file *file, char *buf, size_t count,
			  loff_t *ppos);
ssize_t generic_file_write(struct file *file, const char *buf, size_t count,
			   loff_t *ppos);
int generic_file_mmap(struct file *file, struct vm_area_struct *vma);
int generic_file_readonly_mmap(struct file *file, struct vm_area_struct *vma);
vm_fault_t filemap_fault(struct vm_fault *vmf);
vm_fault_t filemap_page_mkwrite(struct vm_fault *vmf);
extern const struct vm_operations_struct generic_file_vm_ops;

#endif /* _LINUX_FS_H */
