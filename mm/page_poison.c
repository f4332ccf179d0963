// SPDX-License-Identifier: GPL-2.0
/*
 * mm/page_poison.c - page_poison=1: fill every freed page with 0xaa and
 * check the pattern when it is allocated again, so a write to memory after
 * it was freed is caught. Linux: mm/page_poison.c. Linux also lets it take
 * precedence over init_on_free; page_alloc.c does the same.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/string.h>
#include "internal.h"

bool page_poisoning_enabled;

static int __init early_page_poison_param(char *buf)
{
	return kstrtobool(buf, &page_poisoning_enabled);
}
early_param("page_poison", early_page_poison_param);

void kernel_poison_pages(struct page *page, int numpages)
{
	int i;

	for (i = 0; i < numpages; i++)
		memset(page_address(page + i), PAGE_POISON, PAGE_SIZE);
}

/* One flipped bit looks like failing RAM, anything else like a bad write. */
static bool single_bit_flip(unsigned char a, unsigned char b)
{
	unsigned char error = a ^ b;

	return error && !(error & (error - 1));
}

static void check_poison_mem(struct page *page, unsigned char *mem,
			     size_t bytes)
{
	unsigned char *start, *end;

	start = memchr_inv(mem, PAGE_POISON, bytes);
	if (!start)
		return;
	for (end = mem + bytes - 1; end > start; end--)
		if (*end != PAGE_POISON)
			break;
	if (start == end && single_bit_flip(*start, PAGE_POISON))
		pr_err("pagealloc: single bit error\n");
	else
		pr_err("pagealloc: memory corruption\n");
	print_hex_dump(KERN_ERR, "", DUMP_PREFIX_ADDRESS, 16, 1, start,
		       min_t(size_t, end - start + 1, 64), 1);
	dump_stack();
	dump_page(page, "pagealloc: corrupted page details");
}

void kernel_unpoison_pages(struct page *page, int numpages)
{
	int i;

	for (i = 0; i < numpages; i++)
		check_poison_mem(page + i, page_address(page + i), PAGE_SIZE);
}
