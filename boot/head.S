/* SPDX-License-Identifier: GPL-2.0 */
/*
 * boot/head.S - from the boot loader's jump to start_kernel().
 * Linux: arch/arm64/kernel/head.S.
 *
 * Entry (Documentation/arm64/booting.rst): MMU off, x0 = physical address
 * of the device tree, at EL2 or EL1. The image runs at whatever physical
 * address it was loaded to, so until the MMU is on every address is formed
 * PC-relative (adr_l). The steps:
 *   1. park every CPU but the boot CPU
 *   2. leave EL2 for EL1 if entered at EL2          (init_kernel_el)
 *   3. clear .bss, set up a stack
 *   4. build two early tables in C (early_map_kernel): an identity map of
 *      the image for TTBR0 and the kernel image at KIMAGE_VADDR for TTBR1
 *   5. program MAIR/TCR, turn the MMU on, jump to the high virtual address
 *   6. set VBAR_EL1, record the DTB and kimage_voffset, call start_kernel()
 *
 * Secondary CPUs take their own way in: PSCI CPU_ON starts each at
 * secondary_entry (physical address, MMU off, x0 = context id, unused),
 * at EL2 or EL1 like the boot CPU. Everything the boot CPU set up in its
 * own system registers must be done again there (init_kernel_el,
 * __cpu_setup, __enable_mmu: EL2 configuration, MAIR/TCR and SCTLR are
 * per CPU); the page tables are shared (swapper_pg_dir is final by then).
 * Then __secondary_switched takes the idle task that __cpu_up() left in
 * secondary_data and calls secondary_start_kernel().
 */
#include <asm/assembler.h>
#include <asm/sysreg.h>
#include <asm/memory.h>
#include <asm/smp.h>
#include <asm/thread_info.h>

	.section ".head.text", "ax"
/* The 64-byte Linux arm64 Image header: QEMU's -kernel reads it. */
SYM_FUNC_START(_head)
	b	primary_entry			// code0
	.long	0				// code1
	.quad	0				// text_offset: load 2 MB aligned
	.quad	_kernel_size_le			// image_size, including .bss
	.quad	_kernel_flags_le		// LE, 4K pages, anywhere in RAM
	.quad	0				// res2
	.quad	0				// res3
	.quad	0				// res4
	.ascii	"ARM\x64"			// magic
	.long	0				// res5
SYM_FUNC_END(_head)

	.text
SYM_FUNC_START_LOCAL(primary_entry)
	mov	x19, x0				// x19 = DTB physical address
	mrs	x0, mpidr_el1
	mov_q	x1, MPIDR_HWID_BITMASK
	and	x0, x0, x1
	cbnz	x0, secondary_park		// only CPU 0 boots; the others park

	bl	init_kernel_el			// w0 = BOOT_CPU_MODE_EL{1,2}
	mov	w20, w0

	/*
	 * Clear .bss with aligned 8-byte stores: with the MMU off all data
	 * accesses are Device-nGnRnE, where unaligned accesses fault.
	 */
	adr_l	x0, __bss_start
	adr_l	x1, __bss_stop
1:	cmp	x0, x1
	b.hs	2f
	str	xzr, [x0], #8
	b	1b
2:
	adr_l	x0, init_stack
	add	sp, x0, #THREAD_SIZE

	adr_l	x0, _text			// physical load address
	bl	early_map_kernel

	/*
	 * The tables were written with the MMU (and so the caches) off.
	 * Drop any stale lines a boot loader may have left for those
	 * addresses before the walker reads them with caching on.
	 */
	adr_l	x0, init_idmap_pg_dir
	adr_l	x1, init_pg_end
	bl	dcache_inval_poc

	bl	__cpu_setup			// x0 = SCTLR_EL1 value for MMU on
	adr_l	x1, init_idmap_pg_dir
	adr_l	x2, init_pg_dir
	bl	__enable_mmu
	/* Still running at the physical address, through the identity map. */
	adr_l	x0, _text			// x0 = physical _text, for kimage_voffset
	ldr	x8, =__primary_switched		// link-time (virtual) address
	br	x8
SYM_FUNC_END(primary_entry)

