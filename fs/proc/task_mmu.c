// SPDX-License-Identifier: GPL-2.0
/*
 * fs/proc/task_mmu.c - /proc/<pid>/maps, and a page-table walk of one
 * address of an address space.
 * Linux v5.19: fs/proc/task_mmu.c (show_map_vma, show_vma_header_prefix),
 * and for the walk arch/arm64/mm/fault.c show_pte() and the
 * /proc/<pid>/pagemap question "which frame backs this page?".
 *
 * What it teaches: a process's address space is a list of VMAs, and maps
 * prints exactly that list - one line per vm_area_struct, with its
 * permissions, its backing (file, offset, device, inode) and a name for
 * the special ones ([heap], [stack]). Nothing in it says which pages are
 * resident: a VMA is a promise, the page tables say what has been kept.
 * show_pt_walk() shows the other half: the four table levels the MMU
 * walks for one address, and what every bit of each entry means.
 *
 * The maps line is Linux's to the byte:
 *   "%08lx-%08lx %c%c%c%c %08llx %02x:%02x %lu " then, for a named VMA,
 *   spaces up to column 72 (Linux: seq_setwidth(25 + 6 * sizeof(void *)
 *   - 1) then seq_pad(m, ' ')), one more space, and the name.
 * As in Linux the offset, device and inode are those of the file and are
 * 0 for anonymous memory (anonymous vm_pgoff is vm_start >> PAGE_SHIFT,
 * which maps does not show).
 *
 * Simplified: one show for the whole file (Linux's m_start/m_next walk
 * the VMAs one record at a time); no [vdso]/[vvar] (tinymm maps no vDSO), no
 * [anon:<name>] (no PR_SET_VMA), no smaps/pagemap/clear_refs. The
 * whole walk holds mmap_lock for reading (Linux: from m_start() to
 * m_stop()), so the list cannot change under it; the caller holds a
 * reference (mm_users) on the mm.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/kdev_t.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <asm/pgtable.h>

/* Where the name starts: 25 + 6 * sizeof(void *) - 1 = 72, then ' '. */
#define MAPS_NAME_COLUMN	(25 + sizeof(void *) * 6 - 1)

/* Linux: is_stack() - the VMA holding the stack pointer exec set up. */
static bool is_stack(struct vm_area_struct *vma)
{
	return vma->vm_start <= vma->vm_mm->start_stack &&
	       vma->vm_end >= vma->vm_mm->start_stack;
}

/* [heap] is whatever VMA overlaps [start_brk, brk]: brk grew it. */
static bool is_heap(struct vm_area_struct *vma)
{
	struct mm_struct *mm = vma->vm_mm;

	return vma->vm_start <= mm->brk && vma->vm_end >= mm->start_brk;
}

static void show_vma_header_prefix(struct seq_file *m,
				   unsigned long start, unsigned long end,
				   vm_flags_t flags, unsigned long long pgoff,
				   unsigned int dev, unsigned long ino)
{
	seq_setwidth(m, MAPS_NAME_COLUMN);
	seq_printf(m, "%08lx-%08lx %c%c%c%c %08llx %02x:%02x %lu ",
		   start, end,
		   flags & VM_READ ? 'r' : '-',
		   flags & VM_WRITE ? 'w' : '-',
		   flags & VM_EXEC ? 'x' : '-',
		   flags & VM_MAYSHARE ? 's' : 'p',
		   pgoff, MAJOR(dev), MINOR(dev), ino);
}

void show_map_vma(struct seq_file *m, struct vm_area_struct *vma)
{
	struct file *file = vma->vm_file;
	unsigned long long pgoff = 0;
	unsigned long ino = 0;
	unsigned int dev = 0;		/* MKDEV(major, minor) */
	const char *name = NULL;

	if (file) {
		struct inode *inode = file_inode(file);

		/*
		 * Linux: dev = inode->i_sb->s_dev (ramfs: an anonymous
		 * device, 00:xx) and seq_file_path() for the name. tinymm's
		 * ramfs has no super_block and no dentries: device 00:00,
		 * and the inode carries its absolute name.
		 */
		ino = inode->i_ino;
		pgoff = (unsigned long long)vma->vm_pgoff << PAGE_SHIFT;
		name = inode->i_name;
	} else if (is_heap(vma)) {
		name = "[heap]";
	} else if (is_stack(vma)) {
		name = "[stack]";
	}

	show_vma_header_prefix(m, vma->vm_start, vma->vm_end, vma->vm_flags,
			       pgoff, dev, ino);
	if (name) {
		/* pad to the column, then the separating space */
		seq_pad(m, ' ');
		seq_puts(m, name);
	}
	seq_putc(m, '\n');
}

