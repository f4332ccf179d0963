/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/cpumask.h - sets of CPUs as bitmaps of NR_CPUS bits. Linux: the
 * same file. Four sets describe the machine (kernel/cpu.c):
 *   possible - may ever run: the device tree's CPUs, fixed at boot;
 *              nr_cpu_ids is the last of them + 1 (kernel/smp.c)
 *   present  - are plugged in now
 *   online   - run and take interrupts
 *   active   - the scheduler may place tasks on them
 * Per-CPU data is sized by the possible CPUs; work that only running
 * CPUs do walks the online ones. Simplified: Linux walks the words with
 * find_next_bit(); with at most NR_CPUS (4) bits we test bit by bit.
 */
#ifndef __LINUX_CPUMASK_H
#define __LINUX_CPUMASK_H

#include <linux/types.h>
#include <linux/bitops.h>
#include <linux/threads.h>

typedef struct cpumask {
	DECLARE_BITMAP(bits, NR_CPUS);
} cpumask_t;
#define cpumask_bits(maskp)	((maskp)->bits)
/* every CPU (Linux: the same, bits up to NR_CPUS) */
#define CPU_MASK_ALL	{ { [0 ... BITS_TO_LONGS(NR_CPUS) - 1] = ~0UL } }

/* CPUs that may ever run (kernel/smp.c's setup_nr_cpu_ids()). */
extern unsigned int nr_cpu_ids;

extern struct cpumask __cpu_possible_mask;
extern struct cpumask __cpu_online_mask;
extern struct cpumask __cpu_present_mask;
extern struct cpumask __cpu_active_mask;
#define cpu_possible_mask	((const struct cpumask *)&__cpu_possible_mask)
#define cpu_online_mask		((const struct cpumask *)&__cpu_online_mask)
#define cpu_present_mask	((const struct cpumask *)&__cpu_present_mask)
#define cpu_active_mask		((const struct cpumask *)&__cpu_active_mask)

static inline void cpumask_set_cpu(unsigned int cpu, struct cpumask *dstp)
{
	set_bit(cpu, cpumask_bits(dstp));
}

static inline void cpumask_clear_cpu(unsigned int cpu, struct cpumask *dstp)
{
	clear_bit(cpu, cpumask_bits(dstp));
}

static inline bool cpumask_test_cpu(unsigned int cpu,
				    const struct cpumask *cpumask)
{
	return test_bit(cpu, cpumask_bits(cpumask));
}

/* Clear @cpu and say whether it was set, in one atomic step. */
static inline bool cpumask_test_and_clear_cpu(int cpu, struct cpumask *cpumask)
{
	return test_and_clear_bit(cpu, cpumask_bits(cpumask));
}

/* Every CPU below nr_cpu_ids: Linux's nr_cpumask_bits, as cpumask_next. */
static inline void cpumask_setall(struct cpumask *dstp)
{
	unsigned int cpu;

	for (cpu = 0; cpu < nr_cpu_ids && cpu < NR_CPUS; cpu++)
		cpumask_set_cpu(cpu, dstp);
}

static inline void cpumask_clear(struct cpumask *dstp)
{
	unsigned int i;

	for (i = 0; i < BITS_TO_LONGS(NR_CPUS); i++)
		cpumask_bits(dstp)[i] = 0;
}

/*
 * The next CPU in @srcp after @n (-1 starts the walk), or nr_cpu_ids if
 * none. Linux stops at nr_cpumask_bits; with a fixed NR_CPUS that is
 * nr_cpu_ids, and no mask holds a CPU at or above it once booted.
 */
static inline unsigned int cpumask_next(int n, const struct cpumask *srcp)
{
	unsigned int cpu;

	for (cpu = n + 1; cpu < NR_CPUS; cpu++)
		if (cpumask_test_cpu(cpu, srcp))
			return cpu < nr_cpu_ids ? cpu : nr_cpu_ids;
	return nr_cpu_ids;
}

#define cpumask_first(srcp)	cpumask_next(-1, (srcp))

#define for_each_cpu(cpu, mask)					\
	for ((cpu) = -1;					\
	     (cpu) = cpumask_next((cpu), (mask)), (cpu) < nr_cpu_ids;)

/* How many CPUs are set in @srcp (below nr_cpu_ids, as in Linux). */
static inline unsigned int cpumask_weight(const struct cpumask *srcp)
{
	unsigned int cpu, n = 0;

	for (cpu = 0; cpu < nr_cpu_ids && cpu < NR_CPUS; cpu++)
		n += cpumask_test_cpu(cpu, srcp);
	return n;
}

/* No CPU (below nr_cpu_ids) set. */
static inline bool cpumask_empty(const struct cpumask *srcp)
{
	return cpumask_first(srcp) >= nr_cpu_ids;
}

/* Bytes a cpumask occupies (what sched_getaffinity copies out). */
static inline unsigned int cpumask_size(void)
{
	return BITS_TO_LONGS(NR_CPUS) * sizeof(long);
}

static inline void cpumask_copy(struct cpumask *dstp,
				const struct cpumask *srcp)
{
	*dstp = *srcp;
}

/* *dstp = *src1p & *src2p; true if the result has any CPU set. */
static inline bool cpumask_and(struct cpumask *dstp,
			       const struct cpumask *src1p,
			       const struct cpumask *src2p)
{
	unsigned int i;

	for (i = 0; i < BITS_TO_LONGS(NR_CPUS); i++)
		cpumask_bits(dstp)[i] = cpumask_bits(src1p)[i] &
					cpumask_bits(src2p)[i];
	return !cpumask_empty(dstp);
}

/* A mask with only @cpu set, read-only (kernel/cpu.c). */
extern const struct cpumask cpu_bit_masks[NR_CPUS];
static inline const struct cpumask *cpumask_of(unsigned int cpu)
{
	return &cpu_bit_masks[cpu];
}

#define for_each_possible_cpu(cpu) for_each_cpu((cpu), cpu_possible_mask)
#define for_each_online_cpu(cpu)   for_each_cpu((cpu), cpu_online_mask)
#define for_each_present_cpu(cpu)  for_each_cpu((cpu), cpu_present_mask)

#define num_possible_cpus()	cpumask_weight(cpu_possible_mask)
#define num_online_cpus()	cpumask_weight(cpu_online_mask)
#define num_present_cpus()	cpumask_weight(cpu_present_mask)
#define cpu_online(cpu)		cpumask_test_cpu((cpu), cpu_online_mask)
#define cpu_possible(cpu)	cpumask_test_cpu((cpu), cpu_possible_mask)
#define cpu_present(cpu)	cpumask_test_cpu((cpu), cpu_present_mask)
#define cpu_active(cpu)		cpumask_test_cpu((cpu), cpu_active_mask)

/* Set or clear @cpu in @mask as @val says (Linux: assign_cpu()). */
static inline void assign_cpu(unsigned int cpu, struct cpumask *mask, bool val)
{
	if (val)
		cpumask_set_cpu(cpu, mask);
	else
		cpumask_clear_cpu(cpu, mask);
}

#define set_cpu_possible(cpu, possible) \
	assign_cpu((cpu), &__cpu_possible_mask, (possible))
#define set_cpu_present(cpu, present) \
	assign_cpu((cpu), &__cpu_present_mask, (present))
#define set_cpu_online(cpu, online) \
	assign_cpu((cpu), &__cpu_online_mask, (online))
#define set_cpu_active(cpu, active) \
	assign_cpu((cpu), &__cpu_active_mask, (active))

#endif /* __LINUX_CPUMASK_H */
