// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/printk/printk.c - printk: format, timestamp, keep in the log
 * buffer, write to the consoles. Linux: kernel/printk/printk.c.
 *
 * Linux stores structured records (sequence number, level, timestamp, text)
 * in a lockless ring; tinymm keeps the text with its "[    1.234567] "
 * prefix in a plain byte ring (__log_buf, log_buf_pos), so GDB's lx-dmesg
 * and tests can read it back. As Linux decides at print time whether a
 * record shows its timestamp (printk.time=, print_time() in
 * record_print_text()), the consoles and dmesg drop the prefix while
 * printk_time is off; the log always keeps it. Messages printed before any
 * console exists (the UART is found in the device tree) are replayed when
 * the first console registers. A helper's fds can be pointed at
 * /dev/kmsg (kmsg_file_open), so what a user program writes joins the log.
 *
 * Writers take logbuf_lock, as Linux up to v5.9 did (a raw spinlock,
 * interrupts off); Linux v5.10 replaced it with the lockless ring. Under
 * it a message's timestamp, text and the continuation state are stored
 * and written to the consoles whole, so two CPUs' lines never mix and the
 * consoles show them in log order. A continuation (KERN_CONT) joins the
 * open line only if the same caller opened it (Linux: the caller id that
 * prb_reserve_in_last() matches); otherwise it starts a line of its own.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/kmsg_dump.h>
#include <linux/panic.h>
#include <linux/smp.h>
#include <linux/spinlock.h>
#include <linux/time.h>

#define LOG_BUF_LEN	(1 << 17)

char __log_buf[LOG_BUF_LEN];
u32 log_buf_len = LOG_BUF_LEN;
u64 log_buf_pos;		/* bytes ever written; ring index = pos % len */
int console_loglevel = CONSOLE_LOGLEVEL_DEFAULT;
bool printk_time = true;	/* printk.time=: show "[    1.234567] " */

static struct console *console_drivers;
static bool line_start = true;	/* next char begins a new line */
static int cont_level;		/* level of the line being continued */
static u32 cont_caller;		/* printk_caller_id() of whoever opened it */

/*
 * The bare arch lock, unseen by lockdep and the spinlock debug checks:
 * their reports print, and would come back here (Linux keeps printk out
 * of their reach with printk_safe). logbuf_cpu is the holder's CPU, -1
 * while free; only the holder writes it. Not static: the printk suite
 * checks that an oops inside printk lets go of it.
 */
arch_spinlock_t logbuf_lock = __ARCH_SPIN_LOCK_UNLOCKED;
static int logbuf_cpu = -1;

/* How long an oops waits for another CPU's hold before going around it. */
#define LOGBUF_OOPS_WAIT_NS	(NSEC_PER_SEC / 10)

/*
 * Take logbuf_lock, interrupts off. Returns true if the caller holds it
 * now (and releases it with logbuf_unlock_irqrestore()), false if it is
 * to print without it, which happens in two cases, so that nothing can
 * wedge the report of a crash:
 *  - this CPU holds it already: a printk from inside printk (a WARN in a
 *    console driver). The outer printk goes on afterwards and unlocks.
 *  - an oops or panic is in progress and another CPU has held the lock
 *    for LOGBUF_OOPS_WAIT_NS: that CPU may have died holding it. Linux up
 *    to v4.x re-initialised the lock there (zap_locks()); a ticket lock
 *    with CPUs queued on it cannot be reset, so we print beside it.
 * Any context; never sleeps.
 */
static bool logbuf_lock_irqsave(unsigned long *flags)
{
	int cpu = smp_processor_id();
	u64 end;

	local_irq_save(*flags);
	if (unlikely(READ_ONCE(logbuf_cpu) == cpu))
		return false;
	if (likely(!oops_in_progress)) {
		arch_spin_lock(&logbuf_lock);
	} else {
		end = local_clock() + LOGBUF_OOPS_WAIT_NS;
		while (!arch_spin_trylock(&logbuf_lock))
			if (local_clock() > end)
				return false;
	}
	WRITE_ONCE(logbuf_cpu, cpu);
	return true;
}

static void logbuf_unlock_irqrestore(bool locked, unsigned long flags)
{
	if (locked) {
		WRITE_ONCE(logbuf_cpu, -1);
		arch_spin_unlock(&logbuf_lock);
	}
	local_irq_restore(flags);
}

/*
 * Called as an oops begins on this CPU (oops_enter()). If this CPU holds
 * logbuf_lock, the code that took it faulted inside printk and will never
 * resume: the oops unwinds it. Let the lock go, so that the report, and
 * every CPU after it, can print. Linux up to v4.x: zap_locks().
 */
void zap_locks(void)
{
	if (READ_ONCE(logbuf_cpu) != smp_processor_id())
		return;
	WRITE_ONCE(logbuf_cpu, -1);
	arch_spin_unlock(&logbuf_lock);
}

