#!/usr/bin/env python3
"""docs/walkthroughs/drive.py - a GDB walkthrough without a second terminal.

What `make debug` in one terminal and `make gdb` in another do, scripted:
QEMU starts halted and waits for GDB; gdb-multiarch runs SCRIPT in batch
mode with tinymm's lx-* helpers; meanwhile each CMD is typed into the
tinymm> shell once its prompt is back, so a breakpoint can wait for a
command ("break __rmqueue_smallest", then "alloc 5"). GDB's output goes to
standard output; --console adds the shell's console text after it, and
--echo prints each command of SCRIPT as "(gdb) command" before its output,
so the output reads like the interactive session it stands for.

  python3 docs/walkthroughs/drive.py docs/walkthroughs/buddy.gdb \\
      "alloc 5 GFP_KERNEL|__GFP_RECLAIMABLE" "free 0"
  python3 docs/walkthroughs/drive.py --mem 128M docs/walkthroughs/slow.gdb ...

The session ends with poweroff after the last CMD. Run it from the top of
the tree after `make`. The chapters' GDB transcripts are this script's
output, replayed by `make test` (tests/docs_replay.py).
"""
import argparse
import os
import shlex
import socket
import subprocess
import sys
import tempfile
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, 'tools'))
import tinymm_run  # noqa: E402


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


BLOCK_OPENERS = ('commands', 'define', 'document', 'python', 'if', 'while')


def echoed(script):
    """SCRIPT with an "echo (gdb) <line>" before each top-level command
    (not inside commands/define/python/if/while ... end)."""
    out, depth = [], 0
    for line in open(script).read().split('\n'):
        word = line.strip().split(' ')[0]
        if depth == 0 and line.strip() and not line.lstrip().startswith('#'):
            text = line.strip().replace('\\', '\\\\')
            out.append('echo (gdb) %s\\n' % text)
        if word in BLOCK_OPENERS:
            depth += 1
        elif word == 'end' and depth:
            depth -= 1
        out.append(line)
    f = tempfile.NamedTemporaryFile('w', prefix='drive-', suffix='.gdb',
                                    delete=False)
    f.write('\n'.join(out) + '\n')
    f.close()
    return f.name


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('script', help='a GDB command file')
    ap.add_argument('cmds', nargs='*', metavar='CMD',
                    help='shell commands, typed one per prompt')
    ap.add_argument('--mem', default='1G')
    ap.add_argument('--bootargs', default='')
    ap.add_argument('--console', action='store_true',
                    help="print the shell's console text after GDB's output")
    ap.add_argument('--echo', action='store_true',
                    help='print "(gdb) <command>" before each command')
    ap.add_argument('--timeout', type=int, default=120)
    args = ap.parse_args(argv)
    script = echoed(args.script) if args.echo else args.script
    port = free_port()
    run = ('make -s --no-print-directory run MEM=%s BOOTARGS=%s '
           'QEMU_EXTRA=%s' % (shlex.quote(args.mem),
                              shlex.quote(args.bootargs),
                              shlex.quote('-S -gdb tcp::%d' % port)))
    log = tempfile.NamedTemporaryFile(prefix='drive-', suffix='.log',
                                      delete=False).name
    result = {}

    def shell():
        result['s'] = tinymm_run.session(run, args.cmds, log, args.timeout)
    typist = threading.Thread(target=shell)
    typist.start()
    gdb = subprocess.run(
        ['gdb-multiarch', '-q', '-batch', '-nx', 'build/kernel.elf',
         '-x', 'tools/gdb/vmlinux-gdb.py',
         '-ex', 'target remote :%d' % port, '-x', script],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        timeout=args.timeout)
    sys.stdout.write(gdb.stdout.decode('utf-8', 'replace'))
    typist.join(args.timeout)
    text, _, ok = result.get('s', ('', [], False))
    if args.console:
        sys.stdout.write(text)
    if not ok:
        sys.stderr.write('drive.py: the shell session did not finish; '
                         'console log in %s\n' % log)
        return 1
    os.unlink(log)
    return gdb.returncode


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
