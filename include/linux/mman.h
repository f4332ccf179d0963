/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/mman.h - mmap()/mprotect()/madvise()/mlock() constants and their
 * translation into VM_* flags. Linux: include/uapi/asm-generic/mman-common.h,
 * include/uapi/linux/mman.h, arch/arm64/include/uapi/asm/mman.h (the
 * values, which user programs pass in registers, so they must match
 * Linux's exactly) and include/linux/mman.h (calc_vm_*_bits).
 */
#ifndef _LINUX_MMAN_H
#define _LINUX_MMAN_H

#include <linux/mm.h>

/* ---- prot: PROT_READ..PROT_EXEC are VM_READ..VM_EXEC ---- */
#define PROT_NONE	0x0
#define PROT_READ	0x1
#define PROT_WRITE	0x2
#define PROT_EXEC	0x4
#define PROT_SEM	0x8
#define PROT_BTI	0x10		/* arm64: branch target identification */
#define PROT_MTE	0x20		/* arm64: memory tagging */
#define PROT_GROWSDOWN	0x01000000	/* mprotect: extend down to the stack start */
#define PROT_GROWSUP	0x02000000

/* ---- flags ---- */
#define MAP_SHARED	0x01		/* writes reach the object, and other mappers */
#define MAP_PRIVATE	0x02		/* copy-on-write */
#define MAP_SHARED_VALIDATE 0x03	/* MAP_SHARED, refusing unknown flags */
#define MAP_TYPE	0x0f
#define MAP_FIXED	0x10		/* exactly at addr, replacing what is there */
#define MAP_ANONYMOUS	0x20		/* no file: zero-filled on demand */
#define MAP_GROWSDOWN	0x0100		/* stack-like */
#define MAP_DENYWRITE	0x0800		/* ignored */
#define MAP_EXECUTABLE	0x1000		/* ignored */
#define MAP_LOCKED	0x2000		/* mlock() the mapping */
#define MAP_NORESERVE	0x4000		/* no commit accounting */
#define MAP_POPULATE	0x8000		/* fault everything in now */
#define MAP_NONBLOCK	0x10000		/* with MAP_POPULATE: don't */
#define MAP_STACK	0x20000
#define MAP_HUGETLB	0x40000
#define MAP_SYNC	0x80000
#define MAP_FIXED_NOREPLACE 0x100000	/* MAP_FIXED, but -EEXIST over a mapping */
#define MAP_UNINITIALIZED 0x4000000

/* ---- vm.overcommit_memory (uapi/linux/mman.h) ---- */
#define OVERCOMMIT_GUESS	0	/* refuse only the obviously impossible */
#define OVERCOMMIT_ALWAYS	1	/* never refuse */
#define OVERCOMMIT_NEVER	2	/* refuse past vm_commit_limit() */

/* ---- madvise() ---- */
#define MADV_NORMAL	0
#define MADV_RANDOM	1
#define MADV_SEQUENTIAL	2
#define MADV_WILLNEED	3
#define MADV_DONTNEED	4		/* drop the pages; refault as zero/file */
#define MADV_FREE	8		/* anonymous: may be dropped any time */
#define MADV_REMOVE	9
#define MADV_DONTFORK	10		/* not inherited by fork (VM_DONTCOPY) */
#define MADV_DOFORK	11

/* ---- mlock2() ---- */
#define MLOCK_ONFAULT	0x01		/* lock pages as they fault, not now */

/* ---- mlockall() ---- */
#define MCL_CURRENT	1
#define MCL_FUTURE	2
#define MCL_ONFAULT	4

/* ---- msync() ---- */
#define MS_ASYNC	1
#define MS_INVALIDATE	2
#define MS_SYNC		4

/*
 * The overcommit policy and the memory promised so far (mm/util.c).
 * Linux: vm_committed_as is a percpu_counter, summed on read, because
 * every mmap on every CPU updates it and one shared cache line would
 * bounce between them; an atomic_long_t is exact on any number of CPUs,
 * and with tinymm's few the bouncing costs little.
 */
extern int sysctl_overcommit_memory;
extern int sysctl_overcommit_ratio;
extern unsigned long sysctl_overcommit_kbytes;
extern atomic_long_t vm_committed_as;

/* Committed_AS of /proc/meminfo, in pages. */
unsigned long vm_memory_committed(void);

/* Charge (or give back) pages of private writable memory. */
static inline void vm_acct_memory(long pages)
{
	atomic_long_add(pages, &vm_committed_as);
}

static inline void vm_unacct_memory(long pages)
{
	vm_acct_memory(-pages);
}

/*
 * prot -> VM_READ/WRITE/EXEC. Linux also maps PROT_BTI/PROT_MTE to arch
 * VM bits (arch_calc_vm_prot_bits); tinymm enables neither feature.
 */
static inline unsigned long calc_vm_prot_bits(unsigned long prot,
					      unsigned long pkey)
{
	return (prot & PROT_READ ? VM_READ : 0) |
	       (prot & PROT_WRITE ? VM_WRITE : 0) |
	       (prot & PROT_EXEC ? VM_EXEC : 0);
}

/* mmap flags that become VMA flags. */
static inline unsigned long calc_vm_flag_bits(unsigned long flags)
{
	return (flags & MAP_GROWSDOWN ? VM_GROWSDOWN : 0) |
	       (flags & MAP_LOCKED ? VM_LOCKED : 0) |
	       (flags & MAP_SYNC ? VM_SYNC : 0);
}

#endif /* _LINUX_MMAN_H */
