// SPDX-License-Identifier: GPL-2.0
/*
 * tinymm/shell/mm_shell.c - the page allocator's shell commands: look at it
 * (buddyinfo, pagetypeinfo, zoneinfo, meminfo, vmstat, showmem, page) and
 * act on it (alloc, free), so a student can watch the free lists change:
 *
 *   tinymm> buddyinfo
 *   tinymm> alloc 3 GFP_KERNEL|__GFP_ZERO
 *   id 0: pfn 0x44c18 order 3 (GFP_KERNEL|__GFP_ZERO)
 *   tinymm> buddyinfo          (an order-3 block is gone, or split)
 *   tinymm> free 0
 *
 * tinymm's own, not in Linux: where Linux has /proc files, tinymm has
 * commands printing the same text to the terminal (see
 * include/tinymm/shell.h); showmem and page are reports, so they go to the
 * kernel log as Linux's do: the Mem-Info report, and what dump_page() prints
 * plus the zone, migrate type and buddy state.
 * Each command runs in a run_as_task() frame, so an oops ends only the
 * command. mm_dump=buddyinfo,zoneinfo,... on the command line prints those
 * dumps once memory is up (mm_dump_boot(), called from start_kernel).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/seq_file.h>
#include <linux/string.h>
#include <linux/proc_fs.h>
#include <tinymm/shell.h>
#include <tinymm/fault_trace.h>
#include "internal.h"

/* ---- the dumps ---- */

/*
 * tinymm's boot summary: the numbers zoneinfo spreads over many lines,
 * one zone per line (Linux prints no such table; zoneinfo has them all).
 */
static int zones_show(struct seq_file *m, void *v)
{
	struct zone *zone;

	seq_puts(m, "Node Zone     start_pfn   spanned   present   managed      min      low     high\n");
	for_each_populated_zone(zone)
		seq_printf(m, "%4d %-8s %9lu %9lu %9lu %9lu %8lu %8lu %8lu\n",
			   zone->node, zone->name, zone->zone_start_pfn,
			   zone->spanned_pages, zone->present_pages,
			   zone_managed_pages(zone), min_wmark_pages(zone),
			   low_wmark_pages(zone), high_wmark_pages(zone));
	return 0;
}

static const struct {
	const char *name;
	shell_show_fn show;
} mm_dumps[] = {
	{ "zones",		zones_show },
	{ "buddyinfo",		buddyinfo_show },
	{ "pagetypeinfo",	pagetypeinfo_show },
	{ "zoneinfo",		zoneinfo_show },
	{ "meminfo",		meminfo_show },
	{ "vmstat",		vmstat_show },
};

/*
 * Show a dump through out (shell_show: the terminal; printk_show: the
 * log). showmem is a report, as SysRq-m is in Linux: always the log.
 */
static int mm_dump(const char *name, int (*out)(shell_show_fn, void *))
{
	unsigned int i;

	/*
	 * The counters exact, every CPU's deltas folded first, as a write
	 * to vm.stat_refresh does: the text must not depend on when each
	 * CPU last folded (tinymm's choice; Linux's files show the lag).
	 */
	vm_stat_fold_all_cpus();
	if (!strcmp(name, "showmem")) {
		show_mem();
		return 0;
	}
	for (i = 0; i < ARRAY_SIZE(mm_dumps); i++)
		if (!strcmp(name, mm_dumps[i].name))
			return out(mm_dumps[i].show, NULL);
	return -ENOENT;
}

