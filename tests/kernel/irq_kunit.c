// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/irq_kunit.c - interrupts for real: the GIC and the arch
 * timer as start_kernel() left them (interrupts on, HZ ticks).
 * Linux counterpart: none as a KUnit suite (kernel/irq/irq_test.c tests
 * descriptors with a fake chip); this one drives the QEMU GIC itself.
 *
 *  - jiffies advances about HZ per second of counter time, and each tick
 *    is counted in the timer's descriptor;
 *  - an interrupt raised under local_irq_save() waits at the CPU
 *    (ISR_EL1.I) and is taken at local_irq_restore(), with the lost ticks
 *    caught up;
 *  - a spare SPI made pending by software (GICD_ISPENDR) reaches a
 *    request_irq() handler in hard-IRQ context, is held back by
 *    disable_irq() and delivered by enable_irq();
 *  - an interrupt nobody mapped is reported ("unexpected IRQ trap"), a
 *    per-CPU one (a PPI; an SGI on GICv2 with several CPUs) without
 *    handler is reported and masked ("Spurious and
 *    unmasked percpu IRQ"), and a storm nobody handles is disabled after
 *    100,000 ("nobody cared"); the kernel carries on in each case.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/errno.h>
#include <linux/irq.h>
#include <linux/jiffies.h>
#include <linux/string.h>
#include <kunit/test.h>
#include <clocksource/arm_arch_timer.h>
#include <asm/sysreg.h>
#include <asm/virt.h>
#include <asm/system_misc.h>
#include <tinymm/test_hooks.h>


#define ISR_EL1_I	(1UL << 7)	/* an IRQ is pending at this CPU */

static u64 counter(void)
{
	isb();
	return read_sysreg(cntvct_el0);
}

static u64 ms_to_cycles(unsigned int ms)
{
	return read_sysreg(cntfrq_el0) * ms / 1000;
}

/*
 * Spin until cond or @ms of counter time; the value of cond at the end.
 * The counter is wall-clock time; on a loaded host QEMU's vCPU may not run
 * for tens of ms, so the limits are generous (a passing wait ends early).
 */
#define wait_for(cond, ms) ({						\
	u64 __end = counter() + ms_to_cycles(ms);			\
	while (!(cond) && counter() < __end)				\
		cpu_relax();						\
	(cond);								\
})

static void spin_ms(unsigned int ms)
{
	u64 end = counter() + ms_to_cycles(ms);

	while (counter() < end)
		cpu_relax();
}

static int irq_test_init(struct kunit *test)
{
	if (!irq_get_default_host() || !arch_timer_tick_irq()) {
		KUNIT_FAIL(test, "no GIC or no tick: init_IRQ/time_init failed");
		return -ENODEV;
	}
	KUNIT_EXPECT_FALSE(test, irqs_disabled());
	return 0;
}

/* hwirqs of spare lines no QEMU virt device drives */
static irq_hw_number_t spare_spi(unsigned int n)
{
	return irq_get_default_host()->hwirq_max - 1 - n;
}

#define SPARE_PPI_HWIRQ	(16 + 2)	/* PPI 2: unused on virt */

/*
 * jiffies counts timer periods of the counter: after any wait, the ticks
 * added equal the counter's elapsed periods (a late interrupt catches up
 * the ones it missed). The wait is bounded but generous, so a slow or
 * busy host can only make the case take longer, never fail it.
 */
static void irq_jiffies_advance_at_hz(struct kunit *test)
{
	unsigned int tick = arch_timer_tick_irq();
	u64 period = arch_timer_get_rate() / HZ;
	unsigned long j0, dj;
	unsigned int k0, dk;
	u64 c0, dc;

	KUNIT_ASSERT_GT(test, period, 0);
	/* start right after a tick, so the counter and jiffies line up */
	j0 = jiffies;
	KUNIT_ASSERT_TRUE(test, wait_for(jiffies != j0, 5000));
	j0 = jiffies;
	c0 = counter();
	k0 = kstat_irqs_cpu(tick, smp_processor_id());
	KUNIT_ASSERT_TRUE(test, wait_for(jiffies - j0 >= HZ / 10, 5000));
	dj = jiffies - j0;
	dc = counter() - c0;
	dk = kstat_irqs_cpu(tick, smp_processor_id()) - k0;
	/* within a tick or two of the counter's own count of periods */
	KUNIT_EXPECT_LE(test, dj, dc / period + 2);
	KUNIT_EXPECT_GE(test, dj + 2, dc / period);
	/* every interrupt here is a tick; a late one may stand for several */
	KUNIT_EXPECT_GE(test, dk, 1);
	KUNIT_EXPECT_LE(test, dk, dj + 1);
	KUNIT_EXPECT_TRUE(test, time_after(jiffies, INITIAL_JIFFIES));
}

