// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/firmware/psci/psci.c - the Power State Coordination Interface:
 * firmware calls for power off and reset, and for starting a secondary
 * CPU (CPU_ON: "power up the CPU with this MPIDR and let it run from this
 * physical address") and asking whether one runs (AFFINITY_INFO).
 * Linux: drivers/firmware/psci/psci.c. The device tree's /psci node says
 * whether firmware is reached with `hvc` (QEMU without EL2: QEMU itself
 * plays the hypervisor) or `smc` (QEMU with virtualization=on).
 * Simplified: PSCI 0.2 calls only, SMC64 ids where there are two; no
 * CPU_SUSPEND/CPU_OFF (no idle states, no hot unplug), no SMCCC probing.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/of_fdt.h>
#include <linux/psci.h>
#include <asm/system_misc.h>

typedef unsigned long (psci_fn)(unsigned long, unsigned long, unsigned long,
				unsigned long);

static unsigned long __invoke_psci_fn_hvc(unsigned long fn, unsigned long a0,
					  unsigned long a1, unsigned long a2)
{
	register unsigned long x0 asm("x0") = fn;
	register unsigned long x1 asm("x1") = a0;
	register unsigned long x2 asm("x2") = a1;
	register unsigned long x3 asm("x3") = a2;

	asm volatile("hvc #0" : "+r" (x0) : "r" (x1), "r" (x2), "r" (x3)
		     : "memory");
	return x0;
}

static unsigned long __invoke_psci_fn_smc(unsigned long fn, unsigned long a0,
					  unsigned long a1, unsigned long a2)
{
	register unsigned long x0 asm("x0") = fn;
	register unsigned long x1 asm("x1") = a0;
	register unsigned long x2 asm("x2") = a1;
	register unsigned long x3 asm("x3") = a2;

	asm volatile("smc #0" : "+r" (x0) : "r" (x1), "r" (x2), "r" (x3)
		     : "memory");
	return x0;
}

static psci_fn *invoke_psci_fn;
const char *psci_conduit = "none";
struct psci_operations psci_ops;

/* Firmware's answer as a Linux error number. */
static int psci_to_linux_errno(int errno)
{
	switch (errno) {
	case PSCI_RET_SUCCESS:
		return 0;
	case PSCI_RET_NOT_SUPPORTED:
		return -EOPNOTSUPP;
	case PSCI_RET_INVALID_PARAMS:
	case PSCI_RET_INVALID_ADDRESS:
		return -EINVAL;
	case PSCI_RET_DENIED:
		return -EPERM;
	}
	return -EINVAL;
}

static u32 psci_0_2_get_version(void)
{
	return invoke_psci_fn(PSCI_0_2_FN_PSCI_VERSION, 0, 0, 0);
}

/*
 * CPU_ON: the CPU whose MPIDR is @cpuid starts at @entry_point (a
 * physical address), MMU off, at the highest EL firmware lets the
 * kernel have, with x0 = the context id (0: tinymm's secondary_entry
 * needs none). Returns 0 or a Linux error; the CPU runs some time later.
 */
static int psci_0_2_cpu_on(unsigned long cpuid, unsigned long entry_point)
{
	int err = invoke_psci_fn(PSCI_0_2_FN64_CPU_ON, cpuid, entry_point, 0);

	return psci_to_linux_errno(err);
}

/* PSCI_0_2_AFFINITY_LEVEL_{ON,OFF,ON_PENDING}, or a PSCI_RET_ error. */
static int psci_affinity_info(unsigned long target_affinity,
			      unsigned long lowest_affinity_level)
{
	return invoke_psci_fn(PSCI_0_2_FN64_AFFINITY_INFO, target_affinity,
			      lowest_affinity_level, 0);
}

static void __init psci_0_2_set_functions(void)
{
	psci_ops.get_version = psci_0_2_get_version;
	psci_ops.cpu_on = psci_0_2_cpu_on;
	psci_ops.affinity_info = psci_affinity_info;
}

int __init psci_dt_init(void)
{
	static const char *const compat[] = { "arm,psci-1.0", "arm,psci-0.2" };
	const char *method = NULL;
	unsigned long ver;
	unsigned int i;
	int node = -1;

	for (i = 0; i < ARRAY_SIZE(compat) && node < 0; i++)
		node = of_flat_dt_find_compatible(compat[i]);
	if (node >= 0)
		method = of_get_flat_dt_prop(node, "method", NULL);
	if (!method) {
		pr_warn("psci: no PSCI node with a method in the device tree\n");
		return -ENODEV;
	}
	if (!strcmp(method, "hvc")) {
		invoke_psci_fn = __invoke_psci_fn_hvc;
	} else if (!strcmp(method, "smc")) {
		invoke_psci_fn = __invoke_psci_fn_smc;
	} else {
		pr_warn("psci: invalid \"method\" property: %s\n", method);
		return -EINVAL;
	}
	psci_conduit = method;
	pr_info("psci: probing for conduit method from DT.\n");
	psci_0_2_set_functions();
	ver = psci_ops.get_version();
	pr_info("psci: PSCIv%lu.%lu detected in firmware.\n", ver >> 16,
		ver & 0xffff);
	return 0;
}

void machine_power_off(void)
{
	if (invoke_psci_fn)
		invoke_psci_fn(PSCI_0_2_FN_SYSTEM_OFF, 0, 0, 0);
	pr_emerg("Power off failed -- system halted\n");
	local_daif_mask();
	for (;;)
		cpu_do_idle();
}

void machine_restart(char *cmd)
{
	if (invoke_psci_fn)
		invoke_psci_fn(PSCI_0_2_FN_SYSTEM_RESET, 0, 0, 0);
	pr_emerg("Reboot failed -- System halted\n");
	local_daif_mask();
	for (;;)
		cpu_do_idle();
}
