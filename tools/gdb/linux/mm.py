# tools/gdb/linux/mm.py - the page allocator seen from GDB.
# Linux counterpart: scripts/gdb/linux/mm.py (lx-pfn_to_page,
# lx-page_to_pfn, lx-page_address, lx-virt_to_page and their output format,
# there for SPARSEMEM_VMEMMAP; here for FLATMEM: mem_map[pfn - offset]).
# Not in Linux: lx-buddyinfo, lx-pagetypeinfo, lx-zoneinfo, lx-page and
# lx-pageblocks, which print, from the structures alone, the very text of
# the kernel's own buddyinfo/pagetypeinfo/zoneinfo/page/pageblocks commands
# (mm/vmstat.c, mm/debug.c, tinymm/shell/mm_shell.c, pageblock_shell.c), so a
# stopped kernel can be inspected - and the two compared line by line,
# which tests/gdb/mm.gdb and tests/gdb/memmap.gdb do.
#
# Sizes come from DWARF (array lengths); names the kernel prints (zone,
# migrate type, counter and page flag names) are read from the kernel's own
# arrays, so they exist once. Only macros DWARF cannot carry are repeated
# here, each next to the header it comes from.
import struct

import gdb

from linux import cpus, utils

# arch/arm64/include/asm/page-def.h, asm/memory.h (VA_BITS = 48)
PAGE_SHIFT = 12
PAGE_OFFSET = 0xffff000000000000
PAGE_END = 0xffff800000000000
# include/linux/mmzone.h
PAGEBLOCK_ORDER = 9
NR_PAGEBLOCK_BITS = 4
MIGRATETYPE_MASK = 7
# include/linux/page-flags.h: node and zone in the top bits of page->flags
ZONES_WIDTH = 2
PAGE_TYPE_BASE = 0xf0000000
PG_BUDDY = 0x80
PAGE_POISON_PATTERN = 0xffffffffffffffff
MASK64 = (1 << 64) - 1


def array_len(type_name, field):
    """Length of an array member, e.g. MAX_ORDER = len(zone.free_area)."""
    t = gdb.lookup_type(type_name)[field].type
    return t.range()[1] - t.range()[0] + 1


def count(array):
    """Elements of a global array, e.g. MAX_NUMNODES = len(node_data)."""
    return int(utils.value('sizeof(%s) / sizeof(%s[0])' % (array, array)))


def string_array(name, n):
    arr = utils.value(name)
    return [arr[i].string() for i in range(n)]


