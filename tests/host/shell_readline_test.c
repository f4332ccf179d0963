// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/shell_readline_test.c - host tests for the shell's line
 * editor, tinymm/shell/shell_readline.c (suite shell_readline).
 * Linux counterpart: none (the editor is the shell's, not the kernel's);
 * GNU readline and linenoise test theirs the same way, with a fake
 * terminal.
 *
 * Keys go in as the terminal sends them (escape sequences for arrows,
 * Home, End, Delete). What the editor writes back goes to a small
 * terminal model that understands what the editor uses - printable
 * characters, \b, \n, ESC [ n D (cursor left), ESC [ n C and ESC [ K
 * (erase to the end of the line) - so each case checks both the line the
 * shell would run and what the screen shows, cursor included.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <kunit/test.h>
#include <tinymm/shell.h>

#define SCREEN_COLS	512

/* One screen line and a cursor; lines ended by \n are kept for checks. */
static struct term {
	char line[SCREEN_COLS + 1];
	int col;
	char last_line[SCREEN_COLS + 1];
	int lines_ended;
	int esc;		/* 0, 1 after ESC, 2 inside ESC [ */
	int arg;
	int bells;		/* \a rung */
} term;

static void term_putc(char c)
{
	if (term.esc == 1) {
		term.esc = c == '[' ? 2 : 0;
		term.arg = 0;
		return;
	}
	if (term.esc == 2) {
		if (c >= '0' && c <= '9') {
			term.arg = term.arg * 10 + c - '0';
			return;
		}
		term.esc = 0;
		if (c == 'D')
			term.col -= term.arg ? term.arg : 1;
		else if (c == 'C')
			term.col += term.arg ? term.arg : 1;
		else if (c == 'K')
			term.line[term.col] = '\0';
		if (term.col < 0)
			term.col = 0;
		return;
	}
	if (c == 0x1b) {
		term.esc = 1;
	} else if (c == '\a') {
		term.bells++;
	} else if (c == '\b') {
		if (term.col)
			term.col--;
	} else if (c == '\n') {
		strcpy(term.last_line, term.line);
		term.line[0] = '\0';
		term.col = 0;
		term.lines_ended++;
	} else if (term.col < SCREEN_COLS) {
		int len = strlen(term.line);

		term.line[term.col] = c;
		if (term.col >= len)
			term.line[term.col + 1] = '\0';
		term.col++;
	}
}

static void term_write(const char *s, size_t n)
{
	while (n--)
		term_putc(*s++);
}

static struct shell_line line;

static void fresh(void)
{
	memset(&term, 0, sizeof(term));
	memset(&line, 0, sizeof(line));
	line.write = term_write;
	shell_line_reset(&line);
}

/* A new prompt: an empty line, on a new screen line. */
static void new_line(void)
{
	shell_line_reset(&line);
	term.line[0] = '\0';
	term.col = 0;
}

/* Feed keys; the state after the last one. */
static int type(const char *keys)
{
	int state = SHELL_LINE_EDITING;

	while (*keys)
		state = shell_line_feed(&line, (unsigned char)*keys++);
	return state;
}

/* Type a whole line and Enter; returns what the shell would run. */
static const char *enter(struct kunit *test, const char *keys)
{
	shell_line_reset(&line);
	KUNIT_EXPECT_EQ(test, type(keys), SHELL_LINE_EDITING);
	KUNIT_EXPECT_EQ(test, type("\r"), SHELL_LINE_DONE);
	return line.buf;
}

/* The screen shows the line being edited, with the cursor in place. */
#define EXPECT_SCREEN(test, text, cursor) do {				\
	KUNIT_EXPECT_STREQ(test, term.line, text);			\
	KUNIT_EXPECT_STREQ(test, line.buf, text);			\
	KUNIT_EXPECT_EQ(test, term.col, cursor);			\
	KUNIT_EXPECT_EQ(test, line.pos, cursor);			\
} while (0)

static void shell_readline_typing(struct kunit *test)
{
	fresh();
	type("helpx\x7f");
	EXPECT_SCREEN(test, "help", 4);
	KUNIT_EXPECT_EQ(test, type("\r"), SHELL_LINE_DONE);
	KUNIT_EXPECT_STREQ(test, line.buf, "help");
	KUNIT_EXPECT_STREQ(test, term.last_line, "help");
	/* ^H is Backspace too; Backspace at the start does nothing */
	KUNIT_EXPECT_STREQ(test, enter(test, "ab\b\b\b\x7f" "c"), "c");
	/* \n ends a line as \r does (piped input) */
	shell_line_reset(&line);
	type("ps");
	KUNIT_EXPECT_EQ(test, type("\n"), SHELL_LINE_DONE);
	KUNIT_EXPECT_STREQ(test, line.buf, "ps");
}

/* Left/right move the cursor; typing and deleting happen in the middle. */
static void shell_readline_cursor(struct kunit *test)
{
	fresh();
	type("bootrgs\x1b[D\x1b[D\x1b[Da");
	EXPECT_SCREEN(test, "bootargs", 5);
	type("\x1b[C\x7f");			/* right, Backspace */
	EXPECT_SCREEN(test, "bootags", 5);
	type("\x1bOD\x1bOD\x1bOC");		/* SS3 arrows (keypad mode) */
	EXPECT_SCREEN(test, "bootags", 4);
	type("\x02\x02\x06");			/* ^B ^B ^F */
	EXPECT_SCREEN(test, "bootags", 3);
	/* right past the end and left past the start stop there */
	type("\x1b[C\x1b[C\x1b[C\x1b[C\x1b[C");
	EXPECT_SCREEN(test, "bootags", 7);
	type("\x01\x1b[D");
	EXPECT_SCREEN(test, "bootags", 0);
	KUNIT_EXPECT_EQ(test, type("\r"), SHELL_LINE_DONE);
	KUNIT_EXPECT_STREQ(test, line.buf, "bootags");
}

/* Home, End, Delete in their common encodings, and ^A ^E ^D ^K ^U. */
static void shell_readline_home_end_delete(struct kunit *test)
{
	static const char *const home[] = { "\x1b[H", "\x1b[1~", "\x1b[7~",
					    "\x1bOH", "\x01" };
	static const char *const end[] = { "\x1b[F", "\x1b[4~", "\x1b[8~",
					   "\x1bOF", "\x05" };
	unsigned int i;

	fresh();
	for (i = 0; i < ARRAY_SIZE(home); i++) {
		new_line();
		type("Xuptime");
		type(home[i]);
		type("\x1b[3~");
			EXPECT_SCREEN(test, "uptime", 0);
		type(end[i]);
		type("!");
			EXPECT_SCREEN(test, "uptime!", 7);
	}
	/* Delete at the end does nothing; ^D deletes under the cursor */
	KUNIT_EXPECT_STREQ(test, enter(test, "ab\x1b[3~\x01\x04"), "b");
	/* ^K: to the end; ^U: to the start */
	KUNIT_EXPECT_STREQ(test, enter(test, "hello world\x1b[D\x1b[D\x0b"),
			   "hello wor");
	shell_line_reset(&line);
	type("hello world\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x15");
	EXPECT_SCREEN(test, "world", 0);
}

/* Up/Down walk the history; the line being typed comes back at the end. */
static void shell_readline_history(struct kunit *test)
{
	fresh();
	enter(test, "one");
	enter(test, "two");
	enter(test, "two");		/* a repeat is kept once */
	enter(test, "");		/* empty lines are not kept */
	enter(test, "three");
	shell_line_reset(&line);
	type("par");
	type("\x1b[A");
	EXPECT_SCREEN(test, "three", 5);
	type("\x1b[A");
	EXPECT_SCREEN(test, "two", 3);
	type("\x1b[A\x1b[A\x1b[A");	/* past the oldest: stays there */
	EXPECT_SCREEN(test, "one", 3);
	type("\x1b[B\x0e");		/* Down, ^N */
	EXPECT_SCREEN(test, "three", 5);
	type("\x1b[B");
	EXPECT_SCREEN(test, "par", 3);
	type("\x1b[B");			/* nothing newer */
	EXPECT_SCREEN(test, "par", 3);
	/* a recalled line can be edited and run; ^P is Up */
	KUNIT_EXPECT_STREQ(test, enter(test, "\x10\x10" "s"), "twos");
}

/* The history keeps the last 32 lines. */
static void shell_readline_history_size(struct kunit *test)
{
	char cmd[16];
	int i;

	fresh();
	for (i = 1; i <= 40; i++) {
		scnprintf(cmd, sizeof(cmd), "cmd%d", i);
		enter(test, cmd);
	}
	shell_line_reset(&line);
	for (i = 0; i < SHELL_HISTORY_SIZE + 5; i++)
		type("\x1b[A");
	scnprintf(cmd, sizeof(cmd), "cmd%d", 40 - SHELL_HISTORY_SIZE + 1);
	EXPECT_SCREEN(test, cmd, (int)strlen(cmd));
	KUNIT_EXPECT_GE(test, SHELL_HISTORY_SIZE, 32);
}

/*
 * Sequences the editor doesn't act on are swallowed whole: function
 * keys, Insert, Page Up, modified arrows (acted on as plain ones), Alt-x.
 */
static void shell_readline_unknown_escapes(struct kunit *test)
{
	fresh();
	KUNIT_EXPECT_STREQ(test, enter(test, "ls\x1b[15~\x1bOP\x1b[2~\x1b[5~"
				       "\x1b[Z\x1bx\x1b[1;5D-l"), "l-ls");
	KUNIT_EXPECT_STREQ(test, term.last_line, "l-ls");
	/* a lone ESC, then an ordinary key: ESC and that key are dropped */
	KUNIT_EXPECT_STREQ(test, enter(test, "a\x1b" "bc"), "ac");
	/* control bytes, tabs and non-ASCII are ignored */
	KUNIT_EXPECT_STREQ(test, enter(test, "a\t\x07\x80\xffz"), "az");
}

/* ^C drops the line: "^C" on the screen and a fresh, empty line. */
static void shell_readline_ctrl_c(struct kunit *test)
{
	fresh();
	KUNIT_EXPECT_EQ(test, type("garbage"), SHELL_LINE_EDITING);
	KUNIT_EXPECT_EQ(test, type("\x03"), SHELL_LINE_CANCELLED);
	KUNIT_EXPECT_STREQ(test, term.last_line, "garbage^C");
	KUNIT_EXPECT_EQ(test, line.len, 0);
	KUNIT_EXPECT_EQ(test, term.lines_ended, 1);
	/* nothing of it reaches the history */
	KUNIT_EXPECT_EQ(test, line.hist_count, 0);
	KUNIT_EXPECT_STREQ(test, enter(test, "ps"), "ps");
}

/*
 * A line stops growing at SHELL_LINE_MAX - 1 characters, with one bell.
 * A 4,000-character line, as a paste would send it, ends as TOO_LONG:
 * its start is not to be run, it stays out of the history, and its tail
 * is gone rather than read as the next line.
 */
static void shell_readline_long_line(struct kunit *test)
{
	int i;

	fresh();
	type("exec /bin/hello ");
	for (i = 0; i < 4000; i++)
		KUNIT_EXPECT_EQ(test, type("x"), SHELL_LINE_EDITING);
	KUNIT_EXPECT_EQ(test, line.len, SHELL_LINE_MAX - 1);
	KUNIT_EXPECT_EQ(test, term.bells, 1);
	KUNIT_EXPECT_EQ(test, type("\r"), SHELL_LINE_TOO_LONG);
	KUNIT_EXPECT_EQ(test, (int)strlen(term.last_line), SHELL_LINE_MAX - 1);
	KUNIT_EXPECT_EQ(test, line.hist_count, 0);
	/* the next line (the shell resets the editor) is one of its own */
	KUNIT_EXPECT_STREQ(test, enter(test, "ps"), "ps");
	KUNIT_EXPECT_EQ(test, line.hist_count, 1);
}

/* A full line emptied with ^U takes a new one: what is typed then runs. */
static void shell_readline_long_line_erased(struct kunit *test)
{
	int i;

	fresh();
	for (i = 0; i < SHELL_LINE_MAX + 40; i++)
		type("x");
	KUNIT_EXPECT_EQ(test, type("\x15"), SHELL_LINE_EDITING);
	KUNIT_EXPECT_EQ(test, line.len, 0);
	KUNIT_EXPECT_STREQ(test, enter(test, "ps"), "ps");
}

static struct kunit_case shell_readline_cases[] = {
	KUNIT_CASE(shell_readline_typing),
	KUNIT_CASE(shell_readline_cursor),
	KUNIT_CASE(shell_readline_home_end_delete),
	KUNIT_CASE(shell_readline_history),
	KUNIT_CASE(shell_readline_history_size),
	KUNIT_CASE(shell_readline_unknown_escapes),
	KUNIT_CASE(shell_readline_ctrl_c),
	KUNIT_CASE(shell_readline_long_line),
	KUNIT_CASE(shell_readline_long_line_erased),
	{}
};

static struct kunit_suite shell_readline_suite = {
	.name = "shell_readline",
	.test_cases = shell_readline_cases,
};
kunit_test_suite(shell_readline_suite);
