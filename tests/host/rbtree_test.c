// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/rbtree_test.c - lib/rbtree.c under a seeded random stress:
 * insert and erase keys at random (plain and augmented trees) and check
 * every red-black and augmented invariant after each batch. Linux's
 * counterpart is lib/rbtree_test.c (a module with the same kind of
 * checker and a timing loop).
 */
#include <stdlib.h>
#include <linux/kernel.h>
#include <linux/rbtree_augmented.h>
#include <kunit/test.h>

struct tnode {
	struct rb_node rb;
	u32 key;
	u32 val;
	u32 augmented;		/* max of val over the subtree */
	bool in_tree;
};

#define NR_NODES	2048

static struct tnode nodes[NR_NODES];

static u64 rnd(u64 *s)
{
	u64 x = *s;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	*s = x;
	return x * 0x2545F4914F6CDD1DULL;
}

static u32 tnode_val(struct tnode *n)
{
	return n->val;
}

RB_DECLARE_CALLBACKS_MAX(static, taug_cb, struct tnode, rb, u32, augmented,
			 tnode_val)

/* Standard BST insert; equal keys go right (duplicates allowed). */
static void insert(struct tnode *n, struct rb_root *root, bool aug)
{
	struct rb_node **link = &root->rb_node, *parent = NULL;

	n->augmented = n->val;
	while (*link) {
		struct tnode *p = rb_entry(*link, struct tnode, rb);

		parent = *link;
		/* the new value joins every subtree on the way down */
		if (aug && p->augmented < n->val)
			p->augmented = n->val;
		link = n->key < p->key ? &p->rb.rb_left : &p->rb.rb_right;
	}
	rb_link_node(&n->rb, parent, link);
	if (aug)
		rb_insert_augmented(&n->rb, root, &taug_cb);
	else
		rb_insert_color(&n->rb, root);
	n->in_tree = true;
}

static void erase(struct tnode *n, struct rb_root *root, bool aug)
{
	if (aug)
		rb_erase_augmented(&n->rb, root, &taug_cb);
	else
		rb_erase(&n->rb, root);
	n->in_tree = false;
}

struct check {
	struct kunit *test;
	bool aug;
	bool ok;
	unsigned long count;
};

/* Returns the black height of the subtree; checks everything below. */
static int check_subtree(struct check *c, struct rb_node *rb,
			 struct rb_node *parent, u32 *max)
{
	struct tnode *n;
	int lh, rh;
	u32 lmax = 0, rmax = 0, m;

	if (!rb)
		return 1;
	n = rb_entry(rb, struct tnode, rb);
	c->count++;
	if (rb_parent(rb) != parent) {
		KUNIT_FAIL(c->test, "key %u: wrong parent pointer", n->key);
		c->ok = false;
	}
	if (rb_is_red(rb) && parent && rb_is_red(parent)) {
		KUNIT_FAIL(c->test, "key %u: red node with a red parent", n->key);
		c->ok = false;
	}
	if (rb->rb_left && rb_entry(rb->rb_left, struct tnode, rb)->key > n->key) {
		KUNIT_FAIL(c->test, "key %u: left child larger", n->key);
		c->ok = false;
	}
	if (rb->rb_right && rb_entry(rb->rb_right, struct tnode, rb)->key < n->key) {
		KUNIT_FAIL(c->test, "key %u: right child smaller", n->key);
		c->ok = false;
	}
	lh = check_subtree(c, rb->rb_left, rb, &lmax);
	rh = check_subtree(c, rb->rb_right, rb, &rmax);
	if (lh != rh) {
		KUNIT_FAIL(c->test, "key %u: black heights %d != %d", n->key, lh, rh);
		c->ok = false;
	}
	m = max(n->val, max(lmax, rmax));
	if (c->aug && n->augmented != m) {
		KUNIT_FAIL(c->test, "key %u: augmented %u, subtree max %u",
			   n->key, n->augmented, m);
		c->ok = false;
	}
	*max = m;
	return lh + rb_is_black(rb);
}

