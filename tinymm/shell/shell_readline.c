// SPDX-License-Identifier: GPL-2.0
/*
 * tinymm/shell/shell_readline.c - the line editor of the tinymm> prompt: the
 * part of a shell that bash gets from GNU readline (linenoise in small
 * shells). tinymm's own, not in Linux: the kernel's side is the terminal's
 * raw mode (drivers/tty/tty_ioctl.c), in which every key reaches the editor
 * as it is typed, unechoed, and the editor draws the line itself.
 *
 * It is a state machine fed one byte at a time (shell_line_feed), with
 * buf always a NUL-terminated string,
 * the terminal output behind a function pointer, so the host tests
 * (tests/host/shell_readline_test.c) drive it without a terminal. Keys:
 *
 *   printable            insert at the cursor
 *   Left/Right, ^B/^F    move the cursor
 *   Home/End, ^A/^E      start/end of the line
 *   Backspace, Delete    erase before / under the cursor (^D: under)
 *   ^K, ^U               erase to the end / to the start of the line
 *   Up/Down, ^P/^N       older/newer line of the history (32 lines)
 *   ^C                   drop the line: "^C" and a fresh prompt, as bash
 *   Enter                the line is done
 *
 * A line has room for SHELL_LINE_MAX - 1 characters. What is typed
 * beyond that is not stored (a bell says so), and Enter then ends the
 * line as SHELL_LINE_TOO_LONG, for the shell to refuse whole: the
 * characters that did not fit are gone, not waiting to be read as the
 * next command, and the start alone is not what was meant. Emptying the
 * line (^U, Backspace) or taking one from the history starts afresh. bash's
 * readline grows its buffer instead; a fixed one keeps the editor free of
 * allocations.
 *
 * Arrow and editing keys arrive as escape sequences: ESC [ A (CSI) or
 * ESC O A (SS3) for the arrows, ESC [ 3 ~ for Delete, ESC [ H / ESC [ 1 ~
 * for Home. A sequence the editor doesn't know is swallowed whole, so no
 * stray "[A" ever reaches the command line. The screen is updated with
 * the VT100 cursor-left (ESC [ n D) and erase-to-end-of-line (ESC [ K)
 * sequences every terminal emulator understands.
 *
 * Simplified: one screen line (no wrapping of lines longer than the
 * terminal), ASCII only, no completion or history search (readline's Tab
 * and ^R); we skip them because commands are short and few.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <tinymm/shell.h>

#define CTRL(c)		((c) - '@')
#define KEY_ESC		0x1b
#define KEY_DEL		0x7f

enum { ESC_NONE, ESC_START, ESC_CSI, ESC_SS3 };

static void out(struct shell_line *l, const char *s, size_t n)
{
	if (n)
		l->write(s, n);
}

static void out_str(struct shell_line *l, const char *s)
{
	out(l, s, strlen(s));
}

/* Move the cursor n columns left: ESC [ n D. */
static void cursor_left(struct shell_line *l, int n)
{
	char seq[16];

	if (n > 0)
		out(l, seq, scnprintf(seq, sizeof(seq), "\x1b[%dD", n));
}

/*
 * Redraw from the cursor to the end of the line, blank what is left of
 * a longer old line, and put the cursor back.
 */
static void refresh_tail(struct shell_line *l)
{
	out(l, l->buf + l->pos, l->len - l->pos);
	out_str(l, "\x1b[K");
	cursor_left(l, l->len - l->pos);
}

/* Replace the whole line (from history): back to its start, redraw. */
static void set_line(struct shell_line *l, const char *text)
{
	ssize_t n = strscpy(l->buf, text, SHELL_LINE_MAX);

	cursor_left(l, l->pos);
	l->len = n < 0 ? SHELL_LINE_MAX - 1 : n;
	l->overflow = false;
	out(l, l->buf, l->len);
	out_str(l, "\x1b[K");
	l->pos = l->len;
}

static void insert_char(struct shell_line *l, char c)
{
	if (l->len >= SHELL_LINE_MAX - 1) {
		if (!l->overflow)
			out_str(l, "\a");
		l->overflow = true;
		return;
	}
	memmove(l->buf + l->pos + 1, l->buf + l->pos, l->len - l->pos);
	l->buf[l->pos] = c;
	l->buf[++l->len] = '\0';
	out(l, &c, 1);
	l->pos++;
	if (l->pos < l->len)
		refresh_tail(l);
}

/* Remove n characters at the cursor. */
static void delete_chars(struct shell_line *l, int n)
{
	if (n <= 0)
		return;
	memmove(l->buf + l->pos, l->buf + l->pos + n, l->len - l->pos - n);
	l->len -= n;
	l->buf[l->len] = '\0';
	if (!l->len)
		l->overflow = false;	/* all gone: what comes is new */
	refresh_tail(l);
}

static void move_left(struct shell_line *l, int n)
{
	if (n > l->pos)
		n = l->pos;
	cursor_left(l, n);
	l->pos -= n;
}

static void move_right(struct shell_line *l, int n)
{
	if (n > l->len - l->pos)
		n = l->len - l->pos;
	out(l, l->buf + l->pos, n);	/* writing a character moves past it */
	l->pos += n;
}

