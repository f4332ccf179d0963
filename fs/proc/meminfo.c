// SPDX-License-Identifier: GPL-2.0
/*
 * fs/proc/meminfo.c - /proc/meminfo, printed by the shell's meminfo command.
 * Linux v5.19: fs/proc/meminfo.c (meminfo_proc_show, show_val_kb),
 * mm/hugetlb.c (hugetlb_report_meminfo).
 *
 * What it teaches: where "free memory" numbers come from. MemTotal is the
 * managed pages (RAM minus what memblock kept: kernel image, memmap...),
 * MemFree the zones' NR_FREE_PAGES, MemAvailable an estimate of what could
 * be allocated without swapping (si_mem_available in mm/show_mem.c).
 * Most other lines are node counters (linux/vmstat.h): Cached is the page
 * cache (NR_FILE_PAGES) less swap cache and buffers, AnonPages and Mapped
 * count pages mapped by user ptes (rmap), Shmem the shmem files' pages,
 * KernelStack the tasks' stacks, PageTables the user page tables.
 * CommitLimit and Committed_AS are overcommit's (mm/util.c): what mode 2
 * of vm.overcommit_memory lets be promised, and what has been.
 *
 * The lines are those of an arm64 defconfig v5.19 kernel, in its order
 * and formats: with MEMORY_FAILURE, TRANSPARENT_HUGEPAGE, CMA and
 * HUGETLB_PAGE, without HIGHMEM, ZSWAP or SHADOW_CALL_STACK. Placeholders,
 * 0 because tinymm lacks the mechanism: Buffers (no block devices),
 * SwapCached, SwapTotal, SwapFree (no swap), Active/Inactive and their
 * parts, Unevictable (no LRU lists), Dirty, Writeback, WritebackTmp (no
 * writeback), Percpu (per-CPU data are static arrays here),
 * HardwareCorrupted (no memory-failure handling), the THP lines (no huge
 * pages), CmaTotal/CmaFree (no CMA area), HugePages_* and Hugetlb (no
 * hugetlb pool; Hugepagesize is still the PMD size, as Linux prints it).
 * NFS_Unstable and VmallocChunk are 0 in Linux too.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/vmstat.h>
#include <linux/slab.h>
#include <linux/seq_file.h>
#include <linux/vmalloc.h>
#include <linux/sizes.h>
#include <linux/proc_fs.h>
#include <asm/pgtable-hwdef.h>

#ifdef __KERNEL_HOST__
/* The host build has no kernel address space, hence no vmalloc area. */
#define VMALLOC_TOTAL	0UL
#else
#include <asm/memory.h>
#define VMALLOC_TOTAL	(VMALLOC_END - VMALLOC_START)
#endif

/* Label padded to 16, then the page count in kB right-aligned in 8. */
static void show_val_kb(struct seq_file *m, const char *s, unsigned long num)
{
	seq_printf(m, "%s%8lu kB\n", s, num << (PAGE_SHIFT - 10));
}

/* The default huge page size and the empty pool. Linux: hugetlb_report_meminfo(). */
static void hugetlb_report_meminfo(struct seq_file *m)
{
	seq_printf(m,
		   "HugePages_Total:   %5lu\n"
		   "HugePages_Free:    %5lu\n"
		   "HugePages_Rsvd:    %5lu\n"
		   "HugePages_Surp:    %5lu\n"
		   "Hugepagesize:   %8lu kB\n",
		   0UL, 0UL, 0UL, 0UL, PMD_SIZE / SZ_1K);
	seq_printf(m, "Hugetlb:        %8lu kB\n", 0UL);
}

