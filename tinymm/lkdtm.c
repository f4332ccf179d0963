// SPDX-License-Identifier: GPL-2.0
/*
 * tinymm/lkdtm.c - provoke crashes on purpose, to see the reports.
 * tinymm's own stand-in for Linux's drivers/misc/lkdtm/ (Linux Kernel Dump
 * Test Module), driven by writing a name to
 * /sys/kernel/debug/provoke-crash/DIRECT; here by the shell command `lkdtm
 * <NAME>` and by the exception self-tests. Same names as Linux's, a subset.
 */
#include <linux/kernel.h>
#include <linux/panic.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <tinymm/lkdtm.h>
#include <tinymm/shell.h>

static const u64 rodata_word = 0x5a5a5a5a;	/* lives in .rodata */
static u32 data_insn[2] = { 0xd65f03c0 /* ret */ };	/* lives in .data */

/* The end: panic() stops the other CPUs and ends the machine. */
noinline void lkdtm_PANIC(void)
{
	panic("dumptest");
}

noinline void lkdtm_BUG(void)
{
	BUG();
}

noinline void lkdtm_WARNING(void)
{
	WARN_ON(1);
}

noinline void lkdtm_EXCEPTION(void)
{
	*(volatile int *)NULL = 0;
}

noinline void lkdtm_ACCESS_NULL(void)
{
	(void)*(volatile u64 *)NULL;
}

noinline void lkdtm_WRITE_RO(void)
{
	*(volatile u64 *)&rodata_word = 0xdeadbeef;
}

noinline void lkdtm_EXEC_DATA(void)
{
	void (*fn)(void) = (void (*)(void))data_insn;

	fn();
}

noinline void lkdtm_UNDEFINED(void)
{
	asm volatile(".inst 0x00000000");	/* permanently undefined */
}

/* An address no table maps: the top of the linear map's range. */
noinline void lkdtm_ACCESS_UNMAPPED(void)
{
	(void)*(volatile u64 *)LKDTM_UNMAPPED_ADDR;
}

struct crashtype {
	const char *name;
	void (*func)(void);
};

static const struct crashtype crashtypes[] = {
	{ "PANIC", lkdtm_PANIC },
	{ "BUG", lkdtm_BUG },
	{ "WARNING", lkdtm_WARNING },
	{ "EXCEPTION", lkdtm_EXCEPTION },
	{ "ACCESS_NULL", lkdtm_ACCESS_NULL },
	{ "WRITE_RO", lkdtm_WRITE_RO },
	{ "EXEC_DATA", lkdtm_EXEC_DATA },
	{ "UNDEFINED", lkdtm_UNDEFINED },
	{ "ACCESS_UNMAPPED", lkdtm_ACCESS_UNMAPPED },
};

static int cmd_lkdtm(int argc, char **argv)
{
	unsigned int i;

	for (i = 0; argc == 2 && i < ARRAY_SIZE(crashtypes); i++) {
		if (!strcmp(argv[1], crashtypes[i].name)) {
			pr_info("lkdtm: Performing direct entry %s\n",
				crashtypes[i].name);
			crashtypes[i].func();
			return 0;
		}
	}
	printk("usage: lkdtm <type>; types:");
	for (i = 0; i < ARRAY_SIZE(crashtypes); i++)
		pr_cont(" %s", crashtypes[i].name);
	pr_cont("\n");
	return -EINVAL;
}
SHELL_CMD("lkdtm", cmd_lkdtm, "provoke a crash: lkdtm EXCEPTION|BUG|WARNING|...");
