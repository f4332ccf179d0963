// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/fork.c - making a task: fork() for user processes, kernel
 * threads for the kernel. Linux: kernel/fork.c (copy_process, dup_mm,
 * dup_mmap, kernel_clone).
 *
 * The mm_struct and vm_area_struct objects are made and freed here too
 * (mm_alloc, mmput, vm_area_alloc/dup/free), as in Linux.
 *
 * For mm, fork is dup_mmap(): every VMA of the parent is copied and
 * copy_page_range() copies its page tables, write-protecting private
 * writable pages in both parent and child, so the first write on either
 * side takes a copy-on-write fault (mm/memory.c do_wp_page). Nothing is
 * copied up front but page tables: that is why fork is cheap.
 *
 * Threads are clone(CLONE_VM | CLONE_SIGHAND | CLONE_THREAD | ...): the
 * child shares the mm (mmget: one more mm_users), joins the caller's
 * thread group (same tgid, signal_struct and group_leader) and, with
 * CLONE_SETTLS, gets its own TPIDR_EL0. CLONE_CHILD_CLEARTID is the
 * joiner's handle: exit clears that word (mm_release); Linux also does a
 * FUTEX_WAKE there, tinymm has no futexes, so a joiner polls the word
 * with sched_yield().
 *
 * Simplified: no namespaces, credentials or cgroups; CLONE_SIGHAND is
 * checked as Linux checks it but shares nothing, since tinymm's signals
 * have only their default actions (no handler table to share); the pid
 * is a counter (Linux: struct pid in an IDR); anon_vma_fork() is skipped
 * because tinymm has no anon_vma objects (mm/rmap.c only counts).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/mm.h>
#include <linux/sched/task.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/rbtree.h>
#include <linux/time.h>
#include <linux/syscalls.h>
#include <asm/mmu_context.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>
#include <asm/uaccess.h>

/* ================= mm_struct and vm_area_struct objects ================= */

static struct kmem_cache *vm_area_cachep;
static struct kmem_cache *mm_cachep;

/*
 * The two slab caches, made at boot (mm_core_init) or, failing that, on
 * first use. On the host, each test boots a fresh arena and calls it
 * again. Linux also makes the sighand, signal, files, fs and vmap-stack
 * caches here; tinymm's tasks need none of them.
 */
void proc_caches_init(void)
{
	vm_area_cachep = kmem_cache_create("vm_area_struct",
					   sizeof(struct vm_area_struct), 0,
					   SLAB_PANIC | SLAB_ACCOUNT, NULL);
	mm_cachep = kmem_cache_create("mm_struct", sizeof(struct mm_struct), 0,
				      SLAB_HWCACHE_ALIGN | SLAB_PANIC |
				      SLAB_ACCOUNT, NULL);
}

static void mmap_caches_ready(void)
{
	if (unlikely(!vm_area_cachep || !mm_cachep))
		proc_caches_init();
}

struct vm_area_struct *vm_area_alloc(struct mm_struct *mm)
{
	struct vm_area_struct *vma;

	mmap_caches_ready();
	vma = kmem_cache_alloc(vm_area_cachep, GFP_KERNEL);
	if (vma)
		vma_init(vma, mm);
	return vma;
}

/* A copy for split_vma() and fork's dup_mmap(): same everything, no links. */
struct vm_area_struct *vm_area_dup(struct vm_area_struct *orig)
{
	struct vm_area_struct *new;

	mmap_caches_ready();
	new = kmem_cache_alloc(vm_area_cachep, GFP_KERNEL);
	if (new) {
		*new = *orig;
		new->vm_next = new->vm_prev = NULL;
		RB_CLEAR_NODE(&new->vm_rb);
		INIT_LIST_HEAD(&new->anon_vma_chain);
	}
	return new;
}

void vm_area_free(struct vm_area_struct *vma)
{
	kmem_cache_free(vm_area_cachep, vma);
}

static int mm_alloc_pgd(struct mm_struct *mm)
{
	mm->pgd = pgd_alloc(mm);
	return mm->pgd ? 0 : -ENOMEM;
}

static void mm_free_pgd(struct mm_struct *mm)
{
	pgd_free(mm, mm->pgd);
}

