// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/fdt_test.c - host tests for lib/fdt.c (suite "fdt") and the
 * early device-tree scan in drivers/of/fdt.c (suite "of_fdt").
 *
 * The blobs are real: the boards in tests/host/dts compiled by dtc, and
 * DTBs dumped by QEMU's own virt machine (-machine virt,dumpdtb=...) with
 * 1 GiB, 5 GiB, two NUMA nodes and secure=on, all built by
 * tests/host/Makefile into $(OUT)/dts. They are read at run time from
 * $TINYMM_DTB_DIR, else from HOST_DTB_DIR (the build's directory).
 *
 * Corrupt blobs are made by patching those, or built token by token with
 * the small writer below when the damage must sit at an exact place (a
 * name running into the end of the structure block). Every blob lives in a
 * malloc() of exactly its size, so a read past it is an AddressSanitizer
 * report, not a silent pass.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/kernel.h>
#include <linux/libfdt.h>
#include <linux/of_fdt.h>
#include <linux/memblock.h>
#include <linux/sizes.h>
#include <linux/errno.h>
#include <kunit/test.h>
#include "host.h"

#ifndef HOST_DTB_DIR
#define HOST_DTB_DIR	"build/host/dts"
#endif

/* ---- blob bookkeeping: everything a case allocates is freed in exit ---- */

#define MAX_ALLOCS	32
static void *allocs[MAX_ALLOCS];
static int nr_allocs;

static void *test_alloc(struct kunit *test, size_t size)
{
	void *p;

	KUNIT_ASSERT_LT(test, nr_allocs, MAX_ALLOCS);
	p = malloc(size);
	KUNIT_ASSERT_NOT_NULL(test, p);
	allocs[nr_allocs++] = p;
	return p;
}

static void *load_dtb(struct kunit *test, const char *name, size_t *sizep)
{
	const char *dir = getenv("TINYMM_DTB_DIR");
	char path[512];
	FILE *f;
	long size;
	void *blob;

	if (!dir)
		dir = HOST_DTB_DIR;
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "rb");
	if (!f)
		KUNIT_FAIL(test, "cannot open %s (run make -f tests/host/Makefile)",
			   path);
	KUNIT_ASSERT_NOT_NULL(test, f);
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	rewind(f);
	blob = test_alloc(test, size);
	KUNIT_ASSERT_EQ(test, fread(blob, 1, size, f), (size_t)size);
	fclose(f);
	if (sizep)
		*sizep = size;
	return blob;
}

/* A private copy to damage. */
static void *copy_blob(struct kunit *test, const void *blob, size_t size)
{
	void *p = test_alloc(test, size);

	memcpy(p, blob, size);
	return p;
}

static void put_be32(void *p, u32 v)
{
	fdt32_t x = cpu_to_fdt32(v);

	memcpy(p, &x, 4);
}

static void set_hdr(void *fdt, size_t field_offset, u32 v)
{
	put_be32((char *)fdt + field_offset, v);
}

#define HDR(field)	offsetof(struct fdt_header, field)

/* ---- a tiny FDT writer for hand-made (and hand-broken) blobs ---- */

struct fdt_builder {
	u8 st[8192];		/* structure block */
	u32 st_len;
	char str[512];		/* strings block */
	u32 str_len;
	u64 rsv[8][2];
	int nr_rsv;
	bool no_end;		/* leave out FDT_END */
	bool no_rsv_end;	/* leave out the {0, 0} terminator */
};

static void fb_u32(struct fdt_builder *b, u32 v)
{
	put_be32(b->st + b->st_len, v);
	b->st_len += 4;
}

static void fb_bytes(struct fdt_builder *b, const void *p, u32 len, bool pad)
{
	memcpy(b->st + b->st_len, p, len);
	b->st_len += len;
	while (pad && (b->st_len & 3))
		b->st[b->st_len++] = 0;
}

static void fb_begin(struct fdt_builder *b, const char *name)
{
	fb_u32(b, FDT_BEGIN_NODE);
	fb_bytes(b, name, strlen(name) + 1, true);
}

static void fb_end(struct fdt_builder *b)
{
	fb_u32(b, FDT_END_NODE);
}

static u32 fb_string(struct fdt_builder *b, const char *s)
{
	u32 off = b->str_len;

	memcpy(b->str + off, s, strlen(s) + 1);
	b->str_len += strlen(s) + 1;
	return off;
}

static void fb_prop(struct fdt_builder *b, const char *name, const void *val,
		    u32 len)
{
	fb_u32(b, FDT_PROP);
	fb_u32(b, len);
	fb_u32(b, fb_string(b, name));
	fb_bytes(b, val, len, true);
}

static void fb_prop_u32(struct fdt_builder *b, const char *name, u32 v)
{
	fdt32_t x = cpu_to_fdt32(v);

	fb_prop(b, name, &x, 4);
}

static void fb_prop_str(struct fdt_builder *b, const char *name, const char *s)
{
	fb_prop(b, name, s, strlen(s) + 1);
}

/* Header, reservation map, structure block, strings block: one malloc(). */
static void *fb_finish(struct kunit *test, struct fdt_builder *b,
		       size_t *sizep)
{
	u32 rsv_off = FDT_V17_SIZE;
	u32 rsv_len = (b->nr_rsv + !b->no_rsv_end) * 16;
	u32 st_off, str_off, total, i;
	u8 *fdt;

	if (!b->no_end)
		fb_u32(b, FDT_END);
	st_off = rsv_off + rsv_len;
	str_off = st_off + b->st_len;
	total = str_off + b->str_len;

	fdt = test_alloc(test, total);
	memset(fdt, 0, total);
	set_hdr(fdt, HDR(magic), FDT_MAGIC);
	set_hdr(fdt, HDR(totalsize), total);
	set_hdr(fdt, HDR(off_dt_struct), st_off);
	set_hdr(fdt, HDR(off_dt_strings), str_off);
	set_hdr(fdt, HDR(off_mem_rsvmap), rsv_off);
	set_hdr(fdt, HDR(version), 17);
	set_hdr(fdt, HDR(last_comp_version), 16);
	set_hdr(fdt, HDR(size_dt_strings), b->str_len);
	set_hdr(fdt, HDR(size_dt_struct), b->st_len);
	for (i = 0; i < (u32)b->nr_rsv; i++) {
		fdt64_t a = cpu_to_fdt64(b->rsv[i][0]);
		fdt64_t s = cpu_to_fdt64(b->rsv[i][1]);

		memcpy(fdt + rsv_off + 16 * i, &a, 8);
		memcpy(fdt + rsv_off + 16 * i + 8, &s, 8);
	}
	memcpy(fdt + st_off, b->st, b->st_len);
	memcpy(fdt + str_off, b->str, b->str_len);
	if (sizep)
		*sizep = total;
	return fdt;
}

static struct fdt_builder *fb_new(struct kunit *test)
{
	struct fdt_builder *b = test_alloc(test, sizeof(*b));

	memset(b, 0, sizeof(*b));
	return b;
}

/* ---- common init/exit ---- */

/* Empty as Linux keeps it: one zero-size dummy region, nothing counted. */
static void expect_memblock_empty(struct kunit *test, struct memblock_type *t)
{
	KUNIT_EXPECT_EQ(test, t->cnt, 1);
	KUNIT_EXPECT_EQ(test, t->regions[0].size, 0);
	KUNIT_EXPECT_EQ(test, t->total_size, 0);
}

static int fdt_test_init(struct kunit *test)
{
	nr_allocs = 0;
	initial_boot_params = NULL;
	__memblock_reset();
	host_log_clear();
	return 0;
}

static void fdt_test_exit(struct kunit *test)
{
	while (nr_allocs)
		free(allocs[--nr_allocs]);
	initial_boot_params = NULL;
	__memblock_reset();
}

static int path(struct kunit *test, const void *fdt, const char *p)
{
	int node = fdt_path_offset(fdt, p);

	if (node < 0)
		KUNIT_FAIL(test, "%s: %s", p, fdt_strerror(node));
	KUNIT_ASSERT_GE(test, node, 0);
	return node;
}

static const char *const all_dtbs[] = {
	"board-numa.dtb", "board-cells32.dtb", "board-defaults.dtb",
	"qemu-virt-1G.dtb", "qemu-virt-5G.dtb", "qemu-virt-numa.dtb",
	"qemu-virt-secure.dtb",
};

/* =================== suite "fdt": lib/fdt.c =================== */

static void fdt_header_of_real_blobs(struct kunit *test)
{
	size_t size, i;
	void *fdt;

	for (i = 0; i < ARRAY_SIZE(all_dtbs); i++) {
		fdt = load_dtb(test, all_dtbs[i], &size);
		KUNIT_EXPECT_EQ(test, fdt_check_header(fdt), 0);
		KUNIT_EXPECT_EQ(test, fdt_check_full(fdt, size), 0);
		KUNIT_EXPECT_EQ(test, fdt_magic(fdt), FDT_MAGIC);
		KUNIT_EXPECT_EQ(test, fdt_totalsize(fdt), size);
		KUNIT_EXPECT_EQ(test, fdt_version(fdt), 17);
		KUNIT_EXPECT_GE(test, fdt_num_mem_rsv(fdt), 0);
		free(allocs[--nr_allocs]);
	}
}

