// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/of/fdt.c - the early device-tree scan: where RAM is, what is
 * reserved, the command line and the console, read straight from the DTB.
 *
 * What it teaches: nothing about RAM size is compiled into the kernel. The
 * boot loader (here QEMU) passes a DTB; setup_arch() maps it, then
 *   early_init_dt_scan_nodes()          root cells, /chosen, /memory nodes
 *                                       -> memblock_add()
 *   early_init_fdt_scan_reserved_mem()  /reserved-memory and /memreserve/
 *                                       -> memblock_reserve()/mark_nomap()
 * and from then on memblock is the picture of physical memory.
 *
 * Linux counterpart: drivers/of/fdt.c (v6.x shape: early_init_dt_scan_*()
 * walk the tree themselves instead of being of_scan_flat_dt() callbacks),
 * the reserved-memory part of drivers/of/of_reserved_mem.c, and the
 * memory-node half of drivers/of/of_numa.c.
 *
 * Simplified:
 *  - No unflattened tree (unflatten_device_tree()): everything here reads
 *    the blob, so the tinymm helpers at the end (find a compatible node,
 *    decode its reg, resolve stdout-path) do on the flat tree what Linux
 *    does later on struct device_node.
 *  - numa-node-id is applied right after the memory is added, by
 *    memblock_set_node() on the raw reg range. Linux does the same call
 *    later, from of_numa_init() -> numa_add_memblk() over the unflattened
 *    tree; the result in memblock.memory is the same.
 *  - /reserved-memory children without "reg" (dynamically placed "size"
 *    regions, CMA pools) are reported and skipped: Linux allocates them in
 *    fdt_init_reserved_mem() for drivers tinymm does not have. No
 *    reserved_mem[] table, initrd, elfcorehdr, rng-seed, CONFIG_CMDLINE,
 *    linux,usable-memory-range or CRC of the blob.
 *  - Compatible strings compare exactly (Linux: case-insensitively).
 *  - Strings from the blob (status, device_type, bootargs...) are compared
 *    and copied within their property length; Linux trusts the NUL.
 */
#define pr_fmt(fmt)	"OF: fdt: " fmt

#include <linux/of_fdt.h>
#include <linux/libfdt.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/sizes.h>
#include <linux/memblock.h>
#include <asm/memory.h>
#include <asm/page.h>

void *initial_boot_params __ro_after_init;
int dt_root_addr_cells __initdata;
int dt_root_size_cells __initdata;

/* ---- strings from the blob, never read past their property ---- */

/* Is property @name of @node the string @str? */
static bool __init of_fdt_prop_streq(const void *blob, unsigned long node,
				     const char *name, const char *str)
{
	size_t len = strlen(str);
	const char *p;
	int plen;

	p = fdt_getprop(blob, node, name, &plen);
	return p && plen > (int)len && p[len] == '\0' && !memcmp(p, str, len);
}

/* @p if it is a NUL-terminated string of at most @len bytes, else NULL. */
static const char *__init of_fdt_prop_string(const char *p, int len)
{
	if (!p || len <= 0 || !memchr(p, '\0', len))
		return NULL;
	return p;
}

/* No "status", or "okay"/"ok": Linux's of_fdt_device_is_available(). */
static bool __init of_fdt_device_is_available(const void *blob,
					      unsigned long node)
{
	if (!fdt_getprop(blob, node, "status", NULL))
		return true;
	return of_fdt_prop_streq(blob, node, "status", "okay") ||
	       of_fdt_prop_streq(blob, node, "status", "ok");
}

/* ---- generic accessors ---- */

/*
 * Call @it for every node, depth first, until it returns non-zero (which is
 * returned). Depth 0 is the root.
 */
int __init of_scan_flat_dt(int (*it)(unsigned long node, const char *uname,
				     int depth, void *data),
			   void *data)
{
	const void *blob = initial_boot_params;
	int offset, rc = 0, depth = -1;

	if (!blob)
		return 0;

	for (offset = fdt_next_node(blob, -1, &depth);
	     offset >= 0 && depth >= 0 && !rc;
	     offset = fdt_next_node(blob, offset, &depth))
		rc = it(offset, fdt_get_name(blob, offset, NULL), depth, data);
	return rc;
}

