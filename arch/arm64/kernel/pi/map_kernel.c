// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/kernel/pi/map_kernel.c - the first page tables, built with the
 * MMU off. Linux: arch/arm64/kernel/pi/map_kernel.c + map_range.c ("pi" =
 * position independent).
 *
 * This runs at the physical load address before anything is mapped, so it
 * may only use PC-relative addressing (the default small code model gives
 * adrp/add), no absolute pointers in data, no unaligned accesses (this file
 * is built with -mstrict-align) and no calls outside this file. Tables come
 * from two page pools reserved in the image by linker.ld and already zeroed
 * with .bss.
 *
 * Two maps are built:
 *  - init_idmap_pg_dir (TTBR0): the image at VA == PA, 2 MB blocks, so the
 *    instructions right after "MMU on" still have a mapping;
 *  - init_pg_dir (TTBR1): the image at KIMAGE_VADDR, 4 KB pages, RWX.
 *    paging_init() later replaces it with swapper_pg_dir, where text,
 *    rodata and data get their own permissions (W^X).
 */
#include <linux/types.h>
#include <asm/memory.h>
#include <asm/pgtable-hwdef.h>
#include <asm/pgtable-prot.h>

extern char _text[], _end[];
extern u64 init_idmap_pg_dir[], init_idmap_pg_end[];
extern u64 init_pg_dir[], init_pg_end[];

struct early_pool {
	u64 *next;	/* next free table page */
	u64 *end;
};

static void early_halt(void)
{
	for (;;)
		asm volatile("wfe");
}

static u64 *early_table(struct early_pool *pool)
{
	u64 *t = pool->next;

	if (t >= pool->end)
		early_halt();	/* linker.ld reserved too few pages */
	pool->next += PTRS_PER_PTE;
	return t;
}

/*
 * map_range - map [start, end) to pa in the table at @level (0 = pgd).
 * Uses a block where the range covers a whole aligned 1 GB/2 MB and
 * @blocks allows, otherwise descends, allocating the next-level table.
 */
static void map_range(struct early_pool *pool, u64 *tbl, u64 start, u64 end,
		      u64 pa, u64 prot, int level, bool blocks)
{
	int lshift = (3 - level) * (PAGE_SHIFT - 3) + PAGE_SHIFT;
	u64 lmask = (UL(1) << lshift) - 1;
	u64 *ptep = tbl + ((start >> lshift) & (PTRS_PER_PTE - 1));

	while (start < end) {
		u64 next = (start | lmask) + 1;

		if (next > end || next == 0)
			next = end;
		if (level == 3) {
			*ptep = pa | prot | PTE_TYPE_PAGE;
		} else if (blocks && level >= 1 && !((start | next | pa) & lmask)) {
			*ptep = pa | prot | PMD_TYPE_SECT;
		} else {
			if (!*ptep)
				*ptep = (u64)early_table(pool) | PMD_TYPE_TABLE;
			map_range(pool, (u64 *)(*ptep & PTE_ADDR_MASK), start,
				  next, pa, prot, level + 1, blocks);
		}
		pa += next - start;
		start = next;
		ptep++;
	}
}

void early_map_kernel(u64 pa_text)
{
	u64 size = (u64)(_end - _text);
	u64 attrs = PTE_AF | PTE_SHARED | PTE_ATTRINDX(MT_NORMAL);
	struct early_pool idpool = { init_idmap_pg_dir + PTRS_PER_PTE,
				     init_idmap_pg_end };
	struct early_pool kpool = { init_pg_dir + PTRS_PER_PTE, init_pg_end };
	u64 id_start = pa_text & PMD_MASK;
	u64 id_end = (pa_text + size + PMD_SIZE - 1) & PMD_MASK;

	map_range(&idpool, init_idmap_pg_dir, id_start, id_end, id_start,
		  attrs, 0, true);
	map_range(&kpool, init_pg_dir, KIMAGE_VADDR,
		  KIMAGE_VADDR + ((size + PAGE_SIZE - 1) & PAGE_MASK), pa_text,
		  attrs | PTE_UXN, 0, false);
}
