# tools/gdb/linux/memblock.py - lx-memblock: memblock's regions, read by GDB.
# Linux has no such helper (its memblock lives only until boot ends and is
# printed by memblock=debug); tinymm adds one so a learner can watch
# memblock.memory and memblock.reserved fill up while stepping setup_arch.
# The text is the very format of memblock_dump_all() in mm/memblock.c, so the
# two can be compared line by line.
import gdb

from linux import utils

# MAX_NUMNODES is a macro (include/linux/memblock.h); the DWARF of an -O2 -g
# build has no macros, so use an array sized by it when there is one.
DEFAULT_MAX_NUMNODES = 4


def max_numnodes():
    try:
        return int(utils.value('sizeof(node_data) / sizeof(node_data[0])'))
    except gdb.error:
        return DEFAULT_MAX_NUMNODES


def pa(value):
    """The kernel's %pa: "0x" and all 16 hex digits."""
    return '0x%016x' % (int(value) & (2**64 - 1))


def dump_type(mb_type, max_nodes):
    name = mb_type['name'].string()
    cnt = int(mb_type['cnt'])
    lines = [' %s.cnt  = 0x%x' % (name, cnt)]
    for idx in range(cnt):
        rgn = mb_type['regions'][idx]
        base, size = int(rgn['base']), int(rgn['size'])
        nid = int(rgn['nid'])
        node = ' on node %d' % nid if 0 <= nid < max_nodes else ''
        lines.append(' %s[0x%x]\t[%s-%s], %s bytes%s flags: 0x%x'
                     % (name, idx, pa(base), pa(base + size - 1), pa(size),
                        node, int(rgn['flags'])))
    return lines


class LxMemblock(gdb.Command):
    """Print memblock.memory and memblock.reserved as memblock_dump_all()
does: "MEMBLOCK configuration:", the total sizes, then every region."""

    def __init__(self):
        super(LxMemblock, self).__init__('lx-memblock', gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        mb = utils.value('memblock')
        lines = ['MEMBLOCK configuration:',
                 ' memory size = %s reserved size = %s'
                 % (pa(mb['memory']['total_size']),
                    pa(mb['reserved']['total_size']))]
        nodes = max_numnodes()
        lines += dump_type(mb['memory'], nodes)
        lines += dump_type(mb['reserved'], nodes)
        gdb.write('\n'.join(lines) + '\n')


LxMemblock()