/* Call @it for each direct child of @parent until one returns non-zero. */
int __init of_scan_flat_dt_subnodes(unsigned long parent,
				    int (*it)(unsigned long node,
					      const char *uname, void *data),
				    void *data)
{
	const void *blob = initial_boot_params;
	int node, rc;

	if (!blob)
		return 0;
	fdt_for_each_subnode(node, blob, parent) {
		rc = it(node, fdt_get_name(blob, node, NULL), data);
		if (rc)
			return rc;
	}
	return 0;
}

int __init of_get_flat_dt_subnode_by_name(unsigned long node, const char *uname)
{
	return fdt_subnode_offset(initial_boot_params, node, uname);
}

unsigned long __init of_get_flat_dt_root(void)
{
	return 0;
}

const void *__init of_get_flat_dt_prop(unsigned long node, const char *name,
				       int *size)
{
	return fdt_getprop(initial_boot_params, node, name, size);
}

/*
 * 0 if @node is not compatible with @compat, else the position of @compat
 * in its "compatible" list, from 1: a lower score is a more specific match.
 */
int __init of_flat_dt_is_compatible(unsigned long node, const char *compat)
{
	const char *cp, *nul;
	int cplen, score = 0;
	size_t len = strlen(compat);

	cp = fdt_getprop(initial_boot_params, node, "compatible", &cplen);
	if (!cp)
		return 0;
	while (cplen > 0) {
		nul = memchr(cp, '\0', cplen);
		if (!nul)
			return 0;
		score++;
		if ((size_t)(nul - cp) == len && !memcmp(cp, compat, len))
			return score;
		cplen -= nul - cp + 1;
		cp = nul + 1;
	}
	return 0;
}

/* The root's "model", else its first "compatible": "Hardware name:". */
const char *__init of_flat_dt_get_machine_name(void)
{
	unsigned long dt_root = of_get_flat_dt_root();
	const char *name;
	int len;

	if (!initial_boot_params)
		return NULL;
	name = of_get_flat_dt_prop(dt_root, "model", &len);
	name = of_fdt_prop_string(name, len);
	if (!name) {
		name = of_get_flat_dt_prop(dt_root, "compatible", &len);
		name = of_fdt_prop_string(name, len);
	}
	return name;
}

u64 __init dt_mem_next_cell(int s, const __be32 **cellp)
{
	const __be32 *p = *cellp;

	*cellp = p + s;
	return of_read_number(p, s);
}

/* ---- the early scan ---- */

/* Accept @params as the DTB if its header is sane. */
bool __init early_init_dt_verify(void *params)
{
	if (!params)
		return false;
	if (fdt_check_header(params))
		return false;
	initial_boot_params = params;
	return true;
}

/* #size-cells/#address-cells of the root, or Linux's defaults. */
static int __init of_fdt_root_cells(int node, const char *name, int def)
{
	const __be32 *prop;
	int len;
	u32 val;

	prop = of_get_flat_dt_prop(node, name, &len);
	if (!prop)
		return def;
	val = fdt32_ld(prop);
	if (len != sizeof(*prop) || val > FDT_MAX_NCELLS) {
		pr_warn("bad %s in the root node, assuming %d\n", name, def);
		return def;
	}
	return val;
}

int __init early_init_dt_scan_root(void)
{
	const void *fdt = initial_boot_params;
	int node;

	if (!fdt)
		return -ENODEV;
	node = fdt_path_offset(fdt, "/");
	if (node < 0)
		return -ENODEV;

	dt_root_size_cells = of_fdt_root_cells(node, "#size-cells",
					       OF_ROOT_NODE_SIZE_CELLS_DEFAULT);
	pr_debug("dt_root_size_cells = %x\n", dt_root_size_cells);
	dt_root_addr_cells = of_fdt_root_cells(node, "#address-cells",
					       OF_ROOT_NODE_ADDR_CELLS_DEFAULT);
	/* Zero address cells would make every reg entry the same address. */
	if (!dt_root_addr_cells) {
		pr_warn("bad #address-cells in the root node, assuming %d\n",
			OF_ROOT_NODE_ADDR_CELLS_DEFAULT);
		dt_root_addr_cells = OF_ROOT_NODE_ADDR_CELLS_DEFAULT;
	}
	pr_debug("dt_root_addr_cells = %x\n", dt_root_addr_cells);
	return 0;
}

