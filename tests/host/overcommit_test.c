// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/overcommit_test.c - overcommit accounting on the host:
 * __vm_enough_memory()'s three policies (mm/util.c), what each mapping
 * call charges to vm_committed_as and what unmapping gives back
 * (mm/mmap.c, mm/mprotect.c, mm/shmem.c), the vm.* sysctls and their
 * handlers (kernel/sysctl.c, fs/proc/proc_sysctl.c, including the
 * sysctl.* boot parameters), and /proc/meminfo's CommitLimit and
 * Committed_AS against numbers worked out here.
 *
 * Every expected value is computed from Linux's formulas in the test,
 * not read back from the code under test. Linux tests overcommit from
 * user space only (LTP's mem/tunable/overcommit_memory.c).
 */
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/sizes.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/fs.h>
#include <linux/fcntl.h>
#include <linux/sysctl.h>
#include <linux/proc_fs.h>
#include "internal.h"
#include "mm_host.h"
#include "host.h"
#include "user_mm_host.h"

#define P		PAGE_SIZE
#define RW		(PROT_READ | PROT_WRITE)
#define TB128		(128UL << 40)

static struct mm_struct *mm;
static int saved_policy, saved_ratio;
static unsigned long saved_kbytes, saved_user_reserve, at_init;

static int overcommit_test_init(struct kunit *test)
{
	int ret = um_boot(0x40000000, SZ_64M);

	if (ret)
		return ret;
	saved_policy = sysctl_overcommit_memory;
	saved_ratio = sysctl_overcommit_ratio;
	saved_kbytes = sysctl_overcommit_kbytes;
	saved_user_reserve = sysctl_user_reserve_kbytes;
	at_init = vm_memory_committed();
	mm = mm_alloc();
	host_use_mm(mm);
	return mm ? 0 : -ENOMEM;
}

static void overcommit_test_exit(struct kunit *test)
{
	host_use_mm(NULL);
	if (mm)
		mmput(mm);
	mm = NULL;
	/* nothing a test did stays charged once its mms are gone */
	KUNIT_EXPECT_EQ(test, vm_memory_committed(), at_init);
	sysctl_overcommit_memory = saved_policy;
	sysctl_overcommit_ratio = saved_ratio;
	sysctl_overcommit_kbytes = saved_kbytes;
	sysctl_user_reserve_kbytes = saved_user_reserve;
	um_teardown();
}

static unsigned long map(unsigned long len, unsigned long prot,
			 unsigned long flags)
{
	return vm_mmap_pgoff(NULL, 0, len, prot,
			     MAP_ANONYMOUS | flags, 0);
}

static long committed(void)
{
	return vm_memory_committed();
}

static void set_policy(struct kunit *test, const char *val)
{
	KUNIT_ASSERT_EQ(test, sysctl_write(sysctl_find("vm.overcommit_memory"),
					   val), 0);
}

/* ================= the three policies ================= */

/* The finding: 128 TiB of private writable memory, in each mode. */
static void overcommit_128t(struct kunit *test)
{
	long c0 = committed();
	unsigned long a;

	set_policy(test, "0");
	KUNIT_EXPECT_EQ(test, (long)map(TB128, RW, MAP_PRIVATE), -ENOMEM);
	KUNIT_EXPECT_EQ(test, committed(), c0);
	KUNIT_EXPECT_NULL(test, mm->mmap);

	set_policy(test, "2");
	KUNIT_EXPECT_EQ(test, (long)map(TB128, RW, MAP_PRIVATE), -ENOMEM);
	KUNIT_EXPECT_EQ(test, committed(), c0);

	set_policy(test, "1");
	a = map(TB128, RW, MAP_PRIVATE);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_TRUE(test, mm->mmap->vm_flags & VM_ACCOUNT);
	/* mode 1 refuses nothing, but still counts the promise */
	KUNIT_EXPECT_EQ(test, committed(), c0 + (long)(TB128 >> PAGE_SHIFT));
	KUNIT_EXPECT_EQ(test, vm_munmap(a, TB128), 0);
	KUNIT_EXPECT_EQ(test, committed(), c0);
}

/* Mode 0 refuses only one request larger than all of RAM (+ swap: 0). */
static void overcommit_guess_bound(struct kunit *test)
{
	unsigned long ram = totalram_pages();
	long c0 = committed();
	unsigned long a, b;

	set_policy(test, "0");
	KUNIT_EXPECT_EQ(test, (long)map((ram + 1) * P, RW, MAP_PRIVATE),
			-ENOMEM);
	a = map(ram * P, RW, MAP_PRIVATE);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	/* each one alone fits: mode 0 does not add them up */
	b = map(ram * P, RW, MAP_PRIVATE);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(b));
	KUNIT_EXPECT_EQ(test, committed(), c0 + 2 * (long)ram);
	KUNIT_EXPECT_EQ(test, __vm_enough_memory(mm, ram + 1, 1), -ENOMEM);
	KUNIT_EXPECT_EQ(test, committed(), c0 + 2 * (long)ram);
	vm_munmap(a, ram * P);
	vm_munmap(b, ram * P);
	KUNIT_EXPECT_EQ(test, committed(), c0);
}

