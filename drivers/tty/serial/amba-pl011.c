// SPDX-License-Identifier: GPL-2.0
/*
 * drivers/tty/serial/amba-pl011.c - the Arm PL011 UART: printk's console
 * and the terminal's input. Linux: drivers/tty/serial/amba-pl011.c (its
 * earlycon part, pl011_probe, pl011_startup, pl011_int, pl011_rx_chars).
 *
 * Output is written synchronously, one byte at a time, so that printk
 * reaches the UART even from an oops with interrupts off. Input comes by
 * interrupt: when the receive FIFO holds a byte the UART raises its
 * interrupt (SPI 1 on QEMU virt, from the device tree), pl011_int() moves
 * the FIFO into the tty's flip buffer and pushes it to the line
 * discipline, which may wake a reader or, for ^C, signal the foreground
 * program - even one that is spinning and never reads.
 *
 * Simplified: Linux also transmits by interrupt from a circular buffer
 * (pl011_tx_chars), can use DMA, and reaches the driver through
 * serial_core (uart_open -> uart_startup -> pl011_startup); we skip them
 * because a polled transmit is what printk needs anyway, and one UART
 * needs no core. Register offsets: Arm PrimeCell UART (PL011) TRM,
 * DDI 0183.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/irq.h>
#include <linux/of_fdt.h>
#include <linux/bitops.h>
#include <linux/tty.h>
#include <asm/page.h>
#include <asm/fixmap.h>

#define UART01x_DR	0x00	/* data register */
#define UART011_DR_OE	(1 << 11)	/* receive errors, next to the byte */
#define UART011_DR_BE	(1 << 10)
#define UART011_DR_PE	(1 << 9)
#define UART011_DR_FE	(1 << 8)
#define UART01x_FR	0x18	/* flag register */
#define UART011_FR_TXFF	(1 << 5)	/* transmit FIFO full */
#define UART01x_FR_RXFE	(1 << 4)	/* receive FIFO empty */
#define UART01x_FR_BUSY	(1 << 3)
#define UART011_CR	0x30
#define UART01x_CR_UARTEN	(1 << 0)
#define UART011_CR_TXE		(1 << 8)
#define UART011_CR_RXE		(1 << 9)
#define UART011_IMSC	0x38	/* interrupt mask set/clear: 1 = enabled */
#define UART011_MIS	0x40	/* masked interrupt status */
#define UART011_ICR	0x44	/* interrupt clear */
/* bits of IMSC, MIS and ICR */
#define UART011_RTIM	(1 << 6)	/* receive timeout */
#define UART011_TXIM	(1 << 5)
#define UART011_RXIM	(1 << 4)	/* receive */
#define UART011_RTIS	UART011_RTIM
#define UART011_TXIS	UART011_TXIM
#define UART011_RXIS	UART011_RXIM

#define AMBA_ISR_PASS_LIMIT	256	/* rounds per interrupt, as Linux */

static void __iomem *pl011_base;
static phys_addr_t pl011_phys;	/* the registers' physical address */

/* Linux: struct uart_amba_port around a struct uart_port */
struct uart_amba_port {
	struct tty_port port;
	unsigned int irq;	/* Linux IRQ number, from the device tree */
	unsigned int im;	/* interrupt mask, as written to IMSC */
};

static struct uart_amba_port pl011_uap;

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

