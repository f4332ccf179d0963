/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/of_fdt.h - the early, flat device-tree API: what the kernel reads
 * from the DTB before it has memory management (memory, reservations,
 * command line, where the console is).
 * Linux: include/linux/of_fdt.h (+ of_read_number() from include/linux/of.h).
 * Implemented in drivers/of/fdt.c on top of lib/fdt.c.
 *
 * "node" is a structure-block offset, as libfdt's; the root is 0. Linux
 * passes it as unsigned long, so we do too.
 */
#ifndef _LINUX_OF_FDT_H
#define _LINUX_OF_FDT_H

#include <linux/types.h>
#include <linux/init.h>		/* COMMAND_LINE_SIZE, boot_command_line */
#include <linux/libfdt.h>

/*
 * Big-endian cell as stored in the blob. C11 allows repeating a typedef
 * with the same type, should linux/types.h grow one.
 */
typedef u32 __be32;

/*
 * Linux assumes 1 and 1 when the root lacks #address-cells/#size-cells
 * (older than the Devicetree Specification's 2 and 1, which libfdt's
 * fdt_address_cells() follows).
 */
#define OF_ROOT_NODE_ADDR_CELLS_DEFAULT	1
#define OF_ROOT_NODE_SIZE_CELLS_DEFAULT	1

/* The blob, as mapped by the architecture (on tinymm: through the fixmap). */
extern void *initial_boot_params;

/* The root's #address-cells / #size-cells: how /memory reg is laid out. */
extern int dt_root_addr_cells;
extern int dt_root_size_cells;

/* Join @size big-endian cells into one number (high cells first). */
static inline u64 of_read_number(const __be32 *cell, int size)
{
	u64 r = 0;

	while (size-- > 0)
		r = (r << 32) | fdt32_ld(cell++);
	return r;
}

u64 dt_mem_next_cell(int s, const __be32 **cellp);

/* ---- generic flat-tree accessors (all read initial_boot_params) ---- */

int of_scan_flat_dt(int (*it)(unsigned long node, const char *uname,
			      int depth, void *data),
		    void *data);
int of_scan_flat_dt_subnodes(unsigned long parent,
			     int (*it)(unsigned long node, const char *uname,
				       void *data),
			     void *data);
int of_get_flat_dt_subnode_by_name(unsigned long node, const char *uname);
unsigned long of_get_flat_dt_root(void);
const void *of_get_flat_dt_prop(unsigned long node, const char *name,
				int *size);
int of_flat_dt_is_compatible(unsigned long node, const char *name);
const char *of_flat_dt_get_machine_name(void);

/* ---- early boot ---- */

bool early_init_dt_verify(void *params);
bool early_init_dt_scan(void *params);
void early_init_dt_scan_nodes(void);
int early_init_dt_scan_root(void);
int early_init_dt_scan_chosen(char *cmdline);
int early_init_dt_scan_memory(void);
void early_init_dt_add_memory_arch(u64 base, u64 size);	/* __weak */
void early_init_fdt_scan_reserved_mem(void);
/*
 * No early_init_fdt_reserve_self(): Linux's does memblock_reserve(__pa(blob)),
 * but the blob is reached through the fixmap, where __pa() is meaningless.
 * As arm64's fixmap_remap_fdt() does, the architecture reserves
 * [dt_phys, dt_phys + fdt_totalsize()) itself.
 */

/* ---- tinymm helpers for the architecture (Linux does these on the
 *      unflattened tree, which tinymm never builds) ---- */

/* First enabled node compatible with @compat, or a negative -FDT_ERR_*. */
int of_flat_dt_find_compatible(const char *compat);
/*
 * The @index'th (base, size) of @node's "reg", decoded with its parent's
 * #address-cells/#size-cells and translated through the parents' "ranges"
 * into a CPU physical address. 0, -ENOENT (no such entry) or -EINVAL.
 */
int early_init_dt_get_reg(unsigned long node, int index, u64 *base, u64 *size);
/* The node /chosen/stdout-path names (":options" ignored), or -FDT_ERR_*. */
int of_flat_dt_get_stdout_path(void);

#endif /* _LINUX_OF_FDT_H */
