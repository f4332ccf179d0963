# docs/walkthroughs/05-count.py - GDB command count-insns (chapters 05, 06).
#
# Stopped at the first instruction of a function (break *FUNC), count-insns
# single-steps (stepi) until that call returns to its caller, and prints how
# many instructions ran, per function. Inlined code counts for the function
# it was inlined into; a tail call (b instead of bl) counts as its own
# function, since it returns straight to our caller. QEMU's gdbstub keeps
# interrupts off while single-stepping, but GDB runs over an exclusive
# load/store sequence (ldaxr ... stxr ... cbnz, as in a spinlock or a
# this_cpu_add()) with a breakpoint after it, and a tick pending by then
# would be taken there; so the command masks IRQs (PSTATE.I) for the walk
# and puts the bit back after: the count is the same every run. What is
# counted is steps: such a sequence counts as one; a step that leaves the
# pc where it was (GDB sometimes reports the instruction after such a
# sequence twice) is not counted.
#
#   (gdb) source docs/walkthroughs/05-count.py
#   (gdb) break *__kmalloc
#   (gdb) continue
#   (gdb) count-insns
import gdb


def real_function(frame):
    while frame is not None and frame.type() == gdb.INLINE_FRAME:
        frame = frame.older()
    if frame is None or frame.function() is None:
        return '??'
    return frame.function().name


class CountInsns(gdb.Command):
    """count-insns: stepi until the current function returns; print the
    instructions executed, in total and per (non-inlined) function."""

    def __init__(self):
        super(CountInsns, self).__init__('count-insns', gdb.COMMAND_RUNNING)

    def invoke(self, arg, from_tty):
        name = real_function(gdb.newest_frame())
        ret = int(gdb.parse_and_eval('$lr')) & (2**64 - 1)  # return address
        sp = int(gdb.parse_and_eval('$sp'))
        counts, total, last = {}, 0, None
        irq_bit = int(gdb.parse_and_eval('$cpsr')) & 0x80
        gdb.execute('set $cpsr = $cpsr | 0x80')
        gdb.execute('set suppress-cli-notifications on')
        try:
            while True:
                pc = int(gdb.parse_and_eval('$pc'))
                if pc == ret and int(gdb.parse_and_eval('$sp')) >= sp:
                    break
                if pc != last:     # a step that did not move: not counted
                    f = real_function(gdb.newest_frame())
                    counts[f] = counts.get(f, 0) + 1
                    total += 1
                last = pc
                gdb.execute('stepi', to_string=True)
        finally:
            gdb.execute('set suppress-cli-notifications off')
            gdb.execute('set $cpsr = ($cpsr & ~0x80) | %d' % irq_bit)
        gdb.write('%s: %d instructions\n' % (name, total))
        width = max(len(f) for f in counts) if counts else 0
        for f, n in counts.items():
            gdb.write('  %-*s %5d\n' % (width, f, n))


CountInsns()