/*
 * Mode 2: committed + pages must stay below CommitLimit less the user
 * reserve, min(total_vm / 32, user_reserve_kbytes) (every caller here
 * may use the admin reserve, as root).
 */
static void overcommit_never_limit(struct kunit *test)
{
	unsigned long limit, ro, a;
	long headroom;

	set_policy(test, "2");
	limit = totalram_pages() * 50 / 100;
	KUNIT_EXPECT_EQ(test, vm_commit_limit(), limit);
	/* 96 read-only pages: not charged, but in total_vm (96 / 32 = 3) */
	ro = map(96 * P, PROT_READ, MAP_PRIVATE);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(ro));
	KUNIT_EXPECT_EQ(test, mm->total_vm, 96UL);
	headroom = (long)limit - 3 - committed();
	KUNIT_ASSERT_GT(test, headroom, 1L);

	KUNIT_EXPECT_EQ(test, (long)map(headroom * P, RW, MAP_PRIVATE),
			-ENOMEM);
	/* MAP_NORESERVE is ignored in mode 2 */
	KUNIT_EXPECT_EQ(test, (long)map(headroom * P, RW,
					MAP_PRIVATE | MAP_NORESERVE), -ENOMEM);
	a = map((headroom - 1) * P, RW, MAP_PRIVATE);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	/* full: not even one page more */
	KUNIT_EXPECT_EQ(test, (long)map(P, RW, MAP_PRIVATE), -ENOMEM);
	/* shared and read-only file-less mappings: shared anon is shmem */
	KUNIT_EXPECT_EQ(test, (long)map(P, RW, MAP_SHARED), -ENOMEM);
	KUNIT_EXPECT_FALSE(test, IS_ERR_VALUE(map(P, PROT_READ, MAP_PRIVATE)));
	vm_munmap(a, (headroom - 1) * P);

	/* the user reserve shrinks the room: total_vm 96 + 1 -> 3 pages */
	sysctl_user_reserve_kbytes = 4;		/* one page */
	headroom = (long)limit - 1 - committed();
	KUNIT_EXPECT_EQ(test, (long)map(headroom * P, RW, MAP_PRIVATE),
			-ENOMEM);
	a = map((headroom - 1) * P, RW, MAP_PRIVATE);
	KUNIT_EXPECT_FALSE(test, IS_ERR_VALUE(a));
}

/* overcommit_kbytes replaces the ratio: CommitLimit = kbytes / 4. */
static void overcommit_kbytes_limit(struct kunit *test)
{
	struct ctl_table *kb = sysctl_find("vm.overcommit_kbytes");
	long c0 = committed();
	char buf[32];

	set_policy(test, "2");
	snprintf(buf, sizeof(buf), "%ld", (c0 + 100) * 4);
	KUNIT_ASSERT_EQ(test, sysctl_write(kb, buf), 0);
	KUNIT_EXPECT_EQ(test, sysctl_overcommit_ratio, 0);
	KUNIT_EXPECT_EQ(test, vm_commit_limit(), (unsigned long)c0 + 100);
	KUNIT_EXPECT_EQ(test, (long)map(100 * P, RW, MAP_PRIVATE), -ENOMEM);
	KUNIT_EXPECT_FALSE(test, IS_ERR_VALUE(map(99 * P, RW, MAP_PRIVATE)));
	/* writing the ratio switches back */
	KUNIT_ASSERT_EQ(test, sysctl_write(sysctl_find("vm/overcommit_ratio"),
					   "50\n"), 0);
	KUNIT_EXPECT_EQ(test, sysctl_overcommit_kbytes, 0UL);
	KUNIT_EXPECT_EQ(test, vm_commit_limit(), totalram_pages() / 2);
}

