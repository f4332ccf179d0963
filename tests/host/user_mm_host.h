/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tests/host/user_mm_host.h - helpers for host tests of user address
 * spaces (mm/mmap.c, memory.c, mprotect.c, madvise.c, mlock.c, gup.c,
 * filemap.c): boot an arena with slab and the zero page, walk page
 * tables in software, fault as arm64's do_page_fault() would, fork an mm
 * as dup_mmap() would, and check every pte of a set of mms against its
 * page, its VMA and the counters.
 *
 * Linux has no such harness; its selftests (tools/testing/selftests/mm)
 * check the same things from user space.
 */
#ifndef _TESTS_HOST_USER_MM_HOST_H
#define _TESTS_HOST_USER_MM_HOST_H

#include <linux/types.h>
#include <linux/mm.h>
#include <kunit/test.h>

/* Boot [base, base + size) with slab, the mm caches and the zero page. */
int um_boot(phys_addr_t base, u64 size);
/* ramfs_kill_sb() and host_mm_teardown() */
void um_teardown(void);

/* The pte slot for addr, or NULL if a table level is missing. */
pte_t *um_walk(struct mm_struct *mm, unsigned long addr);
pte_t um_pte_at(struct mm_struct *mm, unsigned long addr);
/* The page a valid pte maps, or NULL. */
struct page *um_page_at(struct mm_struct *mm, unsigned long addr);
/* Writable by the MMU: PTE_WRITE and not PTE_RDONLY. */
bool um_pte_writable(pte_t pte);

/*
 * Would this access fault on arm64 (no hardware AF/DBM)? Invalid, old,
 * or a write to a read-only pte. um_touch() faults only then, like the
 * MMU, and returns 1 if it did (so tests count faults), or -1 if the
 * fault failed.
 */
bool um_would_fault(struct mm_struct *mm, unsigned long addr, bool write);
int um_touch(struct mm_struct *mm, unsigned long addr, bool write);

/* find_vma + the access check + handle_mm_fault(FAULT_FLAG_USER). */
vm_fault_t um_fault(struct mm_struct *mm, unsigned long addr,
		    unsigned int flags);

/* fork: copy each VMA (taking file references) and its ptes. */
struct mm_struct *um_fork(struct kunit *test, struct mm_struct *parent);

/*
 * The checker, over mms[0..n) (NULL entries skipped): validate_mm();
 * every pte inside a VMA, and none outside; each page's mapcount equals
 * the ptes mapping it and its refcount is at least that; the RSS
 * counters equal the ptes counted; no pte grants more than its VMA
 * (writable in a read-only VMA, accessible in a PROT_NONE one, writable
 * private pages shared); locked_vm equals the VM_LOCKED VMAs' pages.
 * Reports through KUNIT_FAIL; true if all is well.
 */
bool um_check(struct kunit *test, struct mm_struct **mms, int n);

#endif