static void fdt_walk_all_nodes(struct kunit *test)
{
	void *fdt = load_dtb(test, "board-numa.dtb", NULL);
	int node, depth = -1, count = 0, maxdepth = 0;
	const char *name;

	for (node = fdt_next_node(fdt, -1, &depth);
	     node >= 0 && depth >= 0;
	     node = fdt_next_node(fdt, node, &depth)) {
		if (count == 0) {
			KUNIT_EXPECT_EQ(test, node, 0);
			KUNIT_EXPECT_EQ(test, depth, 0);
			KUNIT_EXPECT_STREQ(test, fdt_get_name(fdt, node, NULL), "");
		}
		name = fdt_get_name(fdt, node, NULL);
		KUNIT_ASSERT_NOT_NULL(test, name);
		if (!strcmp(name, "timer@80400"))
			KUNIT_EXPECT_EQ(test, depth, 3);
		maxdepth = max(maxdepth, depth);
		count++;
	}
	/* The walk ends cleanly: past the root's END_NODE, or NOTFOUND. */
	KUNIT_EXPECT_TRUE(test, node == -FDT_ERR_NOTFOUND || depth < 0);
	KUNIT_EXPECT_EQ(test, count, 22);
	KUNIT_EXPECT_EQ(test, maxdepth, 3);
}

static void fdt_subnodes_in_order(struct kunit *test)
{
	static const char *const want[] = {
		"firmware@48000000", "framebuffer@50000000", "dma-pool",
		"unused@58000000",
	};
	void *fdt = load_dtb(test, "board-numa.dtb", NULL);
	int rmem, node, i = 0, len;

	fdt_for_each_subnode(node, fdt, 0)
		i++;
	KUNIT_EXPECT_EQ(test, i, 12);

	rmem = path(test, fdt, "/reserved-memory");
	i = 0;
	fdt_for_each_subnode(node, fdt, rmem) {
		KUNIT_ASSERT_LT(test, i, (int)ARRAY_SIZE(want));
		KUNIT_EXPECT_STREQ(test, fdt_get_name(fdt, node, &len), want[i]);
		KUNIT_EXPECT_EQ(test, len, (int)strlen(want[i]));
		i++;
	}
	KUNIT_EXPECT_EQ(test, i, 4);

	/* A leaf has none. */
	KUNIT_EXPECT_EQ(test, fdt_first_subnode(fdt, path(test, fdt, "/psci")),
			-FDT_ERR_NOTFOUND);
}

static void fdt_path_lookups(struct kunit *test)
{
	void *fdt = load_dtb(test, "board-numa.dtb", NULL);
	int uart = path(test, fdt, "/pl011@9000000");

	KUNIT_EXPECT_EQ(test, fdt_path_offset(fdt, "/"), 0);
	KUNIT_EXPECT_STREQ(test, fdt_get_name(fdt, path(test, fdt, "/memory@40000000"), NULL),
			   "memory@40000000");
	/* Without a unit address, the first node of that name answers. */
	KUNIT_EXPECT_EQ(test, fdt_path_offset(fdt, "/memory"),
			path(test, fdt, "/memory@40000000"));
	KUNIT_EXPECT_STREQ(test, fdt_get_name(fdt,
			   path(test, fdt, "/soc@10000000/bridge@80000/timer@80400"), NULL),
			   "timer@80400");
	KUNIT_EXPECT_EQ(test, fdt_path_offset(fdt, "//soc//bridge@80000/"),
			path(test, fdt, "/soc/bridge"));
	KUNIT_EXPECT_EQ(test, fdt_path_offset(fdt, "/nonexistent"),
			-FDT_ERR_NOTFOUND);
	KUNIT_EXPECT_EQ(test, fdt_path_offset(fdt, "/memory@4"),
			-FDT_ERR_NOTFOUND);
	/* Aliases, and a length that cuts the path short. */
	KUNIT_EXPECT_EQ(test, fdt_path_offset(fdt, "serial0"), uart);
	KUNIT_EXPECT_STREQ(test, fdt_get_alias(fdt, "serial0"), "/pl011@9000000");
	KUNIT_EXPECT_EQ(test, fdt_path_offset(fdt, "nosuchalias"),
			-FDT_ERR_BADPATH);
	KUNIT_EXPECT_EQ(test, fdt_path_offset_namelen(fdt, "/chosen:junk", 7),
			path(test, fdt, "/chosen"));
	KUNIT_EXPECT_EQ(test, fdt_path_offset_namelen(fdt, "/chosen", 0),
			-FDT_ERR_BADPATH);
	KUNIT_EXPECT_EQ(test, fdt_subnode_offset(fdt, 0, "chosen"),
			path(test, fdt, "/chosen"));
	/* Not a node's offset at all. */
	KUNIT_EXPECT_EQ(test, fdt_subnode_offset(fdt, 2, "chosen"),
			-FDT_ERR_BADOFFSET);
}

static void fdt_getprop_values(struct kunit *test)
{
	void *fdt = load_dtb(test, "board-numa.dtb", NULL);
	int mem1 = path(test, fdt, "/memory@80000000");
	const fdt32_t *reg, *cells;
	const char *model;
	int len;

	model = fdt_getprop(fdt, 0, "model", &len);
	KUNIT_ASSERT_NOT_NULL(test, model);
	KUNIT_EXPECT_STREQ(test, model, "tinymm test board (2 nodes)");
	KUNIT_EXPECT_EQ(test, len, (int)strlen(model) + 1);

	cells = fdt_getprop(fdt, 0, "#address-cells", &len);
	KUNIT_ASSERT_NOT_NULL(test, cells);
	KUNIT_EXPECT_EQ(test, len, 4);
	KUNIT_EXPECT_EQ(test, fdt32_ld(cells), 2);

	/* Two 64-bit (address, size) pairs: 64-bit values at 4-byte alignment. */
	reg = fdt_getprop(fdt, mem1, "reg", &len);
	KUNIT_ASSERT_NOT_NULL(test, reg);
	KUNIT_EXPECT_EQ(test, len, 32);
	KUNIT_EXPECT_EQ(test, fdt64_ld((const fdt64_t *)(reg + 4)), 0x100000000ULL);
	KUNIT_EXPECT_EQ(test, fdt64_ld((const fdt64_t *)(reg + 6)), 0x40000000ULL);
	KUNIT_EXPECT_EQ(test, of_read_number(reg, 2), 0x80000000ULL);

	/* Empty properties exist with length 0. */
	KUNIT_EXPECT_NOT_NULL(test, fdt_getprop(fdt,
			path(test, fdt, "/reserved-memory/firmware@48000000"),
			"no-map", &len));
	KUNIT_EXPECT_EQ(test, len, 0);

	KUNIT_EXPECT_NULL(test, fdt_getprop(fdt, mem1, "nope", &len));
	KUNIT_EXPECT_EQ(test, len, -FDT_ERR_NOTFOUND);
	KUNIT_EXPECT_NULL(test, fdt_getprop(fdt, 4, "reg", &len));
	KUNIT_EXPECT_EQ(test, len, -FDT_ERR_BADOFFSET);
	KUNIT_EXPECT_NULL(test, fdt_getprop(fdt, 1 << 24, "reg", &len));
	KUNIT_EXPECT_EQ(test, len, -FDT_ERR_BADOFFSET);
	KUNIT_EXPECT_NULL(test, fdt_getprop(fdt, -8, "reg", &len));
	KUNIT_EXPECT_EQ(test, len, -FDT_ERR_BADOFFSET);
	/* A property name prefix is not the property. */
	KUNIT_EXPECT_NULL(test, fdt_getprop(fdt, mem1, "re", NULL));
}

static void fdt_property_iteration(struct kunit *test)
{
	void *fdt = load_dtb(test, "board-numa.dtb", NULL);
	int chosen = path(test, fdt, "/chosen");
	const char *names[4], *name, *val;
	int prop, n = 0, len;

	fdt_for_each_property_offset(prop, fdt, chosen) {
		val = fdt_getprop_by_offset(fdt, prop, &name, &len);
		KUNIT_ASSERT_NOT_NULL(test, val);
		KUNIT_ASSERT_LT(test, n, 4);
		names[n++] = name;
		KUNIT_EXPECT_EQ(test, len, (int)strlen(val) + 1);
	}
	KUNIT_EXPECT_EQ(test, prop, -FDT_ERR_NOTFOUND);
	KUNIT_ASSERT_EQ(test, n, 2);
	KUNIT_EXPECT_STREQ(test, names[0], "bootargs");
	KUNIT_EXPECT_STREQ(test, names[1], "stdout-path");

	/* A node offset is not a property offset, and vice versa. */
	KUNIT_EXPECT_NULL(test, fdt_getprop_by_offset(fdt, chosen, &name, &len));
	KUNIT_EXPECT_EQ(test, len, -FDT_ERR_BADOFFSET);
	prop = fdt_first_property_offset(fdt, chosen);
	KUNIT_EXPECT_NULL(test, fdt_get_name(fdt, prop, &len));
	KUNIT_EXPECT_EQ(test, len, -FDT_ERR_BADOFFSET);
	/* The root's subnodes are not its properties. */
	KUNIT_EXPECT_EQ(test, fdt_first_property_offset(fdt, path(test, fdt, "/aliases")) > 0, 1);
}