static void irq_timer_descriptor(struct kunit *test)
{
	unsigned int tick = arch_timer_tick_irq();
	struct irq_desc *desc = irq_to_desc(tick);
	irq_hw_number_t hw = arch_timer_tick_ppi() == ARCH_TIMER_VIRT_PPI ?
			     27 : 30;
	unsigned int k0;

	KUNIT_ASSERT_NOT_NULL(test, desc);
	/* virt timer when entered at EL1, phys when at EL2 (as Linux) */
	KUNIT_EXPECT_EQ(test, arch_timer_tick_ppi(),
			is_hyp_mode_available() ?
			ARCH_TIMER_PHYS_NONSECURE_PPI : ARCH_TIMER_VIRT_PPI);
	KUNIT_EXPECT_EQ(test, desc->irq_data.hwirq, hw);
	KUNIT_EXPECT_EQ(test, irq_find_mapping(NULL, hw), tick);
	KUNIT_EXPECT_TRUE(test, irqd_is_per_cpu(&desc->irq_data));
	KUNIT_EXPECT_TRUE(test, irqd_is_level_type(&desc->irq_data));
	KUNIT_EXPECT_TRUE(test, desc->handle_irq == handle_percpu_devid_irq);
	KUNIT_ASSERT_NOT_NULL(test, desc->action);
	KUNIT_EXPECT_STREQ(test, desc->action->name, "arch_timer");

	k0 = desc->kstat_irqs[0];
	KUNIT_EXPECT_TRUE(test, wait_for(desc->kstat_irqs[0] >= k0 + 3, 2000));
}

/*
 * Every online CPU takes its own tick (its copy of the PPI, enabled by
 * arch_timer_starting_cpu() on that CPU), counted in its own column.
 */
static void irq_timer_ticks_on_every_cpu(struct kunit *test)
{
	struct irq_desc *desc = irq_to_desc(arch_timer_tick_irq());
	unsigned int k0[NR_CPUS], cpu;

	KUNIT_ASSERT_NOT_NULL(test, desc);
	for_each_online_cpu(cpu)
		k0[cpu] = irq_desc_kstat_cpu(desc, cpu);
	for_each_online_cpu(cpu)
		KUNIT_EXPECT_TRUE(test, wait_for(irq_desc_kstat_cpu(desc, cpu) >=
						 k0[cpu] + 3, 2000));
}

static void irq_masked_until_restore(struct kunit *test)
{
	unsigned int tick = arch_timer_tick_irq();
	unsigned long flags, j0, j1;
	unsigned int k0, k1;
	bool pending;

	local_irq_save(flags);
	j0 = jiffies;
	k0 = kstat_irqs_cpu(tick, smp_processor_id());
	spin_ms(35);			/* three and a half ticks */
	pending = read_sysreg(isr_el1) & ISR_EL1_I;
	j1 = jiffies;
	k1 = kstat_irqs_cpu(tick, smp_processor_id());
	local_irq_restore(flags);
	isb();				/* the IRQ is taken here */

	KUNIT_EXPECT_EQ(test, k1, k0);
	KUNIT_EXPECT_EQ(test, j1, j0);
	KUNIT_EXPECT_TRUE(test, pending);
	KUNIT_EXPECT_TRUE(test, wait_for(kstat_irqs_cpu(tick, smp_processor_id()) > k1,
					 2000));
	/* the ticks that passed while masked are counted at once */
	KUNIT_EXPECT_GE(test, jiffies - j0, 3);
}

struct spi_ctx {
	unsigned int calls;
	bool in_hardirq;
	bool irqs_were_off;
	void *dev_id;
	irqreturn_t ret;
	bool repend;		/* make ourselves pending again: a storm */
	unsigned int irq;
};

static irqreturn_t spi_handler(int irq, void *dev_id)
{
	struct spi_ctx *ctx = dev_id;

	ctx->calls++;
	ctx->in_hardirq = in_hardirq();
	ctx->irqs_were_off = irqs_disabled();
	ctx->dev_id = dev_id;
	ctx->irq = irq;
	if (ctx->repend)
		irq_set_irqchip_state(irq, IRQCHIP_STATE_PENDING, true);
	return ctx->ret;
}

