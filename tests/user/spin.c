/*
 * spin.c - a program that never stops by itself: it loops without a
 * single system call, so only a signal can end it.
 *
 * Teaches: how Ctrl-C reaches a program that isn't listening. Run it in
 * the foreground ("exec /bin/spin") and press Ctrl-C: the UART's receive
 * interrupt cuts into the loop, the terminal's line discipline turns ^C
 * into SIGINT for the foreground process group - this program's, which
 * it prints - and on its way back to user space the task acts on the
 * signal: the default action ends it, and the shell reports "killed by
 * signal 2". Started in the background ("exec /bin/spin &") it is not in
 * the foreground group, and Ctrl-C leaves it alone.
 * Linux counterpart: "while :; do :; done" in a shell.
 */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	volatile unsigned long n = 0;

	printf("spin: pid %d, process group %d: spinning until a signal\n",
	       getpid(), getpgrp());
	for (;;)
		n++;
}
