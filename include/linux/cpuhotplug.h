/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/cpuhotplug.h - the steps a CPU goes through on its way online,
 * and the callbacks subsystems hang on them. Linux: the same file, with
 * about two hundred states. tinymm has the few its drivers need: the
 * "starting" states run on the new CPU itself, interrupts masked, before
 * it is marked online (notify_cpu_starting()); the callbacks get the CPU
 * number explicitly.
 */
#ifndef __CPUHOTPLUG_H
#define __CPUHOTPLUG_H

enum cpuhp_state {
	CPUHP_OFFLINE = 0,
	CPUHP_BRINGUP_CPU,
	CPUHP_AP_OFFLINE,
	CPUHP_AP_IRQ_GIC_STARTING,
	CPUHP_AP_ARM_ARCH_TIMER_STARTING,
	CPUHP_AP_ONLINE,
	CPUHP_AP_ONLINE_DYN,
	CPUHP_AP_ONLINE_DYN_END = CPUHP_AP_ONLINE_DYN + 4,
	CPUHP_ONLINE,
};

/*
 * Hang @startup on @state. Linux's _nocalls variant: it is not run for
 * CPUs already past @state (the boot CPU set itself up at probe time).
 * Returns 0, or -EBUSY if the state has a callback already. For
 * CPUHP_AP_ONLINE_DYN, a free state of that range is taken and returned
 * (-ENOSPC if none is left); its callbacks run once the CPU is online.
 */
int cpuhp_setup_state_nocalls(enum cpuhp_state state, const char *name,
			      int (*startup)(unsigned int cpu),
			      int (*teardown)(unsigned int cpu));

/* Run on CPU @cpu by secondary_start_kernel(): the starting callbacks. */
void notify_cpu_starting(unsigned int cpu);

/* kernel/cpu.c: start CPU @cpu; 0 once it is online */
int cpu_up(unsigned int cpu);
void bringup_nonboot_cpus(unsigned int setup_max_cpus);

/* kernel/smpboot.c: each CPU's idle task */
void idle_threads_init(void);
struct task_struct *idle_thread_get(unsigned int cpu);

#endif /* __CPUHOTPLUG_H */
