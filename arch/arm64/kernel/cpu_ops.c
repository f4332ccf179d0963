// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/kernel/cpu_ops.c - pick each CPU's start-up method from its
 * device-tree node's "enable-method". Linux: the same file.
 * Simplified: "psci" is the only method; Linux also knows "spin-table"
 * (the CPU polls a release address), which QEMU virt never uses. Device
 * tree only: Linux reads ACPI's MADT instead when booted with ACPI.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/of_fdt.h>
#include <linux/smp.h>
#include <linux/string.h>
#include <asm/cpu_ops.h>
#include <asm/smp.h>

/* Linux keeps one pointer per CPU in a plain array too. */
static const struct cpu_operations *cpu_ops[NR_CPUS];

static const struct cpu_operations *const dt_supported_cpu_ops[] __initconst = {
	&cpu_psci_ops,
	NULL,
};

static const struct cpu_operations *__init cpu_get_ops(const char *name)
{
	const struct cpu_operations *const *ops = dt_supported_cpu_ops;

	for (; *ops; ops++)
		if (!strcmp(name, (*ops)->name))
			return *ops;
	return NULL;
}

struct cpu_node_match {
	u64 hwid;
	int addr_cells;
	int node;
};

static int __init match_cpu_node(unsigned long node, const char *uname,
				 void *data)
{
	struct cpu_node_match *m = data;
	const char *type = of_get_flat_dt_prop(node, "device_type", NULL);
	const __be32 *reg;
	int len;

	if (!type || strcmp(type, "cpu"))
		return 0;
	reg = of_get_flat_dt_prop(node, "reg", &len);
	if (!reg || len < m->addr_cells * 4 ||
	    of_read_number(reg, m->addr_cells) != m->hwid)
		return 0;
	m->node = node;
	return 1;	/* found: stop the walk */
}

/*
 * The /cpus/cpu@N node whose reg is @cpu's MPIDR, or -1. Linux:
 * of_get_cpu_node() in drivers/of/base.c, over the unflattened tree.
 */
static int __init of_get_cpu_node(int cpu)
{
	struct cpu_node_match m = { cpu_logical_map(cpu), 1, -1 };
	int cpus = of_get_flat_dt_subnode_by_name(of_get_flat_dt_root(),
						  "cpus");
	const __be32 *prop;

	if (cpus < 0)
		return -1;
	prop = of_get_flat_dt_prop(cpus, "#address-cells", NULL);
	if (prop)
		m.addr_cells = fdt32_ld(prop);
	of_scan_flat_dt_subnodes(cpus, match_cpu_node, &m);
	return m.node;
}

static const char *__init cpu_read_enable_method(int cpu)
{
	const char *enable_method;
	int dn = of_get_cpu_node(cpu);

	if (dn < 0) {
		if (!cpu)
			pr_err("Failed to find device node for boot cpu\n");
		return NULL;
	}
	enable_method = of_get_flat_dt_prop(dn, "enable-method", NULL);
	/* The boot CPU may have none (spin-table systems): no warning. */
	if (!enable_method && cpu != 0)
		pr_err("%s: missing enable-method property\n",
		       fdt_get_name(initial_boot_params, dn, NULL));
	return enable_method;
}

/*
 * Read @cpu's enable-method and select its operations. Returns 0, or
 * -ENODEV (no method named) / -EOPNOTSUPP (one we cannot use): the CPU
 * is then left out (smp_cpu_setup() does not make it possible).
 */
int __init init_cpu_ops(int cpu)
{
	const char *enable_method = cpu_read_enable_method(cpu);

	if (!enable_method)
		return -ENODEV;
	cpu_ops[cpu] = cpu_get_ops(enable_method);
	if (!cpu_ops[cpu]) {
		pr_warn("Unsupported enable-method: %s\n", enable_method);
		return -EOPNOTSUPP;
	}
	return 0;
}

const struct cpu_operations *get_cpu_ops(int cpu)
{
	return cpu_ops[cpu];
}
