// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/smp.c - how many CPUs the kernel may use, bringing the
 * secondaries up at boot, and cross-CPU function calls. Linux: the same
 * file (nr_cpu_ids, the nr_cpus= and maxcpus= limits, smp_init(),
 * smp_call_function_single/_many, on_each_cpu).
 *
 * A cross-CPU call is a call_single_data (csd) queued on the target's
 * call_single_queue, a lock-free list (linux/llist.h): the sender locks
 * the csd (CSD_FLAG_LOCK), pushes it and, if the queue was empty, raises
 * IPI_CALL_FUNC on the target (arch/arm64/kernel/smp.c). The target's
 * interrupt handler takes the whole queue and runs each function with
 * its interrupts off, then unlocks the csd; a sender that waits spins on
 * that flag, interrupts on, so two CPUs calling each other both make
 * progress.
 *
 * Simplified: no CSD lock-wait debugging (CONFIG_CSD_LOCK_WAIT_DEBUG), no
 * cond_func filter, no irq_work or TTWU entries on the queue, no CPU
 * hotplug flush; tinymm is PREEMPT_NONE, so get_cpu()/put_cpu() are not
 * needed to stay on this CPU.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/cpuhotplug.h>
#include <linux/cpumask.h>
#include <linux/errno.h>
#include <linux/numa.h>
#include <linux/panic.h>
#include <linux/percpu.h>
#include <linux/spinlock.h>
#include <linux/smp.h>
#include <asm/barrier.h>
#include <asm/smp.h>
#include <asm/system_misc.h>

/* Until setup_nr_cpu_ids() runs, every CPU the kernel is built for. */
unsigned int nr_cpu_ids = NR_CPUS;

/* maxcpus=: how many CPUs smp_init() brings online, the boot CPU included */
unsigned int setup_max_cpus = NR_CPUS;

/*
 * nr_cpus=: a hard limit on CPU numbers, parsed before the device tree's
 * CPUs are numbered, so CPUs from nr_cpus on are never even possible.
 */
static int __init nrcpus(char *str)
{
	int nr_cpus;

	if (get_option(&str, &nr_cpus) && nr_cpus > 0 &&
	    nr_cpus < nr_cpu_ids)
		nr_cpu_ids = nr_cpus;
	return 0;
}
early_param("nr_cpus", nrcpus);

/*
 * maxcpus=: bring up at most this many CPUs at boot; the others stay
 * present but offline. Linux's maxcpus=0 also disables SMP support
 * altogether (arch_disable_smp_support(), x86's IO-APIC); arm64 has
 * nothing to disable, and smp_prepare_cpus() then marks no secondary
 * present.
 */
static int __init maxcpus(char *str)
{
	int n;

	if (get_option(&str, &n) && n >= 0)
		setup_max_cpus = n;
	return 0;
}
early_param("maxcpus", maxcpus);

/*
 * Called by start_kernel() right after setup_arch(), once the device
 * tree has filled cpu_possible_mask: CPU numbers run 0..nr_cpu_ids-1,
 * so nr_cpu_ids is the highest possible CPU + 1 (a gap in the numbering
 * still counts, which num_possible_cpus() would not).
 */
void __init setup_nr_cpu_ids(void)
{
	unsigned int cpu, last = 0;

	for (cpu = 0; cpu < NR_CPUS; cpu++)
		if (cpumask_test_cpu(cpu, cpu_possible_mask))
			last = cpu;
	nr_cpu_ids = last + 1;
}

/*
 * smp_init - start every present CPU (up to maxcpus=) and say how many
 * run. Called by pid 1 (kernel_init_freeable) after smp_prepare_cpus();
 * sleeps while each CPU comes up. Linux also starts the per-CPU hotplug
 * threads here (cpuhp_threads_init); tinymm's cpu_up() needs none. The
 * CPUs that came online become active last: from then on the scheduler
 * places tasks on them (Linux: sched_cpu_activate() for each, in the
 * same hotplug pass).
 */
void __init smp_init(void)
{
	int num_nodes, num_cpus;
	unsigned int cpu;

	idle_threads_init();
	pr_info("smp: Bringing up secondary CPUs ...\n");
	bringup_nonboot_cpus(setup_max_cpus);
	num_nodes = num_online_nodes();
	num_cpus = num_online_cpus();
	pr_info("smp: Brought up %d node%s, %d CPU%s\n",
		num_nodes, num_nodes > 1 ? "s" : "",
		num_cpus, num_cpus > 1 ? "s" : "");
	smp_cpus_done(setup_max_cpus);
	for_each_online_cpu(cpu)
		set_cpu_active(cpu, true);
}

/* ---- cross-CPU function calls ---- */

/* What smp_call_function_many() sends: one csd per target CPU. */
struct call_function_data {
	call_single_data_t csd[NR_CPUS];	/* Linux: a __percpu pointer */
	struct cpumask cpumask;			/* the targets */
	struct cpumask cpumask_ipi;		/* those whose queue was empty */
};

static DEFINE_PER_CPU(struct call_function_data, cfd_data);
static DEFINE_PER_CPU(call_single_data_t, csd_data);
static DEFINE_PER_CPU(struct llist_head, call_single_queue);

/* Wait until the csd's last call has run (its target unlocked it). */
static void csd_lock_wait(call_single_data_t *csd)
{
	while (smp_load_acquire(&csd->flags) & CSD_FLAG_LOCK)
		cpu_relax();
}

static void csd_lock(call_single_data_t *csd)
{
	csd_lock_wait(csd);
	csd->flags |= CSD_FLAG_LOCK;
	/* the flag before the func and info stores that follow it */
	smp_wmb();
}

