// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/tty/tty_io.c - /dev/console as a file: what a user program's
 * file descriptors 0, 1 and 2 are. Linux: drivers/tty/tty_io.c, where
 * init opens /dev/console and its children inherit it.
 *
 * Simplified: no line discipline, no termios, no job control. write()
 * goes straight to the console (not the kernel log, so user output is not
 * timestamped); read() polls the UART and returns one line, echoing it.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/errno.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/sched.h>
#include <asm/system_misc.h>

static ssize_t tty_write(struct file *file, const char *buf, size_t count,
			 loff_t *pos)
{
	console_puts(buf, count);
	return count;
}

/*
 * Nothing typed yet. The UART raises no interrupt (we poll it), so
 * instead of sleeping on input: let other runnable tasks have the CPU,
 * or if there are none, wait for the next interrupt (the tick, at least
 * every 1/HZ s) so an idle prompt costs the host no CPU.
 */
void console_wait_input(void)
{
	if (nr_running() > 1)
		schedule();
	else
		cpu_do_idle();
}

static ssize_t tty_read(struct file *file, char *buf, size_t count,
			loff_t *pos)
{
	size_t n = 0;
	int c;

	while (n < count) {
		c = console_getc();
		if (c < 0) {
			if (signal_pending(current))
				return n ? n : -EINTR;
			console_wait_input();
			continue;
		}
		if (c == '\r')
			c = '\n';
		buf[n++] = c;
		console_puts((char *)&buf[n - 1], 1);
		if (c == '\n')
			break;
	}
	return n;
}

static const struct file_operations tty_fops = {
	.read = tty_read,
	.write = tty_write,
};

static struct inode console_inode = {
	.i_mode = 0020000,	/* S_IFCHR */
	.i_name = "/dev/console",
};

struct file *console_file_open(int flags)
{
	console_inode.i_mapping = &console_inode.i_data;
	return alloc_file(&console_inode, flags, &tty_fops);
}
