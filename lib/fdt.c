// SPDX-License-Identifier: GPL-2.0
/*
 * lib/fdt.c - a small read-only libfdt: walking a flattened device tree.
 *
 * What it teaches: how firmware describes the machine to the kernel before
 * anything else exists. The DTB is a flat, position-independent blob, so it
 * can be read through any mapping (on tinymm: the fixmap, before the linear
 * map exists) with no allocation at all: a node is just the offset of its
 * FDT_BEGIN_NODE token, and every lookup is a linear walk of 32-bit tokens.
 *
 * Linux counterpart: scripts/dtc/libfdt/{fdt.c,fdt_ro.c,fdt_addresses.c,
 * fdt_strerror.c}, built into the kernel as lib/fdt*.c. Names, argument
 * order, return values and FDT_ERR_* codes are libfdt's; the code is
 * tinymm's own.
 *
 * Robustness rule: a DTB comes from outside the kernel, so it is untrusted
 * input. Every public entry point first validates the header
 * (fdt_check_header(), libfdt's FDT_RO_PROBE), and every later read goes
 * through fdt_offset_ptr_()/fdt_next_tag_(), which check it against the
 * structure or strings block. A corrupt blob gives a negative -FDT_ERR_*,
 * never a read outside it, never a loop (offsets only move forward).
 *
 * Simplified: read-only; versions 16 and 17 only (libfdt reads back to 2);
 * no phandles, overlays or "can_assume()" fast paths (libfdt can be built to
 * trust its input; we always check, because the checks are the lesson).
 */
#include <linux/libfdt.h>
#include <linux/kernel.h>
#include <linux/string.h>

/* ---- header ---- */

static u32 fdt_header_size_(const void *fdt)
{
	return fdt_version(fdt) >= 17 ? FDT_V17_SIZE : FDT_V16_SIZE;
}

/* Version 16 has no size_dt_struct: the block runs to the end of the blob. */
static u32 fdt_struct_size_(const void *fdt)
{
	if (fdt_version(fdt) >= 17)
		return fdt_size_dt_struct(fdt);
	return fdt_totalsize(fdt) - fdt_off_dt_struct(fdt);
}

/* [off, off + len) inside [0, limit), with no overflow. */
static bool fdt_range_ok_(u32 off, u32 len, u32 limit)
{
	return off <= limit && len <= limit - off;
}

int fdt_check_header(const void *fdt)
{
	u32 total, hdrsize;

	/* Loads are bytewise anyway; 4 is what the format promises. */
	if ((uintptr_t)fdt & 3)
		return -FDT_ERR_ALIGNMENT;
	if (fdt_magic(fdt) != FDT_MAGIC)
		return -FDT_ERR_BADMAGIC;
	if (fdt_version(fdt) < FDT_FIRST_SUPPORTED_VERSION ||
	    fdt_last_comp_version(fdt) > FDT_LAST_SUPPORTED_VERSION ||
	    fdt_version(fdt) < fdt_last_comp_version(fdt))
		return -FDT_ERR_BADVERSION;

	total = fdt_totalsize(fdt);
	hdrsize = fdt_header_size_(fdt);
	if (total < hdrsize || total > INT_MAX)
		return -FDT_ERR_TRUNCATED;

	/* Each block must start after the header and end inside the blob. */
	if (fdt_off_mem_rsvmap(fdt) < hdrsize ||
	    fdt_off_dt_struct(fdt) < hdrsize ||
	    fdt_off_dt_strings(fdt) < hdrsize)
		return -FDT_ERR_BADLAYOUT;
	if ((fdt_off_dt_struct(fdt) | fdt_off_mem_rsvmap(fdt)) & 3)
		return -FDT_ERR_BADLAYOUT;
	if (fdt_off_mem_rsvmap(fdt) > total ||
	    fdt_off_dt_struct(fdt) > total ||
	    !fdt_range_ok_(fdt_off_dt_struct(fdt), fdt_struct_size_(fdt), total) ||
	    !fdt_range_ok_(fdt_off_dt_strings(fdt), fdt_size_dt_strings(fdt), total))
		return -FDT_ERR_TRUNCATED;
	return 0;
}

