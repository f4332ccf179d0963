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
 * CPUs on a node. Linux counts cpumask_of_node(node); every tinymm CPU
 * sits on numa_node_id()'s node.
 */
static inline unsigned int nr_cpus_node(int node)
{
	return node == numa_node_id() ? nr_cpu_ids : 0;
}

#endif /* _LINUX_TOPOLOGY_H */
