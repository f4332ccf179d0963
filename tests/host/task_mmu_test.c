// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/task_mmu_test.c - fs/proc/task_mmu.c on the host: the text
 * of /proc/<pid>/maps for an mm built with do_mmap() and brk, compared
 * byte for byte with what Linux prints for the same VMAs, and the
 * page-table walk of the pt command over tables that the real fault
 * path (handle_mm_fault) built in arena memory.
 *
 * Linux checks the maps format in tools/testing/selftests/proc
 * (proc-self-map-files, proc-pid-vm: the latter compares a whole maps
 * line with a string, as these cases do).
 */
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/sizes.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/slab.h>
#include <linux/proc_fs.h>
#include <linux/fs.h>
#include <linux/fcntl.h>
#include <asm/pgtable.h>
#include "mm_host.h"
#include "user_mm_host.h"
#include "host.h"

#define P	PAGE_SIZE

static struct mm_struct *mm;

static int task_mmu_test_init(struct kunit *test)
{
	int ret = um_boot(0x40000000, SZ_64M);

	if (ret)
		return ret;
	mm = mm_alloc();
	host_use_mm(mm);
	return mm ? 0 : -ENOMEM;
}

static void task_mmu_test_exit(struct kunit *test)
{
	host_use_mm(NULL);
	if (mm)
		mmput(mm);
	mm = NULL;
	um_teardown();		/* the ramfs files too */
}

static unsigned long map(unsigned long addr, unsigned long len, int prot,
			 int flags)
{
	unsigned long populate;

	return do_mmap(NULL, addr, len, prot, flags | MAP_ANONYMOUS, 0,
		       &populate, NULL);
}

/* What proc_pid_maps_show(mm) prints. */
static const char *maps(void)
{
	host_log_clear();
	host_show(proc_pid_maps_show, mm);
	return host_log_text();
}

static vm_fault_t fault(unsigned long addr, unsigned int flags)
{
	struct vm_area_struct *vma = find_vma(mm, addr);

	if (!vma || addr < vma->vm_start || !vma_access_permitted(vma, flags))
		return VM_FAULT_SIGSEGV;
	return handle_mm_fault(vma, addr, flags | FAULT_FLAG_USER, NULL);
}

/* ---- maps ---- */

static void task_mmu_maps_empty_mm(struct kunit *test)
{
	KUNIT_EXPECT_STREQ(test, maps(), "");
}

/*
 * Anonymous private memory: offset, device and inode are 0, and the line
 * ends with the space after the inode (Linux prints it for every VMA).
 */
static void task_mmu_maps_anonymous(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, map(0x10000, 3 * P, PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_FIXED), 0x10000UL);
	KUNIT_EXPECT_STREQ(test, maps(),
			   "00010000-00013000 rw-p 00000000 00:00 0 \n");
}

/* Each protection letter and shared vs private, in address order. */
static void task_mmu_maps_flags(struct kunit *test)
{
	char want[512], shm[64];
	int n;

	KUNIT_ASSERT_EQ(test, map(0x10000, P, PROT_READ | PROT_EXEC,
				  MAP_PRIVATE | MAP_FIXED), 0x10000UL);
	KUNIT_ASSERT_EQ(test, map(0x20000, P, PROT_NONE,
				  MAP_PRIVATE | MAP_FIXED), 0x20000UL);
	KUNIT_ASSERT_EQ(test, map(0x30000, 2 * P, PROT_READ | PROT_WRITE,
				  MAP_SHARED | MAP_FIXED), 0x30000UL);
	KUNIT_ASSERT_EQ(test, map(0x40000, P, PROT_WRITE,
				  MAP_PRIVATE | MAP_FIXED), 0x40000UL);
	/* MAP_SHARED anonymous is a shmem file, "/dev/zero (deleted)" */
	n = snprintf(shm, sizeof(shm), "00030000-00032000 rw-s 00000000 00:00 %lu ",
		     find_vma(mm, 0x30000)->vm_file->f_inode->i_ino);
	snprintf(want, sizeof(want),
		 "00010000-00011000 r-xp 00000000 00:00 0 \n"
		 "00020000-00021000 ---p 00000000 00:00 0 \n"
		 "%s%*s/dev/zero (deleted)\n"
		 "00040000-00041000 -w-p 00000000 00:00 0 \n",
		 shm, 73 - n, "");
	KUNIT_EXPECT_STREQ(test, maps(), want);
}