/*
 * libfdt's FDT_RO_PROBE(): every entry point re-validates the header, so no
 * function ever trusts offsets it has not checked itself.
 */
#define FDT_RO_PROBE(fdt)					\
	do {							\
		int err_ = fdt_check_header(fdt);		\
		if (err_)					\
			return err_;				\
	} while (0)

/* ---- raw access to the structure and strings blocks ---- */

/* Pointer to @len bytes at @offset into the structure block, or NULL. */
static const void *fdt_offset_ptr_(const void *fdt, int offset, u32 len)
{
	if (offset < 0 || !fdt_range_ok_(offset, len, fdt_struct_size_(fdt)))
		return NULL;
	return (const char *)fdt + fdt_off_dt_struct(fdt) + offset;
}

const void *fdt_offset_ptr(const void *fdt, int offset, unsigned int checklen)
{
	if (fdt_check_header(fdt))
		return NULL;
	return fdt_offset_ptr_(fdt, offset, checklen);
}

/*
 * Decode the token at @startoffset; *nextoffset gets the offset of the token
 * after it (4-aligned). A token that does not fit in the structure block, or
 * an unknown one, reads as FDT_END with *nextoffset = -FDT_ERR_TRUNCATED or
 * -FDT_ERR_BADSTRUCTURE; a clean FDT_END leaves *nextoffset >= 0.
 */
static u32 fdt_next_tag_(const void *fdt, int startoffset, int *nextoffset)
{
	u32 size = fdt_struct_size_(fdt);
	const fdt32_t *p;
	const char *name, *nul;
	u32 offset = startoffset, tag, len;

	*nextoffset = -FDT_ERR_TRUNCATED;
	p = fdt_offset_ptr_(fdt, startoffset, FDT_TAGSIZE);
	if (!p)
		return FDT_END;
	tag = fdt32_ld(p);
	offset += FDT_TAGSIZE;

	switch (tag) {
	case FDT_BEGIN_NODE:
		/* The name must end inside the structure block. */
		name = fdt_offset_ptr_(fdt, offset, 0);
		nul = memchr(name, '\0', size - offset);
		if (!nul)
			return FDT_END;
		offset += nul - name + 1;
		break;
	case FDT_PROP:
		p = fdt_offset_ptr_(fdt, offset, 2 * FDT_TAGSIZE);
		if (!p)
			return FDT_END;
		len = fdt32_ld(p);	/* p[1] is nameoff */
		offset += 2 * FDT_TAGSIZE;
		if (!fdt_range_ok_(offset, len, size))
			return FDT_END;
		offset += len;
		break;
	case FDT_END:
	case FDT_END_NODE:
	case FDT_NOP:
		break;
	default:
		*nextoffset = -FDT_ERR_BADSTRUCTURE;
		return FDT_END;
	}

	/* Padding may take the next token past the block: its read will fail. */
	*nextoffset = ALIGN(offset, FDT_TAGSIZE);
	if (*nextoffset < 0)	/* only if size were near INT_MAX */
		*nextoffset = -FDT_ERR_TRUNCATED;
	return tag;
}

u32 fdt_next_tag(const void *fdt, int startoffset, int *nextoffset)
{
	int err = fdt_check_header(fdt);

	if (err) {
		*nextoffset = err;
		return FDT_END;
	}
	return fdt_next_tag_(fdt, startoffset, nextoffset);
}

/* Offset just past node @offset's name, or -FDT_ERR_BADOFFSET. */
static int fdt_check_node_offset_(const void *fdt, int offset)
{
	if (offset < 0 || (offset % FDT_TAGSIZE) ||
	    fdt_next_tag_(fdt, offset, &offset) != FDT_BEGIN_NODE)
		return -FDT_ERR_BADOFFSET;
	return offset;
}

static int fdt_check_prop_offset_(const void *fdt, int offset)
{
	if (offset < 0 || (offset % FDT_TAGSIZE) ||
	    fdt_next_tag_(fdt, offset, &offset) != FDT_PROP)
		return -FDT_ERR_BADOFFSET;
	return offset;
}