int meminfo_show(struct seq_file *m, void *v)
{
	struct sysinfo i;
	unsigned long pages[NR_LRU_LISTS];
	unsigned long sreclaimable, sunreclaim;
	long cached;
	int lru;

	si_meminfo(&i);
	/* Linux also takes total_swapcache_pages() off; there is no swap */
	cached = global_node_page_state(NR_FILE_PAGES) - i.bufferram;
	if (cached < 0)
		cached = 0;
	for (lru = LRU_BASE; lru < NR_LRU_LISTS; lru++)
		pages[lru] = global_node_page_state(NR_LRU_BASE + lru);
	sreclaimable = global_node_page_state_pages(NR_SLAB_RECLAIMABLE_B);
	sunreclaim = global_node_page_state_pages(NR_SLAB_UNRECLAIMABLE_B);

	show_val_kb(m, "MemTotal:       ", i.totalram);
	show_val_kb(m, "MemFree:        ", i.freeram);
	show_val_kb(m, "MemAvailable:   ", si_mem_available());
	show_val_kb(m, "Buffers:        ", i.bufferram);
	show_val_kb(m, "Cached:         ", cached);
	show_val_kb(m, "SwapCached:     ", 0);
	show_val_kb(m, "Active:         ", pages[LRU_ACTIVE_ANON] +
					   pages[LRU_ACTIVE_FILE]);
	show_val_kb(m, "Inactive:       ", pages[LRU_INACTIVE_ANON] +
					   pages[LRU_INACTIVE_FILE]);
	show_val_kb(m, "Active(anon):   ", pages[LRU_ACTIVE_ANON]);
	show_val_kb(m, "Inactive(anon): ", pages[LRU_INACTIVE_ANON]);
	show_val_kb(m, "Active(file):   ", pages[LRU_ACTIVE_FILE]);
	show_val_kb(m, "Inactive(file): ", pages[LRU_INACTIVE_FILE]);
	show_val_kb(m, "Unevictable:    ", pages[LRU_UNEVICTABLE]);
	show_val_kb(m, "Mlocked:        ", global_zone_page_state(NR_MLOCK));
	show_val_kb(m, "SwapTotal:      ", 0);
	show_val_kb(m, "SwapFree:       ", 0);
	show_val_kb(m, "Dirty:          ", global_node_page_state(NR_FILE_DIRTY));
	show_val_kb(m, "Writeback:      ", global_node_page_state(NR_WRITEBACK));
	show_val_kb(m, "AnonPages:      ", global_node_page_state(NR_ANON_MAPPED));
	show_val_kb(m, "Mapped:         ", global_node_page_state(NR_FILE_MAPPED));
	show_val_kb(m, "Shmem:          ", i.sharedram);
	show_val_kb(m, "KReclaimable:   ", sreclaimable +
		    global_node_page_state(NR_KERNEL_MISC_RECLAIMABLE));
	show_val_kb(m, "Slab:           ", sreclaimable + sunreclaim);
	show_val_kb(m, "SReclaimable:   ", sreclaimable);
	show_val_kb(m, "SUnreclaim:     ", sunreclaim);
	/* Linux keeps this one in kB already, hence no show_val_kb() */
	seq_printf(m, "KernelStack:    %8lu kB\n",
		   global_node_page_state(NR_KERNEL_STACK_KB));
	show_val_kb(m, "PageTables:     ", global_node_page_state(NR_PAGETABLE));
	show_val_kb(m, "NFS_Unstable:   ", 0);
	show_val_kb(m, "Bounce:         ", global_zone_page_state(NR_BOUNCE));
	show_val_kb(m, "WritebackTmp:   ",
		    global_node_page_state(NR_WRITEBACK_TEMP));
	show_val_kb(m, "CommitLimit:    ", vm_commit_limit());
	show_val_kb(m, "Committed_AS:   ", vm_memory_committed());
	seq_printf(m, "VmallocTotal:   %8lu kB\n", (unsigned long)VMALLOC_TOTAL >> 10);
	show_val_kb(m, "VmallocUsed:    ", vmalloc_nr_pages());
	show_val_kb(m, "VmallocChunk:   ", 0);
	show_val_kb(m, "Percpu:         ", 0);
	seq_printf(m, "HardwareCorrupted: %5lu kB\n", 0UL);
	show_val_kb(m, "AnonHugePages:  ", global_node_page_state(NR_ANON_THPS));
	show_val_kb(m, "ShmemHugePages: ", global_node_page_state(NR_SHMEM_THPS));
	show_val_kb(m, "ShmemPmdMapped: ",
		    global_node_page_state(NR_SHMEM_PMDMAPPED));
	show_val_kb(m, "FileHugePages:  ", global_node_page_state(NR_FILE_THPS));
	show_val_kb(m, "FilePmdMapped:  ",
		    global_node_page_state(NR_FILE_PMDMAPPED));
	show_val_kb(m, "CmaTotal:       ", 0);
	show_val_kb(m, "CmaFree:        ", global_zone_page_state(NR_FREE_CMA_PAGES));
	hugetlb_report_meminfo(m);
	return 0;
}
