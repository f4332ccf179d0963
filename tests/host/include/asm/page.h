/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Host twin of arch/arm64/include/asm/page.h. "Physical memory" is an arena
 * the test allocates with host_mem_init(); a physical address is an offset
 * into it plus host_mem_base, so mm/ code that does __va()/__pa() touches
 * real bytes under AddressSanitizer.
 */
#ifndef __ASM_PAGE_H
#define __ASM_PAGE_H

#include <linux/types.h>

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))

extern unsigned char *host_mem;
extern phys_addr_t host_mem_base;
extern u64 host_mem_size;

/* Map [base, base + size) of "physical memory" onto a fresh zeroed arena. */
void host_mem_init(phys_addr_t base, u64 size);
void host_mem_exit(void);

#define __va(x)		((void *)(host_mem + ((phys_addr_t)(x) - host_mem_base)))
#define __pa_nodebug(x) \
	((phys_addr_t)((unsigned char *)(x) - host_mem) + host_mem_base)
#define phys_to_virt(x)	__va(x)
#define virt_addr_valid(x) \
	((unsigned char *)(x) >= host_mem && (unsigned char *)(x) < host_mem + host_mem_size)

/*
 * The arena is the host's linear map: __pa() of anything else warns as
 * arm64's CONFIG_DEBUG_VIRTUAL does (tests/host/host.c). Its end is still
 * "linear", as the end of RAM is on arm64, where the map is far larger.
 */
#define __host_is_lm_address(x) \
	((unsigned long)((unsigned char *)(x) - host_mem) <= host_mem_size)
phys_addr_t __virt_to_phys(unsigned long x);
#define __pa(x) (__host_is_lm_address(x) ? __pa_nodebug(x) : \
		 __virt_to_phys((unsigned long)(x)))
#define virt_to_phys(x)	__pa(x)
/* No kernel image on the host: a symbol is outside the arena, and warns. */
#define __pa_symbol(x)	__pa(x)

#endif
