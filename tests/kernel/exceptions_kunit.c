// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/exceptions_kunit.c - provoke faults and check the reports:
 * the oops text carries the faulting address, the decoded ESR (EC, FSC),
 * the page-table walk and the faulting function in the call trace; the
 * task is killed and the kernel carries on; WARN continues; the exception
 * table turns a fault into -EFAULT; a WARN taints "W" and an oops "D", and
 * the banners show it. Each crash comes from lkdtm, as in Linux's own
 * tests (tools/testing/selftests/lkdtm).
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/debug_locks.h>
#include <linux/kallsyms.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <kunit/test.h>
#include <asm/esr.h>
#include <asm/pgtable.h>
#include <asm/sections.h>
#include <asm/system_misc.h>
#include <asm/uaccess.h>
#include <tinymm/lkdtm.h>
#include <tinymm/test_hooks.h>

static noinline void run_fn(void *fn)
{
	((void (*)(void))fn)();
	asm volatile("");	/* not a tail call: keep run_fn's frame */
}

/* Run fn as a task; true if an oops killed it. Log position in *mark. */
static bool provoke(void (*fn)(void), u64 *mark)
{
	*mark = printk_log_pos();
	return run_as_task("ktest", run_fn, fn);
}

#define EXPECT_LOG(test, mark, text) \
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark, text))

static void exceptions_null_deref_oops(struct kunit *test)
{
	u64 mark;

	KUNIT_ASSERT_TRUE(test, provoke(lkdtm_EXCEPTION, &mark));
	EXPECT_LOG(test, mark, "Unable to handle kernel NULL pointer dereference at virtual address 0000000000000000");
	EXPECT_LOG(test, mark, "  EC = 0x25: DABT (current EL), IL = 32 bits");
	EXPECT_LOG(test, mark, "  FSC = 0x04: level 0 translation fault");
	EXPECT_LOG(test, mark, "  CM = 0, WnR = 1");
	/* address 0 is a user address: walked in the lazily loaded user mm */
	if (current->active_mm == &init_mm)
		EXPECT_LOG(test, mark, "[0000000000000000] user address but active_mm is swapper");
	else
		EXPECT_LOG(test, mark, "user pgtable: 4k pages, 48-bit VAs, pgdp=");
	EXPECT_LOG(test, mark, "Internal error: Oops: 0000000096000044");
	EXPECT_LOG(test, mark, "pc : lkdtm_EXCEPTION+0x");
	EXPECT_LOG(test, mark, "---[ end trace");
}

static void exceptions_backtrace_names_functions(struct kunit *test)
{
	u64 mark;

	KUNIT_ASSERT_TRUE(test, provoke(lkdtm_ACCESS_NULL, &mark));
	EXPECT_LOG(test, mark, "Call trace:\n");
	EXPECT_LOG(test, mark, " lkdtm_ACCESS_NULL+0x");
	EXPECT_LOG(test, mark, " run_fn+0x");
	EXPECT_LOG(test, mark, " run_as_task+0x");
	EXPECT_LOG(test, mark, "WnR = 0");
}

/* The walk printed must be the one in the tables, level by level. */
static void exceptions_kernel_walk(struct kunit *test)
{
	u64 addr = LKDTM_UNMAPPED_ADDR, mark;
	char line[96];

	KUNIT_ASSERT_TRUE(test, provoke(lkdtm_ACCESS_UNMAPPED, &mark));
	scnprintf(line, sizeof(line),
		  "Unable to handle kernel paging request at virtual address %016llx",
		  (unsigned long long)addr);
	EXPECT_LOG(test, mark, line);
	scnprintf(line, sizeof(line), "swapper pgtable: 4k pages, 48-bit VAs, pgdp=%016llx",
		  (unsigned long long)__pa_symbol(swapper_pg_dir));
	EXPECT_LOG(test, mark, line);
	scnprintf(line, sizeof(line), "[%016llx] pgd=%016llx",
		  (unsigned long long)addr,
		  (unsigned long long)pgd_val(*pgd_offset_k(addr)));
	EXPECT_LOG(test, mark, line);
	EXPECT_LOG(test, mark, "level 0 translation fault");
}

