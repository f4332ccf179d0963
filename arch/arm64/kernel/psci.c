// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/kernel/psci.c - the "psci" enable-method: a secondary CPU
 * is started by asking firmware (PSCI CPU_ON) to power it up at the
 * physical address of secondary_entry (boot/head.S). Linux: the same
 * file. Simplified: no cpu_disable/cpu_die/cpu_kill (no hot unplug).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/psci.h>
#include <asm/cpu_ops.h>
#include <asm/memory.h>
#include <asm/smp.h>
#include <tinymm/smp_hooks.h>

/* Nothing to read from the cpu node: PSCI needs only the MPIDR. */
static int __init cpu_psci_cpu_init(unsigned int cpu)
{
	return 0;
}

static int __init cpu_psci_cpu_prepare(unsigned int cpu)
{
	if (!psci_ops.cpu_on) {
		pr_err("no cpu_on method, not booting CPU%d\n", cpu);
		return -ENODEV;
	}
	return 0;
}

static int cpu_psci_cpu_boot(unsigned int cpu)
{
	phys_addr_t pa_secondary_entry = __pa_symbol(secondary_entry);
	int err;

	if (tinymm_smp_skip_cpu_on(cpu))
		return 0;	/* as if firmware lost the call */
	err = psci_ops.cpu_on(cpu_logical_map(cpu), pa_secondary_entry);
	if (err)
		pr_err("failed to boot CPU%d (%d)\n", cpu, err);
	return err;
}

const struct cpu_operations cpu_psci_ops = {
	.name		= "psci",
	.cpu_init	= cpu_psci_cpu_init,
	.cpu_prepare	= cpu_psci_cpu_prepare,
	.cpu_boot	= cpu_psci_cpu_boot,
};
