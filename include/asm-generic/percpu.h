/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm-generic/percpu.h - where each CPU's copy of the per-CPU section
 * lies. Linux: the same file. An architecture defines __my_cpu_offset
 * (this CPU's entry, kept in a register) before including this.
 */
#ifndef _ASM_GENERIC_PERCPU_H_
#define _ASM_GENERIC_PERCPU_H_

#include <linux/threads.h>

/* CPU @cpu's copy of the section minus the template's address. */
extern unsigned long __per_cpu_offset[NR_CPUS];
#define per_cpu_offset(x)	(__per_cpu_offset[x])

#ifndef PER_CPU_BASE_SECTION
#define PER_CPU_BASE_SECTION	".data..percpu"
#endif
#ifndef PER_CPU_READ_MOSTLY_SECTION
#define PER_CPU_READ_MOSTLY_SECTION	"..read_mostly"
#endif

#include <linux/percpu-defs.h>

#endif
