// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/vmalloc_kunit.c - vmalloc in the running kernel, modelled
 * on Linux's lib/test_vmalloc.c (same test names, smaller loop counts so
 * the whole suite stays well under a second per boot, and one thread
 * instead of one per CPU), plus what only real hardware can show: the
 * guard page faults (oops naming the area, or -EFAULT through the
 * exception table), the same page is seen through vmalloc and the linear
 * map, vmap/vunmap, and ioremap of the console UART.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/io.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <kunit/test.h>
#include <asm/pgtable.h>
#include <asm/uaccess.h>
#include <tinymm/test_hooks.h>

phys_addr_t pl011_console_phys(void);

#define TEST_LOOP_COUNT	100	/* Linux: test_loop_count = 1000000 */

static u32 rnd_state = 2463534242u;

/* xorshift32: deterministic, so a failure repeats (Linux: get_random_u8) */
static u32 test_rand(void)
{
	rnd_state ^= rnd_state << 13;
	rnd_state ^= rnd_state >> 17;
	rnd_state ^= rnd_state << 5;
	return rnd_state;
}

/* ---- lib/test_vmalloc.c: 0 on success, -1 on failure ---- */

static int fix_size_alloc_test(void)
{
	void *ptr;
	int i;

	for (i = 0; i < TEST_LOOP_COUNT; i++) {
		ptr = vmalloc(3 * PAGE_SIZE);
		if (!ptr)
			return -1;
		*((u8 *)ptr) = 0;
		vfree(ptr);
	}
	return 0;
}

/*
 * Fill the space with 1-page areas, then free every other one: each hole
 * is exactly one page plus its guard page, so every later 1-page vmalloc
 * is a full fit (FL_FIT_TYPE) of a hole.
 */
#define JUNK_LENGTH	128	/* Linux: 8192 pages per CPU bit */

static int full_fit_alloc_test(void)
{
	static void *ptr[JUNK_LENGTH], *junk_ptr[JUNK_LENGTH];
	int i, rv = -1;
	void *tmp;

	for (i = 0; i < JUNK_LENGTH; i++) {
		ptr[i] = vmalloc(PAGE_SIZE);
		junk_ptr[i] = vmalloc(PAGE_SIZE);
	}
	for (i = 0; i < JUNK_LENGTH; i++)
		vfree(junk_ptr[i]);

	for (i = 0; i < TEST_LOOP_COUNT; i++) {
		tmp = vmalloc(PAGE_SIZE);
		if (!tmp)
			goto error;
		*((u8 *)tmp) = 1;
		vfree(tmp);
	}
	rv = 0;
error:
	for (i = 0; i < JUNK_LENGTH; i++)
		vfree(ptr[i]);
	return rv;
}

static int random_size_alloc_test(void)
{
	unsigned int n;
	void *p;
	int i;

	for (i = 0; i < TEST_LOOP_COUNT / 4; i++) {
		n = test_rand() % 100 + 1;
		p = vmalloc(n * PAGE_SIZE);
		if (!p)
			return -1;
		*((u8 *)p) = 1;
		vfree(p);
	}
	return 0;
}

static int fix_align_alloc_test(void)
{
	void *ptr;
	int i;

	for (i = 0; i < TEST_LOOP_COUNT; i++) {
		ptr = __vmalloc_node(5 * PAGE_SIZE, THREAD_SIZE << 1,
				     GFP_KERNEL | __GFP_ZERO, 0,
				     __builtin_return_address(0));
		if (!ptr)
			return -1;
		vfree(ptr);
	}
	return 0;
}

static int random_size_align_alloc_test(void)
{
	unsigned long size, align;
	unsigned int rnd;
	void *ptr;
	int i;

	for (i = 0; i < TEST_LOOP_COUNT; i++) {
		rnd = test_rand() & 0xff;
		align = 1UL << (rnd % 23);	/* up to 1024 pages */
		size = ((rnd % 10) + 1) * PAGE_SIZE;
		ptr = __vmalloc_node(size, align, GFP_KERNEL | __GFP_ZERO, 0,
				     __builtin_return_address(0));
		if (!ptr)
			return -1;
		if (!IS_ALIGNED((unsigned long)ptr, align)) {
			vfree(ptr);
			return -1;
		}
		vfree(ptr);
	}
	return 0;
}

/*
 * Expected to fail: some alignment 2^i is beyond what the vmalloc space
 * can give. Linux prints the allocation warnings; __GFP_NOWARN keeps the
 * test log short.
 */
static int align_shift_alloc_test(void)
{
	unsigned long align;
	void *ptr;
	int i;

	for (i = 0; i < BITS_PER_LONG; i++) {
		align = 1UL << i;
		ptr = __vmalloc_node(PAGE_SIZE, align,
				     GFP_KERNEL | __GFP_ZERO | __GFP_NOWARN, 0,
				     __builtin_return_address(0));
		if (!ptr)
			return -1;
		vfree(ptr);
	}
	return 0;
}

