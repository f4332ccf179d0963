# tools/gdb/linux/cpus.py - CPUs and per-CPU variables seen from GDB.
# Linux counterpart: scripts/gdb/linux/cpus.py (per_cpu(), cpu_list(),
# each_online_cpu() and friends, get_current_task(), $lx_per_cpu,
# $lx_current). lx-cpus is tinymm's own.
#
# A per-CPU pointer (&some_var, or what alloc_percpu() returned) plus
# __per_cpu_offset[cpu] is CPU cpu's copy, as per_cpu_ptr() computes it.
#
# QEMU's gdbstub shows each vCPU as a thread. Which logical CPU a thread
# is follows from its MPIDR, looked up in __cpu_logical_map as the kernel
# numbered its CPUs (smp_init_cpus), never from GDB's thread numbers.
# QEMU does not show MPIDR_EL1 itself (it is computed on each read, so its
# gdbstub leaves it out); see thread_mpidr() for what stands in.
import re

import gdb

from linux import utils

# arch/arm64/include/asm/cputype.h
MPIDR_HWID_BITMASK = 0xff00ffffff
INVALID_HWID = (1 << 64) - 1
# arch/arm64/include/asm/ptrace.h: the exception level in PSTATE
PSTATE_EL_SHIFT = 2
PSTATE_EL_MASK = 3
MASK64 = (1 << 64) - 1
# asm/memory.h: kernel addresses have the top bits set (VA_BITS = 48)
PAGE_OFFSET = 0xffff000000000000


def per_cpu(var_ptr, cpu):
    """CPU cpu's instance of the per-CPU object var_ptr points at."""
    offset = utils.value('__per_cpu_offset[%d]' % cpu)
    # unsigned long arithmetic in the target's terms: it wraps as C does
    addr = var_ptr.cast(offset.type) + offset
    return addr.cast(var_ptr.type).dereference()


# ---- cpumasks: include/linux/cpumask.h ----

