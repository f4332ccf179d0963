// SPDX-License-Identifier: GPL-2.0
/*
 * mm/percpu.c - per-CPU areas and the per-CPU allocator.
 * Linux: mm/percpu.c (pcpu_embed_first_chunk, pcpu_alloc, free_percpu) and
 * setup_per_cpu_areas() in drivers/base/arch_numa.c, which arm64 uses.
 *
 * Every possible CPU gets a unit of memory laid out the same way:
 *
 *   unit: | static: a copy of .data..percpu | dynamic: alloc_percpu() |
 *         0                          static_size                unit_size
 *
 * __per_cpu_offset[cpu] = unit(cpu) - __per_cpu_start, so one per-CPU
 * pointer, "template address + offset in the unit", reaches any CPU's
 * copy by adding that CPU's entry (linux/percpu-defs.h). The boot CPU
 * puts its own entry in TPIDR_EL1 (smp_prepare_boot_cpu()).
 *
 * alloc_percpu() hands out the same range of every unit at once: one bit
 * of alloc_map per PCPU_MIN_ALLOC_SIZE bytes of the dynamic area marks it
 * used, and bound_map marks where each allocation starts (and where the
 * next one could), so free_percpu() needs only the pointer.
 *
 * Simplified: only the first chunk, no reserved area (it holds module
 * variables, and tinymm has no modules), so PERCPU_DYNAMIC_RESERVE is
 * larger than Linux's; each unit is allocated on its CPU's node on its own
 * rather than in groups under one base; the first fit is searched bit by
 * bit instead of through pcpu_block_md hints.
 *
 * Call map:
 *   start_kernel() -> setup_per_cpu_areas() -> pcpu_setup_first_chunk()
 *   alloc_percpu(type) -> __alloc_percpu() -> pcpu_alloc()
 *                                            -> pcpu_find_block_fit()
 *   free_percpu() -> pcpu_free_area()
 */
#define pr_fmt(fmt) "percpu: " fmt

#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/memblock.h>
#include <linux/panic.h>
#include <linux/bitops.h>
#include <linux/spinlock.h>
#include <linux/topology.h>
#include <linux/cpumask.h>
#include <linux/log2.h>
#include <linux/percpu.h>

#define PCPU_MAP_BITS	(PERCPU_DYNAMIC_RESERVE / PCPU_MIN_ALLOC_SIZE)

unsigned long __per_cpu_offset[NR_CPUS];

/* Linux's struct pcpu_chunk, the fields the first chunk needs. */
struct pcpu_chunk {
	int start_offset;	/* the dynamic area's offset in each unit */
	int nr_bits;		/* its size in PCPU_MIN_ALLOC_SIZE units */
	int free_bytes;
	DECLARE_BITMAP(alloc_map, PCPU_MAP_BITS);
	DECLARE_BITMAP(bound_map, PCPU_MAP_BITS + 1);
};

static struct pcpu_chunk pcpu_first_chunk;
static size_t pcpu_unit_size;
static DEFINE_SPINLOCK(pcpu_lock);	/* the maps of the chunk */

static void pcpu_setup_first_chunk(size_t static_size, size_t dyn_size)
{
	struct pcpu_chunk *chunk = &pcpu_first_chunk;

	memset(chunk, 0, sizeof(*chunk));
	chunk->start_offset = static_size;
	chunk->nr_bits = dyn_size >> PCPU_MIN_ALLOC_SHIFT;
	chunk->free_bytes = chunk->nr_bits << PCPU_MIN_ALLOC_SHIFT;
	__set_bit(chunk->nr_bits, chunk->bound_map);	/* the end */
	pcpu_unit_size = static_size + dyn_size;
}

/*
 * Give each possible CPU its unit and its copy of the static variables.
 * Runs once at boot, before any allocator but memblock exists and before
 * anything uses a per-CPU variable through its offset.
 */
void __init setup_per_cpu_areas(void)
{
	size_t static_size = __per_cpu_end - __per_cpu_start;
	size_t size_sum, dyn_size;
	unsigned int cpu;

	static_size = ALIGN(static_size, PCPU_MIN_ALLOC_SIZE);
	size_sum = PFN_ALIGN(static_size + PERCPU_DYNAMIC_RESERVE);
	dyn_size = min_t(size_t, size_sum - static_size,
			 PCPU_MAP_BITS * PCPU_MIN_ALLOC_SIZE);

	for_each_possible_cpu(cpu) {
		void *unit = memblock_alloc_node(size_sum, PAGE_SIZE,
						 cpu_to_node(cpu));

		if (!unit)
			panic("Failed to initialize percpu areas (err=%d).",
			      -ENOMEM);
		memcpy(unit, __per_cpu_start, __per_cpu_end - __per_cpu_start);
		__per_cpu_offset[cpu] = (unsigned long)unit -
					(unsigned long)__per_cpu_start;
	}
	pcpu_setup_first_chunk(static_size, dyn_size);
	pr_info("Embedded %zu pages/cpu s%zu r%d d%zu u%zu\n",
		PFN_DOWN(size_sum), static_size, 0, dyn_size, size_sum);
}

/*
 * The first run of @bits free map bits whose start is @align_bits
 * aligned within the unit, or -1.
 */