static void fdt_compatible_matching(struct kunit *test)
{
	void *fdt = load_dtb(test, "board-numa.dtb", NULL);
	int psci = path(test, fdt, "/psci");
	int u0, u1;

	KUNIT_EXPECT_EQ(test, fdt_node_check_compatible(fdt, psci, "arm,psci-0.2"), 0);
	KUNIT_EXPECT_EQ(test, fdt_node_check_compatible(fdt, psci, "arm,psci"), 0);
	KUNIT_EXPECT_EQ(test, fdt_node_check_compatible(fdt, psci, "arm,psci-2.0"), 1);
	KUNIT_EXPECT_EQ(test, fdt_node_check_compatible(fdt, psci, "arm,psc"), 1);
	KUNIT_EXPECT_EQ(test, fdt_node_check_compatible(fdt, path(test, fdt, "/chosen"),
							"arm,psci"), -FDT_ERR_NOTFOUND);
	KUNIT_EXPECT_EQ(test, fdt_stringlist_count(fdt, psci, "compatible"), 3);
	KUNIT_EXPECT_EQ(test, fdt_stringlist_count(fdt, psci, "nope"), -FDT_ERR_NOTFOUND);

	/* Both UARTs, in blob order (status is the caller's business here). */
	u0 = fdt_node_offset_by_compatible(fdt, -1, "arm,pl011");
	u1 = fdt_node_offset_by_compatible(fdt, u0, "arm,pl011");
	KUNIT_EXPECT_EQ(test, u0, path(test, fdt, "/pl011@9040000"));
	KUNIT_EXPECT_EQ(test, u1, path(test, fdt, "/pl011@9000000"));
	KUNIT_EXPECT_EQ(test, fdt_node_offset_by_compatible(fdt, u1, "arm,pl011"),
			-FDT_ERR_NOTFOUND);
	KUNIT_EXPECT_EQ(test, fdt_node_offset_by_compatible(fdt, -1, "tinymm,soc-uart"),
			path(test, fdt, "/soc/serial@2000"));

	/* String lists: exact matches only, and never past the length. */
	KUNIT_EXPECT_EQ(test, fdt_stringlist_contains("ab\0cd", 6, "cd"), 1);
	KUNIT_EXPECT_EQ(test, fdt_stringlist_contains("ab\0cd", 6, "c"), 0);
	KUNIT_EXPECT_EQ(test, fdt_stringlist_contains("ab\0cd", 5, "cd"), 0);
	KUNIT_EXPECT_EQ(test, fdt_stringlist_contains("ab\0cd", 0, "ab"), 0);
	KUNIT_EXPECT_EQ(test, fdt_stringlist_contains("\0\0", 2, ""), 1);
}

static void fdt_cells_and_parents(struct kunit *test)
{
	void *fdt = load_dtb(test, "board-numa.dtb", NULL);
	void *dflt = load_dtb(test, "board-defaults.dtb", NULL);
	int soc = path(test, fdt, "/soc");
	int timer = path(test, fdt, "/soc/bridge@80000/timer@80400");

	KUNIT_EXPECT_EQ(test, fdt_address_cells(fdt, 0), 2);
	KUNIT_EXPECT_EQ(test, fdt_size_cells(fdt, 0), 2);
	KUNIT_EXPECT_EQ(test, fdt_address_cells(fdt, soc), 1);
	KUNIT_EXPECT_EQ(test, fdt_size_cells(fdt, soc), 1);
	KUNIT_EXPECT_EQ(test, fdt_size_cells(fdt, path(test, fdt, "/soc/private-bus@90000")), 0);
	/* Absent: the Devicetree Specification's 2 and 1. */
	KUNIT_EXPECT_EQ(test, fdt_address_cells(fdt, path(test, fdt, "/chosen")), 2);
	KUNIT_EXPECT_EQ(test, fdt_size_cells(fdt, path(test, fdt, "/chosen")), 1);
	KUNIT_EXPECT_EQ(test, fdt_address_cells(dflt, 0), 2);
	KUNIT_EXPECT_EQ(test, fdt_size_cells(dflt, 0), 1);

	KUNIT_EXPECT_EQ(test, fdt_node_depth(fdt, 0), 0);
	KUNIT_EXPECT_EQ(test, fdt_node_depth(fdt, timer), 3);
	KUNIT_EXPECT_EQ(test, fdt_parent_offset(fdt, timer),
			path(test, fdt, "/soc/bridge@80000"));
	KUNIT_EXPECT_EQ(test, fdt_parent_offset(fdt, soc), 0);
	KUNIT_EXPECT_EQ(test, fdt_parent_offset(fdt, 0), -FDT_ERR_NOTFOUND);
	KUNIT_EXPECT_EQ(test, fdt_parent_offset(fdt, timer + 4), -FDT_ERR_BADOFFSET);
	KUNIT_EXPECT_EQ(test, fdt_supernode_atdepth_offset(fdt, timer, 1, NULL), soc);
}

static void fdt_bad_ncells(struct kunit *test)
{
	struct fdt_builder *b = fb_new(test);
	void *fdt;

	fb_begin(b, "");
	fb_begin(b, "zero");
	fb_prop_u32(b, "#address-cells", 0);
	fb_end(b);
	fb_begin(b, "huge");
	fb_prop_u32(b, "#address-cells", 5);
	fb_prop_u32(b, "#size-cells", 7);
	fb_end(b);
	fb_begin(b, "short");
	fb_prop(b, "#size-cells", "\0\0", 2);
	fb_end(b);
	fb_end(b);
	fdt = fb_finish(test, b, NULL);

	KUNIT_EXPECT_EQ(test, fdt_address_cells(fdt, path(test, fdt, "/zero")),
			-FDT_ERR_BADNCELLS);
	KUNIT_EXPECT_EQ(test, fdt_address_cells(fdt, path(test, fdt, "/huge")),
			-FDT_ERR_BADNCELLS);
	KUNIT_EXPECT_EQ(test, fdt_size_cells(fdt, path(test, fdt, "/huge")),
			-FDT_ERR_BADNCELLS);
	KUNIT_EXPECT_EQ(test, fdt_size_cells(fdt, path(test, fdt, "/short")),
			-FDT_ERR_BADNCELLS);
}

static void fdt_memreserve_block(struct kunit *test)
{
	void *fdt = load_dtb(test, "board-numa.dtb", NULL);
	u64 addr, size;

	KUNIT_EXPECT_EQ(test, fdt_num_mem_rsv(fdt), 2);
	KUNIT_EXPECT_EQ(test, fdt_get_mem_rsv(fdt, 0, &addr, &size), 0);
	KUNIT_EXPECT_EQ(test, addr, 0x40000000);
	KUNIT_EXPECT_EQ(test, size, 0x10000);
	KUNIT_EXPECT_EQ(test, fdt_get_mem_rsv(fdt, 1, &addr, &size), 0);
	KUNIT_EXPECT_EQ(test, addr, 0x7fff0000);
	KUNIT_EXPECT_EQ(test, size, 0x8000);
	KUNIT_EXPECT_EQ(test, fdt_get_mem_rsv(fdt, 2, &addr, &size), 0);
	KUNIT_EXPECT_EQ(test, size, 0);
	KUNIT_EXPECT_EQ(test, fdt_get_mem_rsv(fdt, -1, &addr, &size),
			-FDT_ERR_BADOFFSET);
	KUNIT_EXPECT_EQ(test, fdt_get_mem_rsv(fdt, 1 << 28, &addr, &size),
			-FDT_ERR_BADOFFSET);

	fdt = load_dtb(test, "qemu-virt-1G.dtb", NULL);
	KUNIT_EXPECT_EQ(test, fdt_num_mem_rsv(fdt), 0);
}

static void fdt_qemu_virt_tree(struct kunit *test)
{
	void *fdt = load_dtb(test, "qemu-virt-1G.dtb", NULL);
	int mem = path(test, fdt, "/memory@40000000");
	const fdt32_t *reg;
	const char *s;
	int len, psci;

	KUNIT_EXPECT_STREQ(test, fdt_getprop(fdt, 0, "compatible", NULL),
			   "linux,dummy-virt");
	KUNIT_EXPECT_STREQ(test, fdt_getprop(fdt, mem, "device_type", NULL),
			   "memory");
	reg = fdt_getprop(fdt, mem, "reg", &len);
	KUNIT_ASSERT_NOT_NULL(test, reg);
	KUNIT_ASSERT_EQ(test, len, 16);
	KUNIT_EXPECT_EQ(test, of_read_number(reg, 2), 0x40000000);
	KUNIT_EXPECT_EQ(test, of_read_number(reg + 2, 2), SZ_1G);

	s = fdt_getprop(fdt, path(test, fdt, "/chosen"), "stdout-path", NULL);
	KUNIT_ASSERT_NOT_NULL(test, s);
	KUNIT_EXPECT_GE(test, fdt_path_offset(fdt, s), 0);
	KUNIT_EXPECT_EQ(test, fdt_node_check_compatible(fdt, fdt_path_offset(fdt, s),
							"arm,pl011"), 0);

	psci = fdt_node_offset_by_compatible(fdt, -1, "arm,psci-0.2");
	KUNIT_ASSERT_GE(test, psci, 0);
	s = fdt_getprop(fdt, psci, "method", NULL);
	KUNIT_ASSERT_NOT_NULL(test, s);
	KUNIT_EXPECT_TRUE(test, !strcmp(s, "hvc") || !strcmp(s, "smc"));
	KUNIT_EXPECT_GE(test, fdt_node_offset_by_compatible(fdt, -1, "arm,cortex-a15-gic"), 0);
}

/* ---- corrupt blobs ---- */