/*
 * Who prints: the task, or in an interrupt handler the CPU. Linux:
 * printk_caller_id().
 */
static u32 printk_caller_id(void)
{
	return in_interrupt() ? 0x80000000 + smp_processor_id() :
				(u32)current->pid;
}

static void log_store(const char *s, size_t n)
{
	while (n--)
		__log_buf[log_buf_pos++ % LOG_BUF_LEN] = *s++;
}

static void console_emit(const char *s, size_t n, int level)
{
	struct console *con;

	if (level >= console_loglevel)
		return;
	for (con = console_drivers; con; con = con->next)
		con->write(con, s, n);
}

/*
 * Text for the terminal only (like a tty write): not logged, no
 * timestamp. Under logbuf_lock, so it never lands inside a message.
 */
void console_puts(const char *s, size_t n)
{
	struct console *con;
	unsigned long flags;
	bool locked = logbuf_lock_irqsave(&flags);

	for (con = console_drivers; con; con = con->next)
		con->write(con, s, n);
	logbuf_unlock_irqrestore(locked, flags);
}

static void emit(const char *s, size_t n, int level)
{
	log_store(s, n);
	console_emit(s, n, level);
}

static void emit_timestamp(int level)
{
	char ts[32];
	u64 ns = local_clock();
	int n = scnprintf(ts, sizeof(ts), "[%5llu.%06llu] ",
			  (unsigned long long)(ns / 1000000000),
			  (unsigned long long)(ns % 1000000000) / 1000);

	log_store(ts, n);
	if (printk_time)
		console_emit(ts, n, level);
}

/*
 * Copy n bytes of the log from pos to out(), leaving out each line's
 * timestamp when printk.time is off. Returns the position reached.
 */
u64 printk_log_emit(u64 pos, u64 n, void (*out)(const char *s, size_t n))
{
	u64 end = pos + n;

	while (pos < end) {
		char c = __log_buf[pos % LOG_BUF_LEN];

		/* every line in the log starts with "[" ... "] " */
		if (!printk_time && c == '[' &&
		    (pos == 0 || __log_buf[(pos - 1) % LOG_BUF_LEN] == '\n')) {
			while (pos < end && __log_buf[pos % LOG_BUF_LEN] != ']')
				pos++;
			pos += 2;
			continue;
		}
		out(&c, 1);
		pos++;
	}
	return pos;
}

/*
 * Store one formatted message (its level prefix parsed off) and write it
 * to the consoles. Caller holds logbuf_lock with interrupts off.
 */
static void vprintk_store(const char *p, int len, int level, bool cont,
			  u32 caller)
{
	/* A message that doesn't continue a line ends any open one. */
	if (!cont && !line_start)
		emit("\n", 1, cont_level);
	/* Nor does a continuation from someone else: it gets its own. */
	if (cont && !line_start && caller != cont_caller) {
		emit("\n", 1, cont_level);
		line_start = true;
	}
	if (cont && !line_start)
		level = cont_level;
	cont_caller = caller;
	while (len > 0) {
		const char *nl = memchr(p, '\n', len);
		size_t n = nl ? (size_t)(nl - p + 1) : (size_t)len;

		if (line_start)
			emit_timestamp(level);
		emit(p, n, level);
		line_start = nl != NULL;
		p += n;
		len -= n;
	}
	cont_level = level;
}

/*
 * Format, then store and print the message whole under logbuf_lock. Any
 * context; never sleeps. Returns the length of the formatted text, its
 * level prefix included.
 */
int vprintk(const char *fmt, va_list args)
{
	char text[1024];
	const char *p = text;
	int len, level = MESSAGE_LOGLEVEL_DEFAULT;
	unsigned long flags;
	bool cont = false, locked;

	len = vscnprintf(text, sizeof(text), fmt, args);
	while (p[0] == KERN_SOH_ASCII && p[1]) {
		if (p[1] >= '0' && p[1] <= '7')
			level = p[1] - '0';
		else if (p[1] == 'c')
			cont = true;
		p += 2;
	}
	len -= p - text;
	locked = logbuf_lock_irqsave(&flags);
	vprintk_store(p, len, level, cont, printk_caller_id());
	logbuf_unlock_irqrestore(locked, flags);
	return p - text + len;
}

int printk(const char *fmt, ...)
{
	va_list args;
	int r;

	va_start(args, fmt);
	r = vprintk(fmt, args);
	va_end(args);
	return r;
}

static struct console *replay_con;

static void replay_write(const char *s, size_t n)
{
	replay_con->write(replay_con, s, n);
}

/* Replays the log to the new console, under logbuf_lock. */
void register_console(struct console *con)
{
	unsigned long flags;
	bool locked = logbuf_lock_irqsave(&flags);
	u64 start = log_buf_pos > LOG_BUF_LEN ? log_buf_pos - LOG_BUF_LEN : 0;

	con->next = console_drivers;
	console_drivers = con;
	replay_con = con;
	printk_log_emit(start, log_buf_pos - start, replay_write);
	logbuf_unlock_irqrestore(locked, flags);
	pr_info("printk: console [%s] enabled\n", con->name);
}

