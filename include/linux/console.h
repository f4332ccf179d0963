/* SPDX-License-Identifier: GPL-2.0 */
/* linux/console.h - console drivers printk writes to. Linux: include/linux/console.h. */
#ifndef _LINUX_CONSOLE_H
#define _LINUX_CONSOLE_H

#include <linux/types.h>

struct console {
	const char *name;
	void (*write)(struct console *con, const char *s, unsigned int n);
	struct console *next;
};

/* Registering replays the log so far, as Linux's CON_PRINTBUFFER. */
void register_console(struct console *con);
int unregister_console(struct console *con);
struct file;
struct file *console_file_open(int flags);	/* /dev/console as a file */
struct file *kmsg_file_open(int flags);		/* /dev/kmsg: into the log */
void console_puts(const char *s, size_t n);	/* to the terminal, not the log */

/* Log buffer access for tests and the shell's dmesg. */
extern u32 log_buf_len;
u64 printk_log_pos(void);
/* Log text from pos to out(), without timestamps while printk.time=0. */
u64 printk_log_emit(u64 pos, u64 n, void (*out)(const char *s, size_t n));
extern bool printk_time;

#endif