/* A hole inside a mapped pmd: the walk goes down to pte=0, level 3. */
static void exceptions_walk_to_pte(struct kunit *test)
{
	u64 addr = PAGE_ALIGN((u64)_end) + PAGE_SIZE, mark, val;
	pmd_t *pmdp = pmd_offset(pud_offset(p4d_offset(pgd_offset_k(addr),
					addr), addr), addr);
	char line[160];

	if (!pmd_table(*pmdp) || pte_val(*pte_offset_kernel(pmdp, addr)))
		kunit_skip(test, "no unmapped page after the image in its pmd");
	mark = printk_log_pos();
	KUNIT_EXPECT_EQ(test, get_kernel_nofault_u64(&val, (void *)addr), -EFAULT);
	/* the fixup path prints nothing: now oops on it for real */
	KUNIT_EXPECT_FALSE(test, printk_log_contains(mark, "Unable to handle"));
	show_pte(addr);
	scnprintf(line, sizeof(line), ", pmd=%016llx, pte=0000000000000000",
		  (unsigned long long)pmd_val(*pmdp));
	EXPECT_LOG(test, mark, line);
}

static void exceptions_write_ro_oops(struct kunit *test)
{
	u64 mark;

	KUNIT_ASSERT_TRUE(test, provoke(lkdtm_WRITE_RO, &mark));
	EXPECT_LOG(test, mark, "Unable to handle kernel write to read-only memory");
	EXPECT_LOG(test, mark, "  FSC = 0x0f: level 3 permission fault");
	EXPECT_LOG(test, mark, "  CM = 0, WnR = 1");
}

static void exceptions_exec_data_oops(struct kunit *test)
{
	u64 mark;

	KUNIT_ASSERT_TRUE(test, provoke(lkdtm_EXEC_DATA, &mark));
	EXPECT_LOG(test, mark, "Unable to handle kernel execute from non-executable memory");
	EXPECT_LOG(test, mark, "  EC = 0x21: IABT (current EL), IL = 32 bits");
	EXPECT_LOG(test, mark, "  FSC = 0x0f: level 3 permission fault");
	/* the data page is readable, so the "instructions" are dumped */
	EXPECT_LOG(test, mark, "Code: ");
}

static void exceptions_bug_oops(struct kunit *test)
{
	u64 mark;

	KUNIT_ASSERT_TRUE(test, provoke(lkdtm_BUG, &mark));
	EXPECT_LOG(test, mark, "------------[ cut here ]------------");
	EXPECT_LOG(test, mark, "kernel BUG at tinymm/lkdtm.c:");
	EXPECT_LOG(test, mark, "Internal error: Oops - BUG: ");
	EXPECT_LOG(test, mark, "pc : lkdtm_BUG+0x");
}

static void exceptions_warn_continues(struct kunit *test)
{
	u64 mark;

	KUNIT_ASSERT_FALSE(test, provoke(lkdtm_WARNING, &mark));
	EXPECT_LOG(test, mark, "WARNING: CPU: 0 PID: ");
	EXPECT_LOG(test, mark, " at tinymm/lkdtm.c:");
	EXPECT_LOG(test, mark, "lkdtm_WARNING+0x");
	KUNIT_EXPECT_FALSE(test, printk_log_contains(mark, "Internal error"));
}

static void exceptions_undefined_oops(struct kunit *test)
{
	u64 mark;

	KUNIT_ASSERT_TRUE(test, provoke(lkdtm_UNDEFINED, &mark));
	EXPECT_LOG(test, mark, "Internal error: Oops - Undefined instruction: 0000000002000000");
	EXPECT_LOG(test, mark, "Code: ");
}