/* Addresses wider than 8 digits print in full ("%08lx" is a minimum). */
static void task_mmu_maps_wide_addresses(struct kunit *test)
{
	unsigned long top = 0xfffff7ff0000UL;

	KUNIT_ASSERT_EQ(test, map(top, 16 * P, PROT_READ,
				  MAP_PRIVATE | MAP_FIXED), top);
	KUNIT_EXPECT_STREQ(test, maps(),
			   "fffff7ff0000-fffff8000000 r--p 00000000 00:00 0 \n");
}

/*
 * [heap]: the VMA brk grew from start_brk, named with the name padded to
 * column 73 (Linux: seq_setwidth(25 + 6 * 8 - 1), seq_pad(m, ' ')).
 */
static void task_mmu_maps_heap(struct kunit *test)
{
	unsigned long sb = 0x420000;
	const char *out;

	mm->start_brk = mm->brk = sb;
	KUNIT_ASSERT_EQ(test, mm_brk(sb + 3 * P + 100),
			sb + 3 * P + 100);
	KUNIT_EXPECT_STREQ(test, maps(),
			   "00420000-00424000 rw-p 00000000 00:00 0"	/* 34 spaces: */
			   "                                  [heap]\n");
	/* the name starts at column 73, as in every Linux maps file */
	out = maps();
	KUNIT_EXPECT_EQ(test, (int)(strstr(out, "[heap]") - out), 73);

	/* shrunk to nothing: no VMA, no line */
	KUNIT_ASSERT_EQ(test, mm_brk(sb), sb);
	KUNIT_EXPECT_STREQ(test, maps(), "");
}

/* [stack]: the VMA that holds start_stack; a neighbour is not named. */
static void task_mmu_maps_stack(struct kunit *test)
{
	unsigned long top = 0xfffffffff000UL, base = top - 32 * P;

	KUNIT_ASSERT_EQ(test, map(base, 32 * P, PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_FIXED | MAP_GROWSDOWN),
			base);
	KUNIT_ASSERT_EQ(test, map(base - 1024 * P, P, PROT_READ,
				  MAP_PRIVATE | MAP_FIXED), base - 1024 * P);
	mm->start_stack = top - 0x230;
	KUNIT_EXPECT_STREQ(test, maps(),
			   "ffffffbdf000-ffffffbe0000 r--p 00000000 00:00 0 \n"
			   "fffffffdf000-fffffffff000 rw-p 00000000 00:00 0"	/* 26 spaces: */
			   "                          [stack]\n");
}

/*
 * A whole small process, as exec leaves it: text, data, heap, an mmap
 * and the stack, each VMA one line, lowest first.
 */
static void task_mmu_maps_process_layout(struct kunit *test)
{
	unsigned long stack_top = 0xfffffffff000UL;

	KUNIT_ASSERT_EQ(test, map(0x400000, 2 * P, PROT_READ | PROT_EXEC,
				  MAP_PRIVATE | MAP_FIXED), 0x400000UL);
	KUNIT_ASSERT_EQ(test, map(0x410000, P, PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_FIXED), 0x410000UL);
	mm->start_brk = mm->brk = 0x412000;
	KUNIT_ASSERT_EQ(test, mm_brk(0x413000), 0x413000UL);
	KUNIT_ASSERT_EQ(test, map(0xfffff7fd0000UL, 4 * P, PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_FIXED), 0xfffff7fd0000UL);
	KUNIT_ASSERT_EQ(test, map(stack_top - 33 * P, 33 * P,
				  PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_FIXED | MAP_GROWSDOWN),
			stack_top - 33 * P);
	mm->start_stack = stack_top - 0x100;
	KUNIT_EXPECT_STREQ(test, maps(),
		"00400000-00402000 r-xp 00000000 00:00 0 \n"
		"00410000-00411000 rw-p 00000000 00:00 0 \n"
		"00412000-00413000 rw-p 00000000 00:00 0"
		"                                  [heap]\n"
		"fffff7fd0000-fffff7fd4000 rw-p 00000000 00:00 0 \n"
		"fffffffde000-fffffffff000 rw-p 00000000 00:00 0"
		"                          [stack]\n");
}

/*
 * File mappings, as exec maps a program: the offset in the file, the
 * inode number and the file's name (device 00:00: tinymm's ramfs has no
 * super_block). A private writable mapping of a file is still "p"; a
 * shared one is "s" even where it can never write (VM_MAYSHARE).
 */
