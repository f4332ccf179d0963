// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/clocksource/arm_arch_timer.c - the periodic tick from the Arm
 * generic timer: HZ times a second a per-CPU interrupt (a GIC PPI)
 * arrives, the handler adds to jiffies and arms the next one.
 * Linux: drivers/clocksource/arm_arch_timer.c; the tick side from
 * kernel/time/tick-common.c (tick_handle_periodic), timer.c (jiffies),
 * timekeeping.c (do_timer); time_init() from arch/arm64/kernel/time.c.
 *
 * Each CPU has several timers over one system counter: EL1 physical
 * (CNTP_*, PPI 30 = 16 + 14), EL1 virtual (CNTV_*, PPI 27 = 16 + 11,
 * counting CNTVCT = CNTPCT - CNTVOFF_EL2), and EL2's own. A timer fires
 * when the counter reaches its compare value CVAL (TVAL is a 32-bit
 * "CVAL - now" view of the same register). Which one Linux uses follows
 * arch_timer_select_ppi(): the virtual timer if the kernel was entered at
 * EL1; the EL1 physical one if it was entered at EL2, leaving the virtual
 * timer to KVM's guests. tinymm does the same, so the QEMU matrix runs
 * both (virtualization=off: CNTV, PPI 27; =on: CNTP, PPI 30).
 *
 * Simplified: no clockevents framework or one-shot/NO_HZ modes - the tick
 * is always periodic; the next compare value is the last one plus one
 * period (never drifts), and ticks lost while interrupts were masked are
 * added at once, as tick_do_update_jiffies64() does. No memory-mapped
 * timers, no errata workarounds, no clocksource/sched_clock (printk
 * timestamps read the counter directly, arch/arm64/kernel/time.c).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/irq.h>
#include <linux/cpuhotplug.h>
#include <linux/jiffies.h>
#include <linux/sched.h>
#include <linux/percpu.h>
#include <linux/timer.h>
#include <linux/of_fdt.h>
#include <clocksource/arm_arch_timer.h>
#include <asm/sysreg.h>
#include <asm/virt.h>


volatile unsigned long jiffies = INITIAL_JIFFIES;

static u32 arch_timer_rate;
static unsigned int arch_timer_ppi[ARCH_TIMER_MAX_TIMER_PPI];
static enum arch_timer_ppi_nr arch_timer_uses_ppi = ARCH_TIMER_VIRT_PPI;
static struct clock_event_device __percpu *arch_timer_evt;
static u64 tick_period;		/* counter cycles per jiffy */

static bool arch_timer_uses_virt(void)
{
	return arch_timer_uses_ppi == ARCH_TIMER_VIRT_PPI;
}

u32 arch_timer_get_rate(void)
{
	return arch_timer_rate;
}

unsigned int arch_timer_tick_irq(void)
{
	return arch_timer_ppi[arch_timer_uses_ppi];
}

enum arch_timer_ppi_nr arch_timer_tick_ppi(void)
{
	return arch_timer_uses_ppi;
}

/* The counter the chosen timer compares against. */
u64 arch_timer_read_counter(void)
{
	isb();		/* don't read it early, out of order */
	return arch_timer_uses_virt() ? read_sysreg(cntvct_el0) :
					read_sysreg(cntpct_el0);
}

static u64 arch_timer_reg_read_ctrl(void)
{
	return arch_timer_uses_virt() ? read_sysreg(cntv_ctl_el0) :
					read_sysreg(cntp_ctl_el0);
}

static void arch_timer_reg_write_ctrl(u64 ctrl)
{
	if (arch_timer_uses_virt())
		write_sysreg(ctrl, cntv_ctl_el0);
	else
		write_sysreg(ctrl, cntp_ctl_el0);
	isb();
}

static void arch_timer_reg_write_cval(u64 cval)
{
	if (arch_timer_uses_virt())
		write_sysreg(cval, cntv_cval_el0);
	else
		write_sysreg(cval, cntp_cval_el0);
}

/* Arm the timer for counter value @evt (absolute), unmasked. */
static int arch_timer_set_next_event(unsigned long evt,
				     struct clock_event_device *clk)
{
	u64 ctrl = arch_timer_reg_read_ctrl();

	ctrl |= ARCH_TIMER_CTRL_ENABLE;
	ctrl &= ~ARCH_TIMER_CTRL_IT_MASK;
	arch_timer_reg_write_cval(evt);
	arch_timer_reg_write_ctrl(ctrl);
	return 0;
}

/* Linux: kernel/time/timekeeping.c; also wall time and load average. */
void do_timer(unsigned long ticks)
{
	jiffies += ticks;
}

/*
 * The CPU whose tick advances jiffies. Linux hands the duty to whichever
 * CPU sets up its tick first and, with NO_HZ, moves it when that CPU
 * idles; with a periodic tick on every CPU, the boot CPU keeps it here.
 */
unsigned int tick_do_timer_cpu;

/*
 * The tick, on each CPU: count every period that has passed (one, unless
 * interrupts were masked for longer than a period) and arm the next.
 */
