/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/percpu.h - per-CPU areas and the per-CPU allocator (mm/percpu.c).
 * Linux: the same file.
 */
#ifndef __LINUX_PERCPU_H
#define __LINUX_PERCPU_H

#include <linux/types.h>
#include <linux/gfp.h>
#include <asm/percpu.h>

/* The template of every per-CPU variable, in the image (linker.ld). */
extern char __per_cpu_start[], __per_cpu_end[];

/*
 * Bytes of each CPU's unit for alloc_percpu(). Linux reserves 28 KiB in
 * the first chunk and makes further chunks from vmalloc space when it
 * runs out; tinymm has only the first chunk, so it reserves enough for
 * every pageset, zone statistic and slab array cache it ever makes.
 */
#define PERCPU_DYNAMIC_RESERVE	(96 << 10)
/* Allocations are counted in units of this many bytes. */
#define PCPU_MIN_ALLOC_SHIFT	2
#define PCPU_MIN_ALLOC_SIZE	(1 << PCPU_MIN_ALLOC_SHIFT)

void setup_per_cpu_areas(void);

void __percpu *__alloc_percpu(size_t size, size_t align);
void free_percpu(void __percpu *ptr);
bool is_kernel_percpu_address(unsigned long addr);
/* Dynamic bytes in use in each unit (tinymm's own, for tests and /proc). */
size_t pcpu_nr_used_bytes(void);

#define alloc_percpu(type) \
	((type __percpu *)__alloc_percpu(sizeof(type), __alignof__(type)))

#endif