static void task_mmu_maps_file(struct kunit *test)
{
	static char prog[3 * 4096 + 100];
	struct inode *inode;
	struct file *file, *shared;
	char want[640], prefix[80];
	int n;

	inode = ramfs_create_file("/bin/prog", prog, sizeof(prog));
	KUNIT_ASSERT_FALSE(test, IS_ERR(inode));
	file = filp_open("/bin/prog", O_RDONLY, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(file));
	shared = filp_open("/bin/prog", O_RDWR, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(shared));

	KUNIT_ASSERT_EQ(test, vm_mmap(file, 0x400000, 2 * P,
				      PROT_READ | PROT_EXEC,
				      MAP_PRIVATE | MAP_FIXED, 0), 0x400000UL);
	KUNIT_ASSERT_EQ(test, vm_mmap(file, 0x402000, P,
				      PROT_READ | PROT_WRITE,
				      MAP_PRIVATE | MAP_FIXED, 2 * P), 0x402000UL);
	KUNIT_ASSERT_EQ(test, vm_mmap(shared, 0x7f0000, P,
				      PROT_READ | PROT_WRITE,
				      MAP_SHARED | MAP_FIXED, P), 0x7f0000UL);
	/*
	 * Shared, from a read-only open: do_mmap() drops VM_SHARED (no write
	 * can ever reach the file), but VM_MAYSHARE keeps the "s".
	 */
	KUNIT_ASSERT_EQ(test, vm_mmap(file, 0x7f2000, P, PROT_READ,
				      MAP_SHARED | MAP_FIXED, 0), 0x7f2000UL);
	KUNIT_EXPECT_FALSE(test, find_vma(mm, 0x7f2000)->vm_flags & VM_SHARED);
	/* the VMAs hold their own references: maps still names the file */
	fput(file);
	fput(shared);

	n = 0;
	snprintf(prefix, sizeof(prefix), "00400000-00402000 r-xp 00000000 00:00 %lu ",
		 inode->i_ino);
	n += snprintf(want + n, sizeof(want) - n, "%-72s /bin/prog\n", prefix);
	snprintf(prefix, sizeof(prefix), "00402000-00403000 rw-p 00002000 00:00 %lu ",
		 inode->i_ino);
	n += snprintf(want + n, sizeof(want) - n, "%-72s /bin/prog\n", prefix);
	snprintf(prefix, sizeof(prefix), "007f0000-007f1000 rw-s 00001000 00:00 %lu ",
		 inode->i_ino);
	n += snprintf(want + n, sizeof(want) - n, "%-72s /bin/prog\n", prefix);
	snprintf(prefix, sizeof(prefix), "007f2000-007f3000 r--s 00000000 00:00 %lu ",
		 inode->i_ino);
	snprintf(want + n, sizeof(want) - n, "%-72s /bin/prog\n", prefix);
	KUNIT_EXPECT_STREQ(test, maps(), want);
	KUNIT_EXPECT_NE(test, inode->i_ino, 0UL);
}

/* ---- the page-table walk ---- */

struct walk_req {
	unsigned long addr;
	phys_addr_t *pa;
	int ret;
};

static int walk_show(struct seq_file *m, void *v)
{
	struct walk_req *req = v;

	req->ret = show_pt_walk(m, mm, req->addr, req->pa);
	return 0;
}

/* The text of show_pt_walk(m, mm, addr) and its result. */
static const char *walk(unsigned long addr, int *ret, phys_addr_t *pa)
{
	struct walk_req req = { addr, pa, 0 };

	host_log_clear();
	host_show(walk_show, &req);
	*ret = req.ret;
	return host_log_text();
}

static int count_lines(const char *s)
{
	int n = 0;

	for (; *s; s++)
		n += *s == '\n';
	return n;
}

/* A fresh mm has an empty pgd: the walk stops at the first level. */
static void task_mmu_pt_walk_unmapped(struct kunit *test)
{
	char want[128];
	const char *out;
	phys_addr_t pa = 0x1234;
	int ret;

	out = walk(0x400000, &ret, &pa);
	KUNIT_EXPECT_EQ(test, ret, -EFAULT);
	KUNIT_EXPECT_EQ(test, pa, (phys_addr_t)0x1234);	/* untouched */
	snprintf(want, sizeof(want),
		 "pgd: table 0x%016llx [  0] = 0x0000000000000000 none\n"
		 "=> not mapped (the walk stops at the pgd)\n",
		 (unsigned long long)virt_to_phys(mm->pgd));
	KUNIT_EXPECT_STREQ(test, out, want);
}

