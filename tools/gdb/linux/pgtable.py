# tools/gdb/linux/pgtable.py - translate-vm: the MMU's walk of one virtual
# address, done by GDB over target memory, level by level.
# Linux counterpart: scripts/gdb/linux/pgtable.py (translate-vm, x86-64
# only there); this is the arm64 4 KB-granule, 48-bit, 4-level version.
# Its lines are the text of show_pt_walk() in fs/proc/task_mmu.c (the
# shell's pt command), so the two can be compared: tests/gdb/proc.gdb does.
#
#   translate-vm <addr> [pid]
# A kernel address (TTBR1) is walked in init_mm (swapper_pg_dir) whatever
# the pid; a user one in the task's mm->pgd: the pid's, else the current
# task's (SP_EL0 at EL1, else the scheduler's runqueue.curr), after the
# maps line of the VMA holding it.
import struct

import gdb

from linux import task_mmu, tasks, utils

# arch/arm64/include/asm/memory.h, pgtable-hwdef.h, pgtable-prot.h
VA_BITS = 48
PAGE_OFFSET = (1 << 64) - (1 << VA_BITS)
PAGE_END = (1 << 64) - (1 << (VA_BITS - 1))
TASK_SIZE = 1 << 48
MASK64 = (1 << 64) - 1
PTE_VALID = 1 << 0
PTE_TABLE_BIT = 1 << 1
PTE_TYPE_MASK = 3
PTE_TYPE_PAGE = 3
PTE_ATTRINDX_MASK = 7 << 2
PTE_AF = 1 << 10
PTE_NG = 1 << 11
PTE_RDONLY = 1 << 7
PTE_DBM = 1 << 51
PTE_CONT = 1 << 52
PTE_PXN = 1 << 53
PTE_UXN = 1 << 54
PTE_DIRTY = 1 << 55
PTE_SPECIAL = 1 << 56
PTE_PROT_NONE = 1 << 58
PTE_ADDR_MASK = ((1 << (48 - 12)) - 1) << 12
PT_TABLE_PXN = 1 << 59
PT_TABLE_UXN = 1 << 60
PT_TABLE_AP_SHIFT = 61
PT_TABLE_NS = 1 << 63

LEVEL_NAME = ('pgd', 'pud', 'pmd', 'pte')
LEVEL_SHIFT = (39, 30, 21, 12)
BLOCK = ('?', 'block(1G)', 'block(2M)')
# MAIR_EL1 slots (asm/sysreg.h MT_*), shareability, AP[2:1]
ATTR_NAMES = ('Normal', 'Normal_Tagged', 'Normal_NC', 'Device_nGnRnE',
              'Device_nGnRE', '?', '?', '?')
SH_NAMES = ('non', '?', 'outer', 'inner')
AP_NAMES = ('EL1:rw EL0:none', 'EL1:rw EL0:rw', 'EL1:ro EL0:none',
            'EL1:ro EL0:ro')


def virt_to_phys(va):
    """__virt_to_phys: the linear map, else the kernel image."""
    va &= MASK64
    if PAGE_OFFSET <= va < PAGE_END:
        return va - PAGE_OFFSET + int(utils.value('memstart_addr'))
    return (va - int(utils.value('kimage_voffset'))) & MASK64


def phys_to_virt(pa):
    return ((pa - int(utils.value('memstart_addr'))) | PAGE_OFFSET) & MASK64


def read_phys_u64(pa):
    """One descriptor, read through the linear map (as pud_offset does)."""
    data = utils.read_bytes(phys_to_virt(pa), 8)
    return struct.unpack('<Q', data)[0]


def decode_table(e):
    s = ' valid table'
    if e & PT_TABLE_PXN:
        s += ' PXNTable'
    if e & PT_TABLE_UXN:
        s += ' UXNTable'
    if (e >> PT_TABLE_AP_SHIFT) & 3:
        s += ' APTable=%d' % ((e >> PT_TABLE_AP_SHIFT) & 3)
    if e & PT_TABLE_NS:
        s += ' NSTable'
    return s


