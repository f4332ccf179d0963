// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/host.c - the host "architecture": printk to stdout (and into a
 * buffer tests can search), BUG/WARN hooks, the physical-memory arena, and
 * main(), which runs the KUnit suites linked into this binary. Host CPU
 * threads (host_smp.c) may print at once: each line goes to stdout and
 * into the buffer whole, under host_log_mutex (Linux's logbuf_lock).
 */
/* libc's sched_yield() is not the kernel's syscall of that name */
#define sched_yield	libc_sched_yield
#include <pthread.h>
#undef sched_yield
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/kernel.h>
#include <linux/debug_locks.h>
#include <linux/init.h>
#include <linux/jiffies.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/seq_file.h>
#include <linux/percpu.h>
#include <linux/preempt.h>
#include <linux/smp.h>
#include <kunit/test.h>
#include <asm/page.h>
#include <asm/pgtable.h>
#include <tinymm/shell.h>
#include "host.h"

unsigned char *host_mem;
phys_addr_t host_mem_base;
u64 host_mem_size;
int host_warn_count;
/*
 * No timer on the host: jiffies stands still unless a test (or a new
 * host_mm_boot(), a later machine) moves it on, so rate limits are exact.
 */
volatile unsigned long jiffies = INITIAL_JIFFIES;
int console_loglevel = CONSOLE_LOGLEVEL_DEFAULT;
char boot_command_line[COMMAND_LINE_SIZE];
char *saved_command_line = boot_command_line;

static char host_log[1 << 16];
static size_t host_log_len;
static pthread_mutex_t host_log_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t host_show_mutex = PTHREAD_MUTEX_INITIALIZER;

void host_mem_init(phys_addr_t base, u64 size)
{
	host_mem_exit();
	host_mem = calloc(1, size);
	if (!host_mem)
		abort();
	host_mem_base = base;
	host_mem_size = size;
}

void host_mem_exit(void)
{
	free(host_mem);
	host_mem = NULL;
	host_mem_size = 0;
}

/* arm64's arch/arm64/mm/physaddr.c, over the arena */
phys_addr_t __virt_to_phys(unsigned long x)
{
	WARN(!__host_is_lm_address(x),
	     "virt_to_phys used for non-linear address: %pK (%pS)\n",
	     (void *)x, (void *)x);
	return __pa_nodebug(x);
}

int vprintk(const char *fmt, va_list args)
{
	char buf[1024];
	const char *text = buf;
	int len;

	len = vscnprintf(buf, sizeof(buf), fmt, args);
	while (text[0] == KERN_SOH_ASCII && text[1])
		text += 2;
	len = strlen(text);
	pthread_mutex_lock(&host_log_mutex);
	fputs(text, stdout);
	if (host_log_len + len < sizeof(host_log)) {
		memcpy(host_log + host_log_len, text, len + 1);
		host_log_len += len;
	}
	pthread_mutex_unlock(&host_log_mutex);
	return len;
}

int printk(const char *fmt, ...)
{
	va_list args;
	int r;

	va_start(args, fmt);
	r = vprintk(fmt, args);
	va_end(args);
	return r;
}

void host_log_clear(void)
{
	pthread_mutex_lock(&host_log_mutex);
	host_log_len = 0;
	host_log[0] = '\0';
	pthread_mutex_unlock(&host_log_mutex);
}

const char *host_log_text(void)
{
	return host_log;
}

/* The shell's output (tinymm/shell/shell.c) lands in the capture buffer too. */
void shell_printf(const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	vprintk(fmt, args);
	va_end(args);
}

int shell_show(shell_show_fn show, void *v)
{
	return host_show(show, v);
}

int printk_show(shell_show_fn show, void *v)
{
	return host_show(show, v);
}

/* Counters folded first, as the shell's mm dumps do (vm.stat_refresh). */
int host_show(int (*show)(struct seq_file *m, void *v), void *v)
{
	static char buf[1 << 16];
	struct seq_file m = SEQ_FILE_INIT(buf, sizeof(buf));
	int ret;

	vm_stat_fold_all_cpus();
	/* one show at a time (buf is shared); it may printk meanwhile */
	pthread_mutex_lock(&host_show_mutex);
	ret = show(&m, v);
	pthread_mutex_lock(&host_log_mutex);
	if (seq_has_overflowed(&m) ||
	    host_log_len + m.count >= sizeof(host_log))
		abort();
	memcpy(host_log + host_log_len, buf, m.count);
	host_log_len += m.count;
	host_log[host_log_len] = '\0';
	pthread_mutex_unlock(&host_log_mutex);
	pthread_mutex_unlock(&host_show_mutex);
	return ret;
}

void dump_stack(void)
{
	printk("Call trace: (host build: no unwinder)\n");
}

void host_bug(const char *file, int line)
{
	printk("kernel BUG at %s:%d!\n", file, line);
	abort();
}

void host_warn(const char *file, int line, unsigned int flags)
{
	__atomic_fetch_add(&host_warn_count, 1, __ATOMIC_RELAXED);
	printk("WARNING: CPU: %d PID: 0 at %s:%d\n", smp_processor_id(), file,
	       line);
}

DEFINE_PER_CPU(unsigned int, hardirq_count);	/* never in an IRQ here */
/* asm/percpu.h's TPIDR_EL1: each host thread's own per-CPU offset */
__thread unsigned long host_my_cpu_offset;
DEFINE_PER_CPU_READ_MOSTLY(unsigned int, cpu_number);

bool early_boot_irqs_disabled;	/* init/main.c's; never booting here */
int oops_in_progress;		/* kernel/panic.c's; no oops here */

/* arch/arm64/kernel/smp.c's: the boot CPU moves to its own unit. */
void smp_prepare_boot_cpu(void)
{
	set_my_cpu_offset(per_cpu_offset(smp_processor_id()));
}

/*
 * kernel/panic.c's taint, kept as a mask; the host's reports say only
 * whether it is set (the letters are the kernel's, tested in QEMU).
 */
static unsigned long host_tainted;

void add_taint(unsigned int flag, enum lockdep_ok lockdep_ok)
{
	if (lockdep_ok == LOCKDEP_NOW_UNRELIABLE)
		debug_locks_off();
	host_tainted |= 1UL << flag;
}

const char *print_tainted(void)
{
	return host_tainted ? "Tainted" : "Not tainted";
}

unsigned long get_taint(void)
{
	return host_tainted;
}

/* the main thread's task (asm/current.h); CPU threads have their own */
struct task_struct init_task = { .comm = "host" };

const char *current_comm(void)
{
	return "host";
}

int current_pid(void)
{
	return 0;
}

void panic(const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	printk("Kernel panic - not syncing: ");
	vprintk(fmt, args);
	va_end(args);
	abort();
}

/* The host has no oopses to survive: run_as_task() is a plain call. */
bool run_as_task(const char *comm, void (*fn)(void *), void *arg)
{
	fn(arg);
	return false;
}

/*
 * The suites run without an argument: all of them, or in the TSan build
 * (tests/host/Makefile) the ones where host threads run as CPUs.
 */
#ifndef HOST_DEFAULT_SUITES
#define HOST_DEFAULT_SUITES	"all"
#endif

int main(int argc, char **argv)
{
	int passed, failed, ret;

	setvbuf(stdout, NULL, _IOLBF, 0);
	ret = kunit_run_all_tests(argc > 1 ? argv[1] : HOST_DEFAULT_SUITES, &passed,
				  &failed);
	return ret ? 1 : 0;
}

/* asm/pgtable.h's set_pte_at: the host has no instruction cache to clean */
void __sync_icache_dcache(pte_t pteval)
{
}

/*
 * kernel/fork.c is built here for its mm half (mm_alloc, mmput, the VMA
 * objects); its task half needs a scheduler the host lacks. A task it
 * made would never run: these are the edges it reaches, and reaching one
 * is a bug in a test.
 */
void ret_from_fork(void)
{
	host_bug(__FILE__, __LINE__);
}

void sched_fork(struct task_struct *p)
{
	host_bug(__FILE__, __LINE__);
}

void wake_up_new_task(struct task_struct *p)
{
	host_bug(__FILE__, __LINE__);
}

void exit_files(struct task_struct *tsk)
{
	host_bug(__FILE__, __LINE__);
}

void tls_preserve_current_state(void)
{
	host_bug(__FILE__, __LINE__);
}

/* kernel/signal.c's lock, which fork.c's task half names */
DEFINE_SPINLOCK(siglock);

/* kernel_clone()'s CLONE_PARENT_SETTID store: no user memory here */
unsigned long __arch_copy_to_user(void __user *to, const void *from,
				  unsigned long n)
{
	host_bug(__FILE__, __LINE__);
	return n;
}

void init_idle(struct task_struct *idle, int cpu)
{
	host_bug(__FILE__, __LINE__);
}

/* kernel/sched/core.c's: the host's one CPU runs the test, never idles */
void sched_drop_lazy_mms(void)
{
}

/*
 * kernel/smp.c and kernel/cpu.c are built for nr_cpu_ids and the CPU
 * masks; their bring-up half (smp_init, cpu_up) reaches the architecture
 * and the idle tasks, which the host, one CPU that never starts another,
 * lacks: reaching one of these is a bug in a test.
 */
void idle_threads_init(void)
{
	host_bug(__FILE__, __LINE__);
}

struct task_struct *idle_thread_get(unsigned int cpu)
{
	host_bug(__FILE__, __LINE__);
	return NULL;
}

int __cpu_up(unsigned int cpu, struct task_struct *idle)
{
	host_bug(__FILE__, __LINE__);
	return -1;
}

void smp_cpus_done(unsigned int max_cpus)
{
	host_bug(__FILE__, __LINE__);
}

void do_exit(long code)
{
	host_bug(__FILE__, __LINE__);
	abort();
}

/*
 * kernel/locking/rwsem.c is built here as the spinlock is (asm/spinlock.h's
 * twin): the real lock over one task. That task is never woken, since no
 * other task ever waits; and it cannot wait for a holder who will never
 * run, so a contended down_read()/down_write() is a bug in mm/ or a test.
 */
void schedule(void)
{
	host_bug(__FILE__, __LINE__);
}

int wake_up_process(struct task_struct *p)
{
	host_bug(__FILE__, __LINE__);
	return 0;
}
