// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/time/timer.c - timer_list: run a function on a chosen CPU once
 * jiffies reaches a value. Each CPU has a timer base (a lock and its
 * pending timers); that CPU's tick runs the due ones (run_local_timers).
 * Linux: kernel/time/timer.c (timer_setup, add_timer_on, mod_timer,
 * del_timer_sync, run_local_timers, __round_jiffies_relative).
 *
 * What it teaches: per-CPU work without IPIs. A CPU reaps its own slab
 * arrays and folds its own vmstat diffs from a timer on its own base, so
 * it touches only its own data, interrupts off, as Linux does.
 *
 * Simplified: the pending timers are one list per base, searched on each
 * tick; Linux keeps a hierarchical wheel (levels of 64 buckets) so that
 * adding and expiring cost O(1) with thousands of timers. No deferrable
 * or NO_HZ bases. The functions run in hard-IRQ context, straight from
 * the tick: tinymm has no softirqs, where Linux runs them
 * (TIMER_SOFTIRQ), and Linux runs slab's reap and vmstat's update as
 * delayed work in process context.
 */
#include <linux/kernel.h>
#include <linux/jiffies.h>
#include <linux/percpu.h>
#include <linux/smp.h>
#include <linux/spinlock.h>
#include <linux/timer.h>
#include <asm/system_misc.h>

struct timer_base {
	spinlock_t lock;
	struct timer_list *running_timer;	/* its function runs now */
	struct list_head pending;
	bool initialized;
};

static DEFINE_PER_CPU(struct timer_base, timer_bases);

/* Linux: init_timers() at boot; here on first use of each base. */
static struct timer_base *get_timer_cpu_base(unsigned int cpu)
{
	struct timer_base *base = per_cpu_ptr(&timer_bases, cpu);

	if (!READ_ONCE(base->initialized)) {
		unsigned long flags;

		local_irq_save(flags);
		if (!base->initialized) {
			spin_lock_init(&base->lock);
			INIT_LIST_HEAD(&base->pending);
			smp_wmb();
			WRITE_ONCE(base->initialized, true);
		}
		local_irq_restore(flags);
	}
	return base;
}

void timer_setup(struct timer_list *timer,
		 void (*func)(struct timer_list *), unsigned int flags)
{
	INIT_LIST_HEAD(&timer->entry);
	timer->function = func;
	timer->expires = 0;
	timer->flags = (flags & ~TIMER_CPUMASK) | raw_smp_processor_id();
}

/*
 * The base @timer is on, locked. A timer moving between bases carries
 * TIMER_MIGRATING until it is on the new one: wait that out, then check
 * that the flags did not change while the lock was taken.
 */
static struct timer_base *lock_timer_base(struct timer_list *timer,
					  unsigned long *flags)
{
	for (;;) {
		u32 tf = READ_ONCE(timer->flags);
		struct timer_base *base;

		if (!(tf & TIMER_MIGRATING)) {
			base = get_timer_cpu_base(tf & TIMER_CPUMASK);
			spin_lock_irqsave(&base->lock, *flags);
			if (READ_ONCE(timer->flags) == tf)
				return base;
			spin_unlock_irqrestore(&base->lock, *flags);
		}
		cpu_relax();
	}
}

/* Pending timers are kept in expiry order; ties keep insertion order. */
static void enqueue_timer(struct timer_base *base, struct timer_list *timer)
{
	struct timer_list *pos;

	list_for_each_entry(pos, &base->pending, entry)
		if (time_before(timer->expires, pos->expires)) {
			list_add_tail(&timer->entry, &pos->entry);
			return;
		}
	list_add_tail(&timer->entry, &base->pending);
}

static int detach_if_pending(struct timer_list *timer)
{
	if (!timer_pending(timer))
		return 0;
	list_del_init(&timer->entry);
	return 1;
}

/*
 * Move @timer (not pending) from @base, locked, to CPU @cpu's base, and
 * return that one locked instead; interrupts stay off throughout.
 */
