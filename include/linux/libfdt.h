/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/libfdt.h - read-only access to a flattened device tree (DTB).
 * Linux: include/linux/libfdt.h, which wraps scripts/dtc/libfdt/libfdt.h.
 * tinymm's own small implementation (lib/fdt.c) with libfdt's names,
 * argument order, return conventions and error codes.
 *
 * A DTB is four parts inside one blob of fdt_totalsize() bytes, all
 * big-endian:
 *
 *   struct fdt_header           magic 0xd00dfeed, offsets and sizes below
 *   memory reservation block    {u64 address, u64 size} pairs, ended by {0,0}
 *   structure block             32-bit tokens: FDT_BEGIN_NODE "name\0" (padded
 *                               to 4), FDT_PROP len nameoff value (padded),
 *                               FDT_END_NODE, FDT_NOP, and a final FDT_END
 *   strings block               property names, each NUL-terminated
 *
 * A node is named by its "offset": where its FDT_BEGIN_NODE token sits in the
 * structure block. Errors are negative -FDT_ERR_* values.
 *
 * Every read is checked against the header's sizes, so a corrupt blob gives
 * an error, never a read outside [fdt, fdt + totalsize). Values are read a
 * byte at a time, so 64-bit cells that are only 4-byte aligned are fine.
 *
 * Simplified: read-only (no fdt_setprop/fdt_open_into/sequential writer), no
 * phandles or overlays, and only version 16/17 blobs (what dtc and QEMU have
 * produced for fifteen years).
 */
#ifndef _LINUX_LIBFDT_H
#define _LINUX_LIBFDT_H

#include <linux/types.h>

typedef u32 fdt32_t;
typedef u64 fdt64_t;

#define FDT_MAGIC	0xd00dfeed
#define FDT_TAGSIZE	sizeof(fdt32_t)

#define FDT_BEGIN_NODE	0x1	/* start of a node: name follows */
#define FDT_END_NODE	0x2	/* end of a node */
#define FDT_PROP	0x3	/* property: len, nameoff, value */
#define FDT_NOP		0x4	/* ignored (left where something was deleted) */
#define FDT_END		0x9	/* end of the structure block */

#define FDT_V16_SIZE	36	/* header without size_dt_struct */
#define FDT_V17_SIZE	40
/* libfdt reads back to version 2; tinymm only 16 and 17 (dtc's, QEMU's). */
#define FDT_FIRST_SUPPORTED_VERSION	16
#define FDT_LAST_SUPPORTED_VERSION	17

/* Largest #address-cells / #size-cells libfdt accepts. */
#define FDT_MAX_NCELLS	4

/* Error codes, as libfdt's; functions return them negated. */
#define FDT_ERR_NOTFOUND	1	/* no such node or property */
#define FDT_ERR_EXISTS		2
#define FDT_ERR_NOSPACE		3
#define FDT_ERR_BADOFFSET	4	/* offset is not a node/property start */
#define FDT_ERR_BADPATH		5	/* malformed path */
#define FDT_ERR_BADPHANDLE	6
#define FDT_ERR_BADSTATE	7
#define FDT_ERR_TRUNCATED	8	/* something runs past its block */
#define FDT_ERR_BADMAGIC	9	/* not a DTB at all */
#define FDT_ERR_BADVERSION	10	/* a version we cannot read */
#define FDT_ERR_BADSTRUCTURE	11	/* tokens badly nested or unknown */
#define FDT_ERR_BADLAYOUT	12	/* blocks in an impossible place */
#define FDT_ERR_INTERNAL	13
#define FDT_ERR_BADNCELLS	14	/* bad #address-cells / #size-cells */
#define FDT_ERR_BADVALUE	15	/* property value malformed */
#define FDT_ERR_BADOVERLAY	16
#define FDT_ERR_NOPHANDLES	17
#define FDT_ERR_BADFLAGS	18
#define FDT_ERR_ALIGNMENT	19	/* blob not 4-byte aligned */
#define FDT_ERR_MAX		19

/* The header, as laid out in the blob (all fields big-endian). */
struct fdt_header {
	fdt32_t magic;
	fdt32_t totalsize;
	fdt32_t off_dt_struct;
	fdt32_t off_dt_strings;
	fdt32_t off_mem_rsvmap;
	fdt32_t version;
	fdt32_t last_comp_version;
	fdt32_t boot_cpuid_phys;	/* version 2 */
	fdt32_t size_dt_strings;	/* version 3 */
	fdt32_t size_dt_struct;		/* version 17 */
};

struct fdt_reserve_entry {
	fdt64_t address;
	fdt64_t size;
};

struct fdt_node_header {
	fdt32_t tag;
	char name[];
};

struct fdt_property {
	fdt32_t tag;
	fdt32_t len;
	fdt32_t nameoff;
	char data[];
};

/* ---- byte order ---- */

static inline u32 fdt32_to_cpu(fdt32_t x)
{
	const u8 *b = (const u8 *)&x;

	return ((u32)b[0] << 24) | ((u32)b[1] << 16) | ((u32)b[2] << 8) | b[3];
}

static inline fdt32_t cpu_to_fdt32(u32 x)
{
	fdt32_t r;
	u8 *b = (u8 *)&r;

	b[0] = x >> 24;
	b[1] = x >> 16;
	b[2] = x >> 8;
	b[3] = x;
	return r;
}

static inline u64 fdt64_to_cpu(fdt64_t x)
{
	const u8 *b = (const u8 *)&x;
	u64 r = 0;
	int i;

	for (i = 0; i < 8; i++)
		r = (r << 8) | b[i];
	return r;
}