/*
 * A CPU the boot loader started along with the boot CPU waits here for
 * good (QEMU virt's firmware holds secondaries off until CPU_ON, so none
 * arrives on QEMU; Linux's booting protocol forbids it too).
 */
SYM_FUNC_START_LOCAL(secondary_park)
1:	wfe
	b	1b
SYM_FUNC_END(secondary_park)

/*
 * secondary_entry: PSCI CPU_ON's entry point. No stack is needed until
 * __secondary_switched: the three calls below use registers only.
 */
SYM_FUNC_START(secondary_entry)
	bl	init_kernel_el			// the per-CPU EL2 set-up, if at EL2
	mov	w20, w0				// w20 = the EL it came in at
	bl	__cpu_setup			// x0 = SCTLR_EL1 value for MMU on
	adr_l	x1, init_idmap_pg_dir
	adr_l	x2, swapper_pg_dir
	bl	__enable_mmu
	ldr	x8, =__secondary_switched	// link-time (virtual) address
	br	x8
SYM_FUNC_END(secondary_entry)

/*
 * init_kernel_el: return at EL1 with w0 = the EL we were entered at.
 * From EL2 we give EL1 an AArch64, untrapped view of the machine and eret.
 */
SYM_FUNC_START_LOCAL(init_kernel_el)
	mrs	x0, CurrentEL
	cmp	x0, #CurrentEL_EL2
	b.eq	init_el2
	mov_q	x0, INIT_SCTLR_EL1_MMU_OFF
	msr	sctlr_el1, x0
	isb
	mov_q	x0, INIT_PSTATE_EL1
	msr	spsr_el1, x0
	msr	elr_el1, lr
	mov	w0, #BOOT_CPU_MODE_EL1
	eret

init_el2:
	mov_q	x0, HCR_HOST_NVHE_FLAGS		// EL1 runs AArch64, nothing trapped
	msr	hcr_el2, x0
	isb
	mov	x0, #3				// EL1PCTEN | EL1PCEN: EL1 may use
	msr	cnthctl_el2, x0			// the physical counter and timer
	msr	cntvoff_el2, xzr		// virtual counter == physical
	msr	vttbr_el2, xzr			// no stage-2 translation
	mov	x0, #0x33ff			// CPTR_EL2: don't trap FP/SIMD
	msr	cptr_el2, x0
	msr	hstr_el2, xzr
	/* PMU: give EL1 all event counters (MDCR_EL2.HPMN = PMCR_EL0.N) */
	mrs	x0, id_aa64dfr0_el1
	ubfx	x0, x0, #8, #4			// PMUVer
	cbz	x0, 1f
	cmp	x0, #0xf			// IMPLEMENTATION DEFINED PMU
	b.eq	1f
	mrs	x0, pmcr_el0
	ubfx	x0, x0, #11, #5			// N
	msr	mdcr_el2, x0
1:
	/*
	 * GICv3: let EL1 use the system-register CPU interface (ICC_*_EL1)
	 * by setting ICC_SRE_EL2.{SRE,Enable}; skipped when the CPU has no
	 * GICv3 interface (ID_AA64PFR0_EL1.GIC == 0) or the bit won't stick.
	 */
	mrs	x0, id_aa64pfr0_el1
	ubfx	x0, x0, #24, #4			// GIC
	cbz	x0, 2f
	mrs	x0, S3_4_C12_C9_5		// ICC_SRE_EL2
	orr	x0, x0, #(1 << 0)		// SRE
	orr	x0, x0, #(1 << 3)		// Enable: EL1 may set its SRE
	msr	S3_4_C12_C9_5, x0
	isb
	mrs	x0, S3_4_C12_C9_5
	tbz	x0, #0, 2f
	msr	S3_4_C12_C11_0, xzr		// ICH_HCR_EL2: no virtual GIC
2:
	mrs	x0, midr_el1			// EL1 reads of MIDR/MPIDR see
	msr	vpidr_el2, x0			// the real values
	mrs	x0, mpidr_el1
	msr	vmpidr_el2, x0
	mov_q	x0, INIT_SCTLR_EL1_MMU_OFF
	msr	sctlr_el1, x0
	mov_q	x0, INIT_PSTATE_EL1
	msr	spsr_el2, x0
	msr	elr_el2, lr
	mov	w0, #BOOT_CPU_MODE_EL2
	eret
