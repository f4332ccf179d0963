# tests/gdb/smp.gdb - GDB across CPUs, run by tests/run_tests.py --gdb in
# a second session, QEMU -smp 2 with EL2 (virtualization=on):
#   gdb-multiarch -batch -nx build/kernel.elf -x tools/gdb/vmlinux-gdb.py \
#       -ex 'target remote :PORT' -x tests/gdb/smp.gdb
# The runner types vmstat, zoneinfo, poweroff; GDB stops once, in
# cmd_poweroff, with both vCPUs halted (all-stop: QEMU stops every vCPU
# when one hits a breakpoint). CPU 0 runs the shell, CPU 1 its idle task.
# Nothing allocates pages between the two dumps and the stop, so
# lx-zoneinfo and the per-CPU event counters summed over the online CPUs
# must equal what zoneinfo and vmstat printed; with CPU 1 taken out of the
# online mask for one lx-zoneinfo, CPU 0's pageset alone is left. The
# runner also checks lx-cpus against the raw registers and variables
# printed here.
# "gdbtest: <name>" lines mark sections for the runner.
set pagination off
set confirm off
set print pretty off

break cmd_poweroff
continue
delete

echo gdbtest: info-threads\n
info threads

# Each thread's registers, read directly: TPIDR_EL1 and its MPIDR both from
# the registers (VMPIDR_EL2 under EL2) and from QEMU's "CPU#n" name.
echo gdbtest: thread-regs\n
python
from linux import cpus
with cpus.on_thread(None):
    for t in gdb.selected_inferior().threads():
        t.switch()
        tpidr = int(gdb.parse_and_eval('$TPIDR_EL1')) & cpus.MASK64
        gdb.write('thread %d tpidr_el1=0x%x vmpidr_el2=0x%x qemu_mpidr=0x%x\n'
                  % (t.num, tpidr,
                     int(gdb.parse_and_eval('$VMPIDR_EL2')) &
                     cpus.MPIDR_HWID_BITMASK, cpus.qemu_thread_mpidr(t)))
end
echo gdbtest: kernel-vars\n
printf "online=%#lx active=%#lx\n", __cpu_online_mask.bits[0], \
  __cpu_active_mask.bits[0]
printf "offsets=%#lx %#lx\n", __per_cpu_offset[0], __per_cpu_offset[1]

echo gdbtest: lx-cpus\n
lx-cpus

echo gdbtest: lx-current\n
printf "cpu0=%s\n", $lx_current(0).comm
printf "cpu1=%s\n", $lx_current(1).comm
thread 2
printf "thread2=%s\n", $lx_current().comm
thread 1

echo gdbtest: lx-zoneinfo\n
lx-zoneinfo

# The pagesets follow the online mask, not nr_cpu_ids: with CPU 1's online
# bit cleared for a moment (every vCPU is stopped), one pageset is left.
set var __cpu_online_mask.bits[0] = __cpu_online_mask.bits[0] & ~2
echo gdbtest: lx-zoneinfo-cpu1-offline\n
lx-zoneinfo
set var __cpu_online_mask.bits[0] = __cpu_online_mask.bits[0] | 2

# vmstat's event lines: each event summed over the online CPUs through
# $lx_per_cpu, as all_vm_events() sums them.
echo gdbtest: vm-events\n
python
from linux import cpus, mm
text = mm.MM().vmstat_text
n = mm.array_len('struct vm_event_state', 'event')
online = list(cpus.each_online_cpu())
copies = [gdb.parse_and_eval('$lx_per_cpu("vm_event_states", %d)' % cpu)
          for cpu in online]
for i in range(n):
    name = text[len(text) - n + i]
    value = sum(int(c['event'][i]) for c in copies)
    # vmstat_fill(): pgpgin/pgpgout count 512-byte sectors, shown in kB
    gdb.write('%s %d\n' % (name, value // 2 if name in ('pgpgin', 'pgpgout')
                           else value))
end
echo gdbtest: end\n

# Let the kernel run on: the shell powers off.
detach
