/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The host uses arm64's asm/io.h unchanged: its ioremap declarations are
 * plain C, and the accessors' inline assembly is never emitted, since no
 * host code reads or writes a device register.
 */
#include_next <asm/io.h>
