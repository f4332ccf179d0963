// SPDX-License-Identifier: GPL-2.0
/*
 * mm/util.c - mmap as the rest of the kernel calls it: the mmap() system
 * call (after looking up the fd) and exec's ELF loader. Linux:
 * vm_mmap_pgoff(), vm_mmap() in mm/util.c (vm_munmap() is in mm/mmap.c).
 *
 * What it teaches: do_mmap() only creates the VMA and says how much of it
 * should be faulted in now (*populate, for MAP_POPULATE and MAP_LOCKED);
 * the caller does that afterwards with mm_populate(), outside the
 * mmap_lock (so other threads are not held up by the faults).
 * Errors come back as -errno in the address (IS_ERR_VALUE).
 *
 * Also here, as in Linux: overcommit accounting. Every private writable
 * mapping promises memory that is only taken when it is touched; the
 * promises add up in vm_committed_as (Committed_AS in /proc/meminfo) and
 * __vm_enough_memory() decides, per vm.overcommit_memory, whether one
 * more may be made: mode 0 refuses only what could never fit (more than
 * all of RAM and swap at once), mode 1 never refuses, mode 2 refuses
 * past vm_commit_limit() (CommitLimit: overcommit_ratio percent of RAM,
 * or overcommit_kbytes, plus swap) minus the admin and user reserves.
 *
 * And the layout of a new address space (arch_pick_mmap_layout): where
 * mmap_base sits below the stack, and whether mappings grow down from it.
 *
 * Simplified, and why: no LSM (see linux/security.h), no userfaultfd
 * unmap notification, and the lock is not killable (linux/mmap_lock.h). No swap and no hugetlb, so
 * total_swap_pages and hugetlb_total_pages() count as 0 in the formulas.
 * vm_committed_as is a plain atomic (linux/mman.h), so the policy handler
 * has no per-CPU batch to shrink (Linux: mm_compute_batch) and nothing to
 * sync.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/sysctl.h>

/*
 * vm_mmap_pgoff - mmap(2) into current->mm: do_mmap() under mmap_lock
 * for write, then, the lock dropped, fault in what it asked for
 * (MAP_POPULATE, MAP_LOCKED). Returns the address or -errno. Process
 * context, no locks held: it sleeps if another task holds mmap_lock.
 */
unsigned long vm_mmap_pgoff(struct file *file, unsigned long addr,
			    unsigned long len, unsigned long prot,
			    unsigned long flag, unsigned long pgoff)
{
	struct mm_struct *mm = current->mm;
	unsigned long ret, populate;

	mmap_write_lock(mm);
	ret = do_mmap(file, addr, len, prot, flag, pgoff, &populate, NULL);
	mmap_write_unlock(mm);
	if (!IS_ERR_VALUE(ret) && populate)
		mm_populate(ret, populate);
	return ret;
}

/* offset in bytes, which must be page aligned (the ELF loader's call) */
unsigned long vm_mmap(struct file *file, unsigned long addr,
		      unsigned long len, unsigned long prot,
		      unsigned long flag, unsigned long offset)
{
	if (unlikely(offset + PAGE_ALIGN(len) < offset))
		return -EINVAL;
	if (unlikely(offset_in_page(offset)))
		return -EINVAL;
	return vm_mmap_pgoff(file, addr, len, prot, flag, offset >> PAGE_SHIFT);
}

/* ================= overcommit accounting ================= */

/* Linux's defaults (Documentation/admin-guide/sysctl/vm.rst) */
int sysctl_overcommit_memory = OVERCOMMIT_GUESS;
int sysctl_overcommit_ratio = 50;		/* percent of RAM */
unsigned long sysctl_overcommit_kbytes;		/* 0: use the ratio */
unsigned long sysctl_user_reserve_kbytes = 1UL << 17;	/* 128 MB */
unsigned long sysctl_admin_reserve_kbytes = 1UL << 13;	/* 8 MB */
atomic_long_t vm_committed_as = ATOMIC_INIT(0);

/*
 * Linux: total_swap_pages (mm/swapfile.c) and hugetlb_total_pages()
 * (mm/hugetlb.c); tinymm has neither swap areas nor huge pages.
 */
#define total_swap_pages	0L
#define hugetlb_total_pages()	0UL

/* vm.overcommit_ratio written: the kbytes form no longer applies. */
int overcommit_ratio_handler(struct ctl_table *table, int write, void *buffer,
			     size_t *lenp, loff_t *ppos)
{
	int ret = proc_dointvec(table, write, buffer, lenp, ppos);

	if (ret == 0 && write)
		sysctl_overcommit_kbytes = 0;
	return ret;
}

/*
 * vm.overcommit_memory: parse into a local first, so a bad value leaves
 * the policy as it was. Linux then resizes vm_committed_as's per-CPU
 * batch and, entering mode 2, folds every CPU's share into the total so
 * the strict check starts exact; a plain counter is exact already.
 */
