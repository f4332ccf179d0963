/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tinymm/shell.h - commands for tinymm's serial shell (tinymm/shell/).
 * tinymm's own; it stands in for user space reading /proc and /sys: where
 * Linux has /proc and /sys files (buddyinfo, zoneinfo, slabinfo,
 * kernel_page_tables...), tinymm has a command that prints the same text.
 * Each feature registers its own with SHELL_CMD().
 */
#ifndef _TINYMM_SHELL_H
#define _TINYMM_SHELL_H

#include <linux/compiler.h>
#include <linux/types.h>

struct shell_cmd {
	const char *name;
	const char *help;
	int (*fn)(int argc, char **argv);
};

#define SHELL_CMD(cname, func, helptext)				\
	static const struct shell_cmd __shell_cmd_##func		\
		__used __section(".shell_cmds") __aligned(8) =		\
		{ .name = cname, .help = helptext, .fn = func }

int shell_exec(char *line);
/* init's last job: the prompt, for ever */
void __noreturn shell_run(void);
/* mm_shell.c: the dumps mm_dump=buddyinfo,zoneinfo,... asks for, at boot */
void mm_dump_boot(void);

/*
 * The shell's terminal (the console's tty). A command that runs a program
 * in the foreground hands the terminal over: cooked modes for the program
 * (shell_deprep_terminal), and the tty's foreground group; then takes it
 * back (shell_prep_terminal: the line editor's raw mode).
 */
struct tty_struct *shell_tty(void);
void shell_prep_terminal(void);
void shell_deprep_terminal(void);

/*
 * tinymm/shell/shell_readline.c: the prompt's line editor. Feed it the bytes
 * the terminal sends; it edits buf, draws through write(), and says when
 * the line is done (buf holds it), was dropped with ^C, or ended longer
 * than buf holds (buf has its start only: not to be run).
 */
#define SHELL_LINE_MAX		256
#define SHELL_HISTORY_SIZE	32

enum {
	SHELL_LINE_EDITING,
	SHELL_LINE_DONE,
	SHELL_LINE_CANCELLED,
	SHELL_LINE_TOO_LONG,
};

struct shell_line {
	char buf[SHELL_LINE_MAX];
	int len;			/* characters in buf */
	int pos;			/* the cursor, 0..len */
	int esc;			/* inside an escape sequence: how far */
	int esc_arg;			/* its number, as the 3 of ESC [ 3 ~ */
	bool overflow;			/* a character found buf full */
	char history[SHELL_HISTORY_SIZE][SHELL_LINE_MAX];
	int hist_count;			/* lines kept */
	int hist_next;			/* the slot the next line goes to */
	int hist_pos;			/* 0: the line being typed; n: n back */
	char saved[SHELL_LINE_MAX];	/* the line being typed, meanwhile */
	void (*write)(const char *s, size_t n);	/* to the terminal */
};

void shell_line_reset(struct shell_line *l);
int shell_line_feed(struct shell_line *l, unsigned char c);
void shell_history_add(struct shell_line *l, const char *line);

/*
 * What a command prints reaches the terminal as a program's write(1) or a
 * /proc read would: no timestamp, not kept in the kernel log. Kernel
 * messages (reports, warnings) a command causes still go through printk.
 */
__printf(1, 2) void shell_printf(const char *fmt, ...);

/*
 * An error the way a shell reports one: the formatted words, ": ", and
 * what the error number means ("exec: /bin/nosuch: No such file or
 * directory"). err may be negative, as the kernel returns it.
 */
__printf(2, 3) void shell_error(int err, const char *fmt, ...);
/* shell_strerror.c: glibc's text for err (+ or -), NULL if none. */
const char *shell_strerror(int err);

/*
 * `cat /proc/<file>`: run show(m, v) into the shell's buffer, then write
 * the text to the terminal. Returns show's result, or -EFBIG (with a
 * note on the terminal) if the text overflowed the buffer.
 */
struct seq_file;
typedef int (*shell_show_fn)(struct seq_file *m, void *v);
int shell_show(shell_show_fn show, void *v);
/* The same text as kernel messages, one printk per line (boot dumps). */
int printk_show(shell_show_fn show, void *v);

/* pageblock_shell.c: one line per pageblock; v NULL: all */
int pageblocks_show(struct seq_file *m, void *v);
/* mm_shell.c: "GFP_KERNEL|__GFP_ZERO" or a number back into a gfp_t */
int gfp_parse(const char *str, gfp_t *gfp);

#endif
