// SPDX-License-Identifier: GPL-2.0
/*
 * tinymm/smp_hooks.c - tinymm's own test hooks for secondary CPU
 * bring-up (see tinymm/smp_hooks.h). Linux has no equivalent: its
 * bring-up is tested on real machines; here a boot parameter makes one
 * CPU fail on purpose and each CPU's first view of itself is kept.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/smp.h>
#include <linux/threads.h>
#include <asm/sysreg.h>
#include <tinymm/smp_hooks.h>

static int smp_fail_cpu = -1;	/* none */

/* tinymm.smp_fail=<cpu>: tinymm's own fault injection, not Linux's. */
static int __init smp_fail_setup(char *str)
{
	if (!str || kstrtoint(str, 0, &smp_fail_cpu) || smp_fail_cpu < 1) {
		pr_warn("tinymm.smp_fail=%s: expected a secondary CPU number\n",
			str ? str : "");
		smp_fail_cpu = -1;
	}
	return 0;
}
early_param("tinymm.smp_fail", smp_fail_setup);

int tinymm_smp_fail_cpu(void)
{
	return smp_fail_cpu;
}

bool tinymm_smp_skip_cpu_on(unsigned int cpu)
{
	if ((int)cpu != smp_fail_cpu)
		return false;
	pr_info("tinymm.smp_fail=%u: not starting CPU%u (fault injection)\n",
		cpu, cpu);
	return true;
}

struct smp_boot_record smp_boot_records[NR_CPUS];

void tinymm_smp_record_boot(unsigned int cpu)
{
	struct smp_boot_record *r = &smp_boot_records[cpu];
	unsigned long sp;

	asm volatile("mov %0, sp" : "=r" (sp));
	r->mpidr = read_sysreg(mpidr_el1) & MPIDR_HWID_BITMASK;
	r->current_el = read_sysreg(CurrentEL);
	r->sp = sp;
	r->task = current;
	r->tpidr = read_sysreg(tpidr_el1);
	r->cpu_id = smp_processor_id();
	WRITE_ONCE(r->valid, true);
}