static inline fdt64_t cpu_to_fdt64(u64 x)
{
	fdt64_t r;
	u8 *b = (u8 *)&r;
	int i;

	for (i = 7; i >= 0; i--, x >>= 8)
		b[i] = (u8)x;
	return r;
}

/*
 * Load a big-endian value from a pointer into the blob. Byte loads: a
 * property value is only 4-byte aligned, and a blob copied by a test or a
 * boot loader may be less, so never dereference it as a wider type.
 */
static inline u32 fdt32_ld(const fdt32_t *p)
{
	const u8 *b = (const u8 *)p;

	return ((u32)b[0] << 24) | ((u32)b[1] << 16) | ((u32)b[2] << 8) | b[3];
}

static inline u64 fdt64_ld(const fdt64_t *p)
{
	const u8 *b = (const u8 *)p;

	return ((u64)fdt32_ld((const fdt32_t *)b) << 32) |
	       fdt32_ld((const fdt32_t *)(b + 4));
}

/* ---- header fields (libfdt has these as macros; same names) ---- */

#define fdt_get_header(fdt, field) \
	fdt32_ld(&((const struct fdt_header *)(fdt))->field)

#define fdt_magic(fdt)			fdt_get_header(fdt, magic)
#define fdt_totalsize(fdt)		fdt_get_header(fdt, totalsize)
#define fdt_off_dt_struct(fdt)		fdt_get_header(fdt, off_dt_struct)
#define fdt_off_dt_strings(fdt)		fdt_get_header(fdt, off_dt_strings)
#define fdt_off_mem_rsvmap(fdt)		fdt_get_header(fdt, off_mem_rsvmap)
#define fdt_version(fdt)		fdt_get_header(fdt, version)
#define fdt_last_comp_version(fdt)	fdt_get_header(fdt, last_comp_version)
#define fdt_boot_cpuid_phys(fdt)	fdt_get_header(fdt, boot_cpuid_phys)
#define fdt_size_dt_strings(fdt)	fdt_get_header(fdt, size_dt_strings)
#define fdt_size_dt_struct(fdt)		fdt_get_header(fdt, size_dt_struct)

/* ---- sanity checks ---- */

int fdt_check_header(const void *fdt);
/* Header, then every token of the structure block, for a blob of bufsize. */
int fdt_check_full(const void *fdt, size_t bufsize);
const char *fdt_strerror(int errval);

/* ---- low-level walking ---- */

const void *fdt_offset_ptr(const void *fdt, int offset, unsigned int checklen);
u32 fdt_next_tag(const void *fdt, int startoffset, int *nextoffset);
const char *fdt_get_string(const void *fdt, int stroffset, int *lenp);

/* ---- nodes ---- */

int fdt_next_node(const void *fdt, int offset, int *depth);
int fdt_first_subnode(const void *fdt, int offset);
int fdt_next_subnode(const void *fdt, int offset);

/* Every direct child of @parent, in blob order. */
#define fdt_for_each_subnode(node, fdt, parent)			\
	for (node = fdt_first_subnode(fdt, parent);		\
	     node >= 0;						\
	     node = fdt_next_subnode(fdt, node))

const char *fdt_get_name(const void *fdt, int nodeoffset, int *lenp);
int fdt_subnode_offset_namelen(const void *fdt, int parentoffset,
			       const char *name, int namelen);
int fdt_subnode_offset(const void *fdt, int parentoffset, const char *name);
int fdt_path_offset_namelen(const void *fdt, const char *path, int namelen);
int fdt_path_offset(const void *fdt, const char *path);
const char *fdt_get_alias_namelen(const void *fdt, const char *name,
				  int namelen);
const char *fdt_get_alias(const void *fdt, const char *name);
int fdt_supernode_atdepth_offset(const void *fdt, int nodeoffset,
				 int supernodedepth, int *nodedepth);
int fdt_node_depth(const void *fdt, int nodeoffset);
int fdt_parent_offset(const void *fdt, int nodeoffset);

/* ---- properties ---- */

int fdt_first_property_offset(const void *fdt, int nodeoffset);
int fdt_next_property_offset(const void *fdt, int offset);

#define fdt_for_each_property_offset(property, fdt, node)	\
	for (property = fdt_first_property_offset(fdt, node);	\
	     property >= 0;					\
	     property = fdt_next_property_offset(fdt, property))

const void *fdt_getprop_by_offset(const void *fdt, int offset,
				  const char **namep, int *lenp);
const void *fdt_getprop_namelen(const void *fdt, int nodeoffset,
				const char *name, int namelen, int *lenp);
const void *fdt_getprop(const void *fdt, int nodeoffset,
			const char *name, int *lenp);

/* ---- compatible strings and string lists ---- */

int fdt_stringlist_contains(const char *strlist, int listlen, const char *str);
int fdt_stringlist_count(const void *fdt, int nodeoffset, const char *property);
int fdt_node_check_compatible(const void *fdt, int nodeoffset,
			      const char *compatible);
int fdt_node_offset_by_compatible(const void *fdt, int startoffset,
				  const char *compatible);

/* ---- addresses ---- */

int fdt_address_cells(const void *fdt, int nodeoffset);
int fdt_size_cells(const void *fdt, int nodeoffset);

/* ---- memory reservation block ---- */

int fdt_num_mem_rsv(const void *fdt);
int fdt_get_mem_rsv(const void *fdt, int n, u64 *address, u64 *size);

#endif /* _LINUX_LIBFDT_H */