int overcommit_policy_handler(struct ctl_table *table, int write, void *buffer,
			      size_t *lenp, loff_t *ppos)
{
	struct ctl_table t;
	int new_policy = -1;
	int ret;

	if (!write)
		return proc_dointvec_minmax(table, write, buffer, lenp, ppos);
	t = *table;
	t.data = &new_policy;
	ret = proc_dointvec_minmax(&t, write, buffer, lenp, ppos);
	if (ret || new_policy == -1)
		return ret;
	sysctl_overcommit_memory = new_policy;
	return 0;
}

/* vm.overcommit_kbytes written: the ratio no longer applies. */
int overcommit_kbytes_handler(struct ctl_table *table, int write, void *buffer,
			      size_t *lenp, loff_t *ppos)
{
	int ret = proc_doulongvec_minmax(table, write, buffer, lenp, ppos);

	if (ret == 0 && write)
		sysctl_overcommit_ratio = 0;
	return ret;
}

/*
 * CommitLimit, in pages: what mode 2 lets be promised in all (before the
 * reserves). overcommit_kbytes if set, else overcommit_ratio percent of
 * RAM; plus all of swap.
 */
unsigned long vm_commit_limit(void)
{
	unsigned long allowed;

	if (sysctl_overcommit_kbytes)
		allowed = sysctl_overcommit_kbytes >> (PAGE_SHIFT - 10);
	else
		allowed = (totalram_pages() - hugetlb_total_pages()) *
			  sysctl_overcommit_ratio / 100;
	return allowed + total_swap_pages;
}

/* Committed_AS, in pages (Linux: percpu_counter_sum_positive). */
unsigned long vm_memory_committed(void)
{
	long committed = atomic_long_read(&vm_committed_as);

	return committed > 0 ? committed : 0;
}

/*
 * May mm be promised pages more? Charges them first, so two racing
 * callers cannot both squeeze under the limit, and takes them back on
 * refusal. Returns 0 (pages now charged) or -ENOMEM with a warning.
 * cap_sys_admin: the caller may use the admin reserve. Does not sleep;
 * Linux's callers hold mmap_lock for writing.
 */
int __vm_enough_memory(struct mm_struct *mm, long pages, int cap_sys_admin)
{
	long allowed;

	vm_acct_memory(pages);

	if (sysctl_overcommit_memory == OVERCOMMIT_ALWAYS)
		return 0;

	if (sysctl_overcommit_memory == OVERCOMMIT_GUESS) {
		/* only what could not fit even with nothing else in memory */
		if (pages > (long)totalram_pages() + total_swap_pages)
			goto error;
		return 0;
	}

	allowed = vm_commit_limit();
	if (!cap_sys_admin)	/* the last few MB are root's, to recover */
		allowed -= sysctl_admin_reserve_kbytes >> (PAGE_SHIFT - 10);
	if (mm) {
		/* nor may one process take so much a user can't kill it */
		long reserve = sysctl_user_reserve_kbytes >> (PAGE_SHIFT - 10);

		allowed -= min_t(long, mm->total_vm / 32, reserve);
	}
	if ((long)vm_memory_committed() < allowed)
		return 0;
error:
	/* Linux: pr_warn_ratelimited; tinymm's printk has no rate limit */
	pr_warn("%s: pid: %d, comm: %s, not enough memory for the allocation\n",
		__func__, current->pid, current->comm);
	vm_unacct_memory(pages);
	return -ENOMEM;
}

/*
 * The stack's reservation sets mmap_base: STACK_TOP minus the stack
 * rlimit plus the guard gap, but never less than 128 MB nor more than 5/6
 * of the space. No randomisation (Linux adds a random offset with ASLR).
 * Linux takes a struct rlimit; here the soft limit in bytes (0: the 8 MB
 * default).
 */
#define MIN_GAP		(128UL << 20)
#define MAX_GAP		(STACK_TOP / 6 * 5)

static unsigned long mmap_base(unsigned long rnd, unsigned long stack_rlimit)
{
	unsigned long gap = stack_rlimit;
	unsigned long pad = stack_guard_gap;

	if (gap + pad > gap)		/* RLIM_INFINITY would overflow */
		gap += pad;
	if (gap < MIN_GAP)
		gap = MIN_GAP;
	else if (gap > MAX_GAP)
		gap = MAX_GAP;
	return PAGE_ALIGN(STACK_TOP - gap - rnd);
}

void arch_pick_mmap_layout(struct mm_struct *mm, unsigned long stack_rlimit)
{
	if (!stack_rlimit)
		stack_rlimit = _STK_LIM;
	/* Linux: legacy layout for ADDR_COMPAT_LAYOUT or an unlimited stack */
	if (stack_rlimit == ULONG_MAX) {
		mm->mmap_base = TASK_UNMAPPED_BASE;
		mm->get_unmapped_area = arch_get_unmapped_area;
	} else {
		mm->mmap_base = mmap_base(0, stack_rlimit);
		mm->get_unmapped_area = arch_get_unmapped_area_topdown;
	}
}
