// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/bitops_test.c - the small helpers mm/ shares through Linux's
 * headers (suite bitops): bit searches (asm-generic/bitops/, linux/bitops.h),
 * base-2 logarithms (linux/log2.h), mult_frac (linux/math.h), error
 * pointers (linux/err.h), dev_t numbers (linux/kdev_t.h) and the node
 * topology (linux/topology.h).
 * Linux counterpart: lib/test_bitops.c and lib/test_bits.c, for the
 * edges: bit 0, bit 63, zero, and the values on either side of a power
 * of two, where an off-by-one in a formula shows.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/log2.h>
#include <linux/math.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/kdev_t.h>
#include <linux/topology.h>
#include <linux/smp.h>
#include <linux/string.h>
#include <kunit/test.h>

static void bitops_ffs_fls(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, __ffs(1UL), 0UL);
	KUNIT_EXPECT_EQ(test, __ffs(0x18UL), 3UL);
	KUNIT_EXPECT_EQ(test, __ffs(1UL << 63), 63UL);
	KUNIT_EXPECT_EQ(test, __fls(1UL), 0UL);
	KUNIT_EXPECT_EQ(test, __fls(0x18UL), 4UL);
	KUNIT_EXPECT_EQ(test, __fls(~0UL), 63UL);

	KUNIT_EXPECT_EQ(test, ffs(0), 0);
	KUNIT_EXPECT_EQ(test, ffs(1), 1);
	KUNIT_EXPECT_EQ(test, ffs(0x18), 4);
	KUNIT_EXPECT_EQ(test, ffs((int)0x80000000U), 32);
	KUNIT_EXPECT_EQ(test, fls(0), 0);
	KUNIT_EXPECT_EQ(test, fls(1), 1);
	KUNIT_EXPECT_EQ(test, fls(0x18), 5);
	KUNIT_EXPECT_EQ(test, fls(0x80000000U), 32);

	KUNIT_EXPECT_EQ(test, fls64(0), 0);
	KUNIT_EXPECT_EQ(test, fls64(1), 1);
	KUNIT_EXPECT_EQ(test, fls64(1ULL << 32), 33);
	KUNIT_EXPECT_EQ(test, fls64(1ULL << 63), 64);
	KUNIT_EXPECT_EQ(test, fls_long(0), 0U);
	KUNIT_EXPECT_EQ(test, fls_long(1UL << 40), 41U);
}

/* ceil(log2()): what ioremap's alignment and kmalloc's index rest on */
static void bitops_count_order(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, get_count_order_long(0), -1);
	KUNIT_EXPECT_EQ(test, get_count_order_long(1), 0);
	KUNIT_EXPECT_EQ(test, get_count_order_long(2), 1);
	KUNIT_EXPECT_EQ(test, get_count_order_long(3), 2);
	KUNIT_EXPECT_EQ(test, get_count_order_long(4096), 12);
	KUNIT_EXPECT_EQ(test, get_count_order_long(4097), 13);
	KUNIT_EXPECT_EQ(test, get_count_order_long(1UL << 63), 63);
}

static void bitops_log2(struct kunit *test)
{
	u32 small = 5;
	u64 big = (1ULL << 40) + 1;

	KUNIT_EXPECT_EQ(test, ilog2(1U), 0);
	KUNIT_EXPECT_EQ(test, ilog2(small), 2);
	KUNIT_EXPECT_EQ(test, ilog2(0x80000000U), 31);
	KUNIT_EXPECT_EQ(test, ilog2(big), 40);
	KUNIT_EXPECT_EQ(test, ilog2(~0ULL), 63);

	KUNIT_EXPECT_EQ(test, roundup_pow_of_two(1), 1UL);
	KUNIT_EXPECT_EQ(test, roundup_pow_of_two(5), 8UL);
	KUNIT_EXPECT_EQ(test, roundup_pow_of_two(8), 8UL);
	KUNIT_EXPECT_EQ(test, roundup_pow_of_two(9), 16UL);
	KUNIT_EXPECT_EQ(test, rounddown_pow_of_two(1), 1UL);
	KUNIT_EXPECT_EQ(test, rounddown_pow_of_two(7), 4UL);
	KUNIT_EXPECT_EQ(test, rounddown_pow_of_two(8), 8UL);
	/* zone_batchsize(): batch = rounddown_pow_of_two(b + b / 2) - 1 */
	KUNIT_EXPECT_EQ(test, rounddown_pow_of_two(63 + 63 / 2) - 1, 63UL);
	KUNIT_EXPECT_EQ(test, rounddown_pow_of_two(~0UL), 1UL << 63);
}

