// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/printk_kunit.c - suite "printk": the log, its timestamps,
 * /dev/kmsg and the kmsg_dump iterator (kernel/printk/printk.c).
 *
 * Teaches: a kernel message is a line in the log buffer with the time it
 * was printed; whether a reader sees that time is decided when it reads
 * (printk.time=, Linux's print_time()), not when it was stored. And a
 * user program can add lines to the same log through /dev/kmsg, as the
 * user test programs do.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/kmsg_dump.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <kunit/test.h>
#include <tinymm/test_hooks.h>

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

static struct kunit_case printk_cases[] = {
	KUNIT_CASE(printk_time_decided_when_read),
	KUNIT_CASE(printk_devkmsg_lines_become_messages),
	KUNIT_CASE(printk_kmsg_dump_lines),
	{}
};

static struct kunit_suite printk_suite = {
	.name = "printk",
	.test_cases = printk_cases,
};
kunit_test_suite(printk_suite);