/*
 * mm_alloc - a fresh user address space: no VMAs, an empty pgd, no ASID
 * yet (the first switch to it allocates one), one user and one
 * reference. Returns NULL when memory is short. Process context; may
 * sleep in Linux (GFP_KERNEL). Linux: mm_alloc() -> mm_init(); the
 * layout (mmap_base, get_unmapped_area) and task_size are set by exec
 * (setup_new_exec) there and here already, so a new mm is ready for
 * do_mmap() once it is current->mm.
 */
struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm;

	mmap_caches_ready();
	mm = kmem_cache_alloc(mm_cachep, GFP_KERNEL);
	if (!mm)
		return NULL;
	memset(mm, 0, sizeof(*mm));
	mm->mmap = NULL;
	mm->mm_rb = RB_ROOT;
	atomic_set(&mm->mm_users, 1);
	atomic_set(&mm->mm_count, 1);
	spin_lock_init(&mm->page_table_lock);
	mmap_init_lock(mm);
	mm_init_cpumask(mm);
	atomic64_set(&mm->context.id, 0);	/* Linux: init_new_context() */
	mm->name = "user";
	if (mm_alloc_pgd(mm)) {
		kmem_cache_free(mm_cachep, mm);
		return NULL;
	}
	mm->task_size = TASK_SIZE;
	arch_pick_mmap_layout(mm, 0);
	return mm;
}

/* Drop a reference to the struct: the last one frees pgd and struct. */
void mmdrop(struct mm_struct *mm)
{
	if (atomic_dec_and_test(&mm->mm_count)) {
		mm_free_pgd(mm);
		kmem_cache_free(mm_cachep, mm);
	}
}

/*
 * mmput - drop a user: the last one tears the address space down
 * (exit_mmap: every page, table and VMA) and drops its reference to the
 * struct. The caller must not touch @mm afterwards. May sleep in Linux.
 */
void mmput(struct mm_struct *mm)
{
	if (atomic_dec_and_test(&mm->mm_users)) {
		exit_mmap(mm);
		mmdrop(mm);
	}
}

/* ================= tasks ================= */

static struct kmem_cache *task_struct_cachep;
static pid_t last_pid;		/* under tasklist_lock */
int nr_threads = 1;		/* init_task; under tasklist_lock */

/* linux/sched/task.h says what it guards. */
DEFINE_RWLOCK(tasklist_lock);

void fork_init(void)
{
	task_struct_cachep = kmem_cache_create("task_struct",
					       sizeof(struct task_struct), 16,
					       SLAB_PANIC, NULL);
}

struct task_struct *get_task_struct(struct task_struct *t)
{
	atomic_inc(&t->usage);
	return t;
}

/*
 * A task's stack in NR_KERNEL_STACK_KB (kB, so stacks smaller than a
 * page add up right). Linux v5.19: account_kernel_stack().
 */
static void account_kernel_stack(struct task_struct *tsk, int account)
{
	mod_lruvec_page_state(virt_to_page(tsk->stack), NR_KERNEL_STACK_KB,
			      account * (THREAD_SIZE / 1024));
}

/* The stack goes as soon as the dead task has switched away for good. */
void put_task_stack(struct task_struct *t)
{
	if (!t->stack || t == &init_task)
		return;
	account_kernel_stack(t, -1);
	free_pages((unsigned long)t->stack, THREAD_SIZE_ORDER);
	t->stack = NULL;
}

/* The group's last task_struct takes the signal_struct with it. */
static void put_signal_struct(struct signal_struct *sig)
{
	if (sig && atomic_dec_and_test(&sig->sigcnt))
		kfree(sig);
}

/* Linux: free_task(); also what a failed copy_process() undoes. */
static void free_task(struct task_struct *t)
{
	put_task_stack(t);
	put_signal_struct(t->signal);
	kmem_cache_free(task_struct_cachep, t);
}

void put_task_struct(struct task_struct *t)
{
	if (atomic_dec_and_test(&t->usage))
		free_task(t);
}

void set_task_comm(struct task_struct *tsk, const char *from)
{
	strscpy(tsk->comm, from, sizeof(tsk->comm));
}

static struct task_struct *dup_task_struct(struct task_struct *orig)
{
	struct task_struct *tsk;
	struct page *page;

