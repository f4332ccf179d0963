/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/smp.h - how the boot CPU hands a secondary its first task, and
 * what the secondary reports back. Linux: arch/arm64/include/asm/smp.h.
 *
 * A secondary starts in boot/head.S (secondary_entry) with the MMU off.
 * Once it runs at the kernel's virtual addresses it reads
 * secondary_data.task, its idle task, for its stack and `current`.
 * status says how far it got if it never comes online: CPU_MMU_OFF until
 * it reaches C, then CPU_BOOT_SUCCESS; code that gives up with the MMU
 * still off writes __early_cpu_boot_status instead.
 */
#ifndef __ASM_SMP_H
#define __ASM_SMP_H

#include <asm/memory.h>	/* UL() */

#define CPU_MMU_OFF		(-1)
#define CPU_BOOT_SUCCESS	(0)
/* The secondary could not go on and loops in the kernel. */
#define CPU_STUCK_IN_KERNEL	(2)
/* Fatal: the secondary found the system unusable; panic. */
#define CPU_PANIC_KERNEL	(3)

#define CPU_STUCK_REASON_SHIFT	(8)
#define CPU_BOOT_STATUS_MASK	((UL(1) << CPU_STUCK_REASON_SHIFT) - 1)
#define CPU_STUCK_REASON_NO_GRAN	(UL(2) << CPU_STUCK_REASON_SHIFT)

/* offsetof(struct secondary_data, task), for head.S */
#define CPU_BOOT_TASK		0

#ifndef __ASSEMBLY__
#include <linux/types.h>

struct task_struct;

struct secondary_data {
	struct task_struct *task;
	long status;
};

extern struct secondary_data secondary_data;
extern long __early_cpu_boot_status;

/* boot/head.S: where PSCI CPU_ON starts a secondary (physical address) */
void secondary_entry(void);
/* arch/arm64/kernel/smp.c: the secondary's first C code */
void secondary_start_kernel(void);

/* The MPIDR of each logical CPU, as the device tree lists them. */
extern u64 __cpu_logical_map[];
u64 cpu_logical_map(unsigned int cpu);

static inline void set_cpu_logical_map(unsigned int cpu, u64 hwid)
{
	__cpu_logical_map[cpu] = hwid;
}

/* The interrupt controller's SGIs from @ipi_base on are the IPIs. */
void set_smp_ipi_range(int ipi_base, int n);

int __cpu_up(unsigned int cpu, struct task_struct *idle);
void smp_cpus_done(unsigned int max_cpus);
#endif /* __ASSEMBLY__ */

#endif /* __ASM_SMP_H */
