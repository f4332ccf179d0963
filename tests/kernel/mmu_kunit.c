// SPDX-License-Identifier: GPL-2.0
/*
 * tests/kernel/mmu_kunit.c - the MMU set-up, checked on the running kernel:
 * register values, W^X of the kernel image, the linear map against the
 * hardware's own translation (AT S1E1R), the fixmap and an empty TTBR0.
 */
#include <linux/kernel.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/console.h>
#include <kunit/test.h>
#include <asm/fixmap.h>
#include <asm/pgtable.h>
#include <asm/ptdump.h>
#include <asm/sections.h>
#include <asm/sysreg.h>
#include <asm/uaccess.h>
#include <tinymm/lkdtm.h>
#include <tinymm/test_hooks.h>

static const u64 ro_word = 0x1234567890abcdefULL;
static u64 rw_word = 42;

/* Ask the MMU itself: PAR_EL1 after AT S1E1R (bit 0 set = it faulted). */
static bool hw_translate(u64 va, phys_addr_t *pa)
{
	u64 par;

	asm volatile("at s1e1r, %0" : : "r" (va));
	isb();
	par = read_sysreg(par_el1);
	if (par & 1)
		return false;
	*pa = (par & PTE_ADDR_MASK) | (va & ~PAGE_MASK);
	return true;
}

/* Walk swapper_pg_dir in software; returns the leaf entry or 0. */
static u64 leaf_entry(u64 addr)
{
	pgd_t *pgdp = pgd_offset_k(addr);
	p4d_t *p4dp = p4d_offset(pgdp, addr);
	pud_t *pudp;
	pmd_t *pmdp;

	if (p4d_none(*p4dp))
		return 0;
	pudp = pud_offset(p4dp, addr);
	if (pud_none(*pudp) || pud_sect(*pudp))
		return pud_val(*pudp);
	pmdp = pmd_offset(pudp, addr);
	if (pmd_none(*pmdp) || pmd_sect(*pmdp))
		return pmd_val(*pmdp);
	return pte_val(*pte_offset_kernel(pmdp, addr));
}

static void mmu_registers(struct kunit *test)
{
	u64 sctlr = read_sysreg(sctlr_el1), tcr = read_sysreg(tcr_el1);

	KUNIT_EXPECT_EQ(test, read_sysreg(mair_el1), MAIR_EL1_SET);
	KUNIT_EXPECT_EQ(test, tcr & 0x3f, 64 - VA_BITS);		/* T0SZ */
	KUNIT_EXPECT_EQ(test, (tcr >> 16) & 0x3f, 64 - VA_BITS);	/* T1SZ */
	KUNIT_EXPECT_EQ(test, (tcr >> 14) & 3, 0);		/* TG0 = 4K */
	KUNIT_EXPECT_EQ(test, (tcr >> 30) & 3, 2);		/* TG1 = 4K */
	KUNIT_EXPECT_TRUE(test, sctlr & SCTLR_ELx_M);
	KUNIT_EXPECT_TRUE(test, sctlr & SCTLR_ELx_C);
	KUNIT_EXPECT_TRUE(test, sctlr & SCTLR_ELx_I);
}

static void mmu_ttbr1_is_swapper(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, read_sysreg(ttbr1_el1) & PTE_ADDR_MASK,
			__pa_symbol(swapper_pg_dir));
	KUNIT_EXPECT_PTR_EQ(test, init_mm.pgd, swapper_pg_dir);
}

static void mmu_ttbr0_is_empty(struct kunit *test)
{
	struct mm_struct *mm = current->active_mm;
	u64 val;

	/*
	 * No user mm has run: the empty reserved table. Once one has, this
	 * kernel thread keeps the last one loaded (lazy TLB, chapter 07).
	 */
	KUNIT_EXPECT_EQ(test, read_sysreg(ttbr0_el1) & PTE_ADDR_MASK,
			mm == &init_mm ? __pa_symbol(reserved_pg_dir) :
					 virt_to_phys(mm->pgd));
	/* the identity map is gone: the kernel's own PA no longer translates */
	KUNIT_EXPECT_EQ(test, get_kernel_nofault_u64(&val,
			(void *)__pa_symbol(_text)), -EFAULT);
	KUNIT_EXPECT_EQ(test, get_kernel_nofault_u64(&val, NULL), -EFAULT);
}

