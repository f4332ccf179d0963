/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/atomic.h - atomic_t and atomic_long_t operations.
 * Linux: include/linux/atomic.h + arch/arm64/include/asm/atomic_ll_sc.h.
 * Built on the compiler's __atomic builtins, which GCC turns into the same
 * LDXR/STXR loops (or LSE instructions) Linux writes by hand.
 */
#ifndef _LINUX_ATOMIC_H
#define _LINUX_ATOMIC_H

#include <linux/types.h>

#define ATOMIC_INIT(i)	{ (i) }
#define ATOMIC_LONG_INIT(i)	ATOMIC_INIT(i)

#define atomic_read(v)		__atomic_load_n(&(v)->counter, __ATOMIC_RELAXED)
#define atomic_set(v, i)	__atomic_store_n(&(v)->counter, (i), __ATOMIC_RELAXED)
#define atomic_add(i, v)	((void)__atomic_add_fetch(&(v)->counter, (i), __ATOMIC_RELAXED))
#define atomic_sub(i, v)	((void)__atomic_sub_fetch(&(v)->counter, (i), __ATOMIC_RELAXED))
#define atomic_inc(v)		atomic_add(1, v)
#define atomic_dec(v)		atomic_sub(1, v)
#define atomic_add_return(i, v)	__atomic_add_fetch(&(v)->counter, (i), __ATOMIC_SEQ_CST)
#define atomic_sub_return(i, v)	__atomic_sub_fetch(&(v)->counter, (i), __ATOMIC_SEQ_CST)
#define atomic_inc_return(v)	atomic_add_return(1, v)
#define atomic_dec_return(v)	atomic_sub_return(1, v)
#define atomic_dec_and_test(v)	(atomic_dec_return(v) == 0)
#define atomic_inc_and_test(v)	(atomic_inc_return(v) == 0)

/*
 * Ordered variants (Linux's _acquire/_release suffixes): an
 * _acquire op orders the accesses after it, a _release op those before
 * it. A lock's fast path is one of these on the lock word (LDAXR or
 * STLXR in the LDXR/STXR loop on arm64: no barrier instruction).
 */
#define atomic_read_acquire(v)	__atomic_load_n(&(v)->counter, __ATOMIC_ACQUIRE)
#define atomic_add_return_acquire(i, v) \
	__atomic_add_fetch(&(v)->counter, (i), __ATOMIC_ACQUIRE)
#define atomic_add_return_release(i, v) \
	__atomic_add_fetch(&(v)->counter, (i), __ATOMIC_RELEASE)
#define atomic_fetch_add_release(i, v) \
	__atomic_fetch_add(&(v)->counter, (i), __ATOMIC_RELEASE)
/* true if *v was *old and is now new; otherwise *old = what *v was */
#define atomic_try_cmpxchg_acquire(v, old, new)				\
	__atomic_compare_exchange_n(&(v)->counter, (old), (new), false,	\
				    __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)

#define atomic_long_read(v)	atomic_read(v)
#define atomic_long_set(v, i)	atomic_set(v, i)
#define atomic_long_add(i, v)	atomic_add(i, v)
#define atomic_long_sub(i, v)	atomic_sub(i, v)
#define atomic_long_inc(v)	atomic_inc(v)
#define atomic_long_dec(v)	atomic_dec(v)
#define atomic_long_read_acquire(v)	atomic_read_acquire(v)
#define atomic_long_add_return_acquire(i, v) atomic_add_return_acquire(i, v)
#define atomic_long_add_return_release(i, v) atomic_add_return_release(i, v)
#define atomic_long_fetch_add_release(i, v) atomic_fetch_add_release(i, v)
#define atomic_long_try_cmpxchg_acquire(v, old, new) \
	atomic_try_cmpxchg_acquire(v, old, new)

/*
 * 64-bit counters whatever the word size (the ASID allocator's
 * generation and context ids). The _relaxed forms order nothing but the
 * access itself, as Linux's: callers add the barriers they need.
 */
#define atomic64_read(v)	__atomic_load_n(&(v)->counter, __ATOMIC_RELAXED)
#define atomic64_set(v, i)	__atomic_store_n(&(v)->counter, (i), __ATOMIC_RELAXED)
#define atomic64_add_return_relaxed(i, v) \
	__atomic_add_fetch(&(v)->counter, (i), __ATOMIC_RELAXED)
#define atomic64_xchg_relaxed(v, new) \
	__atomic_exchange_n(&(v)->counter, (new), __ATOMIC_RELAXED)

/* Store @new if *@v is @old; returns what *@v held (== @old: stored). */
static inline s64 atomic64_cmpxchg_relaxed(atomic64_t *v, s64 old, s64 new)
{
	__atomic_compare_exchange_n(&v->counter, &old, new, false,
				    __ATOMIC_RELAXED, __ATOMIC_RELAXED);
	return old;
}

#endif
