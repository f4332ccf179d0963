// SPDX-License-Identifier: GPL-2.0
/*
 * tinymm/shell/slab_shell.c - the slab allocator's shell commands: slabinfo
 * (the text of Linux's /proc/slabinfo), slabreap (run cache_reap now), and
 * kmalloc/kfree so a student can watch a slab fill and empty:
 *
 *   tinymm> slabinfo                  (kmalloc-64: active_objs ...)
 *   tinymm> kmalloc 64
 *   id 0: 0xffff00000040c280 size 64 (kmalloc-64, ksize 64)
 *   tinymm> slabinfo                  (one more active object)
 *   tinymm> kfree 0
 *
 * tinymm's own, not in Linux: Linux has the /proc/slabinfo file and the
 * slabinfo tool; cache_reap also runs every 2 s on each CPU from its
 * timer, here as there: slabreap runs one more pass on demand.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <tinymm/shell.h>
#include "slab.h"

static int cmd_slabinfo(int argc, char **argv)
{
	return shell_show(slabinfo_show, NULL);
}
SHELL_CMD("slabinfo", cmd_slabinfo, "slabinfo: /proc/slabinfo (version 2.1)");

/* Slab pages, every CPU's counter deltas folded: exact (vm.stat_refresh). */
static unsigned long slab_pages_now(void)
{
	vm_stat_fold_all_cpus();
	return slab_reclaimable_pages() + slab_unreclaimable_pages();
}

static int cmd_slabreap(int argc, char **argv)
{
	unsigned long before = slab_pages_now();
	unsigned long after;

	cache_reap();
	after = slab_pages_now();
	shell_printf("cache_reap: slab pages %lu -> %lu\n", before, after);
	return 0;
}
SHELL_CMD("slabreap", cmd_slabreap, "slabreap: run cache_reap() on this CPU now");

#define SLAB_SHELL_ALLOCS	32
static struct {
	void *p;
	size_t size;
} kallocs[SLAB_SHELL_ALLOCS];

static int cmd_kmalloc(int argc, char **argv)
{
	unsigned long size;
	struct page *page;
	int id;
	void *p;

	if (argc == 1) {
		for (id = 0; id < SLAB_SHELL_ALLOCS; id++)
			if (kallocs[id].p)
				shell_printf("id %d: 0x%px size %zu\n", id,
					     kallocs[id].p, kallocs[id].size);
		return 0;
	}
	if (argc != 2 || kstrtoul(argv[1], 0, &size)) {
		shell_printf("usage: kmalloc <size>\n");
		return -EINVAL;
	}
	for (id = 0; id < SLAB_SHELL_ALLOCS && kallocs[id].p; id++)
		;
	if (id == SLAB_SHELL_ALLOCS) {
		shell_printf("kmalloc: all %d slots in use; kfree one first\n", id);
		return -ENOSPC;
	}
	p = kmalloc(size, GFP_KERNEL);
	if (ZERO_OR_NULL_PTR(p)) {
		shell_printf("kmalloc(%lu) = %px\n", size, p);
		return p ? 0 : -ENOMEM;
	}
	kallocs[id].p = p;
	kallocs[id].size = size;
	page = virt_to_head_page(p);
	shell_printf("id %d: 0x%px size %lu (%s, ksize %zu)\n", id, p, size,
		     PageSlab(page) ? page->slab_cache->name : "kmalloc_large",
		     ksize(p));
	return 0;
}
SHELL_CMD("kmalloc", cmd_kmalloc, "kmalloc <size>: kmalloc(size, GFP_KERNEL); no args: list");

static int cmd_kfree(int argc, char **argv)
{
	unsigned int id;

	if (argc != 2 || kstrtouint(argv[1], 0, &id) ||
	    id >= SLAB_SHELL_ALLOCS || !kallocs[id].p) {
		shell_printf("usage: kfree <id> (ids as kmalloc printed them)\n");
		return -EINVAL;
	}
	kfree(kallocs[id].p);
	kallocs[id].p = NULL;
	return 0;
}
SHELL_CMD("kfree", cmd_kfree, "kfree <id>: kfree() what kmalloc returned");