static void fdt_bad_header(struct kunit *test)
{
	size_t size;
	void *good = load_dtb(test, "board-numa.dtb", &size);
	void *fdt = copy_blob(test, good, size);
	u32 st = fdt_off_dt_struct(good), str = fdt_off_dt_strings(good);
	int len;

#define EXPECT_HDR(field, val, err) do {				\
	memcpy(fdt, good, size);					\
	set_hdr(fdt, HDR(field), val);					\
	KUNIT_EXPECT_EQ(test, fdt_check_header(fdt), err);		\
	KUNIT_EXPECT_EQ(test, fdt_check_full(fdt, size), err);		\
} while (0)

	EXPECT_HDR(magic, 0xfeedd00d, -FDT_ERR_BADMAGIC);
	EXPECT_HDR(magic, 0, -FDT_ERR_BADMAGIC);
	EXPECT_HDR(version, 1, -FDT_ERR_BADVERSION);
	EXPECT_HDR(last_comp_version, 18, -FDT_ERR_BADVERSION);
	/* totalsize too small for the blocks it claims to hold. */
	EXPECT_HDR(totalsize, str + fdt_size_dt_strings(good) - 1,
		   -FDT_ERR_TRUNCATED);
	EXPECT_HDR(totalsize, 20, -FDT_ERR_TRUNCATED);
	EXPECT_HDR(totalsize, 0x80000000u, -FDT_ERR_TRUNCATED);
	EXPECT_HDR(size_dt_struct, size, -FDT_ERR_TRUNCATED);
	EXPECT_HDR(size_dt_struct, 0xfffffffc, -FDT_ERR_TRUNCATED);
	EXPECT_HDR(size_dt_strings, 0xffffffff, -FDT_ERR_TRUNCATED);
	EXPECT_HDR(off_dt_strings, 0xfffffff0, -FDT_ERR_TRUNCATED);
	EXPECT_HDR(off_dt_struct, st + 2, -FDT_ERR_BADLAYOUT);
	EXPECT_HDR(off_dt_struct, 8, -FDT_ERR_BADLAYOUT);
	EXPECT_HDR(off_mem_rsvmap, size + 16, -FDT_ERR_TRUNCATED);

	/* Every entry point refuses such a blob. */
	memcpy(fdt, good, size);
	set_hdr(fdt, HDR(magic), 0x12345678);
	KUNIT_EXPECT_EQ(test, fdt_path_offset(fdt, "/chosen"), -FDT_ERR_BADMAGIC);
	KUNIT_EXPECT_NULL(test, fdt_getprop(fdt, 0, "model", &len));
	KUNIT_EXPECT_EQ(test, len, -FDT_ERR_BADMAGIC);
	KUNIT_EXPECT_EQ(test, fdt_next_node(fdt, -1, NULL), -FDT_ERR_BADMAGIC);
	KUNIT_EXPECT_EQ(test, fdt_num_mem_rsv(fdt), -FDT_ERR_BADMAGIC);
	KUNIT_EXPECT_NULL(test, fdt_get_name(fdt, 0, &len));
	KUNIT_EXPECT_EQ(test, len, -FDT_ERR_BADMAGIC);
	KUNIT_EXPECT_EQ(test, fdt_node_offset_by_compatible(fdt, -1, "arm,pl011"),
			-FDT_ERR_BADMAGIC);

	/* A misaligned blob. */
	KUNIT_EXPECT_EQ(test, fdt_check_header((char *)good + 2), -FDT_ERR_ALIGNMENT);
#undef EXPECT_HDR
}

/* The buffer is shorter than the header says: only check_full can tell. */
static void fdt_truncated_buffer(struct kunit *test)
{
	size_t size;
	void *good = load_dtb(test, "board-numa.dtb", &size);
	void *half = copy_blob(test, good, size / 2);

	KUNIT_EXPECT_EQ(test, fdt_check_full(half, size / 2), -FDT_ERR_TRUNCATED);
	KUNIT_EXPECT_EQ(test, fdt_check_full(half, 16), -FDT_ERR_TRUNCATED);
	KUNIT_EXPECT_EQ(test, fdt_check_full(good, size - 1), -FDT_ERR_TRUNCATED);
	KUNIT_EXPECT_EQ(test, fdt_check_full(good, size), 0);
}

/* Offset of the FDT_PROP token of @node's property @name. */
static int prop_token(struct kunit *test, const void *fdt, int node,
		      const char *name)
{
	const char *pname;
	int prop;

	fdt_for_each_property_offset(prop, fdt, node) {
		KUNIT_ASSERT_NOT_NULL(test, fdt_getprop_by_offset(fdt, prop, &pname, NULL));
		if (!strcmp(pname, name))
			return prop;
	}
	KUNIT_FAIL(test, "no property %s", name);
	kunit_abort(test);
}

static void fdt_prop_len_past_end(struct kunit *test)
{
	static const u32 bad_lens[] = {
		0x7fffffff, 0xffffffff, 0xfffffff8, 0x10000,
	};
	size_t size, i;
	void *good = load_dtb(test, "board-numa.dtb", &size);
	void *fdt = copy_blob(test, good, size);
	int chosen = path(test, good, "/chosen");
	int prop = prop_token(test, good, chosen, "bootargs");
	char *lenp = (char *)fdt + fdt_off_dt_struct(fdt) + prop + 4;
	int len, node;

	for (i = 0; i < ARRAY_SIZE(bad_lens); i++) {
		memcpy(fdt, good, size);
		put_be32(lenp, bad_lens[i]);
		KUNIT_EXPECT_EQ(test, fdt_check_header(fdt), 0);
		KUNIT_EXPECT_EQ(test, fdt_check_full(fdt, size), -FDT_ERR_TRUNCATED);
		KUNIT_EXPECT_NULL(test, fdt_getprop(fdt, chosen, "bootargs", &len));
		KUNIT_EXPECT_EQ(test, len, -FDT_ERR_TRUNCATED);
		KUNIT_EXPECT_EQ(test, fdt_first_property_offset(fdt, chosen),
				-FDT_ERR_TRUNCATED);
		/* Nodes after it can no longer be reached, but nothing breaks. */
		KUNIT_EXPECT_EQ(test, fdt_path_offset(fdt, "/memory@40000000"),
				-FDT_ERR_TRUNCATED);
		KUNIT_EXPECT_EQ(test, fdt_subnode_offset(fdt, 0, "chosen"), chosen);
		node = fdt_node_offset_by_compatible(fdt, -1, "arm,pl011");
		KUNIT_EXPECT_EQ(test, node, -FDT_ERR_TRUNCATED);
	}

	/* A length that stays inside the block but lands mid-token. */
	memcpy(fdt, good, size);
	put_be32(lenp, 6);
	KUNIT_EXPECT_LT(test, fdt_check_full(fdt, size), 0);
	KUNIT_EXPECT_LT(test, fdt_path_offset(fdt, "/memory@40000000"), 0);
}

static void fdt_unterminated_node_name(struct kunit *test)
{
	struct fdt_builder *b = fb_new(test);
	size_t size;
	void *fdt;
	int depth = 0, len;

	fb_begin(b, "");
	fb_u32(b, FDT_BEGIN_NODE);
	fb_bytes(b, "abcd", 4, false);	/* no NUL before the block ends */
	b->no_end = true;
	fb_string(b, "x");		/* a NUL right after, in the strings */
	fdt = fb_finish(test, b, &size);

	KUNIT_EXPECT_EQ(test, fdt_check_header(fdt), 0);
	KUNIT_EXPECT_EQ(test, fdt_check_full(fdt, size), -FDT_ERR_TRUNCATED);
	KUNIT_EXPECT_EQ(test, fdt_next_node(fdt, 0, &depth), -FDT_ERR_TRUNCATED);
	KUNIT_EXPECT_NULL(test, fdt_get_name(fdt, 8, &len));
	KUNIT_EXPECT_EQ(test, len, -FDT_ERR_BADOFFSET);
	KUNIT_EXPECT_EQ(test, fdt_path_offset(fdt, "/abcd"), -FDT_ERR_TRUNCATED);
	KUNIT_EXPECT_EQ(test, fdt_first_subnode(fdt, 0), -FDT_ERR_NOTFOUND);
	KUNIT_EXPECT_STREQ(test, fdt_get_name(fdt, 0, NULL), "");

	/* The root's own name unterminated: the very first token. */
	b = fb_new(test);
	fb_u32(b, FDT_BEGIN_NODE);
	fb_bytes(b, "rootname", 8, false);
	b->no_end = true;
	fdt = fb_finish(test, b, &size);
	KUNIT_EXPECT_NULL(test, fdt_get_name(fdt, 0, &len));
	KUNIT_EXPECT_EQ(test, len, -FDT_ERR_BADOFFSET);
	KUNIT_EXPECT_EQ(test, fdt_path_offset(fdt, "/x"), -FDT_ERR_BADOFFSET);
	KUNIT_EXPECT_NULL(test, fdt_getprop(fdt, 0, "x", &len));
}

