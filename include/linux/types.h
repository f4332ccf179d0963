/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/types.h - the kernel's fixed-width integer names (u8..u64, phys_addr_t).
 * Linux: include/linux/types.h + include/uapi/asm-generic/int-ll64.h.
 * Built on the compiler's freestanding <stdint.h>/<stddef.h>/<stdbool.h>, which
 * exist both for the bare-metal cross build and for the host unit tests.
 */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef int8_t s8;
typedef uint8_t u8;
typedef int16_t s16;
typedef uint16_t u16;
typedef int32_t s32;
typedef uint32_t u32;
typedef int64_t s64;
typedef uint64_t u64;

typedef u64 phys_addr_t;
typedef u64 dma_addr_t;
typedef unsigned int gfp_t;
/* Same type as the host libc's, so host tests may include both (C11 allows it). */
typedef long ssize_t;
typedef int pid_t;

typedef struct {
	int counter;
} atomic_t;

typedef struct {
	long counter;
} atomic_long_t;

typedef struct {
	s64 counter;
} atomic64_t;

struct list_head {
	struct list_head *next, *prev;
};

struct hlist_head {
	struct hlist_node *first;
};

struct hlist_node {
	struct hlist_node *next, **pprev;
};

#endif /* _LINUX_TYPES_H */
