/*
 * cat.c - copy standard input to standard output until end of file.
 *
 * Teaches: what a program reading the terminal sees. The terminal is in
 * cooked mode: the line discipline collects a line (Backspace erases,
 * each key is echoed as it is typed) and read() returns only when Enter
 * ends it, the whole line at once; ^D at the start of a line makes read()
 * return 0, end of file. Blocked in read(), the program sleeps until a
 * key comes - and Ctrl-C wakes it too: read() fails with EINTR and the
 * SIGINT ends the program. Run it with "exec /bin/cat".
 * Linux counterpart: coreutils cat with no arguments.
 */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	char buf[256];
	ssize_t n;

	while ((n = read(0, buf, sizeof(buf))) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			perror("cat: read");
			return 1;
		}
		write(1, buf, n);
	}
	return 0;
}
