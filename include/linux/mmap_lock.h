/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/mmap_lock.h - mm_struct.mmap_lock, the rw_semaphore that guards
 * an address space's VMAs. Linux: include/linux/mmap_lock.h (v5.19).
 *
 * Readers: the page-fault handler around find_vma() + handle_mm_fault(),
 * get_user_pages(), mincore(), /proc/pid/maps and smaps, and madvise()
 * advice that only reads the VMAs. Writers: whatever adds, removes,
 * splits, merges or changes a VMA (mmap, munmap, brk, mprotect, mlock,
 * exec's stack setup, fork's dup_mmap on both mms). Page tables inside
 * a VMA are changed under mm->page_table_lock within a read hold, which
 * is why concurrent faults in one mm are safe.
 *
 * Lock order (mm/memory.c's header): mmap_lock -> page_table_lock ->
 * zone->lock. Nothing that holds mmap_lock may touch user memory that
 * could fault (copy_to_user and friends): the fault would take mmap_lock
 * again, and a rw_semaphore is not recursive.
 *
 * Simplified: no killable variants (mmap_write_lock_killable and friends)
 * and no tracepoints (Linux's __mmap_lock_trace_*).
 */
#ifndef _LINUX_MMAP_LOCK_H
#define _LINUX_MMAP_LOCK_H

#include <linux/bug.h>
#include <linux/lockdep.h>
#include <linux/mm_types.h>
#include <linux/rwsem.h>

#define MMAP_LOCK_INITIALIZER(name) \
	.mmap_lock = __RWSEM_INITIALIZER((name).mmap_lock),

static inline void mmap_init_lock(struct mm_struct *mm)
{
	init_rwsem(&mm->mmap_lock);
}

static inline void mmap_write_lock(struct mm_struct *mm)
{
	down_write(&mm->mmap_lock);
}

static inline bool mmap_write_trylock(struct mm_struct *mm)
{
	return down_write_trylock(&mm->mmap_lock) != 0;
}

static inline void mmap_write_unlock(struct mm_struct *mm)
{
	up_write(&mm->mmap_lock);
}

static inline void mmap_write_downgrade(struct mm_struct *mm)
{
	downgrade_write(&mm->mmap_lock);
}

static inline void mmap_read_lock(struct mm_struct *mm)
{
	down_read(&mm->mmap_lock);
}

static inline bool mmap_read_trylock(struct mm_struct *mm)
{
	return down_read_trylock(&mm->mmap_lock) != 0;
}

static inline void mmap_read_unlock(struct mm_struct *mm)
{
	up_read(&mm->mmap_lock);
}

/*
 * Linux: lockdep_assert_held() plus VM_BUG_ON_MM(!rwsem_is_locked()); a
 * WARN here. Held by current, in any mode (write, for the second).
 */
static inline void mmap_assert_locked(struct mm_struct *mm)
{
	WARN_ON_ONCE(!lock_is_held(&mm->mmap_lock.dep_map));
}

static inline void mmap_assert_write_locked(struct mm_struct *mm)
{
	WARN_ON_ONCE(mm->mmap_lock.owner != current ||
		     !lock_is_held(&mm->mmap_lock.dep_map));
}

#endif /* _LINUX_MMAP_LOCK_H */