/* ================= what is charged, what comes back ================= */

/* MAP_NORESERVE in mode 0: no VM_ACCOUNT, nothing charged. */
static void overcommit_noreserve(struct kunit *test)
{
	long c0 = committed();
	unsigned long a;

	set_policy(test, "0");
	a = map(64 * P, RW, MAP_PRIVATE | MAP_NORESERVE);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_FALSE(test, mm->mmap->vm_flags & VM_ACCOUNT);
	KUNIT_EXPECT_TRUE(test, mm->mmap->vm_flags & VM_NORESERVE);
	KUNIT_EXPECT_EQ(test, committed(), c0);
	/* so 128 TiB of it is fine */
	a = map(TB128, RW, MAP_PRIVATE | MAP_NORESERVE);
	KUNIT_EXPECT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_EQ(test, committed(), c0);
	/* (gone again: its total_vm would eat mode 2's user reserve) */
	KUNIT_EXPECT_EQ(test, vm_munmap(a, TB128), 0);
	/* mode 2 charges it */
	set_policy(test, "2");
	a = map(64 * P, RW, MAP_PRIVATE | MAP_NORESERVE);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_EQ(test, committed(), c0 + 64);
	vm_munmap(a, 64 * P);
	KUNIT_EXPECT_EQ(test, committed(), c0);
}

/* Exactly the pages of an accountable mapping; munmap in parts. */
static void overcommit_mmap_munmap(struct kunit *test)
{
	long c0 = committed();
	unsigned long a;

	a = map(64 * P, RW, MAP_PRIVATE);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_EQ(test, committed(), c0 + 64);
	/* a hole in the middle: the split-off 8 pages are given back */
	KUNIT_EXPECT_EQ(test, vm_munmap(a + 16 * P, 8 * P), 0);
	KUNIT_EXPECT_EQ(test, committed(), c0 + 56);
	/* a tail */
	KUNIT_EXPECT_EQ(test, vm_munmap(a + 60 * P, 4 * P), 0);
	KUNIT_EXPECT_EQ(test, committed(), c0 + 52);
	/* MAP_FIXED over 4 charged pages: 4 back, 4 charged again */
	KUNIT_EXPECT_EQ(test, vm_mmap_pgoff(NULL, a, 4 * P, RW,
				MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, 0), a);
	KUNIT_EXPECT_EQ(test, committed(), c0 + 52);
	/* and over them read-only: 4 back for good */
	KUNIT_EXPECT_EQ(test, vm_mmap_pgoff(NULL, a, 4 * P, PROT_READ,
				MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, 0), a);
	KUNIT_EXPECT_EQ(test, committed(), c0 + 48);
	/* the rest, in one call over the holes */
	KUNIT_EXPECT_EQ(test, vm_munmap(a, 64 * P), 0);
	KUNIT_EXPECT_EQ(test, committed(), c0);
	KUNIT_EXPECT_EQ(test, validate_mm(mm), 0);
}

