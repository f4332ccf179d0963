// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/irq/proc.c - /proc/interrupts (the shell's `interrupts` prints it).
 * Linux: kernel/irq/proc.c show_interrupts(), arch/arm64/kernel/smp.c
 * arch_show_interrupts() (the IPI rows and "Err:").
 *
 * One row per IRQ that has a handler or has ever fired:
 *   " 11:       1234      GICv2  27 Level     arch_timer"
 *   number, count per CPU, chip name, hwirq, trigger, handler names.
 * The IPIs' own lines are hidden (IRQ_HIDDEN): arch_show_interrupts()
 * prints them as the "IPIn:" rows, one per message type, and then "Err:"
 * (ack_bad_irq() reports).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/irq.h>
#include <linux/seq_file.h>

static void show_one_irq(struct seq_file *m, unsigned int i, int prec)
{
	struct irq_desc *desc = irq_to_desc(i);
	struct irqaction *action;
	unsigned int cpu, any_count = 0;

	if (!desc || (desc->status_use_accessors & IRQ_HIDDEN))
		return;
	for_each_online_cpu(cpu)
		any_count |= desc->kstat_irqs[cpu];
	if (!desc->action && !any_count)
		return;

	seq_printf(m, "%*d: ", prec, i);
	for_each_online_cpu(cpu)
		seq_printf(m, "%10u ", desc->kstat_irqs[cpu]);
	seq_printf(m, " %8s", desc->irq_data.chip && desc->irq_data.chip->name ?
		   desc->irq_data.chip->name : "None");
	if (desc->irq_data.domain)
		seq_printf(m, " %*lu", prec, desc->irq_data.hwirq);
	else
		seq_printf(m, " %*s", prec, "");
	seq_printf(m, " %-8s", irqd_is_level_type(&desc->irq_data) ?
		   "Level" : "Edge");
	if (desc->name)
		seq_printf(m, "-%-8s", desc->name);
	action = desc->action;
	if (action) {
		seq_printf(m, "  %s", action->name);
		while ((action = action->next))
			seq_printf(m, ", %s", action->name);
	}
	seq_putc(m, '\n');
}

int show_interrupts(struct seq_file *m, void *v)
{
	int prec, j, i;
	unsigned int cpu;

	/* the width of the largest IRQ number, at least 3 */
	for (prec = 3, j = 1000; prec < 10 && j <= nr_irqs; ++prec)
		j *= 10;
	seq_printf(m, "%*s", prec + 8, "");
	for_each_online_cpu(cpu)
		seq_printf(m, "CPU%-8d", cpu);
	seq_putc(m, '\n');
	for (i = 0; i < nr_irqs; i++)
		show_one_irq(m, i, prec);
	return arch_show_interrupts(m, prec);
}