static void fdt_bad_property_names(struct kunit *test)
{
	struct fdt_builder *b = fb_new(test);
	const char *name;
	size_t size;
	void *fdt;
	int prop, len;

	fb_begin(b, "");
	fb_prop_u32(b, "good", 1);
	/* nameoff far outside the strings block */
	fb_u32(b, FDT_PROP);
	fb_u32(b, 4);
	fb_u32(b, 0x7ffffff0);
	fb_u32(b, 0x11111111);
	/* a name at the very end of the strings block, without its NUL */
	fb_u32(b, FDT_PROP);
	fb_u32(b, 4);
	fb_u32(b, b->str_len);
	fb_u32(b, 0x22222222);
	fb_end(b);
	memcpy(b->str + b->str_len, "abc", 3);
	b->str_len += 3;
	fdt = fb_finish(test, b, &size);

	KUNIT_EXPECT_EQ(test, fdt_check_header(fdt), 0);
	KUNIT_EXPECT_EQ(test, fdt_check_full(fdt, size), -FDT_ERR_BADOFFSET);

	prop = fdt_first_property_offset(fdt, 0);
	KUNIT_EXPECT_NOT_NULL(test, fdt_getprop_by_offset(fdt, prop, &name, NULL));
	prop = fdt_next_property_offset(fdt, prop);
	KUNIT_EXPECT_NULL(test, fdt_getprop_by_offset(fdt, prop, &name, &len));
	KUNIT_EXPECT_EQ(test, len, -FDT_ERR_BADOFFSET);
	prop = fdt_next_property_offset(fdt, prop);
	KUNIT_EXPECT_NULL(test, fdt_getprop_by_offset(fdt, prop, &name, &len));
	KUNIT_EXPECT_EQ(test, len, -FDT_ERR_TRUNCATED);
	/* Still usable without names, and lookups just skip them. */
	KUNIT_EXPECT_NOT_NULL(test, fdt_getprop_by_offset(fdt, prop, NULL, &len));
	KUNIT_EXPECT_EQ(test, len, 4);
	KUNIT_EXPECT_NOT_NULL(test, fdt_getprop(fdt, 0, "good", NULL));
	KUNIT_EXPECT_NULL(test, fdt_getprop(fdt, 0, "abc", &len));
	KUNIT_EXPECT_EQ(test, len, -FDT_ERR_NOTFOUND);
	KUNIT_EXPECT_NULL(test, fdt_get_string(fdt, -1, &len));
	KUNIT_EXPECT_EQ(test, len, -FDT_ERR_BADOFFSET);
}

static void fdt_bad_structure(struct kunit *test)
{
	struct fdt_builder *b;
	size_t size;
	void *fdt;

	/* An unknown token. */
	b = fb_new(test);
	fb_begin(b, "");
	fb_u32(b, 7);
	fb_end(b);
	fdt = fb_finish(test, b, &size);
	KUNIT_EXPECT_EQ(test, fdt_check_full(fdt, size), -FDT_ERR_BADSTRUCTURE);
	KUNIT_EXPECT_EQ(test, fdt_first_property_offset(fdt, 0), -FDT_ERR_BADSTRUCTURE);
	KUNIT_EXPECT_EQ(test, fdt_next_node(fdt, 0, NULL), -FDT_ERR_BADSTRUCTURE);

	/* One END_NODE too many, a second root, a property outside a node. */
	b = fb_new(test);
	fb_begin(b, "");
	fb_end(b);
	fb_end(b);
	fdt = fb_finish(test, b, &size);
	KUNIT_EXPECT_EQ(test, fdt_check_full(fdt, size), -FDT_ERR_BADSTRUCTURE);

	b = fb_new(test);
	fb_begin(b, "");
	fb_end(b);
	fb_begin(b, "");
	fb_end(b);
	fdt = fb_finish(test, b, &size);
	KUNIT_EXPECT_EQ(test, fdt_check_full(fdt, size), -FDT_ERR_BADSTRUCTURE);

	b = fb_new(test);
	fb_prop_u32(b, "x", 1);
	fb_begin(b, "");
	fb_end(b);
	fdt = fb_finish(test, b, &size);
	KUNIT_EXPECT_EQ(test, fdt_check_full(fdt, size), -FDT_ERR_BADSTRUCTURE);

	/* No FDT_END at all, and an unclosed node before FDT_END. */
	b = fb_new(test);
	fb_begin(b, "");
	fb_end(b);
	b->no_end = true;
	fdt = fb_finish(test, b, &size);
	KUNIT_EXPECT_EQ(test, fdt_check_full(fdt, size), -FDT_ERR_TRUNCATED);
	KUNIT_EXPECT_EQ(test, fdt_next_node(fdt, 0, NULL), -FDT_ERR_TRUNCATED);

	b = fb_new(test);
	fb_begin(b, "");
	fb_begin(b, "child");
	fdt = fb_finish(test, b, &size);
	KUNIT_EXPECT_EQ(test, fdt_check_full(fdt, size), -FDT_ERR_BADSTRUCTURE);
	KUNIT_EXPECT_EQ(test, fdt_path_offset(fdt, "/child"), 8);
	KUNIT_EXPECT_EQ(test, fdt_path_offset(fdt, "/other"), -FDT_ERR_NOTFOUND);
}

static void fdt_unterminated_memrsv(struct kunit *test)
{
	struct fdt_builder *b = fb_new(test);
	size_t size;
	void *fdt;

	b->rsv[0][0] = 0x40000000;
	b->rsv[0][1] = 0x1000;
	b->nr_rsv = 1;
	b->no_rsv_end = true;
	fb_begin(b, "");
	fb_end(b);
	fdt = fb_finish(test, b, &size);
	/* Make the reservation list the last thing in the blob. */
	memmove((char *)fdt + FDT_V17_SIZE, (char *)fdt + FDT_V17_SIZE + 16,
		size - FDT_V17_SIZE - 16);
	set_hdr(fdt, HDR(off_dt_struct), fdt_off_dt_struct(fdt) - 16);
	set_hdr(fdt, HDR(off_dt_strings), fdt_off_dt_strings(fdt) - 16);
	set_hdr(fdt, HDR(off_mem_rsvmap), size - 16);
	{
		fdt64_t a = cpu_to_fdt64(0x40000000), s = cpu_to_fdt64(0x1000);

		memcpy((char *)fdt + size - 16, &a, 8);
		memcpy((char *)fdt + size - 8, &s, 8);
	}

	KUNIT_EXPECT_EQ(test, fdt_check_header(fdt), 0);
	KUNIT_EXPECT_EQ(test, fdt_num_mem_rsv(fdt), -FDT_ERR_TRUNCATED);
	KUNIT_EXPECT_EQ(test, fdt_check_full(fdt, size), -FDT_ERR_TRUNCATED);
	KUNIT_EXPECT_EQ(test, fdt_path_offset(fdt, "/"), 0);

	/* The early scan reserves the one entry and stops. */
	KUNIT_ASSERT_TRUE(test, early_init_dt_verify(fdt));
	early_init_fdt_scan_reserved_mem();
	KUNIT_EXPECT_EQ(test, memblock.reserved.cnt, 1);
	KUNIT_EXPECT_EQ(test, memblock.reserved.total_size, 0x1000);
}

/*
 * Deterministic random damage to a real blob: whatever the bytes, the
 * readers must return (ASan watches every read), and anything
 * fdt_check_full() accepts must also walk cleanly.
 */
static u32 lcg_next(u32 *state)
{
	*state = *state * 1103515245u + 12345u;
	return *state >> 8;
}

static void fdt_random_damage(struct kunit *test)
{
	size_t size;
	void *good = load_dtb(test, "board-numa.dtb", &size);
	void *fdt = copy_blob(test, good, size);
	char cmdline[COMMAND_LINE_SIZE];
	u32 seed = 12345, st = fdt_off_dt_struct(good);
	u32 span = fdt_size_dt_struct(good) + fdt_size_dt_strings(good);
	int iter, i, node, depth, prop, len, accepted = 0;
	u64 base, sz;
	const char *name;

	for (iter = 0; iter < 3000; iter++) {
		memcpy(fdt, good, size);
		for (i = 0; i < 1 + (int)(lcg_next(&seed) % 4); i++) {
			u32 at = st + lcg_next(&seed) % span;

			((u8 *)fdt)[at] = (lcg_next(&seed) & 1) ?
				(u8)lcg_next(&seed) : ((u8 *)fdt)[at] ^ 0x80;
		}
		if (fdt_check_full(fdt, size) == 0)
			accepted++;

		depth = 0;
		for (node = 0; node >= 0 && depth >= 0;
		     node = fdt_next_node(fdt, node, &depth)) {
			name = fdt_get_name(fdt, node, &len);
			if (name)
				KUNIT_EXPECT_EQ(test, (int)strlen(name), len);
			fdt_for_each_property_offset(prop, fdt, node)
				fdt_getprop_by_offset(fdt, prop, &name, &len);
			fdt_address_cells(fdt, node);
			fdt_parent_offset(fdt, node);
		}
		fdt_path_offset(fdt, "serial0");
		fdt_path_offset(fdt, "/soc/bridge/timer");

		/* The read-only half of the early scan. */
		initial_boot_params = fdt;
		early_init_dt_scan_root();
		cmdline[0] = '\0';
		early_init_dt_scan_chosen(cmdline);
		KUNIT_EXPECT_LT(test, strlen(cmdline), sizeof(cmdline));
		node = of_flat_dt_find_compatible("arm,pl011");
		if (node >= 0)
			early_init_dt_get_reg(node, 0, &base, &sz);
		node = of_flat_dt_find_compatible("tinymm,soc-uart");
		if (node >= 0)
			early_init_dt_get_reg(node, 1, &base, &sz);
		of_flat_dt_get_stdout_path();
		of_flat_dt_get_machine_name();
		of_flat_dt_is_compatible(0, "arm,vexpress");
	}
	initial_boot_params = NULL;
	kunit_info(test, "%d of 3000 damaged blobs still well-formed", accepted);
	/* Most single-byte changes land in values, not in the structure. */
	KUNIT_EXPECT_GT(test, accepted, 0);
	KUNIT_EXPECT_LT(test, accepted, 3000);
}

