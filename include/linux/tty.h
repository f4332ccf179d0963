/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/tty.h - a terminal: the serial port's bytes on one side, the
 * reading process on the other, and between them the line discipline
 * (drivers/tty/n_tty.c), which edits lines, echoes, and turns Ctrl-C into
 * SIGINT for the terminal's foreground process group.
 * Linux: include/linux/tty.h, tty_port.h, tty_flip.h, tty_driver.h
 * (tty_operations), include/uapi/asm-generic/termbits.h (termios bits).
 *
 *   PL011 receive interrupt -> tty_insert_flip_char() into the port's
 *   flip buffer -> tty_flip_buffer_push() -> n_tty_receive_buf2(): echo,
 *   erase, isig() -> the line discipline's read_buf -> n_tty_read(), in
 *   the reader's read(2)
 *
 * Simplified: one terminal, the console (Linux has tty_drivers, each with
 * a table of ttys opened by device number); one line discipline, called
 * directly (Linux: struct tty_ldisc_ops, switchable per tty); no
 * ioctl(2), so the shell (a kernel thread) calls tty_set_termios() and
 * tiocspgrp() itself where a user shell would use tcsetattr(3) and
 * tcsetpgrp(3); no sessions or controlling-terminal bookkeeping, and no
 * SIGTTIN/SIGTTOU for background jobs that read or write; no output
 * processing (the UART driver turns \n into \r\n itself).
 */
#ifndef _LINUX_TTY_H
#define _LINUX_TTY_H

#include <linux/types.h>
#include <linux/fs.h>
#include <linux/spinlock.h>
#include <linux/wait.h>

/* ---- termios: the terminal's modes (only the bits n_tty honours) ---- */

typedef unsigned char cc_t;
typedef unsigned int tcflag_t;

#define NCCS		19
/* c_cc[] indices: the special characters */
#define VINTR		0	/* ^C: SIGINT */
#define VERASE		2	/* DEL: erase the last character */
#define VEOF		4	/* ^D: end of file (an empty read) */

/* c_iflag (octal, as termbits.h) */
#define ICRNL		0000400	/* turn the Enter key's \r into \n */
/* c_lflag */
#define ISIG		0000001	/* VINTR sends a signal */
#define ICANON		0000002	/* canonical: edited lines, read by lines */
#define ECHO		0000010	/* echo what is typed */
#define ECHOE		0000020	/* VERASE rubs out the character on screen */
#define ECHOCTL		0001000	/* echo control characters as ^X */

struct ktermios {
	tcflag_t c_iflag;
	tcflag_t c_oflag;
	tcflag_t c_cflag;
	tcflag_t c_lflag;
	cc_t c_line;
	cc_t c_cc[NCCS];
};

/* What a new terminal starts with: cooked mode (Linux: tty_std_termios). */
extern const struct ktermios tty_std_termios;

#define INTR_CHAR(tty)	((tty)->termios.c_cc[VINTR])
#define ERASE_CHAR(tty)	((tty)->termios.c_cc[VERASE])
#define EOF_CHAR(tty)	((tty)->termios.c_cc[VEOF])
#define I_ICRNL(tty)	((tty)->termios.c_iflag & ICRNL)
#define L_ISIG(tty)	((tty)->termios.c_lflag & ISIG)
#define L_ICANON(tty)	((tty)->termios.c_lflag & ICANON)
#define L_ECHO(tty)	((tty)->termios.c_lflag & ECHO)
#define L_ECHOE(tty)	((tty)->termios.c_lflag & ECHOE)
#define L_ECHOCTL(tty)	((tty)->termios.c_lflag & ECHOCTL)

/* ---- the port: the driver's side ---- */

/* Received-byte flags (Linux: tty_flip.h) */
#define TTY_NORMAL	0
#define TTY_BREAK	1
#define TTY_FRAME	2
#define TTY_PARITY	3
#define TTY_OVERRUN	4

/*
 * Bytes the interrupt took from the UART's FIFO that the line discipline
 * has not accepted yet. Linux: struct tty_bufhead, a chain of tty_buffers
 * grown on demand (up to 64 KiB); one small array is enough here because
 * the driver stops reading the FIFO while it is full.
 */