static void tick_handle_periodic(struct clock_event_device *evt)
{
	u64 now = arch_timer_read_counter();
	unsigned long ticks = 0;

	do {
		evt->next_event += tick_period;
		ticks++;
	} while ((s64)(evt->next_event - now) <= 0);
	if (smp_processor_id() == tick_do_timer_cpu)
		do_timer(ticks);
	update_process_times(0);
	evt->set_next_event(evt->next_event, evt);
}

/*
 * Linux: kernel/time/timer.c; also the process's CPU time accounting.
 * Linux raises TIMER_SOFTIRQ here; tinymm runs the due timers at once.
 */
void update_process_times(int user_tick)
{
	run_local_timers();
	scheduler_tick();
}

/*
 * The timer's output is a level: it stays asserted while the counter is
 * past CVAL. Mask it in the timer itself before returning, or the GIC
 * would deliver it again at once; set_next_event() unmasks it.
 */
static irqreturn_t timer_handler(struct clock_event_device *evt)
{
	u64 ctrl = arch_timer_reg_read_ctrl();

	if (ctrl & ARCH_TIMER_CTRL_IT_STAT) {
		ctrl |= ARCH_TIMER_CTRL_IT_MASK;
		arch_timer_reg_write_ctrl(ctrl);
		evt->event_handler(evt);
		return IRQ_HANDLED;
	}
	return IRQ_NONE;
}

static irqreturn_t arch_timer_handler_virt(int irq, void *dev_id)
{
	return timer_handler(dev_id);
}

static irqreturn_t arch_timer_handler_phys(int irq, void *dev_id)
{
	return timer_handler(dev_id);
}

/*
 * Linux: arch_timer_starting_cpu(), run by each CPU as it comes up: its
 * own clock event device and its own copy of the PPI enabled.
 */
static int arch_timer_starting_cpu(unsigned int cpu)
{
	struct clock_event_device *clk = this_cpu_ptr(arch_timer_evt);

	clk->name = "arch_sys_timer";
	clk->irq = arch_timer_ppi[arch_timer_uses_ppi];
	clk->set_next_event = arch_timer_set_next_event;
	clk->event_handler = tick_handle_periodic;
	clk->next_event = arch_timer_read_counter() + tick_period;
	clk->set_next_event(clk->next_event, clk);
	enable_percpu_irq(clk->irq, IRQ_TYPE_NONE);	/* type from the DT */
	return 0;
}

/* Linux's arch_timer_select_ppi() for arm64. */
static enum arch_timer_ppi_nr arch_timer_select_ppi(void)
{
	bool hyp_mode_available = is_hyp_mode_available();

	if (!hyp_mode_available && arch_timer_ppi[ARCH_TIMER_VIRT_PPI])
		return ARCH_TIMER_VIRT_PPI;
	return ARCH_TIMER_PHYS_NONSECURE_PPI;
}

int __init arch_timer_of_init(unsigned long node)
{
	const __be32 *prop;
	unsigned int irq;
	int i, len, ret;

	prop = of_get_flat_dt_prop(node, "clock-frequency", &len);
	arch_timer_rate = prop ? fdt32_ld(prop) : read_sysreg(cntfrq_el0);
	if (!arch_timer_rate) {
		pr_warn("arch_timer: frequency not available\n");
		return -EINVAL;
	}
	for (i = ARCH_TIMER_PHYS_SECURE_PPI; i < ARCH_TIMER_MAX_TIMER_PPI; i++)
		arch_timer_ppi[i] = irq_of_parse_and_map(node, i);
	arch_timer_uses_ppi = arch_timer_select_ppi();
	irq = arch_timer_ppi[arch_timer_uses_ppi];
	if (!irq) {
		pr_err("arch_timer: no interrupt for the %s timer\n",
		       arch_timer_uses_virt() ? "virt" : "phys");
		return -EINVAL;
	}
	tick_period = arch_timer_rate / HZ;

	arch_timer_evt = alloc_percpu(struct clock_event_device);
	if (!arch_timer_evt)
		return -ENOMEM;
	ret = request_percpu_irq(irq, arch_timer_uses_virt() ?
				 arch_timer_handler_virt :
				 arch_timer_handler_phys,
				 "arch_timer", arch_timer_evt);
	if (ret) {
		pr_err("arch_timer: can't register interrupt %u (%d)\n", irq,
		       ret);
		return ret;
	}
	pr_info("arch_timer: cp15 timer(s) running at %lu.%02luMHz (%s).\n",
		(unsigned long)arch_timer_rate / 1000000,
		(unsigned long)(arch_timer_rate / 10000) % 100,
		arch_timer_uses_virt() ? "virt" : "phys");
	arch_timer_starting_cpu(smp_processor_id());
	cpuhp_setup_state_nocalls(CPUHP_AP_ARM_ARCH_TIMER_STARTING,
				  "clockevents/arm/arch_timer:starting",
				  arch_timer_starting_cpu, NULL);
	return 0;
}

void __init time_init(void)
{
	int node = of_flat_dt_find_compatible("arm,armv8-timer");

	if (node < 0) {
		pr_err("time_init: no arm,armv8-timer node: no tick\n");
		return;
	}
	arch_timer_of_init(node);
}