/* One command per dump (SHELL_CMD names its entry after the function). */
#define MM_DUMP_CMD(name, help)						\
static int cmd_##name(int argc, char **argv)				\
{									\
	return mm_dump(#name, shell_show);						\
}									\
SHELL_CMD(#name, cmd_##name, help)

MM_DUMP_CMD(buddyinfo, "free blocks per zone and order (/proc/buddyinfo)");
MM_DUMP_CMD(pagetypeinfo, "free blocks and pageblocks per migrate type");
MM_DUMP_CMD(zoneinfo, "watermarks, sizes, protection, pagesets");
MM_DUMP_CMD(meminfo, "/proc/meminfo");
MM_DUMP_CMD(vmstat, "/proc/vmstat counters");
MM_DUMP_CMD(showmem, "the Mem-Info report of an allocation failure");
MM_DUMP_CMD(zones, "one line per zone: pfns, sizes, watermarks");

/* What boot shows unless mm_dump= says otherwise ("mm_dump=" shows none). */
static char mm_dump_list[128] = "zones,buddyinfo";

static int __init mm_dump_setup(char *str)
{
	strscpy(mm_dump_list, str, sizeof(mm_dump_list));
	return 0;
}
__setup("mm_dump=", mm_dump_setup);

/* Print the dumps mm_dump= asked for; start_kernel calls it after mm init. */
void mm_dump_boot(void)
{
	char list[sizeof(mm_dump_list)], *p = list, *name;

	strscpy(list, mm_dump_list, sizeof(list));
	while ((name = strsep(&p, ",")))
		if (*name && mm_dump(name, printk_show) == -ENOENT)
			pr_warn("mm_dump: no dump called '%s'\n", name);
}

/* ---- alloc and free ---- */

#define MM_SHELL_ALLOCS	32

/*
 * Parse "GFP_KERNEL|__GFP_ZERO" (names of gfpflag_names[], which %pGg
 * prints, joined by '|') or a number: alloc reads what %pGg prints.
 */
int gfp_parse(const char *str, gfp_t *gfp)
{
	char word[32];
	unsigned long v;
	gfp_t flags = 0;
	size_t len;
	int i;

	while (*str) {
		len = strcspn(str, "|");
		if (!len || len >= sizeof(word))
			return -EINVAL;
		memcpy(word, str, len);
		word[len] = '\0';
		for (i = 0; gfpflag_names[i].name; i++)
			if (!strcmp(word, gfpflag_names[i].name))
				break;
		if (gfpflag_names[i].name)
			flags |= gfpflag_names[i].mask;
		else if (!kstrtoul(word, 0, &v))
			flags |= v;
		else
			return -EINVAL;
		str += len;
		if (*str == '|' && !*++str)
			return -EINVAL;
	}
	*gfp = flags;
	return 0;
}

static struct mm_shell_alloc {
	struct page *page;
	unsigned int order;
	gfp_t gfp;
} allocs[MM_SHELL_ALLOCS];

/*
 * Where an allocation is remembered. Global and noinline so that it stays
 * one function GCC does not clone or inline: GDB can stop here with the
 * new page in hand ("break mm_shell_remember", then "lx-page page").
 */
noinline int mm_shell_remember(struct page *page, unsigned int order,
			       gfp_t gfp)
{
	int id;

	for (id = 0; id < MM_SHELL_ALLOCS; id++)
		if (!allocs[id].page) {
			allocs[id] = (struct mm_shell_alloc){ page, order, gfp };
			return id;
		}
	return -ENOSPC;
}

static void show_allocs(void)
{
	int id;

	for (id = 0; id < MM_SHELL_ALLOCS; id++)
		if (allocs[id].page)
			shell_printf("id %d: pfn %#lx order %u (%pGg)\n", id,
				     page_to_pfn(allocs[id].page), allocs[id].order,
			       &allocs[id].gfp);
}

static int cmd_alloc(int argc, char **argv)
{
	gfp_t gfp = GFP_KERNEL;
	unsigned int order;
	struct page *page;
	int id;

	if (argc == 1) {
		show_allocs();
		return 0;
	}
	if (kstrtouint(argv[1], 0, &order) ||
	    (argc > 2 && gfp_parse(argv[2], &gfp))) {
		shell_printf("usage: alloc <order> [gfp, e.g. GFP_KERNEL|__GFP_ZERO or 0xcc0]\n");
		return -EINVAL;
	}
	/* refuse before allocating, so a full table leaks nothing */
	for (id = 0; id < MM_SHELL_ALLOCS && allocs[id].page; id++)
		;
	if (id == MM_SHELL_ALLOCS) {
		shell_printf("alloc: all %d slots in use; free one first\n", id);
		return -ENOSPC;
	}
	page = alloc_pages(gfp, order);
	if (!page) {
		shell_printf("alloc: order %u (%pGg) failed\n", order, &gfp);
		return -ENOMEM;
	}
	id = mm_shell_remember(page, order, gfp);
	shell_printf("id %d: pfn %#lx order %u (%pGg)\n", id, page_to_pfn(page),
		     order, &gfp);
	return 0;
}
SHELL_CMD("alloc", cmd_alloc, "alloc <order> [gfp]: alloc_pages(); no args: list");

static int cmd_free(int argc, char **argv)
{
	unsigned int id;

	if (argc != 2 || kstrtouint(argv[1], 0, &id) ||
	    id >= MM_SHELL_ALLOCS || !allocs[id].page) {
		shell_printf("usage: free <id> (ids as alloc printed them)\n");
		return -EINVAL;
	}
	__free_pages(allocs[id].page, allocs[id].order);
	allocs[id].page = NULL;
	return 0;
}
SHELL_CMD("free", cmd_free, "free <id>: __free_pages() what alloc returned");

/*
 * ---- faulttrace: watch demand paging ----
 * With fault_trace set (boot parameter fault_trace, or the command), one
 * line per fault naming the handler that ran, so demand paging and
 * copy-on-write can be watched in the log. __handle_mm_fault() calls
 * trace_fault() where Linux would fire a tracepoint; Linux has perf's
 * page-faults event but nothing per handler. The handler is read back
 * from the pte before and after.
 */
bool fault_trace;

static const char *fault_handler_name(struct vm_fault *vmf, pte_t pte)
{
	struct vm_area_struct *vma = vmf->vma;
	bool write = vmf->flags & FAULT_FLAG_WRITE;

	if (!(vmf->flags & FAULT_FLAG_ORIG_PTE_VALID) ||
	    pte_none(vmf->orig_pte)) {
		if (vma_is_anonymous(vma))
			return write ? "do_anonymous_page: new zeroed page" :
				       "do_anonymous_page: the zero page";
		if (!write)
			return "do_read_fault: the page-cache page";
		return (vma->vm_flags & VM_SHARED) ?
		       "do_shared_fault: the page-cache page, dirtied" :
		       "do_cow_fault: a private copy of the file page";
	}
	if (write && !pte_write(vmf->orig_pte)) {
		if (pte_pfn(pte) != pte_pfn(vmf->orig_pte))
			return "do_wp_page: copied";
		return (vma->vm_flags & VM_SHARED) ?
		       "do_wp_page: shared page made writable" :
		       "do_wp_page: reused (sole owner)";
	}
	return "access flag: pte made young";
}

void trace_fault(struct vm_fault *vmf, vm_fault_t ret)
{
	pte_t *ptep = pte_offset_map(vmf->pmd, vmf->address);
	pte_t pte = READ_ONCE(*ptep);

	pte_unmap(ptep);
	pr_info("%s[%d]: %s fault at %#lx -> %s%s, pfn %#lx\n",
		current->comm, current->pid,
		(vmf->flags & FAULT_FLAG_WRITE) ? "write" :
		(vmf->flags & FAULT_FLAG_INSTRUCTION) ? "exec" : "read",
		vmf->real_address, (ret & VM_FAULT_ERROR) ? "failed in " : "",
		fault_handler_name(vmf, pte),
		pte_present(pte) ? (unsigned long)pte_pfn(pte) : 0UL);
}


static int __init fault_trace_setup(char *str)
{
	fault_trace = true;
	return 0;
}
early_param("fault_trace", fault_trace_setup);

static int cmd_faulttrace(int argc, char **argv)
{
	if (argc == 2 && (!strcmp(argv[1], "on") || !strcmp(argv[1], "off")))
		fault_trace = !strcmp(argv[1], "on");
	else if (argc != 1)
		shell_printf("usage: faulttrace [on|off]\n");
	shell_printf("faulttrace: %s\n", fault_trace ? "on" : "off");
	return 0;
}
SHELL_CMD("faulttrace", cmd_faulttrace, "faulttrace on|off: log each page fault and the handler that ran");

/* ---- page ---- */

/*
 * A free block is marked on its first page only (PageBuddy, order in
 * private). For a page inside one, look for the head the way Linux's
 * is_free_buddy_page() does: at each order, the aligned block start.
 */
static struct page *free_block_head(unsigned long pfn, unsigned int *order)
{
	unsigned int o;

	for (o = 0; o < MAX_ORDER; o++) {
		unsigned long head = pfn & ~((1UL << o) - 1);
		struct page *page;

		if (!pfn_valid(head))
			break;
		page = pfn_to_page(head);
		if (PageBuddy(page) && buddy_order(page) >= o) {
			*order = buddy_order(page);
			return page;
		}
	}
	return NULL;
}

/*
 * The text lx-page prints too (tools/gdb/linux/mm.py):
 *   dump_page() lines, then
 *   node:0 zone:DMA32 migratetype:Movable buddy:order 3
 *   (or "buddy:in order-10 block at pfn 0x40400", or "buddy:no")
 */
static void show_page(struct page *page)
{
	unsigned long pfn = page_to_pfn(page);
	struct page *head;
	unsigned int order = 0;	/* set when a free head is found */

	dump_page(page, NULL);
	printk("node:%d zone:%s migratetype:%s ", page_to_nid(page),
	       zone_names[page_zonenum(page)],
	       migratetype_names[get_pageblock_migratetype(page)]);
	head = free_block_head(pfn, &order);
	if (head == page)
		pr_cont("buddy:order %u\n", order);
	else if (head)
		pr_cont("buddy:in order-%u block at pfn %#lx\n", order,
			page_to_pfn(head));
	else
		pr_cont("buddy:no\n");
}

/*
 * <pfn>, or a linear-map address (0xffff...), or a physical address:
 * whichever reading names a page that exists, tried in that order.
 */
static int cmd_page(int argc, char **argv)
{
	unsigned long v;

	if (argc != 2 || kstrtoul(argv[1], 0, &v)) {
		shell_printf("usage: page <pfn | 0xffff... kernel address | physical address>\n");
		return -EINVAL;
	}
	if (virt_addr_valid(v) && pfn_valid(virt_to_pfn(v))) {
		show_page(virt_to_page(v));
		return 0;
	}
	if (pfn_valid(v)) {
		show_page(pfn_to_page(v));
		return 0;
	}
	if (pfn_valid(v >> PAGE_SHIFT)) {
		show_page(pfn_to_page(v >> PAGE_SHIFT));
		return 0;
	}
	shell_printf("page: %#lx is neither a valid pfn nor the address of one\n", v);
	return -EINVAL;
}
SHELL_CMD("page", cmd_page, "page <pfn|addr>: dump_page(), zone, migrate type, buddy order");