static void backspace(struct shell_line *l)
{
	if (!l->pos)
		return;
	move_left(l, 1);
	delete_chars(l, 1);
}

/* ---- history: a ring of the last SHELL_HISTORY_SIZE lines ---- */

static const char *history_entry(struct shell_line *l, int age)
{
	int i = (l->hist_next - age + SHELL_HISTORY_SIZE) % SHELL_HISTORY_SIZE;

	return l->history[i];
}

void shell_history_add(struct shell_line *l, const char *line)
{
	if (!*line || (l->hist_count && !strcmp(history_entry(l, 1), line)))
		return;		/* empty, or the same as the last one */
	strscpy(l->history[l->hist_next], line, SHELL_LINE_MAX);
	l->hist_next = (l->hist_next + 1) % SHELL_HISTORY_SIZE;
	if (l->hist_count < SHELL_HISTORY_SIZE)
		l->hist_count++;
}

/* Up: older (the line being typed is kept, for Down to bring back). */
static void history_prev(struct shell_line *l)
{
	if (l->hist_pos >= l->hist_count)
		return;
	if (!l->hist_pos) {
		memcpy(l->saved, l->buf, l->len);
		l->saved[l->len] = '\0';
	}
	l->hist_pos++;
	set_line(l, history_entry(l, l->hist_pos));
}

static void history_next(struct shell_line *l)
{
	if (!l->hist_pos)
		return;
	l->hist_pos--;
	set_line(l, l->hist_pos ? history_entry(l, l->hist_pos) : l->saved);
}

/* ---- keys ---- */

/* The final byte of ESC [ ... or ESC O ...; arg is the number, if any. */
static void escape_key(struct shell_line *l, char final, int arg)
{
	switch (final) {
	case 'A':
		history_prev(l);
		break;
	case 'B':
		history_next(l);
		break;
	case 'C':
		move_right(l, 1);
		break;
	case 'D':
		move_left(l, 1);
		break;
	case 'H':
		move_left(l, l->pos);
		break;
	case 'F':
		move_right(l, l->len);
		break;
	case '~':	/* VT220 keys: ESC [ n ~ */
		if (arg == 1 || arg == 7)
			move_left(l, l->pos);
		else if (arg == 4 || arg == 8)
			move_right(l, l->len);
		else if (arg == 3 && l->pos < l->len)
			delete_chars(l, 1);
		break;
	}
}

/* The bytes after ESC, up to the sequence's final byte. */
static void escape_byte(struct shell_line *l, unsigned char c)
{
	switch (l->esc) {
	case ESC_START:
		l->esc_arg = 0;
		l->esc = c == '[' ? ESC_CSI : c == 'O' ? ESC_SS3 : ESC_NONE;
		return;
	case ESC_SS3:
		l->esc = ESC_NONE;
		escape_key(l, c, 0);
		return;
	case ESC_CSI:
		if (c >= '0' && c <= '9') {
			if (l->esc_arg < 1000)
				l->esc_arg = l->esc_arg * 10 + c - '0';
			return;
		}
		if (c == ';') {		/* modifiers (ESC [ 1 ; 5 C): ignored */
			l->esc_arg = 0;
			return;
		}
		if (c >= 0x20 && c < 0x40)
			return;		/* other parameter, intermediate */
		l->esc = ESC_NONE;	/* a final byte, or garbage: the end */
		if (c >= 0x40 && c <= 0x7e)
			escape_key(l, c, l->esc_arg);
		return;
	}
}

void shell_line_reset(struct shell_line *l)
{
	l->len = l->pos = 0;
	l->esc = ESC_NONE;
	l->hist_pos = 0;
	l->overflow = false;
	l->buf[0] = '\0';
}

int shell_line_feed(struct shell_line *l, unsigned char c)
{
	if (l->esc != ESC_NONE) {
		escape_byte(l, c);
		return SHELL_LINE_EDITING;
	}
	switch (c) {
	case '\r':
	case '\n':
		out_str(l, "\n");
		if (l->overflow)
			return SHELL_LINE_TOO_LONG;
		shell_history_add(l, l->buf);
		return SHELL_LINE_DONE;
	case CTRL('C'):
		out_str(l, "^C\n");
		shell_line_reset(l);
		return SHELL_LINE_CANCELLED;
	case KEY_ESC:
		l->esc = ESC_START;
		break;
	case KEY_DEL:
	case CTRL('H'):
		backspace(l);
		break;
	case CTRL('D'):
		if (l->pos < l->len)
			delete_chars(l, 1);
		break;
	case CTRL('A'):
		move_left(l, l->pos);
		break;
	case CTRL('E'):
		move_right(l, l->len);
		break;
	case CTRL('B'):
		move_left(l, 1);
		break;
	case CTRL('F'):
		move_right(l, 1);
		break;
	case CTRL('K'):
		delete_chars(l, l->len - l->pos);
		break;
	case CTRL('U'): {
		int n = l->pos;

		move_left(l, n);
		delete_chars(l, n);
		break;
	}
	case CTRL('P'):
		history_prev(l);
		break;
	case CTRL('N'):
		history_next(l);
		break;
	default:
		if (c >= ' ' && c < KEY_DEL)
			insert_char(l, c);
		break;		/* other control bytes, non-ASCII: ignored */
	}
	return SHELL_LINE_EDITING;
}