static struct kunit_case fdt_test_cases[] = {
	KUNIT_CASE(fdt_header_of_real_blobs),
	KUNIT_CASE(fdt_walk_all_nodes),
	KUNIT_CASE(fdt_subnodes_in_order),
	KUNIT_CASE(fdt_path_lookups),
	KUNIT_CASE(fdt_getprop_values),
	KUNIT_CASE(fdt_property_iteration),
	KUNIT_CASE(fdt_compatible_matching),
	KUNIT_CASE(fdt_cells_and_parents),
	KUNIT_CASE(fdt_bad_ncells),
	KUNIT_CASE(fdt_memreserve_block),
	KUNIT_CASE(fdt_qemu_virt_tree),
	KUNIT_CASE(fdt_bad_header),
	KUNIT_CASE(fdt_truncated_buffer),
	KUNIT_CASE(fdt_prop_len_past_end),
	KUNIT_CASE(fdt_unterminated_node_name),
	KUNIT_CASE(fdt_bad_property_names),
	KUNIT_CASE(fdt_bad_structure),
	KUNIT_CASE(fdt_unterminated_memrsv),
	KUNIT_CASE(fdt_random_damage),
	{}
};

static struct kunit_suite fdt_test_suite = {
	.name = "fdt",
	.init = fdt_test_init,
	.exit = fdt_test_exit,
	.test_cases = fdt_test_cases,
};
kunit_test_suite(fdt_test_suite);

/* =================== suite "of_fdt": drivers/of/fdt.c =================== */

static void *use_dtb(struct kunit *test, const char *name)
{
	void *fdt = load_dtb(test, name, NULL);

	KUNIT_ASSERT_TRUE(test, early_init_dt_verify(fdt));
	KUNIT_ASSERT_TRUE(test, initial_boot_params == fdt);
	return fdt;
}

/* memblock.memory region @i is [base, base + size) on node @nid. */
#define EXPECT_REGION(test, type, i, b, s, n, f) do {			\
	KUNIT_ASSERT_LT(test, (unsigned long)(i), (type).cnt);		\
	KUNIT_EXPECT_EQ(test, (type).regions[i].base, (b));		\
	KUNIT_EXPECT_EQ(test, (type).regions[i].size, (s));		\
	KUNIT_EXPECT_EQ(test, (type).regions[i].nid, (n));		\
	KUNIT_EXPECT_EQ(test, (type).regions[i].flags, (f));		\
} while (0)

static void of_fdt_verify(struct kunit *test)
{
	size_t size;
	void *good = load_dtb(test, "board-numa.dtb", &size);
	void *bad = copy_blob(test, good, size);

	KUNIT_EXPECT_FALSE(test, early_init_dt_verify(NULL));
	set_hdr(bad, HDR(magic), 0);
	KUNIT_EXPECT_FALSE(test, early_init_dt_verify(bad));
	KUNIT_EXPECT_NULL(test, initial_boot_params);
	KUNIT_EXPECT_TRUE(test, early_init_dt_verify(good));
	KUNIT_EXPECT_PTR_EQ(test, initial_boot_params, good);
	KUNIT_EXPECT_FALSE(test, early_init_dt_scan(bad));
	KUNIT_EXPECT_PTR_EQ(test, initial_boot_params, good);
	expect_memblock_empty(test, &memblock.memory);

	/* Nothing to read: every accessor copes. */
	initial_boot_params = NULL;
	KUNIT_EXPECT_EQ(test, early_init_dt_scan_root(), -ENODEV);
	KUNIT_EXPECT_EQ(test, early_init_dt_scan_memory(), 0);
	KUNIT_EXPECT_NULL(test, of_flat_dt_get_machine_name());
	KUNIT_EXPECT_LT(test, of_flat_dt_find_compatible("arm,pl011"), 0);
	early_init_fdt_scan_reserved_mem();
	expect_memblock_empty(test, &memblock.reserved);
}

static void of_fdt_scan_root_cells(struct kunit *test)
{
	use_dtb(test, "board-numa.dtb");
	KUNIT_EXPECT_EQ(test, early_init_dt_scan_root(), 0);
	KUNIT_EXPECT_EQ(test, dt_root_addr_cells, 2);
	KUNIT_EXPECT_EQ(test, dt_root_size_cells, 2);

	use_dtb(test, "board-cells32.dtb");
	early_init_dt_scan_root();
	KUNIT_EXPECT_EQ(test, dt_root_addr_cells, 1);
	KUNIT_EXPECT_EQ(test, dt_root_size_cells, 1);

	/* Linux's defaults are 1 and 1, not libfdt's 2 and 1. */
	use_dtb(test, "board-defaults.dtb");
	early_init_dt_scan_root();
	KUNIT_EXPECT_EQ(test, dt_root_addr_cells, OF_ROOT_NODE_ADDR_CELLS_DEFAULT);
	KUNIT_EXPECT_EQ(test, dt_root_size_cells, OF_ROOT_NODE_SIZE_CELLS_DEFAULT);
}

static void of_fdt_scan_root_bad_cells(struct kunit *test)
{
	struct fdt_builder *b = fb_new(test);
	void *fdt;

	fb_begin(b, "");
	fb_prop_u32(b, "#address-cells", 0);
	fb_prop_u32(b, "#size-cells", 9);
	fb_begin(b, "memory");
	fb_prop_str(b, "device_type", "memory");
	fb_prop_u32(b, "reg", 0x1000);
	fb_end(b);
	fb_end(b);
	fdt = fb_finish(test, b, NULL);

	KUNIT_ASSERT_TRUE(test, early_init_dt_verify(fdt));
	early_init_dt_scan_root();
	KUNIT_EXPECT_EQ(test, dt_root_addr_cells, 1);
	KUNIT_EXPECT_EQ(test, dt_root_size_cells, 1);
	KUNIT_EXPECT_NOT_NULL(test, strstr(host_log_text(), "bad #size-cells"));
	/* One cell is not an (address, size) pair: nothing is added. */
	KUNIT_EXPECT_EQ(test, early_init_dt_scan_memory(), 0);
	expect_memblock_empty(test, &memblock.memory);
}

static void of_fdt_scan_memory_numa(struct kunit *test)
{
	use_dtb(test, "board-numa.dtb");
	early_init_dt_scan_nodes();

	/* memory@c0000000 is disabled; memory@d0000000 has no device_type. */
	KUNIT_EXPECT_EQ(test, memblock.memory.cnt, 3);
	EXPECT_REGION(test, memblock.memory, 0, 0x40000000, SZ_1G, 0, MEMBLOCK_NONE);
	EXPECT_REGION(test, memblock.memory, 1, 0x80000000, SZ_512M, 1, MEMBLOCK_NONE);
	EXPECT_REGION(test, memblock.memory, 2, 0x100000000ULL, SZ_1G, 1, MEMBLOCK_NONE);
	KUNIT_EXPECT_EQ(test, memblock.memory.total_size, SZ_2G + SZ_512M);
	expect_memblock_empty(test, &memblock.reserved);
	KUNIT_EXPECT_EQ(test, early_init_dt_scan_memory(), 1);
}

static void of_fdt_scan_memory_cells32(struct kunit *test)
{
	use_dtb(test, "board-cells32.dtb");
	early_init_dt_scan_nodes();

	/*
	 * 0x4000800+0x2000 is trimmed to the whole page 0x4001000; the empty
	 * entry is skipped and the sub-page one ignored with a warning.
	 */
	KUNIT_EXPECT_EQ(test, memblock.memory.cnt, 3);
	EXPECT_REGION(test, memblock.memory, 0, 0, SZ_16M, MAX_NUMNODES, MEMBLOCK_NONE);
	EXPECT_REGION(test, memblock.memory, 1, SZ_32M, SZ_16M, MAX_NUMNODES, MEMBLOCK_NONE);
	EXPECT_REGION(test, memblock.memory, 2, 0x4001000, 0x1000, MAX_NUMNODES, MEMBLOCK_NONE);
	KUNIT_EXPECT_NOT_NULL(test, strstr(host_log_text(),
			      "Ignoring memory block 0x6000000 - 0x6000800"));
}

static void of_fdt_scan_memory_unaligned_entry(struct kunit *test)
{
	/* A 4-byte-aligned 64-bit pair, as in a real blob: read as two be32. */
	struct fdt_builder *b = fb_new(test);
	static const u8 reg[16] = {
		0x00, 0x00, 0x00, 0x01, 0x80, 0x00, 0x00, 0x00,
		0x00, 0x00, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00,
	};
	void *fdt;

	fb_begin(b, "");
	fb_prop_u32(b, "#address-cells", 2);
	fb_prop_u32(b, "#size-cells", 2);
	fb_prop(b, "pad", "", 0);	/* puts the reg value at 4 mod 8 */
	fb_begin(b, "memory@180000000");
	fb_prop_str(b, "device_type", "memory");
	fb_prop(b, "reg", reg, sizeof(reg));
	fb_end(b);
	fb_end(b);
	fdt = fb_finish(test, b, NULL);

	KUNIT_ASSERT_TRUE(test, early_init_dt_verify(fdt));
	early_init_dt_scan_nodes();
	KUNIT_EXPECT_EQ(test, memblock.memory.cnt, 1);
	EXPECT_REGION(test, memblock.memory, 0, 0x180000000ULL, SZ_2M,
		      MAX_NUMNODES, MEMBLOCK_NONE);
}