class MM:
    """The layout of the allocator's structures in this kernel."""

    def __init__(self):
        self.max_order = array_len('struct zone', 'free_area')
        self.migrate_types = array_len('struct free_area', 'free_list')
        self.max_nr_zones = array_len('struct pglist_data', 'node_zones')
        self.max_numnodes = count('node_data')
        self.nr_zone_items = array_len('struct zone', 'vm_stat')
        self.nr_numa_items = array_len('struct per_cpu_zonestat',
                                       'vm_numa_event')
        self.nr_node_items = array_len('struct pglist_data', 'vm_stat')
        self.nr_pageflags = count('pageflag_names')     # __NR_PAGEFLAGS
        self.page_type = gdb.lookup_type('struct page')
        self.page_size = self.page_type.sizeof
        nodes_width = self.max_numnodes.bit_length() - 1
        self.nodes_pgshift = 64 - nodes_width
        self.zones_pgshift = self.nodes_pgshift - ZONES_WIDTH
        self.mem_map = utils.address('mem_map')
        self.pfn_offset = int(utils.value('mem_map_pfn_offset'))
        self.max_mapnr = int(utils.value('max_mapnr'))
        self.mt_names = string_array('migratetype_names', self.migrate_types)
        self.zone_names = string_array('zone_names', self.max_nr_zones)
        self.vmstat_text = string_array('vmstat_text', count('vmstat_text'))
        names = string_array('pageflag_names', self.nr_pageflags)
        order = utils.value('pageflag_print_order')
        self.pageflags = [(1 << int(order[i]), names[int(order[i])])
                          for i in range(self.nr_pageflags)]
        # PG_* bits, found by name (an enum DWARF may leave out)
        self.pg = dict((name, 1 << bit) for bit, name in enumerate(names))

    # ---- FLATMEM: include/linux/mm.h ----
    def pfn_valid(self, pfn):
        return 0 <= pfn - self.pfn_offset < self.max_mapnr

    def pfn_to_page(self, pfn):
        return self.mem_map + (pfn - self.pfn_offset) * self.page_size

    def page_to_pfn(self, page):
        return (page - self.mem_map) // self.page_size + self.pfn_offset

    def page(self, addr):
        return gdb.Value(addr).cast(self.page_type.pointer()).dereference()

    # ---- asm/memory.h ----
    def pa(self, va):
        if PAGE_OFFSET <= va < PAGE_END:
            return va - PAGE_OFFSET + int(utils.value('memstart_addr'))
        return (va - int(utils.value('kimage_voffset'))) & MASK64

    def va(self, pa):
        return ((pa - int(utils.value('memstart_addr'))) | PAGE_OFFSET) & MASK64

    # ---- page->flags ----
    def page_nid(self, flags):
        return (flags >> self.nodes_pgshift) & (self.max_numnodes - 1)

    def page_zonenum(self, flags):
        return (flags >> self.zones_pgshift) & ((1 << ZONES_WIDTH) - 1)


def online_nodes(mm):
    online = int(utils.value('node_online_map'))
    for nid in range(mm.max_numnodes):
        pgdat = utils.value('node_data')[nid]
        if online & (1 << nid) and int(pgdat):
            yield nid, pgdat.dereference()


def zones(mm, pgdat, populated_only):
    for zid in range(mm.max_nr_zones):
        zone = pgdat['node_zones'][zid]
        if populated_only and not int(zone['present_pages']):
            continue
        yield zid, zone


def zone_name(zone):
    return zone['name'].string() if int(zone['name']) else '(null)'


def list_len(head, cap=100000):
    """Entries of a list_head, stopping at cap as pagetypeinfo does."""
    first = int(head.address)
    node, n = int(head['next']), 0
    while node != first and n < cap:
        n += 1
        node = int(gdb.Value(node).cast(head.type.pointer())['next'])
    return n, n >= cap


def counter(atomic):
    return int(atomic['counter'])


# ---- the texts of mm/vmstat.c ----

def buddyinfo(mm):
    out = []
    for nid, pgdat in online_nodes(mm):
        for zid, zone in zones(mm, pgdat, True):
            out.append('Node %d, zone %8s ' % (nid, zone_name(zone)) + ''.join(
                '%6d ' % int(zone['free_area'][o]['nr_free'])
                for o in range(mm.max_order)))
    return out


def read_u64(addr):
    return struct.unpack('<Q', utils.read_bytes(addr, 8))[0]


