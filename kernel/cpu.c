// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/cpu.c - the possible, present, online and active CPU masks and
 * the boot CPU's place in them. Linux: the same file, which also runs the
 * CPU hotplug state machine that moves a CPU between the masks; tinymm
 * never starts or stops a CPU, so the boot CPU is the only one that
 * leaves "possible" for "online" (boot_cpu_init()).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/cpumask.h>
#include <linux/smp.h>

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
