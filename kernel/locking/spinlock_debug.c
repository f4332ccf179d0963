// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/locking/spinlock_debug.c - CONFIG_DEBUG_SPINLOCK: every lock
 * remembers who holds it (task and CPU) and carries a magic number, so
 * taking a lock twice, releasing one nobody holds, releasing another
 * task's or CPU's lock, or using memory that was never spin_lock_init()ed
 * gives a "BUG: spinlock ..." report naming the lock and its owner.
 * Linux: kernel/locking/spinlock_debug.c. Simplified: no rwlocks and no
 * trylock (tinymm has neither), one lock type (Linux checks raw_spinlock_t).
 */
#include <linux/kernel.h>
#include <linux/debug_locks.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/smp.h>
#include <linux/spinlock.h>

static void spin_dump(spinlock_t *lock, const char *msg)
{
	struct task_struct *owner = READ_ONCE(lock->owner);

	if (owner == SPINLOCK_OWNER_INIT)
		owner = NULL;
	printk(KERN_EMERG "BUG: spinlock %s on CPU#%d, %s/%d\n", msg,
	       smp_processor_id(), current->comm, current->pid);
	printk(KERN_EMERG " lock: %pS, .magic: %08x, .owner: %s/%d, .owner_cpu: %d\n",
	       lock, READ_ONCE(lock->magic), owner ? owner->comm : "<none>",
	       owner ? owner->pid : -1, (int)READ_ONCE(lock->owner_cpu));
	dump_stack();
}

/* One report per boot: the first bug turns lock debugging off. */
static void spin_bug(spinlock_t *lock, const char *msg)
{
	if (!debug_locks_off())
		return;
	spin_dump(lock, msg);
}

#define SPIN_BUG_ON(cond, lock, msg) \
	do { if (unlikely(cond)) spin_bug(lock, msg); } while (0)

void debug_spin_lock_before(spinlock_t *lock)
{
	SPIN_BUG_ON(READ_ONCE(lock->magic) != SPINLOCK_MAGIC, lock, "bad magic");
	SPIN_BUG_ON(READ_ONCE(lock->owner) == current, lock, "recursion");
	SPIN_BUG_ON(READ_ONCE(lock->owner_cpu) == smp_processor_id(), lock,
		    "cpu recursion");
}

static void debug_spin_lock_after(spinlock_t *lock)
{
	WRITE_ONCE(lock->owner_cpu, smp_processor_id());
	WRITE_ONCE(lock->owner, current);
}

static void debug_spin_unlock(spinlock_t *lock)
{
	SPIN_BUG_ON(lock->magic != SPINLOCK_MAGIC, lock, "bad magic");
	SPIN_BUG_ON(!arch_spin_is_locked(&lock->raw_lock), lock,
		    "already unlocked");
	SPIN_BUG_ON(lock->owner != current, lock, "wrong owner");
	SPIN_BUG_ON(lock->owner_cpu != smp_processor_id(), lock, "wrong CPU");
	WRITE_ONCE(lock->owner, SPINLOCK_OWNER_INIT);
	WRITE_ONCE(lock->owner_cpu, -1);
}

void do_raw_spin_lock(spinlock_t *lock)
{
	debug_spin_lock_before(lock);
	arch_spin_lock(&lock->raw_lock);
	debug_spin_lock_after(lock);
}

/* No checks before: a trylock of a held lock is no bug, only a 0. */
int do_raw_spin_trylock(spinlock_t *lock)
{
	int ret = arch_spin_trylock(&lock->raw_lock);

	if (ret)
		debug_spin_lock_after(lock);
	return ret;
}

/*
 * Linux releases the lock even after an "already unlocked" report; a
 * ticket lock's owner would then run ahead of next and every later
 * spin_lock() would wait forever, so we keep an unheld lock as it is.
 */
void do_raw_spin_unlock(spinlock_t *lock)
{
	debug_spin_unlock(lock);
	if (arch_spin_is_locked(&lock->raw_lock))
		arch_spin_unlock(&lock->raw_lock);
}
