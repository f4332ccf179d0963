/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/rbtree_augmented.h - red-black trees whose nodes carry a value
 * computed from their subtree (an "augmented" tree, Cormen et al. ch. 14).
 * Linux: include/linux/rbtree_augmented.h.
 *
 * vmalloc's free tree stores in every node the largest free block found
 * anywhere in the node's subtree (subtree_max_size). With that, "the
 * lowest free block of at least N bytes" is found in O(log n): go left
 * whenever the left subtree's maximum says a fit is there.
 *
 * The tree code keeps the value right through three callbacks:
 *   propagate(node, stop)  recompute from node up to (not including) stop,
 *                          after the caller changed node's own data;
 *   copy(old, new)         new takes old's place (erase with two children);
 *   rotate(old, new)       a rotation made new the root of old's subtree.
 *
 * Linux keeps __rb_erase_augmented() as an inline in this header so the
 * callbacks inline too; here it is an ordinary function in lib/rbtree.c:
 * slower by a few calls, easier to step through in GDB.
 */
#ifndef _LINUX_RBTREE_AUGMENTED_H
#define _LINUX_RBTREE_AUGMENTED_H

#include <linux/rbtree.h>

struct rb_augment_callbacks {
	void (*propagate)(struct rb_node *node, struct rb_node *stop);
	void (*copy)(struct rb_node *old, struct rb_node *new);
	void (*rotate)(struct rb_node *old, struct rb_node *new);
};

void __rb_insert_augmented(struct rb_node *node, struct rb_root *root,
	void (*augment_rotate)(struct rb_node *old, struct rb_node *new));

/*
 * Insert: the caller links @node (rb_link_node) with its augmented value
 * already correct for a leaf, and has updated the values on the path
 * from the root down to it; this rebalances.
 */
static inline void rb_insert_augmented(struct rb_node *node,
				       struct rb_root *root,
				       const struct rb_augment_callbacks *augment)
{
	__rb_insert_augmented(node, root, augment->rotate);
}

void rb_erase_augmented(struct rb_node *node, struct rb_root *root,
			const struct rb_augment_callbacks *augment);

/*
 * RB_DECLARE_CALLBACKS_MAX - callbacks for the common case "the augmented
 * field is the maximum of RBCOMPUTE(node) over the subtree":
 *   RBSTATIC    static or empty
 *   RBNAME      name of the struct rb_augment_callbacks to define
 *   RBSTRUCT    the struct holding the rb_node
 *   RBFIELD     the rb_node member in it
 *   RBTYPE      the type of the augmented member
 *   RBAUGMENTED the augmented member
 *   RBCOMPUTE   a function: the node's own value
 * It also defines RBNAME ## _compute_max(node, exit): recompute node's
 * value from its children; with exit true, return true if it did not
 * change (propagation can stop there).
 */
#define RB_DECLARE_CALLBACKS_MAX(RBSTATIC, RBNAME, RBSTRUCT, RBFIELD,	\
				 RBTYPE, RBAUGMENTED, RBCOMPUTE)	\
static inline bool RBNAME ## _compute_max(RBSTRUCT *node, bool exit)	\
{									\
	RBSTRUCT *child;						\
	RBTYPE max = RBCOMPUTE(node);					\
									\
	if (node->RBFIELD.rb_left) {					\
		child = rb_entry(node->RBFIELD.rb_left, RBSTRUCT, RBFIELD); \
		if (child->RBAUGMENTED > max)				\
			max = child->RBAUGMENTED;			\
	}								\
	if (node->RBFIELD.rb_right) {					\
		child = rb_entry(node->RBFIELD.rb_right, RBSTRUCT, RBFIELD); \
		if (child->RBAUGMENTED > max)				\
			max = child->RBAUGMENTED;			\
	}								\
	if (exit && node->RBAUGMENTED == max)				\
		return true;						\
	node->RBAUGMENTED = max;					\
	return false;							\
}									\
RB_DECLARE_CALLBACKS(RBSTATIC, RBNAME, RBSTRUCT, RBFIELD, RBAUGMENTED,	\
		     RBNAME ## _compute_max)

/*
 * RB_DECLARE_CALLBACKS - the same with any RBCOMPUTE(node, exit) that
 * recomputes node->RBAUGMENTED from node and its children.
 */
#define RB_DECLARE_CALLBACKS(RBSTATIC, RBNAME, RBSTRUCT, RBFIELD,	\
			     RBAUGMENTED, RBCOMPUTE)			\
static void RBNAME ## _propagate(struct rb_node *rb, struct rb_node *stop) \
{									\
	/* walk up; stop early once a value comes out unchanged */	\
	while (rb != stop) {						\
		RBSTRUCT *node = rb_entry(rb, RBSTRUCT, RBFIELD);	\
		if (RBCOMPUTE(node, true))				\
			break;						\
		rb = rb_parent(&node->RBFIELD);				\
	}								\
}									\
static void RBNAME ## _copy(struct rb_node *rb_old, struct rb_node *rb_new) \
{									\
	RBSTRUCT *old = rb_entry(rb_old, RBSTRUCT, RBFIELD);		\
	RBSTRUCT *new = rb_entry(rb_new, RBSTRUCT, RBFIELD);		\
	new->RBAUGMENTED = old->RBAUGMENTED;				\
}									\
static void RBNAME ## _rotate(struct rb_node *rb_old, struct rb_node *rb_new) \
{									\
	RBSTRUCT *old = rb_entry(rb_old, RBSTRUCT, RBFIELD);		\
	RBSTRUCT *new = rb_entry(rb_new, RBSTRUCT, RBFIELD);		\
	/* same set of nodes below new as below old before */		\
	new->RBAUGMENTED = old->RBAUGMENTED;				\
	RBCOMPUTE(old, false);						\
}									\
RBSTATIC const struct rb_augment_callbacks RBNAME = {			\
	.propagate = RBNAME ## _propagate,				\
	.copy = RBNAME ## _copy,					\
	.rotate = RBNAME ## _rotate					\
};

/* ---- colour and parent, packed in __rb_parent_color ---- */
#define RB_RED		0
#define RB_BLACK	1

#define __rb_parent(pc)		((struct rb_node *)((pc) & ~3UL))
#define __rb_color(pc)		((pc) & 1)
#define __rb_is_black(pc)	__rb_color(pc)
#define __rb_is_red(pc)		(!__rb_color(pc))
#define rb_color(rb)		__rb_color((rb)->__rb_parent_color)
#define rb_is_red(rb)		__rb_is_red((rb)->__rb_parent_color)
#define rb_is_black(rb)		__rb_is_black((rb)->__rb_parent_color)

static inline void rb_set_parent(struct rb_node *rb, struct rb_node *p)
{
	rb->__rb_parent_color = rb_color(rb) | (unsigned long)p;
}

static inline void rb_set_parent_color(struct rb_node *rb,
				       struct rb_node *p, int color)
{
	rb->__rb_parent_color = (unsigned long)p | color;
}

#endif /* _LINUX_RBTREE_AUGMENTED_H */
