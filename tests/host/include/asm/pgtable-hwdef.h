/* SPDX-License-Identifier: GPL-2.0 */
/* The host uses arm64's descriptor format unchanged: it is plain C. */
#include_next <asm/pgtable-hwdef.h>