/* Read-only private, shared file: nothing. Shared anon: its shmem file. */
static void overcommit_what_is_charged(struct kunit *test)
{
	long c0 = committed();
	struct inode *inode;
	struct file *file;
	unsigned long a;

	KUNIT_EXPECT_FALSE(test, IS_ERR_VALUE(map(16 * P, PROT_READ,
						  MAP_PRIVATE)));
	KUNIT_EXPECT_FALSE(test, IS_ERR_VALUE(map(16 * P, PROT_NONE,
						  MAP_PRIVATE)));
	KUNIT_EXPECT_EQ(test, committed(), c0);

	inode = ramfs_create_file("/data/oc", NULL, 16 * P);
	KUNIT_ASSERT_FALSE(test, IS_ERR(inode));
	file = filp_open("/data/oc", O_RDWR, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(file));
	/* shared writable file: the file holds the data, no promise */
	a = vm_mmap_pgoff(file, 0, 16 * P, RW, MAP_SHARED, 0);
	KUNIT_EXPECT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_EQ(test, committed(), c0);
	/* private writable file: each written page becomes anonymous */
	a = vm_mmap_pgoff(file, 0, 16 * P, RW, MAP_PRIVATE, 0);
	KUNIT_EXPECT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_EQ(test, committed(), c0 + 16);
	vm_munmap(a, 16 * P);
	fput(file);

	/* shared anonymous: charged once, as its object, until it dies */
	a = map(10 * P, RW, MAP_SHARED);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_FALSE(test, find_vma(mm, a)->vm_flags & VM_ACCOUNT);
	KUNIT_EXPECT_EQ(test, committed(), c0 + 10);
	vm_munmap(a, 10 * P);
	KUNIT_EXPECT_EQ(test, committed(), c0);
	KUNIT_EXPECT_FALSE(test, IS_ERR_VALUE(map(10 * P, RW, MAP_SHARED |
						  MAP_NORESERVE)));
	KUNIT_EXPECT_EQ(test, committed(), c0);
}

/* Private read-only turning writable is charged then, and stays so. */
static void overcommit_mprotect(struct kunit *test)
{
	long c0 = committed();
	unsigned long a = map(32 * P, PROT_READ, MAP_PRIVATE);

	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_EQ(test, committed(), c0);
	KUNIT_EXPECT_EQ(test, do_mprotect_pkey(a + 8 * P, 8 * P, RW, -1), 0);
	KUNIT_EXPECT_EQ(test, committed(), c0 + 8);
	/* back to read-only: still VM_ACCOUNT, still charged (as Linux) */
	KUNIT_EXPECT_EQ(test, do_mprotect_pkey(a + 8 * P, 8 * P,
					       PROT_READ, -1), 0);
	KUNIT_EXPECT_EQ(test, committed(), c0 + 8);
	/* writable again: not charged twice */
	KUNIT_EXPECT_EQ(test, do_mprotect_pkey(a, 32 * P, RW, -1), 0);
	KUNIT_EXPECT_EQ(test, committed(), c0 + 32);
	/* refused in mode 2 past the limit, and nothing changes */
	KUNIT_EXPECT_EQ(test, vm_munmap(a, 32 * P), 0);
	a = map(totalram_pages() * P, PROT_READ, MAP_PRIVATE);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	set_policy(test, "2");
	KUNIT_EXPECT_EQ(test, do_mprotect_pkey(a, totalram_pages() * P,
					       RW, -1), -ENOMEM);
	KUNIT_EXPECT_FALSE(test, mm->mmap->vm_flags & (VM_WRITE | VM_ACCOUNT));
	KUNIT_EXPECT_EQ(test, committed(), c0);
	KUNIT_EXPECT_EQ(test, vm_munmap(a, totalram_pages() * P), 0);
	KUNIT_EXPECT_EQ(test, committed(), c0);
}

/* brk growth is charged, shrinking gives back. */
static void overcommit_brk(struct kunit *test)
{
	long c0 = committed();

	mm->start_brk = mm->brk = 0x600000;
	KUNIT_EXPECT_EQ(test, mm_brk(0x600000 + 20 * P), 0x600000 + 20 * P);
	KUNIT_EXPECT_EQ(test, committed(), c0 + 20);
	KUNIT_EXPECT_EQ(test, mm_brk(0x600000 + 5 * P + 1),
			0x600000 + 5 * P + 1);
	KUNIT_EXPECT_EQ(test, committed(), c0 + 6);
	/* mode 2, a break past the limit: refused, the break stays */
	set_policy(test, "2");
	KUNIT_EXPECT_EQ(test, mm_brk(0x600000 + totalram_pages() * P),
			0x600000 + 5 * P + 1);
	KUNIT_EXPECT_EQ(test, committed(), c0 + 6);
	KUNIT_EXPECT_EQ(test, mm_brk(0x600000), 0x600000);
	KUNIT_EXPECT_EQ(test, committed(), c0);
}

