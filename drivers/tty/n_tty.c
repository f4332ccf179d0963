// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/tty/n_tty.c - the line discipline: what happens to a typed byte
 * between the UART and the program that reads the terminal. Linux: the
 * same file (n_tty_receive_buf2, n_tty_receive_char, isig, eraser,
 * echo_char, canon_copy_from_read_buf, n_tty_read, n_tty_set_termios,
 * the throttle checks).
 *
 * Bytes arrive from the driver's interrupt (see linux/tty.h for the
 * path) and are handled at once, before anyone reads them:
 *  - with ISIG, the interrupt character (^C) is not stored: isig() sends
 *    SIGINT to the terminal's foreground process group and throws away
 *    the input not read yet. That is why Ctrl-C stops a program that
 *    never reads - one spinning in a loop - as well as one asleep in
 *    read();
 *  - with ICANON, bytes collect into a line that the erase character
 *    (DEL) edits; a reader gets nothing until \n or ^D ends the line;
 *  - with ECHO, each byte is written back to the terminal as it arrives
 *    (control characters as ^X with ECHOCTL);
 *  - without ICANON (a line editor's "raw" mode, what the shell uses at
 *    its prompt), every byte is readable as soon as it is stored.
 * The bytes wait in read_buf, a ring of N_TTY_BUF_SIZE. When it is nearly
 * full the driver is told to stop (throttle) and the rest waits in the
 * UART; a read that makes room lets it go on (unthrottle).
 *
 * Simplified: of the special characters only INTR, ERASE and EOF, and of
 * the termios modes only those in linux/tty.h (Linux also has QUIT and
 * SUSP, KILL, WERASE, LNEXT, REPRINT, the start/stop characters, parity
 * and break handling, VMIN/VTIME timing, tab expansion when erasing;
 * we skip them because a teaching shell and its test programs need none).
 * A non-canonical read returns as soon as one byte is there (VMIN 1,
 * VTIME 0). Echo is written straight to the driver; Linux queues it in an
 * echo buffer so echo and program output interleave in order.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/ctype.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/tty.h>

#define N_TTY_BUF_SIZE		4096
/* throttle below this much room; unthrottle below this many bytes */
#define TTY_THRESHOLD_THROTTLE		128
#define TTY_THRESHOLD_UNTHROTTLE	128
/* stored for ^D: a line end that is not copied to the reader */
#define __DISABLED_CHAR		'\0'

struct n_tty_data {
	/* free-running indices into read_buf; & (N_TTY_BUF_SIZE - 1) */
	size_t read_head;	/* next byte the interrupt stores */
	size_t canon_head;	/* end of the last complete line (ICANON) */
	size_t read_tail;	/* next byte a reader takes */
	DECLARE_BITMAP(read_flags, N_TTY_BUF_SIZE);	/* where lines end */
	unsigned char read_buf[N_TTY_BUF_SIZE];
	/*
	 * The interrupt and the reader, on the same CPU or two, both move
	 * the indices. Linux orders them with barriers and termios_rwsem;
	 * a spinlock taken with interrupts off is simpler.
	 */
	spinlock_t lock;
};

static size_t read_cnt(struct n_tty_data *ldata)
{
	return ldata->read_head - ldata->read_tail;
}

static unsigned char read_buf(struct n_tty_data *ldata, size_t i)
{
	return ldata->read_buf[i & (N_TTY_BUF_SIZE - 1)];
}

static void put_tty_queue(unsigned char c, struct n_tty_data *ldata)
{
	ldata->read_buf[ldata->read_head & (N_TTY_BUF_SIZE - 1)] = c;
	ldata->read_head++;
}

static void reset_buffer_flags(struct n_tty_data *ldata)
{
	ldata->read_head = ldata->canon_head = ldata->read_tail = 0;
	memset(ldata->read_flags, 0, sizeof(ldata->read_flags));
}

/* ---- echo ---- */

static void tty_put(struct tty_struct *tty, const char *s, int n)
{
	if (tty->ops && tty->ops->write)
		tty->ops->write(tty, (const unsigned char *)s, n);
}

static bool echoed_as_ctl(struct tty_struct *tty, unsigned char c)
{
	return L_ECHOCTL(tty) && iscntrl(c) && c != '\t' && c != '\n';
}

/* Echo one received byte: ^X for a control character with ECHOCTL. */
static void echo_char(unsigned char c, struct tty_struct *tty)
{
	char ctl[2] = { '^', c ^ 0100 };

	if (echoed_as_ctl(tty, c))
		tty_put(tty, ctl, 2);
	else
		tty_put(tty, (const char *)&c, 1);
}

/*
 * The erase character: drop the last byte of the line being typed (never
 * one of a line already ended) and, with ECHOE, rub it out on the screen:
 * back, blank, back - twice for a ^X.
 */
