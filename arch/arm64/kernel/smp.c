// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/kernel/smp.c - the CPUs of the machine, as the device tree
 * lists them. Linux: arch/arm64/kernel/smp.c (smp_init_cpus,
 * of_parse_and_init_cpus, smp_prepare_cpus, smp_cpus_done) and
 * kernel/smp.c (smp_init), where the boot CPU then starts the others.
 *
 * Each /cpus/cpu@N node names one CPU by its MPIDR (the "reg" property,
 * the value MPIDR_EL1 reads on that CPU) and says how to start it
 * ("enable-method": "psci" on QEMU virt, where the secondaries sit
 * powered off in the firmware until a PSCI CPU_ON call names their
 * MPIDR and an entry point). The boot CPU is logical CPU 0; the others get
 * logical numbers 1, 2, ... in device-tree order (cpu_logical_map).
 *
 * Simplified: tinymm never calls CPU_ON, so the secondaries stay parked
 * and only CPU 0 runs; boot says so where Linux would report each CPU
 * coming up. Bringing them up needs per-CPU stacks, a secondary entry in
 * head.S, per-CPU GIC and timer setup, IPIs and real locking - left out
 * because one CPU is enough to show everything the memory manager does
 * (its per-CPU data still has one copy per possible CPU, mm/percpu.c).
 * Every CPU found is still possible (cpu_possible_mask, so nr_cpu_ids
 * counts it and per-CPU data is sized for it), with its node from the
 * cpu node's numa-node-id; only the boot CPU is online.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/of_fdt.h>
#include <linux/smp.h>
#include <linux/string.h>
#include <linux/topology.h>
#include <asm/sysreg.h>

#define INVALID_HWID	ULONG_MAX

/* MPIDR of each logical CPU found in the device tree. */
static unsigned long long __cpu_logical_map[NR_CPUS] = {
	[0 ... NR_CPUS - 1] = INVALID_HWID
};
static unsigned int cpu_count = 1;	/* the boot CPU, then the others */
static bool bootcpu_valid;
static char secondary_method[16];	/* the secondaries' enable-method */

#define cpu_logical_map(cpu)	__cpu_logical_map[cpu]

/* Each CPU's own number, read through TPIDR_EL1 (linux/smp.h). */
DEFINE_PER_CPU_READ_MOSTLY(unsigned int, cpu_number);

/*
 * The boot CPU leaves the template for its own unit: from here on every
 * per-CPU access of CPU 0 goes to the copy setup_per_cpu_areas() made.
 */
void __init smp_prepare_boot_cpu(void)
{
	set_my_cpu_offset(per_cpu_offset(smp_processor_id()));
}

/* Linux: of_node_to_nid(); NUMA_NO_NODE if the cpu node names none. */
static int __init of_cpu_node_to_nid(unsigned long node)
{
	const __be32 *prop;
	int len;

	prop = of_get_flat_dt_prop(node, "numa-node-id", &len);
	if (!prop || len != sizeof(*prop))
		return NUMA_NO_NODE;
	return fdt32_ld(prop);
}

static int __init of_parse_cpu(unsigned long node, const char *uname,
			       void *data)
{
	const char *type = of_get_flat_dt_prop(node, "device_type", NULL);
	int addr_cells = *(int *)data, len;
	const __be32 *reg;
	const char *method;
	unsigned long long hwid;

	if (!type || strcmp(type, "cpu"))
		return 0;
	reg = of_get_flat_dt_prop(node, "reg", &len);
	if (!reg || len < addr_cells * 4) {
		pr_err("cpu node %s: missing reg property\n", uname);
		return 0;
	}
	hwid = of_read_number(reg, addr_cells);
	if (hwid & ~MPIDR_HWID_BITMASK) {
		pr_err("cpu node %s: invalid reg property\n", uname);
		return 0;
	}
	if (hwid == cpu_logical_map(0)) {
		if (bootcpu_valid)
			pr_err("cpu node %s: duplicate boot cpu reg property in DT\n",
			       uname);
		bootcpu_valid = true;
		early_map_cpu_to_node(0, of_cpu_node_to_nid(node));
		return 0;
	}
	if (cpu_count < NR_CPUS) {
		cpu_logical_map(cpu_count) = hwid;
		set_cpu_possible(cpu_count, true);
		early_map_cpu_to_node(cpu_count, of_cpu_node_to_nid(node));
		method = of_get_flat_dt_prop(node, "enable-method", NULL);
		if (method && !secondary_method[0])
			strscpy(secondary_method, method,
				sizeof(secondary_method));
	}
	cpu_count++;	/* counted even when clipped, for the warning */
	return 0;
}

/*
 * Called from setup_arch() while the device tree is at hand: the boot
 * CPU is the one whose MPIDR we are running on; number the others.
 */
void __init smp_init_cpus(void)
{
	int cpus = of_get_flat_dt_subnode_by_name(of_get_flat_dt_root(),
						  "cpus");
	const __be32 *prop;
	int addr_cells = 1;

	cpu_logical_map(0) = read_sysreg(mpidr_el1) & MPIDR_HWID_BITMASK;
	early_map_cpu_to_node(0, NUMA_NO_NODE);	/* until its cpu node says */
	if (cpus < 0) {
		pr_err("smp: no /cpus node in the device tree\n");
		return;
	}
	prop = of_get_flat_dt_prop(cpus, "#address-cells", NULL);
	if (prop)
		addr_cells = fdt32_ld(prop);
	of_scan_flat_dt_subnodes(cpus, of_parse_cpu, &addr_cells);
	if (cpu_count > NR_CPUS)
		pr_warn("Number of cores (%u) exceeds configured maximum of %u - clipping\n",
			cpu_count, NR_CPUS);
	if (!bootcpu_valid)
		pr_err("missing boot CPU MPIDR, not enabling secondaries\n");
}

/*
 * Every possible CPU learns its number (in its own copy of cpu_number).
 * Linux also readies each secondary's boot method here; none is used.
 */
void __init smp_prepare_cpus(void)
{
	unsigned int cpu;

	for_each_possible_cpu(cpu)
		per_cpu(cpu_number, cpu) = cpu;
}

static unsigned int nr_found_cpus(void)
{
	return min(cpu_count, (unsigned int)NR_CPUS);
}

/*
 * Linux's smp_init() (kernel/smp.c) brings up every other CPU, each
 * printing "CPUn: Booted secondary processor"; then smp_cpus_done().
 * Here: which CPUs stay where firmware left them, and why.
 */
void __init smp_init(void)
{
	unsigned int n = nr_found_cpus(), cpu;
	char cpus[16], mpidrs[NR_CPUS * 24] = "";
	size_t len = 0;

	pr_info("smp: Bringing up secondary CPUs ...\n");
	if (n > 1) {
		for (cpu = 1; cpu < n; cpu++)
			len += scnprintf(mpidrs + len, sizeof(mpidrs) - len,
					 "%s%#llx", cpu > 1 ? ", " : "",
					 cpu_logical_map(cpu));
		if (n == 2)
			strscpy(cpus, "CPU 1", sizeof(cpus));
		else
			scnprintf(cpus, sizeof(cpus), "CPUs 1-%u", n - 1);
		pr_info("smp: %s (MPIDR %s) %s parked in firmware (enable-method %s): tinymm starts no secondary CPU\n",
			cpus, mpidrs, n == 2 ? "stays" : "stay",
			secondary_method[0] ? secondary_method : "none");
	}
	pr_info("smp: Brought up 1 node, 1 CPU\n");
	pr_info("SMP: Total of 1 processors activated.\n");
}