/* Stack growth is charged (acct_stack_growth), and refused in mode 2. */
static void overcommit_stack(struct kunit *test)
{
	long c0 = committed();
	unsigned long top = 0x7f0000000000UL, a;

	a = vm_mmap_pgoff(NULL, top - 4 * P, 4 * P, RW, MAP_PRIVATE |
			  MAP_ANONYMOUS | MAP_FIXED | MAP_GROWSDOWN, 0);
	KUNIT_ASSERT_EQ(test, a, top - 4 * P);
	KUNIT_EXPECT_EQ(test, committed(), c0 + 4);
	KUNIT_EXPECT_EQ(test, expand_stack(mm->mmap, top - 10 * P), 0);
	KUNIT_EXPECT_EQ(test, committed(), c0 + 10);
	set_policy(test, "2");
	sysctl_overcommit_kbytes = (c0 + 11) * 4;	/* room for 0 pages */
	KUNIT_EXPECT_EQ(test, expand_stack(mm->mmap, top - 11 * P), -ENOMEM);
	KUNIT_EXPECT_EQ(test, mm->mmap->vm_start, top - 10 * P);
	KUNIT_EXPECT_EQ(test, committed(), c0 + 10);
	vm_munmap(top - 10 * P, 10 * P);
	KUNIT_EXPECT_EQ(test, committed(), c0);
}

/* fork charges the child's copies; exit (the last mmput) gives back. */
static void overcommit_fork_exit(struct kunit *test)
{
	long c0 = committed();
	struct mm_struct *child;

	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(map(40 * P, RW, MAP_PRIVATE)));
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(map(8 * P, PROT_READ,
						  MAP_PRIVATE)));
	KUNIT_EXPECT_EQ(test, committed(), c0 + 40);
	child = um_fork(test, mm);
	KUNIT_EXPECT_EQ(test, committed(), c0 + 80);
	mmput(child);
	KUNIT_EXPECT_EQ(test, committed(), c0 + 40);
	mmput(mm);
	mm = NULL;
	KUNIT_EXPECT_EQ(test, committed(), c0);
}

/* ================= sysctls ================= */

static void overcommit_sysctl_names(struct kunit *test)
{
	struct ctl_table *t = sysctl_find("vm.overcommit_memory");
	char buf[32];

	KUNIT_ASSERT_NOT_NULL(test, t);
	KUNIT_EXPECT_PTR_EQ(test, sysctl_find("vm/overcommit_memory"), t);
	KUNIT_EXPECT_NULL(test, sysctl_find("vm"));
	KUNIT_EXPECT_NULL(test, sysctl_find("vm.overcommit"));
	KUNIT_EXPECT_NULL(test, sysctl_find("vm.overcommit_memory.x"));
	KUNIT_EXPECT_NULL(test, sysctl_find("kernel.overcommit_memory"));
	KUNIT_EXPECT_NOT_NULL(test, sysctl_find("vm.admin_reserve_kbytes"));
	KUNIT_EXPECT_NOT_NULL(test, sysctl_find("vm.user_reserve_kbytes"));

	KUNIT_EXPECT_EQ(test, sysctl_write(t, "2\n"), 0);
	KUNIT_EXPECT_EQ(test, sysctl_overcommit_memory, OVERCOMMIT_NEVER);
	KUNIT_EXPECT_EQ(test, sysctl_read(t, buf, sizeof(buf)), 0);
	KUNIT_EXPECT_STREQ(test, buf, "2\n");
	/* bad values change nothing */
	KUNIT_EXPECT_EQ(test, sysctl_write(t, "3"), -EINVAL);
	KUNIT_EXPECT_EQ(test, sysctl_write(t, "-1"), -EINVAL);
	KUNIT_EXPECT_EQ(test, sysctl_write(t, "one"), -EINVAL);
	KUNIT_EXPECT_EQ(test, sysctl_write(t, "1x"), -EINVAL);
	KUNIT_EXPECT_EQ(test, sysctl_overcommit_memory, OVERCOMMIT_NEVER);
	KUNIT_EXPECT_EQ(test, sysctl_write(t, " 1 "), 0);
	KUNIT_EXPECT_EQ(test, sysctl_overcommit_memory, OVERCOMMIT_ALWAYS);
	KUNIT_EXPECT_EQ(test, sysctl_write(sysctl_find("vm.user_reserve_kbytes"),
					   "-4"), -EINVAL);
	KUNIT_EXPECT_EQ(test, sysctl_write(sysctl_find("vm.user_reserve_kbytes"),
					   "4096"), 0);
	KUNIT_EXPECT_EQ(test, sysctl_user_reserve_kbytes, 4096UL);
}