	tsk = kmem_cache_alloc(task_struct_cachep, GFP_KERNEL);
	if (!tsk)
		return NULL;
	page = alloc_pages(GFP_KERNEL, THREAD_SIZE_ORDER);
	if (!page) {
		kmem_cache_free(task_struct_cachep, tsk);
		return NULL;
	}
	tls_preserve_current_state();	/* Linux: arch_dup_task_struct() */
	*tsk = *orig;
	tsk->stack = page_address(page);
	account_kernel_stack(tsk, 1);
	tsk->thread_info.flags = 0;
	/*
	 * Two references: its reaper's (the parent's wait4, or exit_notify
	 * when nobody waits) and its own, dropped by finish_task_switch()
	 * after its last switch. A reaper on another CPU may come first: the
	 * struct and stack outlive it until the task is off its stack.
	 * Linux: the same two (refcount_set(&tsk->usage, 1) plus rcu_users).
	 */
	atomic_set(&tsk->usage, 2);
	return tsk;
}

static int copy_files(unsigned long clone_flags, struct task_struct *tsk)
{
	struct files_struct *oldf = current->files, *newf;
	int fd;

	tsk->files = NULL;
	if (!oldf)
		return 0;
	if (clone_flags & CLONE_FILES) {
		atomic_inc(&oldf->count);
		tsk->files = oldf;
		return 0;
	}
	newf = kmalloc(sizeof(*newf), GFP_KERNEL);
	if (!newf)
		return -ENOMEM;
	atomic_set(&newf->count, 1);
	for (fd = 0; fd < NR_OPEN_DEFAULT; fd++) {
		newf->fd_array[fd] = oldf->fd_array[fd];
		if (newf->fd_array[fd])
			get_file(newf->fd_array[fd]);
	}
	tsk->files = newf;
	return 0;
}

/*
 * Copy the parent's VMAs and page tables. Linux: dup_mmap(). Both mms'
 * mmap_locks are held for write: the parent's, so its VMAs and ptes hold
 * still (a thread of the parent faulting meanwhile would write through a
 * pte about to be write-protected); the child's, not yet visible to
 * anyone, as Linux takes it (mmap_write_lock_nested()) for the asserts
 * below it. The child does not inherit mlock (VM_LOCKED), and
 * VM_DONTCOPY areas stay behind.
 * A VM_ACCOUNT copy is charged again (the child may write all of it):
 * insert_vm_struct() does it against the child's mm; Linux's dup_mmap
 * charges it itself, against the parent's, before linking the copy.
 */
static int dup_mmap(struct mm_struct *mm, struct mm_struct *oldmm)
{
	struct vm_area_struct *mpnt, *tmp;
	int retval = 0;

	mmap_write_lock(oldmm);
	mmap_write_lock(mm);
	for (mpnt = oldmm->mmap; mpnt; mpnt = mpnt->vm_next) {
		if (mpnt->vm_flags & VM_DONTCOPY)
			continue;
		tmp = vm_area_dup(mpnt);
		if (!tmp) {
			retval = -ENOMEM;
			break;
		}
		tmp->vm_mm = mm;
		tmp->vm_flags &= VM_LOCKED_CLEAR_MASK;
		if (tmp->vm_file)
			get_file(tmp->vm_file);
		if (insert_vm_struct(mm, tmp)) {
			if (tmp->vm_file)
				fput(tmp->vm_file);
			vm_area_free(tmp);
			retval = -ENOMEM;
			break;
		}
		vm_stat_account(mm, tmp->vm_flags, vma_pages(tmp));
		if (tmp->vm_ops && tmp->vm_ops->open)
			tmp->vm_ops->open(tmp);
		retval = copy_page_range(tmp, mpnt);
		if (retval)
			break;
	}
	mmap_write_unlock(mm);
	/* the parent's ptes lost their write bit: no stale writable TLB entry */
	flush_tlb_mm(oldmm);
	mmap_write_unlock(oldmm);
	return retval;
}

/* A copy of oldmm for a fork: its layout, VMAs and page tables. */
struct mm_struct *dup_mm(struct mm_struct *oldmm)
{
	struct mm_struct *mm = mm_alloc();

