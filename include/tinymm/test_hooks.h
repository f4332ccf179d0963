/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tinymm/test_hooks.h - what tinymm's self-tests ask of the kernel that
 * Linux's tests don't: exact free-page counts and a search of the log.
 * tinymm's own (tinymm/test_hooks.c); built only from Linux's own APIs.
 */
#ifndef _TINYMM_TEST_HOOKS_H
#define _TINYMM_TEST_HOOKS_H

#include <linux/types.h>

/*
 * Free pages once nothing is parked in caches: drop_slab() (empty slabs
 * freed), drain_all_pages() (per-CPU lists emptied), then nr_free_pages().
 * Two calls around an operation that should give back all it took
 * compare exactly. May take zone and slab locks; not from IRQ context.
 */
unsigned long nr_free_pages_settled(void);

/*
 * A node counter summed over the nodes, every CPU's delta folded first
 * (vm.stat_refresh): exact, to compare before and after an operation.
 * Interrupts on; not from IRQ context.
 */
unsigned long global_node_page_state_settled(int item);

/*
 * nr_free_pages() with every CPU's NR_FREE_PAGES delta folded first, and
 * nothing drained or dropped. Interrupts on; not from IRQ context.
 */
unsigned long nr_free_pages_exact(void);

/*
 * The text a /proc show function writes, NUL-terminated, in one static
 * buffer (the next call overwrites it); cut at 16 KiB.
 */
struct seq_file;
const char *test_show_text(int (*show)(struct seq_file *m, void *v), void *v);

/*
 * Does any log line printed since log position @from (printk_log_pos())
 * contain @needle? A needle may end in '\n' (the line ends there) but not
 * span lines. Not in the host build, whose printk is tests/host/host.c's.
 */
bool printk_log_contains(u64 from, const char *needle);

#endif
