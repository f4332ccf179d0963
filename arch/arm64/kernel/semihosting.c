// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/kernel/semihosting.c - leave QEMU with an exit status.
 * Not in Linux (Linux powers off through PSCI, which carries no status);
 * this is the Arm semihosting interface (IHI 0057) that QEMU implements with
 * -semihosting: `hlt #0xf000` with the operation in w0 and its argument
 * block in x1. The test image ends with SYS_EXIT so the runner learns
 * pass/fail from QEMU's exit code, as in the Rust Raspberry Pi OS tutorials.
 */
#include <linux/kernel.h>
#include <asm/system_misc.h>

#define SYS_EXIT			0x18
#define ADP_Stopped_ApplicationExit	0x20026

void __noreturn semihosting_exit(int status)
{
	u64 block[2] = { ADP_Stopped_ApplicationExit, (u64)status };
	register u64 x0 asm("x0") = SYS_EXIT;
	register u64 x1 asm("x1") = (u64)block;

	asm volatile("hlt #0xf000" : "+r" (x0) : "r" (x1) : "memory");
	/* Without -semihosting QEMU treats hlt as undefined: never here. */
	machine_power_off();
}