static bool check_tree(struct kunit *test, struct rb_root *root, bool aug,
		       unsigned long expect)
{
	struct check c = { .test = test, .aug = aug, .ok = true };
	struct rb_node *rb;
	u32 m, prev = 0;
	unsigned long walked = 0;

	if (root->rb_node && !rb_is_black(root->rb_node)) {
		KUNIT_FAIL(test, "red root");
		return false;
	}
	check_subtree(&c, root->rb_node, NULL, &m);
	if (c.count != expect) {
		KUNIT_FAIL(test, "%lu nodes in the tree, expected %lu", c.count, expect);
		c.ok = false;
	}
	/* in-order traversal both ways must agree with the keys */
	for (rb = rb_first(root); rb; rb = rb_next(rb)) {
		u32 k = rb_entry(rb, struct tnode, rb)->key;

		if (walked++ && k < prev) {
			KUNIT_FAIL(test, "rb_next out of order");
			return false;
		}
		prev = k;
	}
	if (walked != expect) {
		KUNIT_FAIL(test, "rb_next walked %lu nodes", walked);
		c.ok = false;
	}
	for (rb = rb_last(root); rb; rb = rb_prev(rb))
		walked--;
	if (walked != 0) {
		KUNIT_FAIL(test, "rb_next and rb_prev disagree");
		c.ok = false;
	}
	return c.ok;
}

static void stress(struct kunit *test, bool aug, u64 seed)
{
	struct rb_root root = RB_ROOT;
	unsigned long ops, live = 0;
	int i;

	for (i = 0; i < NR_NODES; i++)
		nodes[i].in_tree = false;
	for (ops = 0; ops < 200000; ops++) {
		struct tnode *n = &nodes[rnd(&seed) % NR_NODES];

		if (n->in_tree) {
			erase(n, &root, aug);
			live--;
		} else {
			/* small key range: plenty of duplicates */
			n->key = rnd(&seed) % 4096;
			n->val = rnd(&seed) % 100000;
			insert(n, &root, aug);
			live++;
		}
		if (ops % 4096 == 0 || ops < 512)
			KUNIT_ASSERT_TRUE(test, check_tree(test, &root, aug, live));
	}
	KUNIT_ASSERT_TRUE(test, check_tree(test, &root, aug, live));
	/* empty it completely, checking as it shrinks */
	for (i = 0; i < NR_NODES; i++) {
		if (!nodes[i].in_tree)
			continue;
		erase(&nodes[i], &root, aug);
		live--;
		if (i % 64 == 0)
			KUNIT_ASSERT_TRUE(test, check_tree(test, &root, aug, live));
	}
	KUNIT_EXPECT_TRUE(test, RB_EMPTY_ROOT(&root));
}

static void rbtree_random_plain(struct kunit *test)
{
	stress(test, false, 0x1234567ULL);
}

static void rbtree_random_augmented(struct kunit *test)
{
	stress(test, true, 0xfeedbeefULL);
}

/* Sorted insertion is the classic worst case for an unbalanced BST. */
static void rbtree_sorted_height(struct kunit *test)
{
	struct rb_root root = RB_ROOT;
	struct rb_node *rb;
	int i, depth, maxdepth = 0;

	for (i = 0; i < NR_NODES; i++) {
		nodes[i].key = i;
		nodes[i].val = i;
		insert(&nodes[i], &root, true);
	}
	KUNIT_ASSERT_TRUE(test, check_tree(test, &root, true, NR_NODES));
	for (i = 0; i < NR_NODES; i++) {
		depth = 0;
		for (rb = &nodes[i].rb; rb; rb = rb_parent(rb))
			depth++;
		maxdepth = max(maxdepth, depth);
	}
	/* height <= 2 log2(n + 1): 2 * 11 + 1 levels for n = 2048 */
	KUNIT_EXPECT_LE(test, maxdepth, 23);
	KUNIT_EXPECT_EQ(test, rb_entry(rb_first(&root), struct tnode, rb)->key, 0);
	KUNIT_EXPECT_EQ(test, rb_entry(rb_last(&root), struct tnode, rb)->key,
			NR_NODES - 1);
	KUNIT_EXPECT_EQ(test, rb_entry(root.rb_node, struct tnode, rb)->augmented,
			NR_NODES - 1);
	for (i = 0; i < NR_NODES; i++)
		erase(&nodes[i], &root, true);
	KUNIT_EXPECT_TRUE(test, RB_EMPTY_ROOT(&root));
}

static struct kunit_case rbtree_cases[] = {
	KUNIT_CASE(rbtree_random_plain),
	KUNIT_CASE(rbtree_random_augmented),
	KUNIT_CASE(rbtree_sorted_height),
	{}
};

static struct kunit_suite rbtree_suite = {
	.name = "rbtree",
	.test_cases = rbtree_cases,
};
kunit_test_suite(rbtree_suite);
