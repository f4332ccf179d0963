// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/printk_kunit.c - suite "printk": the log, its timestamps,
 * /dev/kmsg and the kmsg_dump iterator (kernel/printk/printk.c).
 *
 * Teaches: a kernel message is a line in the log buffer with the time it
 * was printed; whether a reader sees that time is decided when it reads
 * (printk.time=, Linux's print_time()), not when it was stored. And a
 * user program can add lines to the same log through /dev/kmsg, as the
 * user test programs do. A message is stored and printed whole under
 * logbuf_lock with interrupts off: an interrupt that prints cannot split
 * it, and a continuation from someone else starts a line of its own. An
 * oops inside printk (a console driver that faults) lets go of the lock,
 * so the report and everything after it still print; so does an oops
 * inside an oops report (die_lock, arch/arm64/kernel/traps.c).
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/kmsg_dump.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <linux/time.h>
#include <kunit/test.h>
#include <asm/sysreg.h>
#include <asm/system_misc.h>
#include <tinymm/lkdtm.h>
#include <tinymm/test_hooks.h>

extern arch_spinlock_t logbuf_lock;	/* kernel/printk/printk.c */

static char out[512];
static size_t out_len;

static void out_append(const char *s, size_t n)
{
	while (n-- && out_len + 1 < sizeof(out))
		out[out_len++] = *s++;
	out[out_len] = '\0';
}

/* What a console (or dmesg) shows of the log since mark. */
static const char *shown_since(u64 mark)
{
	out_len = 0;
	out[0] = '\0';
	printk_log_emit(mark, printk_log_pos() - mark, out_append);
	return out;
}

static void printk_time_decided_when_read(struct kunit *test)
{
	bool saved = printk_time;
	u64 mark = printk_log_pos();

	pr_info("printk_kunit: one line\n");
	printk_time = true;
	KUNIT_EXPECT_EQ(test, shown_since(mark)[0], '[');
	KUNIT_EXPECT_NOT_NULL(test, strstr(out, "] printk_kunit: one line\n"));
	printk_time = false;
	KUNIT_EXPECT_STREQ(test, shown_since(mark), "printk_kunit: one line\n");
	printk_time = saved;
	/* the log itself keeps the stamp either way */
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark,
						    "] printk_kunit: one line"));
}

static void printk_devkmsg_lines_become_messages(struct kunit *test)
{
	static const char text[] = "<6>kmsg: first\nkmsg: second\nkmsg: third";
	struct file *kmsg = kmsg_file_open(O_WRONLY);
	bool saved = printk_time;
	u64 mark = printk_log_pos();
	loff_t pos = 0;

	KUNIT_ASSERT_FALSE(test, IS_ERR(kmsg));
	KUNIT_EXPECT_EQ(test, kernel_write(kmsg, text, sizeof(text) - 1, &pos),
			(ssize_t)(sizeof(text) - 1));
	fput(kmsg);
	/* each line its own message, level prefix consumed, line ended */
	printk_time = false;
	KUNIT_EXPECT_STREQ(test, shown_since(mark),
			   "kmsg: first\nkmsg: second\nkmsg: third\n");
	printk_time = true;
	KUNIT_EXPECT_NOT_NULL(test, strstr(shown_since(mark), "] kmsg: third\n"));
	printk_time = saved;
}

/*
 * The kmsg_dump iterator (what pstore reads the log with) hands out one
 * line at a time, stamp and newline included, cuts a line longer than the
 * buffer, and stops at the end the rewind saw.
 */
static void printk_kmsg_dump_lines(struct kunit *test)
{
	struct kmsg_dump_iter iter;
	u64 mark = printk_log_pos();
	char line[64];
	size_t len;

	pr_info("printk_kunit: first\n");
	pr_info("printk_kunit: second, a line longer than the buffer it is read into\n");
	kmsg_dump_rewind(&iter);
	KUNIT_EXPECT_EQ(test, iter.next_seq, printk_log_pos());
	KUNIT_ASSERT_LE(test, iter.cur_seq, mark);
	iter.cur_seq = mark;

	KUNIT_ASSERT_TRUE(test, kmsg_dump_get_line(&iter, false, line,
						   sizeof(line) - 1, &len));
	line[len] = '\0';
	KUNIT_EXPECT_EQ(test, line[0], '[');
	KUNIT_EXPECT_NOT_NULL(test, strstr(line, "] printk_kunit: first\n"));

	KUNIT_ASSERT_TRUE(test, kmsg_dump_get_line(&iter, false, line,
						   sizeof(line) - 1, &len));
	KUNIT_EXPECT_EQ(test, len, sizeof(line) - 1);
	line[len] = '\0';
	KUNIT_EXPECT_NOT_NULL(test, strstr(line, "] printk_kunit: second, a"));

	pr_info("printk_kunit: after the rewind\n");
	KUNIT_EXPECT_FALSE(test, kmsg_dump_get_line(&iter, false, line,
						    sizeof(line) - 1, &len));
	KUNIT_EXPECT_EQ(test, len, (size_t)0);
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark,
						    "printk_kunit: after the rewind\n"));
	KUNIT_EXPECT_FALSE(test, printk_log_contains(mark, "first\nprintk_kunit"));
}