static void vmalloc_fix_size_alloc(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, fix_size_alloc_test(), 0);
}

static void vmalloc_full_fit_alloc(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, full_fit_alloc_test(), 0);
}

static void vmalloc_random_size_alloc(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, random_size_alloc_test(), 0);
}

static void vmalloc_fix_align_alloc(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, fix_align_alloc_test(), 0);
}

static void vmalloc_random_size_align_alloc(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, random_size_align_alloc_test(), 0);
}

static void vmalloc_align_shift_alloc_fails(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, align_shift_alloc_test(), -1);
}

/* Nothing leaked: the same number of free pages before and after. */
static void vmalloc_no_leak(struct kunit *test)
{
	unsigned long before, after;

	/* warm up: page tables and pool pages stay allocated */
	KUNIT_ASSERT_EQ(test, fix_size_alloc_test(), 0);
	before = nr_free_pages_exact();
	KUNIT_ASSERT_EQ(test, fix_size_alloc_test(), 0);
	KUNIT_ASSERT_EQ(test, random_size_align_alloc_test(), 0);
	after = nr_free_pages_exact();
	KUNIT_EXPECT_EQ(test, before, after);
}

/* ---- the guard page ---- */

static volatile u8 *overrun_target;

static void overrun_one_byte(void *arg)
{
	overrun_target[PAGE_SIZE] = 0x5a;	/* one past the end */
}

static void vmalloc_guard_page_oops(struct kunit *test)
{
	u8 *p = vmalloc(PAGE_SIZE);
	unsigned long guard = (unsigned long)p + PAGE_SIZE;
	char line[160];
	u64 mark;

	KUNIT_ASSERT_NOT_NULL(test, p);
	overrun_target = p;
	mark = printk_log_pos();
	KUNIT_EXPECT_TRUE(test, run_as_task("overrun", overrun_one_byte, NULL));
	scnprintf(line, sizeof(line),
		  "Unable to handle kernel paging request at virtual address %016lx",
		  guard);
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark, line));
	scnprintf(line, sizeof(line),
		  "vmalloc: address %016lx is in the guard page after area [%016lx-%016lx] allocated by vmalloc_guard_page_oops+0x",
		  guard, (unsigned long)p, guard);
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark, line));
	/* the kernel carries on, and the area is intact */
	p[PAGE_SIZE - 1] = 1;
	KUNIT_EXPECT_EQ(test, p[PAGE_SIZE - 1], 1);
	vfree(p);
}

static void vmalloc_guard_page_fixup(struct kunit *test)
{
	u64 *p = vmalloc(PAGE_SIZE), val = 0;
	u64 mark = printk_log_pos();

	KUNIT_ASSERT_NOT_NULL(test, p);
	p[0] = 0x1122334455667788ULL;
	KUNIT_EXPECT_EQ(test, get_kernel_nofault_u64(&val, p), 0);
	KUNIT_EXPECT_EQ(test, val, 0x1122334455667788ULL);
	KUNIT_EXPECT_EQ(test, get_kernel_nofault_u64(&val, (u8 *)p + PAGE_SIZE),
			-EFAULT);
	KUNIT_EXPECT_FALSE(test, printk_log_contains(mark, "Unable to handle"));
	vfree(p);
	/* after vfree the address is unmapped (and the TLB flushed) */
	KUNIT_EXPECT_EQ(test, get_kernel_nofault_u64(&val, p), -EFAULT);
}

/* ---- the mapping itself ---- */

static void vmalloc_to_page_roundtrip(struct kunit *test)
{
	unsigned int i, n = 7;
	u32 *p = vmalloc(n * PAGE_SIZE);
	struct vm_struct *vm = find_vm_area(p);

	KUNIT_ASSERT_NOT_NULL(test, vm);
	KUNIT_EXPECT_EQ(test, vm->nr_pages, n);
	KUNIT_EXPECT_TRUE(test, vm->flags & VM_ALLOC);
	for (i = 0; i < n; i++) {
		u32 *word = p + i * PAGE_SIZE / sizeof(u32) + 3;
		struct page *page = vmalloc_to_page(word);

		*word = 0xc0de0000 + i;
		KUNIT_EXPECT_PTR_EQ(test, page, vm->pages[i]);
		KUNIT_EXPECT_EQ(test, vmalloc_to_pfn(word), page_to_pfn(page));
		/* the same bytes through the linear map */
		KUNIT_EXPECT_EQ(test, ((u32 *)page_address(page))[3], 0xc0de0000 + i);
	}
	vfree(p);
	KUNIT_EXPECT_NULL(test, find_vm_area(p));
}

static void vmalloc_vzalloc_is_zeroed(struct kunit *test)
{
	u8 *p = vmalloc(2 * PAGE_SIZE);
	unsigned long i, sum = 0;

	KUNIT_ASSERT_NOT_NULL(test, p);
	memset(p, 0xff, 2 * PAGE_SIZE);
	vfree(p);
	p = vzalloc(2 * PAGE_SIZE);
	KUNIT_ASSERT_NOT_NULL(test, p);
	for (i = 0; i < 2 * PAGE_SIZE; i++)
		sum += p[i];
	KUNIT_EXPECT_EQ(test, sum, 0);
	vfree(p);
}

