// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/exit.c - how a task ends and its parent learns of it.
 * Linux: kernel/exit.c (do_exit, exit_mm, exit_notify, release_task,
 * do_wait/kernel_wait4, make_task_dead).
 *
 * For mm, exit is exit_mm(): the task lets go of its address space and
 * mmput() tears down every VMA, page and page-table page (exit_mmap). The
 * task keeps the mm loaded as a lazy active_mm until it switches away for
 * the last time; then its kernel stack is freed (finish_task_switch) and
 * only the task_struct stays, a zombie holding the exit status, until the
 * parent's wait4() reaps it.
 *
 * A thread group ends with its last thread. exit_group() (and any fatal
 * signal) marks the group SIGNAL_GROUP_EXIT and sends SIGKILL to every
 * other thread, so all of them exit with the group's code. A thread
 * other than the leader reaps itself; the leader stays a zombie, and its
 * parent hears of it (wait4, SIGCHLD's wake-up) only once the last
 * thread is gone. Each thread's exit_mm() drops one mm_users: the
 * address space goes with the last one.
 *
 * Simplified: init here is a kernel thread that doesn't wait, so an
 * orphan reparented to it is reaped at once (Linux does the same for a
 * parent whose SIGCHLD is SIG_IGN). Also here: run_as_task(), tinymm's
 * frame that lets an oops end one KUnit case or shell command instead of
 * the whole kernel thread running them. Either way, an oops lets go of
 * the locks the killed code took (spinlocks, rwlocks and rw_semaphores
 * such as mmap_lock), so the next command, or the task's own exit, can
 * take them.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/lockdep.h>
#include <linux/rwsem.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/mm.h>
#include <linux/sched/task.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <asm/setjmp.h>
#include <asm/uaccess.h>

#define WNOHANG		0x00000001

struct task_frame {
	struct arch_jmp_buf jb;
	struct task_frame *prev;
	char comm[TASK_COMM_LEN];	/* the task's name outside the frame */
	unsigned int lockdep_depth;	/* locks held when the frame began */
};

const char *current_comm(void)
{
	return current->comm;
}

int current_pid(void)
{
	return current->pid;
}

/*
 * The task's own name, whatever frames it is in: each frame renamed the
 * task and kept the name it replaced, so the outermost frame holds it.
 * The frames live on the task's stack, which stays while it sleeps.
 */
const char *task_base_comm(struct task_struct *tsk)
{
	struct task_frame *f = tsk->oops_frame;

	if (!f)
		return tsk->comm;
	while (f->prev)
		f = f->prev;
	return f->comm;
}

bool run_as_task(const char *comm, void (*fn)(void *), void *arg)
{
	struct task_struct *tsk = current;
	struct task_frame frame = { .prev = tsk->oops_frame,
				    .lockdep_depth = tsk->lockdep_depth };

	memcpy(frame.comm, tsk->comm, sizeof(frame.comm));
	if (arch_setjmp(&frame.jb)) {
		tsk = current;
		tsk->oops_frame = frame.prev;
		memcpy(tsk->comm, frame.comm, sizeof(frame.comm));
		return true;
	}
	strscpy(tsk->comm, comm, sizeof(tsk->comm));
	tsk->oops_frame = &frame;
	fn(arg);
	tsk->oops_frame = frame.prev;
	memcpy(tsk->comm, frame.comm, sizeof(frame.comm));
	return false;
}

/*
 * Release one held lock as its kind says: an rwlock held by us with a
 * writer inside is held by us for writing (a read hold of ours would keep
 * every writer out); a sleeping lock is an rw_semaphore (tinymm's only
 * one), held for writing if @tsk is its owner; everything else is a
 * spinlock. Waking the rwsem's waiters needs no sleep, so interrupts may
 * be off.
 */
static void exit_held_lock(struct task_struct *tsk, struct lockdep_map *map)
{
	struct rw_semaphore *sem;
	rwlock_t *rw;

	if (map->lock_kind == LD_LOCK_RW) {
		rw = container_of(map, rwlock_t, dep_map);
		if (rwlock_is_write_locked(rw))
			write_unlock(rw);
		else
			read_unlock(rw);
		return;
	}
	if (map->wait_type_inner != LD_WAIT_SLEEP) {
		spin_unlock(container_of(map, spinlock_t, dep_map));
		return;
	}
	sem = container_of(map, struct rw_semaphore, dep_map);
	if (READ_ONCE(sem->owner) == tsk)
		up_write(sem);
	else
		up_read(sem);
}

/*
 * Unlock, newest first, the locks @tsk took since it held @depth.
 * Linux does not do this: the oopsing task dies holding its locks, and
 * the "D" taint says the kernel is unsafe from then on. Here a shell
 * command runs in init, which lives on, and the shell is the only user:
 * a lock the dead code kept would stop the next command that needs it
 * for good (a user task's mmap_lock would stop its own exit_mmap). The
 * data those locks guarded may be half-updated: the taint still says so.
 */
static void exit_held_locks(struct task_struct *tsk, unsigned int depth)
{
	while (tsk->lockdep_depth > depth)
		exit_held_lock(tsk, tsk->held_locks[tsk->lockdep_depth - 1].instance);
}

/*
 * After an oops: let go of the locks taken since the frame began (all of
 * them without a frame), then unwind to run_as_task() if there is a
 * frame, where interrupts are as they were when it began (arch_longjmp
 * restores them); otherwise the task dies with the signal, as in Linux.
 * The idle task can't die. Called from the exception handler; does not
 * return.
 */
void make_task_dead(int signr)
{
	struct task_struct *tsk = current;
	struct task_frame *frame = tsk->oops_frame;
	unsigned long flags;

	if (is_idle_task(tsk))
		panic("Attempted to kill the idle task!");
	local_irq_save(flags);	/* no interrupt may want them meanwhile */
	exit_held_locks(tsk, frame ? frame->lockdep_depth : 0);
	if (frame)
		arch_longjmp(&frame->jb, 1);
	local_irq_restore(flags);
	if (tsk->pid == 1)
		panic("Attempted to kill init! exitcode=0x%08x", signr);
	do_exit(signr);
}

void exit_files(struct task_struct *tsk)
{
	struct files_struct *files = tsk->files;
	int fd;

	if (!files)
		return;
	tsk->files = NULL;
	if (!atomic_dec_and_test(&files->count))
		return;		/* a CLONE_FILES sharer still uses it */
	for (fd = 0; fd < NR_OPEN_DEFAULT; fd++)
		if (files->fd_array[fd])
			fput(files->fd_array[fd]);
	kfree(files);
}

/*
 * CLONE_CHILD_CLEARTID: tell a joiner we are gone by clearing the word,
 * unless nobody else uses the mm to read it. Linux: mm_release(), which
 * also wakes a futex waiter on the word; tinymm has no futexes, so the
 * joiner polls. A fault writing it is ignored, as in Linux.
 */
static void mm_release(struct task_struct *tsk, struct mm_struct *mm)
{
	if (!tsk->clear_child_tid)
		return;
	if (atomic_read(&mm->mm_users) > 1)
		put_user(0, tsk->clear_child_tid);
	tsk->clear_child_tid = NULL;
}

/*
 * Give up the address space. The mm stays our active_mm (one mm_count
 * reference, dropped by finish_task_switch) so TTBR0 keeps pointing at a
 * live pgd until the next task's switch_mm. Another thread may still use
 * the mm: mmput() tears it down only for the last user.
 */
static void exit_mm(void)
{
	struct task_struct *tsk = current;
	struct mm_struct *mm = tsk->mm;

	if (!mm)
		return;
	mm_release(tsk, mm);
	mmgrab(mm);
	tsk->mm = NULL;
	mmput(mm);
}

/*
 * Off the thread group and, for a leader, the task list and the parent's
 * children. Linux: __unhash_process() with __exit_signal()'s count.
 * Caller holds tasklist_lock for writing.
 */
static void __unhash_process(struct task_struct *p)
{
	lockdep_assert_held_write(&tasklist_lock);
	spin_lock(&siglock);	/* zap_other_threads() walks the list under it */
	list_del_init(&p->thread_node);
	p->signal->nr_threads--;
	spin_unlock(&siglock);
	if (thread_group_leader(p)) {
		list_del(&p->tasks);
		list_del_init(&p->sibling);
	}
	nr_threads--;
}

/*
 * A zombie leader waits for its group (Linux: delay_group_leader()):
 * wait4 may reap it only when no other thread is left.
 */
static bool delay_group_leader(struct task_struct *p)
{
	return thread_group_leader(p) && !thread_group_empty(p);
}

/*
 * The leader's exit reaches its parent: a wait4 there must look again.
 * Returns true if nobody waits for it, so it reaps itself. Linux:
 * do_notify_parent() (which also sends the exit signal). Caller holds
 * tasklist_lock for writing.
 */
static bool do_notify_parent(struct task_struct *tsk)
{
	wake_up_process(tsk->real_parent);
	return !tsk->exit_signal;
}

/*
 * The last thread of a group whose leader is a zombie already: the
 * parent may now hear of the group. Returns the leader if it must be
 * released (it reaps itself), else NULL. Linux: the zap_leader part of
 * release_task(). Caller holds tasklist_lock for writing.
 */
static struct task_struct *notify_zombie_leader(struct task_struct *p)
{
	struct task_struct *leader = p->group_leader;

	if (leader == p || !thread_group_empty(leader) ||
	    leader->exit_state != EXIT_ZOMBIE)
		return NULL;
	if (!do_notify_parent(leader))
		return NULL;
	leader->exit_state = EXIT_DEAD;
	return leader;
}

/*
 * Free what a reaped zombie still holds. Linux: release_task(). Takes
 * tasklist_lock; process context.
 */
static void release_task(struct task_struct *p)
{
	unsigned long flags;

	write_lock_irqsave(&tasklist_lock, flags);
	__unhash_process(p);
	write_unlock_irqrestore(&tasklist_lock, flags);
	put_task_struct(p);
}

/*
 * A thread of @tsk's group that is not exiting, or NULL. Linux:
 * find_alive_thread(). Caller holds tasklist_lock.
 */
static struct task_struct *find_alive_thread(struct task_struct *tsk)
{
	struct task_struct *t;

	for_each_thread(tsk, t)
		if (!(t->flags & PF_EXITING))
			return t;
	return NULL;
}

/*
 * Hand @tsk's children to a live thread of its group, or to init, who
 * doesn't wait: then they reap themselves, and those that are zombies
 * already go on @dead. Every thread of a child carries the child's
 * parent, so all of them move. Linux: forget_original_parent() with
 * find_new_reaper() and reparent_leader(). Caller holds tasklist_lock
 * for writing.
 */
static void forget_original_parent(struct task_struct *tsk,
				   struct list_head *dead)
{
	struct task_struct *reaper = find_alive_thread(tsk), *p, *n, *t;
	bool to_init = !reaper;

	if (to_init)
		reaper = find_task_by_pid(1);
	list_for_each_entry_safe(p, n, &tsk->children, sibling) {
		for_each_thread(p, t)
			t->real_parent = reaper;
		if (to_init)
			p->exit_signal = 0;
		if (to_init && p->exit_state == EXIT_ZOMBIE &&
		    !delay_group_leader(p))
			list_move_tail(&p->sibling, dead);
		else
			list_move_tail(&p->sibling, &reaper->children);
	}
}

/*
 * Our children go to another thread or to init; tell the parent we're
 * done, unless other threads of ours live on (the last of them will), or
 * reap ourselves if nobody waits: a thread that isn't the leader never
 * has anybody waiting. Linux: exit_notify() with do_notify_parent().
 * Called with interrupts off, which it leaves off. Orphans that are
 * already zombies, and a leader whose last thread we were, are reaped
 * once the lock is dropped, as Linux's exit_notify() releases its dead
 * list.
 */
static void exit_notify(struct task_struct *tsk)
{
	struct task_struct *p, *n, *leader = NULL;
	bool autoreap;
	LIST_HEAD(dead);

	write_lock(&tasklist_lock);
	forget_original_parent(tsk, &dead);
	if (!thread_group_leader(tsk))
		autoreap = true;	/* a thread: nobody waits for it */
	else if (delay_group_leader(tsk))
		autoreap = false;	/* the last thread out tells the parent */
	else
		autoreap = do_notify_parent(tsk);
	if (autoreap) {
		tsk->exit_state = EXIT_DEAD;
		__unhash_process(tsk);
		leader = notify_zombie_leader(tsk);
	} else {
		tsk->exit_state = EXIT_ZOMBIE;
	}
	write_unlock(&tasklist_lock);
	if (autoreap)
		put_task_struct(tsk);	/* the reaper's: our own stays */
	list_for_each_entry_safe(p, n, &dead, sibling)
		release_task(p);
	if (leader)
		release_task(leader);
}

void __noreturn do_exit(long code)
{
	struct task_struct *tsk = current;

	if (is_idle_task(tsk))
		panic("Attempted to kill the idle task!");
	tsk->flags |= PF_EXITING;
	tsk->exit_code = code;
	exit_mm();
	exit_files(tsk);
	local_irq_disable();
	exit_notify(tsk);
	do_task_dead();
}

/*
 * End the whole thread group with @exit_code: the first caller sets the
 * group's code and sends SIGKILL to every other thread; a thread killed
 * that way comes here again and exits with the code already set. Linux:
 * do_group_exit(). Process context; does not return.
 */
void __noreturn do_group_exit(int exit_code)
{
	struct signal_struct *sig = current->signal;
	unsigned long flags;

	spin_lock_irqsave(&siglock, flags);
	if (sig->flags & SIGNAL_GROUP_EXIT) {
		exit_code = sig->group_exit_code;
	} else if (!thread_group_empty(current)) {
		sig->group_exit_code = exit_code;
		sig->flags = SIGNAL_GROUP_EXIT;
		zap_other_threads(current);
	}
	spin_unlock_irqrestore(&siglock, flags);
	do_exit(exit_code);
}

static bool child_matches(struct task_struct *p, pid_t pid)
{
	return pid == -1 || p->pid == pid;
}

/* The status wait4 reports: the group's, once it exited as one. */
static int task_exit_status(struct task_struct *p)
{
	return (p->signal->flags & SIGNAL_GROUP_EXIT) ?
	       p->signal->group_exit_code : p->exit_code;
}

/*
 * Wait for a child to become a zombie, reap it, return its pid and
 * status. pid -1 = any child. Linux: do_wait() with wait_task_zombie();
 * Linux sleeps on the parent's wait_chldexit queue, we sleep and let the
 * exiting child wake us directly. The children are scanned under
 * tasklist_lock for reading; only we reap our children, so a zombie
 * found there is still ours once the lock is dropped. Linux's do_wait()
 * also looks at the children of the caller's other threads; here each
 * thread waits for the children it made.
 */
static struct task_struct *find_zombie(struct task_struct *tsk, pid_t pid,
				       bool *have_child)
{
	struct task_struct *p, *zombie = NULL;

	*have_child = false;
	read_lock(&tasklist_lock);
	list_for_each_entry(p, &tsk->children, sibling) {
		if (!child_matches(p, pid))
			continue;
		*have_child = true;
		if (p->exit_state == EXIT_ZOMBIE && !delay_group_leader(p)) {
			zombie = p;
			break;
		}
	}
	read_unlock(&tasklist_lock);
	return zombie;
}

long kernel_wait4(pid_t pid, int *stat_addr, int options, void *ru)
{
	struct task_struct *tsk = current, *p;
	bool have_child;

	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		p = find_zombie(tsk, pid, &have_child);
		if (p) {
			set_current_state(TASK_RUNNING);
			pid = p->pid;
			if (stat_addr)
				*stat_addr = task_exit_status(p);
			release_task(p);
			return pid;
		}
		if (!have_child || (options & WNOHANG) ||
		    signal_pending(tsk)) {
			set_current_state(TASK_RUNNING);
			if (!have_child)
				return -ECHILD;
			return (options & WNOHANG) ? 0 : -EINTR;
		}
		schedule();
	}
}

/* ---- system calls ---- */

SYSCALL_DEFINE1(exit, int, error_code)
{
	do_exit((error_code & 0xff) << 8);
}

/* exit ends the calling thread; exit_group ends them all. */
SYSCALL_DEFINE1(exit_group, int, error_code)
{
	do_group_exit((error_code & 0xff) << 8);
}

SYSCALL_DEFINE4(wait4, pid_t, upid, int __user *, stat_addr, int, options,
		void __user *, ru)
{
	int status;
	long ret;

	if (upid == 0 || upid < -1)
		return -EINVAL;		/* no process groups */
	ret = kernel_wait4(upid, &status, options, NULL);
	if (ret > 0 && stat_addr && put_user(status, stat_addr))
		return -EFAULT;
	if (ret > 0 && ru && clear_user(ru, 144 /* sizeof(struct rusage) */))
		return -EFAULT;
	return ret;
}
