# tools/gdb/linux/utils.py - small helpers shared by the lx-* commands.
# Linux counterpart: scripts/gdb/linux/utils.py (which also caches types and
# knows endianness; tinymm needs neither). Per-CPU access: cpus.py.
import gdb


def value(expr):
    """A kernel variable or expression as a gdb.Value."""
    return gdb.parse_and_eval(expr)


def address(expr):
    return int(value('(unsigned long)(%s)' % expr))


def read_bytes(addr, length):
    """Target memory as Python bytes."""
    if length <= 0:
        return b''
    return gdb.selected_inferior().read_memory(addr, length).tobytes()
