# docs/walkthroughs/06-vmalloc.py - GDB commands for chapter 06.
#
# free-tree: vmalloc's free red-black tree, free_vmap_area_root, printed
# sideways: the right subtree above its node, the left one below, one
# indent per level. Each line is a node's colour, its free range
# [va_start-va_end), the size, and subtree_max_size, the largest free size
# in the subtree it heads.
#
# break-text FILE TEXT: a breakpoint on the first line of FILE that
# contains TEXT, so that a script keeps working when lines above it move.
#
#   (gdb) source docs/walkthroughs/06-vmalloc.py
#   (gdb) free-tree
#   (gdb) break-text mm/vmalloc.c w->nr++;
import gdb


def vmap_area(node):
    """The struct vmap_area around an rb_node (container_of)."""
    va_type = gdb.lookup_type('struct vmap_area')
    off = next(f.bitpos // 8 for f in va_type.fields() if f.name == 'rb_node')
    return gdb.Value(int(node) - off).cast(va_type.pointer()).dereference()


def show(node, depth):
    if int(node) == 0:
        return
    show(node['rb_right'], depth + 1)
    va = vmap_area(node)
    start, end = int(va['va_start']), int(va['va_end'])
    colour = 'black' if int(node['__rb_parent_color']) & 1 else 'red'
    gdb.write('%s%-5s [%#x-%#x) size %#x, subtree_max_size %#x\n' % (
        '        ' * depth, colour, start, end, end - start,
        int(va['subtree_max_size'])))
    show(node['rb_left'], depth + 1)


class FreeTree(gdb.Command):
    """free-tree: print free_vmap_area_root sideways (right subtrees up)."""

    def __init__(self):
        super(FreeTree, self).__init__('free-tree', gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        show(gdb.parse_and_eval('free_vmap_area_root.rb_node'), 0)


class BreakText(gdb.Command):
    """break-text FILE TEXT: break on the first line of FILE holding TEXT."""

    def __init__(self):
        super(BreakText, self).__init__('break-text', gdb.COMMAND_BREAKPOINTS)

    def invoke(self, arg, from_tty):
        path, text = arg.split(None, 1)
        with open(path) as f:
            for n, line in enumerate(f, 1):
                if text in line:
                    gdb.execute('break %s:%d' % (path, n))
                    return
        raise gdb.GdbError('%s: no line contains %r' % (path, text))


FreeTree()
BreakText()