static void bitops_mult_frac(struct kunit *test)
{
	unsigned long big = ULONG_MAX / 2;

	KUNIT_EXPECT_EQ(test, mult_frac(10UL, 3, 4), 7UL);	/* 30 / 4 */
	KUNIT_EXPECT_EQ(test, mult_frac(1000UL, 10, 10000), 1UL);
	/* x * numer would overflow: the split keeps the exact answer */
	KUNIT_EXPECT_EQ(test, mult_frac(big, 3, 4), (3UL << 61) - 1);
	KUNIT_EXPECT_EQ(test, DIV_ROUND_UP(4097, 4096), 2);
	KUNIT_EXPECT_EQ(test, DIV_ROUND_UP(4096, 4096), 1);
}

static void bitops_err_ptr(struct kunit *test)
{
	void *p = ERR_PTR(-ENOMEM);
	int x;

	KUNIT_EXPECT_TRUE(test, IS_ERR(p));
	KUNIT_EXPECT_EQ(test, PTR_ERR(p), (long)-ENOMEM);
	KUNIT_EXPECT_TRUE(test, IS_ERR(ERR_CAST(p)));
	KUNIT_EXPECT_TRUE(test, IS_ERR(ERR_PTR(-MAX_ERRNO)));
	/* one below the error range is an ordinary (if unlikely) pointer */
	KUNIT_EXPECT_FALSE(test, IS_ERR(ERR_PTR(-MAX_ERRNO - 1)));
	KUNIT_EXPECT_FALSE(test, IS_ERR(&x));
	KUNIT_EXPECT_FALSE(test, IS_ERR(NULL));
	KUNIT_EXPECT_TRUE(test, IS_ERR_OR_NULL(NULL));
	KUNIT_EXPECT_TRUE(test, IS_ERR_OR_NULL(p));
	KUNIT_EXPECT_FALSE(test, IS_ERR_OR_NULL(&x));
	KUNIT_EXPECT_TRUE(test, IS_ERR_VALUE((unsigned long)-EINVAL));
}

static void bitops_kdev_t(struct kunit *test)
{
	unsigned int dev = MKDEV(8U, 17U);

	KUNIT_EXPECT_EQ(test, MAJOR(dev), 8U);
	KUNIT_EXPECT_EQ(test, MINOR(dev), 17U);
	KUNIT_EXPECT_EQ(test, MINOR(MKDEV(0U, MINORMASK)), MINORMASK);
	KUNIT_EXPECT_EQ(test, MAJOR(MKDEV(0xfffU, MINORMASK)), 0xfffU);
}

static void bitops_topology(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, node_distance(0, 0), LOCAL_DISTANCE);
	KUNIT_EXPECT_EQ(test, node_distance(0, 1), REMOTE_DISTANCE);
	KUNIT_EXPECT_EQ(test, node_distance(3, 3), 10);
}

/* The CPU masks and nr_cpu_ids, saved so a case can rebuild them. */
struct cpu_state {
	struct cpumask possible, node[MAX_NUMNODES];
	int cpu_node[NR_CPUS];
	unsigned int nr_cpu_ids;
};

static void cpu_state_save(struct cpu_state *s)
{
	s->possible = __cpu_possible_mask;
	memcpy(s->node, node_to_cpumask_map, sizeof(s->node));
	memcpy(s->cpu_node, cpu_to_node_map, sizeof(s->cpu_node));
	s->nr_cpu_ids = nr_cpu_ids;
}

static void cpu_state_restore(const struct cpu_state *s)
{
	__cpu_possible_mask = s->possible;
	memcpy(node_to_cpumask_map, s->node, sizeof(s->node));
	memcpy(cpu_to_node_map, s->cpu_node, sizeof(s->cpu_node));
	nr_cpu_ids = s->nr_cpu_ids;
}

