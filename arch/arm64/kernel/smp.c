// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/kernel/smp.c - the CPUs of the machine, as the device tree
 * lists them, and how the boot CPU starts the others. Linux:
 * arch/arm64/kernel/smp.c (smp_init_cpus, of_parse_and_init_cpus,
 * smp_prepare_cpus, __cpu_up, secondary_start_kernel, smp_cpus_done).
 *
 * Each /cpus/cpu@N node names one CPU by its MPIDR (the "reg" property,
 * the value MPIDR_EL1 reads on that CPU) and says how to start it
 * ("enable-method": "psci" on QEMU virt, where the secondaries sit
 * powered off in the firmware until a PSCI CPU_ON call names their
 * MPIDR and an entry point). The boot CPU is logical CPU 0; the others get
 * logical numbers 1, 2, ... in device-tree order (cpu_logical_map).
 *
 * Bring-up, one CPU at a time (kernel/smp.c's smp_init() -> cpu_up()):
 * __cpu_up() leaves the CPU's idle task in secondary_data and asks
 * firmware to start it at secondary_entry (boot/head.S); the CPU turns
 * its MMU on, takes the idle task's stack and calls
 * secondary_start_kernel(), which sets up its GIC CPU interface, prints
 * "CPUn: Booted secondary processor" and marks itself online. The boot
 * CPU waits for that, up to five seconds, then reports the CPU missing.
 *
 * Once smp_init() has brought them all up it marks them active, and from
 * then on each runs tasks from its own run queue (kernel/sched/core.c).
 *
 * IPIs: the GIC driver hands over seven SGIs (set_smp_ipi_range), one per
 * message type; smp_cross_call() raises one on a set of CPUs and
 * do_handle_IPI() acts on it there: IPI_CALL_FUNC runs the queued
 * cross-CPU calls (kernel/smp.c), IPI_RESCHEDULE only interrupts the
 * target's wfi or user code so it notices TIF_NEED_RESCHED (a task was
 * queued there, or its running task must move), IPI_CPU_STOP
 * parks the CPU for good (panic). The timer-broadcast, irq-work, crash
 * and wake-up types exist for the /proc/interrupts rows Linux prints;
 * tinymm never sends them. No hot unplug, no ACPI, no spin-table, no CPU feature
 * checks across CPUs (QEMU gives every vCPU the same model).
 */
#include <linux/kernel.h>
#include <linux/cpuhotplug.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/jiffies.h>
#include <linux/mm_types.h>
#include <linux/of_fdt.h>
#include <linux/panic.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/seq_file.h>
#include <linux/time.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/smp.h>
#include <linux/string.h>
#include <linux/topology.h>
#include <asm/cpu_ops.h>
#include <asm/mmu_context.h>
#include <asm/smp.h>
#include <asm/sysreg.h>
#include <asm/system_misc.h>
#include <asm/virt.h>
#include <tinymm/smp_hooks.h>

/* head.S reads these through the offsets asm/{smp,thread_info}.h give */
BUILD_BUG_ON(offsetof(struct secondary_data, task) != CPU_BOOT_TASK);
BUILD_BUG_ON(offsetof(struct task_struct, thread_info.flags) != TSK_TI_FLAGS);
BUILD_BUG_ON(offsetof(struct task_struct, thread_info.cpu) != TSK_TI_CPU);
BUILD_BUG_ON(offsetof(struct task_struct, stack) != TSK_STACK);

#define INVALID_HWID	ULONG_MAX

static void ipi_setup(int cpu);

/* The idle task (and so the stack) of the CPU being brought up. */
struct secondary_data secondary_data;
/* CPUs that never came online but may still run kernel code. */
int cpus_stuck_in_kernel;

/* MPIDR of each logical CPU found in the device tree. */
u64 __cpu_logical_map[NR_CPUS] = { [0 ... NR_CPUS - 1] = INVALID_HWID };

u64 cpu_logical_map(unsigned int cpu)
{
	return __cpu_logical_map[cpu];
}

static unsigned int cpu_count = 1;	/* the boot CPU, then the others */
static bool bootcpu_valid;