int proc_pid_maps_show(struct seq_file *m, void *v)
{
	struct mm_struct *mm = v;
	struct vm_area_struct *vma;

	mmap_read_lock(mm);
	for (vma = mm->mmap; vma; vma = vma->vm_next)
		show_map_vma(m, vma);
	mmap_read_unlock(mm);
	return 0;
}

/* ---- the page-table walk ---- */

/* MAIR_EL1 slots as asm/sysreg.h fills them (MT_*) */
static const char *const attr_names[8] = {
	"Normal", "Normal_Tagged", "Normal_NC", "Device_nGnRnE",
	"Device_nGnRE", "?", "?", "?",
};
static const char *const sh_names[4] = { "non", "?", "outer", "inner" };
/* AP[2:1]: bit 2 = read-only, bit 1 = EL0 may access too */
static const char *const ap_names[4] = {
	"EL1:rw EL0:none", "EL1:rw EL0:rw", "EL1:ro EL0:none", "EL1:ro EL0:ro",
};

#define PT_TABLE_PXN	(UL(1) << 59)	/* hierarchical attributes of a */
#define PT_TABLE_UXN	(UL(1) << 60)	/* table descriptor: restrict */
#define PT_TABLE_AP_SHIFT 61		/* everything below it */
#define PT_TABLE_NS	(UL(1) << 63)

/* arm64's pte_dirty(): software dirty, or written through DBM */
static bool entry_dirty(u64 e)
{
	return (e & PTE_DIRTY) || ((e & PTE_DBM) && !(e & PTE_RDONLY));
}

static void decode_table(struct seq_file *m, u64 e)
{
	seq_printf(m, " valid table");
	if (e & PT_TABLE_PXN)
		seq_printf(m, " PXNTable");
	if (e & PT_TABLE_UXN)
		seq_printf(m, " UXNTable");
	if ((e >> PT_TABLE_AP_SHIFT) & 3)
		seq_printf(m, " APTable=%llu",
		       (unsigned long long)((e >> PT_TABLE_AP_SHIFT) & 3));
	if (e & PT_TABLE_NS)
		seq_printf(m, " NSTable");
}

/* A block or page descriptor: the attributes of the final mapping. */
static void decode_leaf(struct seq_file *m, u64 e, const char *kind)
{
	unsigned int attr = (e & PTE_ATTRINDX_MASK) >> 2;
	unsigned int sh = (e >> 8) & 3;
	unsigned int ap = (e >> 6) & 3;

	seq_printf(m, " valid %s AttrIndx=%u(%s) SH=%s AP=%u%u(%s)", kind, attr,
	       attr_names[attr], sh_names[sh], ap >> 1, ap & 1, ap_names[ap]);
	if (e & PTE_AF)
		seq_printf(m, " AF");
	if (e & PTE_NG)
		seq_printf(m, " nG");
	if (e & PTE_DBM)
		seq_printf(m, " DBM");
	if (entry_dirty(e))
		seq_printf(m, " dirty");
	if (e & PTE_CONT)
		seq_printf(m, " CONT");
	if (e & PTE_PXN)
		seq_printf(m, " PXN");
	if (e & PTE_UXN)
		seq_printf(m, " UXN");
	if (e & PTE_SPECIAL)
		seq_printf(m, " SPECIAL");
}

enum pt_step { PT_STOP, PT_TABLE, PT_LEAF };

static const char *const pt_level_name[] = { "pgd", "pud", "pmd", "pte" };
/* what one entry of each level covers */
static const unsigned int pt_level_shift[] = {
	PGDIR_SHIFT, PUD_SHIFT, PMD_SHIFT, PAGE_SHIFT,
};

/*
 * What entry e of a level means: the walk goes down (PT_TABLE, *out =
 * the next table), ends at a block or page (PT_LEAF, *out = the output
 * address) or stops here.
 */