static void of_fdt_scan_chosen(struct kunit *test)
{
	char buf[COMMAND_LINE_SIZE];

	use_dtb(test, "board-numa.dtb");
	memset(buf, 0, sizeof(buf));
	KUNIT_EXPECT_EQ(test, early_init_dt_scan_chosen(buf), 0);
	KUNIT_EXPECT_STREQ(test, buf, "console=ttyAMA0 memblock=debug ktest=all");

	/* early_init_dt_scan_nodes() fills the kernel's boot_command_line. */
	boot_command_line[0] = '\0';
	early_init_dt_scan_nodes();
	KUNIT_EXPECT_STREQ(test, boot_command_line,
			   "console=ttyAMA0 memblock=debug ktest=all");

	/* /chosen@0 is the fallback name. */
	use_dtb(test, "board-cells32.dtb");
	KUNIT_EXPECT_EQ(test, early_init_dt_scan_chosen(buf), 0);
	KUNIT_EXPECT_STREQ(test, buf, "mem=64M");

	/* No /chosen: the command line is left alone, and Linux's warning. */
	use_dtb(test, "board-defaults.dtb");
	strcpy(buf, "untouched");
	KUNIT_EXPECT_EQ(test, early_init_dt_scan_chosen(buf), -ENOENT);
	KUNIT_EXPECT_STREQ(test, buf, "untouched");
	host_log_clear();
	early_init_dt_scan_nodes();
	KUNIT_EXPECT_NOT_NULL(test, strstr(host_log_text(),
			      "OF: fdt: No chosen node found, continuing without"));
}

static void of_fdt_long_bootargs(struct kunit *test)
{
	struct fdt_builder *b = fb_new(test);
	char *args = test_alloc(test, 3001);
	char *buf = test_alloc(test, COMMAND_LINE_SIZE + 16);
	void *fdt;

	memset(args, 'a', 3000);
	args[3000] = '\0';
	fb_begin(b, "");
	fb_begin(b, "chosen");
	fb_prop_str(b, "bootargs", args);
	fb_end(b);
	fb_begin(b, "chosen@0");
	fb_end(b);
	fb_end(b);
	fdt = fb_finish(test, b, NULL);
	KUNIT_ASSERT_TRUE(test, early_init_dt_verify(fdt));

	memset(buf, 0x55, COMMAND_LINE_SIZE + 16);
	KUNIT_EXPECT_EQ(test, early_init_dt_scan_chosen(buf), 0);
	KUNIT_EXPECT_EQ(test, strlen(buf), COMMAND_LINE_SIZE - 1);
	KUNIT_EXPECT_EQ(test, buf[COMMAND_LINE_SIZE], 0x55);

	/*
	 * An unterminated bootargs is not read past its length; like Linux's
	 * strscpy(cmdline, p, min(l, COMMAND_LINE_SIZE)), the last byte gives
	 * way to the NUL.
	 */
	b = fb_new(test);
	fb_begin(b, "");
	fb_begin(b, "chosen");
	fb_prop(b, "bootargs", "quiet", 5);
	fb_end(b);
	fb_end(b);
	fdt = fb_finish(test, b, NULL);
	KUNIT_ASSERT_TRUE(test, early_init_dt_verify(fdt));
	KUNIT_EXPECT_EQ(test, early_init_dt_scan_chosen(buf), 0);
	KUNIT_EXPECT_STREQ(test, buf, "quie");
}

static void of_fdt_reserved_mem(struct kunit *test)
{
	struct memblock_region *r;
	bool nomap_seen = false;

	use_dtb(test, "board-numa.dtb");
	early_init_dt_scan_nodes();
	host_log_clear();
	early_init_fdt_scan_reserved_mem();

	/* framebuffer's two reg entries, then both /memreserve/ entries. */
	KUNIT_EXPECT_EQ(test, memblock.reserved.cnt, 4);
	EXPECT_REGION(test, memblock.reserved, 0, 0x40000000, 0x10000, MAX_NUMNODES, MEMBLOCK_NONE);
	EXPECT_REGION(test, memblock.reserved, 1, 0x50000000, SZ_1M, MAX_NUMNODES, MEMBLOCK_NONE);
	EXPECT_REGION(test, memblock.reserved, 2, 0x50400000, SZ_1M, MAX_NUMNODES, MEMBLOCK_NONE);
	EXPECT_REGION(test, memblock.reserved, 3, 0x7fff0000, 0x8000, MAX_NUMNODES, MEMBLOCK_NONE);
	KUNIT_EXPECT_EQ(test, memblock.reserved.total_size, 0x10000 + SZ_2M + 0x8000);

	/* no-map: still memory, still node 0, but flagged and not reserved. */
	KUNIT_EXPECT_FALSE(test, memblock_is_reserved(0x48000000));
	for_each_mem_region(r) {
		if (r->base == 0x48000000) {
			KUNIT_EXPECT_EQ(test, r->size, 0x200000);
			KUNIT_EXPECT_EQ(test, r->flags, MEMBLOCK_NOMAP);
			KUNIT_EXPECT_EQ(test, r->nid, 0);
			nomap_seen = true;
		} else {
			KUNIT_EXPECT_EQ(test, r->flags, MEMBLOCK_NONE);
		}
	}
	KUNIT_EXPECT_TRUE(test, nomap_seen);
	KUNIT_EXPECT_EQ(test, memblock.memory.total_size, SZ_2G + SZ_512M);

	/* The disabled child is skipped; the dynamic one is reported. */
	KUNIT_EXPECT_FALSE(test, memblock_is_reserved(0x58000000));
	KUNIT_EXPECT_NOT_NULL(test, strstr(host_log_text(), "'dma-pool'"));
}

static void of_fdt_reserved_mem_nomap_busy(struct kunit *test)
{
	struct memblock_region *r;

	use_dtb(test, "board-numa.dtb");
	early_init_dt_scan_nodes();
	/* Something already owns part of firmware@48000000. */
	memblock_reserve(0x48100000, 0x1000);
	host_log_clear();
	early_init_fdt_scan_reserved_mem();

	for_each_mem_region(r)
		KUNIT_EXPECT_EQ(test, r->flags, MEMBLOCK_NONE);
	KUNIT_EXPECT_NOT_NULL(test, strstr(host_log_text(),
		"Reserved memory: failed to reserve memory for node 'firmware@48000000'"));
}

static void of_fdt_reserved_mem_cells32(struct kunit *test)
{
	use_dtb(test, "board-cells32.dtb");
	early_init_dt_scan_nodes();
	early_init_fdt_scan_reserved_mem();

	expect_memblock_empty(test, &memblock.reserved);
	KUNIT_EXPECT_EQ(test, memblock.memory.cnt, 5);
	EXPECT_REGION(test, memblock.memory, 1, 0x100000, 0x100000, MAX_NUMNODES,
		      MEMBLOCK_NOMAP);
}

static void of_fdt_reserved_mem_bad_cells(struct kunit *test)
{
	use_dtb(test, "board-defaults.dtb");
	early_init_dt_scan_nodes();
	host_log_clear();
	early_init_fdt_scan_reserved_mem();

	expect_memblock_empty(test, &memblock.reserved);
	KUNIT_EXPECT_NOT_NULL(test, strstr(host_log_text(),
		"Reserved memory: unsupported node format, ignoring"));
	KUNIT_EXPECT_EQ(test, memblock.memory.cnt, 1);
	EXPECT_REGION(test, memblock.memory, 0, 0x40000000, SZ_128M,
		      MAX_NUMNODES, MEMBLOCK_NONE);
}

static int count_nodes(unsigned long node, const char *uname, int depth,
		       void *data)
{
	int *n = data;

	n[0]++;
	if (depth > n[1])
		n[1] = depth;
	return 0;
}

static int stop_at_chosen(unsigned long node, const char *uname, int depth,
			  void *data)
{
	*(unsigned long *)data = node;
	return strcmp(uname, "chosen") ? 0 : 42;
}

static int count_children(unsigned long node, const char *uname, void *data)
{
	(*(int *)data)++;
	return 0;
}

static void of_fdt_generic_accessors(struct kunit *test)
{
	void *fdt = use_dtb(test, "board-numa.dtb");
	unsigned long where = 0;
	int n[2] = { 0, 0 }, kids = 0;
	const char *method;
	int len, rmem;

	KUNIT_EXPECT_EQ(test, of_scan_flat_dt(count_nodes, n), 0);
	KUNIT_EXPECT_EQ(test, n[0], 22);
	KUNIT_EXPECT_EQ(test, n[1], 3);
	KUNIT_EXPECT_EQ(test, of_scan_flat_dt(stop_at_chosen, &where), 42);
	KUNIT_EXPECT_EQ(test, where, (unsigned long)path(test, fdt, "/chosen"));

	rmem = of_get_flat_dt_subnode_by_name(of_get_flat_dt_root(), "reserved-memory");
	KUNIT_EXPECT_EQ(test, rmem, path(test, fdt, "/reserved-memory"));
	KUNIT_EXPECT_EQ(test, of_scan_flat_dt_subnodes(rmem, count_children, &kids), 0);
	KUNIT_EXPECT_EQ(test, kids, 4);

	method = of_get_flat_dt_prop(path(test, fdt, "/psci"), "method", &len);
	KUNIT_EXPECT_STREQ(test, method, "hvc");
	KUNIT_EXPECT_EQ(test, len, 4);

	KUNIT_EXPECT_EQ(test, of_flat_dt_is_compatible(0, "tinymm,numa-board"), 1);
	KUNIT_EXPECT_EQ(test, of_flat_dt_is_compatible(0, "arm,vexpress"), 2);
	KUNIT_EXPECT_EQ(test, of_flat_dt_is_compatible(0, "arm"), 0);
	KUNIT_EXPECT_EQ(test, of_flat_dt_is_compatible(path(test, fdt, "/chosen"), "x"), 0);

	KUNIT_EXPECT_STREQ(test, of_flat_dt_get_machine_name(),
			   "tinymm test board (2 nodes)");
	use_dtb(test, "board-defaults.dtb");
	KUNIT_EXPECT_STREQ(test, of_flat_dt_get_machine_name(), "tinymm,defaults");
	use_dtb(test, "qemu-virt-1G.dtb");
	KUNIT_EXPECT_STREQ(test, of_flat_dt_get_machine_name(), "linux,dummy-virt");
}

