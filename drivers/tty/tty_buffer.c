// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/tty/tty_buffer.c - the flip buffer: where a serial driver's
 * receive interrupt leaves bytes for the line discipline. Linux: the same
 * file (tty_insert_flip_char is in tty_flip.h, tty_buffer_space_avail,
 * tty_flip_buffer_push, flush_to_ldisc, tty_buffer_restart_work).
 *
 * The interrupt copies bytes out of the UART's FIFO into the port's
 * buffer and pushes: the line discipline takes what it has room for.
 * What it can't take waits here, and once this is full too the driver
 * leaves the rest in the UART, where the sender (QEMU's stdin, a person
 * typing) waits as well - nothing is lost. A read that makes room pushes
 * again.
 *
 * Simplified: Linux grows a chain of buffers (to 64 KiB) and hands them
 * to the line discipline from a workqueue, flush_to_ldisc(), outside the
 * interrupt; tinymm has no workqueues, so the push runs the line
 * discipline right away, in the interrupt (or in the reader, for a
 * restart), under the buffer's spinlock. A byte received with an error
 * flag is dropped here; Linux passes the flag on and n_tty reports break
 * and parity per termios.
 */
#include <linux/kernel.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/tty.h>

/* An empty flip buffer for a new port. Linux: tty_buffer_init(). */
void tty_buffer_init(struct tty_port *port)
{
	spin_lock_init(&port->buf.lock);
	port->buf.count = 0;
}

int tty_buffer_space_avail(struct tty_port *port)
{
	return TTY_FLIPBUF_SIZE - port->buf.count;
}

/* Queue one received byte; 1 if it was queued, 0 if there was no room. */
int tty_insert_flip_char(struct tty_port *port, unsigned char ch, char flag)
{
	struct tty_bufhead *buf = &port->buf;
	unsigned long flags;
	int ret = 0;

	if (flag != TTY_NORMAL)
		return 1;	/* taken, and dropped (see above) */
	spin_lock_irqsave(&buf->lock, flags);
	if (buf->count < TTY_FLIPBUF_SIZE) {
		buf->data[buf->count++] = ch;
		ret = 1;
	}
	spin_unlock_irqrestore(&buf->lock, flags);
	return ret;
}

/*
 * Hand the queued bytes to the line discipline, and keep what it didn't
 * take at the front for next time. The buffer's lock is held throughout
 * (interrupts off), so the interrupt's push and a reader's restart, on
 * this CPU or another, never run into each other.
 */
static void flush_to_ldisc(struct tty_port *port)
{
	struct tty_bufhead *buf = &port->buf;
	struct tty_struct *tty = port->tty;
	unsigned long flags;
	int taken;

	spin_lock_irqsave(&buf->lock, flags);
	if (tty && tty->disc_data && buf->count) {
		taken = n_tty_receive_buf2(tty, buf->data, buf->count);
		buf->count -= taken;
		memmove(buf->data, buf->data + taken, buf->count);
	}
	spin_unlock_irqrestore(&buf->lock, flags);
}

void tty_flip_buffer_push(struct tty_port *port)
{
	flush_to_ldisc(port);
}

/* Linux: re-queue flush_to_ldisc once the reader has made room. */
void tty_buffer_restart_work(struct tty_port *port)
{
	flush_to_ldisc(port);
}