static struct timer_base *switch_timer_base(struct timer_list *timer,
					    struct timer_base *base,
					    unsigned int cpu)
{
	WRITE_ONCE(timer->flags, timer->flags | TIMER_MIGRATING);
	spin_unlock(&base->lock);
	base = get_timer_cpu_base(cpu);
	spin_lock(&base->lock);
	WRITE_ONCE(timer->flags,
		   (timer->flags & ~(TIMER_MIGRATING | TIMER_CPUMASK)) | cpu);
	return base;
}

void add_timer_on(struct timer_list *timer, int cpu)
{
	struct timer_base *new_base = get_timer_cpu_base(cpu), *base;
	unsigned long flags;

	if (WARN_ON_ONCE(timer_pending(timer)))
		return;
	base = lock_timer_base(timer, &flags);
	if (base != new_base)
		base = switch_timer_base(timer, base, cpu);
	enqueue_timer(base, timer);
	spin_unlock_irqrestore(&base->lock, flags);
}

/*
 * Linux moves a timer to the calling CPU unless its function is running
 * on the old one (the function may re-arm it there); the periodic jobs
 * here call mod_timer() from their own function, on their own CPU.
 */
int mod_timer(struct timer_list *timer, unsigned long expires)
{
	struct timer_base *base, *new_base;
	unsigned long flags;
	int ret;

	base = lock_timer_base(timer, &flags);
	ret = detach_if_pending(timer);
	new_base = get_timer_cpu_base(smp_processor_id());
	if (base != new_base && base->running_timer != timer)
		base = switch_timer_base(timer, base, smp_processor_id());
	timer->expires = expires;
	enqueue_timer(base, timer);
	spin_unlock_irqrestore(&base->lock, flags);
	return ret;
}

int del_timer_sync(struct timer_list *timer)
{
	struct timer_base *base;
	unsigned long flags;
	int ret;

	WARN_ON_ONCE(irqs_disabled());
	for (;;) {
		base = lock_timer_base(timer, &flags);
		ret = detach_if_pending(timer);
		if (base->running_timer != timer) {
			spin_unlock_irqrestore(&base->lock, flags);
			return ret;
		}
		/* its function is running on that CPU and may re-arm it */
		spin_unlock_irqrestore(&base->lock, flags);
		cpu_relax();
	}
}

/*
 * Linux: __run_timers(), from the TIMER_SOFTIRQ. Each due timer leaves
 * the list before its function runs with the lock dropped, so the
 * function may re-arm it; running_timer lets del_timer_sync() wait.
 */
void run_local_timers(void)
{
	struct timer_base *base = get_timer_cpu_base(smp_processor_id());
	unsigned long flags;

	spin_lock_irqsave(&base->lock, flags);
	while (!list_empty(&base->pending)) {
		struct timer_list *timer = list_first_entry(&base->pending,
						struct timer_list, entry);

		if (time_after(timer->expires, jiffies))
			break;
		list_del_init(&timer->entry);
		base->running_timer = timer;
		spin_unlock(&base->lock);
		timer->function(timer);
		spin_lock(&base->lock);
		base->running_timer = NULL;
	}
	spin_unlock_irqrestore(&base->lock, flags);
}

/*
 * Linux's round_jiffies_common(): whole seconds, each CPU 3 jiffies off
 * the others; rounded down if within a quarter second past one, else up,
 * and not at all if rounding would put it in the past.
 */
static unsigned long round_jiffies_common(unsigned long j, int cpu)
{
	unsigned long original = j;
	int rem;

	j += cpu * 3;
	rem = j % HZ;
	if (rem < HZ / 4)
		j = j - rem;
	else
		j = j - rem + HZ;
	j -= cpu * 3;
	return time_after(j, jiffies) ? j : original;
}

unsigned long __round_jiffies_relative(unsigned long j, int cpu)
{
	unsigned long j0 = jiffies;

	return round_jiffies_common(j + j0, cpu) - j0;
}

unsigned long round_jiffies_relative(unsigned long j)
{
	return __round_jiffies_relative(j, raw_smp_processor_id());
}
