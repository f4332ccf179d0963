// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/mm_debug_test.c - the text of mm/debug.c (%pGg, dump_page),
 * mm/vmstat.c (buddyinfo, pagetypeinfo, zoneinfo), mm/show_mem.c and
 * fs/proc/meminfo.c, checked character for character against Linux v5.19's
 * formats. Linux has no such test; its formats are "tested" by every tool
 * that parses /proc.
 *
 * Each case builds a small machine by hand: one node, DMA32 and Normal of
 * 1024 pages (two pageblocks) each, an empty Movable zone, a mem_map of
 * 2048 struct pages at pfn 0x40000, and puts free blocks on the lists
 * directly. The allocator's real globals are saved and restored around it,
 * so the other suites never see this machine.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/percpu.h>
#include <linux/proc_fs.h>
#include <kunit/test.h>
#include <tinymm/shell.h>
#include "internal.h"
#include "host.h"

/* mm/debug.c and mm/show_mem.c; not in a header (Linux: mm.h for the 2nd) */

#define FAKE_PFN0	0x40000UL
#define FAKE_PAGES	2048
#define ZONE_PAGES	1024

static struct page fake_map[FAKE_PAGES];
static pg_data_t fake_pgdat;
static unsigned long fake_pb_flags[MAX_NR_ZONES][4];
/* per-CPU, as the zones' own: this CPU's copy is what zoneinfo prints */
static DEFINE_PER_CPU(struct per_cpu_pages, fake_pageset[MAX_NR_ZONES]);
static DEFINE_PER_CPU(struct per_cpu_zonestat, fake_zonestats[MAX_NR_ZONES]);

static struct {
	struct page *mem_map;
	unsigned long max_mapnr, pfn_offset, online, reserve;
	unsigned int nr_cpu_ids;
	struct pglist_data *node_data[MAX_NUMNODES];
} saved;

static void fake_zone(struct zone *z, int idx, unsigned long start,
		      unsigned long pages)
{
	unsigned int o, t;

	z->zone_pgdat = &fake_pgdat;
	z->node = 0;
	z->name = zone_names[idx];
	z->zone_start_pfn = start;
	z->spanned_pages = z->present_pages = pages;
	atomic_long_set(&z->managed_pages, pages ? pages - 8 : 0);
	z->pageblock_flags = fake_pb_flags[idx];
	spin_lock_init(&z->lock);
	for (o = 0; o < MAX_ORDER; o++)
		for (t = 0; t < MIGRATE_TYPES; t++)
			INIT_LIST_HEAD(&z->free_area[o].free_list[t]);
	z->per_cpu_pageset = &fake_pageset[idx];
	z->per_cpu_zonestats = &fake_zonestats[idx];
	memset(this_cpu_ptr(z->per_cpu_pageset), 0, sizeof(struct per_cpu_pages));
	memset(this_cpu_ptr(z->per_cpu_zonestats), 0,
	       sizeof(struct per_cpu_zonestat));
	for (t = 0; t < NR_PCP_LISTS; t++)
		INIT_LIST_HEAD(&this_cpu_ptr(z->per_cpu_pageset)->lists[t]);
}

/* Put the block at pfn on a free list as the allocator would. */
static void fake_free(struct zone *z, unsigned long pfn, unsigned int order,
		      int mt)
{
	struct page *page = pfn_to_page(pfn);

	set_buddy_order(page, order);
	list_add_tail(&page->lru, &z->free_area[order].free_list[mt]);
	z->free_area[order].nr_free++;
	__mod_zone_page_state(z, NR_FREE_PAGES, 1L << order);
}

