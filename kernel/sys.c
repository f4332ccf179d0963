// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/sys.c - small system calls about the caller and the system.
 * Linux: kernel/sys.c (getpid, getppid, gettid, setpgid/getpgid,
 * getrusage, sysinfo, newuname, getcpu), kernel/signal.c (kill),
 * kernel/sched/core.c (sched_yield),
 * kernel/time/hrtimer.c (nanosleep, on schedule_timeout here).
 *
 * getrusage's ru_minflt/ru_majflt are the fault counters
 * arch/arm64/mm/fault.c keeps; the user tests count demand-paging faults
 * with them. tinymm_stat is tinymm's own (see uapi/asm-generic/unistd.h).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/jiffies.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/mmzone.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/task.h>
#include <linux/string.h>
#include <linux/smp.h>
#include <linux/syscalls.h>
#include <linux/time.h>
#include <linux/topology.h>
#include <linux/utsname.h>
#include <linux/vmstat.h>
#include <asm/uaccess.h>

#define RUSAGE_SELF	0
#define RUSAGE_CHILDREN	(-1)

/* struct rusage as arm64 user space sees it (144 bytes) */
struct rusage {
	long ru_utime[2], ru_stime[2];	/* struct timeval */
	long ru_maxrss, ru_ixrss, ru_idrss, ru_isrss;
	long ru_minflt, ru_majflt, ru_nswap, ru_inblock, ru_oublock;
	long ru_msgsnd, ru_msgrcv, ru_nsignals, ru_nvcsw, ru_nivcsw;
};

/*
 * struct sysinfo as user space sees it. Linux has one struct (uapi);
 * tinymm's kernel-side struct sysinfo (linux/mm.h) holds only the memory
 * fields si_meminfo() fills.
 */
struct sysinfo_uapi {
	long uptime;			/* seconds since boot */
	unsigned long loads[3];
	unsigned long totalram, freeram, sharedram, bufferram;
	unsigned long totalswap, freeswap;
	unsigned short procs, pad;
	unsigned long totalhigh, freehigh;
	unsigned int mem_unit;		/* the unit of the *ram fields: bytes */
};

/* tinymm's own: see tests/user/include for the user side */
struct tinymm_stat {
	unsigned long nr_free_pages;	/* buddy + pcp: owned by nobody */
	unsigned long nr_page_table_pages;
	unsigned long rss_anon, rss_file;
	unsigned long min_flt, maj_flt;
	unsigned long map_count, total_vm;
	unsigned long committed_as, commit_limit;	/* all mms: pages */
	unsigned long nr_threads;	/* this thread group's threads */
	unsigned long mm_users;		/* tasks using this mm */
};

SYSCALL_DEFINE0(getpid)
{
	return current->tgid;
}

SYSCALL_DEFINE0(gettid)
{
	return current->pid;
}

/* Linux reads real_parent under RCU: an exiting parent reparents us. */
SYSCALL_DEFINE0(getppid)
{
	pid_t ppid;

	read_lock(&tasklist_lock);
	ppid = current->real_parent->tgid;
	read_unlock(&tasklist_lock);
	return ppid;
}

/*
 * Put task pid (0: the caller) into process group pgid (0: a group of its
 * own, numbered by its pid). The shell makes each program it starts a
 * group of its own, so the terminal's Ctrl-C reaches that job only.
 * Linux also requires the group to exist in the caller's session and
 * refuses a child that has already exec'd (-EACCES); tinymm has no
 * sessions, and only the shell moves tasks between groups. As Linux,
 * under tasklist_lock for writing (kill_pgrp reads pgrp under it).
 */
int ksys_setpgid(pid_t pid, pid_t pgid)
{
	struct task_struct *p;
	int err = 0;

	if (pid < 0 || pgid < 0)
		return -EINVAL;
	write_lock_irq(&tasklist_lock);
	p = pid ? find_task_by_pid(pid) : current;
	if (!p || (p != current && p->real_parent != current))
		err = -ESRCH;
	else
		p->pgrp = pgid ? pgid : p->pid;
	write_unlock_irq(&tasklist_lock);
	return err;
}

SYSCALL_DEFINE1(getpgid, pid_t, pid)
{
	struct task_struct *p;
	pid_t pgrp = -ESRCH;

	if (pid < 0)
		return -ESRCH;
	read_lock(&tasklist_lock);
	p = pid ? find_task_by_pid(pid) : current;
	if (p)
		pgrp = task_pgrp_nr(p);
	read_unlock(&tasklist_lock);
	return pgrp;
}