const char *fdt_get_string(const void *fdt, int stroffset, int *lenp)
{
	u32 size;
	const char *s, *nul;
	int err = fdt_check_header(fdt);

	if (err)
		goto fail;
	size = fdt_size_dt_strings(fdt);
	err = -FDT_ERR_BADOFFSET;
	if (stroffset < 0 || (u32)stroffset >= size)
		goto fail;
	s = (const char *)fdt + fdt_off_dt_strings(fdt) + stroffset;
	nul = memchr(s, '\0', size - stroffset);
	err = -FDT_ERR_TRUNCATED;
	if (!nul)
		goto fail;
	if (lenp)
		*lenp = nul - s;
	return s;
fail:
	if (lenp)
		*lenp = err;
	return NULL;
}

/* ---- the memory reservation block ---- */

static const struct fdt_reserve_entry *fdt_mem_rsv_(const void *fdt, int n)
{
	u64 pos;

	if (n < 0)
		return NULL;
	pos = fdt_off_mem_rsvmap(fdt) +
	      (u64)n * sizeof(struct fdt_reserve_entry);
	if (pos + sizeof(struct fdt_reserve_entry) > fdt_totalsize(fdt))
		return NULL;
	return (const void *)((const char *)fdt + pos);
}

int fdt_get_mem_rsv(const void *fdt, int n, u64 *address, u64 *size)
{
	const struct fdt_reserve_entry *re;

	FDT_RO_PROBE(fdt);
	re = fdt_mem_rsv_(fdt, n);
	if (!re)
		return -FDT_ERR_BADOFFSET;
	*address = fdt64_ld(&re->address);
	*size = fdt64_ld(&re->size);
	return 0;
}

/* Entries before the {0, 0} terminator; an unterminated list is corrupt. */
int fdt_num_mem_rsv(const void *fdt)
{
	const struct fdt_reserve_entry *re;
	int i;

	FDT_RO_PROBE(fdt);
	for (i = 0; (re = fdt_mem_rsv_(fdt, i)) != NULL; i++)
		if (fdt64_ld(&re->size) == 0)
			return i;
	return -FDT_ERR_TRUNCATED;
}

/* ---- nodes ---- */

static int fdt_next_node_(const void *fdt, int offset, int *depth)
{
	int next = 0;
	u32 tag;

	if (offset >= 0) {
		next = fdt_check_node_offset_(fdt, offset);
		if (next < 0)
			return next;
	}

	do {
		offset = next;
		tag = fdt_next_tag_(fdt, offset, &next);
		switch (tag) {
		case FDT_BEGIN_NODE:
			if (depth)
				(*depth)++;
			break;
		case FDT_END_NODE:
			/* Left the subtree we started in: the caller stops. */
			if (depth && --(*depth) < 0)
				return next;
			break;
		case FDT_END:
			return next >= 0 ? -FDT_ERR_NOTFOUND : next;
		default:	/* FDT_PROP, FDT_NOP */
			break;
		}
	} while (tag != FDT_BEGIN_NODE);

	return offset;
}

/*
 * The node after @offset in blob order (-1: the root). *depth is adjusted by
 * the nesting change; when it drops below zero the walk has left the subtree
 * it started in, and the return value must not be used as a node.
 */
int fdt_next_node(const void *fdt, int offset, int *depth)
{
	FDT_RO_PROBE(fdt);
	return fdt_next_node_(fdt, offset, depth);
}

int fdt_first_subnode(const void *fdt, int offset)
{
	int depth = 0;

	offset = fdt_next_node(fdt, offset, &depth);
	if (offset < 0 || depth != 1)
		return -FDT_ERR_NOTFOUND;
	return offset;
}

int fdt_next_subnode(const void *fdt, int offset)
{
	int depth = 1;

	/* Skip the current node's own children: stop when back at depth 1. */
	do {
		offset = fdt_next_node(fdt, offset, &depth);
		if (offset < 0 || depth < 1)
			return -FDT_ERR_NOTFOUND;
	} while (depth > 1);
	return offset;
}

