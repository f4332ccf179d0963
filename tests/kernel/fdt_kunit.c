// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/fdt_kunit.c - the device tree QEMU passed, read back and
 * compared with what the kernel made of it: memory, command line, console,
 * PSCI conduit. (Parser edge cases and corrupt blobs: tests/host/fdt_test.c.)
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/memblock.h>
#include <linux/libfdt.h>
#include <linux/of_fdt.h>
#include <linux/string.h>
#include <kunit/test.h>
#include <asm/sysreg.h>
#include <asm/virt.h>

extern const char *psci_conduit;

static void fdt_header_valid(struct kunit *test)
{
	KUNIT_ASSERT_NOT_NULL(test, initial_boot_params);
	KUNIT_EXPECT_EQ(test, fdt_check_header(initial_boot_params), 0);
	KUNIT_EXPECT_LE(test, fdt_totalsize(initial_boot_params), SZ_1M);
}

/* Every reg of every memory node is in memblock, and nothing else. */
static void fdt_memory_matches_memblock(struct kunit *test)
{
	const void *fdt = initial_boot_params;
	u64 dt_total = 0;
	int node;

	for (node = fdt_next_node(fdt, -1, NULL); node >= 0;
	     node = fdt_next_node(fdt, node, NULL)) {
		const char *type = fdt_getprop(fdt, node, "device_type", NULL);
		u64 base, size;
		int i;

		if (!type || strcmp(type, "memory"))
			continue;
		for (i = 0; !early_init_dt_get_reg(node, i, &base, &size); i++) {
			KUNIT_EXPECT_TRUE(test, memblock_is_region_memory(base, size));
			dt_total += size;
		}
	}
	KUNIT_EXPECT_GT(test, dt_total, 0);
	KUNIT_EXPECT_EQ(test, dt_total, memblock_phys_mem_size());
}

static void fdt_bootargs_match(struct kunit *test)
{
	int chosen = fdt_path_offset(initial_boot_params, "/chosen");
	const char *args;

	KUNIT_ASSERT_GE(test, chosen, 0);
	args = fdt_getprop(initial_boot_params, chosen, "bootargs", NULL);
	KUNIT_EXPECT_STREQ(test, args ? args : "", saved_command_line);
	/* the test run itself is selected on the command line */
	KUNIT_EXPECT_NOT_NULL(test, strstr(saved_command_line, "ktest="));
}

static void fdt_console_is_pl011(struct kunit *test)
{
	int node = of_flat_dt_get_stdout_path();
	u64 base, size;

	KUNIT_ASSERT_GE(test, node, 0);
	KUNIT_EXPECT_TRUE(test, of_flat_dt_is_compatible(node, "arm,pl011"));
	KUNIT_ASSERT_EQ(test, early_init_dt_get_reg(node, 0, &base, &size), 0);
	KUNIT_EXPECT_EQ(test, base, 0x09000000);	/* QEMU virt's UART0 */
	KUNIT_EXPECT_EQ(test, size, 0x1000);
}

/* QEMU uses smc when it emulates EL2 (virtualization=on), else hvc. */
static void fdt_psci_conduit(struct kunit *test)
{
	const char *want = is_hyp_mode_available() ? "smc" : "hvc";

	KUNIT_EXPECT_STREQ(test, psci_conduit, want);
}

static void fdt_machine_name(struct kunit *test)
{
	const char *name = of_flat_dt_get_machine_name();

	KUNIT_ASSERT_NOT_NULL(test, name);
	KUNIT_EXPECT_STREQ(test, name, "linux,dummy-virt");
}

static struct kunit_case fdt_cases[] = {
	KUNIT_CASE(fdt_header_valid),
	KUNIT_CASE(fdt_memory_matches_memblock),
	KUNIT_CASE(fdt_bootargs_match),
	KUNIT_CASE(fdt_console_is_pl011),
	KUNIT_CASE(fdt_psci_conduit),
	KUNIT_CASE(fdt_machine_name),
	{}
};

static struct kunit_suite fdt_suite = {
	.name = "fdt",
	.test_cases = fdt_cases,
};
kunit_test_suite(fdt_suite);