static void csd_unlock(call_single_data_t *csd)
{
	/* func and info were read before the sender may reuse the csd */
	smp_store_release(&csd->flags, 0);
}

/* Queue @csd on @cpu; one IPI wakes the target for a whole batch. */
static void __smp_call_single_queue(int cpu, struct llist_node *node)
{
	if (llist_add(node, &per_cpu(call_single_queue, cpu)))
		arch_send_call_function_single_ipi(cpu);
}

static int generic_exec_single(int cpu, call_single_data_t *csd)
{
	if (cpu == (int)smp_processor_id()) {
		smp_call_func_t func = csd->func;
		void *info = csd->info;
		unsigned long flags;

		/* as the target's interrupt would: interrupts off */
		csd_unlock(csd);
		local_irq_save(flags);
		func(info);
		local_irq_restore(flags);
		return 0;
	}
	if ((unsigned int)cpu >= nr_cpu_ids || !cpu_online(cpu)) {
		csd_unlock(csd);
		return -ENXIO;
	}
	__smp_call_single_queue(cpu, &csd->llist);
	return 0;
}

/*
 * Run this CPU's queued calls, oldest first; called by the IPI handler
 * with interrupts off. A synchronous call's csd is unlocked after its
 * function returned (its sender is waiting for exactly that), an
 * asynchronous one's before, so the function may queue the csd again.
 */
void generic_smp_call_function_single_interrupt(void)
{
	struct llist_node *entry, *next;

	entry = llist_del_all(this_cpu_ptr(&call_single_queue));
	entry = llist_reverse_order(entry);
	for (; entry; entry = next) {
		call_single_data_t *csd = container_of(entry,
						       call_single_data_t, llist);
		smp_call_func_t func = csd->func;
		void *info = csd->info;

		next = entry->next;
		if (csd->flags & CSD_TYPE_SYNC) {
			func(info);
			csd_unlock(csd);
		} else {
			csd_unlock(csd);
			func(info);
		}
	}
}

/*
 * Calls from a CPU with interrupts off could deadlock: the target may be
 * spinning, interrupts off, for this CPU. Linux warns the same way
 * (unless an oops is under way, when anything goes).
 */
static void smp_call_check(void)
{
	WARN_ON_ONCE(cpu_online(smp_processor_id()) && irqs_disabled() &&
		     !oops_in_progress && !early_boot_irqs_disabled);
}

int smp_call_function_single(int cpu, smp_call_func_t func, void *info,
			     int wait)
{
	call_single_data_t csd_stack = { .flags = CSD_FLAG_LOCK | CSD_TYPE_SYNC };
	call_single_data_t *csd = &csd_stack;
	int err;

	smp_call_check();
	if (!wait) {
		csd = this_cpu_ptr(&csd_data);
		csd_lock(csd);
	}
	csd->func = func;
	csd->info = info;
	err = generic_exec_single(cpu, csd);
	if (wait)
		csd_lock_wait(csd);
	return err;
}

/*
 * Linux's smp_call_function_many_cond() without the condition: queue on
 * every online CPU of @mask (not this one unless @run_local), one IPI to
 * each whose queue was empty, run locally, then wait if asked.
 */
static void smp_call_function_many_cond(const struct cpumask *mask,
					smp_call_func_t func, void *info,
					bool wait, bool run_local)
{
	struct call_function_data *cfd = this_cpu_ptr(&cfd_data);
	unsigned int this_cpu = smp_processor_id(), cpu;
	unsigned long flags;

	smp_call_check();
	cpumask_clear(&cfd->cpumask);
	cpumask_clear(&cfd->cpumask_ipi);
	for_each_cpu(cpu, mask) {
		call_single_data_t *csd = &cfd->csd[cpu];

		if (cpu == this_cpu || !cpu_online(cpu))
			continue;
		cpumask_set_cpu(cpu, &cfd->cpumask);
		csd_lock(csd);
		if (wait)
			csd->flags |= CSD_TYPE_SYNC;
		csd->func = func;
		csd->info = info;
		if (llist_add(&csd->llist, &per_cpu(call_single_queue, cpu)))
			cpumask_set_cpu(cpu, &cfd->cpumask_ipi);
	}
	if (!cpumask_empty(&cfd->cpumask_ipi))
		arch_send_call_function_ipi_mask(&cfd->cpumask_ipi);
	if (run_local && cpumask_test_cpu(this_cpu, mask)) {
		local_irq_save(flags);
		func(info);
		local_irq_restore(flags);
	}
	if (wait)
		for_each_cpu(cpu, &cfd->cpumask)
			csd_lock_wait(&cfd->csd[cpu]);
}

void smp_call_function_many(const struct cpumask *mask, smp_call_func_t func,
			    void *info, bool wait)
{
	smp_call_function_many_cond(mask, func, info, wait, false);
}

void smp_call_function(smp_call_func_t func, void *info, int wait)
{
	smp_call_function_many(cpu_online_mask, func, info, wait);
}

void on_each_cpu_mask(const struct cpumask *mask, smp_call_func_t func,
		      void *info, bool wait)
{
	smp_call_function_many_cond(mask, func, info, wait, true);
}

void on_each_cpu(smp_call_func_t func, void *info, int wait)
{
	on_each_cpu_mask(cpu_online_mask, func, info, wait);
}

static void do_nothing(void *unused)
{
}

/*
 * Every other CPU takes an interrupt and so finishes whatever it was
 * doing with interrupts off (a fast path that still used an old
 * pointer, say) before this returns. The barrier publishes the caller's
 * stores first.
 */
void kick_all_cpus_sync(void)
{
	smp_mb();
	smp_call_function(do_nothing, NULL, 1);
}