#define TTY_FLIPBUF_SIZE	64

/*
 * lock: the receive interrupt (on the CPU the UART's SPI targets) and a
 * reader restarting the push (on any CPU) both change data and count.
 * Linux's tty_bufhead has a mutex for flush_to_ldisc(), which runs in a
 * worker; here the push runs in the interrupt, so a spinlock, irqsave.
 */
struct tty_bufhead {
	spinlock_t lock;
	unsigned char data[TTY_FLIPBUF_SIZE];
	unsigned int count;
};

struct tty_port {
	struct tty_struct *tty;		/* the terminal the port feeds */
	struct tty_bufhead buf;
};

struct tty_struct;

/* What the driver does for the terminal (Linux: tty_driver.h). */
struct tty_operations {
	/* first open: the driver starts receiving (pl011_startup) */
	int (*open)(struct tty_struct *tty);
	/* last close: it stops, and gives its interrupt back (pl011_shutdown) */
	void (*close)(struct tty_struct *tty);
	/* output: program writes and the line discipline's echo */
	int (*write)(struct tty_struct *tty, const unsigned char *buf,
		     int count);
	/* the line discipline is (almost) full / has room again */
	void (*throttle)(struct tty_struct *tty);
	void (*unthrottle)(struct tty_struct *tty);
};

/* tty->flags bits */
#define TTY_THROTTLED		0	/* the driver was told to stop */

struct tty_struct {
	const char *name;		/* "ttyAMA0" */
	const struct tty_operations *ops;
	struct tty_port *port;
	struct ktermios termios;
	unsigned long flags;		/* TTY_* bits */
	int count;			/* opens: startup at the first, shutdown after the last */
	/*
	 * The foreground process group: who Ctrl-C reaches. 0: none has been set.
	 * Linux: a struct pid *, set by TIOCSPGRP (tcsetpgrp).
	 */
	pid_t pgrp;
	wait_queue_head_t read_wait;	/* readers waiting for input */
	void *disc_data;		/* the line discipline's (n_tty_data) */
};

/* ---- drivers/tty/tty_io.c ---- */
/* An open terminal's tty (Linux: through struct tty_file_private). */
static inline struct tty_struct *file_tty(struct file *file)
{
	return file->private_data;
}
struct tty_struct *console_tty(void);
int tty_port_register_device(struct tty_port *port,
			     const struct tty_operations *ops,
			     const char *name);
void tty_init_termios(struct tty_struct *tty);

/* ---- drivers/tty/tty_buffer.c: the flip buffer ---- */
void tty_buffer_init(struct tty_port *port);	/* Linux: via tty_port_init() */
int tty_buffer_space_avail(struct tty_port *port);
int tty_insert_flip_char(struct tty_port *port, unsigned char ch, char flag);
void tty_flip_buffer_push(struct tty_port *port);
void tty_buffer_restart_work(struct tty_port *port);

/* ---- drivers/tty/tty_ioctl.c: termios, flow control ---- */
int tty_set_termios(struct tty_struct *tty, struct ktermios *new_termios);
bool tty_throttle_safe(struct tty_struct *tty);
bool tty_unthrottle_safe(struct tty_struct *tty);

/* ---- drivers/tty/tty_jobctrl.c: the foreground process group ---- */
pid_t tty_get_pgrp(struct tty_struct *tty);
int tiocspgrp(struct tty_struct *tty, pid_t pgrp);

/* ---- drivers/tty/n_tty.c: the line discipline ---- */
int n_tty_open(struct tty_struct *tty);
void n_tty_close(struct tty_struct *tty);
/* Linux also passes a flags array (parity/framing errors); a PL011 under
 * QEMU reports none, so there is no fp. */
int n_tty_receive_buf2(struct tty_struct *tty, const unsigned char *cp,
		       int count);
ssize_t n_tty_read(struct tty_struct *tty, unsigned char *buf, size_t nr);
void n_tty_set_termios(struct tty_struct *tty, struct ktermios *old);

#endif /* _LINUX_TTY_H */
