/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tinymm/lkdtm.h - crash triggers shared by the shell and the self-tests.
 * tinymm's own stand-in for Linux's drivers/misc/lkdtm/ (see tinymm/lkdtm.c).
 */
#ifndef _TINYMM_LKDTM_H
#define _TINYMM_LKDTM_H

#include <asm/memory.h>

/* Just below PAGE_END: inside the linear-map range, never backed by RAM. */
#define LKDTM_UNMAPPED_ADDR	(PAGE_END - SZ_2M)

void lkdtm_PANIC(void);
void lkdtm_BUG(void);
void lkdtm_WARNING(void);
void lkdtm_EXCEPTION(void);
void lkdtm_ACCESS_NULL(void);
void lkdtm_WRITE_RO(void);
void lkdtm_EXEC_DATA(void);
void lkdtm_UNDEFINED(void);
void lkdtm_ACCESS_UNMAPPED(void);

#endif
