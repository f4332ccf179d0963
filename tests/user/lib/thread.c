/*
 * thread.c - thread_create() and thread_join() over clone() (thread.h).
 *
 * The flags are glibc's pthread_create() set: share the mm (CLONE_VM),
 * files, fs and handlers, join the caller's thread group (CLONE_THREAD:
 * getpid() stays the same, gettid() is new, exit_group() ends all), set
 * the thread pointer (CLONE_SETTLS), store the tid in t->tid before
 * clone returns (CLONE_PARENT_SETTID) and have the kernel clear it when
 * the thread exits (CLONE_CHILD_CLEARTID), which is what join waits for.
 */
#include <errno.h>
#include <sched.h>
#include <unistd.h>
#include <sys/mman.h>
#include <thread.h>

#define THREAD_FLAGS (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | \
		      CLONE_THREAD | CLONE_SYSVSEM | CLONE_SETTLS | \
		      CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID)

/* the new thread's first C function: run fn, keep its result for join */
static int thread_start(void *arg)
{
	struct thread *t = arg;

	t->ret = t->fn(t->arg);
	return 0;
}

int thread_create(struct thread *t, int (*fn)(void *), void *arg)
{
	long tid;

	t->fn = fn;
	t->arg = arg;
	t->ret = 0;
	t->stack = mmap(NULL, THREAD_STACK_SIZE, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (t->stack == MAP_FAILED)
		return -1;
	tid = clone(thread_start, (char *)t->stack + THREAD_STACK_SIZE,
		    THREAD_FLAGS, t, &t->tid, t, &t->tid);
	if (tid < 0) {
		munmap(t->stack, THREAD_STACK_SIZE);
		return -1;
	}
	return 0;
}

int thread_join(struct thread *t)
{
	while (__atomic_load_n(&t->tid, __ATOMIC_ACQUIRE))
		sched_yield();
	munmap(t->stack, THREAD_STACK_SIZE);
	return t->ret;
}

unsigned long thread_pointer(void)
{
	unsigned long tp;

	__asm__ volatile("mrs %0, tpidr_el0" : "=r"(tp));
	return tp;
}