SYM_FUNC_END(init_kernel_el)

/* dcache_inval_poc(start, end): invalidate data cache lines to the PoC. */
SYM_FUNC_START(dcache_inval_poc)
	dcache_line_size x2, x3
	sub	x3, x2, #1
	bic	x0, x0, x3
1:	dc	ivac, x0
	add	x0, x0, x2
	cmp	x0, x1
	b.lo	1b
	dsb	sy
	ret
SYM_FUNC_END(dcache_inval_poc)

/*
 * __cpu_setup: program the MMU's configuration registers. Linux:
 * arch/arm64/mm/proc.S. Returns the SCTLR_EL1 value that turns it on.
 */
SYM_FUNC_START(__cpu_setup)
	tlbi	vmalle1				// no stale TLB entries
	dsb	nsh
	/*
	 * CPACR_EL1.FPEN = 01: FP/SIMD traps at EL0 only. The kernel is built
	 * -mgeneral-regs-only and no FP state is switched between tasks, so a
	 * user program touching FP must trap (and is killed) rather than
	 * silently share registers with other tasks.
	 */
	mov	x1, #1 << 20

	msr	cpacr_el1, x1
	msr	mdscr_el1, xzr			// no debug exceptions at boot
	mov_q	x1, MAIR_EL1_SET
	msr	mair_el1, x1
	mov_q	x1, TCR_EL1_SET
	/* IPS = the CPU's physical address range (PARange) */
	mrs	x2, id_aa64mmfr0_el1
	and	x3, x2, #ID_AA64MMFR0_PARANGE_MASK
	cmp	x3, #5				// cap at 48 bits (0b0101)
	mov	x4, #5
	csel	x3, x3, x4, ls
	bfi	x1, x3, #TCR_IPS_SHIFT, #3
	/* 16-bit ASIDs when ASIDBits says so */
	ubfx	x3, x2, #ID_AA64MMFR0_ASIDBITS_SHIFT, #4
	cmp	x3, #2
	b.ne	1f
	orr	x1, x1, #TCR_ASID16
1:	msr	tcr_el1, x1
	/* the 4 KB granule must exist: TGran4 == 0xf means not implemented */
	ubfx	x3, x2, #ID_AA64MMFR0_TGRAN4_SHIFT, #4
	cmp	x3, #0xf
	b.eq	__no_granule_support
	mov_q	x0, INIT_SCTLR_EL1_MMU_ON
	ret
SYM_FUNC_END(__cpu_setup)

/*
 * No 4 KB granule: stop. A secondary leaves the reason where __cpu_up()
 * looks when it never comes online (the MMU is off: clean the line).
 */
SYM_FUNC_START_LOCAL(__no_granule_support)
	adr_l	x1, __early_cpu_boot_status
	mov	x2, #(CPU_STUCK_IN_KERNEL | CPU_STUCK_REASON_NO_GRAN)
	str	x2, [x1]
	dmb	sy
	dc	ivac, x1
1:	wfe
	wfi
	b	1b
SYM_FUNC_END(__no_granule_support)

/*
 * __enable_mmu(sctlr, ttbr0, ttbr1). The instruction after the SCTLR write
 * is fetched through the new tables, which is why this code must be mapped
 * at the same address in TTBR0 (the identity map) as it runs at now.
 */
SYM_FUNC_START(__enable_mmu)
	msr	ttbr0_el1, x1
	msr	ttbr1_el1, x2
	isb
	msr	sctlr_el1, x0
	isb
	ic	iallu				// discard instructions fetched
	dsb	nsh				// with the MMU off
	isb
	ret
SYM_FUNC_END(__enable_mmu)

