// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/tty_kunit.c - KUnit suite "tty": the line discipline
 * (drivers/tty/n_tty.c) on a terminal of the test's own, with fake
 * driver operations that record the echo and the throttle calls.
 * Linux counterpart: none as KUnit (the tty layer is tested from user
 * space, e.g. by the LTP's pty tests); the cases follow POSIX's
 * "General Terminal Interface".
 *
 *  - cooked mode: erase, the line's end, ^D (end of file), \r to \n, and
 *    the echo a terminal shows meanwhile;
 *  - raw mode: every byte as it came, nothing echoed or interpreted;
 *  - ^C with ISIG: SIGINT for the foreground process group - a real user
 *    program, /bin/spin, ends by it - the pending input is flushed, ^C is
 *    echoed; a process in another group is left alone;
 *  - flow control: a full buffer throttles the driver and refuses more,
 *    reading lets it go on;
 *  - a cooked line longer than the buffer: kept up to N_TTY_BUF_SIZE - 1
 *    bytes and its \n, the excess dropped, not read as a line of its own.
 * The shell's own use (the real UART, its interrupt, job control) is
 * tested by the runner's tty boot (tests/run_tests.py run_tty).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/sched.h>
#include <linux/sched/task.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/tty.h>
#include <linux/umh.h>
#include <kunit/test.h>
#include "kunit_umh.h"

struct fake_tty {
	struct tty_struct tty;
	struct tty_port port;
	char echo[256];
	int echo_len;
	int throttled, unthrottled;	/* calls */
};

static struct fake_tty *to_fake(struct tty_struct *tty)
{
	return container_of(tty, struct fake_tty, tty);
}

static int fake_write(struct tty_struct *tty, const unsigned char *buf,
		      int count)
{
	struct fake_tty *f = to_fake(tty);
	int n = min(count, (int)sizeof(f->echo) - 1 - f->echo_len);

	memcpy(f->echo + f->echo_len, buf, n);
	f->echo_len += n;
	f->echo[f->echo_len] = '\0';
	return count;
}

static void fake_throttle(struct tty_struct *tty)
{
	to_fake(tty)->throttled++;
}

static void fake_unthrottle(struct tty_struct *tty)
{
	to_fake(tty)->unthrottled++;
}

static const struct tty_operations fake_ops = {
	.write = fake_write,
	.throttle = fake_throttle,
	.unthrottle = fake_unthrottle,
};

static int tty_test_init(struct kunit *test)
{
	struct fake_tty *f = kzalloc(sizeof(*f), GFP_KERNEL);

	if (!f)
		return -ENOMEM;
	f->tty.name = "kunit";
	f->tty.ops = &fake_ops;
	f->tty.port = &f->port;
	tty_buffer_init(&f->port);
	f->port.tty = &f->tty;
	init_waitqueue_head(&f->tty.read_wait);
	tty_init_termios(&f->tty);
	if (n_tty_open(&f->tty)) {
		kfree(f);
		return -ENOMEM;
	}
	test->priv = f;
	return 0;
}

static void tty_test_exit(struct kunit *test)
{
	struct fake_tty *f = test->priv;

	n_tty_close(&f->tty);
	kfree(f);
}

/* Bytes as the driver's interrupt delivers them; how many were taken. */
static int receive(struct fake_tty *f, const char *s, int n)
{
	return n_tty_receive_buf2(&f->tty, (const unsigned char *)s, n);
}

static int receive_str(struct fake_tty *f, const char *s)
{
	return receive(f, s, strlen(s));
}

/* A read that must not sleep: the caller has made input available. */
static ssize_t read_str(struct fake_tty *f, char *buf, size_t size)
{
	ssize_t n = n_tty_read(&f->tty, (unsigned char *)buf, size - 1);

	buf[n > 0 ? n : 0] = '\0';
	return n;
}

static void set_raw(struct fake_tty *f)
{
	struct ktermios raw = f->tty.termios;

	raw.c_lflag &= ~(ICANON | ECHO | ISIG);
	tty_set_termios(&f->tty, &raw);
}

static void tty_cooked_line(struct kunit *test)
{
	struct fake_tty *f = test->priv;
	char buf[64];

	KUNIT_EXPECT_EQ(test, receive_str(f, "lx\x7fs -l\r"), 8);
	KUNIT_EXPECT_STREQ(test, f->echo, "lx\b \bs -l\n");
	KUNIT_EXPECT_EQ(test, read_str(f, buf, sizeof(buf)), 6);
	KUNIT_EXPECT_STREQ(test, buf, "ls -l\n");
	/* two lines typed ahead come one per read */
	receive_str(f, "one\ntwo\n");
	KUNIT_EXPECT_EQ(test, read_str(f, buf, sizeof(buf)), 4);
	KUNIT_EXPECT_STREQ(test, buf, "one\n");
	KUNIT_EXPECT_EQ(test, read_str(f, buf, sizeof(buf)), 4);
	KUNIT_EXPECT_STREQ(test, buf, "two\n");
	/* erase stops at the start of the line; a control char erases as ^X */
	f->echo_len = 0;
	receive_str(f, "\x7f" "a\x01\x7f\x7f\x7f" "b\n");
	KUNIT_EXPECT_STREQ(test, f->echo, "a^A\b \b\b \b\b \bb\n");
	KUNIT_EXPECT_EQ(test, read_str(f, buf, sizeof(buf)), 2);
	KUNIT_EXPECT_STREQ(test, buf, "b\n");
}

/* ^D ends a line without a \n; on an empty line, read() returns 0. */
static void tty_cooked_eof(struct kunit *test)
{
	struct fake_tty *f = test->priv;
	char buf[64];

	receive_str(f, "xy\x04\x04");
	KUNIT_EXPECT_STREQ(test, f->echo, "xy");
	KUNIT_EXPECT_EQ(test, read_str(f, buf, sizeof(buf)), 2);
	KUNIT_EXPECT_STREQ(test, buf, "xy");
	KUNIT_EXPECT_EQ(test, read_str(f, buf, sizeof(buf)), 0);
}

/* Raw mode: a line editor's. Bytes come as typed, ^C included. */
static void tty_raw_mode(struct kunit *test)
{
	struct fake_tty *f = test->priv;
	struct ktermios cooked = tty_std_termios;
	char buf[64];

	set_raw(f);
	f->tty.pgrp = 1;	/* init: kill_pgrp would skip it anyway */
	KUNIT_EXPECT_EQ(test, receive_str(f, "a\x03\x1b[A\x7f"), 6);
	KUNIT_EXPECT_EQ(test, f->echo_len, 0);
	KUNIT_EXPECT_EQ(test, read_str(f, buf, sizeof(buf)), 6);
	KUNIT_EXPECT_STREQ(test, buf, "a\x03\x1b[A\x7f");
	/* ICRNL still applies: Enter reads as \n */
	receive_str(f, "\r");
	KUNIT_EXPECT_EQ(test, read_str(f, buf, sizeof(buf)), 1);
	KUNIT_EXPECT_STREQ(test, buf, "\n");
	/* back to cooked: what is pending is one line, readable at once */
	receive_str(f, "pending");
	tty_set_termios(&f->tty, &cooked);
	KUNIT_EXPECT_EQ(test, read_str(f, buf, sizeof(buf)), 7);
	KUNIT_EXPECT_STREQ(test, buf, "pending");
}

static int spin_own_group(struct subprocess_info *info, struct cred *new)
{
	int ret = ksys_setpgid(0, 0);

	return ret ? ret : kunit_umh_stdout_to_kmsg(info, new);
}

/* /bin/spin in a process group of its own; its pid (< 0: error). */
static pid_t start_spin(struct kunit *test)
{
	char *argv[] = { "/bin/spin", NULL };
	struct task_struct *p;
	pid_t pid, pgrp;
	int i;

	pid = call_usermodehelper_exec(call_usermodehelper_setup(argv[0],
					argv, NULL, GFP_KERNEL, spin_own_group,
					NULL, NULL), UMH_NO_WAIT);
	if (pid < 0)
		return pid;
	for (i = 0; i < 100; i++) {	/* until it has run its init hook */
		read_lock(&tasklist_lock);
		p = find_task_by_pid(pid);
		pgrp = p ? task_pgrp_nr(p) : 0;
		read_unlock(&tasklist_lock);
		if (pgrp == pid)
			return pid;
		set_current_state(TASK_INTERRUPTIBLE);
		schedule_timeout(1);
	}
	KUNIT_FAIL(test, "pid %d never made its own process group", pid);
	return pid;
}

/*
 * Reap pid, giving it up to 2 s to die; the wait4 status, or -1 if it
 * was still alive (then it is killed, so that a failing case ends).
 */
static int reap_within_2s(pid_t pid)
{
	int status = 0, i;

	for (i = 0; i < 2 * HZ; i++) {
		if (kernel_wait4(pid, &status, 1 /* WNOHANG */, NULL) == pid)
			return status;
		set_current_state(TASK_INTERRUPTIBLE);
		schedule_timeout(1);
	}
	kill_pid(pid, SIGKILL);
	kernel_wait4(pid, &status, 0, NULL);
	return -1;
}

/*
 * ^C with ISIG: SIGINT for every process of the foreground group, which
 * dies of it; another group doesn't hear it. The typed-ahead input is
 * flushed and "^C" echoed.
 */
static void tty_isig_kills_foreground_group(struct kunit *test)
{
	struct fake_tty *f = test->priv;
	char buf[64];
	pid_t fg, bg;
	int status;

	fg = start_spin(test);
	KUNIT_ASSERT_GT(test, fg, 0);
	bg = start_spin(test);
	KUNIT_ASSERT_GT(test, bg, 0);
	KUNIT_EXPECT_EQ(test, tiocspgrp(&f->tty, fg), 0);
	KUNIT_EXPECT_EQ(test, tty_get_pgrp(&f->tty), fg);
	receive_str(f, "typed ahead\x03");
	KUNIT_EXPECT_STREQ(test, f->echo, "typed ahead^C");
	status = reap_within_2s(fg);
	KUNIT_EXPECT_EQ(test, status & 0x7f, SIGINT);
	/* the other group is still there, spinning */
	KUNIT_EXPECT_EQ(test, kernel_wait4(bg, &status, 1 /* WNOHANG */, NULL),
			0);
	KUNIT_EXPECT_EQ(test, kill_pid(bg, SIGKILL), 0);
	status = reap_within_2s(bg);
	KUNIT_EXPECT_EQ(test, status & 0x7f, SIGKILL);
	/* the flushed line never reaches a reader: the next line does */
	receive_str(f, "after\n");
	KUNIT_EXPECT_EQ(test, read_str(f, buf, sizeof(buf)), 6);
	KUNIT_EXPECT_STREQ(test, buf, "after\n");
	/* a group nobody is in can't have the terminal */
	KUNIT_EXPECT_EQ(test, tiocspgrp(&f->tty, fg), -ESRCH);
}

/*
 * A full buffer: the driver is told to stop (once) and the line
 * discipline takes no more; a read that drains it lets the driver go on.
 */
static void tty_throttle(struct kunit *test)
{
	struct fake_tty *f = test->priv;
	static char big[5000];
	char buf[64];
	int taken, i;

	set_raw(f);
	memset(big, 'z', sizeof(big));
	taken = receive(f, big, sizeof(big));
	KUNIT_EXPECT_LT(test, taken, (int)sizeof(big));
	KUNIT_EXPECT_GE(test, taken, 4000);
	KUNIT_EXPECT_EQ(test, f->throttled, 1);
	KUNIT_EXPECT_EQ(test, receive(f, big, 10), 0);
	KUNIT_EXPECT_EQ(test, f->unthrottled, 0);
	for (i = 0; i < taken; i += 63)
		read_str(f, buf, sizeof(buf));
	KUNIT_EXPECT_EQ(test, f->unthrottled, 1);
	KUNIT_EXPECT_EQ(test, receive(f, big, 10), 10);
}

/*
 * A cooked line of 5,000 bytes: no read can make room before its end, so
 * the line discipline takes every byte, keeps the first 4,095 and the
 * \n (Linux's n_tty_receive_buf_common "overflow" case), and drops the
 * rest. The reader gets one line of 4,096 bytes; the line after it is
 * whole, and none of the excess shows up as a line of its own. (Until
 * that long line is read, the full buffer holds the next one back.)
 */
static void tty_cooked_overflow(struct kunit *test)
{
	struct fake_tty *f = test->priv;
	static char big[5000], got[5000];
	ssize_t n, total = 0;
	char buf[64];

	memset(big, 'q', sizeof(big));
	KUNIT_EXPECT_EQ(test, receive(f, big, sizeof(big)), (int)sizeof(big));
	KUNIT_EXPECT_EQ(test, f->throttled, 0);	/* nothing to wait for */
	KUNIT_EXPECT_EQ(test, receive_str(f, "\n"), 1);
	do {
		n = n_tty_read(&f->tty, (unsigned char *)got + total,
			       sizeof(got) - total);
		total += n > 0 ? n : 0;
	} while (n > 0 && got[total - 1] != '\n');
	KUNIT_EXPECT_EQ(test, total, (ssize_t)4096);
	KUNIT_EXPECT_EQ(test, memchr(got, '\n', total), (void *)&got[4095]);
	KUNIT_EXPECT_EQ(test, receive_str(f, "ok\n"), 3);
	KUNIT_EXPECT_EQ(test, read_str(f, buf, sizeof(buf)), 3);
	KUNIT_EXPECT_STREQ(test, buf, "ok\n");
}

/* How many handlers named name are installed, over every IRQ. */
static int count_actions(const char *name)
{
	struct irqaction *a;
	int irq, n = 0;

	for (irq = 0; irq < nr_irqs; irq++) {
		struct irq_desc *desc = irq_to_desc(irq);

		for (a = desc ? desc->action : NULL; a; a = a->next)
			n += !strcmp(a->name, name);
	}
	return n;
}

/*
 * The real console: each program opens it (fds 0-2) and closes it at
 * exit. If nobody else holds it, that is a first open and a last close
 * each time, and the driver must give its interrupt back at the close
 * (pl011_shutdown), or every program adds one more handler.
 */
static void tty_console_reopen_keeps_one_handler(struct kunit *test)
{
	char *argv[] = { "/bin/hello", NULL };
	int before = count_actions("uart-pl011");

	KUNIT_ASSERT_EQ(test, kunit_call_usermodehelper(argv[0], argv, NULL,
							UMH_WAIT_PROC), 0);
	KUNIT_ASSERT_EQ(test, kunit_call_usermodehelper(argv[0], argv, NULL,
							UMH_WAIT_PROC), 0);
	KUNIT_EXPECT_LE(test, count_actions("uart-pl011"), 1);
	KUNIT_EXPECT_EQ(test, count_actions("uart-pl011"), before);
}

static struct kunit_case tty_cases[] = {
	KUNIT_CASE(tty_cooked_line),
	KUNIT_CASE(tty_cooked_eof),
	KUNIT_CASE(tty_raw_mode),
	KUNIT_CASE(tty_isig_kills_foreground_group),
	KUNIT_CASE(tty_throttle),
	KUNIT_CASE(tty_cooked_overflow),
	KUNIT_CASE(tty_console_reopen_keeps_one_handler),
	{}
};

static struct kunit_suite tty_suite = {
	.name = "tty",
	.init = tty_test_init,
	.exit = tty_test_exit,
	.test_cases = tty_cases,
};
kunit_test_suite(tty_suite);
