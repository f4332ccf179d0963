/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/virt.h - which EL the CPUs were entered at. Linux: the same file.
 *
 * boot/head.S records every CPU's entry mode in __boot_cpu_mode[2]
 * (set_cpu_boot_mode_flag): a CPU entered at EL1 writes BOOT_CPU_MODE_EL1
 * over element 0 (initially EL2), one entered at EL2 writes
 * BOOT_CPU_MODE_EL2 over element 1 (initially EL1). So both read EL2 only
 * if every CPU so far came in at EL2, and they differ if the CPUs came in
 * at different ELs. Simplified: Linux also keeps EL2 for KVM or runs the
 * kernel there (VHE); tinymm always drops to EL1.
 */
#ifndef __ASM__VIRT_H
#define __ASM__VIRT_H

#include <linux/types.h>
#include <asm/sysreg.h>

extern u32 __boot_cpu_mode[2];

/* Every CPU started so far was entered at EL2. */
static inline bool is_hyp_mode_available(void)
{
	return READ_ONCE(__boot_cpu_mode[0]) == BOOT_CPU_MODE_EL2 &&
	       READ_ONCE(__boot_cpu_mode[1]) == BOOT_CPU_MODE_EL2;
}

/* Some CPUs were entered at EL2 and others at EL1. */
static inline bool is_hyp_mode_mismatched(void)
{
	return READ_ONCE(__boot_cpu_mode[0]) != READ_ONCE(__boot_cpu_mode[1]);
}

#endif /* __ASM__VIRT_H */