	if (!mm)
		return NULL;
	mm->mmap_base = oldmm->mmap_base;
	mm->task_size = oldmm->task_size;
	mm->get_unmapped_area = oldmm->get_unmapped_area;
	mm->def_flags = oldmm->def_flags & VM_NOHUGEPAGE;	/* VM_INIT_DEF_MASK */
	mm->start_code = oldmm->start_code;
	mm->end_code = oldmm->end_code;
	mm->start_data = oldmm->start_data;
	mm->end_data = oldmm->end_data;
	mm->start_brk = oldmm->start_brk;
	mm->brk = oldmm->brk;
	mm->start_stack = oldmm->start_stack;
	mm->arg_start = oldmm->arg_start;
	mm->arg_end = oldmm->arg_end;
	mm->env_start = oldmm->env_start;
	mm->env_end = oldmm->env_end;
	mm->hiwater_rss = get_mm_rss(oldmm);
	mm->hiwater_vm = oldmm->total_vm;
	if (dup_mmap(mm, oldmm)) {
		mmput(mm);
		return NULL;
	}
	return mm;
}

static int copy_mm(unsigned long clone_flags, struct task_struct *tsk)
{
	struct mm_struct *oldmm = current->mm, *mm;

	tsk->mm = NULL;
	tsk->active_mm = NULL;
	tsk->min_flt = tsk->maj_flt = 0;
	if (!oldmm)		/* a kernel thread makes another: no mm */
		return 0;
	if (clone_flags & CLONE_VM) {
		mmget(oldmm);
		mm = oldmm;
	} else {
		mm = dup_mm(oldmm);
		if (!mm)
			return -ENOMEM;
	}
	tsk->mm = mm;
	tsk->active_mm = mm;
	return 0;
}

/*
 * A thread shares its creator's signal_struct; anyone else starts a
 * group of its own, with itself as the only thread. Linux: copy_signal()
 * (and copy_sighand(), which has nothing to copy here).
 */
static int copy_signal(unsigned long clone_flags, struct task_struct *tsk)
{
	struct signal_struct *sig;

	if (clone_flags & CLONE_THREAD) {
		atomic_inc(&current->signal->sigcnt);
		return 0;
	}
	sig = kzalloc(sizeof(*sig), GFP_KERNEL);
	if (!sig) {
		tsk->signal = NULL;
		return -ENOMEM;
	}
	atomic_set(&sig->sigcnt, 1);
	INIT_LIST_HEAD(&sig->thread_head);
	tsk->signal = sig;
	return 0;
}

/*
 * Arrange the child's first return: for a kernel thread (fn != NULL)
 * ret_from_fork calls fn(arg); for fork() the child gets a copy of the
 * parent's user registers with x0 = 0, fork's return value in the child.
 * Linux: copy_thread() in arch/arm64/kernel/process.c.
 */
extern void ret_from_fork(void);

static void copy_thread(struct task_struct *p,
			const struct kernel_clone_args *args)
{
	struct pt_regs *childregs = task_pt_regs(p);

	memset(&p->thread.cpu_context, 0, sizeof(p->thread.cpu_context));
	if (args->fn) {
		memset(childregs, 0, sizeof(*childregs));
		p->thread.cpu_context.x19 = (u64)args->fn;
		p->thread.cpu_context.x20 = (u64)args->fn_arg;
		p->thread.uw.tp_value = 0;
	} else {
		*childregs = *task_pt_regs(current);
		childregs->regs[0] = 0;
		if (args->stack)	/* a thread runs on the stack it was given */
			childregs->sp = args->stack;
		if (args->flags & CLONE_SETTLS)
			p->thread.uw.tp_value = args->tls;
	}
	p->thread.cpu_context.pc = (u64)ret_from_fork;
	p->thread.cpu_context.sp = (u64)childregs;
}

/*
 * Put @p on its thread group's list and, if it leads a new group, on the
 * task list and its parent's children: from here on for_each_process()
 * and wait4 see it. A thread is its group's, not a child of its creator:
 * its parent is the leader's parent, and only a leader is waited for.
 * Linux: the list_add_tail_rcu()s in copy_process(). Caller holds
 * tasklist_lock for writing and siglock (zap_other_threads() walks the
 * thread list under siglock alone).
 */
static void link_task(struct task_struct *p)
{
	struct signal_struct *sig = p->signal;

	lockdep_assert_held_write(&tasklist_lock);
	lockdep_assert_held(&siglock);
	if (thread_group_leader(p)) {
		list_add_tail(&p->sibling, &p->real_parent->children);
		list_add_tail(&p->tasks, &init_task.tasks);
	}
	list_add_tail(&p->thread_node, &sig->thread_head);
	sig->nr_threads++;
	nr_threads++;
}