/* set, clear, test, weight and walk at both ends of a mask */
static void bitops_cpumask(struct kunit *test)
{
	unsigned int saved = nr_cpu_ids, seen[NR_CPUS + 1], n = 0;
	struct cpumask m;
	int cpu;

	nr_cpu_ids = NR_CPUS;
	cpumask_clear(&m);
	KUNIT_EXPECT_EQ(test, cpumask_weight(&m), 0U);
	KUNIT_EXPECT_EQ(test, cpumask_first(&m), nr_cpu_ids);
	cpumask_set_cpu(0, &m);
	cpumask_set_cpu(NR_CPUS - 1, &m);
	KUNIT_EXPECT_TRUE(test, cpumask_test_cpu(0, &m));
	KUNIT_EXPECT_FALSE(test, cpumask_test_cpu(1, &m));
	KUNIT_EXPECT_TRUE(test, cpumask_test_cpu(NR_CPUS - 1, &m));
	KUNIT_EXPECT_EQ(test, cpumask_weight(&m), 2U);
	for_each_cpu(cpu, &m)
		if (n <= NR_CPUS)
			seen[n++] = cpu;
	KUNIT_ASSERT_EQ(test, n, 2U);
	KUNIT_EXPECT_EQ(test, seen[0], 0U);
	KUNIT_EXPECT_EQ(test, seen[1], (unsigned int)NR_CPUS - 1);
	cpumask_clear_cpu(0, &m);
	KUNIT_EXPECT_EQ(test, cpumask_first(&m), (unsigned int)NR_CPUS - 1);
	KUNIT_EXPECT_EQ(test, cpumask_weight(&m), 1U);
	/* a CPU at or above nr_cpu_ids is not walked or counted */
	nr_cpu_ids = NR_CPUS - 1;
	KUNIT_EXPECT_EQ(test, cpumask_weight(&m), 0U);
	KUNIT_EXPECT_EQ(test, cpumask_first(&m), nr_cpu_ids);
	nr_cpu_ids = NR_CPUS;
	KUNIT_EXPECT_EQ(test, cpumask_weight(cpumask_of(NR_CPUS - 1)), 1U);
	KUNIT_EXPECT_TRUE(test, cpumask_test_cpu(NR_CPUS - 1,
						 cpumask_of(NR_CPUS - 1)));
	KUNIT_EXPECT_EQ(test, cpumask_first(cpumask_of(0)), 0U);
	nr_cpu_ids = saved;
}

/*
 * nr_cpu_ids is the last possible CPU + 1, gaps included; each CPU's
 * node comes from early_map_cpu_to_node(), an impossible node is 0, and
 * nr_cpus_node() counts the node's mask.
 */
static void bitops_possible_cpus(struct kunit *test)
{
	struct cpu_state saved;
	int nid;

	cpu_state_save(&saved);
	cpumask_clear(&__cpu_possible_mask);
	for (nid = 0; nid < MAX_NUMNODES; nid++)
		cpumask_clear(&node_to_cpumask_map[nid]);
	set_cpu_possible(0, true);
	set_cpu_possible(2, true);
	setup_nr_cpu_ids();
	KUNIT_EXPECT_EQ(test, nr_cpu_ids, 3U);
	KUNIT_EXPECT_EQ(test, num_possible_cpus(), 2U);
	set_cpu_possible(NR_CPUS - 1, true);
	setup_nr_cpu_ids();
	KUNIT_EXPECT_EQ(test, nr_cpu_ids, (unsigned int)NR_CPUS);

	early_map_cpu_to_node(0, 0);
	early_map_cpu_to_node(2, 1);
	early_map_cpu_to_node(NR_CPUS - 1, MAX_NUMNODES);
	KUNIT_EXPECT_EQ(test, cpu_to_node(2), 1);
	KUNIT_EXPECT_EQ(test, cpu_to_node(NR_CPUS - 1), 0);
	KUNIT_EXPECT_EQ(test, nr_cpus_node(0), 2U);
	KUNIT_EXPECT_EQ(test, nr_cpus_node(1), 1U);
	/* moving a CPU takes it off its old node */
	early_map_cpu_to_node(2, 3);
	KUNIT_EXPECT_EQ(test, nr_cpus_node(1), 0U);
	KUNIT_EXPECT_EQ(test, nr_cpus_node(3), 1U);
	cpu_state_restore(&saved);
}

static struct kunit_case bitops_cases[] = {
	KUNIT_CASE(bitops_ffs_fls),
	KUNIT_CASE(bitops_count_order),
	KUNIT_CASE(bitops_log2),
	KUNIT_CASE(bitops_mult_frac),
	KUNIT_CASE(bitops_err_ptr),
	KUNIT_CASE(bitops_kdev_t),
	KUNIT_CASE(bitops_topology),
	KUNIT_CASE(bitops_cpumask),
	KUNIT_CASE(bitops_possible_cpus),
	{}
};

static struct kunit_suite bitops_suite = {
	.name = "bitops",
	.test_cases = bitops_cases,
};
kunit_test_suite(bitops_suite);
