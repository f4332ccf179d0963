/*
 * start.c - from the initial stack to main() and back out through exit().
 *
 * Linux counterpart: glibc's __libc_start_main (csu/libc-start.c), which also
 * runs constructors, sets up TLS and stdio and registers atexit handlers;
 * a static program without any of those needs only the pointers.
 */
#include <stdlib.h>
#include <unistd.h>
#include <string.h>
#include <signal.h>
#include <sys/auxv.h>

int main(int argc, char **argv, char **envp);
void __libc_start_main(unsigned long *sp) __attribute__((noreturn));

char **environ;
const char *program_invocation_name = "";
const char *program_invocation_short_name = "";
static unsigned long *auxv;

unsigned long getauxval(unsigned long type)
{
	unsigned long *a;

	for (a = auxv; a && a[0] != AT_NULL; a += 2)
		if (a[0] == type)
			return a[1];
	return 0;
}

void __libc_start_main(unsigned long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	char **envp = argv + argc + 1;
	char **e = envp;

	while (*e)
		e++;
	auxv = (unsigned long *)(e + 1);
	environ = envp;
	if (argc > 0 && argv[0]) {
		const char *slash = strrchr(argv[0], '/');

		program_invocation_name = argv[0];
		program_invocation_short_name = slash ? slash + 1 : argv[0];
	}
	exit(main(argc, argv, envp));
}

/* glibc's exit() also runs atexit handlers and flushes stdio: we have none. */
void exit(int status)
{
	_exit(status);
}

void abort(void)
{
	kill(getpid(), SIGABRT);
	_exit(127);
}
