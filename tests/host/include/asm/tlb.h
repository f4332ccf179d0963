/* SPDX-License-Identifier: GPL-2.0 */
/* The host uses arm64's mmu_gather half unchanged: it calls asm/tlbflush.h. */
#include_next <asm/tlb.h>