static int pcpu_find_block_fit(struct pcpu_chunk *chunk, int bits,
			       int align_bits)
{
	int start = 0;

	while (start + bits <= chunk->nr_bits) {
		int off = chunk->start_offset >> PCPU_MIN_ALLOC_SHIFT;
		int used;

		start = ALIGN(start + off, align_bits) - off;
		if (start + bits > chunk->nr_bits)
			break;
		used = find_next_bit(chunk->alloc_map, start + bits, start);
		if (used == start + bits)
			return start;
		start = find_next_zero_bit(chunk->alloc_map, chunk->nr_bits,
					   used);
	}
	return -1;
}

/*
 * Mark @bits map bits from @start used (and bound the area) or free. As
 * Linux, a free leaves the bound bits: only alloc_map says what is in use,
 * and the next allocation over the range clears the stale bounds inside.
 */
static void pcpu_set_area(struct pcpu_chunk *chunk, int start, int bits,
			  bool used)
{
	int i;

	for (i = start; i < start + bits; i++) {
		if (used)
			__set_bit(i, chunk->alloc_map);
		else
			__clear_bit(i, chunk->alloc_map);
		if (used && i > start)
			__clear_bit(i, chunk->bound_map);
	}
	if (used) {
		__set_bit(start, chunk->bound_map);
		__set_bit(start + bits, chunk->bound_map);
	}
	chunk->free_bytes += (used ? -1 : 1) * (bits << PCPU_MIN_ALLOC_SHIFT);
}

/* The per-CPU pointer of byte @off of every unit. */
static void __percpu *pcpu_off_to_ptr(int off)
{
	return (void __percpu *)(__per_cpu_start + off);
}

/*
 * @size bytes, @align aligned, in every possible CPU's unit, zeroed.
 * Returns a per-CPU pointer (per_cpu_ptr() turns it into CPU n's copy),
 * or NULL with Linux's warning. Takes pcpu_lock with interrupts off, so
 * it may be called from any context; it never sleeps.
 */
static void __percpu *pcpu_alloc(size_t size, size_t align, bool atomic)
{
	struct pcpu_chunk *chunk = &pcpu_first_chunk;
	int bits, align_bits, start, off;
	unsigned long flags;
	unsigned int cpu;
	const char *err;

	if (!size || size > PERCPU_DYNAMIC_RESERVE || align > PAGE_SIZE ||
	    !is_power_of_2(align)) {
		WARN(true, "illegal size (%zu) or align (%zu) for percpu allocation\n",
		     size, align);
		return NULL;
	}
	bits = ALIGN(size, PCPU_MIN_ALLOC_SIZE) >> PCPU_MIN_ALLOC_SHIFT;
	align_bits = max_t(size_t, align, PCPU_MIN_ALLOC_SIZE) >>
		     PCPU_MIN_ALLOC_SHIFT;

	spin_lock_irqsave(&pcpu_lock, flags);
	start = chunk->nr_bits ? pcpu_find_block_fit(chunk, bits, align_bits) : -1;
	if (start >= 0)
		pcpu_set_area(chunk, start, bits, true);
	spin_unlock_irqrestore(&pcpu_lock, flags);
	if (start < 0) {
		/* Linux would make a new chunk unless the caller is atomic */
		err = atomic ? "atomic alloc failed, no space left" :
			       "failed to allocate new chunk";
		pr_warn("allocation failed, size=%zu align=%zu atomic=%d, %s\n",
			size, align, atomic, err);
		return NULL;
	}

	off = chunk->start_offset + (start << PCPU_MIN_ALLOC_SHIFT);
	for_each_possible_cpu(cpu)
		memset(per_cpu_ptr(pcpu_off_to_ptr(off), cpu), 0, size);
	return pcpu_off_to_ptr(off);
}

void __percpu *__alloc_percpu(size_t size, size_t align)
{
	return pcpu_alloc(size, align, false);
}

/*
 * Give back an area from alloc_percpu(); NULL is ignored. A pointer that
 * does not start an allocation is reported and changes nothing.
 */
void free_percpu(void __percpu *ptr)
{
	struct pcpu_chunk *chunk = &pcpu_first_chunk;
	unsigned long flags;
	long off;
	int start, end;

	if (!ptr)
		return;
	off = (char *)ptr - __per_cpu_start - chunk->start_offset;
	spin_lock_irqsave(&pcpu_lock, flags);
	start = off >> PCPU_MIN_ALLOC_SHIFT;
	if (off < 0 || off % PCPU_MIN_ALLOC_SIZE || start >= chunk->nr_bits ||
	    !test_bit(start, chunk->bound_map) ||
	    !test_bit(start, chunk->alloc_map)) {
		spin_unlock_irqrestore(&pcpu_lock, flags);
		WARN(true, "percpu: free_percpu(%p): not an allocated area\n",
		     ptr);
		return;
	}
	end = find_next_bit(chunk->bound_map, chunk->nr_bits + 1, start + 1);
	pcpu_set_area(chunk, start, end - start, false);
	spin_unlock_irqrestore(&pcpu_lock, flags);
}

/* Is @addr inside some possible CPU's unit? (Linux: the same name.) */
bool is_kernel_percpu_address(unsigned long addr)
{
	unsigned int cpu;

	for_each_possible_cpu(cpu) {
		unsigned long base = (unsigned long)__per_cpu_start +
				     per_cpu_offset(cpu);

		if (addr >= base && addr < base + pcpu_unit_size)
			return true;
	}
	return false;
}

size_t pcpu_nr_used_bytes(void)
{
	struct pcpu_chunk *chunk = &pcpu_first_chunk;

	return ((size_t)chunk->nr_bits << PCPU_MIN_ALLOC_SHIFT) -
	       chunk->free_bytes;
}
