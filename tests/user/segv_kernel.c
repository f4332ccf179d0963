/*
 * segv_kernel.c - user code cannot read kernel memory.
 *
 * Teaches: the kernel's half of the address space (TTBR1, addresses from
 * 0xffff000000000000 up) is mapped in every process, but without the
 * EL0-access bit in its descriptors: a load from EL0 is a permission fault
 * and the kernel answers with SIGSEGV. The same range is not user address
 * space for the mm calls either: mmap(MAP_FIXED) there fails with ENOMEM
 * and munmap() with EINVAL, as on Linux (TASK_SIZE checks).
 * Linux counterpart: arch/arm64/mm/fault.c, do_page_fault(): a fault from
 * EL0 on an address above TASK_SIZE finds no VMA and ends in
 * arm64_force_sig_fault(SIGSEGV). No Linux selftest does just this.
 */
#include <errno.h>
#include <sys/mman.h>
#include <ktap.h>
#include <mmtest.h>

#define KERNEL_ADDR	0xffff000000000000UL	/* PAGE_OFFSET, 48-bit VA */

int main(void)
{
	void *k = (void *)KERNEL_ADDR;
	void *r;

	ktap_plan(2);
	r = mmap(k, PAGE_SIZE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS |
		 MAP_FIXED, -1, 0);
	ktap_ok(r == MAP_FAILED && errno == ENOMEM,
		"mmap(MAP_FIXED) at a kernel address fails with ENOMEM");
	ktap_ok(munmap(k, PAGE_SIZE) == -1 && errno == EINVAL,
		"munmap of a kernel address fails with EINVAL");
	ktap_diag("reading 0x%lx: expect SIGSEGV", KERNEL_ADDR);
	ktap_diag("read 0x%x: kernel memory is readable from EL0",
		  *(volatile unsigned int *)k);
	return 1;
}