const char *fdt_get_name(const void *fdt, int nodeoffset, int *lenp)
{
	const char *name;
	int err = fdt_check_header(fdt);

	if (!err)
		err = fdt_check_node_offset_(fdt, nodeoffset);
	if (err < 0) {
		if (lenp)
			*lenp = err;
		return NULL;
	}
	/* fdt_next_tag_() has seen the NUL inside the block. */
	name = fdt_offset_ptr_(fdt, nodeoffset + FDT_TAGSIZE, 0);
	if (lenp)
		*lenp = strlen(name);
	return name;
}

/*
 * Does node @offset answer to @s? "cpu@0" matches only itself; a name given
 * without a unit address ("memory") also matches "memory@40000000", as in
 * libfdt, so "/memory" finds QEMU's memory node.
 */
static bool fdt_nodename_eq_(const void *fdt, int offset, const char *s,
			     int len)
{
	int olen;
	const char *p = fdt_get_name(fdt, offset, &olen);

	if (!p || olen < len || memcmp(p, s, len) != 0)
		return false;
	if (p[len] == '\0')
		return true;
	return !memchr(s, '@', len) && p[len] == '@';
}

int fdt_subnode_offset_namelen(const void *fdt, int offset,
			       const char *name, int namelen)
{
	int depth;

	FDT_RO_PROBE(fdt);
	for (depth = 0; offset >= 0 && depth >= 0;
	     offset = fdt_next_node_(fdt, offset, &depth))
		if (depth == 1 && fdt_nodename_eq_(fdt, offset, name, namelen))
			return offset;

	if (depth < 0)
		return -FDT_ERR_NOTFOUND;
	return offset;	/* an error from fdt_next_node_() */
}

int fdt_subnode_offset(const void *fdt, int parentoffset, const char *name)
{
	return fdt_subnode_offset_namelen(fdt, parentoffset, name,
					  strlen(name));
}

/*
 * "/a/b@1/c" from the root, or "alias/rest" starting at /aliases/alias.
 * Only the first @namelen characters of @path are looked at, so callers can
 * cut off a ":options" suffix (stdout-path = "/pl011@9000000:115200n8").
 */
int fdt_path_offset_namelen(const void *fdt, const char *path, int namelen)
{
	const char *end = path + namelen;
	const char *p = path, *q;
	int offset = 0;

	FDT_RO_PROBE(fdt);
	if (namelen <= 0)
		return -FDT_ERR_BADPATH;

	if (*path != '/') {
		q = memchr(path, '/', namelen);
		if (!q)
			q = end;
		p = fdt_get_alias_namelen(fdt, path, q - path);
		/* An alias must be a full path: that also rules out loops. */
		if (!p || *p != '/')
			return -FDT_ERR_BADPATH;
		offset = fdt_path_offset(fdt, p);
		p = q;
	}

	while (p < end && offset >= 0) {
		while (p < end && *p == '/')
			p++;
		if (p == end)
			break;
		q = memchr(p, '/', end - p);
		if (!q)
			q = end;
		offset = fdt_subnode_offset_namelen(fdt, offset, p, q - p);
		p = q;
	}
	return offset;
}

int fdt_path_offset(const void *fdt, const char *path)
{
	return fdt_path_offset_namelen(fdt, path, strlen(path));
}

const char *fdt_get_alias_namelen(const void *fdt, const char *name,
				  int namelen)
{
	int aliases, len;
	const char *val;

	aliases = fdt_path_offset(fdt, "/aliases");
	if (aliases < 0)
		return NULL;
	val = fdt_getprop_namelen(fdt, aliases, name, namelen, &len);
	if (!val || len < 1 || val[len - 1] != '\0')
		return NULL;
	return val;
}

const char *fdt_get_alias(const void *fdt, const char *name)
{
	return fdt_get_alias_namelen(fdt, name, strlen(name));
}

/*
 * The ancestor of @nodeoffset at depth @supernodedepth (0 = root). The blob
 * has no parent links, so walk from the root remembering the last node seen
 * at that depth; optionally report @nodeoffset's own depth.
 */
