/* SPDX-License-Identifier: GPL-2.0 */
/* The host uses arm64's protections unchanged: they are plain C. */
#include_next <asm/pgtable-prot.h>
