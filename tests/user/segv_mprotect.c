/*
 * segv_mprotect.c - a write to a page that mprotect() made read-only is
 * fatal: the kernel kills the process with SIGSEGV.
 *
 * Teaches: the page is present, so the fault is a permission fault, not a
 * translation fault; the VMA no longer has VM_WRITE, so handle_mm_fault is
 * never reached - do_page_fault sees the access is not allowed by the VMA
 * and sends SIGSEGV (SEGV_ACCERR). The kernel suite (tests/kernel/
 * user_kunit.c) checks the wait status; nothing is printed after the write.
 * Linux counterpart: arch/arm64/mm/fault.c, do_page_fault() ->
 * __do_page_fault() returning VM_FAULT_BADACCESS -> arm64_force_sig_fault().
 * No Linux selftest does just this; many use it (they catch the signal).
 */
#include <errno.h>
#include <string.h>
#include <sys/mman.h>
#include <ktap.h>
#include <mmtest.h>

int main(void)
{
	volatile char *p = mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	ktap_plan(2);
	if (!ktap_ok(p != MAP_FAILED, "mmap a read-write page"))
		return ktap_finish();
	p[0] = 'a';
	ktap_ok(mprotect((void *)p, PAGE_SIZE, PROT_READ) == 0 && p[0] == 'a',
		"mprotect(PROT_READ): the page still reads back");
	ktap_diag("writing to the read-only page: expect SIGSEGV");
	p[0] = 'b';
	ktap_diag("still alive after the write: the page was writable");
	return 1;
}