/* Each CPU's own number, read through TPIDR_EL1 (linux/smp.h). */
DEFINE_PER_CPU_READ_MOSTLY(unsigned int, cpu_number);

/*
 * The boot CPU leaves the template for its own unit: from here on every
 * per-CPU access of CPU 0 goes to the copy setup_per_cpu_areas() made.
 */
void __init smp_prepare_boot_cpu(void)
{
	set_my_cpu_offset(per_cpu_offset(smp_processor_id()));
}

/* Linux: of_node_to_nid(); NUMA_NO_NODE if the cpu node names none. */
static int __init of_cpu_node_to_nid(unsigned long node)
{
	const __be32 *prop;
	int len;

	prop = of_get_flat_dt_prop(node, "numa-node-id", &len);
	if (!prop || len != sizeof(*prop))
		return NUMA_NO_NODE;
	return fdt32_ld(prop);
}

/* Two nodes naming one MPIDR: the later one is ignored. */
static bool __init is_mpidr_duplicate(unsigned int cpu, u64 hwid)
{
	unsigned int i;

	for (i = 1; i < cpu && i < NR_CPUS; i++)
		if (cpu_logical_map(i) == hwid)
			return true;
	return false;
}

static int __init of_parse_cpu(unsigned long node, const char *uname,
			       void *data)
{
	const char *type = of_get_flat_dt_prop(node, "device_type", NULL);
	int addr_cells = *(int *)data, len;
	const __be32 *reg;
	u64 hwid;

	if (!type || strcmp(type, "cpu"))
		return 0;
	reg = of_get_flat_dt_prop(node, "reg", &len);
	if (!reg || len < addr_cells * 4) {
		pr_err("cpu node %s: missing reg property\n", uname);
		goto next;
	}
	hwid = of_read_number(reg, addr_cells);
	if (hwid & ~MPIDR_HWID_BITMASK) {
		pr_err("cpu node %s: invalid reg property\n", uname);
		goto next;
	}
	if (is_mpidr_duplicate(cpu_count, hwid)) {
		pr_err("cpu node %s: duplicate cpu reg properties in the DT\n",
		       uname);
		goto next;
	}
	if (hwid == cpu_logical_map(0)) {
		if (bootcpu_valid) {
			pr_err("cpu node %s: duplicate boot cpu reg property in DT\n",
			       uname);
			goto next;
		}
		bootcpu_valid = true;
		early_map_cpu_to_node(0, of_cpu_node_to_nid(node));
		return 0;	/* the boot CPU keeps number 0 */
	}
	if (cpu_count >= NR_CPUS)
		goto next;
	set_cpu_logical_map(cpu_count, hwid);
	early_map_cpu_to_node(cpu_count, of_cpu_node_to_nid(node));
next:
	cpu_count++;	/* counted even when clipped, for the warning */
	return 0;
}

/* The CPU's start-up method, and if it has one it is possible. */
static int __init smp_cpu_setup(int cpu)
{
	const struct cpu_operations *ops;

	if (init_cpu_ops(cpu))
		return -ENODEV;
	ops = get_cpu_ops(cpu);
	if (ops->cpu_init(cpu))
		return -ENODEV;
	set_cpu_possible(cpu, true);
	return 0;
}

/*
 * Called from setup_arch() while the device tree is at hand, after
 * cpu_logical_map(0) = the MPIDR we run on and early parameters
 * (nr_cpus= lowers nr_cpu_ids): number the others, and make those below
 * nr_cpu_ids with a usable enable-method possible.
 */
void __init smp_init_cpus(void)
{
	int cpus = of_get_flat_dt_subnode_by_name(of_get_flat_dt_root(),
						  "cpus");
	const __be32 *prop;
	int addr_cells = 1;
	unsigned int i;

	early_map_cpu_to_node(0, NUMA_NO_NODE);	/* until its cpu node says */
	if (cpus < 0) {
		pr_err("smp: no /cpus node in the device tree\n");
		return;
	}
	prop = of_get_flat_dt_prop(cpus, "#address-cells", NULL);
	if (prop)
		addr_cells = fdt32_ld(prop);
	of_scan_flat_dt_subnodes(cpus, of_parse_cpu, &addr_cells);
	if (cpu_count > nr_cpu_ids)
		pr_warn("Number of cores (%u) exceeds configured maximum of %u - clipping\n",
			cpu_count, nr_cpu_ids);
	if (!bootcpu_valid) {
		pr_err("missing boot CPU MPIDR, not enabling secondaries\n");
		return;
	}
	for (i = 1; i < nr_cpu_ids; i++)
		if (cpu_logical_map(i) != INVALID_HWID && smp_cpu_setup(i))
			set_cpu_logical_map(i, INVALID_HWID);
}