/*
 * A write fault on anonymous memory: four levels, each table the one
 * the level above points to, ending in the page the fault allocated;
 * the leaf is a user read-write, dirty, young, non-global, never
 * executable page. The walk's physical address keeps the page offset.
 */
static void task_mmu_pt_walk_anon_write(struct kunit *test)
{
	unsigned long addr = 0x7f1234567000UL;
	const char *out, *pte_line;
	pgd_t *pgdp;
	pud_t *pudp;
	pmd_t *pmdp;
	pte_t *ptep;
	phys_addr_t pa = 0;
	char want[512];
	int ret;

	KUNIT_ASSERT_EQ(test, map(addr, P, PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_FIXED), addr);
	KUNIT_ASSERT_EQ(test, fault(addr + 0x10, FAULT_FLAG_WRITE), 0U);

	pgdp = pgd_offset(mm, addr);
	pudp = pud_offset(p4d_offset(pgdp, addr), addr);
	pmdp = pmd_offset(pudp, addr);
	ptep = pte_offset_kernel(pmdp, addr);

	out = walk(addr + 0xabc, &ret, &pa);
	KUNIT_EXPECT_EQ(test, ret, 0);
	KUNIT_EXPECT_EQ(test, pa, (pte_val(*ptep) & PTE_ADDR_MASK) + 0xabc);
	KUNIT_EXPECT_TRUE(test, PageAnon(pfn_to_page(pa >> PAGE_SHIFT)));
	KUNIT_EXPECT_EQ(test, count_lines(out), 5);

	snprintf(want, sizeof(want),
		 "pgd: table 0x%016llx [254] = 0x%016llx valid table PXNTable\n"
		 "pud: table 0x%016llx [ 72] = 0x%016llx valid table PXNTable\n"
		 "pmd: table 0x%016llx [418] = 0x%016llx valid table PXNTable\n",
		 (unsigned long long)virt_to_phys(mm->pgd),
		 (unsigned long long)pgd_val(*pgdp),
		 (unsigned long long)(pgd_val(*pgdp) & PTE_ADDR_MASK),
		 (unsigned long long)pud_val(*pudp),
		 (unsigned long long)(pud_val(*pudp) & PTE_ADDR_MASK),
		 (unsigned long long)pmd_val(*pmdp));
	KUNIT_EXPECT_EQ(test, strncmp(out, want, strlen(want)), 0);

	pte_line = out + strlen(want);
	snprintf(want, sizeof(want),
		 "pte: table 0x%016llx [359] = 0x%016llx valid page "
		 "AttrIndx=0(Normal) SH=inner AP=01(EL1:rw EL0:rw) AF nG DBM "
		 "dirty PXN UXN\n=> pa 0x%016llx\n",
		 (unsigned long long)(pmd_val(*pmdp) & PTE_ADDR_MASK),
		 (unsigned long long)pte_val(*ptep), (unsigned long long)pa);
	KUNIT_EXPECT_STREQ(test, pte_line, want);
}

/* A read fault maps the shared zero page: read-only, special. */
static void task_mmu_pt_walk_zero_page(struct kunit *test)
{
	unsigned long addr = 0x500000;
	const char *out;
	phys_addr_t pa = 0;
	int ret;

	KUNIT_ASSERT_EQ(test, map(addr, P, PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_FIXED), addr);
	KUNIT_ASSERT_EQ(test, fault(addr, 0), 0U);
	out = walk(addr, &ret, &pa);
	KUNIT_EXPECT_EQ(test, ret, 0);
	KUNIT_EXPECT_EQ(test, pa, (phys_addr_t)zero_pfn << PAGE_SHIFT);
	KUNIT_EXPECT_NOT_NULL(test, strstr(out,
		" valid page AttrIndx=0(Normal) SH=inner AP=11(EL1:ro EL0:ro) "
		"AF nG PXN UXN SPECIAL\n=> pa "));
	/* the write copies it: the same walk now ends in a new page */
	KUNIT_ASSERT_EQ(test, fault(addr, FAULT_FLAG_WRITE), VM_FAULT_WRITE);
	out = walk(addr, &ret, &pa);
	KUNIT_EXPECT_EQ(test, ret, 0);
	KUNIT_EXPECT_NE(test, pa, (phys_addr_t)zero_pfn << PAGE_SHIFT);
	KUNIT_EXPECT_NULL(test, strstr(out, "SPECIAL"));
	KUNIT_EXPECT_NOT_NULL(test, strstr(out, "AP=01(EL1:rw EL0:rw)"));
}