static int mm_debug_init(struct kunit *test)
{
	struct zone *dma32 = &fake_pgdat.node_zones[ZONE_DMA32];
	struct zone *normal = &fake_pgdat.node_zones[ZONE_NORMAL];
	unsigned long i;

	saved.mem_map = mem_map;
	saved.max_mapnr = max_mapnr;
	saved.pfn_offset = mem_map_pfn_offset;
	saved.online = node_online_map;
	saved.reserve = totalreserve_pages;
	saved.nr_cpu_ids = nr_cpu_ids;
	memcpy(saved.node_data, node_data, sizeof(saved.node_data));

	memset(fake_map, 0, sizeof(fake_map));
	memset(&fake_pgdat, 0, sizeof(fake_pgdat));
	memset(fake_pb_flags, 0, sizeof(fake_pb_flags));
	mem_map = fake_map;
	max_mapnr = FAKE_PAGES;
	mem_map_pfn_offset = FAKE_PFN0;
	memset(node_data, 0, sizeof(saved.node_data));
	node_data[0] = &fake_pgdat;
	node_online_map = 1;
	nr_cpu_ids = 1;
	totalreserve_pages = 0;

	fake_pgdat.node_id = 0;
	fake_pgdat.node_start_pfn = FAKE_PFN0;
	fake_pgdat.node_spanned_pages = FAKE_PAGES;
	fake_pgdat.node_present_pages = FAKE_PAGES;
	fake_pgdat.node_mem_map = fake_map;
	fake_zone(dma32, ZONE_DMA32, FAKE_PFN0, ZONE_PAGES);
	fake_zone(normal, ZONE_NORMAL, FAKE_PFN0 + ZONE_PAGES, ZONE_PAGES);
	fake_zone(&fake_pgdat.node_zones[ZONE_MOVABLE], ZONE_MOVABLE, 0, 0);
	for (i = 0; i < FAKE_PAGES; i++) {
		set_page_links(&fake_map[i],
			       i < ZONE_PAGES ? ZONE_DMA32 : ZONE_NORMAL, 0);
		page_mapcount_reset(&fake_map[i]);
	}
	host_log_clear();
	return 0;
}

static void mm_debug_exit(struct kunit *test)
{
	mem_map = saved.mem_map;
	max_mapnr = saved.max_mapnr;
	mem_map_pfn_offset = saved.pfn_offset;
	node_online_map = saved.online;
	totalreserve_pages = saved.reserve;
	nr_cpu_ids = saved.nr_cpu_ids;
	memcpy(node_data, saved.node_data, sizeof(saved.node_data));
}

/* The log must contain want, whole lines included. */
#define EXPECT_LOG(test, want) do {					\
	if (!strstr(host_log_text(), want))				\
		KUNIT_FAIL(test, "log lacks:\n%s\nlog:\n%s", want,	\
			   host_log_text());				\
} while (0)

/* ---- %pGg ---- */

static const char *gfp_str(gfp_t gfp)
{
	static char buf[256];

	snprintf(buf, sizeof(buf), "%pGg", &gfp);
	return buf;
}

static void mm_debug_gfp_names_composite_first(struct kunit *test)
{
	KUNIT_EXPECT_STREQ(test, gfp_str(GFP_KERNEL), "GFP_KERNEL");
	KUNIT_EXPECT_STREQ(test, gfp_str(GFP_KERNEL | __GFP_ZERO),
			   "GFP_KERNEL|__GFP_ZERO");
	KUNIT_EXPECT_STREQ(test, gfp_str(GFP_ATOMIC | __GFP_NOWARN),
			   "GFP_ATOMIC|__GFP_NOWARN");
	KUNIT_EXPECT_STREQ(test, gfp_str(GFP_HIGHUSER_MOVABLE),
			   "GFP_HIGHUSER_MOVABLE");
	KUNIT_EXPECT_STREQ(test, gfp_str(GFP_KERNEL_ACCOUNT),
			   "GFP_KERNEL_ACCOUNT");
	KUNIT_EXPECT_STREQ(test, gfp_str(GFP_DMA32 | GFP_KERNEL),
			   "GFP_KERNEL|GFP_DMA32");
	KUNIT_EXPECT_STREQ(test, gfp_str(GFP_USER | __GFP_COMP | __GFP_ZERO),
			   "GFP_USER|__GFP_COMP|__GFP_ZERO");
	/* no composite covers IO|FS without DIRECT_RECLAIM: NOWAIT + bits */
	KUNIT_EXPECT_STREQ(test,
			   gfp_str(GFP_KERNEL & ~__GFP_DIRECT_RECLAIM),
			   "GFP_NOWAIT|__GFP_IO|__GFP_FS");
	/* __GFP_RECLAIM alone is GFP_NOIO, listed earlier in the table */
	KUNIT_EXPECT_STREQ(test, gfp_str(__GFP_RECLAIM), "GFP_NOIO");
	KUNIT_EXPECT_STREQ(test, gfp_str(__GFP_HIGH | __GFP_MEMALLOC),
			   "__GFP_HIGH|__GFP_MEMALLOC");
}