static void irq_spi_request_pending_disable(struct kunit *test)
{
	unsigned int irq = irq_create_mapping(NULL, spare_spi(0));
	struct spi_ctx ctx = { .ret = IRQ_HANDLED };
	struct irq_desc *desc;
	bool state;

	KUNIT_ASSERT_NE(test, irq, 0);
	desc = irq_to_desc(irq);
	KUNIT_EXPECT_TRUE(test, desc->handle_irq == handle_fasteoi_irq);
	KUNIT_ASSERT_EQ(test, request_irq(irq, spi_handler,
					  IRQF_TRIGGER_RISING, "irq_kunit",
					  &ctx), 0);
	KUNIT_EXPECT_FALSE(test, irqd_is_level_type(&desc->irq_data));

	/* software raises the line: the handler runs, in hard-IRQ context */
	KUNIT_ASSERT_EQ(test, irq_set_irqchip_state(irq, IRQCHIP_STATE_PENDING,
						    true), 0);
	KUNIT_EXPECT_TRUE(test, wait_for(ctx.calls == 1, 2000));
	KUNIT_EXPECT_TRUE(test, ctx.in_hardirq);
	KUNIT_EXPECT_TRUE(test, ctx.irqs_were_off);
	KUNIT_EXPECT_PTR_EQ(test, ctx.dev_id, &ctx);
	KUNIT_EXPECT_EQ(test, ctx.irq, irq);
	KUNIT_EXPECT_EQ(test, kstat_irqs_usr(irq), 1);
	KUNIT_EXPECT_FALSE(test, in_hardirq());

	/* disabled: it stays pending in the GIC, nothing runs... */
	disable_irq(irq);
	disable_irq(irq);
	irq_set_irqchip_state(irq, IRQCHIP_STATE_PENDING, true);
	spin_ms(5);
	KUNIT_EXPECT_EQ(test, ctx.calls, 1);
	KUNIT_EXPECT_EQ(test, irq_get_irqchip_state(irq, IRQCHIP_STATE_PENDING,
						    &state), 0);
	KUNIT_EXPECT_TRUE(test, state);
	KUNIT_EXPECT_EQ(test, irq_get_irqchip_state(irq, IRQCHIP_STATE_MASKED,
						    &state), 0);
	KUNIT_EXPECT_TRUE(test, state);
	/* ...until the last of the nested disables is undone */
	enable_irq(irq);
	spin_ms(5);
	KUNIT_EXPECT_EQ(test, ctx.calls, 1);
	enable_irq(irq);
	KUNIT_EXPECT_TRUE(test, wait_for(ctx.calls == 2, 2000));

	KUNIT_EXPECT_STREQ(test, (const char *)free_irq(irq, &ctx),
			   "irq_kunit");
	KUNIT_EXPECT_NULL(test, desc->action);
	irq_set_irqchip_state(irq, IRQCHIP_STATE_PENDING, true);
	spin_ms(5);
	KUNIT_EXPECT_EQ(test, ctx.calls, 2);	/* masked by free_irq */
	irq_set_irqchip_state(irq, IRQCHIP_STATE_PENDING, false);
	irq_dispose_mapping(irq);
	KUNIT_EXPECT_EQ(test, irq_find_mapping(NULL, spare_spi(0)), 0);
}

static irqreturn_t dummy_handler(int irq, void *dev_id)
{
	return IRQ_HANDLED;
}

static void irq_request_errors(struct kunit *test)
{
	unsigned int irq = irq_create_mapping(NULL, spare_spi(1));
	int a, b;
	u64 mark;

	KUNIT_ASSERT_NE(test, irq, 0);
	KUNIT_EXPECT_EQ(test, request_irq(0, dummy_handler, 0, "x", &a),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, request_irq(NR_IRQS + 1, dummy_handler, 0, "x",
					  &a), -EINVAL);
	/* a per-CPU line wants request_percpu_irq() */
	KUNIT_EXPECT_EQ(test, request_irq(arch_timer_tick_irq(), dummy_handler,
					  0, "x", &a), -EINVAL);
	KUNIT_EXPECT_EQ(test, request_irq(irq, dummy_handler, IRQF_SHARED,
					  "a", NULL), -EINVAL);

	KUNIT_ASSERT_EQ(test, request_irq(irq, dummy_handler, 0, "a", &a), 0);
	mark = printk_log_pos();
	KUNIT_EXPECT_EQ(test, request_irq(irq, dummy_handler, 0, "b", &b),
			-EBUSY);
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark, "Flags mismatch irq"));
	free_irq(irq, &a);

	/* shared: both handlers, one line, listed in /proc/interrupts */
	KUNIT_ASSERT_EQ(test, request_irq(irq, dummy_handler, IRQF_SHARED,
					  "irq_kunit_a", &a), 0);
	KUNIT_ASSERT_EQ(test, request_irq(irq, dummy_handler, IRQF_SHARED,
					  "irq_kunit_b", &b), 0);
	irq_set_irqchip_state(irq, IRQCHIP_STATE_PENDING, true);
	KUNIT_EXPECT_TRUE(test, wait_for(kstat_irqs_usr(irq) == 1, 2000));
	KUNIT_EXPECT_NOT_NULL(test, strstr(test_show_text(show_interrupts, NULL),
					   "  irq_kunit_a, irq_kunit_b\n"));

	/* enable without disable: a warning, and the line stays enabled */
	mark = printk_log_pos();
	enable_irq(irq);
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark,
					"Unbalanced enable for IRQ"));
	KUNIT_EXPECT_EQ(test, irq_to_desc(irq)->depth, 0);

	free_irq(irq, &a);
	KUNIT_EXPECT_NOT_NULL(test, irq_to_desc(irq)->action);
	free_irq(irq, &b);
	KUNIT_EXPECT_EQ(test, irq_to_desc(irq)->depth, 1);
	irq_dispose_mapping(irq);
}

