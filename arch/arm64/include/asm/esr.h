/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/esr.h - the Exception Syndrome Register: why an exception was taken.
 * Linux: arch/arm64/include/asm/esr.h.
 *   ESR_EL1 [31:26] EC  exception class (data abort, svc, brk, ...)
 *           [25]    IL  32-bit instruction
 *           [24:0]  ISS class-specific syndrome; for aborts:
 *                   [5:0] DFSC/IFSC fault status (type and level),
 *                   [6] WnR write not read, [7] S1PTW, [9] EA, [10] FnV,
 *                   [24] ISV (instruction syndrome valid)
 */
#ifndef __ASM_ESR_H
#define __ASM_ESR_H

#include <asm/memory.h>

#define ESR_ELx_EC_UNKNOWN	0x00
#define ESR_ELx_EC_WFx		0x01
#define ESR_ELx_EC_FP_ASIMD	0x07
#define ESR_ELx_EC_ILL		0x0e
#define ESR_ELx_EC_SVC64	0x15
#define ESR_ELx_EC_HVC64	0x16
#define ESR_ELx_EC_SMC64	0x17
#define ESR_ELx_EC_SYS64	0x18
#define ESR_ELx_EC_IABT_LOW	0x20
#define ESR_ELx_EC_IABT_CUR	0x21
#define ESR_ELx_EC_PC_ALIGN	0x22
#define ESR_ELx_EC_DABT_LOW	0x24
#define ESR_ELx_EC_DABT_CUR	0x25
#define ESR_ELx_EC_SP_ALIGN	0x26
#define ESR_ELx_EC_SERROR	0x2f
#define ESR_ELx_EC_BREAKPT_CUR	0x31
#define ESR_ELx_EC_SOFTSTP_CUR	0x33
#define ESR_ELx_EC_WATCHPT_CUR	0x35
#define ESR_ELx_EC_BRK64	0x3c
#define ESR_ELx_EC_MAX		0x3f

#define ESR_ELx_EC_SHIFT	26
#define ESR_ELx_EC_MASK		(UL(0x3f) << ESR_ELx_EC_SHIFT)
#define ESR_ELx_EC(esr)		(((esr) & ESR_ELx_EC_MASK) >> ESR_ELx_EC_SHIFT)
#define ESR_ELx_IL		(UL(1) << 25)
#define ESR_ELx_ISS_MASK	(UL(0x1ffffff))
#define ESR_ELx_ISS(esr)	((esr) & ESR_ELx_ISS_MASK)
#define ESR_ELx_ISV		(UL(1) << 24)
#define ESR_ELx_SET_SHIFT	11
#define ESR_ELx_SET_MASK	(UL(3) << ESR_ELx_SET_SHIFT)
#define ESR_ELx_FnV_SHIFT	10
#define ESR_ELx_FnV		(UL(1) << ESR_ELx_FnV_SHIFT)
#define ESR_ELx_EA_SHIFT	9
#define ESR_ELx_EA		(UL(1) << ESR_ELx_EA_SHIFT)
#define ESR_ELx_CM_SHIFT	8
#define ESR_ELx_CM		(UL(1) << ESR_ELx_CM_SHIFT)
#define ESR_ELx_S1PTW_SHIFT	7
#define ESR_ELx_S1PTW		(UL(1) << ESR_ELx_S1PTW_SHIFT)
#define ESR_ELx_WNR_SHIFT	6
#define ESR_ELx_WNR		(UL(1) << ESR_ELx_WNR_SHIFT)
#define ESR_ELx_FSC		(0x3f)
#define ESR_ELx_FSC_TYPE	(0x3c)
#define ESR_ELx_FSC_LEVEL	(0x03)
#define ESR_ELx_FSC_FAULT	(0x04)	/* translation fault */
#define ESR_ELx_FSC_ACCESS	(0x08)	/* access flag fault */
#define ESR_ELx_FSC_PERM	(0x0c)	/* permission fault */
#define ESR_ELx_BRK64_ISS_COMMENT_MASK	0xffff

#ifndef __ASSEMBLY__
#include <linux/types.h>

static inline bool esr_is_data_abort(u64 esr)
{
	u64 ec = ESR_ELx_EC(esr);

	return ec == ESR_ELx_EC_DABT_LOW || ec == ESR_ELx_EC_DABT_CUR;
}

const char *esr_get_class_string(u64 esr);
#endif

#endif /* __ASM_ESR_H */
