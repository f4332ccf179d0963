#!/usr/bin/env python3
"""tools/tinymm_run.py - boot tinymm, type shell commands, print their output.

For scripts and experiments: what `printf 'cmd\\n' | make run` does, but
each command is typed only when the prompt is back and the console has been
quiet for a moment (as a person would; input sent earlier may be lost while
the UART is set up), and only the commands' own output is printed, without
the boot log, the prompt or the echoed command.

  python3 tools/tinymm_run.py meminfo                 > build/meminfo
  python3 tools/tinymm_run.py --mem 5G buddyinfo zoneinfo
  python3 tools/tinymm_run.py --bootargs ktest=antifrag pagetypeinfo

The session ends with poweroff (typed unless the last command is poweroff
or reboot). Exit status 0 if every command was typed and QEMU exited 0.
tests/docs_replay.py drives its console transcripts with session().
"""
import argparse
import os
import shlex
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROMPT = 'tinymm> '


def user_env():
    """The environment a reader's shell has: none of a surrounding make's
    variables (run from make test, a nested make would say "Entering
    directory" and share make test's job server)."""
    return dict((k, v) for k, v in os.environ.items()
                if k not in ('MAKEFLAGS', 'MFLAGS', 'MAKELEVEL',
                             'MAKEOVERRIDES'))


def read(path):
    with open(path, 'rb') as f:
        return f.read().decode('utf-8', 'replace').replace('\r', '')


def session(run, cmds, log, timeout=120, quiet=0.3, raw=False):
    """Start `run` (a shell command line, e.g. "make run MEM=5G") with its
    console in the file log, type cmds (and poweroff). Returns (text,
    marks, ok): the console text, the offset of the prompt each command
    was typed at (one more entry: the end of the text), and whether every
    command was typed and the run exited 0 in time. With raw, cmds are
    keys sent as they are ("\x03" is Ctrl-C), each once the first prompt
    has appeared and the console has been quiet, prompt or not; a mark is
    then where the console text ended when the keys went out."""
    todo = [c if raw else c + '\n' for c in cmds]
    if not cmds or cmds[-1].split()[0] not in ('poweroff', 'reboot'):
        todo.append('poweroff\n')
    out = open(log, 'wb')
    p = subprocess.Popen(['bash', '-c', run + ' 2>&1'], cwd=ROOT,
                         env=user_env(),
                         stdin=subprocess.PIPE, stdout=out,
                         stderr=subprocess.STDOUT)
    out.close()
    deadline = time.time() + timeout
    marks, last_len, last_change = [], -1, time.time()
    while len(marks) < len(todo) and p.poll() is None and \
            time.time() < deadline:
        text = read(log)
        if len(text) != last_len:
            last_len, last_change = len(text), time.time()
        ready = PROMPT in text if raw else \
            text.count(PROMPT) > len(marks)
        if ready and time.time() - last_change > quiet:
            marks.append(len(text) if raw else text.rfind(PROMPT))
            p.stdin.write(todo[len(marks) - 1].encode())
            p.stdin.flush()
            last_change = time.time()   # let it answer before the next
        else:
            time.sleep(0.05)
    try:
        p.stdin.close()
        rc = p.wait(timeout=max(1, deadline - time.time()))
    except (BrokenPipeError, subprocess.TimeoutExpired):
        p.kill()
        rc = p.wait() or -1
    text = read(log)
    ok = len(marks) == len(todo) and rc == 0
    return text, marks[:len(cmds)] + [marks[len(cmds)] if len(marks) >
                                      len(cmds) else len(text)], ok


def outputs(text, marks):
    """Each command's output: after its echoed line, up to the next prompt."""
    res = []
    for a, b in zip(marks, marks[1:]):
        chunk = text[a:b].split('\n', 1)
        res.append(chunk[1] if len(chunk) > 1 else '')
    return res


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('cmds', nargs='+', metavar='CMD',
                    help='shell commands, one argument each')
    ap.add_argument('--mem', default='1G')
    ap.add_argument('--cpu', default='cortex-a72')
    ap.add_argument('--bootargs', default='')
    ap.add_argument('--timeout', type=int, default=120)
    args = ap.parse_args(argv)
    run = 'make -s --no-print-directory run MEM=%s CPU=%s BOOTARGS=%s' % (
        shlex.quote(args.mem), shlex.quote(args.cpu),
        shlex.quote(args.bootargs))
    with tempfile.NamedTemporaryFile(prefix='tinymm-run-', suffix='.log',
                                     delete=False) as f:
        log = f.name
    text, marks, ok = session(run, args.cmds, log, args.timeout)
    sys.stdout.write(''.join(outputs(text, marks)))
    if not ok:
        sys.stderr.write('tinymm_run: the session did not finish; console '
                         'log in %s\n' % log)
        return 1
    os.unlink(log)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