int fdt_supernode_atdepth_offset(const void *fdt, int nodeoffset,
				 int supernodedepth, int *nodedepth)
{
	int offset, depth = 0;
	int supernodeoffset = -FDT_ERR_INTERNAL;

	FDT_RO_PROBE(fdt);
	if (supernodedepth < 0)
		return -FDT_ERR_NOTFOUND;

	for (offset = 0; offset >= 0 && depth >= 0 && offset <= nodeoffset;
	     offset = fdt_next_node_(fdt, offset, &depth)) {
		if (depth == supernodedepth)
			supernodeoffset = offset;
		if (offset == nodeoffset) {
			if (nodedepth)
				*nodedepth = depth;
			if (supernodedepth > depth)
				return -FDT_ERR_NOTFOUND;
			return supernodeoffset;
		}
	}

	/* Walked past it (or out of the tree): not a node's offset. */
	if (offset >= 0 || depth < 0 || offset == -FDT_ERR_NOTFOUND)
		return -FDT_ERR_BADOFFSET;
	return offset;
}

int fdt_node_depth(const void *fdt, int nodeoffset)
{
	int depth, err;

	err = fdt_supernode_atdepth_offset(fdt, nodeoffset, 0, &depth);
	if (err)
		return err < 0 ? err : -FDT_ERR_INTERNAL;
	return depth;
}

int fdt_parent_offset(const void *fdt, int nodeoffset)
{
	int depth = fdt_node_depth(fdt, nodeoffset);

	if (depth < 0)
		return depth;
	return fdt_supernode_atdepth_offset(fdt, nodeoffset, depth - 1, NULL);
}

/* ---- properties ---- */

/* The first FDT_PROP at or after @offset, before the node's first child. */
static int fdt_nextprop_(const void *fdt, int offset)
{
	int next;
	u32 tag;

	do {
		tag = fdt_next_tag_(fdt, offset, &next);
		switch (tag) {
		case FDT_END:
			return next >= 0 ? -FDT_ERR_BADSTRUCTURE : next;
		case FDT_PROP:
			return offset;
		}
		offset = next;
	} while (tag == FDT_NOP);

	return -FDT_ERR_NOTFOUND;	/* reached a child or the node's end */
}

int fdt_first_property_offset(const void *fdt, int nodeoffset)
{
	int offset;

	FDT_RO_PROBE(fdt);
	offset = fdt_check_node_offset_(fdt, nodeoffset);
	if (offset < 0)
		return offset;
	return fdt_nextprop_(fdt, offset);
}

int fdt_next_property_offset(const void *fdt, int offset)
{
	FDT_RO_PROBE(fdt);
	offset = fdt_check_prop_offset_(fdt, offset);
	if (offset < 0)
		return offset;
	return fdt_nextprop_(fdt, offset);
}

/* The property header at @offset; its length was checked by next_tag. */
static const struct fdt_property *fdt_get_property_by_offset_(const void *fdt,
							       int offset,
							       int *lenp)
{
	const struct fdt_property *prop;
	int err = fdt_check_prop_offset_(fdt, offset);

	if (err < 0) {
		if (lenp)
			*lenp = err;
		return NULL;
	}
	prop = fdt_offset_ptr_(fdt, offset, sizeof(*prop));
	if (lenp)
		*lenp = fdt32_ld(&prop->len);
	return prop;
}

const void *fdt_getprop_by_offset(const void *fdt, int offset,
				  const char **namep, int *lenp)
{
	const struct fdt_property *prop;
	const char *name;
	int err = fdt_check_header(fdt), namelen;

	if (err) {
		if (lenp)
			*lenp = err;
		return NULL;
	}
	prop = fdt_get_property_by_offset_(fdt, offset, lenp);
	if (!prop)
		return NULL;
	if (namep) {
		name = fdt_get_string(fdt, fdt32_ld(&prop->nameoff), &namelen);
		if (!name) {
			if (lenp)
				*lenp = namelen;
			return NULL;
		}
		*namep = name;
	}
	return prop->data;
}

