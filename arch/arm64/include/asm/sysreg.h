/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/sysreg.h - system register accessors and the bit values tinymm writes
 * into SCTLR_EL1, TCR_EL1, MAIR_EL1 and HCR_EL2, each explained.
 * Linux: arch/arm64/include/asm/sysreg.h, kvm_arm.h, pgtable-hwdef.h (TCR).
 * Bit positions: Arm ARM (DDI 0487), D19 "AArch64 System Register Descriptions".
 */
#ifndef __ASM_SYSREG_H
#define __ASM_SYSREG_H

#include <asm/memory.h>

#define _BITUL(x)	(UL(1) << (x))

/* CurrentEL.EL is bits [3:2] */
#define CurrentEL_EL1		(1 << 2)
#define CurrentEL_EL2		(2 << 2)

#define BOOT_CPU_MODE_EL1	0xe11
#define BOOT_CPU_MODE_EL2	0xe12

/* ---- SCTLR_EL1: system control ---- */
#define SCTLR_ELx_M		_BITUL(0)	/* stage 1 MMU enable */
#define SCTLR_ELx_A		_BITUL(1)	/* alignment fault checking (off) */
#define SCTLR_ELx_C		_BITUL(2)	/* data caches on */
#define SCTLR_ELx_SA		_BITUL(3)	/* SP alignment check at EL1 */
#define SCTLR_EL1_SA0		_BITUL(4)	/* SP alignment check at EL0 */
#define SCTLR_EL1_SED		_BITUL(8)	/* no AArch32 SETEND at EL0 */
#define SCTLR_EL1_EOS		_BITUL(11)	/* exception exit is context synchronising */
#define SCTLR_ELx_I		_BITUL(12)	/* instruction caches on */
#define SCTLR_EL1_DZE		_BITUL(14)	/* EL0 may use DC ZVA */
#define SCTLR_EL1_UCT		_BITUL(15)	/* EL0 may read CTR_EL0 */
#define SCTLR_EL1_NTWI		_BITUL(16)	/* EL0 WFI not trapped */
#define SCTLR_EL1_NTWE		_BITUL(18)	/* EL0 WFE not trapped */
#define SCTLR_ELx_WXN		_BITUL(19)	/* writable implies XN (we enforce W^X in tables) */
#define SCTLR_EL1_TSCXT		_BITUL(20)	/* RES1 on v8.0 */
#define SCTLR_EL1_EIS		_BITUL(22)	/* exception entry is context synchronising */
#define SCTLR_EL1_SPAN		_BITUL(23)	/* PSTATE.PAN unchanged on exception */
#define SCTLR_EL1_UCI		_BITUL(26)	/* EL0 cache maintenance allowed */
#define SCTLR_EL1_NTLSMD	_BITUL(28)	/* RES1 on v8.0 */
#define SCTLR_EL1_LSMAOE	_BITUL(29)	/* RES1 on v8.0 */

/* Little-endian, caches and MMU off: how every boot path leaves EL1. */
#define INIT_SCTLR_EL1_MMU_OFF \
	(SCTLR_EL1_LSMAOE | SCTLR_EL1_NTLSMD | SCTLR_EL1_EIS | \
	 SCTLR_EL1_TSCXT | SCTLR_EL1_EOS)

#define INIT_SCTLR_EL1_MMU_ON \
	(SCTLR_ELx_M | SCTLR_ELx_C | SCTLR_ELx_SA | SCTLR_EL1_SA0 | \
	 SCTLR_EL1_SED | SCTLR_ELx_I | SCTLR_EL1_DZE | SCTLR_EL1_UCT | \
	 SCTLR_EL1_NTWI | SCTLR_EL1_NTWE | SCTLR_EL1_SPAN | SCTLR_EL1_UCI | \
	 INIT_SCTLR_EL1_MMU_OFF)

/* ---- HCR_EL2 (only to leave EL2) ---- */
#define HCR_RW			_BITUL(31)	/* EL1 is AArch64 */
#define HCR_HOST_NVHE_FLAGS	HCR_RW

/* ---- PSTATE we eret into at EL1: EL1h, D, A, I, F masked ---- */
#define PSR_MODE_EL1h		0x00000005
#define PSR_F_BIT		0x00000040
#define PSR_I_BIT		0x00000080
#define PSR_A_BIT		0x00000100
#define PSR_D_BIT		0x00000200
#define INIT_PSTATE_EL1 \
	(PSR_D_BIT | PSR_A_BIT | PSR_I_BIT | PSR_F_BIT | PSR_MODE_EL1h)