/*
 * Copy /chosen/bootargs into @cmdline (COMMAND_LINE_SIZE bytes). -ENOENT
 * if there is no /chosen at all.
 */
int __init early_init_dt_scan_chosen(char *cmdline)
{
	const void *fdt = initial_boot_params;
	const char *p;
	int node, l;
	size_t n;

	if (!fdt)
		return -ENOENT;
	node = fdt_path_offset(fdt, "/chosen");
	if (node < 0)
		node = fdt_path_offset(fdt, "/chosen@0");
	if (node < 0)
		return -ENOENT;

	/* Linux: strscpy(cmdline, p, min(l, COMMAND_LINE_SIZE)). */
	p = of_get_flat_dt_prop(node, "bootargs", &l);
	if (p && l > 0) {
		n = strnlen(p, min(l, COMMAND_LINE_SIZE) - 1);
		memcpy(cmdline, p, n);
		cmdline[n] = '\0';
	}

	p = of_get_flat_dt_prop(node, "stdout-path", &l);
	if (of_fdt_prop_string(p, l))
		pr_debug("stdout-path: %s\n", p);

	pr_debug("Command line is: %s\n", cmdline);
	return 0;
}

/*
 * Register RAM [base, base + size) with memblock, trimmed to whole pages
 * and to what memblock may describe. Weak, as in Linux, for an architecture
 * that wants to clip differently. The bounds are arm64's
 * MIN/MAX_MEMBLOCK_ADDR (asm/memory.h); Linux also has a generic default,
 * __pa(PAGE_OFFSET), which we skip because tinymm has only arm64.
 */
void __init __weak early_init_dt_add_memory_arch(u64 base, u64 size)
{
	const u64 phys_offset = MIN_MEMBLOCK_ADDR;

	if (size < PAGE_SIZE - (base & ~PAGE_MASK)) {
		pr_warn("Ignoring memory block 0x%llx - 0x%llx\n",
			(unsigned long long)base,
			(unsigned long long)(base + size));
		return;
	}

	if (!IS_ALIGNED(base, PAGE_SIZE)) {
		size -= PAGE_SIZE - (base & ~PAGE_MASK);
		base = ALIGN(base, PAGE_SIZE);
	}
	size &= PAGE_MASK;

	if (base > MAX_MEMBLOCK_ADDR) {
		pr_warn("Ignoring memory block 0x%llx - 0x%llx\n",
			(unsigned long long)base,
			(unsigned long long)(base + size));
		return;
	}

	if (base + size - 1 > MAX_MEMBLOCK_ADDR) {
		pr_warn("Ignoring memory range 0x%llx - 0x%llx\n",
			(unsigned long long)MAX_MEMBLOCK_ADDR + 1,
			(unsigned long long)(base + size));
		size = MAX_MEMBLOCK_ADDR - base + 1;
	}

	if (base + size < phys_offset) {
		pr_warn("Ignoring memory block 0x%llx - 0x%llx\n",
			(unsigned long long)base,
			(unsigned long long)(base + size));
		return;
	}
	if (base < phys_offset) {
		pr_warn("Ignoring memory range 0x%llx - 0x%llx\n",
			(unsigned long long)base,
			(unsigned long long)phys_offset);
		size -= phys_offset - base;
		base = phys_offset;
	}
	memblock_add(base, size);
}

