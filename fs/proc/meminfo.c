// SPDX-License-Identifier: GPL-2.0
/*
 * fs/proc/meminfo.c - /proc/meminfo, printed by the shell's meminfo command.
 * Linux v5.19: fs/proc/meminfo.c (meminfo_proc_show, show_val_kb).
 *
 * What it teaches: where "free memory" numbers come from. MemTotal is the
 * managed pages (RAM minus what memblock kept: kernel image, memmap...),
 * MemFree the zones' NR_FREE_PAGES, MemAvailable an estimate of what could
 * be allocated without swapping (si_mem_available in mm/show_mem.c).
 * CommitLimit and Committed_AS are overcommit's (mm/util.c): what mode 2
 * of vm.overcommit_memory lets be promised, and what has been.
 *
 * Every line Linux v5.19 prints on arm64 regardless of configuration is
 * printed, in its order and format ("%-16s%8lu kB"). Placeholders, 0 until
 * tinymm grows the feature: Buffers/Cached/SwapCached and the LRU lines
 * (page cache, reclaim), Swap*, Dirty/Writeback/WritebackTmp (writeback),
 * AnonPages/Mapped/Shmem (user memory), KernelStack (tasks),
 * Percpu (per-CPU data are static arrays here). NFS_Unstable and
 * VmallocChunk are 0 in Linux too. Lines that depend on options tinymm
 * lacks are left out: HighTotal.. (HIGHMEM), Zswap (ZSWAP), ShadowCallStack,
 * HardwareCorrupted (MEMORY_FAILURE), AnonHugePages.. (THP), Cma* (CMA),
 * HugePages_* (HUGETLB).
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/vmstat.h>
#include <linux/slab.h>
#include <linux/seq_file.h>
#include <linux/vmalloc.h>
#include "../../mm/internal.h"

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

int meminfo_show(struct seq_file *m, void *v)
{
	struct sysinfo i;

	si_meminfo(&i);

	show_val_kb(m, "MemTotal:       ", i.totalram);
	show_val_kb(m, "MemFree:        ", i.freeram);
	show_val_kb(m, "MemAvailable:   ", si_mem_available());
	show_val_kb(m, "Buffers:        ", i.bufferram);
	show_val_kb(m, "Cached:         ", 0);
	show_val_kb(m, "SwapCached:     ", 0);
	show_val_kb(m, "Active:         ", 0);
	show_val_kb(m, "Inactive:       ", 0);
	show_val_kb(m, "Active(anon):   ", 0);
	show_val_kb(m, "Inactive(anon): ", 0);
	show_val_kb(m, "Active(file):   ", 0);
	show_val_kb(m, "Inactive(file): ", 0);
	show_val_kb(m, "Unevictable:    ", 0);
	show_val_kb(m, "Mlocked:        ", global_zone_page_state(NR_MLOCK));
	show_val_kb(m, "SwapTotal:      ", 0);
	show_val_kb(m, "SwapFree:       ", 0);
	show_val_kb(m, "Dirty:          ", 0);
	show_val_kb(m, "Writeback:      ", 0);
	show_val_kb(m, "AnonPages:      ", 0);
	show_val_kb(m, "Mapped:         ", 0);
	show_val_kb(m, "Shmem:          ", i.sharedram);
	show_val_kb(m, "KReclaimable:   ", slab_reclaimable_pages());
	show_val_kb(m, "Slab:           ", slab_reclaimable_pages() +
					  slab_unreclaimable_pages());
	show_val_kb(m, "SReclaimable:   ", slab_reclaimable_pages());
	show_val_kb(m, "SUnreclaim:     ", slab_unreclaimable_pages());
	/* Linux keeps this one in kB already, hence no show_val_kb() */
	seq_printf(m, "KernelStack:    %8lu kB\n", 0UL);
	show_val_kb(m, "PageTables:     ", global_node_page_state(NR_PAGETABLE));
	show_val_kb(m, "NFS_Unstable:   ", 0);
	show_val_kb(m, "Bounce:         ", global_zone_page_state(NR_BOUNCE));
	show_val_kb(m, "WritebackTmp:   ", 0);
	show_val_kb(m, "CommitLimit:    ", vm_commit_limit());
	show_val_kb(m, "Committed_AS:   ", vm_memory_committed());
	seq_printf(m, "VmallocTotal:   %8lu kB\n", (unsigned long)VMALLOC_TOTAL >> 10);
	show_val_kb(m, "VmallocUsed:    ", vmalloc_nr_pages());
	show_val_kb(m, "VmallocChunk:   ", 0);
	show_val_kb(m, "Percpu:         ", 0);
	return 0;
}
