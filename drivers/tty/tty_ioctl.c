// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/tty/tty_ioctl.c - changing a terminal's modes, and flow control
 * towards the driver. Linux: the same file (tty_set_termios,
 * tty_throttle_safe, tty_unthrottle_safe), where tcsetattr(3)'s TCSETS
 * ioctl lands.
 *
 * A line editor - bash's readline, tinymm's shell - switches the terminal
 * to "raw" mode (no ICANON, no ECHO, no ISIG) while it reads a line, so
 * that it sees each key, arrows and ^C included, and echoes by itself;
 * it switches back to the saved modes before it runs the command.
 *
 * Simplified: no ioctl(2) yet, so only kernel callers (the shell) change
 * modes; Linux also tells the driver about speed and parity
 * (tty->ops->set_termios), which a UART under QEMU ignores.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/tty.h>

int tty_set_termios(struct tty_struct *tty, struct ktermios *new_termios)
{
	struct ktermios old = tty->termios;

	tty->termios = *new_termios;
	if (tty->disc_data)
		n_tty_set_termios(tty, &old);
	return 0;
}

/*
 * Ask the driver to stop receiving (it masks its receive interrupt, and
 * the bytes wait in the UART). Returns false if it was already stopped.
 * "safe": callable from the line discipline with its lock held, as in
 * Linux.
 */
bool tty_throttle_safe(struct tty_struct *tty)
{
	if (test_and_set_bit(TTY_THROTTLED, &tty->flags))
		return false;
	if (tty->ops && tty->ops->throttle)
		tty->ops->throttle(tty);
	return true;
}

bool tty_unthrottle_safe(struct tty_struct *tty)
{
	if (!test_and_clear_bit(TTY_THROTTLED, &tty->flags))
		return false;
	if (tty->ops && tty->ops->unthrottle)
		tty->ops->unthrottle(tty);
	return true;
}
