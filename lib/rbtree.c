// SPDX-License-Identifier: GPL-2.0
/*
 * lib/rbtree.c - red-black tree rebalancing. Linux: lib/rbtree.c.
 *
 * A red-black tree is a binary search tree whose nodes are red or black,
 * with two rules:
 *   (R) a red node has no red child;
 *   (B) every path from a node down to a NULL leaf crosses the same number
 *       of black nodes (the node's "black height").
 * Together they bound the height to 2*log2(n + 1), so search, insert and
 * erase are O(log n). Insert and erase first do the plain BST operation,
 * then repair whichever rule they broke with recolourings (cheap, may walk
 * up) and at most two (insert) or three (erase) rotations. The case
 * numbers below are those of Cormen et al., "Introduction to Algorithms",
 * ch. 13, which is also the case analysis Linux's comments follow.
 *
 * Augmented trees (rbtree_augmented.h) hook in at the only two places a
 * subtree's contents change: rotations (augment_rotate) and the splice in
 * erase (copy/propagate).
 *
 * Linux writes every case out inline with hand-placed WRITE_ONCE()s so
 * that lockless RCU readers always see a valid (if momentarily unbalanced)
 * tree; we rotate through one helper instead, which is easier to follow:
 * all our readers hold the lock.
 */
#include <linux/rbtree_augmented.h>

/* Put @new where @old hangs under @parent (or at the root). */
static inline void __rb_change_child(struct rb_node *old, struct rb_node *new,
				     struct rb_node *parent,
				     struct rb_root *root)
{
	if (!parent)
		WRITE_ONCE(root->rb_node, new);
	else if (parent->rb_left == old)
		WRITE_ONCE(parent->rb_left, new);
	else
		WRITE_ONCE(parent->rb_right, new);
}

static void dummy_propagate(struct rb_node *node, struct rb_node *stop) { }
static void dummy_copy(struct rb_node *old, struct rb_node *new) { }
static void dummy_rotate(struct rb_node *old, struct rb_node *new) { }

static const struct rb_augment_callbacks dummy_callbacks = {
	.propagate = dummy_propagate,
	.copy = dummy_copy,
	.rotate = dummy_rotate,
};

/*
 * Rotate at @x. Left rotation (its right child y comes up):
 *
 *        x                y
 *       / \              / \
 *      a   y     ->     x   c
 *         / \          / \
 *        b   c        a   b
 *
 * The in-order sequence a x b y c is unchanged, so the tree stays sorted.
 * Colours are left alone: each case sets them itself. The augmented value
 * moves with the subtree root (augment_rotate).
 */
static void rb_rotate(struct rb_node *x, bool left, struct rb_root *root,
		      void (*augment_rotate)(struct rb_node *old,
					     struct rb_node *new))
{
	struct rb_node *parent = rb_parent(x);
	struct rb_node *y, *b;

	if (left) {
		y = x->rb_right;
		b = y->rb_left;
		WRITE_ONCE(x->rb_right, b);
		WRITE_ONCE(y->rb_left, x);
	} else {
		y = x->rb_left;
		b = y->rb_right;
		WRITE_ONCE(x->rb_left, b);
		WRITE_ONCE(y->rb_right, x);
	}
	if (b)
		rb_set_parent(b, x);
	rb_set_parent(y, parent);
	rb_set_parent(x, y);
	__rb_change_child(x, y, parent, root);
	augment_rotate(x, y);
}

static inline void rb_set_black(struct rb_node *rb)
{
	rb->__rb_parent_color |= RB_BLACK;
}

static inline void rb_set_red(struct rb_node *rb)
{
	rb->__rb_parent_color &= ~1UL;
}

/*
 * Insert fixup. @node is red (rb_link_node made it so), which keeps (B);
 * only (R) can be broken, and only between node and its parent.
 */