/*
 * Make every possible CPU whose method can start it present (none with
 * maxcpus=0). Runs in pid 1 before smp_init(). Linux also records each
 * CPU's topology and NUMA node here; the node is known since
 * smp_init_cpus().
 */
void __init smp_prepare_cpus(unsigned int max_cpus)
{
	const struct cpu_operations *ops;
	unsigned int cpu;

	if (max_cpus == 0)
		return;
	for_each_possible_cpu(cpu) {
		per_cpu(cpu_number, cpu) = cpu;	/* each in its own copy */
		if (cpu == smp_processor_id())
			continue;
		ops = get_cpu_ops(cpu);
		if (!ops || ops->cpu_prepare(cpu))
			continue;
		set_cpu_present(cpu, true);
	}
}

static int boot_secondary(unsigned int cpu, struct task_struct *idle)
{
	const struct cpu_operations *ops = get_cpu_ops(cpu);

	if (ops->cpu_boot)
		return ops->cpu_boot(cpu);
	return -EOPNOTSUPP;
}

static void update_cpu_boot_status(long val)
{
	WRITE_ONCE(secondary_data.status, val);
	dsb(ishst);	/* seen before the next step */
}

/* How far a CPU that never came online got, as Linux reports it. */
static void report_cpu_stuck(unsigned int cpu)
{
	long status = READ_ONCE(secondary_data.status);

	if (status == CPU_MMU_OFF)
		status = READ_ONCE(__early_cpu_boot_status);
	switch (status & CPU_BOOT_STATUS_MASK) {
	default:
		pr_err("CPU%u: failed in unknown state : 0x%lx\n", cpu, status);
		cpus_stuck_in_kernel++;
		break;
	case CPU_STUCK_IN_KERNEL:
		pr_crit("CPU%u: is stuck in kernel\n", cpu);
		if (status & CPU_STUCK_REASON_NO_GRAN)
			pr_crit("CPU%u: does not support %luK granule\n", cpu,
				PAGE_SIZE / SZ_1K);
		cpus_stuck_in_kernel++;
		break;
	case CPU_PANIC_KERNEL:
		panic("CPU%u detected unsupported configuration\n", cpu);
	}
}

/*
 * __cpu_up - start CPU @cpu on its idle task @idle and wait until it is
 * online. Returns 0, the method's error if firmware refused (reported as
 * "failed to boot"), or -EIO if the CPU did not come online within 5 s
 * (reported, with how far it got). Process context: the boot CPU sleeps
 * a tick at a time while it waits (Linux: wait_for_completion_timeout()
 * on cpu_running, which the new CPU completes).
 */
int __cpu_up(unsigned int cpu, struct task_struct *idle)
{
	unsigned long timeout;
	int ret;

	secondary_data.task = idle;
	update_cpu_boot_status(CPU_MMU_OFF);

	ret = boot_secondary(cpu, idle);
	if (ret) {
		pr_err("CPU%u: failed to boot: %d\n", cpu, ret);
		return ret;
	}
	timeout = jiffies + msecs_to_jiffies(5000);
	while (!cpu_online(cpu) && time_before(jiffies, timeout)) {
		set_current_state(TASK_UNINTERRUPTIBLE);
		schedule_timeout(1);
	}
	if (cpu_online(cpu)) {
		smp_rmb();	/* what it wrote before it was online */
		return 0;
	}

	pr_crit("CPU%u: failed to come online\n", cpu);
	secondary_data.task = NULL;	/* a late starter must not use it */
	dsb(ishst);
	report_cpu_stuck(cpu);
	return -EIO;
}