static void mm_debug_gfp_names_unknown_bits_and_zero(struct kunit *test)
{
	char buf[64];

	KUNIT_EXPECT_STREQ(test, gfp_str(0), "");
	KUNIT_EXPECT_STREQ(test, gfp_str(1u << 23), "0x800000");
	KUNIT_EXPECT_STREQ(test, gfp_str(GFP_KERNEL | (1u << 23)),
			   "GFP_KERNEL|0x800000");
	snprintf(buf, sizeof(buf), "mode:%#x(%pGg)", GFP_NOWAIT,
		 &(gfp_t){ GFP_NOWAIT });
	KUNIT_EXPECT_STREQ(test, buf, "mode:0x800(GFP_NOWAIT)");
}

/* Truncated output: nothing written past the end, full length returned. */
static void mm_debug_gfp_names_truncate(struct kunit *test)
{
	char buf[12];
	gfp_t gfp = GFP_KERNEL | __GFP_ZERO;
	int n;

	memset(buf, 'x', sizeof(buf));
	n = snprintf(buf, 8, "%pGg", &gfp);
	KUNIT_EXPECT_EQ(test, n, (int)strlen("GFP_KERNEL|__GFP_ZERO"));
	KUNIT_EXPECT_STREQ(test, buf, "GFP_KER");
	KUNIT_EXPECT_EQ(test, buf[8], 'x');
}

static void mm_debug_gfp_parse_reads_what_pgg_prints(struct kunit *test)
{
	gfp_t gfp;

	KUNIT_EXPECT_EQ(test, gfp_parse("GFP_KERNEL|__GFP_ZERO", &gfp), 0);
	KUNIT_EXPECT_EQ(test, gfp, GFP_KERNEL | __GFP_ZERO);
	KUNIT_EXPECT_EQ(test, gfp_parse("GFP_DMA32", &gfp), 0);
	KUNIT_EXPECT_EQ(test, gfp, GFP_DMA32);
	KUNIT_EXPECT_EQ(test, gfp_parse("0xcc0", &gfp), 0);
	KUNIT_EXPECT_EQ(test, gfp, GFP_KERNEL);
	KUNIT_EXPECT_EQ(test, gfp_parse("GFP_KERNEL|", &gfp), -EINVAL);
	KUNIT_EXPECT_EQ(test, gfp_parse("GFP_BOGUS", &gfp), -EINVAL);
}

/* ---- dump_page ---- */

static void mm_debug_dump_page_reserved(struct kunit *test)
{
	struct page *page = &fake_map[1];
	char want[128];

	__SetPageReserved(page);
	init_page_count(page);
	dump_page(page, "testing");
	snprintf(want, sizeof(want),
		 "page:%p refcount:1 mapcount:0 mapping:0000000000000000 index:0x0 pfn:0x40001\n",
		 page);
	EXPECT_LOG(test, want);
	EXPECT_LOG(test, "\nflags: 0x1000(reserved|node=0|zone=0)\n");
	/* 7 words: flags, lru, mapping, index, private, _mapcount|_refcount */
	EXPECT_LOG(test, "\nraw: 0000000000001000 0000000000000000 0000000000000000 0000000000000000\n"
			 "raw: 0000000000000000 0000000000000000 00000001ffffffff\n"
			 "page dumped because: testing\n");
}