static struct console pl011_console = {
	.name = "pl11",
	.write = pl011_write,
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
 * Called by mm_core_init() right after vmalloc_init(): move the registers
 * from the fixmap slot to an ioremap() of their own, as Linux's earlycon
 * gives way to the real driver's devm_ioremap in pl011_probe(). Linux
 * probes later, from an initcall; we move at once, so the rest of the
 * boot log already goes through vmalloc space. The fixmap slot is cleared
 * after, so a stale use of the old address faults. The switch is one
 * store: a printk before it goes through the fixmap, one after through
 * vmalloc space; both are the same device, so nothing is lost between.
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

/* ---- the terminal: receive by interrupt ---- */

/*
 * Move what the receive FIFO holds into the flip buffer, as long as it
 * has room; the rest stays in the FIFO. Linux: pl011_fifo_to_tty().
 */
static void pl011_fifo_to_tty(struct uart_amba_port *uap)
{
	unsigned int ch, fifotaken;
	char flag;

	for (fifotaken = 0; fifotaken < AMBA_ISR_PASS_LIMIT; fifotaken++) {
		if (readl(pl011_base + UART01x_FR) & UART01x_FR_RXFE)
			break;
		if (!tty_buffer_space_avail(&uap->port))
			break;
		ch = readl(pl011_base + UART01x_DR);
		flag = TTY_NORMAL;
		if (ch & UART011_DR_BE)
			flag = TTY_BREAK;
		else if (ch & UART011_DR_PE)
			flag = TTY_PARITY;
		else if (ch & UART011_DR_FE)
			flag = TTY_FRAME;
		else if (ch & UART011_DR_OE)
			flag = TTY_OVERRUN;
		tty_insert_flip_char(&uap->port, ch & 0xff, flag);
	}
}

static void pl011_rx_chars(struct uart_amba_port *uap)
{
	pl011_fifo_to_tty(uap);
	tty_flip_buffer_push(&uap->port);
	/*
	 * The line discipline took nothing and the flip buffer is full:
	 * stop the (level-triggered) receive interrupt until a read makes
	 * room, or it would fire again at once, forever.
	 */
	if (!tty_buffer_space_avail(&uap->port) && uap->port.tty)
		tty_throttle_safe(uap->port.tty);
}

/*
 * The receive interrupt stays raised while the FIFO holds a byte (QEMU
 * raises it at the first byte; real hardware at a FIFO level, or after a
 * timeout for the last few), so emptying the FIFO is what clears it.
 */
static irqreturn_t pl011_int(int irq, void *dev_id)
{
	struct uart_amba_port *uap = dev_id;
	unsigned int status, pass_counter = AMBA_ISR_PASS_LIMIT;
	int handled = 0;

	status = readl(pl011_base + UART011_MIS);
	if (status) {
		do {
			writel(status & ~(UART011_TXIS | UART011_RTIS |
					  UART011_RXIS),
			       pl011_base + UART011_ICR);
			if (status & (UART011_RTIS | UART011_RXIS))
				pl011_rx_chars(uap);
			if (pass_counter-- == 0)
				break;
			status = readl(pl011_base + UART011_MIS);
		} while (status != 0);
		handled = 1;
	}
	return IRQ_RETVAL(handled);
}

/* Flow control from the line discipline: mask or unmask receiving. */
static void pl011_throttle_rx(struct tty_struct *tty)
{
	struct uart_amba_port *uap = &pl011_uap;

	uap->im &= ~(UART011_RXIM | UART011_RTIM);
	writel(uap->im, pl011_base + UART011_IMSC);
}

static void pl011_unthrottle_rx(struct tty_struct *tty)
{
	struct uart_amba_port *uap = &pl011_uap;

	uap->im |= UART011_RXIM | UART011_RTIM;
	writel(uap->im, pl011_base + UART011_IMSC);
}

/*
 * The terminal's first open: take the interrupt and unmask receiving.
 * Until then typed bytes wait in the FIFO (and QEMU keeps the rest), so
 * input typed during boot reaches the first reader, not an echo.
 */
static int pl011_startup(struct tty_struct *tty)
{
	struct uart_amba_port *uap = &pl011_uap;
	unsigned long flags;
	int ret;

	if (!uap->irq)
		return 0;	/* no interrupt in the DT: output only */
	ret = request_irq(uap->irq, pl011_int, IRQF_SHARED, "uart-pl011",
			  uap);
	if (ret) {
		pr_err("uart-pl011: can't request IRQ %u (%d)\n", uap->irq,
		       ret);
		return ret;
	}
	/*
	 * The receive interrupt rises when the FIFO fills up to its trigger
	 * level; bytes that are already waiting (typed or piped in during
	 * boot) may never raise it. Take them now. Linux's
	 * pl011_enable_interrupts() drains the FIFO too, but discards them.
	 */
	local_irq_save(flags);
	pl011_unthrottle_rx(tty);
	pl011_rx_chars(uap);
	local_irq_restore(flags);
	return 0;
}

/*
 * The terminal's last close (Linux: uart_shutdown -> pl011_shutdown):
 * stop receiving and give the interrupt back, so the next first open
 * starts from scratch instead of adding a second handler. Typed bytes
 * wait in the FIFO meanwhile; a stop the line discipline asked for ends
 * with it.
 */
static void pl011_shutdown(struct tty_struct *tty)
{
	struct uart_amba_port *uap = &pl011_uap;
	unsigned long flags;

	if (!uap->irq)
		return;
	local_irq_save(flags);
	uap->im &= ~(UART011_RXIM | UART011_RTIM);
	writel(uap->im, pl011_base + UART011_IMSC);
	local_irq_restore(flags);
	free_irq(uap->irq, uap);
	clear_bit(TTY_THROTTLED, &tty->flags);
}

/* Program output and echo: the console's own synchronous write. */
static int pl011_tty_write(struct tty_struct *tty, const unsigned char *buf,
			   int count)
{
	pl011_write(&pl011_console, (const char *)buf, count);
	return count;
}

static const struct tty_operations pl011_tty_ops = {
	.open = pl011_startup,
	.close = pl011_shutdown,
	.write = pl011_tty_write,
	.throttle = pl011_throttle_rx,
	.unthrottle = pl011_unthrottle_rx,
};

/*
 * Linux: pl011_probe(), when the AMBA bus matches the "arm,pl011" node,
 * from a device initcall. The console's UART (the node /chosen's
 * stdout-path names) gets its interrupt from the device tree and becomes
 * the terminal, ttyAMA0.
 */
int __init pl011_init(void)
{
	int node = of_flat_dt_get_stdout_path();
	int ret;

	if (!pl011_base)
		return -ENODEV;
	if (node < 0 || !of_flat_dt_is_compatible(node, "arm,pl011"))
		node = of_flat_dt_find_compatible("arm,pl011");
	if (node >= 0)
		pl011_uap.irq = irq_of_parse_and_map(node, 0);
	if (!pl011_uap.irq)
		pr_warn("uart-pl011: no interrupt in the device tree: no input\n");
	tty_buffer_init(&pl011_uap.port);
	ret = tty_port_register_device(&pl011_uap.port, &pl011_tty_ops,
				       "ttyAMA0");
	if (ret)
		return ret;
	/* Linux names the device after its node, e.g. 9000000.pl011 */
	pr_info("%llx.pl011: ttyAMA0 at MMIO 0x%llx (irq = %u) is a PL011\n",
		(unsigned long long)pl011_phys, (unsigned long long)pl011_phys,
		pl011_uap.irq);
	return 0;
}
