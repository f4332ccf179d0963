/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/cache.h - the cache line size. Linux: arch/arm64/include/asm/cache.h.
 * Cortex-A53 and A72 have 64-byte lines, as every arm64 core Linux sets
 * L1_CACHE_SHIFT for.
 */
#ifndef __ASM_CACHE_H
#define __ASM_CACHE_H

#define L1_CACHE_SHIFT		6
#define L1_CACHE_BYTES		(1 << L1_CACHE_SHIFT)

#endif