def decode_leaf(e, kind):
    attr = (e & PTE_ATTRINDX_MASK) >> 2
    sh = (e >> 8) & 3
    ap = (e >> 6) & 3
    s = ' valid %s AttrIndx=%d(%s) SH=%s AP=%d%d(%s)' % (
        kind, attr, ATTR_NAMES[attr], SH_NAMES[sh], ap >> 1, ap & 1,
        AP_NAMES[ap])
    dirty = (e & PTE_DIRTY) or ((e & PTE_DBM) and not (e & PTE_RDONLY))
    for bit, name in ((PTE_AF, 'AF'), (PTE_NG, 'nG'), (PTE_DBM, 'DBM')):
        if e & bit:
            s += ' ' + name
    if dirty:
        s += ' dirty'
    for bit, name in ((PTE_CONT, 'CONT'), (PTE_PXN, 'PXN'), (PTE_UXN, 'UXN'),
                      (PTE_SPECIAL, 'SPECIAL')):
        if e & bit:
            s += ' ' + name
    return s


def decode_level(level, addr, e):
    """(text, 'table'|'leaf'|'stop', next table or output address)"""
    low = (1 << LEVEL_SHIFT[level]) - 1
    if not e:
        return ' none', 'stop', None
    if not e & PTE_VALID:
        if level == 3 and e & PTE_PROT_NONE:
            return ' invalid PROT_NONE', 'stop', None
        return ' invalid', 'stop', None
    if level < 3 and e & PTE_TABLE_BIT:
        return decode_table(e), 'table', e & PTE_ADDR_MASK
    if level == 0 or (level == 3 and not e & PTE_TABLE_BIT):
        return ' reserved', 'stop', None
    kind = 'page' if level == 3 else BLOCK[level]
    return decode_leaf(e, kind), 'leaf', \
        (e & PTE_ADDR_MASK & ~low) | (addr & low)


def walk(pgd_pa, addr):
    """The lines show_pt_walk() prints, and the physical address or None."""
    lines = []
    table = pgd_pa
    for level in range(4):
        index = (addr >> LEVEL_SHIFT[level]) & 511
        e = read_phys_u64(table + index * 8)
        text, step, out = decode_level(level, addr, e)
        lines.append('%s: table 0x%016x [%3d] = 0x%016x%s' % (
            LEVEL_NAME[level], table, index, e, text))
        if step == 'leaf':
            lines.append('=> pa 0x%016x' % out)
            return lines, out
        if step == 'stop':
            break
        table = out
    lines.append('=> not mapped (the walk stops at the %s)'
                 % LEVEL_NAME[level])
    return lines, None


def parse_number(s):
    return int(gdb.parse_and_eval('(unsigned long)(%s)' % s)) & MASK64


class TranslateVM(gdb.Command):
    """Walk the page tables for a virtual address, as the MMU does:
translate-vm <addr> [pid]. A kernel address uses init_mm (swapper_pg_dir);
a user address the mm of pid, or of the current task."""

    def __init__(self):
        super(TranslateVM, self).__init__('translate-vm', gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        argv = gdb.string_to_argv(arg)
        if len(argv) not in (1, 2):
            raise gdb.GdbError('usage: translate-vm <addr> [pid]')
        addr = parse_number(argv[0])
        if addr >= PAGE_OFFSET:
            pgd = utils.value('init_mm')['pgd']
            gdb.write('0x%016x: kernel address, init_mm pgd 0x%016x '
                      '(swapper_pg_dir)\n' % (addr, virt_to_phys(int(pgd))))
        elif addr >= TASK_SIZE:
            raise gdb.GdbError('0x%x is between the user and kernel ranges'
                               % addr)
        else:
            task = tasks.task_by_pid_or_current(
                argv[1] if len(argv) == 2 else None)
            mm = task['mm']
            if not int(mm):
                raise gdb.GdbError('pid %d (%s) is a kernel thread: no user '
                                   'address space' % (int(task['pid']),
                                                      task['comm'].string()))
            pgd = mm['pgd']
            vma = task_mmu.find_vma(mm, addr)
            gdb.write('0x%016x in pid %d (%s), pgd 0x%016x, %s\n' % (
                addr, int(task['pid']), task['comm'].string(),
                virt_to_phys(int(pgd)), 'in the VMA:' if vma is not None
                else 'in no VMA (an access is a segfault)'))
            if vma is not None:
                gdb.write(task_mmu.map_line(vma) + '\n')
        lines, _ = walk(virt_to_phys(int(pgd)), addr)
        gdb.write(''.join(l + '\n' for l in lines))


TranslateVM()
