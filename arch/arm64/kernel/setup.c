// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/kernel/setup.c - setup_arch(): from "MMU on, nothing known"
 * to "memblock knows all RAM and the final page tables are live".
 * Linux: arch/arm64/kernel/setup.c.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/of_fdt.h>
#include <linux/psci.h>
#include <linux/smp.h>
#include <linux/string.h>
#include <asm/fixmap.h>
#include <asm/mmu.h>
#include <asm/cpu_ops.h>
#include <asm/setup.h>
#include <asm/smp.h>
#include <asm/sysreg.h>
#include <asm/virt.h>

extern char dump_stack_arch_desc_str[128];

void pl011_early_console_setup(phys_addr_t phys);

static void __init setup_machine_fdt(phys_addr_t dt_phys)
{
	int size = 0;
	void *dt_virt = fixmap_remap_fdt(dt_phys, &size, FIXMAP_PAGE_RO);
	const char *name;

	if (!dt_virt || !early_init_dt_scan(dt_virt)) {
		/* No console is up: nothing can be reported, so stop here. */
		for (;;)
			asm volatile("wfe");
	}
	name = of_flat_dt_get_machine_name();
	if (name) {
		scnprintf(dump_stack_arch_desc_str,
			  sizeof(dump_stack_arch_desc_str), "%s (DT)", name);
		pr_info("Machine model: %s\n", name);
	}
}

/* The console is whatever /chosen/stdout-path names, if it is a PL011. */
static void __init setup_earlycon(void)
{
	int node = of_flat_dt_get_stdout_path();
	u64 base, size;

	if (node < 0)
		node = of_flat_dt_find_compatible("arm,pl011");
	if (node < 0 || !of_flat_dt_is_compatible(node, "arm,pl011") ||
	    early_init_dt_get_reg(node, 0, &base, &size))
		return;
	pl011_early_console_setup(base);
}

void __init setup_arch(char **cmdline_p)
{
	u64 midr = read_sysreg(midr_el1);
	u64 mpidr = read_sysreg(mpidr_el1) & MPIDR_HWID_BITMASK;

	early_fixmap_init();
	setup_machine_fdt(__fdt_pointer);
	*cmdline_p = boot_command_line;
	/* Linux registers earlycon from parse_early_param() too */
	parse_early_param();
	setup_earlycon();
	set_cpu_logical_map(0, mpidr);	/* Linux: smp_setup_processor_id() */
	pr_info("Booting tinymm on physical CPU 0x%010llx [0x%08llx]\n",
		(unsigned long long)mpidr, (unsigned long long)midr);
	pr_info("CPU: booted at EL%d\n",
		is_hyp_mode_available() ? 2 : 1);
	arm64_memblock_init();
	paging_init();
	/* nodes, zones and struct pages, now that all RAM is mapped */
	bootmem_init();
	psci_dt_init();
	init_bootcpu_ops();	/* the boot CPU's enable-method */
	smp_init_cpus();	/* the other CPUs of the device tree */
}
