# tools/gdb/linux/dmesg.py - lx-dmesg: print the printk ring buffer.
# Linux counterpart: scripts/gdb/linux/dmesg.py. Linux's ring holds records
# (descriptors + text, sequence numbers) and lx-dmesg formats each record;
# tinymm's __log_buf holds exactly the text the console printed, timestamps
# included, so we only need to undo the wrap-around.
import gdb

from linux import utils


def ring_text(buf, pos, size):
    """The text of a byte ring of @size bytes into which @pos bytes were
    written in total (the next write goes to pos % size), oldest first.
    Once the ring has wrapped, its oldest line was partly overwritten, so
    that fragment is dropped, as Linux drops records it lost."""
    if pos <= size:
        data = bytes(buf[:pos])
    else:
        head = pos % size
        data = bytes(buf[head:size]) + bytes(buf[:head])
        newline = data.find(b'\n')
        data = data[newline + 1:] if newline >= 0 else b''
    return data.decode('utf-8', 'replace')


class LxDmesg(gdb.Command):
    """Print the kernel log buffer (__log_buf), as the console showed it."""

    def __init__(self):
        super(LxDmesg, self).__init__('lx-dmesg', gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        size = int(utils.value('log_buf_len'))
        pos = int(utils.value('log_buf_pos'))
        buf = utils.read_bytes(utils.address('&__log_buf'), min(pos, size))
        gdb.write(ring_text(buf, pos, size))


def _write_ring(text, size):
    buf = bytearray(b'?' * size)
    for i, byte in enumerate(text.encode()):
        buf[i % size] = byte
    return buf, len(text.encode())


def selftest():
    """Checks ring_text on synthetic rings; run by tests/gdb/boot.gdb."""
    cases = [('a\nb\n', 8, 'a\nb\n'),                  # not wrapped
             ('1234567\n', 8, '1234567\n'),            # exactly full
             ('line1\nline2\nline3\n', 8, 'line3\n'),  # wrapped
             ('ab\ncdefghij\nk', 8, 'k'),              # wrapped mid-line
             ('', 8, '')]
    for text, size, want in cases:
        buf, pos = _write_ring(text, size)
        got = ring_text(buf, pos, size)
        if got != want:
            gdb.write('lx-dmesg selftest: FAILED for %r: %r != %r\n'
                      % (text, got, want))
            return False
    gdb.write('lx-dmesg selftest: ok\n')
    return True


LxDmesg()