static void exceptions_extable_fixup(struct kunit *test)
{
	u64 mark = printk_log_pos(), val = 1;
	char buf[8];

	KUNIT_EXPECT_EQ(test, get_kernel_nofault_u64(&val, NULL), -EFAULT);
	KUNIT_EXPECT_EQ(test, val, 0);
	KUNIT_EXPECT_EQ(test, copy_from_kernel_nofault(buf,
			(void *)LKDTM_UNMAPPED_ADDR, sizeof(buf)), -EFAULT);
	KUNIT_EXPECT_EQ(test, copy_from_kernel_nofault(buf, _text, 4), 0);
	KUNIT_EXPECT_EQ(test, memcmp(buf, _text, 4), 0);
	KUNIT_EXPECT_FALSE(test, printk_log_contains(mark, "Unable to handle"));
}

static void exceptions_esr_strings(struct kunit *test)
{
	KUNIT_EXPECT_STREQ(test, esr_get_class_string(0x96000044), "DABT (current EL)");
	KUNIT_EXPECT_STREQ(test, esr_get_class_string(0x86000007), "IABT (current EL)");
	KUNIT_EXPECT_STREQ(test, esr_get_class_string(0xf2000800), "BRK (AArch64)");
	KUNIT_EXPECT_STREQ(test, esr_fault_name(0x96000007), "level 3 translation fault");
	KUNIT_EXPECT_STREQ(test, esr_fault_name(0x9600000d), "level 1 permission fault");
}

/* Several oopses in a row: each one killed, the kernel still fine. */
static void exceptions_survives_repeated_oopses(struct kunit *test)
{
	u64 mark;
	int i;

	for (i = 0; i < 5; i++)
		KUNIT_ASSERT_TRUE(test, provoke(lkdtm_EXCEPTION, &mark));
	KUNIT_EXPECT_FALSE(test, provoke(lkdtm_WARNING, &mark));
}

/* dump_stack() (WARN, bad page and slab reports) names its callers. */
static noinline void exc_dump_stack_here(void)
{
	dump_stack();
	asm volatile("");	/* keep this frame: not a tail call */
}

static void exceptions_dump_stack_names_caller(struct kunit *test)
{
	u64 mark = printk_log_pos();

	exc_dump_stack_here();
	EXPECT_LOG(test, mark, "Call trace:\n");
	EXPECT_LOG(test, mark, " exc_dump_stack_here+0x");
	EXPECT_LOG(test, mark, " exceptions_dump_stack_names_caller+0x");
}

/*
 * The padding after a function belongs to it, as in Linux: that is where
 * the return address of a last call to a __noreturn function lies
 * (kernel_init's call of shell_run), and a backtrace must name it.
 */
static void exceptions_kallsyms_padding_belongs_to_function(struct kunit *test)
{
	unsigned long f = (unsigned long)lkdtm_EXCEPTION, size, off, nsize;
	char name[KSYM_NAME_LEN], next[KSYM_NAME_LEN];

	KUNIT_ASSERT_NOT_NULL(test, kallsyms_lookup(f, &size, &off, name));
	KUNIT_EXPECT_STREQ(test, name, "lkdtm_EXCEPTION");
	KUNIT_EXPECT_EQ(test, off, 0UL);
	/* the first byte past its code: still it, unless a symbol starts there */
	KUNIT_ASSERT_NOT_NULL(test, kallsyms_lookup(f + size, &nsize, &off,
						    next));
	if (off == 0)
		kunit_skip(test, "no padding after lkdtm_EXCEPTION");
	KUNIT_EXPECT_STREQ(test, next, "lkdtm_EXCEPTION");
	KUNIT_EXPECT_EQ(test, off, size);
	KUNIT_EXPECT_GT(test, nsize, size);
}

/*
 * The banner text for a taint mask, spelt out from the documented table
 * (Documentation/admin-guide/tainted-kernels.rst): one column per flag,
 * 'G' in the first when clear, blank in the others.
 */
static void taint_text(unsigned long mask, char *buf, size_t size)
{
	static const char letters[] = "PFSRMBUDAWCIOELKXT";
	size_t n, i;

	if (!mask) {
		strscpy(buf, "Not tainted", size);
		return;
	}
	n = scnprintf(buf, size, "Tainted: ");
	for (i = 0; i < sizeof(letters) - 1 && n + 1 < size; i++)
		buf[n++] = mask & (1UL << i) ? letters[i] : i ? ' ' : 'G';
	buf[n] = '\0';
}