/* numa-node-id of a memory node; NUMA_NO_NODE if absent or unusable. */
static int __init of_fdt_numa_node_id(unsigned long node)
{
	const __be32 *prop;
	int len;
	u32 nid;

	prop = of_get_flat_dt_prop(node, "numa-node-id", &len);
	if (!prop)
		return NUMA_NO_NODE;
	nid = len == sizeof(*prop) ? fdt32_ld(prop) : MAX_NUMNODES;
	if (nid >= MAX_NUMNODES) {
		/* of_numa_parse_memory_nodes() says so and gives up NUMA. */
		pr_warn("Node id %u exceeds maximum value\n", nid);
		return NUMA_NO_NODE;
	}
	return nid;
}

/*
 * Every enabled child of the root with device_type = "memory": each
 * (address, size) pair of its reg (or linux,usable-memory), in the root's
 * cells, goes to early_init_dt_add_memory_arch(). Returns 1 if any memory
 * was found.
 */
int __init early_init_dt_scan_memory(void)
{
	const void *fdt = initial_boot_params;
	int node, found_memory = 0;
	int cells = dt_root_addr_cells + dt_root_size_cells;

	if (!fdt || cells <= 0)
		return 0;

	fdt_for_each_subnode(node, fdt, 0) {
		const __be32 *reg, *endp;
		bool hotpluggable;
		int l, nid;

		if (!of_fdt_prop_streq(fdt, node, "device_type", "memory"))
			continue;
		if (!of_fdt_device_is_available(fdt, node))
			continue;

		reg = of_get_flat_dt_prop(node, "linux,usable-memory", &l);
		if (!reg)
			reg = of_get_flat_dt_prop(node, "reg", &l);
		if (!reg)
			continue;

		endp = reg + (l / sizeof(__be32));
		hotpluggable = of_get_flat_dt_prop(node, "hotpluggable", NULL);
		nid = of_fdt_numa_node_id(node);

		pr_debug("memory scan node %s, reg size %d,\n",
			 fdt_get_name(fdt, node, NULL), l);

		while (endp - reg >= cells) {
			u64 base, size;

			base = dt_mem_next_cell(dt_root_addr_cells, &reg);
			size = dt_mem_next_cell(dt_root_size_cells, &reg);

			if (size == 0)
				continue;
			pr_debug(" - %llx, %llx\n", (unsigned long long)base,
				 (unsigned long long)size);

			early_init_dt_add_memory_arch(base, size);
			found_memory = 1;

			/* Linux: of_numa_init() -> numa_add_memblk(). */
			if (nid != NUMA_NO_NODE &&
			    memblock_set_node(base, size, &memblock.memory, nid))
				pr_err("memblock [0x%llx - 0x%llx] failed to add on node %d\n",
				       (unsigned long long)base,
				       (unsigned long long)(base + size - 1), nid);

			if (hotpluggable && memblock_mark_hotplug(base, size))
				pr_warn("failed to mark hotplug range 0x%llx - 0x%llx\n",
					(unsigned long long)base,
					(unsigned long long)(base + size));
		}
	}
	return found_memory;
}

/* Root cells, /chosen (into boot_command_line), then every memory node. */
void __init early_init_dt_scan_nodes(void)
{
	early_init_dt_scan_root();

	if (early_init_dt_scan_chosen(boot_command_line))
		pr_warn("No chosen node found, continuing without\n");

	early_init_dt_scan_memory();
}

bool __init early_init_dt_scan(void *params)
{
	if (!early_init_dt_verify(params))
		return false;
	early_init_dt_scan_nodes();
	return true;
}

/* ---- reserved memory ---- */

/*
 * no-map: the range stays in memblock.memory, flagged MEMBLOCK_NOMAP, so it
 * is neither allocated nor put in the linear map (firmware that must not
 * see speculative accesses). Refused if part of it is already reserved.
 */
static int __init early_init_dt_reserve_memory(phys_addr_t base,
					       phys_addr_t size, bool nomap)
{
	if (nomap) {
		/* Linux: memblock_is_region_reserved(base, size). */
		if (memblock_overlaps_region(&memblock.memory, base, size) &&
		    memblock_overlaps_region(&memblock.reserved, base, size))
			return -EBUSY;
		return memblock_mark_nomap(base, size);
	}
	return memblock_reserve(base, size);
}

