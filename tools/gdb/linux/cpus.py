# tools/gdb/linux/cpus.py - per-CPU variables seen from GDB.
# Linux counterpart: scripts/gdb/linux/cpus.py (per_cpu(), $lx_per_cpu).
#
# A per-CPU pointer (&some_var, or what alloc_percpu() returned) plus
# __per_cpu_offset[cpu] is CPU cpu's copy, as per_cpu_ptr() computes it.
import gdb

from linux import utils


def per_cpu(var_ptr, cpu):
    """CPU cpu's instance of the per-CPU object var_ptr points at."""
    offset = utils.value('__per_cpu_offset[%d]' % cpu)
    # unsigned long arithmetic in the target's terms: it wraps as C does
    addr = var_ptr.cast(offset.type) + offset
    return addr.cast(var_ptr.type).dereference()


class PerCpu(gdb.Function):
    """$lx_per_cpu("VAR", CPU): CPU's copy of per-CPU variable VAR.
(Linux's $lx_per_cpu takes the variable by name the same way.)"""

    def __init__(self):
        super(PerCpu, self).__init__('lx_per_cpu')

    def invoke(self, var_name, cpu):
        var = utils.value('&' + var_name.string())
        return per_cpu(var, int(cpu))


PerCpu()


class PerCpuPtr(gdb.Function):
    """$lx_per_cpu_ptr(PTR, CPU): per_cpu_ptr(PTR, CPU), the address of
CPU's copy of what the per-CPU pointer PTR points at (tinymm's own; for
alloc_percpu() results such as zone->per_cpu_pageset)."""

    def __init__(self):
        super(PerCpuPtr, self).__init__('lx_per_cpu_ptr')

    def invoke(self, ptr, cpu):
        return per_cpu(ptr, int(cpu)).address


PerCpuPtr()