/*
 * An interrupt that prints, raised by software on a spare SPI: no QEMU
 * virt device drives the last lines (irq_kunit.c uses the ones above).
 */
struct printk_irq {
	unsigned int irq;
	const char *text;	/* what the handler prints */
	unsigned int calls;
	bool armed;		/* the probe console raises the SPI once */
};

static struct printk_irq pirq;

static irqreturn_t printk_irq_handler(int irq, void *dev_id)
{
	struct printk_irq *pi = dev_id;

	printk("%s", pi->text);
	WRITE_ONCE(pi->calls, pi->calls + 1);
	return IRQ_HANDLED;
}

#define ISR_EL1_I	(1UL << 7)	/* an IRQ is pending at this CPU */

/*
 * Until the handler has run or, with interrupts masked, waits at the CPU;
 * 2 s at most (QEMU may not run this vCPU for a while on a busy host).
 */
static void printk_irq_wait(void)
{
	u64 end = local_clock() + 2 * NSEC_PER_SEC;

	while (!READ_ONCE(pirq.calls) && local_clock() < end) {
		if (irqs_disabled() && (read_sysreg(isr_el1) & ISR_EL1_I))
			break;
		cpu_relax();
	}
}

/* The first write after arming raises the interrupt, in the message. */
static void probe_write(struct console *con, const char *s, unsigned int n)
{
	if (!pirq.armed)
		return;
	pirq.armed = false;
	irq_set_irqchip_state(pirq.irq, IRQCHIP_STATE_PENDING, true);
	printk_irq_wait();
}

static struct console probe_console = {
	.name = "printk_kunit",
	.write = probe_write,
};

static int printk_irq_setup(struct kunit *test, const char *text)
{
	irq_hw_number_t hwirq;

	if (!irq_get_default_host())
		return -ENODEV;
	hwirq = irq_get_default_host()->hwirq_max - 1 - 4;
	pirq = (struct printk_irq){ .irq = irq_create_mapping(NULL, hwirq),
				    .text = text };
	if (!pirq.irq)
		return -ENODEV;
	return request_irq(pirq.irq, printk_irq_handler, IRQF_TRIGGER_RISING,
			   "printk_kunit", &pirq);
}

static void printk_irq_teardown(void)
{
	free_irq(pirq.irq, &pirq);
	irq_dispose_mapping(pirq.irq);
}

/*
 * An interrupt raised while a message is being written to the consoles,
 * right after its timestamp, and whose handler prints: the handler's line
 * comes whole after the message, never inside it. Without logbuf_lock
 * (taken with interrupts off) it would land between stamp and text.
 */
static void printk_irq_cannot_split_a_line(struct kunit *test)
{
	bool saved = printk_time;
	u64 mark;

	KUNIT_ASSERT_GT(test, console_loglevel, 6);	/* pr_info shows */
	KUNIT_ASSERT_EQ(test, printk_irq_setup(test,
				KERN_INFO "printk_kunit: from irq\n"), 0);
	register_console(&probe_console);
	printk_time = true;	/* so the first write is the stamp */
	mark = printk_log_pos();
	pirq.armed = true;
	pr_info("printk_kunit: outer line\n");
	printk_irq_wait();
	KUNIT_EXPECT_EQ(test, unregister_console(&probe_console), 0);
	KUNIT_EXPECT_EQ(test, pirq.calls, 1);
	printk_time = false;
	KUNIT_EXPECT_STREQ(test, shown_since(mark),
			   "printk_kunit: outer line\nprintk_kunit: from irq\n");
	printk_time = true;
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark,
						    "] printk_kunit: from irq\n"));
	printk_time = saved;
	printk_irq_teardown();
	KUNIT_EXPECT_EQ(test, unregister_console(&probe_console), -ENODEV);
}

/*
 * A continuation printed by an interrupt handler while the task has a
 * line open does not join the task's line (Linux matches the caller id);
 * it is a line of its own, and so is the task's own continuation after
 * it.
 */
static void printk_cont_from_irq_is_own_line(struct kunit *test)
{
	bool saved = printk_time;
	u64 mark;

	KUNIT_ASSERT_EQ(test, printk_irq_setup(test,
				KERN_CONT "printk_kunit: irq cont\n"), 0);
	mark = printk_log_pos();
	pr_info("printk_kunit: open");
	irq_set_irqchip_state(pirq.irq, IRQCHIP_STATE_PENDING, true);
	printk_irq_wait();
	KUNIT_EXPECT_EQ(test, pirq.calls, 1);
	pr_cont(" closed\n");
	printk_time = false;
	KUNIT_EXPECT_STREQ(test, shown_since(mark),
			   "printk_kunit: open\nprintk_kunit: irq cont\n closed\n");
	printk_time = saved;
	printk_irq_teardown();
}