static void mm_debug_dump_page_buddy_in_normal(struct kunit *test)
{
	struct page *page = &fake_map[ZONE_PAGES + 2];

	fake_free(&fake_pgdat.node_zones[ZONE_NORMAL], FAKE_PFN0 + ZONE_PAGES + 2,
		  1, MIGRATE_MOVABLE);
	dump_page(page, NULL);
	/* a buddy page's page_type reads as mapcount -128 */
	EXPECT_LOG(test, " refcount:0 mapcount:-128 mapping:0000000000000000 index:0x0 pfn:0x40402\n");
	EXPECT_LOG(test, "\nflags: 0x1000000000000000(node=0|zone=1)\n");
	EXPECT_LOG(test, " 0000000000000001 00000000ffffff7f\n");
	KUNIT_EXPECT_FALSE(test, strstr(host_log_text(), "dumped because"));
}

static void mm_debug_dump_page_compound_tail(struct kunit *test)
{
	struct page *head = &fake_map[4];
	char want[160];
	int i;

	head->index = 0x10;
	__SetPageHead(head);
	init_page_count(head);
	head[1].compound_order = 2;
	head[1].compound_nr = 4;
	atomic_set(&head[1].compound_mapcount, -1);
	for (i = 1; i < 4; i++)
		set_compound_head(&head[i], head);
	dump_page(&head[3], "tail");
	snprintf(want, sizeof(want),
		 "page:%p refcount:1 mapcount:0 mapping:0000000000000000 index:0x13 pfn:0x40007\n"
		 "head:%p order:2 compound_mapcount:0 compound_pincount:0\n"
		 "flags: 0x10000(head|node=0|zone=0)\nraw: ", &head[3], head);
	EXPECT_LOG(test, want);
	EXPECT_LOG(test, "\nhead: 0000000000010000 ");
}

static void mm_debug_dump_page_poisoned(struct kunit *test)
{
	struct page *page = &fake_map[9];
	char want[96];

	page->flags = ~0UL;
	dump_page(page, "poison");
	snprintf(want, sizeof(want),
		 "page:%p is uninitialized and poisoned\npage dumped because: poison\n",
		 page);
	KUNIT_EXPECT_STREQ(test, host_log_text(), want);
}

/* ---- the /proc dumps ---- */

/* DMA32: 3 order-0 Unmovable pages, one order-10 Movable block. */
static void fill_dma32(void)
{
	struct zone *z = &fake_pgdat.node_zones[ZONE_DMA32];

	fake_free(z, FAKE_PFN0 + 1, 0, MIGRATE_UNMOVABLE);
	fake_free(z, FAKE_PFN0 + 3, 0, MIGRATE_UNMOVABLE);
	fake_free(z, FAKE_PFN0 + 5, 0, MIGRATE_UNMOVABLE);
	fake_free(z, FAKE_PFN0 + 0x200 * 0, 10, MIGRATE_MOVABLE);
}

static void mm_debug_buddyinfo_format(struct kunit *test)
{
	fill_dma32();
	fake_free(&fake_pgdat.node_zones[ZONE_NORMAL],
		  FAKE_PFN0 + ZONE_PAGES, 9, MIGRATE_MOVABLE);
	host_show(buddyinfo_show, NULL);
	KUNIT_EXPECT_STREQ(test, host_log_text(),
		"Node 0, zone    DMA32      3      0      0      0      0      0      0      0      0      0      1 \n"
		"Node 0, zone   Normal      0      0      0      0      0      0      0      0      0      1      0 \n");
}

static void mm_debug_pagetypeinfo_format(struct kunit *test)
{
	fill_dma32();
	set_pageblock_migratetype(&fake_map[0], MIGRATE_UNMOVABLE);
	set_pageblock_migratetype(&fake_map[512], MIGRATE_MOVABLE);
	set_pageblock_migratetype(&fake_map[1024], MIGRATE_MOVABLE);
	set_pageblock_migratetype(&fake_map[1536], MIGRATE_RECLAIMABLE);
	host_show(pagetypeinfo_show, NULL);
	EXPECT_LOG(test, "Page block order: 9\nPages per block:  512\n\n"
		"Free pages count per migrate type at order       0      1      2      3      4      5      6      7      8      9     10 \n"
		"Node    0, zone    DMA32, type    Unmovable      3      0      0      0      0      0      0      0      0      0      0 \n"
		"Node    0, zone    DMA32, type      Movable      0      0      0      0      0      0      0      0      0      0      1 \n");
	EXPECT_LOG(test, "Node    0, zone   Normal, type      Isolate      0 ");
	EXPECT_LOG(test, "\n\nNumber of blocks type     Unmovable      Movable  Reclaimable   HighAtomic      Isolate \n"
		"Node 0, zone    DMA32            1            1            0            0            0 \n"
		"Node 0, zone   Normal            0            1            1            0            0 \n");
}