static void irq_proc_interrupts_format(struct kunit *test)
{
	struct irq_desc *desc = irq_to_desc(arch_timer_tick_irq());
	const char *text;
	char line[96];

	KUNIT_ASSERT_NOT_NULL(test, desc);
	text = test_show_text(show_interrupts, NULL);
	KUNIT_EXPECT_NOT_NULL(test, strstr(text, "           CPU0"));
	/* " 11:       1234      GICv2  27 Level     arch_timer", as Linux */
	snprintf(line, sizeof(line), "\n%3u: ", arch_timer_tick_irq());
	KUNIT_EXPECT_NOT_NULL(test, strstr(text, line));
	snprintf(line, sizeof(line), "  %8s %3lu Level     arch_timer\n",
		 desc->irq_data.chip->name, desc->irq_data.hwirq);
	KUNIT_EXPECT_NOT_NULL(test, strstr(text, line));
	KUNIT_EXPECT_NOT_NULL(test, strstr(text, "Err: "));
}

/*
 * A line nobody mapped: poke the GIC through a copy of the descriptor's
 * chip data, after the mapping is gone, as a device would raise it.
 */
static void irq_unmapped_is_unexpected_trap(struct kunit *test)
{
	irq_hw_number_t hw = spare_spi(2);
	unsigned int irq = irq_create_mapping(NULL, hw);
	unsigned long err0 = irq_err_count;
	struct irq_data hwdata;
	char msg[64];
	u64 mark;

	KUNIT_ASSERT_NE(test, irq, 0);
	hwdata = *irq_get_irq_data(irq);
	irq_dispose_mapping(irq);
	KUNIT_ASSERT_EQ(test, irq_find_mapping(NULL, hw), 0);

	mark = printk_log_pos();
	hwdata.chip->irq_unmask(&hwdata);
	hwdata.chip->irq_set_irqchip_state(&hwdata, IRQCHIP_STATE_PENDING,
					   true);
	KUNIT_EXPECT_TRUE(test, wait_for(irq_err_count == err0 + 1, 2000));
	hwdata.chip->irq_mask(&hwdata);
	snprintf(msg, sizeof(msg), "unexpected IRQ trap at vector %02lx\n",
		 hw);
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark, msg));
	/* EOId: the tick still comes */
	spin_ms(30);
	KUNIT_EXPECT_EQ(test, irq_err_count, err0 + 1);
	KUNIT_EXPECT_TRUE(test, wait_for(kstat_irqs_usr(arch_timer_tick_irq())
					 != 0, 2000));
}

/*
 * QEMU's GICv2 with more than one CPU drops a PPI made pending through
 * GICD_ISPENDR (it sets the line pending for the CPUs in its target
 * field, which is empty for banked lines): there the case raises a spare
 * SGI on this CPU through GICD_SGIR instead. The same percpu flow takes
 * it, but GICv2 SGIs cannot be disabled (their enable bits read as one),
 * so the masking is not visible there.
 */
#define SPARE_SGI_HWIRQ	15

static bool gicv2_smp(void)
{
	struct irq_data *d = irq_get_irq_data(arch_timer_tick_irq());

	return num_online_cpus() > 1 && d && d->chip->ipi_send_mask;
}