/* The banner line of a report made while the taint mask was @mask. */
static void expect_banner(struct kunit *test, u64 mark, unsigned long mask)
{
	char taint[32], line[96];

	taint_text(mask, taint, sizeof(taint));
	scnprintf(line, sizeof(line), "CPU: 0 PID: %d Comm: ktest %s 5.19.0-tinymm #1\n",
		  current->pid, taint);
	EXPECT_LOG(test, mark, line);
}

/*
 * Provoke @fn, killed or not as @killed says: its report's banner shows
 * the taint as it was, then @flag is added, and nothing else. Returns the
 * log position before the report.
 */
static u64 expect_taints(struct kunit *test, void (*fn)(void), bool killed,
			 unsigned int flag)
{
	unsigned long before = get_taint();
	u64 mark;

	KUNIT_EXPECT_EQ(test, provoke(fn, &mark), killed);
	expect_banner(test, mark, before);
	KUNIT_EXPECT_TRUE(test, test_taint(flag));
	KUNIT_EXPECT_EQ(test, get_taint(), before | (1UL << flag));
	return mark;
}

/* A WARN adds W; lock state is still trusted. */
static void exceptions_warn_taints(struct kunit *test)
{
	int locks_on = debug_locks;

	expect_taints(test, lkdtm_WARNING, false, TAINT_WARN);
	KUNIT_EXPECT_EQ(test, debug_locks, locks_on);
}

/* An oops adds D, and lock debugging ends: the dead code's locks are suspect. */
static void exceptions_oops_taints(struct kunit *test)
{
	int locks_on = debug_locks;
	u64 mark = expect_taints(test, lkdtm_EXCEPTION, true, TAINT_DIE);

	KUNIT_EXPECT_EQ(test, debug_locks, 0);
	KUNIT_EXPECT_EQ(test, printk_log_contains(mark,
			"Disabling lock debugging due to kernel taint\n"),
			(bool)locks_on);
	/* and the next report says so */
	mark = printk_log_pos();
	dump_stack();
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark, print_tainted()));
}

static void exceptions_taint_letters(struct kunit *test)
{
	char want[32];

	/* after the two cases above, D and W at least */
	KUNIT_ASSERT_TRUE(test, test_taint(TAINT_DIE) && test_taint(TAINT_WARN));
	taint_text(get_taint(), want, sizeof(want));
	KUNIT_EXPECT_STREQ(test, print_tainted(), want);
	if (get_taint() == ((1UL << TAINT_DIE) | (1UL << TAINT_WARN)))
		KUNIT_EXPECT_STREQ(test, print_tainted(),
				   "Tainted: G      D W        ");
}

static struct kunit_case exceptions_cases[] = {
	KUNIT_CASE(exceptions_null_deref_oops),
	KUNIT_CASE(exceptions_backtrace_names_functions),
	KUNIT_CASE(exceptions_kernel_walk),
	KUNIT_CASE(exceptions_walk_to_pte),
	KUNIT_CASE(exceptions_write_ro_oops),
	KUNIT_CASE(exceptions_exec_data_oops),
	KUNIT_CASE(exceptions_bug_oops),
	KUNIT_CASE(exceptions_warn_continues),
	KUNIT_CASE(exceptions_undefined_oops),
	KUNIT_CASE(exceptions_extable_fixup),
	KUNIT_CASE(exceptions_esr_strings),
	KUNIT_CASE(exceptions_survives_repeated_oopses),
	KUNIT_CASE(exceptions_dump_stack_names_caller),
	KUNIT_CASE(exceptions_kallsyms_padding_belongs_to_function),
	KUNIT_CASE(exceptions_warn_taints),
	KUNIT_CASE(exceptions_oops_taints),
	KUNIT_CASE(exceptions_taint_letters),
	{}
};

static struct kunit_suite exceptions_suite = {
	.name = "exceptions",
	.test_cases = exceptions_cases,
};
kunit_test_suite(exceptions_suite);
