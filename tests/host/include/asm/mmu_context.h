/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Host twin of asm/mmu_context.h: arm64's declarations unchanged. Nothing
 * the host runs switches an mm onto a CPU (kernel/fork.c includes it for
 * copy_mm's sake).
 */
#include_next <asm/mmu_context.h>