/*
 * TTBR0 still holds the identity map the CPU turned its MMU on with:
 * point it at the empty reserved table, as every CPU runs kernel code.
 */
static void cpu_uninstall_idmap(void)
{
	cpu_set_reserved_ttbr0();
}

/*
 * secondary_start_kernel - a secondary's first C code, on its idle
 * task's stack with `current` = that task (head.S); interrupts masked.
 * Never returns. It must find its CPU number through the task
 * (task_cpu(current)): nothing per CPU is set up for it before.
 */
void secondary_start_kernel(void)
{
	u64 mpidr = read_sysreg(mpidr_el1) & MPIDR_HWID_BITMASK;
	struct mm_struct *mm = &init_mm;
	unsigned int cpu = task_cpu(current);

	/* All kernel threads share init_mm: hold it as a lazy user. */
	mmgrab(mm);
	current->active_mm = mm;
	cpu_uninstall_idmap();

	tinymm_smp_record_boot(cpu);
	notify_cpu_starting(cpu);	/* its GIC CPU interface, its timer */
	ipi_setup(cpu);

	pr_info("CPU%u: Booted secondary processor 0x%010lx [0x%08x]\n",
		cpu, (unsigned long)mpidr, (u32)read_sysreg(midr_el1));
	update_cpu_boot_status(CPU_BOOT_SUCCESS);
	set_cpu_online(cpu, true);

	/* the idle loop: whatever the scheduler gives this CPU, once active */
	local_irq_enable();
	cpu_startup_entry();
}

/* Did every CPU come in at the same EL? (head.S recorded each.) */
static void __init hyp_mode_check(void)
{
	if (is_hyp_mode_available())
		pr_info("CPU: All CPU(s) started at EL2\n");
	else if (is_hyp_mode_mismatched()) {
		/*
		 * Linux: WARN_TAINT(), a full warning report that taints S
		 * instead of W; tinymm's WARN() always taints W, so it says
		 * the line and taints.
		 */
		pr_warn("CPU: CPUs started in inconsistent modes\n");
		add_taint(TAINT_CPU_OUT_OF_SPEC, LOCKDEP_STILL_OK);
	} else
		pr_info("CPU: All CPU(s) started at EL1\n");
}

/*
 * After smp_init() has brought up what it could. Linux also compares the
 * CPUs' features here (setup_cpu_features) and then patches alternatives;
 * QEMU's vCPUs are identical and tinymm has no alternatives.
 */
void __init smp_cpus_done(unsigned int max_cpus)
{
	pr_info("SMP: Total of %d processors activated.\n", num_online_cpus());
	hyp_mode_check();
}

/* ---- IPIs ---- */

enum ipi_msg_type {
	IPI_RESCHEDULE,
	IPI_CALL_FUNC,
	IPI_CPU_STOP,
	IPI_CPU_CRASH_STOP,
	IPI_TIMER,
	IPI_IRQ_WORK,
	IPI_WAKEUP,
	NR_IPI
};

static int ipi_irq_base;
static int nr_ipi = NR_IPI;
static struct irq_desc *ipi_desc[NR_IPI];

static const char *ipi_types[NR_IPI] = {
	[IPI_RESCHEDULE]	= "Rescheduling interrupts",
	[IPI_CALL_FUNC]		= "Function call interrupts",
	[IPI_CPU_STOP]		= "CPU stop interrupts",
	[IPI_CPU_CRASH_STOP]	= "CPU stop (for crash dump) interrupts",
	[IPI_TIMER]		= "Timer broadcast interrupts",
	[IPI_IRQ_WORK]		= "IRQ work interrupts",
	[IPI_WAKEUP]		= "CPU wake-up interrupts",
};