/*
 * Linux's rules for the sharing flags: a thread shares its handlers, and
 * shared handlers need a shared mm. Linux: the checks at the top of
 * copy_process().
 */
static int check_clone_flags(unsigned long clone_flags)
{
	if ((clone_flags & CLONE_THREAD) && !(clone_flags & CLONE_SIGHAND))
		return -EINVAL;
	if ((clone_flags & CLONE_SIGHAND) && !(clone_flags & CLONE_VM))
		return -EINVAL;
	return 0;
}

/*
 * The new task's place: its own group (tgid = pid, led by itself), or
 * with CLONE_THREAD its creator's, whose parent it shares. Caller holds
 * tasklist_lock for writing.
 */
static void set_thread_group(struct task_struct *p, unsigned long clone_flags)
{
	if (clone_flags & CLONE_THREAD) {
		p->tgid = current->tgid;
		p->group_leader = current->group_leader;
		p->real_parent = current->real_parent;
		p->exit_signal = -1;	/* nobody waits for a thread */
	} else {
		p->tgid = p->pid;
		p->group_leader = p;
		p->real_parent = current;
	}
}

/*
 * A new task, a copy of current. @idle: a CPU's idle task (fork_idle),
 * which, as in Linux, gets pid 0 and joins no list: no parent waits for
 * it and no pid lookup finds it.
 */
static struct task_struct *copy_process(struct kernel_clone_args *args)
{
	unsigned long clone_flags = args->flags;
	struct task_struct *p;
	int err;

	err = check_clone_flags(clone_flags);
	if (err)
		return ERR_PTR(err);
	p = dup_task_struct(current);
	if (!p)
		return ERR_PTR(-ENOMEM);
	INIT_LIST_HEAD(&p->children);
	INIT_LIST_HEAD(&p->sibling);
	INIT_LIST_HEAD(&p->tasks);
	INIT_LIST_HEAD(&p->sleep_list);
	INIT_LIST_HEAD(&p->thread_node);
	/* a bound parent (the idle task) does not bind its children */
	p->flags &= ~(PF_EXITING | PF_KTHREAD | PF_NO_SETAFFINITY);
	if (args->kthread)
		p->flags |= PF_KTHREAD;
	if (args->name)
		set_task_comm(p, args->name);
	p->exit_state = 0;
	p->exit_code = 0;
	p->exit_signal = args->exit_signal;
	p->pending = 0;
	p->oops_frame = NULL;
	p->set_child_tid = clone_flags & CLONE_CHILD_SETTID ?
			   args->child_tid : NULL;
	p->clear_child_tid = clone_flags & CLONE_CHILD_CLEARTID ?
			     args->child_tid : NULL;
	p->start_time = local_clock();
	sched_fork(p);
	err = copy_signal(clone_flags, p);
	if (err)
		goto bad_free;
	err = copy_files(clone_flags, p);
	if (err)
		goto bad_free;
	err = copy_mm(clone_flags, p);
	if (err)
		goto bad_files;
	copy_thread(p, args);
	p->real_parent = current;
	p->group_leader = p;
	if (args->idle) {
		p->pid = p->tgid = 0;
		return p;
	}
	/*
	 * Linux allocates the pid earlier, in alloc_pid() under pidmap_lock;
	 * a counter needs no lock of its own when tasklist_lock is held.
	 */
	write_lock_irq(&tasklist_lock);
	spin_lock(&siglock);
	/* a group that is dying gets no new thread: it would outlive it */
	if ((clone_flags & CLONE_THREAD) &&
	    (current->signal->flags & SIGNAL_GROUP_EXIT)) {
		spin_unlock(&siglock);
		write_unlock_irq(&tasklist_lock);
		err = -EINTR;
		goto bad_mm;
	}
	p->pid = ++last_pid;
	set_thread_group(p, clone_flags);
	link_task(p);
	spin_unlock(&siglock);
	write_unlock_irq(&tasklist_lock);
	return p;

bad_mm:
	if (p->mm)
		mmput(p->mm);
bad_files:
	exit_files(p);
bad_free:
	free_task(p);
	return ERR_PTR(err);
}