static void mm_debug_zoneinfo_format(struct kunit *test)
{
	struct zone *z = &fake_pgdat.node_zones[ZONE_DMA32];
	const char *log;

	fill_dma32();
	z->_watermark[WMARK_MIN] = 16;
	z->_watermark[WMARK_LOW] = 20;
	z->_watermark[WMARK_HIGH] = 24;
	z->watermark_boost = 2;
	z->lowmem_reserve[1] = 5;
	z->lowmem_reserve[2] = 5;
	*this_cpu_ptr(z->per_cpu_pageset) =
		(struct per_cpu_pages){ .count = 7, .high = 42, .batch = 1 };
	this_cpu_ptr(z->per_cpu_zonestats)->vm_numa_event[NUMA_HIT] = 9;
	this_cpu_ptr(z->per_cpu_zonestats)->vm_numa_event[NUMA_LOCAL] = 9;
	atomic_long_set(&fake_pgdat.vm_stat[NR_ANON_MAPPED], 4);
	refresh_zone_stat_thresholds();	/* zoneinfo shows the one in use */
	host_show(zoneinfo_show, NULL);
	log = host_log_text();
	EXPECT_LOG(test, "Node 0, zone    DMA32\n  per-node stats\n      nr_inactive_anon 0\n");
	EXPECT_LOG(test, "      nr_anon_pages 4\n      nr_mapped    0\n");
	EXPECT_LOG(test, "      nr_page_table_pages 0\n      nr_swapcached 0\n"
		"      pgpromote_success 0\n"
		"  pages free     1027\n        boost    2\n        min      18\n"
		"        low      22\n        high     26\n        spanned  1024\n"
		"        present  1024\n        managed  1016\n        cma      0\n"
		"        protection: (0, 5, 5)\n      nr_free_pages 1027\n"
		"      nr_zone_inactive_anon 0\n");
	/* threshold 2 * fls(1 CPU) * (1 + fls(< 128 MB)), Linux's table */
	EXPECT_LOG(test, "      nr_free_cma  0\n      numa_hit     9\n"
		"      numa_miss    0\n      numa_foreign 0\n"
		"      numa_interleave 0\n      numa_local   9\n"
		"      numa_other   0\n  pagesets\n    cpu: 0\n"
		"              count: 7\n              high:  42\n"
		"              batch: 1\n  vm stats threshold: 2\n"
		"  node_unreclaimable:  0\n  start_pfn:           262144\n"
		"Node 0, zone   Normal\n  pages free     0\n");
	/* per-node stats once per node; an empty zone stops at protection */
	KUNIT_ASSERT_NOT_NULL(test, strstr(log, "per-node"));
	KUNIT_EXPECT_NULL(test, strstr(strstr(log, "per-node") + 1, "per-node"));
	KUNIT_EXPECT_STREQ(test, strstr(log, "Node 0, zone  Movable"),
		"Node 0, zone  Movable\n  pages free     0\n        boost    0\n"
		"        min      0\n        low      0\n        high     0\n"
		"        spanned  0\n        present  0\n        managed  0\n"
		"        cma      0\n        protection: (0, 0, 0)\n");
}

/*
 * /proc/vmstat: Linux's names in Linux's order, one line each, the dirty
 * thresholds computed as domain_dirty_limits() does: (1027 free - 27
 * reserved + 1) dirtyable pages at 20% and 10% in per-PAGE_SIZE steps
 * give 200 and 99 (plain percentages would give 200 and 100).
 */
