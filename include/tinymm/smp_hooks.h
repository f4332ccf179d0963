/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tinymm/smp_hooks.h - tinymm's own hooks into secondary CPU bring-up
 * (tinymm/smp_hooks.c), for its tests; Linux has neither.
 *  - tinymm.smp_fail=<cpu>: the PSCI boot method skips CPU_ON for that
 *    CPU, so the boot CPU waits in vain and must report it and go on;
 *  - what each secondary saw of itself in secondary_start_kernel(), read
 *    back by the smp KUnit suite.
 */
#ifndef _TINYMM_SMP_HOOKS_H
#define _TINYMM_SMP_HOOKS_H

#include <linux/types.h>

/*
 * True if tinymm.smp_fail= names @cpu: don't ask firmware to start it.
 * Says so in the log; tinymm_smp_fail_cpu() just returns the CPU (-1:
 * none).
 */
bool tinymm_smp_skip_cpu_on(unsigned int cpu);
int tinymm_smp_fail_cpu(void);

struct smp_boot_record {
	bool valid;		/* the CPU got as far as recording */
	u64 mpidr;		/* MPIDR_EL1 & MPIDR_HWID_BITMASK */
	u64 current_el;		/* CurrentEL, EL in bits [3:2] */
	unsigned long sp;	/* its stack pointer then */
	struct task_struct *task;	/* `current` (SP_EL0) then */
	unsigned long tpidr;	/* TPIDR_EL1: its per-CPU offset */
	unsigned int cpu_id;	/* smp_processor_id(), read through it */
};

extern struct smp_boot_record smp_boot_records[];

/* Called by CPU @cpu itself, early in secondary_start_kernel(). */
void tinymm_smp_record_boot(unsigned int cpu);

#endif /* _TINYMM_SMP_HOOKS_H */
