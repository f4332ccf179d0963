// SPDX-License-Identifier: GPL-2.0
/*
 * init/main.c - start_kernel(): the order in which memory management comes
 * up. Linux: init/main.c (v5.19).
 *
 *   boot_cpu_init()           the boot CPU: possible, present, online
 *   setup_arch()              memblock, page tables, then bootmem_init():
 *                             nodes, zones, struct pages (free_area_init);
 *                             smp_init_cpus(): the device tree's CPUs
 *   setup_nr_cpu_ids()        nr_cpu_ids = last possible CPU + 1
 *   setup_per_cpu_areas()     a copy of the per-CPU variables per CPU
 *   smp_prepare_boot_cpu()    TPIDR_EL1 = CPU 0's offset
 *   build_all_zonelists()     each node's fallback order of zones
 *   mm_core_init()            mem_init(): memblock hands its free memory to
 *                             the buddy allocator; the "Memory:" line;
 *                             kmem_cache_init(); vmalloc_init()
 *   setup_per_cpu_pageset()   per-CPU page list sizes
 *   init_per_zone_wmark_min() min_free_kbytes and the zone watermarks
 *   fork_init(), rest_init()  tasks: init (pid 1) starts the other CPUs
 *                             (smp_init), probes the UART's interrupt
 *                             (the terminal), runs the self-tests and the
 *                             shell; the boot thread becomes idle
 *
 * Linux 5.19 calls the mm part mm_init(), a static function here; v6.4
 * renamed it mm_core_init(), moved it to mm/mm_init.c and moved
 * build_all_zonelists() into it. init_per_zone_wmark_min() is a
 * postcore_initcall in Linux, run long after setup_per_cpu_pageset();
 * tinymm has no initcalls, so start_kernel() calls it at that point.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/irq.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/percpu.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/smp.h>
#include <linux/string.h>
#include <linux/utsname.h>
#include <linux/sysctl.h>
#include <kunit/test.h>
#include <asm/memory.h>
#include <asm/fixmap.h>
#include <asm/system_misc.h>
#include <tinymm/bench.h>
#include <tinymm/shell.h>

void setup_arch(char **cmdline_p);
void time_init(void);	/* Linux: linux/time.h, arch/arm64/kernel/time.c */
void semihosting_exit(int status);
int pl011_init(void);	/* drivers/tty/serial/amba-pl011.c */
void pl011_console_remap(void);

static char ktest_filter[256];
static bool ktest_exit;

static int __init ktest_setup(char *str)
{
	strscpy(ktest_filter, str, sizeof(ktest_filter));
	return 0;
}
early_param("ktest", ktest_setup);

static int __init ktest_exit_setup(char *str)
{
	ktest_exit = !strcmp(str, "1") || !strcmp(str, "semihosting");
	return 0;
}
early_param("ktest.exit", ktest_exit_setup);

#define MLK(b, t)	(unsigned long long)(b), (unsigned long long)(t), \
			(unsigned long long)(((t) - (b)) >> 10)
#define MLM(b, t)	(unsigned long long)(b), (unsigned long long)(t), \
			(unsigned long long)(((t) - (b)) >> 20)
#define MLG(b, t)	(unsigned long long)(b), (unsigned long long)(t), \
			(unsigned long long)(((t) - (b)) >> 30)

/* As Linux's mem_init() printed it up to v5.0. */
static void __init print_vm_layout(void)
{
	extern char _text[], _etext[], __start_rodata[], __end_rodata[];
	extern char _sdata[], _end[];

	pr_notice("Virtual kernel memory layout:\n");
	pr_notice("    modules : 0x%016llx - 0x%016llx   (%6llu MB)\n",
		  MLM(MODULES_VADDR, MODULES_END));
	pr_notice("    vmalloc : 0x%016llx - 0x%016llx   (%6llu GB)\n",
		  MLG(VMALLOC_START, VMALLOC_END));
	pr_notice("      .text : 0x%016llx - 0x%016llx   (%6llu KB)\n",
		  MLK(_text, _etext));
	pr_notice("    .rodata : 0x%016llx - 0x%016llx   (%6llu KB)\n",
		  MLK(__start_rodata, __end_rodata));
	pr_notice("      .data : 0x%016llx - 0x%016llx   (%6llu KB)\n",
		  MLK(_sdata, _end));
	pr_notice("    fixed   : 0x%016llx - 0x%016llx   (%6llu KB)\n",
		  MLK(FIXADDR_START, FIXADDR_TOP));
	pr_notice("    PCI I/O : 0x%016llx - 0x%016llx   (%6llu MB)\n",
		  MLM(PCI_IO_START, PCI_IO_END));
	pr_notice("    vmemmap : 0x%016llx - 0x%016llx   (%6llu GB maximum)\n",
		  MLG(VMEMMAP_START, VMEMMAP_END));
	pr_notice("    memory  : 0x%016llx - 0x%016llx   (%6llu MB)\n",
		  MLM(__phys_to_virt(memblock_start_of_DRAM()),
		      __phys_to_virt(memblock_end_of_DRAM())));
}

