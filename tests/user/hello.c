/*
 * hello.c - the smallest user program: run it from the shell with
 * "exec /bin/hello" (or "exec /bin/hello some words").
 *
 * Teaches: what a process starts with. Its arguments and environment come
 * from the initial stack the ELF loader built (see lib/crt0.S), it prints
 * through write(1, ...) - a system call, the kernel copies the bytes from
 * user memory - and its return value from main() becomes the exit status
 * its parent collects with wait4().
 * Linux counterpart: any static "hello world" (gcc -static hello.c).
 */
#include <stdio.h>
#include <unistd.h>
#include <sys/auxv.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>

int main(int argc, char **argv)
{
	struct utsname u;
	struct sysinfo si;
	int i;

	printf("Hello from user space: pid %d, parent %d\n", getpid(),
	       getppid());
	for (i = 0; i < argc; i++)
		printf("  argv[%d] = \"%s\"\n", i, argv[i]);
	for (i = 0; environ[i]; i++)
		printf("  envp[%d] = \"%s\"\n", i, environ[i]);
	printf("  AT_PAGESZ = %lu, AT_ENTRY = 0x%lx, stack near %p\n",
	       getauxval(AT_PAGESZ), getauxval(AT_ENTRY), (void *)&u);
	if (uname(&u) == 0)
		printf("  uname: %s %s %s\n", u.sysname, u.release, u.machine);
	if (sysinfo(&si) == 0)
		printf("  sysinfo: up %ld s, %lu MiB RAM, %lu MiB free, %u "
		       "processes\n", si.uptime,
		       si.totalram * si.mem_unit >> 20,
		       si.freeram * si.mem_unit >> 20, si.procs);
	return 0;
}
