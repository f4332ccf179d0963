/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/llist.h - a lock-free singly linked list: any CPU may push,
 * one consumer takes the whole list at once. Linux: the same file
 * (llist_add, llist_del_all, llist_reverse_order). kernel/smp.c queues
 * cross-CPU function calls on it: the sender learns from llist_add()
 * whether the list was empty, so it raises one IPI per batch, and the
 * target's handler empties it with one exchange.
 */
#ifndef _LINUX_LLIST_H
#define _LINUX_LLIST_H

#include <linux/types.h>
#include <linux/compiler.h>

struct llist_head {
	struct llist_node *first;
};

struct llist_node {
	struct llist_node *next;
};

#define LLIST_HEAD_INIT(name)	{ NULL }

static inline void init_llist_head(struct llist_head *list)
{
	list->first = NULL;
}

static inline bool llist_empty(const struct llist_head *head)
{
	return READ_ONCE(head->first) == NULL;
}

/*
 * Push @new; returns true if the list was empty before. The release
 * makes everything the pusher wrote to the entry visible to whoever
 * takes it.
 */
static inline bool llist_add(struct llist_node *new, struct llist_head *head)
{
	struct llist_node *first = READ_ONCE(head->first);

	do {
		new->next = first;
	} while (!__atomic_compare_exchange_n(&head->first, &first, new, false,
					      __ATOMIC_RELEASE,
					      __ATOMIC_RELAXED));
	return !first;
}

/* Take every entry, newest first; the list is empty afterwards. */
static inline struct llist_node *llist_del_all(struct llist_head *head)
{
	return __atomic_exchange_n(&head->first, NULL, __ATOMIC_ACQUIRE);
}

/* Turn a list taken by llist_del_all() into oldest-first order. */
static inline struct llist_node *llist_reverse_order(struct llist_node *head)
{
	struct llist_node *new_head = NULL;

	while (head) {
		struct llist_node *tmp = head;

		head = head->next;
		tmp->next = new_head;
		new_head = tmp;
	}
	return new_head;
}

#endif
