/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/cpu_ops.h - how a CPU is started: one set of operations per
 * enable-method the device tree may name. Linux: the same file.
 * Simplified: only the bring-up half (Linux also has cpu_disable,
 * cpu_die, cpu_kill for hot unplug, which tinymm does not do).
 */
#ifndef __ASM_CPU_OPS_H
#define __ASM_CPU_OPS_H

#include <linux/init.h>

/*
 * @name:	the enable-method string that selects these operations
 * @cpu_init:	read what the method needs from the device tree; 0 if the
 *		CPU can be started this way (smp_init_cpus: it is possible)
 * @cpu_prepare: check the CPU can be booted now (smp_prepare_cpus: it is
 *		present)
 * @cpu_boot:	start it running at secondary_entry; 0 if firmware
 *		accepted, the CPU itself reports in later (__cpu_up)
 */
struct cpu_operations {
	const char *name;
	int (*cpu_init)(unsigned int cpu);
	int (*cpu_prepare)(unsigned int cpu);
	int (*cpu_boot)(unsigned int cpu);
};

int __init init_cpu_ops(int cpu);
extern const struct cpu_operations *get_cpu_ops(int cpu);

static inline void __init init_bootcpu_ops(void)
{
	init_cpu_ops(0);
}

extern const struct cpu_operations cpu_psci_ops;

#endif /* __ASM_CPU_OPS_H */
