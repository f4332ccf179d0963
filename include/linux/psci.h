/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/psci.h - the PSCI calls the kernel makes after boot, through
 * whichever conduit (hvc or smc) the device tree names. Linux:
 * include/linux/psci.h, with the function ids and return codes from
 * include/uapi/linux/psci.h (kept here: tinymm has no user-space headers
 * to export them to).
 */
#ifndef __LINUX_PSCI_H
#define __LINUX_PSCI_H

#include <linux/types.h>

/* PSCI 0.2 function ids: SMC32 (0x84...) and SMC64 (0xc4...) */
#define PSCI_0_2_FN_PSCI_VERSION	0x84000000
#define PSCI_0_2_FN_SYSTEM_OFF		0x84000008
#define PSCI_0_2_FN_SYSTEM_RESET	0x84000009
#define PSCI_0_2_FN64_CPU_ON		0xc4000003
#define PSCI_0_2_FN64_AFFINITY_INFO	0xc4000004

/* What AFFINITY_INFO says about a CPU */
#define PSCI_0_2_AFFINITY_LEVEL_ON		0
#define PSCI_0_2_AFFINITY_LEVEL_OFF		1
#define PSCI_0_2_AFFINITY_LEVEL_ON_PENDING	2

/* Return codes */
#define PSCI_RET_SUCCESS		0
#define PSCI_RET_NOT_SUPPORTED		-1
#define PSCI_RET_INVALID_PARAMS		-2
#define PSCI_RET_DENIED			-3
#define PSCI_RET_ALREADY_ON		-4
#define PSCI_RET_ON_PENDING		-5
#define PSCI_RET_INTERNAL_FAILURE	-6
#define PSCI_RET_NOT_PRESENT		-7
#define PSCI_RET_DISABLED		-8
#define PSCI_RET_INVALID_ADDRESS	-9

/*
 * The calls this firmware offers, NULL where none (no /psci node).
 * Linux also has cpu_suspend, cpu_off, migrate and migrate_info_type;
 * tinymm never suspends, unplugs or migrates a CPU.
 */
struct psci_operations {
	u32 (*get_version)(void);
	int (*cpu_on)(unsigned long cpuid, unsigned long entry_point);
	int (*affinity_info)(unsigned long target_affinity,
			     unsigned long lowest_affinity_level);
};

extern struct psci_operations psci_ops;

int psci_dt_init(void);

#endif /* __LINUX_PSCI_H */