/* sysctl.vm.overcommit_memory=2 on the kernel command line. */
static void overcommit_sysctl_boot_args(struct kunit *test)
{
	char saved[COMMAND_LINE_SIZE];

	strscpy(saved, saved_command_line, sizeof(saved));
	strscpy(boot_command_line,
		"console=ttyAMA0 sysctl.vm.overcommit_memory=2 "
		"sysctl/vm/overcommit_ratio=60 sysctl.vm.nope=1 "
		"sysctl.vm.overcommit_kbytes=x sysctlvm.overcommit_memory=1",
		COMMAND_LINE_SIZE);
	host_log_clear();
	do_sysctl_args();
	strscpy(boot_command_line, saved, COMMAND_LINE_SIZE);
	KUNIT_EXPECT_EQ(test, sysctl_overcommit_memory, OVERCOMMIT_NEVER);
	KUNIT_EXPECT_EQ(test, sysctl_overcommit_ratio, 60);
	KUNIT_EXPECT_EQ(test, sysctl_overcommit_kbytes, 0UL);
	KUNIT_EXPECT_NOT_NULL(test, strstr(host_log_text(),
		"Failed to set sysctl parameter 'vm.nope=1': parameter not found\n"));
	KUNIT_EXPECT_NOT_NULL(test, strstr(host_log_text(),
		"Failed to set sysctl parameter 'vm.overcommit_kbytes=x': invalid value\n"));
}

/* ================= /proc/meminfo ================= */

static unsigned long meminfo_kb(const char *text, const char *label)
{
	const char *p = strstr(text, label);

	return p ? simple_strtoul(skip_spaces(p + strlen(label)), NULL, 10) :
		   ~0UL;
}

static void overcommit_meminfo(struct kunit *test)
{
	unsigned long total, limit, c0, a;

	host_log_clear();
	host_show(meminfo_show, NULL);
	total = meminfo_kb(host_log_text(), "MemTotal:");
	limit = meminfo_kb(host_log_text(), "\nCommitLimit:");
	c0 = meminfo_kb(host_log_text(), "\nCommitted_AS:");
	KUNIT_EXPECT_EQ(test, limit, total / 4 * 50 / 100 * 4);
	KUNIT_EXPECT_EQ(test, c0, at_init * 4);

	a = map(300 * P, RW, MAP_PRIVATE);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_ASSERT_EQ(test, sysctl_write(sysctl_find("vm.overcommit_ratio"),
					   "150"), 0);
	host_log_clear();
	host_show(meminfo_show, NULL);
	KUNIT_EXPECT_EQ(test, meminfo_kb(host_log_text(), "\nCommitted_AS:"),
			c0 + 300 * 4);
	KUNIT_EXPECT_EQ(test, meminfo_kb(host_log_text(), "\nCommitLimit:"),
			total / 4 * 150 / 100 * 4);
	vm_munmap(a, 300 * P);
	host_log_clear();
	host_show(meminfo_show, NULL);
	KUNIT_EXPECT_EQ(test, meminfo_kb(host_log_text(), "\nCommitted_AS:"),
			c0);
}

static struct kunit_case overcommit_cases[] = {
	KUNIT_CASE(overcommit_128t),
	KUNIT_CASE(overcommit_guess_bound),
	KUNIT_CASE(overcommit_never_limit),
	KUNIT_CASE(overcommit_kbytes_limit),
	KUNIT_CASE(overcommit_noreserve),
	KUNIT_CASE(overcommit_mmap_munmap),
	KUNIT_CASE(overcommit_what_is_charged),
	KUNIT_CASE(overcommit_mprotect),
	KUNIT_CASE(overcommit_brk),
	KUNIT_CASE(overcommit_stack),
	KUNIT_CASE(overcommit_fork_exit),
	KUNIT_CASE(overcommit_sysctl_names),
	KUNIT_CASE(overcommit_sysctl_boot_args),
	KUNIT_CASE(overcommit_meminfo),
	{}
};

static struct kunit_suite overcommit_test_suite = {
	.name = "overcommit",
	.init = overcommit_test_init,
	.exit = overcommit_test_exit,
	.test_cases = overcommit_cases,
};
kunit_test_suite(overcommit_test_suite);
