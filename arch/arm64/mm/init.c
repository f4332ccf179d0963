// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/mm/init.c - arm64_memblock_init(): decide where the linear map
 * starts and reserve what is already in use. Linux: arch/arm64/mm/init.c.
 */
#include <linux/kernel.h>
#include <linux/memblock.h>
#include <linux/of_fdt.h>
#include <asm/mmu.h>
#include <asm/pgtable.h>
#include <asm/sections.h>

/* The linear map starts at a 1 GB-aligned physical address (PUD_SIZE). */
#define ARM64_MEMSTART_ALIGN	PUD_SIZE
#define PHYS_MASK_SHIFT		48

void __init arm64_memblock_init(void)
{
	s64 linear_region_size = PAGE_END - PAGE_OFFSET;

	/* Memory the CPU cannot address, then memory the linear map can't. */
	memblock_remove(1ULL << PHYS_MASK_SHIFT, U64_MAX);
	memstart_addr = round_down(memblock_start_of_DRAM(),
				   ARM64_MEMSTART_ALIGN);
	memblock_remove(max_t(u64, memstart_addr + linear_region_size,
			      __pa_symbol(_end)), U64_MAX);
	/* The image itself, bss and boot page tables included. */
	memblock_reserve(__pa_symbol(_text), _end - _text);
	early_init_fdt_scan_reserved_mem();
}
