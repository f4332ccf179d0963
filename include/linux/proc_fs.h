/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/proc_fs.h - what tinymm has of /proc/<pid>: the text of
 * /proc/<pid>/maps for one mm (fs/proc/task_mmu.c) and a page-table walk
 * of one address of an mm, printed level by level.
 *
 * Linux: include/linux/proc_fs.h declares proc_create() and friends, and
 * the per-task files are seq_files built in fs/proc/base.c. tinymm has no
 * file system for /proc; the shell's maps and pt commands show these, and
 * the GDB helpers lx-maps and translate-vm print the same text.
 */
#ifndef _LINUX_PROC_FS_H
#define _LINUX_PROC_FS_H

#include <linux/types.h>

struct mm_struct;
struct vm_area_struct;
struct seq_file;

/* One line of /proc/<pid>/maps (Linux: show_map_vma). */
void show_map_vma(struct seq_file *m, struct vm_area_struct *vma);
/* Every VMA of the mm_struct v, lowest first: the whole of /proc/<pid>/maps. */
int proc_pid_maps_show(struct seq_file *m, void *v);

/*
 * Walk mm's page tables for addr (mm->pgd: init_mm for a kernel address,
 * a user mm for a user one), printing each level's table, index, entry
 * and decoded bits, then the physical address or where the walk stopped.
 * Returns 0 and sets *pa (if pa) when addr translates, -EFAULT if not.
 * Not in Linux (the nearest is arm64's show_pte(), one line per oops).
 */
int show_pt_walk(struct seq_file *m, struct mm_struct *mm, unsigned long addr,
		 phys_addr_t *pa);

/*
 * The text of /proc/meminfo (fs/proc/meminfo.c). Linux keeps its
 * meminfo_proc_show() static behind proc_create_single(); tinymm's shell
 * and tests call it directly.
 */
int meminfo_show(struct seq_file *m, void *v);

#endif