void __rb_insert_augmented(struct rb_node *node, struct rb_root *root,
	void (*augment_rotate)(struct rb_node *old, struct rb_node *new))
{
	struct rb_node *parent, *gparent, *uncle;
	bool left;

	for (;;) {
		parent = rb_parent(node);
		if (!parent) {
			/* The root: black it; that adds one to every path. */
			rb_set_black(node);
			return;
		}
		if (rb_is_black(parent))
			return;		/* (R) holds: done */

		/* A red parent is never the root, so gparent exists (black). */
		gparent = rb_parent(parent);
		left = parent == gparent->rb_left;
		uncle = left ? gparent->rb_right : gparent->rb_left;

		if (uncle && rb_is_red(uncle)) {
			/*
			 * Case 1: red uncle. Push gparent's blackness down
			 * onto parent and uncle: black heights unchanged, but
			 * gparent (now red) may clash with its own parent.
			 */
			rb_set_black(parent);
			rb_set_black(uncle);
			rb_set_red(gparent);
			node = gparent;
			continue;
		}

		/*
		 * Case 2: black uncle, node is an "inner" grandchild (the
		 * right child of a left parent or vice versa). Rotate it up
		 * over parent to make it an outer one, then fall into case 3
		 * with the roles of node and parent swapped.
		 */
		if (node == (left ? parent->rb_right : parent->rb_left)) {
			rb_rotate(parent, left, root, augment_rotate);
			node = parent;
			parent = rb_parent(node);
		}

		/*
		 * Case 3: black uncle, outer grandchild. Rotate parent up
		 * over gparent and swap their colours: parent (now black)
		 * takes gparent's place, so every path count is as before
		 * and no red-red remains. Done.
		 */
		rb_rotate(gparent, !left, root, augment_rotate);
		rb_set_black(parent);
		rb_set_red(gparent);
		return;
	}
}

void rb_insert_color(struct rb_node *node, struct rb_root *root)
{
	__rb_insert_augmented(node, root, dummy_rotate);
}

/*
 * Erase fixup. A black node was removed from below @parent, so the paths
 * through parent's child on that side (@node, possibly NULL) are one black
 * short: node carries an "extra black". Push it up or absorb it.
 */
static void __rb_erase_color(struct rb_node *parent, struct rb_root *root,
	void (*augment_rotate)(struct rb_node *old, struct rb_node *new))
{
	struct rb_node *node = NULL, *sibling, *near, *far;
	bool left;

	for (;;) {
		/*
		 * node may be NULL: then it is the child that is NULL. The
		 * sibling can't be NULL: its side has at least one black.
		 */
		left = node != parent->rb_right;
		sibling = left ? parent->rb_right : parent->rb_left;

		if (rb_is_red(sibling)) {
			/*
			 * Case 1: red sibling (so parent is black). Rotate it
			 * up and swap colours with parent: nothing changes
			 * for the counts, and node now has a black sibling.
			 */
			rb_rotate(parent, left, root, augment_rotate);
			rb_set_black(sibling);
			rb_set_red(parent);
			sibling = left ? parent->rb_right : parent->rb_left;
		}

		near = left ? sibling->rb_left : sibling->rb_right;
		far = left ? sibling->rb_right : sibling->rb_left;

		if ((!near || rb_is_black(near)) && (!far || rb_is_black(far))) {
			/*
			 * Case 2: black sibling with two black children.
			 * Make sibling red: now both of parent's sides are
			 * one short, so the extra black moves up to parent.
			 * A red parent absorbs it by turning black.
			 */
			rb_set_red(sibling);
			if (rb_is_red(parent)) {
				rb_set_black(parent);
				return;
			}
			node = parent;
			parent = rb_parent(node);
			if (!parent)
				return;	/* at the root: every path lost one */
			continue;
		}

		if (!far || rb_is_black(far)) {
			/*
			 * Case 3: the near nephew is red, the far one black.
			 * Rotate near up over sibling (swapping colours) so
			 * the red nephew is the far one: case 4.
			 */
			rb_rotate(sibling, !left, root, augment_rotate);
			rb_set_black(near);
			rb_set_red(sibling);
			far = sibling;
			sibling = near;
		}

		/*
		 * Case 4: black sibling, red far nephew. Rotate sibling up
		 * over parent; sibling takes parent's colour, parent and far
		 * become black. Node's side gains a black (parent), the far
		 * side keeps its count (far turned black). Done.
		 */
		rb_rotate(parent, left, root, augment_rotate);
		sibling->__rb_parent_color =
			(sibling->__rb_parent_color & ~1UL) | rb_color(parent);
		rb_set_black(parent);
		rb_set_black(far);
		return;
	}
}

/*
 * The plain BST removal. Returns the node below which a black went
 * missing (the start of the fixup) or NULL if colours already balance.
 */