/* ---- MAIR_EL1: memory attribute indirection, one byte per AttrIndx ---- */
#define MAIR_ATTR_DEVICE_nGnRnE	0x00UL	/* strongly ordered device */
#define MAIR_ATTR_DEVICE_nGnRE	0x04UL	/* device, early write ack (UART) */
#define MAIR_ATTR_NORMAL_NC	0x44UL	/* normal, inner/outer non-cacheable */
#define MAIR_ATTR_NORMAL	0xffUL	/* normal, inner/outer write-back RW-allocate */
#define MAIR_ATTRIDX(attr, idx)	((attr) << ((idx) * 8))

/* The index each PTE's AttrIndx[2:0] selects; same numbers as Linux. */
#define MT_NORMAL		0
#define MT_NORMAL_TAGGED	1	/* no MTE here: plain normal memory */
#define MT_NORMAL_NC		2
#define MT_DEVICE_nGnRnE	3
#define MT_DEVICE_nGnRE		4

#define MAIR_EL1_SET \
	(MAIR_ATTRIDX(MAIR_ATTR_NORMAL, MT_NORMAL) | \
	 MAIR_ATTRIDX(MAIR_ATTR_NORMAL, MT_NORMAL_TAGGED) | \
	 MAIR_ATTRIDX(MAIR_ATTR_NORMAL_NC, MT_NORMAL_NC) | \
	 MAIR_ATTRIDX(MAIR_ATTR_DEVICE_nGnRnE, MT_DEVICE_nGnRnE) | \
	 MAIR_ATTRIDX(MAIR_ATTR_DEVICE_nGnRE, MT_DEVICE_nGnRE))

/* ---- TCR_EL1: translation control ---- */
#define TCR_T0SZ(x)		((UL(64) - (x)) << 0)	/* TTBR0 covers 2^x bytes */
#define TCR_T1SZ(x)		((UL(64) - (x)) << 16)	/* TTBR1 covers 2^x bytes */
#define TCR_IRGN0_WBWA		(UL(1) << 8)	/* table walks: inner write-back */
#define TCR_ORGN0_WBWA		(UL(1) << 10)	/* table walks: outer write-back */
#define TCR_SH0_INNER		(UL(3) << 12)	/* table walks: inner shareable */
#define TCR_TG0_4K		(UL(0) << 14)	/* TTBR0 granule 4 KB */
#define TCR_EPD0		(UL(1) << 7)	/* (not set) disable TTBR0 walks */
#define TCR_IRGN1_WBWA		(UL(1) << 24)
#define TCR_ORGN1_WBWA		(UL(1) << 26)
#define TCR_SH1_INNER		(UL(3) << 28)
#define TCR_TG1_4K		(UL(2) << 30)	/* TTBR1 granule 4 KB (TG1 encodes differently) */
#define TCR_IPS_SHIFT		32		/* physical address size, from PARange */
#define TCR_A1			(UL(1) << 22)	/* (not set) ASID comes from TTBR0 */
#define TCR_ASID16		(UL(1) << 36)	/* 16-bit ASIDs where implemented */

#define TCR_EL1_SET \
	(TCR_T0SZ(VA_BITS) | TCR_T1SZ(VA_BITS) | \
	 TCR_IRGN0_WBWA | TCR_ORGN0_WBWA | TCR_SH0_INNER | TCR_TG0_4K | \
	 TCR_IRGN1_WBWA | TCR_ORGN1_WBWA | TCR_SH1_INNER | TCR_TG1_4K)

/* ID_AA64MMFR0_EL1 fields */
#define ID_AA64MMFR0_PARANGE_MASK	0xf
#define ID_AA64MMFR0_ASIDBITS_SHIFT	4
#define ID_AA64MMFR0_TGRAN4_SHIFT	28

/* MPIDR_EL1: Aff3 [39:32], Aff2..Aff0 [23:0] identify the CPU */
#define MPIDR_HWID_BITMASK	UL(0xff00ffffff)

#ifndef __ASSEMBLY__
#include <linux/types.h>
#include <linux/compiler.h>

#define read_sysreg(r) ({					\
	u64 __val;						\
	asm volatile("mrs %0, " __stringify(r) : "=r" (__val));	\
	__val;							\
})

#define write_sysreg(v, r) do {					\
	u64 __val = (u64)(v);					\
	asm volatile("msr " __stringify(r) ", %x0" : : "rZ" (__val)); \
} while (0)

#include <asm/barrier.h>
#endif

#endif /* __ASM_SYSREG_H */