static void mm_debug_vmstat_format(struct kunit *test)
{
	const char *log, *p;
	int lines = 0;

	fill_dma32();
	totalreserve_pages = 27;
	this_cpu_ptr(fake_pgdat.node_zones[ZONE_DMA32].per_cpu_zonestats)->
		vm_numa_event[NUMA_HIT] = 3;
	atomic_long_set(&fake_pgdat.vm_stat[NR_FILE_PAGES], 6);
	host_show(vmstat_show, NULL);
	log = host_log_text();
	KUNIT_EXPECT_EQ(test, strncmp(log, "nr_free_pages 1027\n", 19), 0);
	EXPECT_LOG(test, "\nnr_free_cma 0\nnuma_hit 3\nnuma_miss 0\nnuma_foreign 0\n"
		"numa_interleave 0\nnuma_local 0\nnuma_other 0\nnr_inactive_anon 0\n");
	EXPECT_LOG(test, "\nnr_mapped 0\nnr_file_pages 6\nnr_dirty 0\n");
	EXPECT_LOG(test, "\nnr_page_table_pages 0\nnr_swapcached 0\npgpromote_success 0\n"
		"nr_dirty_threshold 200\nnr_dirty_background_threshold 99\n"
		"pgpgin 0\npgpgout 0\npswpin 0\npswpout 0\npgalloc_dma32 ");
	EXPECT_LOG(test, "\npgalloc_movable ");
	EXPECT_LOG(test, "\nallocstall_dma32 0\nallocstall_normal 0\nallocstall_movable 0\n"
		"pgskip_dma32 0\npgskip_normal 0\npgskip_movable 0\npgfree ");
	EXPECT_LOG(test, "\nunevictable_pgs_stranded 0\nthp_fault_alloc 0\n");
	p = strstr(log, "\nswap_ra 0\nswap_ra_hit 0\nksm_swpin_copy 0\ncow_ksm 0\nnr_unstable 0\n");
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_EQ(test, p[strlen("\nswap_ra 0\nswap_ra_hit 0\nksm_swpin_copy 0\ncow_ksm 0\nnr_unstable 0\n")], '\0');
	for (p = log; *p; p++)
		lines += *p == '\n';
	KUNIT_EXPECT_EQ(test, lines, NR_VMSTAT_ITEMS + 1);
}

static void mm_debug_show_mem_format(struct kunit *test)
{
	fill_dma32();
	atomic_long_set(&fake_pgdat.vm_stat[NR_FILE_MAPPED], 2);
	atomic_long_set(&fake_pgdat.vm_stat[NR_SHMEM], 1);
	atomic_long_set(&fake_pgdat.vm_stat[NR_PAGETABLE], 5);
	atomic_long_set(&fake_pgdat.vm_stat[NR_KERNEL_STACK_KB], 16);
	atomic_long_set(&fake_pgdat.vm_stat[NR_FILE_PAGES], 3);
	show_mem();
	EXPECT_LOG(test, "Mem-Info:\nactive_anon:0 inactive_anon:0 isolated_anon:0\n");
	EXPECT_LOG(test, " mapped:2 shmem:1 pagetables:5 bounce:0\n");
	EXPECT_LOG(test, " isolated(file):0kB mapped:8kB dirty:0kB writeback:0kB"
		" shmem:4kB writeback_tmp:0kB kernel_stack:16kB pagetables:20kB"
		" all_unreclaimable? no\n");
	EXPECT_LOG(test, " free:1027 free_pcp:0 free_cma:0\n");
	EXPECT_LOG(test, "Node 0 DMA32 free:4108kB boost:0kB min:0kB low:0kB high:0kB reserved_highatomic:0KB ");
	EXPECT_LOG(test, " present:4096kB managed:4064kB mlocked:0kB bounce:0kB free_pcp:0kB local_pcp:0kB free_cma:0kB\n"
		"lowmem_reserve[]: 0 0 0\n");
	EXPECT_LOG(test, "Node 0 DMA32: 3*4kB (U) 0*8kB 0*16kB 0*32kB 0*64kB 0*128kB 0*256kB 0*512kB 0*1024kB 0*2048kB 1*4096kB (M) = 4108kB\n"
		"Node 0 Normal: 0*4kB 0*8kB ");
	EXPECT_LOG(test, "3 total pagecache pages\n2048 pages RAM\n"
		"0 pages HighMem/MovableOnly\n16 pages reserved\n");
}