const void *fdt_getprop_namelen(const void *fdt, int nodeoffset,
				const char *name, int namelen, int *lenp)
{
	const struct fdt_property *prop;
	const char *pname;
	int offset, plen;

	for (offset = fdt_first_property_offset(fdt, nodeoffset);
	     offset >= 0;
	     offset = fdt_next_property_offset(fdt, offset)) {
		prop = fdt_get_property_by_offset_(fdt, offset, NULL);
		/* A name outside the strings block never matches. */
		pname = fdt_get_string(fdt, fdt32_ld(&prop->nameoff), &plen);
		if (pname && plen == namelen && !memcmp(pname, name, namelen)) {
			if (lenp)
				*lenp = fdt32_ld(&prop->len);
			return prop->data;
		}
	}
	if (lenp)
		*lenp = offset;	/* -FDT_ERR_NOTFOUND or a corruption error */
	return NULL;
}

const void *fdt_getprop(const void *fdt, int nodeoffset, const char *name,
			int *lenp)
{
	return fdt_getprop_namelen(fdt, nodeoffset, name, strlen(name), lenp);
}

/* ---- string lists ("compatible" and friends) ---- */

/*
 * Is @str one of the NUL-separated strings in [strlist, strlist + listlen)?
 * An unterminated last string is ignored rather than over-read.
 */
int fdt_stringlist_contains(const char *strlist, int listlen, const char *str)
{
	size_t len = strlen(str);
	const char *nul;

	while (listlen > 0) {
		nul = memchr(strlist, '\0', listlen);
		if (!nul)
			return 0;
		if ((size_t)(nul - strlist) == len && !memcmp(strlist, str, len))
			return 1;
		listlen -= nul - strlist + 1;
		strlist = nul + 1;
	}
	return 0;
}

int fdt_stringlist_count(const void *fdt, int nodeoffset, const char *property)
{
	const char *list, *nul;
	int len, count = 0;

	list = fdt_getprop(fdt, nodeoffset, property, &len);
	if (!list)
		return len;
	while (len > 0) {
		nul = memchr(list, '\0', len);
		if (!nul)
			return -FDT_ERR_BADVALUE;
		len -= nul - list + 1;
		list = nul + 1;
		count++;
	}
	return count;
}

/* 0: compatible, 1: not, <0: no "compatible" property or a bad blob. */
int fdt_node_check_compatible(const void *fdt, int nodeoffset,
			      const char *compatible)
{
	const char *prop;
	int len;

	prop = fdt_getprop(fdt, nodeoffset, "compatible", &len);
	if (!prop)
		return len;
	return !fdt_stringlist_contains(prop, len, compatible);
}

/* The first node after @startoffset (-1: from the root) compatible with... */
int fdt_node_offset_by_compatible(const void *fdt, int startoffset,
				  const char *compatible)
{
	int offset, err;

	FDT_RO_PROBE(fdt);
	for (offset = fdt_next_node_(fdt, startoffset, NULL);
	     offset >= 0;
	     offset = fdt_next_node_(fdt, offset, NULL)) {
		err = fdt_node_check_compatible(fdt, offset, compatible);
		if (err < 0 && err != -FDT_ERR_NOTFOUND)
			return err;
		if (err == 0)
			return offset;
	}
	return offset;
}

/* ---- #address-cells / #size-cells ---- */

static int fdt_cells_(const void *fdt, int nodeoffset, const char *name)
{
	const fdt32_t *c;
	int len;
	u32 val;

	c = fdt_getprop(fdt, nodeoffset, name, &len);
	if (!c)
		return len;
	if (len != sizeof(*c))
		return -FDT_ERR_BADNCELLS;
	val = fdt32_ld(c);
	if (val > FDT_MAX_NCELLS)
		return -FDT_ERR_BADNCELLS;
	return val;
}

/*
 * Cells a child of @nodeoffset uses in "reg" for an address. Absent means
 * 2 (Devicetree Specification 2.3.5); libfdt rejects 0.
 */
int fdt_address_cells(const void *fdt, int nodeoffset)
{
	int val = fdt_cells_(fdt, nodeoffset, "#address-cells");

	if (val == 0)
		return -FDT_ERR_BADNCELLS;
	if (val == -FDT_ERR_NOTFOUND)
		return 2;
	return val;
}

