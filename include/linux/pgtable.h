/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/pgtable.h - the page-table helpers every architecture gets unless
 * it supplies its own; generic code includes this, not asm/pgtable.h.
 * Linux: include/linux/pgtable.h of v5.19.
 * Simplified: only the helpers tinymm uses; no highmem, so a pte table
 * needs no temporary mapping (pte_offset_map is pte_offset_kernel).
 */
#ifndef _LINUX_PGTABLE_H
#define _LINUX_PGTABLE_H

#include <asm/pgtable.h>

#define pte_offset_map(dir, address)	pte_offset_kernel((dir), (address))
#define pte_unmap(pte)			((void)(pte))

static inline int pte_same(pte_t pte_a, pte_t pte_b)
{
	return pte_val(pte_a) == pte_val(pte_b);
}

#endif /* _LINUX_PGTABLE_H */