static void mm_debug_meminfo_format(struct kunit *test)
{
	unsigned long total;
	char want[64];

	fill_dma32();
	totalreserve_pages = 27;
	atomic_long_set(&fake_pgdat.vm_stat[NR_PAGETABLE], 3);
	atomic_long_set(&fake_pgdat.vm_stat[NR_FILE_PAGES], 5);
	atomic_long_set(&fake_pgdat.vm_stat[NR_SHMEM], 2);
	atomic_long_set(&fake_pgdat.vm_stat[NR_ANON_MAPPED], 7);
	atomic_long_set(&fake_pgdat.vm_stat[NR_FILE_MAPPED], 1);
	atomic_long_set(&fake_pgdat.vm_stat[NR_KERNEL_STACK_KB], 32);
	host_show(meminfo_show, NULL);
	EXPECT_LOG(test, "\nMemFree:            4108 kB\nMemAvailable:       4000 kB\n"
		"Buffers:               0 kB\nCached:               20 kB\n");
	EXPECT_LOG(test, "\nAnonPages:            28 kB\nMapped:                4 kB\n"
		"Shmem:                 8 kB\n");
	/* MemTotal is totalram_pages(), whatever mm_init.c counted */
	total = totalram_pages();
	snprintf(want, sizeof(want), "MemTotal:       %8lu kB\n", total * 4);
	KUNIT_EXPECT_EQ(test, strncmp(host_log_text(), want, strlen(want)), 0);
	snprintf(want, sizeof(want), "\nCommitLimit:    %8lu kB\n", total * 50 / 100 * 4);
	EXPECT_LOG(test, want);
	EXPECT_LOG(test, "\nKernelStack:          32 kB\nPageTables:           12 kB\n");
	/* arm64 defconfig's tail, after Percpu: */
	EXPECT_LOG(test, "\nVmallocChunk:          0 kB\nPercpu:                0 kB\n"
		"HardwareCorrupted:     0 kB\nAnonHugePages:         0 kB\n"
		"ShmemHugePages:        0 kB\nShmemPmdMapped:        0 kB\n"
		"FileHugePages:         0 kB\nFilePmdMapped:         0 kB\n"
		"CmaTotal:              0 kB\nCmaFree:               0 kB\n"
		"HugePages_Total:       0\nHugePages_Free:        0\n"
		"HugePages_Rsvd:        0\nHugePages_Surp:        0\n"
		"Hugepagesize:       2048 kB\nHugetlb:               0 kB\n");
	KUNIT_EXPECT_EQ(test, si_mem_available(), 1027 - 27);
}

static struct kunit_case mm_debug_cases[] = {
	KUNIT_CASE(mm_debug_gfp_names_composite_first),
	KUNIT_CASE(mm_debug_gfp_names_unknown_bits_and_zero),
	KUNIT_CASE(mm_debug_gfp_names_truncate),
	KUNIT_CASE(mm_debug_gfp_parse_reads_what_pgg_prints),
	KUNIT_CASE(mm_debug_dump_page_reserved),
	KUNIT_CASE(mm_debug_dump_page_buddy_in_normal),
	KUNIT_CASE(mm_debug_dump_page_compound_tail),
	KUNIT_CASE(mm_debug_dump_page_poisoned),
	KUNIT_CASE(mm_debug_buddyinfo_format),
	KUNIT_CASE(mm_debug_pagetypeinfo_format),
	KUNIT_CASE(mm_debug_zoneinfo_format),
	KUNIT_CASE(mm_debug_vmstat_format),
	KUNIT_CASE(mm_debug_show_mem_format),
	KUNIT_CASE(mm_debug_meminfo_format),
	{}
};

static struct kunit_suite mm_debug_suite = {
	.name = "mm_debug",
	.init = mm_debug_init,
	.exit = mm_debug_exit,
	.test_cases = mm_debug_cases,
};
kunit_test_suite(mm_debug_suite);