/*
 * kernel_clone - a new task as @args says; returns its pid or -errno.
 * CLONE_PARENT_SETTID stores the pid at parent_tid in the caller's
 * memory before the child runs, as Linux does. Process context; may
 * sleep. Linux: the same.
 */
pid_t kernel_clone(struct kernel_clone_args *args)
{
	struct task_struct *p = copy_process(args);
	pid_t pid;

	if (IS_ERR(p))
		return PTR_ERR(p);
	pid = p->pid;	/* once awake, p may run, exit and be reaped */
	if (args->flags & CLONE_PARENT_SETTID)
		put_user(pid, args->parent_tid);	/* a fault is ignored */
	wake_up_new_task(p);
	return pid;
}

pid_t kernel_thread(int (*fn)(void *), void *arg, const char *name,
		    unsigned long flags)
{
	struct kernel_clone_args args = {
		.flags		= (flags | CLONE_VM | CLONE_UNTRACED) & ~CSIGNAL,
		.exit_signal	= flags & CSIGNAL,
		.fn		= fn,
		.fn_arg		= arg,
		.name		= name,
		.kthread	= 1,
	};

	return kernel_clone(&args);
}

/*
 * fork_idle - the idle task of CPU @cpu ("swapper/<cpu>"): its own stack,
 * no mm, never on the run queue; the CPU starts on it (secondary_data)
 * and runs it whenever it has nothing else. Returns it or an ERR_PTR.
 * Process context (the boot's smp_init()); may sleep.
 */
struct task_struct *fork_idle(int cpu)
{
	struct kernel_clone_args args = {
		.flags = CLONE_VM, .kthread = 1, .idle = 1,
	};
	struct task_struct *task = copy_process(&args);

	if (!IS_ERR(task))
		init_idle(task, cpu);
	return task;
}

/* A thread that will become a user process by exec (call_usermodehelper). */
pid_t user_mode_thread(int (*fn)(void *), void *arg, unsigned long flags)
{
	struct kernel_clone_args args = {
		.flags		= (flags | CLONE_VM | CLONE_UNTRACED) & ~CSIGNAL,
		.exit_signal	= flags & CSIGNAL,
		.fn		= fn,
		.fn_arg		= arg,
	};

	return kernel_clone(&args);
}

/*
 * ret_from_fork: the thread function returned. Only a user_mode_thread()
 * that exec'd goes on to user space; a kernel thread exits, even one that
 * still holds a user mm through kthread_use_mm().
 */
void kthread_returned(int ret)
{
	if (!current->mm || (current->flags & PF_KTHREAD))
		do_exit((ret & 0xff) << 8);
}

/* the flags tinymm implements; Linux's others (namespaces, ...) get -EINVAL */
#define CLONE_SUPPORTED (CSIGNAL | CLONE_VM | CLONE_FS | CLONE_FILES | \
			 CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM | \
			 CLONE_SETTLS | CLONE_PARENT_SETTID | \
			 CLONE_CHILD_CLEARTID | CLONE_DETACHED | \
			 CLONE_UNTRACED | CLONE_CHILD_SETTID)

/*
 * clone(flags, newsp, parent_tid, tls, child_tid) as arm64 orders them.
 * fork() in libc is clone(SIGCHLD, 0, ...); a thread library passes
 * CLONE_VM | CLONE_SIGHAND | CLONE_THREAD | ... with a stack of its own.
 */
SYSCALL_DEFINE5(clone, unsigned long, clone_flags, unsigned long, newsp,
		int __user *, parent_tidptr, unsigned long, tls,
		int __user *, child_tidptr)
{
	struct kernel_clone_args args = {
		.flags		= clone_flags & ~CSIGNAL,
		.exit_signal	= clone_flags & CSIGNAL,
		.parent_tid	= parent_tidptr,
		.child_tid	= child_tidptr,
		.stack		= newsp,
		.tls		= tls,
	};

	if (clone_flags & ~CLONE_SUPPORTED)
		return -EINVAL;
	return kernel_clone(&args);
}

/* Linux: the same; returns the caller's tid. */
SYSCALL_DEFINE1(set_tid_address, int __user *, tidptr)
{
	current->clear_child_tid = tidptr;
	return current->pid;
}