static void eraser(unsigned char c, struct tty_struct *tty)
{
	struct n_tty_data *ldata = tty->disc_data;
	unsigned char gone;
	int cols;

	if (ldata->read_head == ldata->canon_head)
		return;
	gone = read_buf(ldata, ldata->read_head - 1);
	ldata->read_head--;
	if (!L_ECHO(tty))
		return;
	if (!L_ECHOE(tty)) {
		echo_char(c, tty);
		return;
	}
	for (cols = echoed_as_ctl(tty, gone) ? 2 : 1; cols; cols--)
		tty_put(tty, "\b \b", 3);
}

/* ---- signals ---- */

/* Linux: __isig() - the signal to the foreground group, if there is one. */
static void __isig(int sig, struct tty_struct *tty)
{
	pid_t pgrp = tty_get_pgrp(tty);

	if (pgrp)
		kill_pgrp(pgrp, sig, 1);
}

/*
 * Signal the foreground group and flush the input it has not read: what
 * was typed before ^C belonged to what ^C interrupts (Linux keeps it only
 * with NOFLSH).
 */
static void isig(int sig, struct tty_struct *tty)
{
	__isig(sig, tty);
	reset_buffer_flags(tty->disc_data);
}

static void n_tty_receive_signal_char(struct tty_struct *tty, int signal,
				      unsigned char c)
{
	isig(signal, tty);
	if (L_ECHO(tty))
		echo_char(c, tty);
}

/* ---- receiving ---- */

/* A line ends at read_head - 1; readers may take it now. */
static void n_tty_end_line(struct n_tty_data *ldata)
{
	set_bit((ldata->read_head - 1) & (N_TTY_BUF_SIZE - 1),
		ldata->read_flags);
	ldata->canon_head = ldata->read_head;
}

static void n_tty_receive_char(struct tty_struct *tty, unsigned char c)
{
	struct n_tty_data *ldata = tty->disc_data;

	if (I_ICRNL(tty) && c == '\r')
		c = '\n';
	if (L_ISIG(tty) && c == INTR_CHAR(tty)) {
		n_tty_receive_signal_char(tty, SIGINT, c);
		return;
	}
	if (L_ICANON(tty)) {
		if (c == ERASE_CHAR(tty)) {
			eraser(c, tty);
			return;
		}
		if (c == '\n' || c == EOF_CHAR(tty)) {
			if (c == '\n' && L_ECHO(tty))
				echo_char(c, tty);
			put_tty_queue(c == '\n' ? c : __DISABLED_CHAR, ldata);
			n_tty_end_line(ldata);
			return;
		}
		/* keep the last slot for the line's end; drop the overflow */
		if (read_cnt(ldata) >= N_TTY_BUF_SIZE - 1)
			return;
	}
	if (L_ECHO(tty))
		echo_char(c, tty);
	put_tty_queue(c, ldata);
}

/*
 * Room for more bytes. In canonical mode with no complete line, reading
 * can't make room, so bytes keep being accepted (and dropped, above)
 * until a \n ends the line: Linux's "overflow" case.
 */
static int receive_room(struct tty_struct *tty)
{
	struct n_tty_data *ldata = tty->disc_data;
	int room = N_TTY_BUF_SIZE - 1 - read_cnt(ldata);

	if (room <= 0 && L_ICANON(tty) && ldata->canon_head == ldata->read_tail)
		room = 1;
	return room;
}

static bool input_available_p(struct tty_struct *tty)
{
	struct n_tty_data *ldata = tty->disc_data;

	if (L_ICANON(tty))
		return ldata->canon_head != ldata->read_tail;
	return ldata->read_head != ldata->read_tail;
}

/* Nearly full: ask the driver to stop, unless no read can make room. */
static void n_tty_check_throttle(struct tty_struct *tty)
{
	struct n_tty_data *ldata = tty->disc_data;

	if (L_ICANON(tty) && ldata->canon_head == ldata->read_tail)
		return;
	if (N_TTY_BUF_SIZE - read_cnt(ldata) < TTY_THRESHOLD_THROTTLE)
		tty_throttle_safe(tty);
}

static void n_tty_check_unthrottle(struct tty_struct *tty)
{
	struct n_tty_data *ldata = tty->disc_data;

	if (read_cnt(ldata) <= TTY_THRESHOLD_UNTHROTTLE)
		tty_unthrottle_safe(tty);
}

/*
 * Take up to count bytes from the flip buffer; returns how many were
 * taken (the rest stays there until a read makes room). Called from the
 * receive interrupt.
 */
