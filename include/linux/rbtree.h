/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/rbtree.h - red-black trees, the kernel's balanced binary search
 * tree. Linux: include/linux/rbtree.h, include/linux/rbtree_types.h.
 *
 * The tree is "intrusive": a struct rb_node is embedded in the object to
 * be sorted, and rb_entry() (container_of) gets the object back. The tree
 * code never compares keys: the caller walks down from rb_root itself,
 * comparing as it likes, then calls rb_link_node() to hang the new node
 * where the walk stopped and rb_insert_color() to rebalance. That keeps the
 * library free of callbacks on the hot path.
 *
 * The colour is kept in bit 0 of the parent pointer (rb_nodes are at least
 * 4-byte aligned, so the two low bits of a parent address are always 0):
 * one word less per node, which matters in a struct page-sized world.
 *
 * Linux also has rb_root_cached (leftmost cached), the RCU-safe latch
 * trees and rb_add()/rb_find() helpers taking a comparison function; we
 * skip them: vmalloc, the one user so far, walks the trees itself.
 */
#ifndef _LINUX_RBTREE_H
#define _LINUX_RBTREE_H

#include <linux/kernel.h>
#include <linux/compiler.h>

struct rb_node {
	unsigned long __rb_parent_color;	/* parent pointer | colour bit */
	struct rb_node *rb_right;
	struct rb_node *rb_left;
} __aligned(sizeof(long));

struct rb_root {
	struct rb_node *rb_node;
};

#define rb_parent(r)	((struct rb_node *)((r)->__rb_parent_color & ~3UL))

#define RB_ROOT		(struct rb_root) { NULL, }
#define rb_entry(ptr, type, member) container_of(ptr, type, member)

#define RB_EMPTY_ROOT(root)	(READ_ONCE((root)->rb_node) == NULL)

/* A node that is in no tree points to itself (see RB_CLEAR_NODE). */
#define RB_EMPTY_NODE(node)	\
	((node)->__rb_parent_color == (unsigned long)(node))
#define RB_CLEAR_NODE(node)	\
	((node)->__rb_parent_color = (unsigned long)(node))

void rb_insert_color(struct rb_node *node, struct rb_root *root);
void rb_erase(struct rb_node *node, struct rb_root *root);

/* In-order traversal: smallest, largest, successor, predecessor. */
struct rb_node *rb_first(const struct rb_root *root);
struct rb_node *rb_last(const struct rb_root *root);
struct rb_node *rb_next(const struct rb_node *node);
struct rb_node *rb_prev(const struct rb_node *node);

/*
 * Hang @node, red and childless, at *@rb_link below @parent: the slot the
 * caller's search ended on. rb_insert_color() must follow.
 */
static inline void rb_link_node(struct rb_node *node, struct rb_node *parent,
				struct rb_node **rb_link)
{
	node->__rb_parent_color = (unsigned long)parent;	/* red = 0 */
	node->rb_left = node->rb_right = NULL;
	*rb_link = node;
}

#define rb_entry_safe(ptr, type, member)				\
	({ __typeof__(ptr) ____ptr = (ptr);				\
	   ____ptr ? rb_entry(____ptr, type, member) : NULL; })

#endif /* _LINUX_RBTREE_H */
