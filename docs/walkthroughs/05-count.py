# docs/walkthroughs/05-count.py - GDB command count-insns (chapters 05, 06).
#
# Stopped at the first instruction of a function (break *FUNC), count-insns
# single-steps (stepi) until that call returns to its caller, and prints how
# many instructions ran, per function. Inlined code counts for the function
# it was inlined into; a tail call (b instead of bl) counts as its own
# function, since it returns straight to our caller. QEMU's gdbstub keeps
# interrupts off while single-stepping, so the count is the same every run.
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
        counts, total = {}, 0
        gdb.execute('set suppress-cli-notifications on')
        try:
            while True:
                pc = int(gdb.parse_and_eval('$pc'))
                if pc == ret and int(gdb.parse_and_eval('$sp')) >= sp:
                    break
                f = real_function(gdb.newest_frame())
                counts[f] = counts.get(f, 0) + 1
                total += 1
                gdb.execute('stepi', to_string=True)
        finally:
            gdb.execute('set suppress-cli-notifications off')
        gdb.write('%s: %d instructions\n' % (name, total))
        for f, n in counts.items():
            gdb.write('  %-28s %5d\n' % (f, n))


CountInsns()
