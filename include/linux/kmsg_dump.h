/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/kmsg_dump.h - reading the kernel log back from inside the kernel.
 * Linux: include/linux/kmsg_dump.h. Linux's dumpers (pstore, mtdoops) also
 * register to be called on an oops; tinymm has none, so only the iterator
 * is here.
 */
#ifndef _LINUX_KMSG_DUMP_H
#define _LINUX_KMSG_DUMP_H

#include <linux/types.h>

/*
 * Where a reader is in the log. Linux counts records; tinymm's log is a
 * byte ring without records, so a sequence number is a log position
 * (printk_log_pos()).
 */
struct kmsg_dump_iter {
	u64 cur_seq;
	u64 next_seq;
};

void kmsg_dump_rewind(struct kmsg_dump_iter *iter);
bool kmsg_dump_get_line(struct kmsg_dump_iter *iter, bool syslog,
			char *line, size_t size, size_t *len);

#endif
