/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/setup.h - what boot/head.S leaves for C code about how the kernel
 * was entered. Linux: arch/arm64/include/asm/setup.h (and the definition
 * of __fdt_pointer in arch/arm64/kernel/setup.c).
 *
 * Simplified: Linux makes __fdt_pointer __initdata, gone once boot is
 * over; tinymm keeps it (head.S stores it in .data, and there is no init
 * section to free), so the pageblocks command and GDB can still say where
 * the device tree lies.
 */
#ifndef __ASM_SETUP_H
#define __ASM_SETUP_H

#include <linux/types.h>

/* The physical address of the DTB the boot loader passed in x0. */
extern phys_addr_t __fdt_pointer;

#endif
