/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Host twin of asm/percpu.h. The offset register is a thread-local
 * variable, so each host thread standing in for a CPU has its own. The
 * section gets a name the host linker brackets with __start_ and __stop_
 * symbols (it cannot for ".data..percpu"), and both kinds of per-CPU
 * variable share it.
 */
#ifndef __ASM_PERCPU_H
#define __ASM_PERCPU_H

extern __thread unsigned long host_my_cpu_offset;

static inline void set_my_cpu_offset(unsigned long off)
{
	host_my_cpu_offset = off;
}
#define __my_cpu_offset		host_my_cpu_offset

#define PER_CPU_BASE_SECTION		"tinymm_percpu"
#define PER_CPU_READ_MOSTLY_SECTION	""
#define __per_cpu_start		__start_tinymm_percpu
#define __per_cpu_end		__stop_tinymm_percpu

#include <asm-generic/percpu.h>

#endif