def cpu_list(mask_name):
    """The CPUs set in the cpumask variable mask_name, in order (Linux's
    cpu_list(), which also walks the mask word by word)."""
    nr_cpu_ids = int(utils.value('nr_cpu_ids'))
    bits = utils.value(mask_name)['bits']
    word_bits = bits[0].type.sizeof * 8
    for cpu in range(nr_cpu_ids):
        if int(bits[cpu // word_bits]) >> (cpu % word_bits) & 1:
            yield cpu


def each_possible_cpu():
    return cpu_list('__cpu_possible_mask')


def each_present_cpu():
    return cpu_list('__cpu_present_mask')


def each_online_cpu():
    return cpu_list('__cpu_online_mask')


def each_active_cpu():
    return cpu_list('__cpu_active_mask')


# ---- vCPU threads ----

def _register(name):
    """A register of the selected thread, or None if the stub lacks it."""
    try:
        return int(gdb.parse_and_eval('$' + name)) & MASK64
    except gdb.error:
        return None


def thread_mpidr(thread):
    """The MPIDR (affinity bits) of the vCPU behind GDB thread `thread`,
    or None. Read from the registers in this order:
      MPIDR_EL1   where the stub shows it (JTAG probes do);
      VMPIDR_EL2  with EL2 (QEMU's virtualization=on): what EL1 reads as
                  MPIDR_EL1; QEMU resets it to the vCPU's MPIDR and
                  head.S's init_kernel_el writes MPIDR_EL1 into it;
      QEMU's own name for the vCPU, "CPU#<cpu_index>": the virt board
                  gives vCPU n the MPIDR Aff1 = n / 8, Aff0 = n % 8
                  (arm_cpu_mp_affinity() with 8 CPUs a cluster, 16 under
                  GICv3: the same for tinymm's NR_CPUS of 4)."""
    with on_thread(thread):
        for reg in ('MPIDR_EL1', 'VMPIDR_EL2'):
            value = _register(reg)
            if value is not None:
                return value & MPIDR_HWID_BITMASK
    return qemu_thread_mpidr(thread)


def qemu_thread_mpidr(thread):
    """The MPIDR QEMU's virt board gives the vCPU it names "CPU#n" in the
    thread's details (GDB 13's InferiorThread.details, else its name),
    or None."""
    m = re.match(r'CPU#(\d+)', getattr(thread, 'details', None) or
                 thread.name or '')
    if not m:
        return None
    n = int(m.group(1))
    return (n // 8) << 8 | n % 8


class on_thread(object):
    """with on_thread(t): run with GDB thread t (and its innermost frame)
    selected, then give the user back the thread and frame they had.
    Read only registers inside: QEMU reads memory through the selected
    vCPU's MMU, which on a CPU not yet started translates nothing."""

    def __init__(self, thread):
        self.thread = thread

    def __enter__(self):
        self.old_thread = gdb.selected_thread()
        try:
            self.old_frame = gdb.selected_frame()
        except gdb.error:
            self.old_frame = None
        if self.thread is not None:
            self.thread.switch()
        return self.thread

    def __exit__(self, *exc):
        if self.old_thread is not None and self.old_thread.is_valid():
            self.old_thread.switch()
            if self.old_frame is not None and self.old_frame.is_valid():
                self.old_frame.select()
        return False


def logical_cpu(mpidr):
    """The logical CPU the kernel gave to MPIDR mpidr, or None
    (get_logical_index() in arch/arm64/kernel/smp.c)."""
    if mpidr is None:
        return None
    cpu_map = utils.value('__cpu_logical_map')
    for cpu in range(int(utils.value('nr_cpu_ids'))):
        hwid = int(cpu_map[cpu]) & MASK64
        if hwid != INVALID_HWID and hwid & MPIDR_HWID_BITMASK == mpidr:
            return cpu
    return None


def cpu_threads():
    """{logical CPU: GDB thread} for every vCPU the kernel has numbered."""
    threads = {}
    for thread in gdb.selected_inferior().threads():
        cpu = logical_cpu(thread_mpidr(thread))
        if cpu is not None:
            threads[cpu] = thread
    return threads


def cpu_thread(cpu):
    """The GDB thread of logical CPU cpu; gdb.GdbError if none."""
    nr_cpu_ids = int(utils.value('nr_cpu_ids'))
    if not 0 <= cpu < nr_cpu_ids:
        raise gdb.GdbError('CPU %d does not exist (nr_cpu_ids is %d)'
                           % (cpu, nr_cpu_ids))
    thread = cpu_threads().get(cpu)
    if thread is None:
        raise gdb.GdbError('no vCPU thread has the MPIDR of CPU %d (0x%x in '
                           '__cpu_logical_map)' % (cpu, int(utils.value(
                               '__cpu_logical_map[%d]' % cpu)) & MASK64))
    return thread


def get_current_cpu():
    """The logical CPU of the selected thread, or None before the kernel
    has numbered its CPUs (Linux reads the thread number on QEMU)."""
    return logical_cpu(thread_mpidr(gdb.selected_thread()))


# ---- the running task: asm/current.h ----

def _runqueue_curr(cpu):
    """What the scheduler says runs on cpu: Linux's per-CPU runqueues
    where the kernel has them, else tinymm's one run queue of CPU 0."""
    cpu = 0 if cpu is None else cpu    # before smp_init_cpus: the boot CPU
    try:
        return per_cpu(utils.value('&runqueues'), cpu)['curr']
    except gdb.error:
        pass
    if cpu != 0:
        return None
    try:
        return utils.value('runqueue')['curr']
    except gdb.error:
        return None


def get_current_task(cpu=None):
    """The task running on logical CPU cpu (the selected thread's CPU if
    None), as a struct task_struct *, or None. At EL1 the kernel keeps it
    in SP_EL0 (asm/current.h), read from that CPU's thread; stopped at EL0,
    where SP_EL0 is the user's stack pointer, the run queue says (Linux
    gives up there instead)."""
    thread = gdb.selected_thread() if cpu is None else cpu_thread(cpu)
    with on_thread(thread):
        cpsr = _register('cpsr')
        sp_el0 = _register('SP_EL0')
    if cpsr is not None and (cpsr >> PSTATE_EL_SHIFT) & PSTATE_EL_MASK >= 1 \
            and sp_el0 is not None and sp_el0 >= PAGE_OFFSET:
        return gdb.Value(sp_el0).cast(
            gdb.lookup_type('struct task_struct').pointer())
    return _runqueue_curr(get_current_cpu() if cpu is None else cpu)


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


class LxCurrentFunc(gdb.Function):
    """Return the current task_struct: $lx_current([CPU]), the task running
on CPU (default: the CPU of the selected thread), as Linux's. For example
p $lx_current().comm, p $lx_current(1).comm or
p $lx_current().mm->rss_stat."""

    def __init__(self):
        super(LxCurrentFunc, self).__init__('lx_current')

    def invoke(self, cpu=None):
        task = get_current_task(None if cpu is None else int(cpu))
        if task is None:
            raise gdb.GdbError('no current task known')
        return task.dereference()


LxCurrentFunc()


# ---- lx-cpus ----

def _hex_or_dash(value):
    return '-' if value is None else '0x%x' % value


def cpu_rows():
    """One row per possible CPU: what lx-cpus prints."""
    online, active = set(each_online_cpu()), set(each_active_cpu())
    threads = cpu_threads()
    rows = []
    for cpu in each_possible_cpu():
        thread = threads.get(cpu)
        tpidr = task = None
        if thread is not None:
            with on_thread(thread):
                tpidr = _register('TPIDR_EL1')
            task = get_current_task(cpu)
        state = ('online' if cpu in online else 'offline') + \
            (',active' if cpu in active else '')
        rows.append([
            '%d' % cpu, state,
            '0x%x' % (int(utils.value('__cpu_logical_map')[cpu]) & MASK64),
            '0x%x' % (int(utils.value('__per_cpu_offset[%d]' % cpu)) & MASK64),
            _hex_or_dash(tpidr),
            '-' if thread is None else '%d' % thread.num,
            '-' if task is None else '0x%x %d %s' % (
                int(task), int(task['pid']), task['comm'].string())])
    return rows


class LxCpus(gdb.Command):
    """List the possible CPUs: logical number, online/active, MPIDR
(__cpu_logical_map), per-CPU offset (__per_cpu_offset), TPIDR_EL1 of its
vCPU (equal to the offset once the CPU runs), GDB thread, and the task it
runs ($lx_current(CPU): task_struct address, pid, comm). Threads are
matched to CPUs by MPIDR. tinymm's own; Linux has no such command."""

    HEAD = ['CPU', 'STATE', 'MPIDR', 'PER_CPU_OFFSET', 'TPIDR_EL1',
            'THREAD', 'CURRENT']

    def __init__(self):
        super(LxCpus, self).__init__('lx-cpus', gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        rows = [self.HEAD] + cpu_rows()
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        for r in rows:
            gdb.write(' '.join(c.ljust(w) for c, w in
                               zip(r, widths)).rstrip() + '\n')


LxCpus()
