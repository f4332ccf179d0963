// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/tty/tty_io.c - a terminal as a file: /dev/console, what a user
 * program's file descriptors 0, 1 and 2 are, and what the shell reads.
 * Linux: drivers/tty/tty_io.c (tty_open, tty_read, tty_write,
 * tty_std_termios, alloc_tty_struct), drivers/tty/tty_port.c
 * (tty_port_register_device), where init opens /dev/console and its
 * children inherit it.
 *
 * read() goes to the line discipline (n_tty_read), which sleeps until
 * the UART's receive interrupt brings input; write() goes to the driver.
 * Neither is kept in the kernel log, so user output has no timestamps.
 *
 * Simplified: one terminal. The first port a driver registers becomes
 * the console's tty (Linux finds it through console_device() and the
 * tty_driver's table of devices). A tty is never freed, and the driver
 * keeps receiving after the last close (Linux calls its shutdown).
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/errno.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/tty.h>

/* Cooked mode: lines, echo, ^C is SIGINT, DEL erases, ^D is end of file. */
const struct ktermios tty_std_termios = {
	.c_iflag = ICRNL,
	.c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOCTL,
	.c_cc = {
		[VINTR] = 'C' - '@',
		[VERASE] = 0177,
		[VEOF] = 'D' - '@',
	},
};

static struct tty_struct *console_tty_struct;

struct tty_struct *console_tty(void)
{
	return console_tty_struct;
}

void tty_init_termios(struct tty_struct *tty)
{
	tty->termios = tty_std_termios;
}

/*
 * A driver's port becomes a terminal: a tty_struct with the line
 * discipline attached. Linux registers the port as a device node of the
 * driver and allocates the tty on the first open; with one terminal,
 * tinymm makes it at once. Called during boot, before any program runs.
 */
int tty_port_register_device(struct tty_port *port,
			     const struct tty_operations *ops,
			     const char *name)
{
	struct tty_struct *tty;
	int ret;

	if (console_tty_struct)
		return -EBUSY;
	tty = kzalloc(sizeof(*tty), GFP_KERNEL);
	if (!tty)
		return -ENOMEM;
	tty->name = name;
	tty->ops = ops;
	tty->port = port;
	init_waitqueue_head(&tty->read_wait);
	tty_init_termios(tty);
	ret = n_tty_open(tty);
	if (ret) {
		kfree(tty);
		return ret;
	}
	port->tty = tty;
	console_tty_struct = tty;
	return 0;
}

/* The first open starts the driver receiving (its interrupt on). */
static int tty_open(struct tty_struct *tty)
{
	int ret = 0;

	if (!tty->count && tty->ops && tty->ops->open)
		ret = tty->ops->open(tty);
	if (!ret)
		tty->count++;
	return ret;
}

static ssize_t tty_read(struct file *file, char *buf, size_t count,
			loff_t *pos)
{
	return n_tty_read(file_tty(file), (unsigned char *)buf, count);
}

static ssize_t tty_write(struct file *file, const char *buf, size_t count,
			 loff_t *pos)
{
	struct tty_struct *tty = file_tty(file);

	if (tty->ops && tty->ops->write)
		return tty->ops->write(tty, (const unsigned char *)buf, count);
	console_puts(buf, count);
	return count;
}

/* The last close stops the driver, as Linux's tty_port_close() does. */
static int tty_release(struct inode *inode, struct file *file)
{
	struct tty_struct *tty = file_tty(file);

	if (!--tty->count && tty->ops && tty->ops->close)
		tty->ops->close(tty);
	return 0;
}

static const struct file_operations tty_fops = {
	.read = tty_read,
	.write = tty_write,
	.release = tty_release,
};

static struct inode console_inode = {
	.i_mode = 0020000,	/* S_IFCHR */
	.i_name = "/dev/console",
};

/* open("/dev/console"): -ENODEV if no driver gave us a terminal. */
struct file *console_file_open(int flags)
{
	struct tty_struct *tty = console_tty_struct;
	struct file *file;
	int ret;

	if (!tty)
		return ERR_PTR(-ENODEV);
	console_inode.i_mapping = &console_inode.i_data;
	file = alloc_file(&console_inode, flags, &tty_fops);
	if (IS_ERR(file))
		return file;
	ret = tty_open(tty);
	if (ret) {
		file->f_op = NULL;
		fput(file);
		return ERR_PTR(ret);
	}
	file->private_data = tty;
	return file;
}