def pageblock_migratetype(zone, pfn):
    """get_pageblock_migratetype() of mm/page_alloc.c: NR_PAGEBLOCK_BITS
    per pageblock, counted from the zone start rounded down to one."""
    base = int(zone['zone_start_pfn']) & ~((1 << PAGEBLOCK_ORDER) - 1)
    bitidx = ((pfn - base) >> PAGEBLOCK_ORDER) * NR_PAGEBLOCK_BITS
    word = read_u64(int(zone['pageblock_flags']) + bitidx // 64 * 8)
    return (word >> (bitidx % 64)) & MIGRATETYPE_MASK


def pageblock_counts(mm, nid, zid, zone):
    start = int(zone['zone_start_pfn'])
    count = [0] * mm.migrate_types
    for pfn in range(start, start + int(zone['spanned_pages']),
                     1 << PAGEBLOCK_ORDER):
        if not mm.pfn_valid(pfn):
            continue
        flags = read_u64(mm.pfn_to_page(pfn))
        if mm.page_nid(flags) != nid or mm.page_zonenum(flags) != zid:
            continue
        mt = pageblock_migratetype(zone, pfn)
        if mt < mm.migrate_types:
            count[mt] += 1
    return count


def pagetypeinfo(mm):
    out = []
    for nid, pgdat in online_nodes(mm):
        if not int(pgdat['node_present_pages']):
            continue
        out += ['Page block order: %d' % PAGEBLOCK_ORDER,
                'Pages per block:  %d' % (1 << PAGEBLOCK_ORDER), '',
                '%-43s ' % 'Free pages count per migrate type at order' +
                ''.join('%6d ' % o for o in range(mm.max_order))]
        for zid, zone in zones(mm, pgdat, True):
            for mt in range(mm.migrate_types):
                line = 'Node %4d, zone %8s, type %12s ' % (
                    nid, zone_name(zone), mm.mt_names[mt])
                for o in range(mm.max_order):
                    n, over = list_len(zone['free_area'][o]['free_list'][mt])
                    line += '%s%6d ' % ('>' if over else '', n)
                out.append(line)
        out += ['', '%-23s' % 'Number of blocks type ' +
                ''.join('%12s ' % name for name in mm.mt_names)]
        for zid, zone in zones(mm, pgdat, True):
            out.append('Node %d, zone %8s ' % (nid, zone_name(zone)) + ''.join(
                '%12d ' % c for c in pageblock_counts(mm, nid, zid, zone)))
    return out


def zoneinfo_zone(mm, nid, pgdat, zid, zone):
    out = ['Node %d, zone %8s' % (nid, zone_name(zone))]
    first = [z for z, _ in zones(mm, pgdat, True)][:1] == [zid]
    if first:
        # pgdat->vm_stat, named after the zone and NUMA items
        base = mm.nr_zone_items + mm.nr_numa_items
        out.append('  per-node stats')
        out += ['      %-12s %d' % (mm.vmstat_text[base + i],
                                    max(counter(pgdat['vm_stat'][i]), 0))
                for i in range(mm.nr_node_items)]
    boost = int(zone['watermark_boost'])
    wmark = [int(zone['_watermark'][i]) + boost for i in range(3)]
    out += ['  pages free     %d' % max(counter(zone['vm_stat'][0]), 0),
            '        boost    %d' % boost,
            '        min      %d' % wmark[0],
            '        low      %d' % wmark[1],
            '        high     %d' % wmark[2],
            '        spanned  %d' % int(zone['spanned_pages']),
            '        present  %d' % int(zone['present_pages']),
            '        managed  %d' % counter(zone['managed_pages']),
            '        cma      %d' % 0,
            '        protection: (%s)' % ', '.join(
                '%d' % int(zone['lowmem_reserve'][i])
                for i in range(mm.max_nr_zones))]
    if not int(zone['present_pages']):
        return out
    out += ['      %-12s %d' % (mm.vmstat_text[i], max(counter(zone['vm_stat'][i]), 0))
            for i in range(mm.nr_zone_items)]
    # zone_numa_event_state() and zoneinfo_show_pagesets(): online CPUs
    online = list(cpus.each_online_cpu())
    out += ['      %-12s %d' % (mm.vmstat_text[mm.nr_zone_items + i], sum(
        int(cpus.per_cpu(zone['per_cpu_zonestats'], cpu)['vm_numa_event'][i])
        for cpu in online)) for i in range(mm.nr_numa_items)]
    out.append('  pagesets')
    for cpu in online:
        pcp = cpus.per_cpu(zone['per_cpu_pageset'], cpu)
        # the threshold in use (refresh_zone_stat_thresholds())
        zs = cpus.per_cpu(zone['per_cpu_zonestats'], cpu)
        out += ['    cpu: %d' % cpu,
                '              count: %d' % int(pcp['count']),
                '              high:  %d' % int(pcp['high']),
                '              batch: %d' % int(pcp['batch']),
                '  vm stats threshold: %d' % int(zs['stat_threshold'])]
    out += ['  node_unreclaimable:  %d' % 0,
            '  start_pfn:           %d' % int(zone['zone_start_pfn'])]
    return out


def zoneinfo(mm):
    out = []
    for nid, pgdat in online_nodes(mm):
        for zid, zone in zones(mm, pgdat, False):
            out += zoneinfo_zone(mm, nid, pgdat, zid, zone)
    return out


# ---- the text of tinymm/shell/pageblock_shell.c ----

# the flag letters, in their columns: named ranges first, then R and H
PB_FLAGS = 'KDMRH'
PB_NAMED = 3
# pageblocks per slice of the kernel's text (PAGEBLOCKS_PER_SLICE)
PB_PER_SLICE = 512


def pfn_down(addr):
    return addr >> PAGE_SHIFT


def pfn_up(addr):
    return (addr + (1 << PAGE_SHIFT) - 1) >> PAGE_SHIFT


def memblock_regions(name):
    """(base, size) of each region of memblock.memory or .reserved."""
    t = utils.value('memblock')[name]
    regions = t['regions']
    return [(int(regions[i]['base']), int(regions[i]['size']))
            for i in range(int(t['cnt']))]


def named_ranges(mm):
    """pfn ranges of the kernel image, the DTB and mem_map, from the
    symbols the kernel reads (named_ranges() in pageblock_shell.c)."""
    named = [(0, 0)] * PB_NAMED
    named[0] = (pfn_down(mm.pa(utils.address('_text'))),
                pfn_up(mm.pa(utils.address('_end'))))
    fdt = utils.address('initial_boot_params')
    if fdt:
        dtb = int(utils.value('__fdt_pointer'))
        # struct fdt_header: totalsize is the second big-endian word
        size = struct.unpack('>I', utils.read_bytes(fdt + 4, 4))[0]
        named[1] = (pfn_down(dtb), pfn_up(dtb + size))
    if mm.mem_map:
        pa = mm.pa(mm.mem_map)
        named[2] = (pfn_down(pa), pfn_up(pa + mm.max_mapnr * mm.page_size))
    return named


def overlap(s1, e1, s2, e2):
    return max(0, min(e1, e2) - max(s1, s2))


def outside_named(s, e, named):
    while s < e:
        inside = [ne for ns, ne in named if ns <= s < ne]
        if not inside:
            return True
        s = inside[0]
    return False


def reserved_pages(s, e, named, reserved, flags):
    n, done = 0, s
    for base, size in reserved:
        rs, re = max(pfn_down(base), done), min(pfn_up(base + size), e)
        if rs >= re:
            continue
        n, done = n + re - rs, re
        if outside_named(rs, re, named):
            flags[3] = PB_FLAGS[3]
    return n


def free_per_pageblock(mm, zone):
    """{pageblock pfn: free pages} from every free list of the zone."""
    # lru sits in an anonymous union, which Type lookups do not enter
    lru = utils.address('&((struct page *)0)->lru')
    free = {}
    for order in range(mm.max_order):
        for mt in range(mm.migrate_types):
            head = zone['free_area'][order]['free_list'][mt]
            first, node = int(head.address), int(head['next'])
            while node != first:
                pfn = mm.page_to_pfn(node - lru)
                end = pfn + (1 << order)
                while pfn < end:
                    block = pfn & ~((1 << PAGEBLOCK_ORDER) - 1)
                    nxt = min(end, block + (1 << PAGEBLOCK_ORDER))
                    free[block] = free.get(block, 0) + nxt - pfn
                    pfn = nxt
                node = read_u64(node)
    return free


def pageblock_types(zone):
    """get_pageblock_migratetype() of every pageblock, from one read of
    the zone's bitmap: {pageblock pfn: type}."""
    start = int(zone['zone_start_pfn'])
    base = start & ~((1 << PAGEBLOCK_ORDER) - 1)
    end = start + int(zone['spanned_pages'])
    nblocks = (end - base + (1 << PAGEBLOCK_ORDER) - 1) >> PAGEBLOCK_ORDER
    nwords = (nblocks * NR_PAGEBLOCK_BITS + 63) // 64
    words = struct.unpack('<%dQ' % nwords, utils.read_bytes(
        int(zone['pageblock_flags']), nwords * 8))
    types = {}
    for i in range(nblocks):
        bitidx = i * NR_PAGEBLOCK_BITS
        types[base + (i << PAGEBLOCK_ORDER)] = \
            (words[bitidx // 64] >> (bitidx % 64)) & MIGRATETYPE_MASK
    return types


def pageblocks(mm):
    named = named_ranges(mm)
    reserved = memblock_regions('reserved')
    ram = [(pfn_up(b), pfn_down(b + s)) for b, s in memblock_regions('memory')]
    block = 1 << PAGEBLOCK_ORDER
    zones_ = []
    for nid, pgdat in online_nodes(mm):
        for zid, zone in zones(mm, pgdat, True):
            zs = int(zone['zone_start_pfn'])
            zones_.append((zone, zs, zs + int(zone['spanned_pages']),
                           free_per_pageblock(mm, zone),
                           pageblock_types(zone)))
    out = ['Page block order: %d' % PAGEBLOCK_ORDER,
           'Pages per block:  %d' % block, '',
           '%10s %4s %-8s %-12s %5s %5s %s' % (
               'pfn', 'node', 'zone', 'migratetype', 'free', 'rsvd', 'flags')]
    if not zones_:
        return out
    lo = min(zs & ~(block - 1) for _, zs, _, _, _ in zones_)
    hi = max(ze for _, _, ze, _, _ in zones_)
    # the kernel's slices: each one zone by zone
    for ws in range(lo, hi, PB_PER_SLICE * block):
        we = ws + PB_PER_SLICE * block
        for zone, zs, ze, free, types in zones_:
            for pfn in range(max(ws, zs & ~(block - 1)), min(we, ze), block):
                bs, be = max(pfn, zs), min(pfn + block, ze)
                flags = ['-'] * len(PB_FLAGS)
                for i, (ns, ne) in enumerate(named):
                    if overlap(bs, be, ns, ne):
                        flags[i] = PB_FLAGS[i]
                rsvd = reserved_pages(bs, be, named, reserved, flags)
                if sum(overlap(bs, be, s, e) for s, e in ram) < be - bs:
                    flags[4] = PB_FLAGS[4]
                mt = types[bs & ~(block - 1)]
                out.append('%#010x %4d %-8s %-12s %5d %5d %s' % (
                    pfn, int(zone['node']), zone_name(zone),
                    mm.mt_names[mt] if mt < mm.migrate_types else 'Unknown',
                    free.get(pfn, 0), rsvd, ''.join(flags)))
    return out


# ---- the text of mm/debug.c dump_page() and tinymm/shell/mm_shell.c's page ----

def format_page_flags(mm, flags):
    names, rest = [], flags & ((1 << mm.nr_pageflags) - 1)
    for mask, name in mm.pageflags:
        if rest & mask:
            names.append(name)
            rest &= ~mask
    if rest:
        names.append('%#x' % rest)
    names += ['node=%d' % mm.page_nid(flags), 'zone=%d' % mm.page_zonenum(flags)]
    return '%#x(%s)' % (flags, '|'.join(names))


def raw_lines(prefix, data):
    words = struct.unpack('<%dQ' % (len(data) // 8), data)
    return [prefix + ' '.join('%016x' % w for w in words[i:i + 4])
            for i in range(0, len(words), 4)]


def s32(v):
    v &= 0xffffffff
    return v - (1 << 32) if v & 0x80000000 else v


def dump_page(mm, addr):
    page = mm.page(addr)
    flags = int(page['flags']) & MASK64
    if flags == PAGE_POISON_PATTERN:
        return ['page:%016x is uninitialized and poisoned' % addr]
    head_addr = addr
    is_tail = int(page['compound_head']) & 1
    if is_tail:
        head_addr = int(page['compound_head']) - 1
    compound = is_tail or flags & mm.pg['head']
    max_nr = 1 << (mm.max_order - 1)
    if addr < head_addr or addr >= head_addr + max_nr * mm.page_size:
        head_addr, compound = addr, False      # corrupt compound_head
    head = mm.page(head_addr)
    hflags = int(head['flags']) & MASK64
    mapping = int(head['mapping']) & MASK64
    slab = hflags & mm.pg['slab']
    pfn = mm.page_to_pfn(addr)
    index = int(page['index']) if head_addr == addr else \
        int(head['index']) + (addr - head_addr) // mm.page_size
    out = ['page:%016x refcount:%d mapcount:%d mapping:%016x index:%#x pfn:%#x' % (
        addr, s32(int(head['_refcount']['counter'])),
        0 if slab else s32(int(page['_mapcount']['counter'])) + 1,
        0 if mapping & 1 else mapping & ~3, index & MASK64, pfn)]
    if compound:
        tail1 = mm.page(head_addr + mm.page_size)
        out.append('head:%016x order:%d compound_mapcount:%d compound_pincount:%d' % (
            head_addr, int(tail1['compound_order']) if hflags & mm.pg['head'] else 0,
            s32(int(tail1['compound_mapcount']['counter'])) + 1,
            s32(int(tail1['compound_pincount']['counter']))))
    out.append('%sflags: %s' % ('anon ' if mapping & 1 else '',
                                format_page_flags(mm, hflags)))
    out += raw_lines('raw: ', utils.read_bytes(addr, mm.page_size))
    if head_addr != addr:
        out += raw_lines('head: ', utils.read_bytes(head_addr, mm.page_size))
    return out


def is_buddy(page):
    return (int(page['page_type']) & (PAGE_TYPE_BASE | PG_BUDDY)) == PAGE_TYPE_BASE


def free_block_head(mm, pfn):
    for order in range(mm.max_order):
        head = pfn & ~((1 << order) - 1)
        if not mm.pfn_valid(head):
            break
        page = mm.page(mm.pfn_to_page(head))
        if is_buddy(page) and int(page['private']) >= order:
            return head, int(page['private'])
    return None, None


def show_page(mm, addr):
    out = dump_page(mm, addr)
    page = mm.page(addr)
    flags = int(page['flags']) & MASK64
    pfn = mm.page_to_pfn(addr)
    zone = mm.page_zonenum(flags)
    pgdat = utils.value('node_data')[mm.page_nid(flags)]
    mt = pageblock_migratetype(pgdat['node_zones'][zone], pfn)
    head, order = free_block_head(mm, pfn)
    if head == pfn:
        buddy = 'order %d' % order
    elif head is not None:
        buddy = 'in order-%d block at pfn %#x' % (order, head)
    else:
        buddy = 'no'
    out.append('node:%d zone:%s migratetype:%s buddy:%s' % (
        mm.page_nid(flags), mm.zone_names[zone], mm.mt_names[mt], buddy))
    return out


def page_arg(mm, arg):
    """As the shell's page command: a pfn, a linear-map address or a
    physical address - or, beyond it, any expression of type struct page *."""
    val = gdb.parse_and_eval(arg)
    if val.type.strip_typedefs().code == gdb.TYPE_CODE_PTR and \
            val.type.strip_typedefs().target().strip_typedefs().tag == 'page':
        return int(val) & MASK64
    v = int(val) & MASK64
    if PAGE_OFFSET <= v < PAGE_END and mm.pfn_valid(mm.pa(v) >> PAGE_SHIFT):
        return mm.pfn_to_page(mm.pa(v) >> PAGE_SHIFT)
    if mm.pfn_valid(v):
        return mm.pfn_to_page(v)
    if mm.pfn_valid(v >> PAGE_SHIFT):
        return mm.pfn_to_page(v >> PAGE_SHIFT)
    raise gdb.GdbError('%#x is neither a valid pfn nor the address of one' % v)


def number(arg, base):
    """Linux's helpers take int(argv[0], 16) or int(argv[0]); also accept
    any GDB expression ($1, page, &mem_map[3])."""
    try:
        return int(arg, base)
    except ValueError:
        return int(gdb.parse_and_eval(arg)) & MASK64


class MMCommand(gdb.Command):
    def __init__(self, name, fn, doc, nargs=0):
        self.__doc__ = doc
        super(MMCommand, self).__init__(name, gdb.COMMAND_DATA)
        self.fn, self.nargs = fn, nargs

    def invoke(self, arg, from_tty):
        argv = gdb.string_to_argv(arg)
        if len(argv) < self.nargs:
            raise gdb.GdbError('usage: ' + self.__doc__.split('\n')[0])
        gdb.write(self.fn(MM(), argv))


def _pfn_to_page(mm, argv):
    pfn = number(argv[0], 0)
    return 'pfn_to_page(0x%x) = 0x%x\n' % (pfn, mm.pfn_to_page(pfn))


def _page_to_pfn(mm, argv):
    page = number(argv[0], 16)
    return 'page_to_pfn(0x%x) = 0x%x\n' % (page, mm.page_to_pfn(page))


def _page_address(mm, argv):
    page = number(argv[0], 16)
    addr = mm.va(mm.page_to_pfn(page) << PAGE_SHIFT)
    return 'page_address(0x%x) = 0x%x\n' % (page, addr)


def _virt_to_page(mm, argv):
    va = number(argv[0], 16)
    return 'virt_to_page(0x%x) = 0x%x\n' % (va, mm.pfn_to_page(mm.pa(va) >> PAGE_SHIFT))


def _lines(fn):
    return lambda mm, argv: ''.join(line + '\n' for line in fn(mm))


MMCommand('lx-pfn_to_page', _pfn_to_page,
          'lx-pfn_to_page <pfn>: mem_map + (pfn - ARCH_PFN_OFFSET).', 1)
MMCommand('lx-page_to_pfn', _page_to_pfn,
          'lx-page_to_pfn <struct page address>: its pfn.', 1)
MMCommand('lx-page_address', _page_address,
          'lx-page_address <struct page address>: its linear-map address.', 1)
MMCommand('lx-virt_to_page', _virt_to_page,
          'lx-virt_to_page <kernel address>: __pa, then pfn_to_page.', 1)
MMCommand('lx-buddyinfo', _lines(buddyinfo),
          'lx-buddyinfo: free blocks per zone and order, as buddyinfo.')
MMCommand('lx-pagetypeinfo', _lines(pagetypeinfo),
          'lx-pagetypeinfo: free blocks and pageblocks per migrate type.')
MMCommand('lx-zoneinfo', _lines(zoneinfo),
          'lx-zoneinfo: watermarks, sizes, protection, pagesets, as zoneinfo.')
MMCommand('lx-pageblocks', _lines(pageblocks),
          'lx-pageblocks: one line per pageblock, as the shell\'s pageblocks.')
MMCommand('lx-page', lambda mm, argv: ''.join(
    line + '\n' for line in show_page(mm, page_arg(mm, ' '.join(argv)))),
    'lx-page <pfn|address|struct page *>: as the shell\'s page command.', 1)