SYSCALL_DEFINE2(getrusage, int, who, struct rusage __user *, ru)
{
	struct rusage r;

	if (who != RUSAGE_SELF)
		return -EINVAL;	/* Linux also sums reaped children */
	memset(&r, 0, sizeof(r));
	r.ru_minflt = current->min_flt;
	r.ru_majflt = current->maj_flt;
	r.ru_nvcsw = current->nvcsw;
	r.ru_nivcsw = current->nivcsw;
	if (current->mm)
		r.ru_maxrss = max(current->mm->hiwater_rss,
				  get_mm_rss(current->mm)) * (PAGE_SIZE / 1024);
	return copy_to_user(ru, &r, sizeof(r)) ? -EFAULT : 0;
}

SYSCALL_DEFINE1(sysinfo, struct sysinfo_uapi __user *, info)
{
	struct sysinfo_uapi val;

	memset(&val, 0, sizeof(val));
	val.uptime = (jiffies - INITIAL_JIFFIES) / HZ;
	val.totalram = totalram_pages();
	val.freeram = global_zone_page_state(NR_FREE_PAGES);
	val.procs = nr_threads;
	val.mem_unit = PAGE_SIZE;
	return copy_to_user(info, &val, sizeof(val)) ? -EFAULT : 0;
}

SYSCALL_DEFINE1(newuname, struct new_utsname __user *, name)
{
	struct new_utsname tmp;

	memcpy(&tmp, utsname(), sizeof(tmp));
	return copy_to_user(name, &tmp, sizeof(tmp)) ? -EFAULT : 0;
}

SYSCALL_DEFINE2(kill, pid_t, pid, int, sig)
{
	return kill_pid(pid, sig);
}

/*
 * The CPU (and its node) the caller runs on, which may have changed by
 * the time it looks. Linux: the same; the third argument is unused there
 * too.
 */
SYSCALL_DEFINE3(getcpu, unsigned int __user *, cpup,
		unsigned int __user *, nodep, void __user *, unused)
{
	int err = 0;
	int cpu = raw_smp_processor_id();

	if (cpup)
		err |= put_user(cpu, cpup);
	if (nodep)
		err |= put_user(cpu_to_node(cpu), nodep);
	return err ? -EFAULT : 0;
}

SYSCALL_DEFINE0(sched_yield)
{
	return sched_yield();
}

/* Sleep for at least the time asked, rounded up to whole ticks. */
SYSCALL_DEFINE2(nanosleep, const long __user *, rqtp, long __user *, rmtp)
{
	long ts[2], left;

	if (copy_from_user(ts, rqtp, sizeof(ts)))
		return -EFAULT;
	if (ts[0] < 0 || ts[1] < 0 || ts[1] >= 1000000000L)
		return -EINVAL;
	if (ts[0] >= LONG_MAX / HZ / 2)
		ts[0] = LONG_MAX / HZ / 2;	/* Linux: MAX_JIFFY_OFFSET */
	left = ts[0] * HZ + (ts[1] + TICK_NSEC - 1) / TICK_NSEC;
	do {		/* a child's exit wakes us too: only a signal ends early */
		set_current_state(TASK_INTERRUPTIBLE);
		left = schedule_timeout(left);
	} while (left && !signal_pending(current));
	if (!left)
		return 0;
	if (rmtp) {
		long rem[2] = { left / HZ, (left % HZ) * TICK_NSEC };

		if (copy_to_user(rmtp, rem, sizeof(rem)))
			return -EFAULT;
	}
	return -EINTR;
}

SYSCALL_DEFINE1(tinymm_stat, struct tinymm_stat __user *, ust)
{
	struct mm_struct *mm = current->mm;
	struct tinymm_stat st;

	memset(&st, 0, sizeof(st));
	sched_drop_lazy_mms();	/* a dead process's mm an idle CPU holds */
	drain_all_pages(NULL);	/* pcp pages count as free here */
	vm_stat_fold_all_cpus();	/* exact counters (vm.stat_refresh) */
	st.nr_free_pages = nr_free_pages();
	st.nr_page_table_pages = global_node_page_state(NR_PAGETABLE);
	st.committed_as = vm_memory_committed();
	st.commit_limit = vm_commit_limit();
	st.min_flt = current->min_flt;
	st.maj_flt = current->maj_flt;
	if (mm) {
		st.rss_anon = get_mm_counter(mm, MM_ANONPAGES);
		st.rss_file = get_mm_counter(mm, MM_FILEPAGES);
		st.map_count = mm->map_count;
		st.total_vm = mm->total_vm;
		st.mm_users = atomic_read(&mm->mm_users);
	}
	st.nr_threads = get_nr_threads(current);
	return copy_to_user(ust, &st, sizeof(st)) ? -EFAULT : 0;
}
