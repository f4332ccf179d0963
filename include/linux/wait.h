/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/wait.h - wait queues: a list of tasks sleeping until something
 * happens (input arrives, a buffer drains). Linux: include/linux/wait.h,
 * kernel/sched/wait.c.
 *
 * The sleeper puts itself on the queue and marks itself asleep before it
 * looks at the condition (prepare_to_wait), so a wake-up that comes
 * between the look and schedule() is not lost: it just makes the task
 * runnable again. Linux also has exclusive waiters (wake only one),
 * custom wake functions and a dozen wait_event_*() variants; we skip them
 * because the only user, the tty's readers, wants every sleeper woken.
 */
#ifndef _LINUX_WAIT_H
#define _LINUX_WAIT_H

#include <linux/list.h>
#include <linux/spinlock.h>

struct task_struct;

struct wait_queue_entry {
	struct task_struct	*private;	/* the sleeper */
	struct list_head	entry;		/* on wait_queue_head.head */
};
typedef struct wait_queue_entry wait_queue_entry_t;

struct wait_queue_head {
	spinlock_t		lock;
	struct list_head	head;
};
typedef struct wait_queue_head wait_queue_head_t;

#define DEFINE_WAIT(name)						\
	struct wait_queue_entry name = {				\
		.private = current,					\
		.entry = LIST_HEAD_INIT((name).entry),			\
	}

void init_waitqueue_head(struct wait_queue_head *wq_head);
void prepare_to_wait(struct wait_queue_head *wq_head,
		     struct wait_queue_entry *wq_entry, int state);
void finish_wait(struct wait_queue_head *wq_head,
		 struct wait_queue_entry *wq_entry);
/*
 * Wake every sleeper. Linux: __wake_up(wq, mode, nr_exclusive, key); we
 * take no mode, so wake_up_interruptible() wakes uninterruptible
 * sleepers too (harmless: each rechecks its condition), and no exclusive
 * waiters exist.
 */
void __wake_up(struct wait_queue_head *wq_head);
#define wake_up_interruptible(x)	__wake_up(x)

#endif /* _LINUX_WAIT_H */