static void vmalloc_vmap_vunmap(struct kunit *test)
{
	struct page *pages[3];
	u8 *v;
	u64 val;
	int i;

	for (i = 0; i < 3; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, pages[i]);
		memset(page_address(pages[i]), 'a' + i, PAGE_SIZE);
	}
	/* in reverse order: contiguous virtually, not physically */
	{ struct page *t = pages[0]; pages[0] = pages[2]; pages[2] = t; }
	v = vmap(pages, 3, VM_MAP, PAGE_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, v);
	KUNIT_EXPECT_EQ(test, v[0], 'c');
	KUNIT_EXPECT_EQ(test, v[PAGE_SIZE], 'b');
	KUNIT_EXPECT_EQ(test, v[3 * PAGE_SIZE - 1], 'a');
	v[PAGE_SIZE + 1] = 'X';
	KUNIT_EXPECT_EQ(test, ((u8 *)page_address(pages[1]))[1], 'X');
	KUNIT_EXPECT_TRUE(test, find_vm_area(v)->flags & VM_MAP);
	vunmap(v);
	KUNIT_EXPECT_EQ(test, get_kernel_nofault_u64(&val, v), -EFAULT);
	/* the pages are still the caller's */
	KUNIT_EXPECT_EQ(test, ((u8 *)page_address(pages[0]))[0], 'c');
	for (i = 0; i < 3; i++)
		__free_page(pages[i]);
}

/* ---- ioremap ---- */

#define UART01x_FR	0x18

static void vmalloc_ioremap_uart(struct kunit *test)
{
	phys_addr_t phys = pl011_console_phys();
	void __iomem *io;
	struct vm_struct *vm;
	pte_t *ptep;
	u32 fr;
	const char *text;

	if (!phys)
		kunit_skip(test, "no PL011 console");
	io = ioremap(phys, PAGE_SIZE);
	KUNIT_ASSERT_NOT_NULL(test, io);
	KUNIT_EXPECT_TRUE(test, is_vmalloc_addr(io));
	vm = find_vm_area(io);
	KUNIT_ASSERT_NOT_NULL(test, vm);
	KUNIT_EXPECT_TRUE(test, vm->flags & VM_IOREMAP);
	KUNIT_EXPECT_EQ(test, vm->phys_addr, phys);
	KUNIT_EXPECT_EQ(test, vmalloc_to_pfn(io), phys >> PAGE_SHIFT);
	KUNIT_EXPECT_NULL(test, vmalloc_to_page(io));
	/* Device-nGnRE, never executable */
	ptep = pte_offset_kernel(pmd_offset(pud_offset(p4d_offset(
		pgd_offset_k((u64)io), (u64)io), (u64)io), (u64)io), (u64)io);
	KUNIT_EXPECT_EQ(test, pte_val(*ptep) & PTE_ATTRINDX_MASK,
			PTE_ATTRINDX(MT_DEVICE_nGnRE));
	KUNIT_EXPECT_TRUE(test, pte_val(*ptep) & PTE_PXN);

	/* a flag register, not memory: reserved bits 31..9 read as zero */
	fr = readl(io + UART01x_FR);
	KUNIT_EXPECT_EQ(test, fr & ~0x1ffu, 0);
	/* the console, through its own ioremap, shows up in vmallocinfo */
	text = test_show_text(vmallocinfo_show, NULL);
	KUNIT_EXPECT_NOT_NULL(test, strstr(text, " pl011_console_remap+0x"));
	KUNIT_EXPECT_NOT_NULL(test, strstr(text, " ioremap\n"));
	iounmap(io);
	KUNIT_EXPECT_EQ(test, vmalloc_to_pfn(io), 0);
}

static struct kunit_case vmalloc_cases[] = {
	KUNIT_CASE(vmalloc_fix_size_alloc),
	KUNIT_CASE(vmalloc_full_fit_alloc),
	KUNIT_CASE(vmalloc_random_size_alloc),
	KUNIT_CASE(vmalloc_fix_align_alloc),
	KUNIT_CASE(vmalloc_random_size_align_alloc),
	KUNIT_CASE(vmalloc_align_shift_alloc_fails),
	KUNIT_CASE(vmalloc_no_leak),
	KUNIT_CASE(vmalloc_guard_page_oops),
	KUNIT_CASE(vmalloc_guard_page_fixup),
	KUNIT_CASE(vmalloc_to_page_roundtrip),
	KUNIT_CASE(vmalloc_vzalloc_is_zeroed),
	KUNIT_CASE(vmalloc_vmap_vunmap),
	KUNIT_CASE(vmalloc_ioremap_uart),
	{}
};

static struct kunit_suite vmalloc_suite = {
	.name = "vmalloc",
	.test_cases = vmalloc_cases,
};
kunit_test_suite(vmalloc_suite);
