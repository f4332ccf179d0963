// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/base/arch_numa.c - which node each CPU sits on. Linux: the
 * same file (shared by arm64 and riscv), which also reads the memory
 * nodes and the distance map; tinymm's memory nodes come from
 * drivers/of/fdt.c and distances from linux/topology.h.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/numa.h>
#include <linux/topology.h>

int cpu_to_node_map[NR_CPUS];
struct cpumask node_to_cpumask_map[MAX_NUMNODES];

/*
 * Record @cpu's node from its device-tree cpu node (smp_init_cpus()).
 * A missing or impossible node id means node 0, as in Linux. Linux
 * adds the CPU to its node's mask later (numa_add_cpu(), when the CPU is
 * stored); here the mask is filled at once, which gives the same masks
 * before any per-CPU page list is sized.
 */
void __init early_map_cpu_to_node(unsigned int cpu, int nid)
{
	if (nid < 0 || nid >= MAX_NUMNODES)
		nid = 0;
	cpumask_clear_cpu(cpu, &node_to_cpumask_map[cpu_to_node_map[cpu]]);
	cpu_to_node_map[cpu] = nid;
	cpumask_set_cpu(cpu, &node_to_cpumask_map[nid]);
}
