// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/tty/serial/amba-pl011.c - the Arm PL011 UART as printk console
 * and shell input, polled. Linux: drivers/tty/serial/amba-pl011.c
 * (its earlycon part). Linux drives it with interrupts and a tty layer;
 * we poll, because nothing else needs to run while we wait for a key.
 * Register offsets: Arm PrimeCell UART (PL011) TRM, DDI 0183.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/io.h>
#include <asm/page.h>
#include <asm/fixmap.h>

#define UART01x_DR	0x00	/* data register */
#define UART01x_FR	0x18	/* flag register */
#define UART011_FR_TXFF	(1 << 5)	/* transmit FIFO full */
#define UART01x_FR_RXFE	(1 << 4)	/* receive FIFO empty */
#define UART01x_FR_BUSY	(1 << 3)
#define UART011_CR	0x30
#define UART01x_CR_UARTEN	(1 << 0)
#define UART011_CR_TXE		(1 << 8)
#define UART011_CR_RXE		(1 << 9)
#define UART011_IMSC	0x38	/* interrupt mask: all off, we poll */

static void __iomem *pl011_base;
static phys_addr_t pl011_phys;	/* the registers' physical address */

static void pl011_putc(char c)
{
	while (readl(pl011_base + UART01x_FR) & UART011_FR_TXFF)
		;
	writel(c, pl011_base + UART01x_DR);
}

static void pl011_write(struct console *con, const char *s, unsigned int n)
{
	while (n--) {
		if (*s == '\n')
			pl011_putc('\r');
		pl011_putc(*s++);
	}
}

static int pl011_read_char(struct console *con)
{
	if (readl(pl011_base + UART01x_FR) & UART01x_FR_RXFE)
		return -1;
	return readl(pl011_base + UART01x_DR) & 0xff;
}

static struct console pl011_console = {
	.name = "pl11",
	.write = pl011_write,
	.read_char = pl011_read_char,
};

/*
 * Map the UART's registers at a fixmap slot (Device-nGnRE) and register
 * it as the console. Baud rate is left as the firmware set it: QEMU
 * ignores it and real boards come with it programmed.
 */
void __init pl011_early_console_setup(phys_addr_t phys)
{
	pl011_phys = phys;
	set_fixmap_io(FIX_EARLYCON_MEM_BASE, phys & PAGE_MASK);
	pl011_base = (void __iomem *)(fix_to_virt(FIX_EARLYCON_MEM_BASE) +
				      (phys & ~PAGE_MASK));
	writel(0, pl011_base + UART011_IMSC);
	/*
	 * Line settings (LCRH) stay as firmware left them: toggling the FIFO
	 * enable bit empties the receive FIFO, losing typed-ahead input.
	 */
	writel(UART01x_CR_UARTEN | UART011_CR_TXE | UART011_CR_RXE,
	       pl011_base + UART011_CR);
	register_console(&pl011_console);
	pr_info("earlycon: pl11 at MMIO 0x%016llx (options '')\n",
		(unsigned long long)phys);
}

/* The console's register block (tests ioremap it a second time). */
phys_addr_t pl011_console_phys(void)
{
	return pl011_phys;
}

/*
 * Called at the end of vmalloc_init(): move the registers from the
 * fixmap slot to an ioremap() of their own, as Linux's earlycon gives way
 * to the real driver's devm_ioremap. The fixmap slot is cleared after, so
 * a stale use of the old address faults. The switch is one store: a
 * printk before it goes through the fixmap, one after through vmalloc
 * space; both are the same device, so nothing is lost in between.
 */
void __init pl011_console_remap(void)
{
	void __iomem *base;

	if (!pl011_phys)
		return;
	base = ioremap(pl011_phys, PAGE_SIZE);
	if (!base) {
		pr_warn("pl011: ioremap failed, console stays on the fixmap\n");
		return;
	}
	pl011_base = base;
	clear_fixmap(FIX_EARLYCON_MEM_BASE);
	pr_info("pl011: console at MMIO 0x%016llx remapped to %px (ioremap)\n",
		(unsigned long long)pl011_phys, base);
}
