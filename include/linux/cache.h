/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/cache.h - the line size shared data is aligned to. Linux: the
 * same file, over asm/cache.h. Linux's arm64 reads the real line size
 * from CTR_EL0 for cache_line_size(); we use the compile-time one.
 */
#ifndef __LINUX_CACHE_H
#define __LINUX_CACHE_H

#include <asm/cache.h>

#define SMP_CACHE_BYTES		L1_CACHE_BYTES
#define cache_line_size()	L1_CACHE_BYTES

#endif /* __LINUX_CACHE_H */
