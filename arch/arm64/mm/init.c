// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/mm/init.c - arm64_memblock_init(): decide where the linear map
 * starts and reserve what is already in use; bootmem_init(): nodes and the
 * zone boundaries (DMA32 below 4 GiB, Normal above) for free_area_init();
 * mem_init_print_info(): the "Memory:" boot line. (Linux's arm64
 * mem_init() is memblock_free_all() plus swiotlb set-up; tinymm has no
 * swiotlb, so mem_init() is in mm/mm_init.c, where host tests reach it.)
 * Linux: arch/arm64/mm/init.c, drivers/base/arch_numa.c (numa_init).
 *
 * Simplified: no ZONE_DMA (see zone_sizes_init()), no CMA, crashkernel, KVM or swiotlb
 * reservations, no sparse_init (FLATMEM, see mm/mm_init.c); numa_init()
 * keeps the device tree's numa-node-id of each memory node and ignores
 * distance-map (every remote node is at distance 20).
 */
#include <linux/kernel.h>
#include <linux/memblock.h>
#include <linux/mm.h>
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

/*
 * Every memory region needs a node. If the device tree named one for every
 * region, keep them; otherwise (none, or only some) all memory is node 0,
 * as Linux's numa_init() falls back to dummy_numa_init().
 */
static void __init arm64_numa_init(void)
{
	struct memblock_region *r;

	for_each_mem_region(r) {
		if (r->nid >= 0 && r->nid < MAX_NUMNODES)
			continue;
		pr_info("NUMA: No NUMA configuration found\n");
		pr_info("NUMA: Faking a node at [mem %#018llx-%#018llx]\n",
			(unsigned long long)memblock_start_of_DRAM(),
			(unsigned long long)memblock_end_of_DRAM() - 1);
		memblock_set_node(0, PHYS_ADDR_MAX, &memblock.memory, 0);
		return;
	}
}

/*
 * Where the zone for devices with @zone_bits of DMA address ends: 4 GiB
 * for DMA32, capped at the end of RAM. If RAM starts above 4 GiB, v5.19
 * lets the zone cover all of RAM (no RAM is 32-bit addressable, so the
 * zone could only be empty otherwise).
 */
static phys_addr_t __init max_zone_phys(unsigned int zone_bits)
{
	phys_addr_t zone_mask = (1ULL << zone_bits) - 1;
	phys_addr_t phys_start = memblock_start_of_DRAM();

	if (phys_start > U32_MAX)
		zone_mask = PHYS_ADDR_MAX;
	else if (phys_start > zone_mask)
		zone_mask = U32_MAX;
	return min(zone_mask, memblock_end_of_DRAM() - 1) + 1;
}

/*
 * Linux v5.19 arm64 defconfig has CONFIG_ZONE_DMA and, on virt (no
 * dma-ranges, so zone_dma_bits = 32), puts the RAM below 4 GiB in ZONE_DMA
 * with DMA32 empty; we model CONFIG_ZONE_DMA=n, where arm64 puts it in
 * ZONE_DMA32, the zone the course teaches beside ZONE_NORMAL.
 * ZONE_MOVABLE's entry stays 0: free_area_init() makes it (movablecore=).
 */
static void __init zone_sizes_init(unsigned long min, unsigned long max)
{
	unsigned long max_zone_pfns[MAX_NR_ZONES] = { 0 };

	max_zone_pfns[ZONE_DMA32] = PFN_DOWN(max_zone_phys(32));
	max_zone_pfns[ZONE_NORMAL] = max;
	free_area_init(max_zone_pfns);
}

/* After paging_init(): all RAM is in the linear map, memmap can go anywhere. */
void __init bootmem_init(void)
{
	unsigned long min, max;

	min = PFN_UP(memblock_start_of_DRAM());
	max = PFN_DOWN(memblock_end_of_DRAM());
	max_pfn = max_low_pfn = max;
	min_low_pfn = min;

	arm64_numa_init();
	zone_sizes_init(min, max);
	memblock_dump_all();
}

static unsigned long get_num_physpages(void)
{
	unsigned long phys_pages = 0;
	int nid;

	for_each_online_node(nid)
		phys_pages += NODE_DATA(nid)->node_present_pages;
	return phys_pages;
}

/*
 * "Memory: free/total available (kernel sections..., reserved)". Linux:
 * mm/page_alloc.c (v5.19), mm/mm_init.c (v6.x); it lives here because it
 * reads the linker's section symbols, which the host build of mm/ lacks.
 * tinymm keeps no separate .init sections (init code stays, see
 * linux/init.h), so "init" is 0K and the image's parts are text, rodata,
 * data and bss.
 */
void __init mem_init_print_info(void)
{
	unsigned long physpages, codesize, datasize, rosize, bss_size;

	physpages = get_num_physpages();
	codesize = _etext - _stext;
	datasize = _edata - _sdata;
	rosize = __end_rodata - __start_rodata;
	bss_size = __bss_stop - __bss_start;

	pr_info("Memory: %luK/%luK available (%luK kernel code, %luK rwdata, %luK rodata, %luK init, %luK bss, %luK reserved, %luK cma-reserved)\n",
		nr_free_pages() << (PAGE_SHIFT - 10),
		physpages << (PAGE_SHIFT - 10),
		codesize >> 10, datasize >> 10, rosize >> 10, 0UL,
		bss_size >> 10,
		(physpages - totalram_pages()) << (PAGE_SHIFT - 10), 0UL);
}
