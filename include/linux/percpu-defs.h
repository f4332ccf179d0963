/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/percpu-defs.h - declaring per-CPU variables and reaching a CPU's
 * copy. Linux: the same file.
 *
 * DEFINE_PER_CPU(type, name) puts one instance, the template, in the
 * .data..percpu section. setup_per_cpu_areas() (mm/percpu.c) copies that
 * section once per possible CPU and records in __per_cpu_offset[cpu] how
 * far CPU @cpu's copy lies from the template. The template's address,
 * &name, is therefore not a variable anyone uses: it is a "per-CPU
 * pointer" (Linux marks it __percpu), and only
 *
 *	per_cpu_ptr(ptr, cpu) = ptr + __per_cpu_offset[cpu]
 *	this_cpu_ptr(ptr)     = ptr + this CPU's offset (TPIDR_EL1 on arm64)
 *
 * turn it into an address. alloc_percpu() returns pointers of the same
 * kind, offsets into the dynamic part of every CPU's unit.
 *
 * this_cpu_read/write/add/inc/dec are safe against an interrupt on this
 * CPU touching the same variable: the add is one LDXR/STXR loop on the
 * copy, as arm64's __percpu_add_case_64 (asm/percpu.h). The __this_cpu_
 * and raw_cpu_ forms are plain accesses for callers that have interrupts
 * off. Linux also disables preemption around this_cpu_ operations; we
 * skip it because tinymm is PREEMPT_NONE: a task changes CPU only inside
 * schedule().
 */
#ifndef _LINUX_PERCPU_DEFS_H
#define _LINUX_PERCPU_DEFS_H

#include <linux/compiler.h>

/* Marks a pointer that needs per_cpu_ptr()/this_cpu_ptr() (sparse's
 * address space in Linux; documentation only here). */
#define __percpu

#define __PCPU_ATTRS(sec) \
	__attribute__((section(PER_CPU_BASE_SECTION sec))) __percpu

#define DECLARE_PER_CPU(type, name)	extern __PCPU_ATTRS("") __typeof__(type) name
#define DEFINE_PER_CPU(type, name)	__PCPU_ATTRS("") __typeof__(type) name
#define DECLARE_PER_CPU_READ_MOSTLY(type, name) \
	extern __PCPU_ATTRS(PER_CPU_READ_MOSTLY_SECTION) __typeof__(type) name
#define DEFINE_PER_CPU_READ_MOSTLY(type, name) \
	__PCPU_ATTRS(PER_CPU_READ_MOSTLY_SECTION) __typeof__(type) name

/* Linux's SHIFT_PERCPU_PTR: move a per-CPU pointer by an offset. */
#define SHIFT_PERCPU_PTR(ptr, offset) \
	((__typeof__(ptr))((unsigned long)(ptr) + (offset)))

#define per_cpu_ptr(ptr, cpu)	SHIFT_PERCPU_PTR(ptr, per_cpu_offset(cpu))
#define raw_cpu_ptr(ptr)	SHIFT_PERCPU_PTR(ptr, __my_cpu_offset)
#define this_cpu_ptr(ptr)	raw_cpu_ptr(ptr)
#define per_cpu(var, cpu)	(*per_cpu_ptr(&(var), cpu))

/* Plain: the caller has interrupts off (or owns the variable alone). */
#define raw_cpu_read(pcp)	(*raw_cpu_ptr(&(pcp)))
#define raw_cpu_write(pcp, v)	(*raw_cpu_ptr(&(pcp)) = (v))
#define raw_cpu_add(pcp, v)	(*raw_cpu_ptr(&(pcp)) += (v))
#define raw_cpu_inc(pcp)	raw_cpu_add(pcp, 1)
#define __this_cpu_read(pcp)	raw_cpu_read(pcp)
#define __this_cpu_write(pcp, v) raw_cpu_write(pcp, v)
#define __this_cpu_add(pcp, v)	raw_cpu_add(pcp, v)
#define __this_cpu_inc(pcp)	raw_cpu_add(pcp, 1)
#define __this_cpu_dec(pcp)	raw_cpu_add(pcp, -1)

/* Safe against this CPU's interrupts: single-copy atomic accesses. */
#define this_cpu_read(pcp)	READ_ONCE(*raw_cpu_ptr(&(pcp)))
#define this_cpu_write(pcp, v)	WRITE_ONCE(*raw_cpu_ptr(&(pcp)), (v))
#define this_cpu_add(pcp, v) \
	((void)__atomic_fetch_add(raw_cpu_ptr(&(pcp)), (v), __ATOMIC_RELAXED))
#define this_cpu_sub(pcp, v)	this_cpu_add(pcp, -(v))
#define this_cpu_inc(pcp)	this_cpu_add(pcp, 1)
#define this_cpu_dec(pcp)	this_cpu_add(pcp, -1)

#endif