/* The IPI rows of /proc/interrupts, then "Err:" (kernel/irq/proc.c). */
int arch_show_interrupts(struct seq_file *p, int prec)
{
	unsigned int cpu, i;

	for (i = 0; i < NR_IPI && ipi_desc[i]; i++) {
		seq_printf(p, "%*s%u:%s", prec - 1, "IPI", i,
			   prec >= 4 ? " " : "");
		for_each_online_cpu(cpu)
			seq_printf(p, "%10u ", irq_desc_kstat_cpu(ipi_desc[i], cpu));
		seq_printf(p, "      %s\n", ipi_types[i]);
	}
	seq_printf(p, "%*s: %10lu\n", prec, "Err", irq_err_count);
	return 0;
}

/* How many IPIs of type @ipinr CPU @cpu has taken (tinymm's tests). */
unsigned int smp_ipi_count(unsigned int ipinr, unsigned int cpu)
{
	return ipinr < NR_IPI && ipi_desc[ipinr] ?
	       irq_desc_kstat_cpu(ipi_desc[ipinr], cpu) : 0;
}

static void smp_cross_call(const struct cpumask *target, unsigned int ipinr)
{
	__ipi_send_mask(ipi_desc[ipinr], target);
}

void arch_send_call_function_ipi_mask(const struct cpumask *mask)
{
	smp_cross_call(mask, IPI_CALL_FUNC);
}

void arch_send_call_function_single_ipi(int cpu)
{
	smp_cross_call(cpumask_of(cpu), IPI_CALL_FUNC);
}

void smp_send_reschedule(int cpu)
{
	smp_cross_call(cpumask_of(cpu), IPI_RESCHEDULE);
}

/* IPI_CPU_STOP on the target: offline, everything masked, parked. */
static void __noreturn local_cpu_stop(void)
{
	set_cpu_online(smp_processor_id(), false);
	local_daif_mask();
	for (;;)
		cpu_do_idle();
}

static void do_handle_IPI(int ipinr)
{
	unsigned int cpu = smp_processor_id();

	switch (ipinr) {
	case IPI_RESCHEDULE:
		scheduler_ipi();
		break;
	case IPI_CALL_FUNC:
		generic_smp_call_function_interrupt();
		break;
	case IPI_CPU_STOP:
		local_cpu_stop();
		break;
	default:
		pr_crit("CPU%u: Unknown IPI message 0x%x\n", cpu, ipinr);
		break;
	}
}

static irqreturn_t ipi_handler(int irq, void *data)
{
	do_handle_IPI(irq - ipi_irq_base);
	return IRQ_HANDLED;
}

/* Each CPU enables its own copy of the IPI lines (they are banked). */
static void ipi_setup(int cpu)
{
	int i;

	for (i = 0; i < nr_ipi; i++)
		enable_percpu_irq(ipi_irq_base + i, 0);
}

void __init set_smp_ipi_range(int ipi_base, int n)
{
	int i;

	WARN_ON(n < NR_IPI);
	nr_ipi = min(n, (int)NR_IPI);
	for (i = 0; i < nr_ipi; i++) {
		int err = request_percpu_irq(ipi_base + i, ipi_handler, "IPI",
					     &cpu_number);

		WARN_ON(err);
		ipi_desc[i] = irq_to_desc(ipi_base + i);
		irq_set_status_flags(ipi_base + i, IRQ_HIDDEN);
	}
	ipi_irq_base = ipi_base;
	ipi_setup(smp_processor_id());	/* the boot CPU; the others as they start */
}

/*
 * Stop every other online CPU (panic, power off): IPI_CPU_STOP, then up
 * to a second for them to go offline. Linux also has a crash-dump stop
 * and an NMI fallback; tinymm has neither.
 */
void smp_send_stop(void)
{
	struct cpumask mask;
	u64 end;

	if (num_online_cpus() <= 1 || !ipi_desc[IPI_CPU_STOP])
		return;
	mask = *cpu_online_mask;
	cpumask_clear_cpu(smp_processor_id(), &mask);
	pr_crit("SMP: stopping secondary CPUs\n");
	smp_cross_call(&mask, IPI_CPU_STOP);
	/* the counter, not jiffies: interrupts may be off here */
	end = local_clock() + NSEC_PER_SEC;
	while (num_online_cpus() > 1 && local_clock() < end)
		cpu_relax();
	if (num_online_cpus() > 1)
		pr_warn("SMP: failed to stop secondary CPUs\n");
}