static bool fault_armed;
static const char *fault_on;	/* NULL: any write; else text it begins */
static bool fault_warns;	/* WARN instead of faulting */

/*
 * A console driver with a bug: its first write after arming (of a text
 * beginning with fault_on, if set) faults, or WARNs.
 */
static void fault_write(struct console *con, const char *s, unsigned int n)
{
	if (!READ_ONCE(fault_armed))
		return;
	if (fault_on && (n < strlen(fault_on) ||
			 memcmp(s, fault_on, strlen(fault_on))))
		return;
	WRITE_ONCE(fault_armed, false);
	if (fault_warns)
		WARN(1, "printk_kunit: a console that warns\n");
	else
		lkdtm_EXCEPTION();
}

static struct console fault_console = {
	.name = "printk_kunit_fault",
	.write = fault_write,
};

static void print_into_fault(void *unused)
{
	WRITE_ONCE(fault_armed, true);
	pr_info("printk_kunit: dies in the console\n");
}

/*
 * The console faults while printk holds logbuf_lock: the oops report
 * prints (oops_enter() lets go of this CPU's hold: zap_locks()), the
 * killed code never comes back to unlock, and the lock is free after.
 */
static void printk_oops_in_console_frees_lock(struct kunit *test)
{
	u64 mark;

	register_console(&fault_console);
	mark = printk_log_pos();
	KUNIT_EXPECT_TRUE(test, run_as_task("ktest", print_into_fault, NULL));
	KUNIT_EXPECT_EQ(test, unregister_console(&fault_console), 0);
	KUNIT_EXPECT_FALSE(test, arch_spin_is_locked(&logbuf_lock));
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark, "Internal error: Oops"));
	pr_info("printk_kunit: after the oops\n");
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark,
					"] printk_kunit: after the oops\n"));
}

/*
 * A WARN inside a console's write, while printk holds logbuf_lock: the
 * warning prints beside the lock instead of waiting for it forever; the
 * message it interrupted still reaches the log, and the lock is let go.
 */
static void printk_warn_in_console(struct kunit *test)
{
	u64 mark;

	register_console(&fault_console);
	mark = printk_log_pos();
	fault_warns = true;
	WRITE_ONCE(fault_armed, true);
	pr_info("printk_kunit: the warned message\n");
	fault_warns = false;
	KUNIT_EXPECT_EQ(test, unregister_console(&fault_console), 0);
	KUNIT_EXPECT_FALSE(test, READ_ONCE(fault_armed));
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark,
					"printk_kunit: a console that warns\n"));
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark,
					"printk_kunit: the warned message\n"));
	KUNIT_EXPECT_FALSE(test, arch_spin_is_locked(&logbuf_lock));
}

static void bug_into_fault(void *unused)
{
	fault_on = "Internal error: Oops - BUG";
	WRITE_ONCE(fault_armed, true);
	lkdtm_BUG();
}

/*
 * The console faults while it prints the first line of an oops report,
 * inside die(): the second oops takes over the report's die_lock and
 * logbuf_lock, reports, and unwinds both. Without the hand-over it would
 * wait for its own CPU's die_lock forever.
 */
static void printk_oops_inside_oops_report(struct kunit *test)
{
	u64 mark;

	register_console(&fault_console);
	mark = printk_log_pos();
	KUNIT_EXPECT_TRUE(test, run_as_task("ktest", bug_into_fault, NULL));
	fault_on = NULL;
	KUNIT_EXPECT_FALSE(test, READ_ONCE(fault_armed));
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark,
					"Internal error: Oops - BUG"));
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark,
					"Internal error: Oops: "));
	KUNIT_EXPECT_FALSE(test, arch_spin_is_locked(&logbuf_lock));
	/* and a later oops reports and unwinds as usual */
	mark = printk_log_pos();
	KUNIT_EXPECT_TRUE(test, run_as_task("ktest", print_into_fault, NULL));
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark, "Internal error: Oops"));
	KUNIT_EXPECT_EQ(test, unregister_console(&fault_console), 0);
}

static struct kunit_case printk_cases[] = {
	KUNIT_CASE(printk_time_decided_when_read),
	KUNIT_CASE(printk_devkmsg_lines_become_messages),
	KUNIT_CASE(printk_kmsg_dump_lines),
	KUNIT_CASE(printk_irq_cannot_split_a_line),
	KUNIT_CASE(printk_cont_from_irq_is_own_line),
	KUNIT_CASE(printk_warn_in_console),
	KUNIT_CASE(printk_oops_in_console_frees_lock),
	KUNIT_CASE(printk_oops_inside_oops_report),
	{}
};

static struct kunit_suite printk_suite = {
	.name = "printk",
	.test_cases = printk_cases,
};
kunit_test_suite(printk_suite);
