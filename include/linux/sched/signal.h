/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/sched/signal.h - what the threads of a group share, and how to
 * walk them. Linux: include/linux/sched/signal.h.
 */
#ifndef _LINUX_SCHED_SIGNAL_H
#define _LINUX_SCHED_SIGNAL_H

#include <linux/sched.h>
#include <linux/spinlock.h>

/* signal_struct.flags */
#define SIGNAL_GROUP_EXIT	0x00000004	/* exit_group() or a fatal signal */

/*
 * What the threads of one group share. Linux: struct signal_struct,
 * which also holds the shared pending
 * queue, rlimits, job control and accounting; tinymm's signals are all
 * fatal or ignored, so a process-directed one kills the group at once
 * and needs no shared queue. thread_head and nr_threads change under
 * tasklist_lock for writing and siglock, so either keeps them still;
 * flags and group_exit_code change under siglock (Linux:
 * sighand->siglock).
 */
struct signal_struct {
	atomic_t sigcnt;		/* task_structs pointing here */
	int nr_threads;			/* threads on thread_head */
	struct list_head thread_head;	/* every thread, leader first */
	unsigned int flags;		/* SIGNAL_GROUP_EXIT */
	int group_exit_code;		/* the status every thread exits with */
};

/* pending masks and every group's exit: see kernel/signal.c */
extern spinlock_t siglock;

/* every thread of p's group; caller holds tasklist_lock */
#define for_each_thread(p, t) \
	list_for_each_entry(t, &(p)->signal->thread_head, thread_node)

#define for_each_process_thread(p, t) \
	for_each_process(p) for_each_thread(p, t)

static inline bool thread_group_leader(const struct task_struct *p)
{
	return p->group_leader == p;
}

static inline bool thread_group_empty(const struct task_struct *p)
{
	return p->signal->nr_threads == 1;
}

static inline int get_nr_threads(const struct task_struct *p)
{
	return p->signal->nr_threads;
}

/* kernel/signal.c, kernel/exit.c */
int group_send_sig_info(int sig, struct task_struct *p);
int zap_other_threads(struct task_struct *p);
void __noreturn do_group_exit(int exit_code);

#endif /* _LINUX_SCHED_SIGNAL_H */
