/*
 * segv_exec.c - jumping into memory mapped without PROT_EXEC is fatal.
 *
 * Teaches: anonymous memory is mapped with the UXN (user execute-never)
 * bit set unless PROT_EXEC asks otherwise, so even a valid instruction
 * there (we write a "ret") raises an instruction abort; the kernel finds
 * the VMA lacks VM_EXEC and sends SIGSEGV. This is what makes injected
 * code on the stack or heap harmless.
 * Linux counterpart: arch/arm64/mm/fault.c, where do_page_fault() turns an
 * instruction abort into a VM_EXEC access and __do_page_fault() refuses it.
 * No Linux selftest does just this.
 */
#include <sys/mman.h>
#include <ktap.h>
#include <mmtest.h>

#define INSN_RET	0xd65f03c0u	/* ret: would return straight away */

int main(void)
{
	unsigned int *code = mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	void (*fn)(void) = (void (*)(void))code;

	ktap_plan(1);
	if (!ktap_ok(code != MAP_FAILED, "mmap a read-write, non-exec page"))
		return ktap_finish();
	code[0] = INSN_RET;
	ktap_diag("calling into the non-executable page: expect SIGSEGV");
	fn();
	ktap_diag("still alive: the page was executable");
	return 1;
}
