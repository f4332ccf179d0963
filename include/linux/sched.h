/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/sched.h - struct task_struct and the scheduler's interface.
 * Linux: include/linux/sched.h, include/linux/sched/task.h.
 *
 * A task is a kernel stack, a saved CPU context (thread), and for a user
 * process an address space (mm). Kernel threads have mm == NULL and borrow
 * the last user mm as active_mm (lazy TLB), exactly as in Linux.
 *
 * Simplified: round-robin on per-CPU queues instead of CFS (Linux also keeps
 * vruntime in a red-black tree; we skip it because a list shows the
 * context switch just as well); signals only have their default, fatal
 * action (no handlers); a process group is a pid_t in the task, and there
 * are no sessions.
 *
 * Threads are tasks that share a signal_struct (CLONE_THREAD) and
 * usually an mm (CLONE_VM): the group leader's pid is the group's tgid,
 * what getpid() returns; only leaders are on the tasks list
 * (for_each_process), the others hang off signal->thread_head.
 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/list.h>
#include <linux/jiffies.h>
#include <linux/atomic.h>
#include <linux/lockdep_types.h>
#include <linux/cpumask.h>
#include <asm/barrier.h>
#include <asm/current.h>
#include <asm/processor.h>
#include <asm/spinlock.h>
#include <asm/thread_info.h>

#define TASK_COMM_LEN	16

/* __state: what the task waits for (Linux: the same bits) */
#define TASK_RUNNING		0x0000
#define TASK_INTERRUPTIBLE	0x0001
#define TASK_UNINTERRUPTIBLE	0x0002
#define TASK_DEAD		0x0080
/* exit_state */
#define EXIT_DEAD		0x0010
#define EXIT_ZOMBIE		0x0020

/* clone() flags (Linux: include/uapi/linux/sched.h) */
#define CSIGNAL		0x000000ff	/* signal sent to the parent at exit */
#define CLONE_VM	0x00000100	/* share the mm */
#define CLONE_FS	0x00000200	/* share cwd and umask (tinymm has neither) */
#define CLONE_FILES	0x00000400	/* share the file table */
#define CLONE_SIGHAND	0x00000800	/* share the signal handlers */
#define CLONE_THREAD	0x00010000	/* same thread group */
#define CLONE_SYSVSEM	0x00040000	/* share SysV undo lists (tinymm has none) */
#define CLONE_SETTLS	0x00080000	/* the child's TPIDR_EL0 = tls */
#define CLONE_PARENT_SETTID	0x00100000	/* store the tid at parent_tid */
#define CLONE_CHILD_CLEARTID	0x00200000	/* clear child_tid at exit */
#define CLONE_DETACHED	0x00400000	/* ignored, as by Linux */
#define CLONE_UNTRACED	0x00800000
#define CLONE_CHILD_SETTID	0x01000000	/* store the tid at child_tid */

/* per-task flags (PF_*) */
#define PF_EXITING	0x00000004
#define PF_KTHREAD	0x00200000	/* a kernel thread: no user mm */
#define PF_NO_SETAFFINITY 0x04000000	/* bound: user space may not move it */

#define RR_TIMESLICE	(100 * HZ / 1000)	/* 100 ms, as SCHED_RR's default */

struct mm_struct;
struct file;
struct task_frame;
struct signal_struct;

#define NR_OPEN_DEFAULT	16	/* fds per task (Linux: BITS_PER_LONG, growing) */

/* Linux: struct files_struct, shared by CLONE_FILES tasks */
struct files_struct {
	atomic_t count;			/* tasks sharing it */
	struct file *fd_array[NR_OPEN_DEFAULT];
};


struct task_struct {
	/* must be first: entry.S and get_current() find flags through it */
	struct thread_info thread_info;
	unsigned int __state;		/* TASK_* */
	void *stack;			/* THREAD_SIZE bytes, pt_regs at the top */
	atomic_t usage;			/* get_task_struct/put_task_struct */
	unsigned int flags;		/* PF_* */

	/*
	 * Serialises wake-ups of this task and changes of its cpus_mask;
	 * taken before any rq lock (Linux: the raw_spinlock_t pi_lock; an
	 * arch lock here because linux/spinlock.h needs this header, so
	 * lockdep does not see it).
	 */
	arch_spinlock_t pi_lock;
	int on_cpu;			/* a CPU runs it or is switching away */
	cpumask_t cpus_mask;		/* the CPUs it may run on */
	struct list_head run_list;	/* on a runqueue while runnable */
	unsigned int time_slice;	/* ticks left before round-robin moves on */
	unsigned long nvcsw, nivcsw;	/* voluntary/involuntary context switches */
	struct list_head sleep_list;	/* schedule_timeout(): on the sleepers */
	unsigned long sleep_until;	/* jiffies to wake at */

	struct list_head tasks;		/* every task, from init_task */
	struct mm_struct *mm;		/* user address space; NULL for kthreads */
	struct mm_struct *active_mm;	/* the one in TTBR0 while we run */

	int exit_state;			/* EXIT_ZOMBIE until wait4 reaps us */
	int exit_code;			/* wait4 status word */
	int exit_signal;		/* sent to the parent (SIGCHLD); -1: a thread */
	pid_t pid;
	pid_t tgid;
	/*
	 * Process group: who a terminal's Ctrl-C reaches (kill_pgrp). Linux
	 * keeps it as signal->pids[PIDTYPE_PGID], a struct pid shared by the
	 * thread group, next to the session; inherited on fork either way.
	 */
	pid_t pgrp;