/* Reserve every (address, size) of a /reserved-memory child's reg. */
static int __init __reserved_mem_reserve_reg(unsigned long node,
					     const char *uname)
{
	int t_len = (dt_root_addr_cells + dt_root_size_cells) * sizeof(__be32);
	phys_addr_t base, size;
	const __be32 *prop;
	bool nomap;
	int len;

	prop = of_get_flat_dt_prop(node, "reg", &len);
	if (!prop)
		return -ENOENT;

	if (t_len <= 0 || (len && len % t_len != 0)) {
		pr_err("Reserved memory: invalid reg property in '%s', skipping node.\n",
		       uname);
		return -EINVAL;
	}

	nomap = of_get_flat_dt_prop(node, "no-map", NULL) != NULL;

	while (len >= t_len) {
		base = dt_mem_next_cell(dt_root_addr_cells, &prop);
		size = dt_mem_next_cell(dt_root_size_cells, &prop);

		if (size && early_init_dt_reserve_memory(base, size, nomap) == 0)
			pr_debug("Reserved memory: reserved region for node '%s': base %pa, size %lu MiB\n",
				 uname, &base, (unsigned long)(size / SZ_1M));
		else
			pr_err("Reserved memory: failed to reserve memory for node '%s': base %pa, size %lu MiB\n",
			       uname, &base, (unsigned long)(size / SZ_1M));
		len -= t_len;
	}
	return 0;
}

/* /reserved-memory must use the root's cells and map 1:1 ("ranges"). */
static int __init __reserved_mem_check_root(unsigned long node)
{
	const __be32 *prop;
	int len;

	prop = of_get_flat_dt_prop(node, "#size-cells", &len);
	if (!prop || len != sizeof(*prop) ||
	    fdt32_ld(prop) != (u32)dt_root_size_cells)
		return -EINVAL;

	prop = of_get_flat_dt_prop(node, "#address-cells", &len);
	if (!prop || len != sizeof(*prop) ||
	    fdt32_ld(prop) != (u32)dt_root_addr_cells)
		return -EINVAL;

	if (!of_get_flat_dt_prop(node, "ranges", NULL))
		return -EINVAL;
	return 0;
}

static int __init fdt_scan_reserved_mem(void)
{
	const void *fdt = initial_boot_params;
	int node, child;

	node = fdt_path_offset(fdt, "/reserved-memory");
	if (node < 0)
		return -ENODEV;

	if (__reserved_mem_check_root(node) != 0) {
		pr_err("Reserved memory: unsupported node format, ignoring\n");
		return -EINVAL;
	}

	fdt_for_each_subnode(child, fdt, node) {
		const char *uname;
		int err;

		if (!of_fdt_device_is_available(fdt, child))
			continue;

		uname = fdt_get_name(fdt, child, NULL);
		err = __reserved_mem_reserve_reg(child, uname);
		if (err == -ENOENT && of_get_flat_dt_prop(child, "size", NULL))
			pr_warn("Reserved memory: dynamic region '%s' not supported, ignored\n",
				uname);
	}
	return 0;
}

/*
 * /reserved-memory children with reg, then the header's /memreserve/
 * entries: all end up in memblock.reserved (or flagged no-map).
 */
void __init early_init_fdt_scan_reserved_mem(void)
{
	u64 base, size;
	int n;

	if (!initial_boot_params)
		return;

	fdt_scan_reserved_mem();

	/*
	 * Linux stops at the first size 0 and ignores the return value; a
	 * blob without the terminator would then repeat the last entry
	 * forever, so stop on an error too.
	 */
	for (n = 0; ; n++) {
		if (fdt_get_mem_rsv(initial_boot_params, n, &base, &size))
			break;
		if (!size)
			break;
		memblock_reserve(base, size);
	}
}

/* ---- tinymm: what the architecture needs before there is an of_node ---- */

