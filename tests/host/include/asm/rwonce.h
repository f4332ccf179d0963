/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Host twin of asm/rwonce.h. Outside the ThreadSanitizer build: arm64's.
 *
 * Under ThreadSanitizer (tests/host/Makefile's TSan build) any two
 * unordered accesses to one place race unless both are atomics. Linux's
 * race detector, KCSAN, is laxer by default: a marked read
 * (READ_ONCE) may race with plain aligned writes, which hardware makes
 * whole (CONFIG_KCSAN_ASSUME_PLAIN_WRITES_ATOMIC), and mm/ relies on that
 * as Linux's does: PageBuddy() reads the page_type of a buddy that may be
 * another CPU's slab page, compound_head() the list pointers of a slab
 * another CPU moves between lists. So here, as KCSAN sees them:
 *   READ_ONCE()	a read TSan does not check (still one access);
 *   WRITE_ONCE()	a relaxed atomic store, checked against plain reads;
 *   data_race()	(linux/compiler.h) checks neither reads nor writes,
 *			for races a caller means (a heuristic that is
 *			re-checked under the lock).
 * Plain reads and writes stay checked everywhere.
 */
#ifndef __HOST_ASM_RWONCE_H
#define __HOST_ASM_RWONCE_H

#ifdef __SANITIZE_THREAD__
/* ThreadSanitizer's runtime: stop and resume checking this thread's accesses */
void AnnotateIgnoreReadsBegin(const char *file, int line);
void AnnotateIgnoreReadsEnd(const char *file, int line);
void AnnotateIgnoreWritesBegin(const char *file, int line);
void AnnotateIgnoreWritesEnd(const char *file, int line);

#define READ_ONCE(x) ({							\
	AnnotateIgnoreReadsBegin(__FILE__, __LINE__);			\
	__auto_type __r = *(const volatile __typeof__(x) *)&(x);	\
	AnnotateIgnoreReadsEnd(__FILE__, __LINE__);			\
	__r;								\
})

#define WRITE_ONCE(x, val) do {						\
	__typeof__(x) __w = (val);					\
	__atomic_store(&(x), &__w, __ATOMIC_RELAXED);			\
} while (0)

#define __kcsan_disable_current() do {					\
	AnnotateIgnoreReadsBegin(__FILE__, __LINE__);			\
	AnnotateIgnoreWritesBegin(__FILE__, __LINE__);			\
} while (0)
#define __kcsan_enable_current() do {					\
	AnnotateIgnoreWritesEnd(__FILE__, __LINE__);			\
	AnnotateIgnoreReadsEnd(__FILE__, __LINE__);			\
} while (0)
#else
#include_next <asm/rwonce.h>
#endif

#endif