int n_tty_receive_buf2(struct tty_struct *tty, const unsigned char *cp,
		       int count)
{
	struct n_tty_data *ldata = tty->disc_data;
	unsigned long flags;
	int n = 0;

	spin_lock_irqsave(&ldata->lock, flags);
	while (n < count && receive_room(tty) > 0)
		n_tty_receive_char(tty, cp[n++]);
	n_tty_check_throttle(tty);
	if (!read_cnt(ldata))
		n_tty_check_unthrottle(tty);	/* isig() emptied it */
	spin_unlock_irqrestore(&ldata->lock, flags);
	if (input_available_p(tty))
		wake_up_interruptible(&tty->read_wait);
	return n;
}

/* ---- reading ---- */

/*
 * One line at most, up to and including its \n; a ^D ends the line
 * without being copied, so ^D on an empty line reads 0 bytes: end of
 * file. A line longer than the buffer is taken in several reads.
 */
static size_t canon_copy_from_read_buf(struct n_tty_data *ldata,
				       unsigned char *buf, size_t nr)
{
	size_t n = 0;

	while (ldata->read_tail != ldata->canon_head && n < nr) {
		size_t i = ldata->read_tail & (N_TTY_BUF_SIZE - 1);
		unsigned char c = ldata->read_buf[i];
		bool eol = test_bit(i, ldata->read_flags);

		ldata->read_tail++;
		if (eol) {
			clear_bit(i, ldata->read_flags);
			if (c != __DISABLED_CHAR)
				buf[n++] = c;
			break;
		}
		buf[n++] = c;
	}
	return n;
}

static size_t copy_from_read_buf(struct n_tty_data *ldata,
				 unsigned char *buf, size_t nr)
{
	size_t n = 0;

	while (ldata->read_tail != ldata->read_head && n < nr)
		buf[n++] = read_buf(ldata, ldata->read_tail++);
	return n;
}

/*
 * read(2) on the terminal: sleep until input is available, then take it.
 * A signal (Ctrl-C's SIGINT among them) ends the sleep with -EINTR and
 * the task dies of it on its way back to user space. Linux returns
 * -ERESTARTSYS so that a handled signal can restart the read; with only
 * default actions, -EINTR is all a caller could see.
 */
ssize_t n_tty_read(struct tty_struct *tty, unsigned char *buf, size_t nr)
{
	struct n_tty_data *ldata = tty->disc_data;
	DEFINE_WAIT(wait);
	unsigned long flags;
	ssize_t ret;

	for (;;) {
		prepare_to_wait(&tty->read_wait, &wait, TASK_INTERRUPTIBLE);
		spin_lock_irqsave(&ldata->lock, flags);
		if (input_available_p(tty)) {
			ret = L_ICANON(tty) ?
			      canon_copy_from_read_buf(ldata, buf, nr) :
			      copy_from_read_buf(ldata, buf, nr);
			n_tty_check_unthrottle(tty);
			spin_unlock_irqrestore(&ldata->lock, flags);
			break;
		}
		spin_unlock_irqrestore(&ldata->lock, flags);
		if (signal_pending(current)) {
			ret = -EINTR;
			break;
		}
		schedule();
	}
	finish_wait(&tty->read_wait, &wait);
	/* bytes the flip buffer held back may fit now (n_tty_kick_worker) */
	if (tty->port)
		tty_buffer_restart_work(tty->port);
	return ret;
}

/* ---- modes ---- */

/*
 * Called when termios changes. Going into canonical mode, bytes already
 * stored (typed while the shell's line editor was reading raw) become one
 * line a reader may take at once, as Linux does; leaving it, every byte
 * is readable.
 */
void n_tty_set_termios(struct tty_struct *tty, struct ktermios *old)
{
	struct n_tty_data *ldata = tty->disc_data;
	unsigned long flags;

	spin_lock_irqsave(&ldata->lock, flags);
	if (!old || ((old->c_lflag ^ tty->termios.c_lflag) & ICANON)) {
		memset(ldata->read_flags, 0, sizeof(ldata->read_flags));
		if (!L_ICANON(tty) || !read_cnt(ldata)) {
			ldata->canon_head = ldata->read_tail;
		} else {
			set_bit((ldata->read_head - 1) & (N_TTY_BUF_SIZE - 1),
				ldata->read_flags);
			ldata->canon_head = ldata->read_head;
		}
	}
	spin_unlock_irqrestore(&ldata->lock, flags);
	if (input_available_p(tty))
		wake_up_interruptible(&tty->read_wait);
}

int n_tty_open(struct tty_struct *tty)
{
	struct n_tty_data *ldata = kzalloc(sizeof(*ldata), GFP_KERNEL);

	if (!ldata)
		return -ENOMEM;
	spin_lock_init(&ldata->lock);
	tty->disc_data = ldata;
	n_tty_set_termios(tty, NULL);
	return 0;
}

void n_tty_close(struct tty_struct *tty)
{
	kfree(tty->disc_data);
	tty->disc_data = NULL;
}
