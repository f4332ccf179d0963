/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/numa.h, nodemask - node numbers and which nodes are online.
 * Linux: include/linux/numa.h, nodemask.h. Nodes come from the device
 * tree's numa-node-id properties; without any, everything is node 0.
 */
#ifndef _LINUX_NUMA_H
#define _LINUX_NUMA_H

#include <linux/bitops.h>

#define NODES_SHIFT	2
#define MAX_NUMNODES	(1 << NODES_SHIFT)
#define NUMA_NO_NODE	(-1)

extern unsigned long node_online_map;	/* bit n: node n has memory */

#define node_online(nid)	(!!(node_online_map & (1UL << (nid))))
#define node_set_online(nid)	(node_online_map |= 1UL << (nid))
/* open-coded: -mgeneral-regs-only turns __builtin_popcountl into a libgcc call */
static inline int num_online_nodes(void)
{
	unsigned long m = node_online_map;
	int n = 0;

	for (; m; m &= m - 1)
		n++;
	return n;
}
#define first_online_node	(node_online_map ? (int)__ffs(node_online_map) : 0)
#define for_each_online_node(nid)					\
	for ((nid) = 0; (nid) < MAX_NUMNODES; (nid)++)			\
		if (!node_online(nid))					\
			;						\
		else

static inline int numa_node_id(void)
{
	return 0;	/* one node: every CPU sits on node 0 */
}

#endif
