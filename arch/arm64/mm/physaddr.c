// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/mm/physaddr.c - CONFIG_DEBUG_VIRTUAL's check of a virtual to
 * physical translation: only a linear-map address has a physical address
 * that __pa() can compute (and so a struct page virt_to_page() can find).
 * Linux: arch/arm64/mm/physaddr.c. Simplified: the inline fast path in
 * asm/memory.h calls this only for a bad address; no __phys_addr_symbol()
 * range check of __pa_symbol() (tinymm has few users and all are symbols).
 */
#include <linux/kernel.h>
#include <linux/bug.h>
#include <asm/memory.h>

/*
 * __virt_to_phys - warn that @x is not in the linear map, then translate
 * it as Linux does (as a kernel-image address). The result is meaningless
 * for anything else (vmalloc, fixmap, user): the caller must not use it to
 * reach a struct page. Any context.
 */
phys_addr_t __virt_to_phys(unsigned long x)
{
	WARN(!__is_lm_address(x),
	     "virt_to_phys used for non-linear address: %pK (%pS)\n",
	     (void *)x, (void *)x);
	return __virt_to_phys_nodebug(x);
}
