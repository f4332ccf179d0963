/*
 * thread.h - the least a test needs of pthreads: start a function in a
 * thread of this process, wait for it to end (tests/user/lib/thread.c).
 *
 * Linux counterpart: glibc's pthread_create()/pthread_join(), which make
 * a thread with the same clone() flags, give it a stack (mmap) and a
 * thread pointer (TPIDR_EL0 -> its struct pthread), and join by waiting
 * for the kernel to clear the tid word at exit (CLONE_CHILD_CLEARTID).
 * glibc sleeps on that word with FUTEX_WAIT; tinymm has no futexes, so
 * thread_join() polls it with sched_yield().
 */
#ifndef _THREAD_H
#define _THREAD_H

#include <sys/types.h>

struct thread {
	volatile pid_t tid;	/* set at clone, cleared by the kernel at exit */
	int (*fn)(void *);
	void *arg;
	int ret;		/* fn's return value, once joined */
	void *stack;		/* THREAD_STACK_SIZE bytes of mmap */
};

#define THREAD_STACK_SIZE	(64 * 1024)

/*
 * Start fn(arg) in a new thread: same mm, files and thread group, its
 * own stack, and TPIDR_EL0 = t (the thread pointer names the thread, as
 * glibc's names its struct pthread). 0, or -1 with errno.
 */
int thread_create(struct thread *t, int (*fn)(void *), void *arg);
/* Wait until t has exited, free its stack; fn's return value. */
int thread_join(struct thread *t);
/* The caller's thread pointer: TPIDR_EL0 */
unsigned long thread_pointer(void);

#endif /* _THREAD_H */