	struct task_struct *real_parent;
	struct list_head children;	/* my children */
	struct list_head sibling;	/* in my parent's children list */
	struct task_struct *group_leader;	/* the thread whose pid is tgid */
	struct list_head thread_node;	/* on signal->thread_head */
	struct signal_struct *signal;	/* shared by the thread group */
	int __user *set_child_tid;	/* CLONE_CHILD_SETTID */
	int __user *clear_child_tid;	/* CLONE_CHILD_CLEARTID, set_tid_address */

	unsigned long min_flt, maj_flt;	/* page faults (getrusage) */
	u64 start_time;			/* ns since boot */

	char comm[TASK_COMM_LEN];	/* executable name, as `ps` shows */

	unsigned long pending;		/* bit n: signal n pending (fatal only) */
	struct files_struct *files;

	/* where an oops unwinds to (run_as_task()), NULL for none */
	struct task_frame *oops_frame;

	/* the spinlocks and rwlocks held, oldest first (linux/lockdep.h) */
	unsigned int lockdep_depth;
	struct held_lock held_locks[MAX_LOCK_DEPTH];

	struct thread_struct thread;	/* saved registers (asm/processor.h) */
};

extern struct task_struct init_task;	/* pid 0, the boot thread, then idle */
extern int nr_threads;

#define for_each_process(p) \
	list_for_each_entry(p, &init_task.tasks, tasks)

static inline void *task_stack_page(const struct task_struct *task)
{
	return task->stack;
}

static inline pid_t task_pgrp_nr(const struct task_struct *tsk)
{
	return tsk->pgrp;
}

/* The CPU @p runs on, or ran on last. Linux: the same, in this file. */
static inline unsigned int task_cpu(const struct task_struct *p)
{
	return READ_ONCE(p->thread_info.cpu);
}

void set_task_cpu(struct task_struct *p, unsigned int cpu);

static inline bool is_idle_task(const struct task_struct *p)
{
	return p->pid == 0;
}

/*
 * A full barrier follows the store (Linux: smp_store_mb()): the sleeper's
 * next check of its wake-up condition cannot be satisfied before the new
 * state is visible, so a waker on another CPU that sets the condition
 * and then reads the state (after smp_mb__after_spinlock() in
 * wake_up_process()) either sees the sleeper asleep or is seen by it.
 */
#define set_current_state(state_value)				\
	do {							\
		WRITE_ONCE(current->__state, (state_value));	\
		smp_mb();					\
	} while (0)

/* kernel/sched/core.c */
void sched_init(void);
void sched_init_smp(void);
void schedule(void);
void scheduler_tick(void);
void scheduler_ipi(void);	/* IPI_RESCHEDULE arrived */
int wake_up_process(struct task_struct *p);
void kick_process(struct task_struct *p);
void wake_up_new_task(struct task_struct *p);
void sched_fork(struct task_struct *p);
void init_idle(struct task_struct *idle, int cpu);
/* kernel/fork.c */
struct task_struct *fork_idle(int cpu);
void schedule_tail(struct task_struct *prev);
void __noreturn cpu_startup_entry(void);
void do_task_dead(void) __noreturn;
long sched_yield(void);
long schedule_timeout(long timeout);
struct task_struct *find_task_by_pid(pid_t pid);
struct task_struct *find_get_task_by_vpid(pid_t pid);
unsigned long nr_running(void);
bool need_resched(void);
int idle_cpu(int cpu);
void sched_drop_lazy_mms(void);
int wait_task_inactive(struct task_struct *p, unsigned int match_state);
void do_set_cpus_allowed(struct task_struct *p, const struct cpumask *new_mask);
int set_cpus_allowed_ptr(struct task_struct *p, const struct cpumask *new_mask);
long sched_setaffinity(pid_t pid, const struct cpumask *in_mask);
long sched_getaffinity(pid_t pid, struct cpumask *mask);
/* kernel/kthread.c */
void kthread_bind(struct task_struct *p, unsigned int cpu);

/* kernel/fork.c */
void fork_init(void);
pid_t kernel_thread(int (*fn)(void *), void *arg, const char *name,
		    unsigned long flags);
pid_t user_mode_thread(int (*fn)(void *), void *arg, unsigned long flags);
struct task_struct *get_task_struct(struct task_struct *t);
void put_task_struct(struct task_struct *t);
void put_task_stack(struct task_struct *t);
void kthread_returned(int ret);
void exit_files(struct task_struct *tsk);
void set_task_comm(struct task_struct *tsk, const char *from);

/* kernel/sys.c */
int ksys_setpgid(pid_t pid, pid_t pgid);

/* kernel/exit.c */
void __noreturn do_exit(long code);
void __noreturn make_task_dead(int signr);
long kernel_wait4(pid_t pid, int *stat_addr, int options, void *ru);

/* kernel/signal.c (default actions only) */
int send_sig(int sig, struct task_struct *p, int priv);
long kill_pid(pid_t pid, int sig);
int kill_pgrp(pid_t pgrp, int sig, int priv);
void force_sig_fault(int signo, int code, unsigned long addr);
bool signal_pending(struct task_struct *p);
void do_signal(struct pt_regs *regs);

/*
 * Run fn(arg) so that an oops inside it ends fn instead of the task: the
 * frame for make_task_dead(). KUnit and the shell use it so a case or
 * command that crashes on purpose kills only itself, the way a crashing
 * process dies and its parent goes on. Returns true if fn was killed.
 */
bool run_as_task(const char *comm, void (*fn)(void *), void *arg);
/* The name the task has outside any run_as_task() frame (what ps shows). */
const char *task_base_comm(struct task_struct *tsk);
const char *current_comm(void);
int current_pid(void);

#endif
