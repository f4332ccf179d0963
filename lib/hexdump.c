// SPDX-License-Identifier: GPL-2.0
/*
 * lib/hexdump.c - print_hex_dump(), the hex+ASCII dumps in bad-page and
 * slab corruption reports. Linux: lib/hexdump.c (a subset: groupsize 1).
 */
#include <linux/kernel.h>
#include <linux/ctype.h>

void print_hex_dump(const char *level, const char *prefix_str,
		    int prefix_type, int rowsize, int groupsize,
		    const void *buf, size_t len, bool ascii)
{
	const unsigned char *ptr = buf;
	size_t i, j;
	char line[200];

	if (rowsize != 16 && rowsize != 32)
		rowsize = 16;
	for (i = 0; i < len; i += rowsize) {
		size_t n = min_t(size_t, rowsize, len - i);
		int pos = 0;

		for (j = 0; j < n; j++)
			pos += scnprintf(line + pos, sizeof(line) - pos, "%s%02x",
					 j ? " " : "", ptr[i + j]);
		if (ascii) {
			pos += scnprintf(line + pos, sizeof(line) - pos, "%*s  ",
					 (int)(rowsize - n) * 3, "");
			for (j = 0; j < n; j++)
				line[pos++] = isprint(ptr[i + j]) ? ptr[i + j] : '.';
			line[pos] = '\0';
		}
		if (prefix_type == DUMP_PREFIX_ADDRESS)
			printk("%s%s%px: %s\n", level, prefix_str,
			       ptr + i, line);
		else if (prefix_type == DUMP_PREFIX_OFFSET)
			printk("%s%s%.8zx: %s\n", level, prefix_str, i, line);
		else
			printk("%s%s%s\n", level, prefix_str, line);
	}
}
