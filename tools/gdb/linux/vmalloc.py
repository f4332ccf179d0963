# tools/gdb/linux/vmalloc.py - lx-vmallocinfo: every vmalloc, vmap and
# ioremap area, read by GDB from vmap_area_list. Linux: scripts/gdb/linux/
# vmalloc.py (lx-vmallocinfo). The text is the format of s_show() in
# mm/vmalloc.c (the kernel's vmallocinfo command), so the two can be
# compared line by line.
import gdb

from linux import utils

# include/linux/vmalloc.h: macros, absent from the DWARF of an -O2 build
VM_IOREMAP = 0x1
VM_ALLOC = 0x2
VM_MAP = 0x4
VM_USERMAP = 0x8
VM_DMA_COHERENT = 0x10
VM_UNINITIALIZED = 0x20
VMALLOC_START = 0xffff800008000000
VMALLOC_END = 0xfffffbfff0000000
MASK64 = 2**64 - 1


def sym_off(pc):
    """The kernel's %pS: "function+0xoff/0xsize", else the raw address."""
    try:
        block = gdb.block_for_pc(pc)
    except RuntimeError:
        block = None
    while block is not None and block.function is None:
        block = block.superblock
    # an inlined function's block sits inside the real one: take the outermost
    while (block is not None and block.superblock is not None
           and block.superblock.function is not None):
        block = block.superblock
    if block is None:
        return '0x%x' % pc
    return '%s+0x%x/0x%x' % (block.function.name, pc - block.start,
                             block.end - block.start)


def container_of(ptr, typename, member):
    t = gdb.lookup_type(typename)
    off = int(gdb.parse_and_eval('&((%s *)0)->%s' % (typename, member)))
    return gdb.Value(int(ptr) - off).cast(t.pointer())


def area_line(va):
    vm = va['vm']
    if int(vm) == 0:
        start, end = int(va['va_start']), int(va['va_end'])
        return '0x%016x-0x%016x %7d vm_map_ram' % (start, end, end - start)
    flags = int(vm['flags'])
    if flags & VM_UNINITIALIZED:
        return None
    addr, size = int(vm['addr']) & MASK64, int(vm['size'])
    line = '0x%016x-0x%016x %7d' % (addr, addr + size, size)
    if int(vm['caller']):
        line += ' ' + sym_off(int(vm['caller']) & MASK64)
    if int(vm['nr_pages']):
        line += ' pages=%d' % int(vm['nr_pages'])
    if int(vm['phys_addr']):
        line += ' phys=0x%016x' % int(vm['phys_addr'])
    for bit, name in ((VM_IOREMAP, 'ioremap'), (VM_ALLOC, 'vmalloc'),
                      (VM_MAP, 'vmap'), (VM_USERMAP, 'user'),
                      (VM_DMA_COHERENT, 'dma-coherent')):
        if flags & bit:
            line += ' ' + name
    pages = int(vm['pages']) & MASK64
    if VMALLOC_START <= pages < VMALLOC_END:
        line += ' vpages'
    return line


class LxVmallocInfo(gdb.Command):
    """Print /proc/vmallocinfo as the kernel's vmallocinfo command does:
one line per busy vmap_area, in address order."""

    def __init__(self):
        super(LxVmallocInfo, self).__init__('lx-vmallocinfo', gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        head = utils.value('vmap_area_list')
        head_addr = int(head.address)
        node = head['next']
        out = []
        while int(node) != head_addr:
            va = container_of(node, 'struct vmap_area', 'list')
            line = area_line(va.dereference())
            if line is not None:
                out.append(line)
            node = node['next']
        gdb.write(''.join(l + '\n' for l in out))


LxVmallocInfo()
