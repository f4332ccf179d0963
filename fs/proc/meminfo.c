// SPDX-License-Identifier: GPL-2.0
/*
 * fs/proc/meminfo.c - /proc/meminfo, printed by the shell's meminfo command.
 * Linux v5.19: fs/proc/meminfo.c (meminfo_proc_show, show_val_kb).
 *
 * What it teaches: where "free memory" numbers come from. MemTotal is the
 * managed pages (RAM minus what memblock kept: kernel image, memmap...),
 * MemFree the zones' NR_FREE_PAGES, MemAvailable an estimate of what could
 * be allocated without swapping (si_mem_available in mm/show_mem.c).
 *
 * Every line Linux v5.19 prints on arm64 regardless of configuration is
 * printed, in its order and format ("%-16s%8lu kB"). Placeholders, 0 until
 * tinymm grows the feature: Buffers/Cached/SwapCached and the LRU lines
 * (page cache, reclaim), Swap*, Dirty/Writeback/WritebackTmp (writeback),
 * AnonPages/Mapped/Shmem (user memory), KernelStack (tasks), PageTables (page-table pages are
 * not counted yet), Committed_AS (no user mappings),
 * Percpu (per-CPU data are static arrays here). NFS_Unstable and
 * VmallocChunk are 0 in Linux too. Lines that depend on options tinymm
 * lacks are left out: HighTotal.. (HIGHMEM), Zswap (ZSWAP), ShadowCallStack,
 * HardwareCorrupted (MEMORY_FAILURE), AnonHugePages.. (THP), Cma* (CMA),
 * HugePages_* (HUGETLB).
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/vmstat.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include "../../mm/internal.h"

#ifdef __KERNEL_HOST__
/* The host build has no kernel address space, hence no vmalloc area. */
#define VMALLOC_TOTAL	0UL
#else
#include <asm/memory.h>
#define VMALLOC_TOTAL	(VMALLOC_END - VMALLOC_START)
#endif


/* Linux's default vm.overcommit_ratio: CommitLimit is half of RAM + swap. */
static int sysctl_overcommit_ratio = 50;

/* Linux: mm/util.c vm_commit_limit(), with no hugetlb and no swap. */
static unsigned long vm_commit_limit(void)
{
	return totalram_pages() * sysctl_overcommit_ratio / 100;
}

/* Label padded to 16, then the page count in kB right-aligned in 8. */
static void show_val_kb(const char *s, unsigned long num)
{
	printk("%s%8lu kB\n", s, num << (PAGE_SHIFT - 10));
}

void meminfo_show(void)
{
	struct sysinfo i;

	si_meminfo(&i);

	show_val_kb("MemTotal:       ", i.totalram);
	show_val_kb("MemFree:        ", i.freeram);
	show_val_kb("MemAvailable:   ", si_mem_available());
	show_val_kb("Buffers:        ", i.bufferram);
	show_val_kb("Cached:         ", 0);
	show_val_kb("SwapCached:     ", 0);
	show_val_kb("Active:         ", 0);
	show_val_kb("Inactive:       ", 0);
	show_val_kb("Active(anon):   ", 0);
	show_val_kb("Inactive(anon): ", 0);
	show_val_kb("Active(file):   ", 0);
	show_val_kb("Inactive(file): ", 0);
	show_val_kb("Unevictable:    ", 0);
	show_val_kb("Mlocked:        ", global_zone_page_state(NR_MLOCK));
	show_val_kb("SwapTotal:      ", 0);
	show_val_kb("SwapFree:       ", 0);
	show_val_kb("Dirty:          ", 0);
	show_val_kb("Writeback:      ", 0);
	show_val_kb("AnonPages:      ", 0);
	show_val_kb("Mapped:         ", 0);
	show_val_kb("Shmem:          ", i.sharedram);
	show_val_kb("KReclaimable:   ", slab_reclaimable_pages());
	show_val_kb("Slab:           ", slab_reclaimable_pages() +
					  slab_unreclaimable_pages());
	show_val_kb("SReclaimable:   ", slab_reclaimable_pages());
	show_val_kb("SUnreclaim:     ", slab_unreclaimable_pages());
	/* Linux keeps this one in kB already, hence no show_val_kb() */
	printk("KernelStack:    %8lu kB\n", 0UL);
	show_val_kb("PageTables:     ", 0);
	show_val_kb("NFS_Unstable:   ", 0);
	show_val_kb("Bounce:         ", global_zone_page_state(NR_BOUNCE));
	show_val_kb("WritebackTmp:   ", 0);
	show_val_kb("CommitLimit:    ", vm_commit_limit());
	show_val_kb("Committed_AS:   ", 0);
	printk("VmallocTotal:   %8lu kB\n", (unsigned long)VMALLOC_TOTAL >> 10);
	show_val_kb("VmallocUsed:    ", vmalloc_nr_pages());
	show_val_kb("VmallocChunk:   ", 0);
	show_val_kb("Percpu:         ", 0);
}