static void of_fdt_find_devices(struct kunit *test)
{
	void *fdt = use_dtb(test, "board-numa.dtb");
	int node;
	u64 base, size;
	const char *method;

	/* The disabled secure UART comes first in the blob and is skipped. */
	node = of_flat_dt_find_compatible("arm,pl011");
	KUNIT_ASSERT_EQ(test, node, path(test, fdt, "/pl011@9000000"));
	KUNIT_EXPECT_EQ(test, early_init_dt_get_reg(node, 0, &base, &size), 0);
	KUNIT_EXPECT_EQ(test, base, 0x9000000);
	KUNIT_EXPECT_EQ(test, size, 0x1000);
	KUNIT_EXPECT_EQ(test, early_init_dt_get_reg(node, 1, &base, &size), -ENOENT);
	KUNIT_EXPECT_EQ(test, early_init_dt_get_reg(node, -1, &base, &size), -ENOENT);

	node = of_flat_dt_find_compatible("arm,gic-400");
	KUNIT_ASSERT_GE(test, node, 0);
	KUNIT_EXPECT_EQ(test, early_init_dt_get_reg(node, 1, &base, NULL), 0);
	KUNIT_EXPECT_EQ(test, base, 0x8010000);

	node = of_flat_dt_find_compatible("arm,psci-0.2");
	KUNIT_ASSERT_GE(test, node, 0);
	method = of_get_flat_dt_prop(node, "method", NULL);
	KUNIT_EXPECT_STREQ(test, method, "hvc");
	KUNIT_EXPECT_EQ(test, early_init_dt_get_reg(node, 0, &base, &size), -ENOENT);

	KUNIT_EXPECT_EQ(test, of_flat_dt_find_compatible("acme,nothing"),
			-FDT_ERR_NOTFOUND);
	KUNIT_EXPECT_EQ(test, early_init_dt_get_reg(0, 0, &base, &size), -EINVAL);
}

static void of_fdt_reg_translation(struct kunit *test)
{
	void *fdt = use_dtb(test, "board-numa.dtb");
	int node;
	u64 base, size;

	/* soc maps its 0x0-0xfffff to 0x10000000, and 0x200000 to 4 GiB. */
	node = of_flat_dt_find_compatible("tinymm,soc-uart");
	KUNIT_ASSERT_GE(test, node, 0);
	KUNIT_EXPECT_EQ(test, early_init_dt_get_reg(node, 0, &base, &size), 0);
	KUNIT_EXPECT_EQ(test, base, 0x10002000);
	KUNIT_EXPECT_EQ(test, size, 0x100);
	KUNIT_EXPECT_EQ(test, early_init_dt_get_reg(node, 1, &base, &size), 0);
	KUNIT_EXPECT_EQ(test, base, 0x100000100ULL);
	KUNIT_EXPECT_EQ(test, size, 0x10);

	/* Through an empty "ranges;" and then soc's window. */
	node = path(test, fdt, "/soc/bridge@80000/timer@80400");
	KUNIT_EXPECT_EQ(test, early_init_dt_get_reg(node, 0, &base, &size), 0);
	KUNIT_EXPECT_EQ(test, base, 0x10080400);

	/* A bus without "ranges" is not addressable from the CPU. */
	node = path(test, fdt, "/soc/private-bus@90000/phy@1");
	KUNIT_EXPECT_EQ(test, early_init_dt_get_reg(node, 0, &base, &size), -EINVAL);
}

static void of_fdt_stdout_path(struct kunit *test)
{
	void *fdt = use_dtb(test, "board-numa.dtb");

	/* "serial0:115200n8": an alias, with options. */
	KUNIT_EXPECT_EQ(test, of_flat_dt_get_stdout_path(),
			path(test, fdt, "/pl011@9000000"));

	fdt = use_dtb(test, "board-cells32.dtb");
	KUNIT_EXPECT_EQ(test, of_flat_dt_get_stdout_path(),
			path(test, fdt, "/uart@10000000"));

	use_dtb(test, "board-defaults.dtb");
	KUNIT_EXPECT_LT(test, of_flat_dt_get_stdout_path(), 0);

	fdt = use_dtb(test, "qemu-virt-1G.dtb");
	KUNIT_EXPECT_EQ(test, of_flat_dt_get_stdout_path(),
			of_flat_dt_find_compatible("arm,pl011"));
}

/* ---- what QEMU really passes ---- */

static void of_fdt_qemu_1g(struct kunit *test)
{
	use_dtb(test, "qemu-virt-1G.dtb");
	early_init_dt_scan_nodes();
	early_init_fdt_scan_reserved_mem();

	KUNIT_EXPECT_EQ(test, dt_root_addr_cells, 2);
	KUNIT_EXPECT_EQ(test, dt_root_size_cells, 2);
	KUNIT_EXPECT_EQ(test, memblock.memory.cnt, 1);
	EXPECT_REGION(test, memblock.memory, 0, 0x40000000, SZ_1G, MAX_NUMNODES,
		      MEMBLOCK_NONE);
	KUNIT_EXPECT_EQ(test, memblock_phys_mem_size(), SZ_1G);
	expect_memblock_empty(test, &memblock.reserved);
}

static void of_fdt_qemu_5g(struct kunit *test)
{
	u64 base, size;
	int node;

	use_dtb(test, "qemu-virt-5G.dtb");
	early_init_dt_scan_nodes();

	KUNIT_EXPECT_EQ(test, memblock_phys_mem_size(), 5ULL * SZ_1G);
	KUNIT_EXPECT_EQ(test, memblock_start_of_DRAM(), 0x40000000);
	KUNIT_EXPECT_EQ(test, memblock_end_of_DRAM(), 0x40000000 + 5ULL * SZ_1G);

	node = of_flat_dt_find_compatible("arm,pl011");
	KUNIT_ASSERT_GE(test, node, 0);
	KUNIT_EXPECT_EQ(test, early_init_dt_get_reg(node, 0, &base, &size), 0);
	KUNIT_EXPECT_EQ(test, base, 0x9000000);
	KUNIT_EXPECT_EQ(test, size, 0x1000);
}

static void of_fdt_qemu_numa(struct kunit *test)
{
	struct memblock_region *r;
	u64 per_node[2] = { 0, 0 };

	use_dtb(test, "qemu-virt-numa.dtb");
	early_init_dt_scan_nodes();

	KUNIT_EXPECT_EQ(test, memblock_phys_mem_size(), SZ_1G);
	KUNIT_EXPECT_EQ(test, memblock.memory.cnt, 2);
	for_each_mem_region(r) {
		KUNIT_ASSERT_TRUE(test, r->nid == 0 || r->nid == 1);
		per_node[r->nid] += r->size;
	}
	KUNIT_EXPECT_EQ(test, per_node[0], SZ_512M);
	KUNIT_EXPECT_EQ(test, per_node[1], SZ_512M);
	EXPECT_REGION(test, memblock.memory, 0, 0x40000000, SZ_512M, 0, MEMBLOCK_NONE);
	EXPECT_REGION(test, memblock.memory, 1, 0x60000000, SZ_512M, 1, MEMBLOCK_NONE);
}

static void of_fdt_qemu_secure(struct kunit *test)
{
	u64 base, size;

	use_dtb(test, "qemu-virt-secure.dtb");
	early_init_dt_scan_nodes();

	/* secram@e000000 is device_type "memory" but status "disabled". */
	KUNIT_EXPECT_EQ(test, memblock_phys_mem_size(), SZ_1G);
	KUNIT_EXPECT_FALSE(test, memblock_is_memory(0xe000000));
	/* And the Secure-only UART at 0x9040000 is not the console. */
	KUNIT_ASSERT_EQ(test, early_init_dt_get_reg(of_flat_dt_find_compatible("arm,pl011"),
						    0, &base, &size), 0);
	KUNIT_EXPECT_EQ(test, base, 0x9000000);
}

static struct kunit_case of_fdt_test_cases[] = {
	KUNIT_CASE(of_fdt_verify),
	KUNIT_CASE(of_fdt_scan_root_cells),
	KUNIT_CASE(of_fdt_scan_root_bad_cells),
	KUNIT_CASE(of_fdt_scan_memory_numa),
	KUNIT_CASE(of_fdt_scan_memory_cells32),
	KUNIT_CASE(of_fdt_scan_memory_unaligned_entry),
	KUNIT_CASE(of_fdt_scan_chosen),
	KUNIT_CASE(of_fdt_long_bootargs),
	KUNIT_CASE(of_fdt_reserved_mem),
	KUNIT_CASE(of_fdt_reserved_mem_nomap_busy),
	KUNIT_CASE(of_fdt_reserved_mem_cells32),
	KUNIT_CASE(of_fdt_reserved_mem_bad_cells),
	KUNIT_CASE(of_fdt_generic_accessors),
	KUNIT_CASE(of_fdt_find_devices),
	KUNIT_CASE(of_fdt_reg_translation),
	KUNIT_CASE(of_fdt_stdout_path),
	KUNIT_CASE(of_fdt_qemu_1g),
	KUNIT_CASE(of_fdt_qemu_5g),
	KUNIT_CASE(of_fdt_qemu_numa),
	KUNIT_CASE(of_fdt_qemu_secure),
	{}
};

static struct kunit_suite of_fdt_test_suite = {
	.name = "of_fdt",
	.init = fdt_test_init,
	.exit = fdt_test_exit,
	.test_cases = of_fdt_test_cases,
};
kunit_test_suite(of_fdt_test_suite);