/*
 * Entries the fault path does not make, written by hand into the tables
 * it made: a PROT_NONE pte, a missing pte, and a 2 MB block at pmd level
 * (as the kernel's linear map uses), whose offset comes from 21 bits.
 */
static void task_mmu_pt_walk_special_entries(struct kunit *test)
{
	unsigned long addr = 0x40000000UL, blk = addr + 2 * PMD_SIZE;
	phys_addr_t pa = 0, block_pa = 0x40200000;
	const char *out;
	pmd_t *pmdp;
	pte_t *ptep;
	int ret;

	KUNIT_ASSERT_EQ(test, map(addr, 2 * P, PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_FIXED), addr);
	KUNIT_ASSERT_EQ(test, fault(addr, FAULT_FLAG_WRITE), 0U);
	pmdp = pmd_offset(pud_offset(p4d_offset(pgd_offset(mm, addr), addr),
				     addr), addr);
	ptep = pte_offset_kernel(pmdp, addr);

	/* the second page: not touched, no pte */
	out = walk(addr + P, &ret, &pa);
	KUNIT_EXPECT_EQ(test, ret, -EFAULT);
	KUNIT_EXPECT_NOT_NULL(test, strstr(out,
		"[  1] = 0x0000000000000000 none\n"
		"=> not mapped (the walk stops at the pte)\n"));

	/* PROT_NONE: not valid for the MMU, still present for the mm */
	ptep[1] = __pte(pgprot_val(PAGE_NONE) | (pte_val(*ptep) & PTE_ADDR_MASK));
	out = walk(addr + P, &ret, &pa);
	KUNIT_EXPECT_EQ(test, ret, -EFAULT);
	KUNIT_EXPECT_NOT_NULL(test, strstr(out, " invalid PROT_NONE\n=> not "));
	ptep[1] = __pte(0);

	/* a 2 MB block two pmd slots up */
	pmdp[2] = __pmd(block_pa | PROT_SECT_DEFAULT | PTE_ATTRINDX(MT_NORMAL) |
			PTE_PXN | PTE_UXN);
	out = walk(blk + 0x12345, &ret, &pa);
	KUNIT_EXPECT_EQ(test, ret, 0);
	KUNIT_EXPECT_EQ(test, pa, block_pa + 0x12345);
	KUNIT_EXPECT_EQ(test, count_lines(out), 4);	/* pgd pud pmd => */
	KUNIT_EXPECT_NOT_NULL(test, strstr(out,
		"[  2] = 0x0060000040200701 valid block(2M) AttrIndx=0(Normal) "
		"SH=inner AP=00(EL1:rw EL0:none) AF PXN UXN\n"));
	pmdp[2] = __pmd(0);
}

static struct kunit_case task_mmu_test_cases[] = {
	KUNIT_CASE(task_mmu_maps_empty_mm),
	KUNIT_CASE(task_mmu_maps_anonymous),
	KUNIT_CASE(task_mmu_maps_flags),
	KUNIT_CASE(task_mmu_maps_wide_addresses),
	KUNIT_CASE(task_mmu_maps_heap),
	KUNIT_CASE(task_mmu_maps_stack),
	KUNIT_CASE(task_mmu_maps_process_layout),
	KUNIT_CASE(task_mmu_maps_file),
	KUNIT_CASE(task_mmu_pt_walk_unmapped),
	KUNIT_CASE(task_mmu_pt_walk_anon_write),
	KUNIT_CASE(task_mmu_pt_walk_zero_page),
	KUNIT_CASE(task_mmu_pt_walk_special_entries),
	{}
};

static struct kunit_suite task_mmu_test_suite = {
	.name = "task_mmu",
	.init = task_mmu_test_init,
	.exit = task_mmu_test_exit,
	.test_cases = task_mmu_test_cases,
};
kunit_test_suite(task_mmu_test_suite);
