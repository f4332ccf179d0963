/*
 * mmtest.h - helpers shared by the user test programs (tests/user/lib/mmtest.c).
 * Linux's tools/testing/selftests/mm/vm_util.h plays the same part there.
 */
#ifndef _MMTEST_H
#define _MMTEST_H

#include <sys/types.h>
#include <tinymm.h>

#define PAGE_SIZE	4096UL
#define PMD_SIZE	(2UL << 20)	/* what one page-table page maps */

/*
 * A few pages of slack for kernel slab objects (VMAs, anon_vma, ...): a
 * kmalloc may need a fresh slab page, which nr_free_pages sees too. Checks
 * that must be exact measure page tables separately and allow only this.
 */
#define SLAB_SLACK	2

/* tinymm_stat(), reporting a failure as a KTAP diagnostic */
struct tinymm_stat mm_stat(void);
/* getrusage(RUSAGE_SELF).ru_minflt */
long minflt(void);

/*
 * An anonymous mapping alone in its own 2 MB-aligned region: its page-table
 * page maps nothing else, so munmap() can give that page back too and page
 * counts before/after are exact. MAP_FAILED on failure.
 */
void *mmap_alone(size_t len, int prot, int flags);

/*
 * Write to the 8 KiB of stack below the caller, and call mm_stat() and
 * minflt() once: after a fork() the stack is copy-on-write too, and a fault
 * on it inside a measurement would be counted as the test's.
 */
void prefault_stack(void);

/* Write val to the first byte of each of npages pages. */
void touch_write(void *p, size_t npages, unsigned char val);
/* Read the first byte of each page; returns their sum. */
unsigned long touch_read(const void *p, size_t npages);
/* Every byte of [p, p + len) == val? */
bool all_bytes(const void *p, size_t len, unsigned char val);

/*
 * Pin the caller, and the children it forks from now on, to the CPU it
 * runs on: per-CPU caches (slab arrays, pcp lists, lazy mms) then hold
 * nothing of its processes on other CPUs, and page counts stay exact.
 * Returns that CPU, or -1.
 */
int pin_to_this_cpu(void);
/* How many CPUs the caller may run on (sched_getaffinity), at least 1. */
int nr_cpus_allowed(void);

/* fork(); the child returns fn(arg) as its exit code; the wait4 status, or -1 */
int run_in_child(int (*fn)(void *), void *arg);
/* "exit 3", "signal 11 (SIGSEGV)": for diagnostics (static buffer) */
const char *status_str(int status);

#endif /* _MMTEST_H */