static void mmu_text_is_readonly(struct kunit *test)
{
	u64 *text = (u64 *)(void *)mmu_registers;
	u64 val = *text;

	KUNIT_EXPECT_EQ(test, put_kernel_nofault_u64(text, val), -EFAULT);
	KUNIT_EXPECT_EQ(test, *text, val);
}

static void mmu_rodata_is_readonly(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, put_kernel_nofault_u64((void *)&ro_word, 1), -EFAULT);
	KUNIT_EXPECT_EQ(test, ro_word, 0x1234567890abcdefULL);
}

static void mmu_data_is_writable(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, put_kernel_nofault_u64(&rw_word, 43), 0);
	KUNIT_EXPECT_EQ(test, rw_word, 43);
}

static void run_exec_data(void *unused)
{
	lkdtm_EXEC_DATA();
}

static void mmu_exec_data_faults(struct kunit *test)
{
	u64 mark = printk_log_pos();

	KUNIT_EXPECT_TRUE(test, run_as_task("ktest", run_exec_data, NULL));
	KUNIT_EXPECT_TRUE(test, printk_log_contains(mark,
			"execute from non-executable memory"));
}

static void mmu_segment_permissions(struct kunit *test)
{
	u64 text = leaf_entry((u64)_stext);
	u64 rodata = leaf_entry((u64)&ro_word);
	u64 data = leaf_entry((u64)&rw_word);
	u64 lm = leaf_entry((u64)lm_alias(_stext));

	KUNIT_EXPECT_TRUE(test, (text & PTE_RDONLY) && !(text & PTE_PXN));
	KUNIT_EXPECT_TRUE(test, (rodata & PTE_RDONLY) && (rodata & PTE_PXN));
	KUNIT_EXPECT_TRUE(test, !(data & PTE_RDONLY) && (data & PTE_PXN));
	KUNIT_EXPECT_TRUE(test, lm & PTE_PXN);	/* linear alias never executes */
	KUNIT_EXPECT_EQ(test, (text & PTE_ATTRINDX_MASK) >> 2, MT_NORMAL);
}

static void mmu_no_wx_mappings(struct kunit *test)
{
	struct ptdump_stats stats;

	ptdump_walk(NULL, &stats);
	KUNIT_EXPECT_EQ(test, stats.wx_pages, 0);
	KUNIT_EXPECT_GE(test, stats.ranges, 4);	/* linear map, text, rodata, data */
}

/* Every memory region, sampled each 1 MB: __va/__pa agree with hardware. */
static void mmu_va_pa_roundtrip(struct kunit *test)
{
	struct memblock_region *r;
	unsigned long checked = 0;

	for_each_mem_region(r) {
		phys_addr_t pa, end = r->base + r->size;

		for (pa = r->base; pa < end; pa += SZ_1M) {
			phys_addr_t last = min(pa + SZ_1M, end) - 8, got;
			void *va = __va(pa);

			KUNIT_ASSERT_EQ(test, __pa(va), pa);
			KUNIT_ASSERT_TRUE(test, hw_translate((u64)va, &got));
			KUNIT_ASSERT_EQ(test, got, pa);
			KUNIT_ASSERT_TRUE(test, hw_translate((u64)__va(last), &got));
			KUNIT_ASSERT_EQ(test, got, last);
			checked++;
		}
	}
	KUNIT_EXPECT_GE(test, checked, memblock_phys_mem_size() / SZ_1M);
}