/* Linux 5.19: mm_init() in this file; v6.4+: mm_core_init(), mm/mm_init.c */
void __init mm_core_init(void)
{
	mem_init();
	mem_init_print_info();
	kmem_cache_init();	/* slab: the cache of caches, then kmalloc-* */
	proc_caches_init();	/* VMA and mm_struct caches */
	init_zero_pfn();	/* the shared zero page (an early_initcall) */
	vmalloc_init();		/* the vmap_area trees */
	pl011_console_remap();	/* the console leaves its fixmap slot */
	print_vm_layout();
}

static void run_ktests(void);
static void __noreturn rest_init(void);

/*
 * ktest.exit=1 reports through the exit status: 0 only if every case
 * passed and the filter named nothing that doesn't exist (a mistyped
 * suite must not pass by running nothing).
 */
static void run_ktests(void)
{
	int passed, failed, ret;

	pr_info("ktest: running suites '%s'\n", ktest_filter);
	ret = kunit_run_all_tests(ktest_filter, &passed, &failed);
	pr_info("ktest: %d passed, %d failed\n", passed, failed);
	if (ktest_exit)
		semihosting_exit(ret ? 1 : 0);
}

/*
 * True until start_kernel() first enables interrupts: code that would warn
 * about being called with interrupts off (smp_call_function_*) knows that
 * boot is not a bug. Linux: the same flag.
 */
bool early_boot_irqs_disabled;

void __init start_kernel(void)
{
	char *command_line;

	early_boot_irqs_disabled = true;
	boot_cpu_init();
	pr_notice("%s", linux_banner);
	setup_arch(&command_line);
	setup_nr_cpu_ids();
	setup_per_cpu_areas();
	smp_prepare_boot_cpu();	/* arch-specific boot-cpu hooks */
	build_all_zonelists(NULL);
	pr_notice("Kernel command line: %s\n", command_line);
	parse_args(command_line);
	mm_core_init();
	setup_per_cpu_pageset();
	init_per_zone_wmark_min();	/* postcore_initcall in Linux */
	init_IRQ();			/* the GIC, from the device tree */
	time_init();			/* the arch timer's tick */
	sched_init();			/* the idle task's lazy mm */
	fork_init();			/* the task_struct cache */
	early_boot_irqs_disabled = false;
	local_irq_enable();
	mm_dump_boot();
	rest_init();
}

/*
 * Linux: do_basic_setup() runs the initcalls, where drivers probe; tinymm
 * has none, so the one driver that probes this late is called by name.
 */
static void __init do_basic_setup(void)
{
	pl011_init();	/* the console UART becomes a terminal (ttyAMA0) */
	init_user_reserve();	/* subsys_initcalls of mm/mmap.c */
	init_admin_reserve();
	cpucache_init();	/* slab's reap timers (an initcall of mm/slab.c) */
	init_mm_internals();	/* vmstat's per-CPU folds */
}

/* Linux: the same function, less everything tinymm doesn't have. */
static void __init kernel_init_freeable(void)
{
	smp_prepare_cpus(setup_max_cpus);
	smp_init();
	sched_init_smp();
	do_basic_setup();
}

/*
 * pid 1. In Linux it execs /sbin/init; tinymm's init stays a kernel thread
 * that runs the self-tests, the benchmarks and the shell, and starts user
 * programs from there (call_usermodehelper).
 */
static int kernel_init(void *unused)
{
	kernel_init_freeable();
	do_sysctl_args();	/* sysctl.vm.overcommit_memory=2 ... */
	if (ktest_filter[0])
		run_ktests();
	if (bench_run_boot() && ktest_exit)
		semihosting_exit(0);
	shell_run();
}

/* Linux: rest_init() starts init and kthreadd, then becomes the idle task. */
static void __noreturn rest_init(void)
{
	kernel_thread(kernel_init, NULL, "init", 0);
	cpu_startup_entry();
}
