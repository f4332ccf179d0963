// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/sched/wait.c - sleeping on a wait queue and waking it. Linux:
 * the same file (prepare_to_wait, finish_wait, __wake_up). See
 * linux/wait.h for what is left out.
 *
 * A waker may be an interrupt handler (the UART's, for a reader waiting
 * for input), so the queue's lock is always taken with interrupts off.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/wait.h>

void init_waitqueue_head(struct wait_queue_head *wq_head)
{
	spin_lock_init(&wq_head->lock);
	INIT_LIST_HEAD(&wq_head->head);
}

/*
 * Queue ourselves (once) and set the state before the caller checks its
 * condition: a wake_up from now on makes us TASK_RUNNING again, and
 * schedule() then returns at once instead of sleeping through it.
 */
void prepare_to_wait(struct wait_queue_head *wq_head,
		     struct wait_queue_entry *wq_entry, int state)
{
	unsigned long flags;

	spin_lock_irqsave(&wq_head->lock, flags);
	if (list_empty(&wq_entry->entry))
		list_add_tail(&wq_entry->entry, &wq_head->head);
	set_current_state(state);
	spin_unlock_irqrestore(&wq_head->lock, flags);
}

void finish_wait(struct wait_queue_head *wq_head,
		 struct wait_queue_entry *wq_entry)
{
	unsigned long flags;

	set_current_state(TASK_RUNNING);
	spin_lock_irqsave(&wq_head->lock, flags);
	list_del_init(&wq_entry->entry);
	spin_unlock_irqrestore(&wq_head->lock, flags);
}

void __wake_up(struct wait_queue_head *wq_head)
{
	struct wait_queue_entry *curr;
	unsigned long flags;

	spin_lock_irqsave(&wq_head->lock, flags);
	list_for_each_entry(curr, &wq_head->head, entry)
		wake_up_process(curr->private);
	spin_unlock_irqrestore(&wq_head->lock, flags);
}