/* Now at KIMAGE_VADDR. x0 = physical _text, x19 = DTB, w20 = boot EL. */
SYM_FUNC_START_LOCAL(__primary_switched)
	adr_l	x4, init_stack
	add	sp, x4, #THREAD_SIZE
	adr_l	x5, init_task			// current = init_task (asm/current.h)
	msr	sp_el0, x5
	msr	tpidr_el1, xzr			// per-CPU offset 0: the template,
						// until smp_prepare_boot_cpu()
	adr_l	x8, vectors
	msr	vbar_el1, x8
	isb
	mov	x29, xzr			// end of the frame-pointer chain
	mov	x30, xzr
	adr_l	x4, _text
	sub	x4, x4, x0			// VA - PA of the image
	adr_l	x5, kimage_voffset
	str	x4, [x5]
	adr_l	x5, __fdt_pointer
	str	x19, [x5]
	mov	w0, w20
	bl	set_cpu_boot_mode_flag
	bl	start_kernel
	brk	#0x100				// start_kernel never returns
SYM_FUNC_END(__primary_switched)

/*
 * set_cpu_boot_mode_flag(w0 = BOOT_CPU_MODE_EL{1,2}): record this CPU's
 * entry mode in __boot_cpu_mode[] (asm/virt.h says how to read it).
 * Called with the MMU on, so a plain store is seen by every CPU.
 */
SYM_FUNC_START_LOCAL(set_cpu_boot_mode_flag)
	adr_l	x1, __boot_cpu_mode
	cmp	w0, #BOOT_CPU_MODE_EL2
	b.ne	1f
	add	x1, x1, #4
1:	str	w0, [x1]
	ret
SYM_FUNC_END(set_cpu_boot_mode_flag)

/*
 * Now at KIMAGE_VADDR on a secondary CPU. Linux: the same function. Its
 * idle task gives it a stack and `current`; secondary_data.task is NULL
 * if __cpu_up() already gave up on this CPU, which then must not touch
 * kernel state and waits for good.
 */
SYM_FUNC_START_LOCAL(__secondary_switched)
	mov	w0, w20
	bl	set_cpu_boot_mode_flag
	adr_l	x5, vectors
	msr	vbar_el1, x5
	isb
	adr_l	x5, __early_cpu_boot_status
	str	xzr, [x5]
	adr_l	x0, secondary_data
	ldr	x2, [x0, #CPU_BOOT_TASK]
	cbz	x2, __secondary_too_slow
	msr	sp_el0, x2			// current = the idle task
	ldr	w3, [x2, #TSK_TI_CPU]		// its CPU's per-CPU offset
	adr_l	x4, __per_cpu_offset
	ldr	x4, [x4, x3, lsl #3]
	msr	tpidr_el1, x4			// this_cpu_ptr() works from here
	ldr	x1, [x2, #TSK_STACK]
	add	sp, x1, #THREAD_SIZE
	mov	x29, xzr			// end of the frame-pointer chain
	mov	x30, xzr
	bl	secondary_start_kernel
	brk	#0x100				// it never returns
SYM_FUNC_END(__secondary_switched)

SYM_FUNC_START_LOCAL(__secondary_too_slow)
	wfe
	wfi
	b	__secondary_too_slow
SYM_FUNC_END(__secondary_too_slow)

/*
 * idmap_cpu_replace_ttbr1(ttbr1): switch TTBR1 to new tables. Runs from the
 * identity map so that no TTBR1 entry is in use while the old and new
 * tables' TLB entries could conflict (Linux: arch/arm64/mm/proc.S).
 */
	.pushsection ".idmap.text", "ax"
SYM_FUNC_START(idmap_cpu_replace_ttbr1)
	adrp	x1, reserved_pg_dir		// empty tables: nothing translates
	msr	ttbr1_el1, x1
	isb
	tlbi	vmalle1
	dsb	nsh
	isb
	msr	ttbr1_el1, x0
	isb
	ret
SYM_FUNC_END(idmap_cpu_replace_ttbr1)
	.popsection

	.section ".bss..page_aligned", "aw", %nobits
	.balign	4096
	.globl	init_stack
init_stack:
	.space	THREAD_SIZE

	.data
	.balign 8
	.globl	__fdt_pointer, kimage_voffset, __boot_cpu_mode
	.globl	__early_cpu_boot_status
__fdt_pointer:	.quad	0
kimage_voffset:	.quad	0
__early_cpu_boot_status: .quad 0
__boot_cpu_mode:				// see asm/virt.h
	.long	BOOT_CPU_MODE_EL2
	.long	BOOT_CPU_MODE_EL1