static enum pt_step decode_level(struct seq_file *m, int level, u64 addr,
				 u64 e, phys_addr_t *out)
{
	static const char *const block[] = { "?", "block(1G)", "block(2M)" };
	u64 low = (UL(1) << pt_level_shift[level]) - 1;

	if (!e) {
		seq_printf(m, " none");
		return PT_STOP;
	}
	if (!(e & PTE_VALID)) {
		/* PROT_NONE: present for the mm, but the MMU must fault */
		seq_printf(m, level == 3 && (e & PTE_PROT_NONE) ?
		       " invalid PROT_NONE" : " invalid");
		return PT_STOP;
	}
	if (level < 3 && (e & PTE_TABLE_BIT)) {
		decode_table(m, e);
		*out = e & PTE_ADDR_MASK;
		return PT_TABLE;
	}
	/* 0b01 is a block at levels 1 and 2 only; 0b11 at level 3 a page */
	if (level == 0 || (level == 3 && !(e & PTE_TABLE_BIT))) {
		seq_printf(m, " reserved");
		return PT_STOP;
	}
	decode_leaf(m, e, level == 3 ? "page" : block[level]);
	/* the output address, plus the low address bits the block covers */
	*out = (e & PTE_ADDR_MASK & ~low) | (addr & low);
	return PT_LEAF;
}

/* One level's line: which table, which slot, what is in it, decoded. */
static enum pt_step show_level(struct seq_file *m, int level,
			       phys_addr_t table, u64 addr, u64 e,
			       phys_addr_t *out)
{
	enum pt_step step;

	seq_printf(m, "%s: table 0x%016llx [%3u] = 0x%016llx",
		   pt_level_name[level], (unsigned long long)table,
		   (unsigned int)((addr >> pt_level_shift[level]) & 511),
		   (unsigned long long)e);
	step = decode_level(m, level, addr, e, out);
	seq_putc(m, '\n');
	return step;
}

/*
 * init_mm's pgd is swapper_pg_dir, in the kernel image, not the linear
 * map: __pa_symbol() translates it (virt_to_phys() would warn, as under
 * Linux's CONFIG_DEBUG_VIRTUAL). A process's pgd is a page of its own.
 */
static phys_addr_t pgd_phys(struct mm_struct *mm)
{
	if (!virt_addr_valid(mm->pgd))
		return __pa_symbol(mm->pgd);	/* swapper_pg_dir */
	return virt_to_phys(mm->pgd);
}

/*
 * The MMU's walk, done with the kernel's accessors: pgd_offset,
 * p4d_offset (folded: the pgd entry itself), pud_offset, pmd_offset,
 * pte_offset_kernel. A block at pud or pmd level ends the walk early.
 */
int show_pt_walk(struct seq_file *m, struct mm_struct *mm, unsigned long addr,
		 phys_addr_t *pa)
{
	phys_addr_t table = pgd_phys(mm), out = 0;
	pgd_t *pgdp = pgd_offset(mm, addr);
	p4d_t *p4dp = p4d_offset(pgdp, addr);
	enum pt_step step;
	pud_t *pudp;
	pmd_t *pmdp;
	pte_t *ptep;
	int level = 0;

	step = show_level(m, 0, table, addr, p4d_val(READ_ONCE(*p4dp)), &out);
	if (step != PT_TABLE)
		goto done;

	level = 1;
	table = out;
	pudp = pud_offset(p4dp, addr);
	step = show_level(m, 1, table, addr, pud_val(READ_ONCE(*pudp)), &out);
	if (step != PT_TABLE)
		goto done;

	level = 2;
	table = out;
	pmdp = pmd_offset(pudp, addr);
	step = show_level(m, 2, table, addr, pmd_val(READ_ONCE(*pmdp)), &out);
	if (step != PT_TABLE)
		goto done;

	level = 3;
	table = out;
	ptep = pte_offset_kernel(pmdp, addr);
	step = show_level(m, 3, table, addr, pte_val(READ_ONCE(*ptep)), &out);
done:
	if (step != PT_LEAF) {
		seq_printf(m, "=> not mapped (the walk stops at the %s)\n",
			   pt_level_name[level]);
		return -EFAULT;
	}
	seq_printf(m, "=> pa 0x%016llx\n", (unsigned long long)out);
	if (pa)
		*pa = out;
	return 0;
}
