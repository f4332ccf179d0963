// SPDX-License-Identifier: GPL-2.0
/*
 * tinymm/test_hooks.c - helpers tinymm's self-tests need that Linux's
 * tests do without: an exact count of free pages, the text of a /proc
 * show function (Linux's tests read the file), and a search of the
 * kernel log for what a test provoked. tinymm's own. Linux's tests accept
 * the noise of /proc/meminfo, and read the log from user space (dmesg);
 * in here, both are built from Linux's kernel APIs: sched_drop_lazy_mms()
 * (idle CPUs let go of a dead process's mm), drop_slab(),
 * drain_all_pages(), the vm.stat_refresh fold and nr_free_pages() for
 * the count, the kmsg_dump
 * iterator (kmsg_dump_rewind(), kmsg_dump_get_line(), as pstore reads the
 * log) for the search.
 */
#include <linux/kernel.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/string.h>
#include <tinymm/test_hooks.h>
#ifndef __KERNEL_HOST__
#include <linux/kmsg_dump.h>
#endif

unsigned long nr_free_pages_settled(void)
{
	sched_drop_lazy_mms();
	drop_slab();
	drain_all_pages(NULL);
	return nr_free_pages_exact();
}

unsigned long global_node_page_state_settled(int item)
{
	vm_stat_fold_all_cpus();
	return global_node_page_state(item);
}

unsigned long nr_free_pages_exact(void)
{
	vm_stat_fold_all_cpus();
	return nr_free_pages();
}

const char *test_show_text(int (*show)(struct seq_file *m, void *v), void *v)
{
	static char buf[16384];
	struct seq_file m = SEQ_FILE_INIT(buf, sizeof(buf));

	show(&m, v);
	buf[seq_has_overflowed(&m) ? m.size - 1 : m.count] = '\0';
	return buf;
}

#ifndef __KERNEL_HOST__
bool printk_log_contains(u64 from, const char *needle)
{
	static char line[1024];	/* one log line; longer ones are cut */
	struct kmsg_dump_iter iter;
	size_t len;

	kmsg_dump_rewind(&iter);
	if (iter.cur_seq < from)
		iter.cur_seq = from;
	while (kmsg_dump_get_line(&iter, false, line, sizeof(line) - 1, &len)) {
		line[len] = '\0';
		if (strstr(line, needle))
			return true;
	}
	return false;
}
#endif
