/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/page.h - what generic code (mm/, lib/) may know of the architecture's
 * pages and address translation. The host unit-test build supplies its own
 * asm/page.h with the same names over an arena (tests/host/include/asm/).
 * Linux: arch/arm64/include/asm/page.h.
 */
#ifndef __ASM_PAGE_H
#define __ASM_PAGE_H

#include <asm/page-def.h>
#include <asm/memory.h>

#endif
