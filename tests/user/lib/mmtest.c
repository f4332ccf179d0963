/*
 * mmtest.c - helpers shared by the test programs (see mmtest.h).
 * Linux counterpart: tools/testing/selftests/mm/vm_util.c.
 */
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <ktap.h>
#include <mmtest.h>

struct tinymm_stat mm_stat(void)
{
	struct tinymm_stat st;

	memset(&st, 0, sizeof(st));
	if (tinymm_stat(&st) < 0)
		ktap_diag("tinymm_stat: %s", strerror(errno));
	return st;
}

long minflt(void)
{
	struct rusage ru;

	memset(&ru, 0, sizeof(ru));
	if (getrusage(RUSAGE_SELF, &ru) < 0)
		ktap_diag("getrusage: %s", strerror(errno));
	return ru.ru_minflt;
}

/*
 * Reserve twice the alignment with PROT_NONE (no pages, no page tables),
 * keep the aligned part of it, give the rest back. Nothing else can be
 * placed in the reserved 2 MB meanwhile: we are the only thread.
 */
void *mmap_alone(size_t len, int prot, int flags)
{
	char *r, *p;

	if (len > PMD_SIZE)
		return MAP_FAILED;
	r = mmap(NULL, 2 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS,
		 -1, 0);
	if (r == MAP_FAILED)
		return MAP_FAILED;
	p = (char *)(((unsigned long)r + PMD_SIZE - 1) & ~(PMD_SIZE - 1));
	munmap(r, 2 * PMD_SIZE);
	return mmap(p, len, prot, flags | MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
		    -1, 0);
}

void __attribute__((noinline)) prefault_stack(void)
{
	volatile char below[8192];
	size_t i;

	for (i = 0; i < sizeof(below); i += 256)
		below[i] = 0;
	mm_stat();
	minflt();
}

void touch_write(void *p, size_t npages, unsigned char val)
{
	volatile unsigned char *c = p;
	size_t i;

	for (i = 0; i < npages; i++)
		c[i * PAGE_SIZE] = val;
}

unsigned long touch_read(const void *p, size_t npages)
{
	const volatile unsigned char *c = p;
	unsigned long sum = 0;
	size_t i;

	for (i = 0; i < npages; i++)
		sum += c[i * PAGE_SIZE];
	return sum;
}

bool all_bytes(const void *p, size_t len, unsigned char val)
{
	const unsigned char *c = p;

	while (len--)
		if (*c++ != val)
			return false;
	return true;
}

int run_in_child(int (*fn)(void *), void *arg)
{
	int status;
	pid_t pid = fork();

	if (pid < 0) {
		ktap_diag("fork: %s", strerror(errno));
		return -1;
	}
	if (pid == 0)
		_exit(fn(arg));
	if (waitpid(pid, &status, 0) != pid) {
		ktap_diag("waitpid: %s", strerror(errno));
		return -1;
	}
	return status;
}

const char *status_str(int status)
{
	static char buf[48];

	if (status == -1)
		return "no child";
	if (WIFEXITED(status))
		snprintf(buf, sizeof(buf), "exit %d", WEXITSTATUS(status));
	else if (WIFSIGNALED(status))
		snprintf(buf, sizeof(buf), "signal %d%s", WTERMSIG(status),
			 WTERMSIG(status) == SIGSEGV ? " (SIGSEGV)" :
			 WTERMSIG(status) == SIGBUS ? " (SIGBUS)" :
			 WTERMSIG(status) == SIGKILL ? " (SIGKILL)" : "");
	else
		snprintf(buf, sizeof(buf), "status 0x%x", status);
	return buf;
}

int pin_to_this_cpu(void)
{
	int cpu = sched_getcpu();
	cpu_set_t one;

	if (cpu < 0)
		return -1;
	CPU_ZERO(&one);
	CPU_SET(cpu, &one);
	return sched_setaffinity(0, sizeof(one), &one) ? -1 : cpu;
}

int nr_cpus_allowed(void)
{
	cpu_set_t set;

	if (sched_getaffinity(0, sizeof(set), &set) || !CPU_COUNT(&set))
		return 1;
	return CPU_COUNT(&set);
}
