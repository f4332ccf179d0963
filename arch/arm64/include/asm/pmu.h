/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/pmu.h - count retired instructions with the Arm PMU (PMUv3).
 * Linux: arch/arm64/kernel/perf_event.c (as perf's "instructions" event).
 * Event 0x08 INST_RETIRED in event counter 0, counting EL1. Under QEMU with
 * -icount shift=0 the count is exact and repeatable, which is what the
 * benchmarks need; on hardware it would be a real (noisier) count.
 */
#ifndef __ASM_PMU_H
#define __ASM_PMU_H

#include <linux/types.h>
#include <asm/sysreg.h>

#define ARMV8_PMUV3_PERFCTR_INST_RETIRED	0x08
#define ARMV8_PMU_PMCR_E	(1 << 0)	/* enable all counters */
#define ARMV8_PMU_PMCR_P	(1 << 1)	/* reset event counters */

static inline void pmu_inst_counter_start(void)
{
	write_sysreg(ARMV8_PMUV3_PERFCTR_INST_RETIRED, pmevtyper0_el0);
	write_sysreg(1, pmcntenset_el0);		/* counter 0 on */
	write_sysreg(ARMV8_PMU_PMCR_E | ARMV8_PMU_PMCR_P, pmcr_el0);
	isb();
}

static inline u64 pmu_inst_read(void)
{
	u64 v;

	isb();
	v = read_sysreg(pmevcntr0_el0);
	return v;
}

/* Does this CPU have a PMUv3 (ID_AA64DFR0_EL1.PMUVer in 1..0xe)? */
static inline bool pmu_present(void)
{
	u64 ver = (read_sysreg(id_aa64dfr0_el1) >> 8) & 0xf;

	return ver != 0 && ver != 0xf;
}

#endif
