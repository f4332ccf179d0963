// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/kallsyms_host.c - a stand-in for kernel/kallsyms.c in the host
 * tests, so %pS, %ps and %pB can be checked against exact strings.
 *
 * The kernel's table is generated from the linked image; here it is a
 * hand-written table of a few real functions of this file, with sizes we
 * choose. The functions are aligned to 64 bytes and declared 0x40 long, so
 * their [start, start + size) ranges cannot overlap wherever the linker
 * puts them, and "kallsyms_host_alpha+0x24/0x40" is a known answer.
 * The test declares the functions it uses (tests/host/vsprintf_test.c).
 */
#include <string.h>
#include <linux/kernel.h>
#include <linux/kallsyms.h>

#define FAKE_SYMBOL_SIZE	0x40

noinline __aligned(64) int kallsyms_host_alpha(int x)
{
	return x * 3 + 1;
}

noinline __aligned(64) int kallsyms_host_beta(int x)
{
	return x ^ 0x5a;
}

noinline __aligned(64) int kallsyms_host_gamma(int x)
{
	return x - 7;
}

struct host_ksym {
	const char *name;
	int (*func)(int);
};

static const struct host_ksym host_ksyms[] = {
	{ "kallsyms_host_alpha", kallsyms_host_alpha },
	{ "kallsyms_host_beta", kallsyms_host_beta },
	{ "kallsyms_host_gamma", kallsyms_host_gamma },
};

const char *kallsyms_lookup(unsigned long addr, unsigned long *symbolsize,
			    unsigned long *offset, char *namebuf)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(host_ksyms); i++) {
		unsigned long start = (unsigned long)host_ksyms[i].func;

		if (addr - start >= FAKE_SYMBOL_SIZE)
			continue;
		if (symbolsize)
			*symbolsize = FAKE_SYMBOL_SIZE;
		if (offset)
			*offset = addr - start;
		strncpy(namebuf, host_ksyms[i].name, KSYM_NAME_LEN - 1);
		namebuf[KSYM_NAME_LEN - 1] = '\0';
		return namebuf;
	}
	return NULL;
}

unsigned long kallsyms_lookup_name(const char *name)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(host_ksyms); i++)
		if (!strcmp(host_ksyms[i].name, name))
			return (unsigned long)host_ksyms[i].func;
	return 0;
}
