/* SPDX-License-Identifier: GPL-2.0 */
/* The host uses arm64's cache line size unchanged: mm/ sizes by it. */
#include_next <asm/cache.h>