/*
 * Take @con off the list: once this returns, no printk writes to it.
 * Returns 0, or -ENODEV if it was not registered. Process context.
 */
int unregister_console(struct console *con)
{
	struct console **pp;
	unsigned long flags;
	bool locked = logbuf_lock_irqsave(&flags);
	int ret = -ENODEV;

	for (pp = &console_drivers; *pp; pp = &(*pp)->next)
		if (*pp == con) {
			*pp = con->next;
			ret = 0;
			break;
		}
	logbuf_unlock_irqrestore(locked, flags);
	return ret;
}

u64 printk_log_pos(void)
{
	return log_buf_pos;
}

/*
 * Start @iter at the oldest text the ring still holds; it reads up to the
 * end of the log as it is now. Linux starts at clear_seq (what dmesg -c
 * left); tinymm has no dmesg -c, so that is the oldest text.
 */
void kmsg_dump_rewind(struct kmsg_dump_iter *iter)
{
	iter->cur_seq = log_buf_pos > LOG_BUF_LEN ? log_buf_pos - LOG_BUF_LEN : 0;
	iter->next_seq = log_buf_pos;
}

/*
 * Copy the line at @iter into @line (not NUL-terminated: *len says how
 * much), its "[ time] " prefix and '\n' included, and move @iter past it.
 * A line longer than @size is cut, as Linux cuts a record. Returns false
 * once @iter has reached next_seq. Text the ring has overwritten since
 * the rewind is skipped. Takes no lock: Linux's is lockless too, and a
 * line printed meanwhile lies beyond next_seq. Linux prefixes "<level>"
 * when @syslog is set; the byte ring keeps no levels, so @syslog is
 * ignored.
 */
bool kmsg_dump_get_line(struct kmsg_dump_iter *iter, bool syslog,
			char *line, size_t size, size_t *len)
{
	u64 oldest = log_buf_pos > LOG_BUF_LEN ? log_buf_pos - LOG_BUF_LEN : 0;
	size_t n = 0;
	char c = 0;

	if (iter->cur_seq < oldest)
		iter->cur_seq = oldest;
	if (iter->cur_seq >= iter->next_seq) {
		*len = 0;
		return false;
	}
	while (iter->cur_seq < iter->next_seq && c != '\n') {
		c = __log_buf[iter->cur_seq++ % LOG_BUF_LEN];
		if (n < size)
			line[n++] = c;
	}
	*len = n;
	return true;
}

static int __init loglevel(char *str)
{
	int v;

	if (kstrtoint(str, 0, &v))
		return -EINVAL;
	console_loglevel = v;
	return 0;
}
early_param("loglevel", loglevel);

/* Linux: module_param_named(time, printk_time, bool, ...) */
static int __init printk_time_setup(char *str)
{
	return kstrtobool(str, &printk_time);
}
early_param("printk.time", printk_time_setup);

/*
 * /dev/kmsg for writing: what a user program writes becomes kernel
 * messages, timestamped and kept in the log like any printk. The test
 * programs write their KTAP there (tests/kernel/user_kunit.c), so a test
 * boot's console is one uniformly prefixed stream. An optional "<N>" in
 * front, N a level 0-7, sets the level; Linux's devkmsg_write() reads a
 * whole "<facility * 8 + level>" number there. Linux makes one record of
 * each write and rate-limits writers unless printk.devkmsg=on; our log has
 * no records, so each line is printed as it comes, and there is no limit:
 * the only writers are the tests.
 */
static ssize_t devkmsg_write(struct file *file, const char *buf,
			     size_t count, loff_t *pos)
{
	const char *p = buf, *end = buf + count, *nl;
	int level = MESSAGE_LOGLEVEL_DEFAULT;

	if (count >= 3 && p[0] == '<' && p[1] >= '0' && p[1] <= '7' &&
	    p[2] == '>') {
		level = p[1] - '0';
		p += 3;
	}
	for (; p < end; p = nl + 1) {
		nl = memchr(p, '\n', end - p);
		if (!nl)
			nl = end;
		printk("%c%c%.*s\n", KERN_SOH_ASCII, '0' + level,
		       (int)(nl - p), p);
	}
	return count;
}

static const struct file_operations kmsg_fops = {
	.write = devkmsg_write,
};

static struct inode kmsg_inode = {
	.i_mode = 0020000,	/* S_IFCHR */
	.i_name = "/dev/kmsg",
};

/* Linux: drivers/char/mem.c opens it as the "kmsg" minor of mem. */
struct file *kmsg_file_open(int flags)
{
	kmsg_inode.i_mapping = &kmsg_inode.i_data;
	return alloc_file(&kmsg_inode, flags, &kmsg_fops);
}