static void mmu_kernel_image_aliases(struct kunit *test)
{
	phys_addr_t pa;

	KUNIT_ASSERT_TRUE(test, hw_translate((u64)_text, &pa));
	KUNIT_EXPECT_EQ(test, pa, __pa_symbol(_text));
	/* __pa() would give the same, with DEBUG_VIRTUAL's warning */
	KUNIT_EXPECT_EQ(test, __pa_nodebug(_text), __pa_symbol(_text));
	/* the same bytes through the image and the linear map */
	KUNIT_EXPECT_EQ(test, memcmp(_text, lm_alias(_text), PAGE_SIZE), 0);
	KUNIT_EXPECT_EQ(test, (u64)_text, KIMAGE_VADDR);
}

/* The v5.19 arm64 layout for 48-bit VA and 4K pages (asm/memory.h). */
static void mmu_layout_is_v5_19(struct kunit *test)
{
	phys_addr_t pa;

	KUNIT_EXPECT_EQ(test, PAGE_OFFSET, 0xffff000000000000UL);
	KUNIT_EXPECT_EQ(test, PAGE_END, 0xffff800000000000UL);
	KUNIT_EXPECT_EQ(test, MODULES_END, 0xffff800008000000UL);
	KUNIT_EXPECT_EQ(test, VMALLOC_START, MODULES_END);
	KUNIT_EXPECT_EQ(test, VMALLOC_END, 0xfffffbfff0000000UL);
	KUNIT_EXPECT_EQ(test, FIXADDR_TOP, 0xfffffbfffe000000UL);
	KUNIT_EXPECT_EQ(test, PCI_IO_START, 0xfffffbfffe800000UL);
	KUNIT_EXPECT_EQ(test, PCI_IO_END, 0xfffffbffff800000UL);
	KUNIT_EXPECT_EQ(test, VMEMMAP_START, 0xfffffc0000000000UL);
	KUNIT_EXPECT_EQ(test, VMEMMAP_END, 0xfffffe0000000000UL);
	/* the DTB is still mapped in the fixmap, at its new place */
	KUNIT_EXPECT_TRUE(test, hw_translate(__fix_to_virt(FIX_FDT), &pa));
}

static void mmu_unmapped_faults(struct kunit *test)
{
	u64 val;
	phys_addr_t pa;

	KUNIT_EXPECT_FALSE(test, hw_translate(LKDTM_UNMAPPED_ADDR, &pa));
	KUNIT_EXPECT_EQ(test, get_kernel_nofault_u64(&val,
			(void *)LKDTM_UNMAPPED_ADDR), -EFAULT);
	/* just past the end of RAM in the linear map */
	KUNIT_EXPECT_EQ(test, get_kernel_nofault_u64(&val,
			__va(memblock_end_of_DRAM())), -EFAULT);
}

static void mmu_fixmap_slot(struct kunit *test)
{
	phys_addr_t pa = __pa_symbol(&ro_word);
	u64 va = set_fixmap_offset(FIX_PTE, pa, FIXMAP_PAGE_RO);
	u64 val;

	KUNIT_EXPECT_EQ(test, *(u64 *)va, ro_word);
	clear_fixmap(FIX_PTE);
	KUNIT_EXPECT_EQ(test, get_kernel_nofault_u64(&val, (void *)va), -EFAULT);
}

static struct kunit_case mmu_cases[] = {
	KUNIT_CASE(mmu_registers),
	KUNIT_CASE(mmu_layout_is_v5_19),
	KUNIT_CASE(mmu_ttbr1_is_swapper),
	KUNIT_CASE(mmu_ttbr0_is_empty),
	KUNIT_CASE(mmu_text_is_readonly),
	KUNIT_CASE(mmu_rodata_is_readonly),
	KUNIT_CASE(mmu_data_is_writable),
	KUNIT_CASE(mmu_exec_data_faults),
	KUNIT_CASE(mmu_segment_permissions),
	KUNIT_CASE(mmu_no_wx_mappings),
	KUNIT_CASE(mmu_va_pa_roundtrip),
	KUNIT_CASE(mmu_kernel_image_aliases),
	KUNIT_CASE(mmu_unmapped_faults),
	KUNIT_CASE(mmu_fixmap_slot),
	{}
};

static struct kunit_suite mmu_suite = {
	.name = "mmu",
	.test_cases = mmu_cases,
};
kunit_test_suite(mmu_suite);
