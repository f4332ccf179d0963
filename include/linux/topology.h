/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/topology.h - how far nodes are from each other and which CPUs
 * sit on them. Linux: the same file, with the generic node_distance()
 * an architecture without a firmware distance table gets.
 */
#ifndef _LINUX_TOPOLOGY_H
#define _LINUX_TOPOLOGY_H

#include <linux/cpumask.h>
#include <linux/numa.h>

#define LOCAL_DISTANCE		10
#define REMOTE_DISTANCE		20

/*
 * Linux's arm64 reads the distance-map from the device tree
 * (__node_distance); we use the generic two-level answer.
 */
#define node_distance(from, to) \
	((from) == (to) ? LOCAL_DISTANCE : REMOTE_DISTANCE)

/* find_next_best_node() prefers nodes without CPUs by this much */
#define PENALTY_FOR_NODE_WITH_CPUS	(1)

/*
 * The node of each CPU and the CPUs of each node, as the device tree's
 * cpu nodes say (numa-node-id; node 0 without one). Linux:
 * drivers/base/arch_numa.c, as here, with cpu_to_node() read from a
 * per-CPU variable.
 */
extern int cpu_to_node_map[NR_CPUS];
extern struct cpumask node_to_cpumask_map[MAX_NUMNODES];
void early_map_cpu_to_node(unsigned int cpu, int nid);

static inline int cpu_to_node(int cpu)
{
	return cpu_to_node_map[cpu];
}

static inline const struct cpumask *cpumask_of_node(int node)
{
	return &node_to_cpumask_map[node];
}

/* CPUs on a node: the weight of its mask (Linux: the same). */
static inline unsigned int nr_cpus_node(int node)
{
	return cpumask_weight(cpumask_of_node(node));
}

#endif /* _LINUX_TOPOLOGY_H */
