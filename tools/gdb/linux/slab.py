# tools/gdb/linux/slab.py - lx-slabinfo: the kernel's slabinfo text
# (version 2.1, mm/slab_common.c cache_show), computed from the caches'
# kmem_cache_node counters as get_slabinfo() does.
# Linux counterpart: scripts/gdb/linux/slab.py (lx-slabinfo, written for
# SLUB; this one reads SLAB's struct kmem_cache of include/linux/slab_def.h).
import gdb

from linux import utils

HEADER = ('slabinfo - version: 2.1\n'
          '# name            <active_objs> <num_objs> <objsize> <objperslab>'
          ' <pagesperslab> : tunables <limit> <batchcount> <sharedfactor>'
          ' : slabdata <active_slabs> <num_slabs> <sharedavail>\n')


def slab_caches():
    """struct kmem_cache values on slab_caches, in list order (newest first)."""
    cache_type = gdb.lookup_type('struct kmem_cache')
    ptr_type = cache_type.pointer()
    offset = next(f.bitpos // 8 for f in cache_type.fields() if f.name == 'list')
    head = utils.value('&slab_caches')
    pos = head['next']
    while int(pos) != int(head):
        yield (pos.cast(gdb.lookup_type('char').pointer()) - offset).cast(ptr_type).dereference()
        pos = pos['next']


def cache_line(s):
    total_slabs = free_slabs = free_objs = shared_avail = 0
    nodes = s['node']
    for i in range(nodes.type.range()[1] + 1):
        n = nodes[i]
        if int(n) == 0:
            continue
        n = n.dereference()
        total_slabs += int(n['total_slabs'])
        free_slabs += int(n['free_slabs'])
        free_objs += int(n['free_objects'])
        if int(n['shared']):
            shared_avail += int(n['shared']['avail'])
    num = int(s['num'])
    num_objs = total_slabs * num
    return ('%-17s %6d %6d %6d %4d %4d : tunables %4d %4d %4d'
            ' : slabdata %6d %6d %6d\n' % (
                s['name'].string(), num_objs - free_objs, num_objs,
                int(s['size']), num, 1 << int(s['gfporder']),
                int(s['limit']), int(s['batchcount']), int(s['shared']),
                total_slabs - free_slabs, total_slabs, shared_avail))


class LxSlabInfo(gdb.Command):
    """Show the slab caches as /proc/slabinfo (the shell's slabinfo)."""

    def __init__(self):
        super(LxSlabInfo, self).__init__('lx-slabinfo', gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        gdb.write(HEADER + ''.join(cache_line(s) for s in slab_caches()))


LxSlabInfo()
