// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/locking/lockdep.c - the held-lock stack's slow paths and its
 * reports. Linux: kernel/locking/lockdep.c (lock_release's search of the
 * stack, print_unlock_imbalance_bug, lockdep_print_held_locks, and
 * check_deadlock/print_deadlock_bug for a sleeping lock taken twice).
 *
 * Simplified: no lock classes and no dependency graph (see
 * linux/lockdep.h); a lock's name and usage live in the lock itself.
 */
#include <linux/kernel.h>
#include <linux/debug_locks.h>
#include <linux/lockdep.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/utsname.h>

/* Linux: get_usage_char(): '+' taken with the context enabled, '-' in
 * it, '?' both, '.' neither. */
static char get_usage_char(struct lockdep_map *lock, unsigned int bit)
{
	u32 mask = lock->usage_mask;
	char c = '.';

	if (mask & (1U << (bit + LOCK_USAGE_DIR_MASK))) {
		c = '+';
		if (mask & (1U << bit))
			c = '?';
	} else if (mask & (1U << bit)) {
		c = '-';
	}
	return c;
}

/*
 * " (name){usage}-{outer:inner}": each context's exclusive then shared
 * usage (Linux: get_usage_chars()), and the wait type, the same on both
 * sides here (Linux's wait_type_outer differs only for a few raw locks).
 */
static void print_lock_name(struct lockdep_map *lock)
{
	pr_cont(" (%s){%c%c%c%c}-{%d:%d}", lock->name ?: "<unnamed>",
		get_usage_char(lock, LOCK_USED_IN_HARDIRQ),
		get_usage_char(lock, LOCK_USED_IN_HARDIRQ | LOCK_USAGE_READ_MASK),
		get_usage_char(lock, LOCK_USED_IN_SOFTIRQ),
		get_usage_char(lock, LOCK_USED_IN_SOFTIRQ | LOCK_USAGE_READ_MASK),
		lock->wait_type_inner, lock->wait_type_inner);
}

static void print_lock(struct held_lock *hlock)
{
	pr_cont("%px", hlock->instance);
	print_lock_name(hlock->instance);
	pr_cont(", at: %pS\n", (void *)hlock->acquire_ip);
}

void lockdep_print_held_locks(struct task_struct *p)
{
	unsigned int i, depth = READ_ONCE(p->lockdep_depth);

	if (!depth)
		printk("no locks held by %s/%d.\n", p->comm, p->pid);
	else
		printk("%u lock%s held by %s/%d:\n", depth,
		       depth > 1 ? "s" : "", p->comm, p->pid);
	/* a running task other than us changes its stack under our feet */
	if (p != current && READ_ONCE(p->__state) == TASK_RUNNING)
		return;
	for (i = 0; i < depth; i++) {
		printk(" #%u: ", i);
		print_lock(p->held_locks + i);
	}
}

/* Linux: print_kernel_ident(): release, version, taint. */
static void print_kernel_ident(void)
{
	printk("%s %.*s %s\n", init_utsname()->release,
	       (int)strcspn(init_utsname()->version, " "),
	       init_utsname()->version, print_tainted());
}

static void print_unlock_imbalance_bug(struct task_struct *curr,
				       struct lockdep_map *lock,
				       unsigned long ip)
{
	if (!debug_locks_off())
		return;
	pr_warn("\n");
	pr_warn("=====================================\n");
	pr_warn("WARNING: bad unlock balance detected!\n");
	print_kernel_ident();
	pr_warn("-------------------------------------\n");
	pr_warn("%s/%d is trying to release lock (%s) at:\n", curr->comm,
		curr->pid, lock->name ?: "<unnamed>");
	printk("[<%px>] %pS\n", (void *)ip, (void *)ip);
	pr_warn("but there are no more locks to release!\n");
	pr_warn("\nother info that might help us debug this:\n");
	lockdep_print_held_locks(curr);
	pr_warn("\nstack backtrace:\n");
	dump_stack();
}

/*
 * Linux: print_deadlock_bug(), for a lock taken twice by one task: @prev
 * is current's hold of @lock, which it now tries to take at @ip.
 */
void print_deadlock_bug(struct task_struct *curr, struct held_lock *prev,
			struct lockdep_map *lock, unsigned long ip)
{
	struct held_lock next = { .acquire_ip = ip, .instance = lock };
	const char *name = lock->name ?: "<unnamed>";

	if (!debug_locks_off())
		return;
	pr_warn("\n");
	pr_warn("============================================\n");
	pr_warn("WARNING: possible recursive locking detected\n");
	print_kernel_ident();
	pr_warn("--------------------------------------------\n");
	pr_warn("%s/%d is trying to acquire lock:\n", curr->comm, curr->pid);
	print_lock(&next);
	pr_warn("\nbut task is already holding lock:\n");
	print_lock(prev);
	pr_warn("\nother info that might help us debug this:\n");
	pr_warn(" Possible unsafe locking scenario:\n\n");
	pr_warn("       CPU0\n");
	pr_warn("       ----\n");
	pr_warn("  lock(%s);\n", name);
	pr_warn("  lock(%s);\n", name);
	pr_warn("\n *** DEADLOCK ***\n\n");
	pr_warn(" May be due to missing lock nesting notation\n\n");
	lockdep_print_held_locks(curr);
	pr_warn("\nstack backtrace:\n");
	dump_stack();
}

bool lock_is_held(const struct lockdep_map *lock)
{
	struct task_struct *curr = current;
	unsigned int i;

	for (i = 0; i < READ_ONCE(curr->lockdep_depth); i++)
		if (curr->held_locks[i].instance == lock)
			return true;
	return false;
}

/*
 * lock_release() for a lock below the top of the stack: close the gap.
 * Called with the lock still held, from any context.
 */
void __lock_release_nested(struct task_struct *curr, struct lockdep_map *lock,
			   unsigned long ip)
{
	unsigned int depth = READ_ONCE(curr->lockdep_depth), i;

	for (i = depth; i-- > 0;) {
		if (curr->held_locks[i].instance != lock)
			continue;
		for (; i + 1 < depth; i++)
			curr->held_locks[i] = curr->held_locks[i + 1];
		barrier();
		WRITE_ONCE(curr->lockdep_depth, curr->lockdep_depth - 1);
		return;
	}
	print_unlock_imbalance_bug(curr, lock, ip);
}
