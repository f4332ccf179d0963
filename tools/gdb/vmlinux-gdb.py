# tools/gdb/vmlinux-gdb.py - load tinymm's GDB helpers (the lx-* commands).
# Linux counterpart: scripts/gdb/vmlinux-gdb.py, which GDB auto-loads next to
# vmlinux. We load it with -x instead (make gdb does), so no safe-path setting
# is needed. Each command lives in tools/gdb/linux/<topic>.py, as in Linux;
# Linux has many more (lx-lsmod, lx-mounts, ...) for modules and files.
import os
import sys

import gdb

try:
    _here = os.path.dirname(os.path.abspath(__file__))
except NameError:  # very old GDBs do not set __file__ for -x scripts
    _here = os.path.join(os.getcwd(), 'tools', 'gdb')
if _here not in sys.path:
    sys.path.insert(0, _here)

import linux.cpus  # noqa: E402,F401
import linux.dmesg  # noqa: E402,F401
import linux.memblock  # noqa: E402,F401
import linux.mm  # noqa: E402,F401
import linux.pgtable  # noqa: E402,F401
import linux.proc  # noqa: E402,F401
import linux.slab  # noqa: E402,F401
import linux.task_mmu  # noqa: E402,F401
import linux.tasks  # noqa: E402,F401
import linux.vmalloc  # noqa: E402,F401
