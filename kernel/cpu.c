// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/cpu.c - the possible, present, online and active CPU masks, the
 * boot CPU's place in them, and bringing the other CPUs up. Linux: the
 * same file, whose hotplug state machine walks a CPU through ~200 states
 * each way, with a per-CPU hotplug thread. Simplified: CPUs only ever
 * come up, once, at boot: cpu_up() calls the architecture's __cpu_up()
 * (the BRINGUP_CPU state) and the new CPU runs the "starting" callbacks
 * itself (notify_cpu_starting()); nothing is ever taken down.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/cpumask.h>
#include <linux/cpuhotplug.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/smp.h>
#include <asm/smp.h>

struct cpumask __cpu_possible_mask;
struct cpumask __cpu_online_mask;
struct cpumask __cpu_present_mask;
struct cpumask __cpu_active_mask;

/*
 * cpumask_of()'s answers. Linux derives them from one shared bitmap
 * (cpu_bit_bitmap) to save space at NR_CPUS in the thousands; four
 * masks are simpler to read.
 */
#define CPU_BIT_MASK(cpu)						\
	{ .bits = { [BIT_WORD(cpu)] = BIT_MASK(cpu) } }
const struct cpumask cpu_bit_masks[NR_CPUS] = {
	CPU_BIT_MASK(0), CPU_BIT_MASK(1), CPU_BIT_MASK(2), CPU_BIT_MASK(3),
};
BUILD_BUG_ON(NR_CPUS != 4);

/*
 * Called first thing in start_kernel(): the CPU running this is
 * possible, present, online and active before anything else is known
 * about the machine (smp_init_cpus() adds the device tree's others).
 */
void __init boot_cpu_init(void)
{
	int cpu = smp_processor_id();

	set_cpu_online(cpu, true);
	set_cpu_active(cpu, true);
	set_cpu_present(cpu, true);
	set_cpu_possible(cpu, true);
}

struct cpuhp_step {
	const char *name;
	int (*startup)(unsigned int cpu);
};

static struct cpuhp_step cpuhp_hp_states[CPUHP_ONLINE + 1];

int cpuhp_setup_state_nocalls(enum cpuhp_state state, const char *name,
			      int (*startup)(unsigned int cpu),
			      int (*teardown)(unsigned int cpu))
{
	struct cpuhp_step *sp = &cpuhp_hp_states[state];
	bool dyn = state == CPUHP_AP_ONLINE_DYN;

	if (dyn) {
		while (sp->startup && state < CPUHP_AP_ONLINE_DYN_END)
			sp = &cpuhp_hp_states[++state];
		if (sp->startup)
			return -ENOSPC;
	} else if (sp->startup) {
		return -EBUSY;
	}
	sp->name = name;
	sp->startup = startup;
	return dyn ? state : 0;
}

/* Run the callbacks of states @first..@last for CPU @cpu, in order. */
static void cpuhp_run_states(unsigned int cpu, int first, int last)
{
	int state, ret;

	for (state = first; state <= last; state++) {
		struct cpuhp_step *sp = &cpuhp_hp_states[state];

		if (!sp->startup)
			continue;
		ret = sp->startup(cpu);
		if (ret)
			pr_warn("CPU%u: %s failed: %d\n", cpu, sp->name, ret);
	}
}

/*
 * On the new CPU, interrupts masked: each AP starting state in order
 * (GIC CPU interface, then the timer). Linux warns and rolls back a
 * failed one; here a failure is reported and the CPU goes on.
 */
void notify_cpu_starting(unsigned int cpu)
{
	cpuhp_run_states(cpu, CPUHP_AP_OFFLINE + 1, CPUHP_AP_ONLINE - 1);
}

/*
 * The online states' callbacks for CPU @cpu, now online. Linux runs them
 * on @cpu itself from its hotplug thread; tinymm's callbacks only arm
 * timers and recompute thresholds, so cpu_up()'s caller runs them.
 */
static void cpuhp_online_callbacks(unsigned int cpu)
{
	cpuhp_run_states(cpu, CPUHP_AP_ONLINE_DYN, CPUHP_AP_ONLINE_DYN_END);
}

/* Linux: the CPUHP_BRINGUP_CPU state's callback. */
static int bringup_cpu(unsigned int cpu)
{
	struct task_struct *idle = idle_thread_get(cpu);

	if (IS_ERR(idle))
		return PTR_ERR(idle);
	return __cpu_up(cpu, idle);
}

/*
 * cpu_up - bring CPU @cpu online. Returns 0 if it is online (already or
 * now), -EINVAL if it is not possible or not present, or what the
 * architecture's __cpu_up() reports. Process context; sleeps while the
 * CPU comes up.
 */
int cpu_up(unsigned int cpu)
{
	int ret;

	if (!cpu_possible(cpu)) {
		pr_err("can't online cpu %d because it is not configured as may-hotadd at boot time\n",
		       cpu);
		return -EINVAL;
	}
	if (!cpu_present(cpu))
		return -EINVAL;
	if (cpu_online(cpu))
		return 0;
	ret = bringup_cpu(cpu);
	if (!ret)
		cpuhp_online_callbacks(cpu);
	return ret;
}

/* Every present CPU, until @setup_max_cpus are online (maxcpus=). */
void __init bringup_nonboot_cpus(unsigned int setup_max_cpus)
{
	unsigned int cpu;

	for_each_present_cpu(cpu) {
		if (num_online_cpus() >= setup_max_cpus)
			break;
		if (!cpu_online(cpu))
			cpu_up(cpu);
	}
}