/* ...and for a size. Absent means 1. */
int fdt_size_cells(const void *fdt, int nodeoffset)
{
	int val = fdt_cells_(fdt, nodeoffset, "#size-cells");

	if (val == -FDT_ERR_NOTFOUND)
		return 1;
	return val;
}

/* ---- whole-blob check ---- */

/*
 * Everything fdt_check_header() checks, plus: the blob fits in @bufsize,
 * the reservation list is terminated, and the structure block is one
 * well-nested root node whose tokens and property names are all valid.
 */
int fdt_check_full(const void *fdt, size_t bufsize)
{
	int offset = 0, next, depth = 0, err;
	bool seen_root = false;
	const char *name;
	u32 tag;

	if (bufsize < FDT_V16_SIZE)
		return -FDT_ERR_TRUNCATED;
	err = fdt_check_header(fdt);
	if (err)
		return err;
	if (fdt_totalsize(fdt) > bufsize)
		return -FDT_ERR_TRUNCATED;
	err = fdt_num_mem_rsv(fdt);
	if (err < 0)
		return err;

	for (;;) {
		tag = fdt_next_tag_(fdt, offset, &next);
		if (next < 0)
			return next;
		switch (tag) {
		case FDT_BEGIN_NODE:
			if (depth == 0 && seen_root)
				return -FDT_ERR_BADSTRUCTURE;
			seen_root = true;
			depth++;
			break;
		case FDT_END_NODE:
			if (--depth < 0)
				return -FDT_ERR_BADSTRUCTURE;
			break;
		case FDT_PROP:
			if (depth == 0)
				return -FDT_ERR_BADSTRUCTURE;
			/* ...and its name must be a string in the block. */
			if (!fdt_getprop_by_offset(fdt, offset, &name, &err))
				return err;
			break;
		case FDT_END:
			if (depth != 0 || !seen_root)
				return -FDT_ERR_BADSTRUCTURE;
			return 0;
		default:	/* FDT_NOP */
			break;
		}
		offset = next;
	}
}

/* ---- error strings ---- */

static const char *const fdt_errtable[] = {
	[0]			= "<no error>",
	[FDT_ERR_NOTFOUND]	= "FDT_ERR_NOTFOUND",
	[FDT_ERR_EXISTS]	= "FDT_ERR_EXISTS",
	[FDT_ERR_NOSPACE]	= "FDT_ERR_NOSPACE",
	[FDT_ERR_BADOFFSET]	= "FDT_ERR_BADOFFSET",
	[FDT_ERR_BADPATH]	= "FDT_ERR_BADPATH",
	[FDT_ERR_BADPHANDLE]	= "FDT_ERR_BADPHANDLE",
	[FDT_ERR_BADSTATE]	= "FDT_ERR_BADSTATE",
	[FDT_ERR_TRUNCATED]	= "FDT_ERR_TRUNCATED",
	[FDT_ERR_BADMAGIC]	= "FDT_ERR_BADMAGIC",
	[FDT_ERR_BADVERSION]	= "FDT_ERR_BADVERSION",
	[FDT_ERR_BADSTRUCTURE]	= "FDT_ERR_BADSTRUCTURE",
	[FDT_ERR_BADLAYOUT]	= "FDT_ERR_BADLAYOUT",
	[FDT_ERR_INTERNAL]	= "FDT_ERR_INTERNAL",
	[FDT_ERR_BADNCELLS]	= "FDT_ERR_BADNCELLS",
	[FDT_ERR_BADVALUE]	= "FDT_ERR_BADVALUE",
	[FDT_ERR_BADOVERLAY]	= "FDT_ERR_BADOVERLAY",
	[FDT_ERR_NOPHANDLES]	= "FDT_ERR_NOPHANDLES",
	[FDT_ERR_BADFLAGS]	= "FDT_ERR_BADFLAGS",
	[FDT_ERR_ALIGNMENT]	= "FDT_ERR_ALIGNMENT",
};

const char *fdt_strerror(int errval)
{
	if (errval > 0)
		return "<valid offset/length>";
	if (-errval < (int)ARRAY_SIZE(fdt_errtable))
		return fdt_errtable[-errval];
	return "<unknown error>";
}
