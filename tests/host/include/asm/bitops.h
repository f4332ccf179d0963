/* SPDX-License-Identifier: GPL-2.0 */
/* The host uses arm64's bit searches unchanged: they are compiler builtins. */
#include_next <asm/bitops.h>