static struct rb_node *__rb_erase_augmented(struct rb_node *node,
					struct rb_root *root,
					const struct rb_augment_callbacks *augment)
{
	struct rb_node *child = node->rb_right;
	struct rb_node *tmp = node->rb_left;
	struct rb_node *parent, *rebalance;
	unsigned long pc;

	if (!tmp || !child) {
		/*
		 * At most one child: splice node out. By (B), a lone child
		 * must be red with no children of its own, and node black;
		 * the child takes node's place and colour, nothing is short.
		 */
		struct rb_node *only = tmp ? tmp : child;

		pc = node->__rb_parent_color;
		parent = __rb_parent(pc);
		__rb_change_child(node, only, parent, root);
		if (only) {
			only->__rb_parent_color = pc;
			rebalance = NULL;
		} else {
			/* removing a black leaf shortens its paths */
			rebalance = __rb_is_black(pc) ? parent : NULL;
		}
		tmp = parent;
	} else {
		/*
		 * Two children: the successor (leftmost of the right
		 * subtree, which has no left child) takes node's place and
		 * colour; the hole is then where the successor was.
		 */
		struct rb_node *successor = child, *child2;

		tmp = child->rb_left;
		if (!tmp) {
			/* the right child itself is the successor */
			parent = successor;
			child2 = successor->rb_right;
			augment->copy(node, successor);
		} else {
			do {
				parent = successor;
				successor = tmp;
				tmp = tmp->rb_left;
			} while (tmp);
			child2 = successor->rb_right;
			WRITE_ONCE(parent->rb_left, child2);
			WRITE_ONCE(successor->rb_right, child);
			rb_set_parent(child, successor);
			augment->copy(node, successor);
			augment->propagate(parent, successor);
		}

		tmp = node->rb_left;
		WRITE_ONCE(successor->rb_left, tmp);
		rb_set_parent(tmp, successor);

		pc = node->__rb_parent_color;
		tmp = __rb_parent(pc);
		__rb_change_child(node, successor, tmp, root);

		if (child2) {
			/* the successor's lone (red) child turns black */
			rb_set_parent_color(child2, parent, RB_BLACK);
			rebalance = NULL;
		} else {
			rebalance = rb_is_black(successor) ? parent : NULL;
		}
		successor->__rb_parent_color = pc;
		tmp = successor;
	}

	/* node's data left the subtrees above tmp: recompute up to the root */
	augment->propagate(tmp, NULL);
	return rebalance;
}

void rb_erase_augmented(struct rb_node *node, struct rb_root *root,
			const struct rb_augment_callbacks *augment)
{
	struct rb_node *rebalance = __rb_erase_augmented(node, root, augment);

	if (rebalance)
		__rb_erase_color(rebalance, root, augment->rotate);
}

void rb_erase(struct rb_node *node, struct rb_root *root)
{
	rb_erase_augmented(node, root, &dummy_callbacks);
}

/* ---- in-order traversal ---- */

struct rb_node *rb_first(const struct rb_root *root)
{
	struct rb_node *n = root->rb_node;

	if (!n)
		return NULL;
	while (n->rb_left)
		n = n->rb_left;
	return n;
}

struct rb_node *rb_last(const struct rb_root *root)
{
	struct rb_node *n = root->rb_node;

	if (!n)
		return NULL;
	while (n->rb_right)
		n = n->rb_right;
	return n;
}

struct rb_node *rb_next(const struct rb_node *node)
{
	struct rb_node *parent;

	if (RB_EMPTY_NODE(node))
		return NULL;
	/* a right subtree: its leftmost node */
	if (node->rb_right) {
		node = node->rb_right;
		while (node->rb_left)
			node = node->rb_left;
		return (struct rb_node *)node;
	}
	/* else the first ancestor we reach from its left side */
	while ((parent = rb_parent(node)) && node == parent->rb_right)
		node = parent;
	return parent;
}

struct rb_node *rb_prev(const struct rb_node *node)
{
	struct rb_node *parent;

	if (RB_EMPTY_NODE(node))
		return NULL;
	if (node->rb_left) {
		node = node->rb_left;
		while (node->rb_right)
			node = node->rb_right;
		return (struct rb_node *)node;
	}
	while ((parent = rb_parent(node)) && node == parent->rb_left)
		node = parent;
	return parent;
}