int __init of_flat_dt_find_compatible(const char *compat)
{
	const void *fdt = initial_boot_params;
	int node;

	if (!fdt)
		return -FDT_ERR_NOTFOUND;
	/*
	 * Skip disabled nodes: QEMU's virt with secure=on has a second,
	 * Secure-world-only PL011 with status = "disabled".
	 */
	for (node = fdt_node_offset_by_compatible(fdt, -1, compat);
	     node >= 0;
	     node = fdt_node_offset_by_compatible(fdt, node, compat))
		if (of_fdt_device_is_available(fdt, node))
			break;
	return node;
}

/*
 * Map @addr, an address on the bus that node @bus provides to its
 * children, up to the root, through each bus's "ranges" (child-address,
 * parent-address, length triples; empty means 1:1). Linux:
 * of_translate_address(). Simple buses only: PCI's flag cell is not
 * understood.
 */
static int __init of_fdt_translate_address(const void *fdt, int bus,
					   u64 *addr)
{
	const __be32 *ranges;
	int parent, cna, cns, pna, len, rone;
	u64 cbase, pbase, rsize;

	while (bus > 0) {	/* the root's addresses are CPU addresses */
		parent = fdt_parent_offset(fdt, bus);
		if (parent < 0)
			return -EINVAL;
		ranges = of_get_flat_dt_prop(bus, "ranges", &len);
		if (!ranges)
			return -EINVAL;	/* a bus with no window to its parent */

		if (len > 0) {
			cna = fdt_address_cells(fdt, bus);
			cns = fdt_size_cells(fdt, bus);
			pna = fdt_address_cells(fdt, parent);
			if (cna < 0 || cns < 0 || pna < 0)
				return -EINVAL;
			rone = cna + pna + cns;
			for (; len >= rone * (int)sizeof(__be32);
			     len -= rone * sizeof(__be32)) {
				cbase = dt_mem_next_cell(cna, &ranges);
				pbase = dt_mem_next_cell(pna, &ranges);
				rsize = dt_mem_next_cell(cns, &ranges);
				if (*addr >= cbase && *addr - cbase < rsize)
					break;
			}
			if (len < rone * (int)sizeof(__be32))
				return -EINVAL;	/* outside every window */
			*addr = pbase + (*addr - cbase);
		}
		bus = parent;
	}
	return 0;
}

int __init early_init_dt_get_reg(unsigned long node, int index, u64 *base,
				 u64 *size)
{
	const void *fdt = initial_boot_params;
	const __be32 *reg;
	int parent, na, ns, len;
	u64 addr;

	if (!fdt)
		return -EINVAL;
	parent = fdt_parent_offset(fdt, node);
	if (parent < 0)
		return -EINVAL;
	na = fdt_address_cells(fdt, parent);
	ns = fdt_size_cells(fdt, parent);
	if (na < 0 || ns < 0)
		return -EINVAL;

	reg = of_get_flat_dt_prop(node, "reg", &len);
	if (!reg)
		return -ENOENT;
	if (index < 0 || len / (int)sizeof(__be32) / (na + ns) <= index)
		return -ENOENT;

	reg += index * (na + ns);
	addr = of_read_number(reg, na);
	if (of_fdt_translate_address(fdt, parent, &addr))
		return -EINVAL;
	*base = addr;
	if (size)
		*size = of_read_number(reg + na, ns);
	return 0;
}

int __init of_flat_dt_get_stdout_path(void)
{
	const void *fdt = initial_boot_params;
	const char *p, *colon;
	int node, l;

	if (!fdt)
		return -FDT_ERR_NOTFOUND;
	node = fdt_path_offset(fdt, "/chosen");
	if (node < 0)
		node = fdt_path_offset(fdt, "/chosen@0");
	if (node < 0)
		return node;

	p = fdt_getprop(fdt, node, "stdout-path", &l);
	if (!p)
		p = fdt_getprop(fdt, node, "linux,stdout-path", &l);
	if (!p || l <= 0)
		return -FDT_ERR_NOTFOUND;

	/* "/pl011@9000000:115200n8": the path ends at ':' or the NUL. */
	l = strnlen(p, l);
	colon = memchr(p, ':', l);
	if (colon)
		l = colon - p;
	return fdt_path_offset_namelen(fdt, p, l);
}
