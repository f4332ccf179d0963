// SPDX-License-Identifier: GPL-2.0
/*
 * fs/ramfs/inode.c - ramfs: a filesystem that is nothing but the page
 * cache. Its files' pages are never written anywhere; they stay in
 * memory until the file goes. Linux: fs/ramfs/inode.c and file-mmu.c.
 *
 * tinymm's files come from the table the build links into the image
 * (builtin_files[], see linux/fs.h): user programs and data files. The
 * first lookup of any name creates an inode for every built-in file, as
 * Linux unpacks its initramfs into a ramfs at boot (populate_rootfs).
 * A file's image is only its initial content: ->readpage copies it into
 * a page-cache page the first time the page is wanted, and from then on
 * the page is the file (writes and shared mappings change the page, not
 * the image). Files may also be created empty (open with O_CREAT) or,
 * by tests, from any buffer with ramfs_create_file().
 *
 * Simplified, and why:
 *  - One instance, one flat directory of absolute names: no super_block,
 *    dentries or mounts (see linux/fs.h). Inodes live until
 *    ramfs_kill_sb(), which the kernel never calls (Linux: until the
 *    file is unlinked or the fs unmounted); host tests call it between
 *    arenas.
 *  - Linux fills nothing lazily: initramfs content is copied into the
 *    page cache by write() at unpack time. Copying on first use saves
 *    the boot-time copy and shows ->readpage at work (a major fault).
 *  - Files may grow up to RAMFS_MAX_FILE_SIZE (or their image size),
 *    Linux's s_maxbytes being MAX_LFS_FILESIZE.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/printk.h>
#include <linux/list.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/mm.h>
#include <linux/fs.h>

static LIST_HEAD(ramfs_inodes);
static DEFINE_SPINLOCK(ramfs_lock);	/* the list, last_ino, populated */
static unsigned long last_ino;
static bool populated;			/* builtin_files[] turned into inodes */

/*
 * Fill a new page-cache page from the file's image: the bytes of the
 * image that fall in this page, zeros after them (past the image, or
 * past the end of the file, a page is all zeros).
 */
static int ramfs_readpage(struct file *file, struct page *page)
{
	struct inode *inode = page->mapping->host;
	unsigned long off = page->index << PAGE_SHIFT;
	unsigned long bytes = 0;
	char *kaddr = page_address(page);

	if (off < inode->i_private_size)
		bytes = min(PAGE_SIZE, inode->i_private_size - off);
	if (bytes)
		memcpy(kaddr, (const char *)inode->i_private + off, bytes);
	memset(kaddr + bytes, 0, PAGE_SIZE - bytes);
	SetPageUptodate(page);
	return 0;
}

const struct address_space_operations ramfs_aops = {
	.readpage = ramfs_readpage,
};

/* Linux: ramfs_file_operations (fs/ramfs/file-mmu.c), read_iter etc. */
const struct file_operations ramfs_file_operations = {
	.llseek = generic_file_llseek,
	.read = generic_file_read,
	.write = generic_file_write,
	.mmap = generic_file_mmap,
};

static struct inode *ramfs_find_locked(const char *name)
{
	struct inode *inode;

	list_for_each_entry(inode, &ramfs_inodes, i_sb_list)
		if (!strcmp(inode->i_name, name))
			return inode;
	return NULL;
}

/*
 * A new regular file with its content, not yet in the file system's list
 * (ramfs_create_file adds it; shmem keeps it out). Linux: ramfs_get_inode().
 */
struct inode *ramfs_new_inode(const char *name, const void *data,
			      unsigned long size)
{
	struct inode *inode;
	size_t len = strlen(name);

	if (name[0] != '/' || len < 2)
		return ERR_PTR(-EINVAL);
	if (len >= RAMFS_NAME_MAX)
		return ERR_PTR(-ENAMETOOLONG);

	inode = kzalloc(sizeof(*inode), GFP_KERNEL);
	if (!inode)
		return ERR_PTR(-ENOMEM);
	memcpy(inode->i_name, name, len + 1);
	inode->i_mode = S_IFREG | 0644;
	inode->i_size = size;
	inode->i_maxbytes = max((unsigned long)RAMFS_MAX_FILE_SIZE,
				PAGE_ALIGN(size));
	spin_lock_init(&inode->i_lock);
	address_space_init_once(&inode->i_data, inode);
	inode->i_data.a_ops = &ramfs_aops;
	inode->i_mapping = &inode->i_data;
	inode->i_fop = &ramfs_file_operations;
	inode->i_private = data;
	inode->i_private_size = data ? size : 0;
	INIT_LIST_HEAD(&inode->i_sb_list);
	return inode;
}