static void irq_percpu_without_handler_is_spurious(struct kunit *test)
{
	bool sgi = gicv2_smp();
	unsigned int irq = irq_create_mapping(NULL, sgi ? SPARE_SGI_HWIRQ :
					      SPARE_PPI_HWIRQ);
	unsigned int tick = arch_timer_tick_irq(), k;
	struct irq_data *d;
	bool masked = false;
	char msg[64];
	u64 mark;

	KUNIT_ASSERT_NE(test, irq, 0);
	d = irq_get_irq_data(irq);
	KUNIT_EXPECT_TRUE(test, irqd_is_per_cpu(d));
	enable_percpu_irq(irq, IRQ_TYPE_NONE);
	mark = printk_log_pos();
	if (sgi)
		d->chip->ipi_send_mask(d, cpumask_of(smp_processor_id()));
	else
		KUNIT_ASSERT_EQ(test, irq_set_irqchip_state(irq,
				IRQCHIP_STATE_PENDING, true), 0);
	KUNIT_EXPECT_TRUE(test, wait_for(kstat_irqs_usr(irq) == 1, 2000));
	snprintf(msg, sizeof(msg), "Spurious and unmasked percpu IRQ%u on CPU0",
		 irq);
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark, msg));
	/* it masked the line so it cannot come back */
	KUNIT_EXPECT_EQ(test, irq_get_irqchip_state(irq, IRQCHIP_STATE_MASKED,
						    &masked), 0);
	KUNIT_EXPECT_TRUE(test, masked || sgi);
	irq_dispose_mapping(irq);
	k = kstat_irqs_usr(tick);
	KUNIT_EXPECT_TRUE(test, wait_for(kstat_irqs_usr(tick) > k, 2000));
}

static void irq_unhandled_storm_disabled(struct kunit *test)
{
	unsigned int irq = irq_create_mapping(NULL, spare_spi(3));
	struct spi_ctx ctx = { .ret = IRQ_NONE };
	struct irq_desc *desc;
	char msg[48];
	u64 mark;

	KUNIT_ASSERT_NE(test, irq, 0);
	desc = irq_to_desc(irq);
	KUNIT_ASSERT_EQ(test, request_irq(irq, spi_handler,
					  IRQF_TRIGGER_RISING, "irq_storm",
					  &ctx), 0);
	/* one unhandled interrupt is counted, and forgiven */
	irq_set_irqchip_state(irq, IRQCHIP_STATE_PENDING, true);
	KUNIT_ASSERT_TRUE(test, wait_for(ctx.calls == 1, 2000));
	KUNIT_EXPECT_EQ(test, desc->irqs_unhandled, 1);
	KUNIT_EXPECT_EQ(test, desc->depth, 0);

	/* a line that never stops and nobody handles: switched off */
	mark = printk_log_pos();
	ctx.repend = true;
	irq_set_irqchip_state(irq, IRQCHIP_STATE_PENDING, true);
	KUNIT_EXPECT_TRUE(test, wait_for(desc->istate & IRQS_SPURIOUS_DISABLED,
					 20000));
	snprintf(msg, sizeof(msg), "irq %u: nobody cared", irq);
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark, msg));
	snprintf(msg, sizeof(msg), "Disabling IRQ #%u\n", irq);
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark, msg));
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark, "spi_handler"));
	KUNIT_EXPECT_GE(test, ctx.calls, 100000);
	KUNIT_EXPECT_EQ(test, desc->depth, 1);
	KUNIT_EXPECT_TRUE(test, irqd_irq_disabled(&desc->irq_data));

	free_irq(irq, &ctx);
	irq_set_irqchip_state(irq, IRQCHIP_STATE_PENDING, false);
	irq_dispose_mapping(irq);
}

static struct kunit_case irq_cases[] = {
	KUNIT_CASE(irq_jiffies_advance_at_hz),
	KUNIT_CASE(irq_timer_descriptor),
	KUNIT_CASE(irq_timer_ticks_on_every_cpu),
	KUNIT_CASE(irq_masked_until_restore),
	KUNIT_CASE(irq_spi_request_pending_disable),
	KUNIT_CASE(irq_request_errors),
	KUNIT_CASE(irq_proc_interrupts_format),
	KUNIT_CASE(irq_unmapped_is_unexpected_trap),
	KUNIT_CASE(irq_percpu_without_handler_is_spurious),
	KUNIT_CASE(irq_unhandled_storm_disabled),
	{}
};

static struct kunit_suite irq_suite = {
	.name = "irq",
	.init = irq_test_init,
	.test_cases = irq_cases,
};
kunit_test_suite(irq_suite);