/* A fresh inode number. Linux: get_next_ino() in fs/inode.c. */
unsigned long get_next_ino(void)
{
	unsigned long ino;

	spin_lock(&ramfs_lock);
	ino = ++last_ino;
	spin_unlock(&ramfs_lock);
	return ino;
}

/* Link a new inode unless the name is taken; the winner is returned. */
static struct inode *ramfs_add(struct inode *new, bool *existed)
{
	struct inode *inode;

	spin_lock(&ramfs_lock);
	inode = ramfs_find_locked(new->i_name);
	if (!inode) {
		new->i_ino = ++last_ino;	/* get_next_ino(), lock held */
		list_add_tail(&new->i_sb_list, &ramfs_inodes);
		inode = new;
	}
	spin_unlock(&ramfs_lock);
	*existed = inode != new;
	if (*existed)
		kfree(new);
	return inode;
}

/*
 * A file named name whose content starts as size bytes at data (which
 * must stay valid; NULL for an empty file). ERR_PTR(-EEXIST) if the name
 * is taken.
 */
struct inode *ramfs_create_file(const char *name, const void *data,
				unsigned long size)
{
	struct inode *inode = ramfs_new_inode(name, data, size);
	bool existed;

	if (IS_ERR(inode))
		return inode;
	inode = ramfs_add(inode, &existed);
	return existed ? ERR_PTR(-EEXIST) : inode;
}

/* Every built-in file becomes an inode, once. */
static void ramfs_populate(void)
{
	unsigned int i;
	bool existed;

	if (READ_ONCE(populated))
		return;
	for (i = 0; i < nr_builtin_files; i++) {
		const struct builtin_file *bf = &builtin_files[i];
		struct inode *inode;

		if (!bf->name)
			continue;
		inode = ramfs_new_inode(bf->name, bf->data, bf->size);
		if (IS_ERR(inode)) {
			pr_warn("ramfs: built-in file %s: %pe\n", bf->name,
				inode);
			continue;
		}
		ramfs_add(inode, &existed);
	}
	WRITE_ONCE(populated, true);
}

/* The inode called name, or NULL. */
struct inode *ramfs_lookup(const char *name)
{
	struct inode *inode;

	ramfs_populate();
	spin_lock(&ramfs_lock);
	inode = ramfs_find_locked(name);
	spin_unlock(&ramfs_lock);
	return inode;
}

/*
 * Call fn on every file in creation order (built-in ones first) until
 * it returns non-zero, which is returned. Inodes are never freed while
 * the kernel runs, so fn is called without the lock.
 */
int ramfs_for_each_inode(int (*fn)(struct inode *inode, void *arg),
			 void *arg)
{
	struct list_head *pos;
	int ret = 0;

	ramfs_populate();
	spin_lock(&ramfs_lock);
	pos = ramfs_inodes.next;
	spin_unlock(&ramfs_lock);
	while (pos != &ramfs_inodes && !ret) {
		ret = fn(list_entry(pos, struct inode, i_sb_list), arg);
		spin_lock(&ramfs_lock);
		pos = pos->next;
		spin_unlock(&ramfs_lock);
	}
	return ret;
}

/*
 * Drop every inode and its cached pages: the next lookup starts again
 * from builtin_files[]. Linux: ramfs_kill_sb() at umount. No file may be
 * open or mapped.
 */
void ramfs_kill_sb(void)
{
	struct inode *inode, *tmp;
	LIST_HEAD(dead);

	spin_lock(&ramfs_lock);
	list_for_each_entry_safe(inode, tmp, &ramfs_inodes, i_sb_list) {
		list_del(&inode->i_sb_list);
		list_add_tail(&inode->i_sb_list, &dead);
	}
	populated = false;
	last_ino = 0;
	spin_unlock(&ramfs_lock);

	list_for_each_entry_safe(inode, tmp, &dead, i_sb_list) {
		truncate_inode_pages(&inode->i_data, 0);
		list_del(&inode->i_sb_list);
		kfree(inode);
	}
}
